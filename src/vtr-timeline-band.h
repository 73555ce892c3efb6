/* vtr-timeline-band.h: the years, eras and events of a pack, drawn as one zoomable band
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vtr-pack.h"

G_BEGIN_DECLS

#define VTR_TYPE_TIMELINE_BAND (vtr_timeline_band_get_type ())

G_DECLARE_FINAL_TYPE (VtrTimelineBand, vtr_timeline_band, VTR, TIMELINE_BAND, GtkWidget)

GtkWidget     *vtr_timeline_band_new                (void);
VtrPack       *vtr_timeline_band_get_pack           (VtrTimelineBand *self);
void           vtr_timeline_band_set_pack           (VtrTimelineBand *self,
                                                     VtrPack         *pack);
VtrEvent      *vtr_timeline_band_get_selected_event (VtrTimelineBand *self);
gboolean       vtr_timeline_band_select_event       (VtrTimelineBand *self,
                                                     const char      *event_id);
double         vtr_timeline_band_get_zoom           (VtrTimelineBand *self);
double         vtr_timeline_band_get_max_zoom       (VtrTimelineBand *self);
void           vtr_timeline_band_zoom_in            (VtrTimelineBand *self);
void           vtr_timeline_band_zoom_out           (VtrTimelineBand *self);
void           vtr_timeline_band_zoom_to_fit        (VtrTimelineBand *self);
void           vtr_timeline_band_reset              (VtrTimelineBand *self);
void           vtr_timeline_band_get_span           (VtrTimelineBand *self,
                                                     int             *first_year,
                                                     int             *last_year);
GtkAdjustment *vtr_timeline_band_get_adjustment     (VtrTimelineBand *self);

G_END_DECLS
