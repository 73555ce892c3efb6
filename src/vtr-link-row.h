/* vtr-link-row.h: a row that opens an exhibit or an event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vtr-event.h"
#include "vtr-exhibit.h"

G_BEGIN_DECLS

#define VTR_TYPE_LINK_ROW (vtr_link_row_get_type ())

G_DECLARE_FINAL_TYPE (VtrLinkRow, vtr_link_row, VTR, LINK_ROW, AdwActionRow)

GtkWidget *vtr_link_row_new_for_exhibit (VtrExhibit *exhibit,
                                         const char *subtitle);
GtkWidget *vtr_link_row_new_for_event   (VtrEvent   *event);

G_END_DECLS
