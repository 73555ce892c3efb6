/* vtr-category-chip.h: a category's icon and name on its own colour
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vtr-category.h"

G_BEGIN_DECLS

#define VTR_TYPE_CATEGORY_CHIP (vtr_category_chip_get_type ())

G_DECLARE_FINAL_TYPE (VtrCategoryChip, vtr_category_chip, VTR, CATEGORY_CHIP, GtkWidget)

GtkWidget   *vtr_category_chip_new            (void);
VtrCategory *vtr_category_chip_get_category   (VtrCategoryChip *self);
void         vtr_category_chip_set_category   (VtrCategoryChip *self,
                                               VtrCategory     *category);
void         vtr_category_chip_paint_widget   (GtkWidget       *widget,
                                               VtrCategory     *category);
const char  *vtr_category_chip_text_color_for (const char      *color);

G_END_DECLS
