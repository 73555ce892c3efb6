/* vtr-exhibit-query.h: which exhibits the gallery shows, and in what order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vtr-exhibit.h"

G_BEGIN_DECLS

typedef enum
{
  VTR_EXHIBIT_SORT_YEAR,
  VTR_EXHIBIT_SORT_TITLE,
} VtrExhibitSort;

#define VTR_TYPE_EXHIBIT_QUERY (vtr_exhibit_query_get_type ())

G_DECLARE_FINAL_TYPE (VtrExhibitQuery, vtr_exhibit_query, VTR, EXHIBIT_QUERY, GObject)

VtrExhibitQuery *vtr_exhibit_query_new          (void);
GListModel      *vtr_exhibit_query_get_exhibits (VtrExhibitQuery *self);
void             vtr_exhibit_query_set_exhibits (VtrExhibitQuery *self,
                                                 GListModel      *exhibits);
const char      *vtr_exhibit_query_get_category (VtrExhibitQuery *self);
void             vtr_exhibit_query_set_category (VtrExhibitQuery *self,
                                                 const char      *category_id);
VtrExhibitSort   vtr_exhibit_query_get_sort     (VtrExhibitQuery *self);
void             vtr_exhibit_query_set_sort     (VtrExhibitQuery *self,
                                                 VtrExhibitSort   sort);
GListModel      *vtr_exhibit_query_get_model    (VtrExhibitQuery *self);
gboolean         vtr_exhibit_query_matches      (VtrExhibitQuery *self,
                                                 VtrExhibit      *exhibit);

G_END_DECLS
