/* vtr-timeline-page.h: the decade as a zoomable band of years, or a list on narrow windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vtr-pack.h"

G_BEGIN_DECLS

#define VTR_TYPE_TIMELINE_PAGE (vtr_timeline_page_get_type ())

G_DECLARE_FINAL_TYPE (VtrTimelinePage, vtr_timeline_page, VTR, TIMELINE_PAGE, GtkWidget)

GtkWidget  *vtr_timeline_page_new                   (void);
VtrPack    *vtr_timeline_page_get_pack              (VtrTimelinePage *self);
void        vtr_timeline_page_set_pack              (VtrTimelinePage *self,
                                                     VtrPack         *pack);
void        vtr_timeline_page_focus_event           (VtrTimelinePage *self,
                                                     const char      *event_id);
void        vtr_timeline_page_reset                 (VtrTimelinePage *self);
const char *vtr_timeline_page_get_selected_event_id (VtrTimelinePage *self);

G_END_DECLS
