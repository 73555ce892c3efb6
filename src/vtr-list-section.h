/* vtr-list-section.h: a heading over a boxed list, left out while the list is empty
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VTR_TYPE_LIST_SECTION (vtr_list_section_get_type ())

G_DECLARE_FINAL_TYPE (VtrListSection, vtr_list_section, VTR, LIST_SECTION, AdwBin)

GtkWidget  *vtr_list_section_new        (void);
const char *vtr_list_section_get_title  (VtrListSection            *self);
void        vtr_list_section_set_title  (VtrListSection            *self,
                                         const char                *title);
void        vtr_list_section_bind_model (VtrListSection            *self,
                                         GListModel                *model,
                                         GtkListBoxCreateWidgetFunc create_row,
                                         gpointer                   user_data);

G_END_DECLS
