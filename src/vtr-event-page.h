/* vtr-event-page.h: one timeline event in full
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vtr-event.h"
#include "vtr-pack.h"

G_BEGIN_DECLS

#define VTR_TYPE_EVENT_PAGE (vtr_event_page_get_type ())

G_DECLARE_FINAL_TYPE (VtrEventPage, vtr_event_page, VTR, EVENT_PAGE, AdwBin)

GtkWidget *vtr_event_page_new       (void);
VtrPack   *vtr_event_page_get_pack  (VtrEventPage *self);
void       vtr_event_page_set_pack  (VtrEventPage *self,
                                     VtrPack      *pack);
VtrEvent  *vtr_event_page_get_event (VtrEventPage *self);
void       vtr_event_page_set_event (VtrEventPage *self,
                                     VtrEvent     *event);

G_END_DECLS
