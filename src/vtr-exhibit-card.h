/* vtr-exhibit-card.h: one exhibit in the gallery
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vtr-exhibit.h"

G_BEGIN_DECLS

#define VTR_TYPE_EXHIBIT_CARD (vtr_exhibit_card_get_type ())

G_DECLARE_FINAL_TYPE (VtrExhibitCard, vtr_exhibit_card, VTR, EXHIBIT_CARD, GtkWidget)

GtkWidget  *vtr_exhibit_card_new         (void);
VtrExhibit *vtr_exhibit_card_get_exhibit (VtrExhibitCard *self);
void        vtr_exhibit_card_set_exhibit (VtrExhibitCard *self,
                                          VtrExhibit     *exhibit);

G_END_DECLS
