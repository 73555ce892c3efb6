/* vtr-timeline-row.h: a row of the timeline's list: a year heading or an event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vtr-event.h"
#include "vtr-timeline-year.h"

G_BEGIN_DECLS

#define VTR_TYPE_TIMELINE_ROW (vtr_timeline_row_get_type ())

G_DECLARE_FINAL_TYPE (VtrTimelineRow, vtr_timeline_row, VTR, TIMELINE_ROW, GtkWidget)

GtkWidget *vtr_timeline_row_new        (void);
void       vtr_timeline_row_show_year  (VtrTimelineRow  *self,
                                        VtrTimelineYear *year,
                                        const char      *era_name);
void       vtr_timeline_row_show_event (VtrTimelineRow  *self,
                                        VtrEvent        *event);
void       vtr_timeline_row_clear      (VtrTimelineRow  *self);
GObject   *vtr_timeline_row_get_item   (VtrTimelineRow  *self);

G_END_DECLS
