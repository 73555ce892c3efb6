/* vtr-category-button.h: a category chip that shows all exhibits of its category
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vtr-category.h"

G_BEGIN_DECLS

#define VTR_TYPE_CATEGORY_BUTTON (vtr_category_button_get_type ())

G_DECLARE_FINAL_TYPE (VtrCategoryButton, vtr_category_button, VTR, CATEGORY_BUTTON, GtkButton)

GtkWidget   *vtr_category_button_new          (void);
VtrCategory *vtr_category_button_get_category (VtrCategoryButton *self);
void         vtr_category_button_set_category (VtrCategoryButton *self,
                                               VtrCategory       *category);

G_END_DECLS
