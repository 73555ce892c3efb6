/* vtr-source-row.h: where a story comes from, as a row that opens its address
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vtr-source.h"

G_BEGIN_DECLS

#define VTR_TYPE_SOURCE_ROW (vtr_source_row_get_type ())

G_DECLARE_FINAL_TYPE (VtrSourceRow, vtr_source_row, VTR, SOURCE_ROW, AdwActionRow)

GtkWidget *vtr_source_row_new        (VtrSource    *source);
GtkWidget *vtr_source_row_create     (gpointer      item,
                                      gpointer      user_data);
VtrSource *vtr_source_row_get_source (VtrSourceRow *self);

G_END_DECLS
