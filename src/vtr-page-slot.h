/* vtr-page-slot.h: a place for one page, built the first time it is needed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vtr-pack.h"

G_BEGIN_DECLS

#define VTR_TYPE_PAGE_SLOT (vtr_page_slot_get_type ())

G_DECLARE_FINAL_TYPE (VtrPageSlot, vtr_page_slot, VTR, PAGE_SLOT, AdwBin)

GtkWidget *vtr_page_slot_new           (GType        page_type);
GType      vtr_page_slot_get_page_type (VtrPageSlot *self);
VtrPack   *vtr_page_slot_get_pack      (VtrPageSlot *self);
void       vtr_page_slot_set_pack      (VtrPageSlot *self,
                                        VtrPack     *pack);
GtkWidget *vtr_page_slot_get_page      (VtrPageSlot *self);
GtkWidget *vtr_page_slot_peek_page     (VtrPageSlot *self);
void       vtr_page_slot_discard       (VtrPageSlot *self);

G_END_DECLS
