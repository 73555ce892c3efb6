/* vtr-array-model.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define VTR_TYPE_ARRAY_MODEL (vtr_array_model_get_type ())

G_DECLARE_FINAL_TYPE (VtrArrayModel, vtr_array_model, VTR, ARRAY_MODEL, GObject)

GListModel *vtr_array_model_new (GType      item_type,
                                 GPtrArray *items);

G_END_DECLS
