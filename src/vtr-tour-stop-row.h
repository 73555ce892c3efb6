/* vtr-tour-stop-row.h: one stop of a tour, as a row of the tour page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vtr-pack.h"
#include "vtr-tour-stop.h"

G_BEGIN_DECLS

#define VTR_TYPE_TOUR_STOP_ROW (vtr_tour_stop_row_get_type ())

G_DECLARE_FINAL_TYPE (VtrTourStopRow, vtr_tour_stop_row, VTR, TOUR_STOP_ROW, AdwBin)

GtkWidget   *vtr_tour_stop_row_new       (void);
void         vtr_tour_stop_row_bind      (VtrTourStopRow *self,
                                          VtrPack        *pack,
                                          VtrTourStop    *stop,
                                          guint           position,
                                          guint           n_stops);
VtrTourStop *vtr_tour_stop_row_get_stop  (VtrTourStopRow *self);
const char  *vtr_tour_stop_row_get_title (VtrTourStopRow *self);

G_END_DECLS
