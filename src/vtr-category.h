/* vtr-category.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vtr-item.h"

G_BEGIN_DECLS

#define VTR_TYPE_CATEGORY (vtr_category_get_type ())

G_DECLARE_FINAL_TYPE (VtrCategory, vtr_category, VTR, CATEGORY, VtrItem)

const char *vtr_category_get_id        (VtrCategory *self);
const char *vtr_category_get_name      (VtrCategory *self);
const char *vtr_category_get_icon_name (VtrCategory *self);
const char *vtr_category_get_color     (VtrCategory *self);

G_END_DECLS
