/* vtr-timeline-layout.h: where things go on the timeline band, as plain arithmetic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define VTR_TIMELINE_NO_ITEM G_MAXUINT

typedef enum
{
  VTR_TIMELINE_MOVE_LEFT,
  VTR_TIMELINE_MOVE_RIGHT,
  VTR_TIMELINE_MOVE_FIRST,
  VTR_TIMELINE_MOVE_LAST,
} VtrTimelineMove;

/**
 * VtrTimelineView:
 * @first_year: the time at the leading edge of the band: its left edge, or its right edge
 *   when @rtl is set
 * @pixels_per_year: the zoom
 * @width: the width of the band, in pixels
 * @rtl: whether time runs from right to left
 *
 * The part of time the band shows. Times are years with a fraction, as
 * vtr_date_to_year_fraction() gives them.
 */
typedef struct
{
  double   first_year;
  double   pixels_per_year;
  double   width;
  gboolean rtl;
} VtrTimelineView;

/**
 * VtrTimelineMetrics:
 * @lanes_top: where the first lane starts
 * @lane_height: the distance from one lane to the next
 * @item_height: the height of an event within its lane
 * @dot_size: the size of the marker of an event that did not fit in a lane of its own
 * @gap: the least room between two events in one lane
 *
 * The band's geometry, in pixels.
 */
typedef struct
{
  double lanes_top;
  double lane_height;
  double item_height;
  double dot_size;
  double gap;
} VtrTimelineMetrics;

/**
 * VtrTimelineTick:
 * @x: where the tick is, in pixels
 * @year: the year it starts
 * @month: the month it starts, 1 to 12, or 0 where it marks the start of a year
 * @labelled: whether there is room for its label
 */
typedef struct
{
  double   x;
  int      year;
  guint    month;
  gboolean labelled;
} VtrTimelineTick;

gboolean vtr_timeline_date_range         (const char               *date,
                                          const char               *end,
                                          double                   *start_year,
                                          double                   *end_year);
double   vtr_timeline_quantize_scale     (double                    pixels_per_year);

double   vtr_timeline_view_year_to_x     (const VtrTimelineView    *view,
                                          double                    year);
double   vtr_timeline_view_x_to_year     (const VtrTimelineView    *view,
                                          double                    x);
double   vtr_timeline_view_get_last_year (const VtrTimelineView    *view);
double   vtr_timeline_view_zoom_around   (const VtrTimelineView    *view,
                                          double                    pixels_per_year,
                                          double                    anchor_x);
GArray  *vtr_timeline_view_get_ticks     (const VtrTimelineView    *view,
                                          double                    min_year_spacing,
                                          double                    min_month_spacing);

typedef struct _VtrTimelineLayout VtrTimelineLayout;

VtrTimelineLayout *vtr_timeline_layout_new             (void);
void               vtr_timeline_layout_free            (VtrTimelineLayout        *self);
void               vtr_timeline_layout_add_item        (VtrTimelineLayout        *self,
                                                        guint                     id,
                                                        double                    start,
                                                        double                    end,
                                                        double                    width);
void               vtr_timeline_layout_include         (VtrTimelineLayout        *self,
                                                        double                    start,
                                                        double                    end);
guint              vtr_timeline_layout_get_n_items     (VtrTimelineLayout        *self);
guint              vtr_timeline_layout_get_id          (VtrTimelineLayout        *self,
                                                        guint                     index);
guint              vtr_timeline_layout_find_id         (VtrTimelineLayout        *self,
                                                        guint                     id);
double             vtr_timeline_layout_get_start       (VtrTimelineLayout        *self,
                                                        guint                     index);
double             vtr_timeline_layout_get_end         (VtrTimelineLayout        *self,
                                                        guint                     index);
int                vtr_timeline_layout_get_first_year  (VtrTimelineLayout        *self);
int                vtr_timeline_layout_get_last_year   (VtrTimelineLayout        *self);
double             vtr_timeline_layout_clamp_first_year
                                                       (VtrTimelineLayout        *self,
                                                        const VtrTimelineView    *view);
guint              vtr_timeline_layout_assign_lanes    (VtrTimelineLayout        *self,
                                                        double                    pixels_per_year,
                                                        const VtrTimelineMetrics *metrics,
                                                        guint                     max_lanes);
guint              vtr_timeline_layout_get_n_lanes     (VtrTimelineLayout        *self);
guint              vtr_timeline_layout_get_lane        (VtrTimelineLayout        *self,
                                                        guint                     index);
gboolean           vtr_timeline_layout_is_compact      (VtrTimelineLayout        *self,
                                                        guint                     index);
gboolean           vtr_timeline_layout_is_flipped      (VtrTimelineLayout        *self,
                                                        guint                     index);
void               vtr_timeline_layout_get_extent      (VtrTimelineLayout        *self,
                                                        const VtrTimelineView    *view,
                                                        const VtrTimelineMetrics *metrics,
                                                        guint                     index,
                                                        double                   *x0,
                                                        double                   *x1);
void               vtr_timeline_layout_get_visible_range
                                                       (VtrTimelineLayout        *self,
                                                        const VtrTimelineView    *view,
                                                        const VtrTimelineMetrics *metrics,
                                                        guint                    *begin,
                                                        guint                    *end);
guint              vtr_timeline_layout_hit_test        (VtrTimelineLayout        *self,
                                                        const VtrTimelineView    *view,
                                                        const VtrTimelineMetrics *metrics,
                                                        double                    x,
                                                        double                    y);
guint              vtr_timeline_layout_navigate        (VtrTimelineLayout        *self,
                                                        const VtrTimelineView    *view,
                                                        guint                     current,
                                                        VtrTimelineMove           move);
double             vtr_timeline_layout_scroll_to_item  (VtrTimelineLayout        *self,
                                                        const VtrTimelineView    *view,
                                                        const VtrTimelineMetrics *metrics,
                                                        guint                     index,
                                                        double                    margin);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtrTimelineLayout, vtr_timeline_layout_free)

G_END_DECLS
