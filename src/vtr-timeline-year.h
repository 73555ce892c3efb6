/* vtr-timeline-year.h: the heading of a year in the timeline's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define VTR_TYPE_TIMELINE_YEAR (vtr_timeline_year_get_type ())

G_DECLARE_FINAL_TYPE (VtrTimelineYear, vtr_timeline_year, VTR, TIMELINE_YEAR, GObject)

VtrTimelineYear *vtr_timeline_year_new          (int              year,
                                                 guint            n_events);
int              vtr_timeline_year_get_year     (VtrTimelineYear *self);
guint            vtr_timeline_year_get_n_events (VtrTimelineYear *self);

G_END_DECLS
