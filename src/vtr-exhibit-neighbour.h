/* vtr-exhibit-neighbour.h: which exhibit comes before or after another, and which way a key
 * press or a swipe steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vtr-exhibit.h"

G_BEGIN_DECLS

gboolean    vtr_exhibit_neighbour_find_position (GListModel      *exhibits,
                                                 VtrExhibit      *exhibit,
                                                 guint           *position);
VtrExhibit *vtr_exhibit_neighbour               (GListModel      *exhibits,
                                                 VtrExhibit      *exhibit,
                                                 int              step);
VtrExhibit *vtr_exhibit_neighbour_in            (GListModel      *siblings,
                                                 GListModel      *fallback,
                                                 VtrExhibit      *exhibit,
                                                 int              step);
int         vtr_exhibit_neighbour_step_for_key  (guint            keyval,
                                                 GdkModifierType  state,
                                                 gboolean         right_to_left);
int         vtr_exhibit_neighbour_step_for_swipe
                                                (double           velocity_x,
                                                 double           velocity_y,
                                                 gboolean         right_to_left);

G_END_DECLS
