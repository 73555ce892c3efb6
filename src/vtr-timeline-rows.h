/* vtr-timeline-rows.h: events under year headings, as one flat list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define VTR_TYPE_TIMELINE_ROWS (vtr_timeline_rows_get_type ())

G_DECLARE_FINAL_TYPE (VtrTimelineRows, vtr_timeline_rows, VTR, TIMELINE_ROWS, GObject)

VtrTimelineRows *vtr_timeline_rows_new              (GListModel      *events);
GListModel      *vtr_timeline_rows_get_events       (VtrTimelineRows *self);
guint            vtr_timeline_rows_get_row_of_event (VtrTimelineRows *self,
                                                     guint            event_position);

G_END_DECLS
