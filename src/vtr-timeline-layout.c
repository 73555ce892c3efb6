/* vtr-timeline-layout.c
 *
 * The timeline band draws packs of thousands of events, so it never makes a widget per event:
 * it asks this module where each event goes, which ones are on screen and which one is under
 * the pointer. Everything here is arithmetic on years with a fraction, so the unit tests can
 * check it without a display.
 *
 * Events stack in lanes so that none covers another. An event takes the room of its span or of
 * its label, whichever is wider, and labels keep their size in pixels whatever the zoom, so the
 * lanes depend on the zoom. They are worked out at a zoom rounded down to a quarter power of
 * two: zooming in from there only spreads events apart, so the lanes stay valid, and they do
 * not jump at every step of a pinch.
 *
 * An event reaches forward in time from its date, except near the end of the span, where its
 * label would run off the band: there it is "flipped" and reaches back from its end instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "vtr-date.h"
#include "vtr-timeline-layout.h"

/* Where a pack has no dates at all, the band still needs a year to show. */
#define EMPTY_YEAR 2000

typedef struct
{
  double   start;
  double   end;
  double   width;
  guint    id;
  guint    lane;
  gboolean compact;
  gboolean flipped;
} Item;

struct _VtrTimelineLayout
{
  GArray   *items;

  /* Built on demand after items change: the latest end among the items up to each index,
   * which lets a binary search find the first item that can reach into view, and the index of
   * each id. */
  gboolean  index_valid;
  GArray   *max_end;
  GArray   *index_of_id;

  double    max_width;
  gboolean  has_range;
  double    range_start;
  double    range_end;
  guint     n_lanes;
};

static double
day_to_year_fraction (GDate *day)
{
  VtrDate date = {
    .year = g_date_get_year (day),
    .month = g_date_get_month (day),
    .day = g_date_get_day (day),
    .precision = VTR_DATE_PRECISION_DAY,
  };

  return vtr_date_to_year_fraction (&date);
}

/* A partial end date covers its whole month or year, so the span runs to the morning after
 * the last day it names. */
static double
end_to_year_fraction (const VtrDate *end)
{
  guint month = end->precision == VTR_DATE_PRECISION_YEAR ? 12 : end->month;
  guint day = end->precision == VTR_DATE_PRECISION_DAY
            ? end->day
            : g_date_get_days_in_month ((GDateMonth)month, (GDateYear)end->year);
  g_autoptr(GDate) next = g_date_new_dmy ((GDateDay)day, (GDateMonth)month, end->year);

  g_date_add_days (next, 1);

  return day_to_year_fraction (next);
}

static double
month_to_year_fraction (int   year,
                        guint month)
{
  VtrDate date = { .year = year, .month = month, .day = 1, .precision = VTR_DATE_PRECISION_DAY };

  return vtr_date_to_year_fraction (&date);
}

static Item *
get_item (VtrTimelineLayout *self,
          guint              index)
{
  return &g_array_index (self->items, Item, index);
}

static void
ensure_index (VtrTimelineLayout *self)
{
  double latest = -G_MAXDOUBLE;
  guint max_id = 0;

  if (self->index_valid)
    return;

  g_array_set_size (self->max_end, self->items->len);
  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = get_item (self, i);

      latest = MAX (latest, item->end);
      g_array_index (self->max_end, double, i) = latest;
      max_id = MAX (max_id, item->id);
    }

  g_array_set_size (self->index_of_id, self->items->len > 0 ? max_id + 1 : 0);
  for (guint i = 0; i < self->index_of_id->len; i++)
    g_array_index (self->index_of_id, guint, i) = VTR_TIMELINE_NO_ITEM;
  for (guint i = 0; i < self->items->len; i++)
    g_array_index (self->index_of_id, guint, get_item (self, i)->id) = i;

  self->index_valid = TRUE;
}

/* The first index whose start is after @year. */
static guint
upper_bound_start (VtrTimelineLayout *self,
                   double             year)
{
  guint low = 0, high = self->items->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (get_item (self, middle)->start <= year)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* The first index from which an item may still run on to @year or later. */
static guint
lower_bound_max_end (VtrTimelineLayout *self,
                     double             year)
{
  guint low = 0, high = self->items->len;

  ensure_index (self);

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (self->max_end, double, middle) < year)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* The time an item in a lane covers at @pixels_per_year, label included. Both ends close in
 * on the item's dates as the zoom grows, which is what keeps lanes valid when zooming in. */
static void
get_time_range (const Item *item,
                double      pixels_per_year,
                double     *from,
                double     *to)
{
  double label = item->width / pixels_per_year;

  *from = item->flipped ? MIN (item->start, item->end - label) : item->start;
  *to = item->flipped ? item->end : MAX (item->end, item->start + label);
}

static gboolean
fit_lanes (VtrTimelineLayout *self,
           double             pixels_per_year,
           double             span_end,
           double             gap,
           guint              n_full_lanes,
           guint              overflow_lane,
           gboolean           allow_overflow)
{
  g_autofree double *lane_end = g_new (double, MAX (n_full_lanes, 1));
  gboolean overflowed = FALSE;

  for (guint lane = 0; lane < n_full_lanes; lane++)
    lane_end[lane] = -G_MAXDOUBLE;

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = get_item (self, i);
      double from, to;
      guint lane;

      item->flipped = FALSE;
      get_time_range (item, pixels_per_year, &from, &to);
      if (to > span_end)
        {
          item->flipped = TRUE;
          get_time_range (item, pixels_per_year, &from, &to);
        }

      /* First fit keeps the upper lanes full and the picture calm from one zoom to the next. */
      for (lane = 0; lane < n_full_lanes; lane++)
        if (lane_end[lane] <= from * pixels_per_year)
          break;

      if (lane < n_full_lanes)
        {
          item->lane = lane;
          item->compact = FALSE;
          lane_end[lane] = MAX (lane_end[lane], to * pixels_per_year + gap);
          self->n_lanes = MAX (self->n_lanes, lane + 1);
        }
      else
        {
          if (!allow_overflow)
            return FALSE;

          item->lane = overflow_lane;
          item->compact = TRUE;
          self->n_lanes = MAX (self->n_lanes, overflow_lane + 1);
          overflowed = TRUE;
        }
    }

  return !overflowed;
}

/**
 * vtr_timeline_date_range:
 * @date: an event's date, such as `2014-11-19`
 * @end: (nullable): the date it ended
 * @start_year: (out): the first moment @date covers, as a year with a fraction
 * @end_year: (out): the moment the event ended: the morning after the last day @end covers,
 *   or @start_year for an event without an end
 *
 * Returns: %FALSE if @date is not a valid date
 */
gboolean
vtr_timeline_date_range (const char *date,
                         const char *end,
                         double     *start_year,
                         double     *end_year)
{
  VtrDate start_date, end_date;

  g_return_val_if_fail (start_year != NULL, FALSE);
  g_return_val_if_fail (end_year != NULL, FALSE);

  if (date == NULL || vtr_date_parse (date, &start_date) != VTR_DATE_PARSE_OK)
    return FALSE;

  *start_year = vtr_date_to_year_fraction (&start_date);
  *end_year = *start_year;

  if (end != NULL && vtr_date_parse (end, &end_date) == VTR_DATE_PARSE_OK)
    *end_year = MAX (*start_year, end_to_year_fraction (&end_date));

  return TRUE;
}

/**
 * vtr_timeline_quantize_scale:
 *
 * Returns: @pixels_per_year rounded down to a quarter power of two, the zoom at which lanes are
 *   worked out
 */
double
vtr_timeline_quantize_scale (double pixels_per_year)
{
  g_return_val_if_fail (pixels_per_year > 0, 1);

  /* The small allowance keeps a zoom that is exactly a step from rounding down a whole step. */
  return exp2 (floor (log2 (pixels_per_year) * 4 + 1e-9) / 4);
}

double
vtr_timeline_view_year_to_x (const VtrTimelineView *view,
                             double                 year)
{
  double distance = (year - view->first_year) * view->pixels_per_year;

  return view->rtl ? view->width - distance : distance;
}

double
vtr_timeline_view_x_to_year (const VtrTimelineView *view,
                             double                 x)
{
  double distance = view->rtl ? view->width - x : x;

  return view->first_year + distance / view->pixels_per_year;
}

/**
 * vtr_timeline_view_get_last_year:
 *
 * Returns: the time at the trailing edge of the band
 */
double
vtr_timeline_view_get_last_year (const VtrTimelineView *view)
{
  return view->first_year + view->width / view->pixels_per_year;
}

/**
 * vtr_timeline_view_zoom_around:
 * @pixels_per_year: the new zoom
 * @anchor_x: the point that must stay put, such as the pointer
 *
 * Returns: the first year of the view at the new zoom that keeps the time under @anchor_x
 *   where it is
 */
double
vtr_timeline_view_zoom_around (const VtrTimelineView *view,
                               double                 pixels_per_year,
                               double                 anchor_x)
{
  double anchor_year = vtr_timeline_view_x_to_year (view, anchor_x);
  double distance = view->rtl ? view->width - anchor_x : anchor_x;

  g_return_val_if_fail (pixels_per_year > 0, view->first_year);

  return anchor_year - distance / pixels_per_year;
}

/**
 * vtr_timeline_view_get_ticks:
 * @min_year_spacing: the least room, in pixels, between two year labels
 * @min_month_spacing: the least room a month needs for the band to mark months
 *
 * Years are labelled every 1, 2, 5, 10, 20, 50… years, whichever is the first step that
 * leaves @min_year_spacing between labels. Months are marked once a month is
 * @min_month_spacing wide, which on any reasonable band happens at the zoom of one year.
 *
 * Returns: (transfer full) (element-type VtrTimelineTick): the ticks from the start of the year
 *   at the leading edge to the trailing edge, in time order
 */
GArray *
vtr_timeline_view_get_ticks (const VtrTimelineView *view,
                             double                 min_year_spacing,
                             double                 min_month_spacing)
{
  static const int steps[] = { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 };
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (VtrTimelineTick));
  double last = vtr_timeline_view_get_last_year (view);
  double pixels_per_month = view->pixels_per_year / 12;
  gboolean every_year;
  int step = steps[G_N_ELEMENTS (steps) - 1];
  int first_year, last_year;

  g_return_val_if_fail (view->pixels_per_year > 0, ticks);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * view->pixels_per_year >= min_year_spacing)
      {
        step = steps[i];
        break;
      }

  /* Unlabelled years still get a tick while they are a few pixels apart. */
  every_year = view->pixels_per_year >= 6;
  first_year = (int)floor (view->first_year);
  last_year = (int)floor (last);

  for (int year = first_year; year <= last_year; year++)
    {
      VtrTimelineTick tick = { .year = year, .month = 0, .labelled = year % step == 0 };

      if (!tick.labelled && !every_year)
        continue;

      tick.x = vtr_timeline_view_year_to_x (view, year);
      g_array_append_val (ticks, tick);

      if (pixels_per_month < min_month_spacing)
        continue;

      for (guint month = 2; month <= 12; month++)
        {
          double time = month_to_year_fraction (year, month);
          VtrTimelineTick month_tick = { .year = year, .month = month, .labelled = TRUE };

          if (time > last)
            break;

          month_tick.x = vtr_timeline_view_year_to_x (view, time);
          g_array_append_val (ticks, month_tick);
        }
    }

  return ticks;
}

VtrTimelineLayout *
vtr_timeline_layout_new (void)
{
  VtrTimelineLayout *self = g_new0 (VtrTimelineLayout, 1);

  self->items = g_array_new (FALSE, FALSE, sizeof (Item));
  self->max_end = g_array_new (FALSE, FALSE, sizeof (double));
  self->index_of_id = g_array_new (FALSE, FALSE, sizeof (guint));

  return self;
}

void
vtr_timeline_layout_free (VtrTimelineLayout *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->max_end, g_array_unref);
  g_clear_pointer (&self->index_of_id, g_array_unref);
  g_free (self);
}

/**
 * vtr_timeline_layout_add_item:
 * @id: the caller's number for the item, such as its position in the pack; ids are unique
 * @start: when it starts
 * @end: when it ends; the same as @start for a moment
 * @width: the room its label takes, in pixels
 *
 * Items are kept in order of their start; items that start together stay in the order they
 * were added.
 */
void
vtr_timeline_layout_add_item (VtrTimelineLayout *self,
                              guint              id,
                              double             start,
                              double             end,
                              double             width)
{
  Item item = {
    .start = start,
    .end = MAX (start, end),
    .width = MAX (width, 0),
    .id = id,
  };
  guint position;

  g_return_if_fail (self != NULL);
  g_return_if_fail (id != VTR_TIMELINE_NO_ITEM);

  /* Packs come sorted, so this is almost always an append. */
  position = upper_bound_start (self, start);
  g_array_insert_val (self->items, position, item);

  self->max_width = MAX (self->max_width, item.width);
  self->index_valid = FALSE;
  self->n_lanes = 0;
}

/**
 * vtr_timeline_layout_include:
 *
 * Widens the span the timeline covers to take in @start to @end, such as an era.
 */
void
vtr_timeline_layout_include (VtrTimelineLayout *self,
                             double             start,
                             double             end)
{
  g_return_if_fail (self != NULL);

  self->range_start = self->has_range ? MIN (self->range_start, start) : start;
  self->range_end = self->has_range ? MAX (self->range_end, end) : end;
  self->has_range = TRUE;
}

guint
vtr_timeline_layout_get_n_items (VtrTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->items->len;
}

guint
vtr_timeline_layout_get_id (VtrTimelineLayout *self,
                            guint              index)
{
  g_return_val_if_fail (self != NULL, VTR_TIMELINE_NO_ITEM);
  g_return_val_if_fail (index < self->items->len, VTR_TIMELINE_NO_ITEM);

  return get_item (self, index)->id;
}

/**
 * vtr_timeline_layout_find_id:
 *
 * Returns: the index of the item with @id, or %VTR_TIMELINE_NO_ITEM
 */
guint
vtr_timeline_layout_find_id (VtrTimelineLayout *self,
                             guint              id)
{
  g_return_val_if_fail (self != NULL, VTR_TIMELINE_NO_ITEM);

  ensure_index (self);

  if (id >= self->index_of_id->len)
    return VTR_TIMELINE_NO_ITEM;

  return g_array_index (self->index_of_id, guint, id);
}

double
vtr_timeline_layout_get_start (VtrTimelineLayout *self,
                               guint              index)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (index < self->items->len, 0);

  return get_item (self, index)->start;
}

double
vtr_timeline_layout_get_end (VtrTimelineLayout *self,
                             guint              index)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (index < self->items->len, 0);

  return get_item (self, index)->end;
}

/**
 * vtr_timeline_layout_get_first_year:
 *
 * Returns: the first whole year the timeline covers: that of its earliest item or range
 */
int
vtr_timeline_layout_get_first_year (VtrTimelineLayout *self)
{
  double first = G_MAXDOUBLE;

  g_return_val_if_fail (self != NULL, EMPTY_YEAR);

  if (self->items->len > 0)
    first = get_item (self, 0)->start;
  if (self->has_range)
    first = MIN (first, self->range_start);

  return first == G_MAXDOUBLE ? EMPTY_YEAR : (int)floor (first);
}

/**
 * vtr_timeline_layout_get_last_year:
 *
 * Returns: the last whole year the timeline covers: the year in which its latest item or
 *   range ends
 */
int
vtr_timeline_layout_get_last_year (VtrTimelineLayout *self)
{
  double last = -G_MAXDOUBLE;
  int first_year = vtr_timeline_layout_get_first_year (self);

  g_return_val_if_fail (self != NULL, EMPTY_YEAR);

  if (self->items->len > 0)
    {
      ensure_index (self);
      last = g_array_index (self->max_end, double, self->items->len - 1);
    }
  if (self->has_range)
    last = MAX (last, self->range_end);

  if (last == -G_MAXDOUBLE)
    return first_year;

  /* An end is the morning after the last day, so an end on 1 January belongs to the year
   * before: 2024.0 closes 2023. */
  return MAX (first_year, (int)ceil (last) - 1);
}

/**
 * vtr_timeline_layout_clamp_first_year:
 *
 * Returns: @view's first year, moved as little as needed to keep the band within the years
 *   the timeline covers
 */
double
vtr_timeline_layout_clamp_first_year (VtrTimelineLayout     *self,
                                      const VtrTimelineView *view)
{
  double span_start, span_end, shown;

  g_return_val_if_fail (self != NULL, view->first_year);

  span_start = vtr_timeline_layout_get_first_year (self);
  span_end = vtr_timeline_layout_get_last_year (self) + 1;
  shown = view->width / view->pixels_per_year;

  if (shown >= span_end - span_start)
    return span_start;

  return CLAMP (view->first_year, span_start, span_end - shown);
}

/**
 * vtr_timeline_layout_assign_lanes:
 * @pixels_per_year: the zoom; lanes are worked out at vtr_timeline_quantize_scale() of it
 * @max_lanes: how many lanes the band has room for
 *
 * Puts every item in a lane where it overlaps no other. When @max_lanes are not enough, the
 * last lane becomes a strip of markers: the items that did not fit show there as dots
 * (vtr_timeline_layout_is_compact()), which may overlap, until a closer zoom makes room.
 *
 * Returns: the number of lanes used
 */
guint
vtr_timeline_layout_assign_lanes (VtrTimelineLayout        *self,
                                  double                    pixels_per_year,
                                  const VtrTimelineMetrics *metrics,
                                  guint                     max_lanes)
{
  double scale, span_end;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (metrics != NULL, 0);

  scale = vtr_timeline_quantize_scale (pixels_per_year);
  span_end = vtr_timeline_layout_get_last_year (self) + 1;
  max_lanes = MAX (max_lanes, 1);
  self->n_lanes = 0;

  if (fit_lanes (self, scale, span_end, metrics->gap, max_lanes, 0, FALSE))
    return self->n_lanes;

  /* The last lane becomes the strip of dots. With a single lane, that leaves only dots:
   * labels with dots over them would be readable no better. */
  self->n_lanes = 0;
  fit_lanes (self, scale, span_end, metrics->gap, max_lanes - 1, max_lanes - 1, TRUE);

  return self->n_lanes;
}

guint
vtr_timeline_layout_get_n_lanes (VtrTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_lanes;
}

guint
vtr_timeline_layout_get_lane (VtrTimelineLayout *self,
                              guint              index)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (index < self->items->len, 0);

  return get_item (self, index)->lane;
}

gboolean
vtr_timeline_layout_is_compact (VtrTimelineLayout *self,
                                guint              index)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (index < self->items->len, FALSE);

  return get_item (self, index)->compact;
}

/**
 * vtr_timeline_layout_is_flipped:
 *
 * Returns: whether the item reaches back in time from its end, as items do whose label would
 *   otherwise run past the end of the span
 */
gboolean
vtr_timeline_layout_is_flipped (VtrTimelineLayout *self,
                                guint              index)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (index < self->items->len, FALSE);

  return get_item (self, index)->flipped;
}

/**
 * vtr_timeline_layout_get_extent:
 * @x0: (out): the left edge of the item on the band
 * @x1: (out): its right edge
 *
 * An item in a lane starts at its date and reaches forward in time over its span or its
 * label, whichever is longer (or, flipped, reaches back from its end); a compact item is a dot
 * centred on its date.
 */
void
vtr_timeline_layout_get_extent (VtrTimelineLayout        *self,
                                const VtrTimelineView    *view,
                                const VtrTimelineMetrics *metrics,
                                guint                     index,
                                double                   *x0,
                                double                   *x1)
{
  Item *item;
  double from, to, from_x, to_x;

  g_return_if_fail (self != NULL);
  g_return_if_fail (index < self->items->len);

  item = get_item (self, index);

  if (item->compact)
    {
      double start_x = vtr_timeline_view_year_to_x (view, item->start);

      *x0 = start_x - metrics->dot_size / 2;
      *x1 = start_x + metrics->dot_size / 2;
      return;
    }

  get_time_range (item, view->pixels_per_year, &from, &to);
  from_x = vtr_timeline_view_year_to_x (view, from);
  to_x = vtr_timeline_view_year_to_x (view, to);
  *x0 = MIN (from_x, to_x);
  *x1 = MAX (from_x, to_x);
}

/**
 * vtr_timeline_layout_get_visible_range:
 * @begin: (out): the first index that may be visible
 * @end: (out): the index after the last that may be visible
 *
 * Narrows the items to those that may show in @view, so that the band looks at a few dozen
 * items rather than thousands. The range may hold some that end before the view; every item
 * that shows is in it.
 */
void
vtr_timeline_layout_get_visible_range (VtrTimelineLayout        *self,
                                       const VtrTimelineView    *view,
                                       const VtrTimelineMetrics *metrics,
                                       guint                    *begin,
                                       guint                    *end)
{
  double reach;

  g_return_if_fail (self != NULL);

  /* Labels and dots reach beyond an item's dates by at most this much, either way. */
  reach = MAX (self->max_width, metrics->dot_size) / view->pixels_per_year;

  *begin = lower_bound_max_end (self, view->first_year - reach);
  *end = upper_bound_start (self, vtr_timeline_view_get_last_year (view) + reach);
  *end = MAX (*begin, *end);
}

/**
 * vtr_timeline_layout_hit_test:
 *
 * Returns: the index of the item at @x, @y, the one drawn on top where they overlap, or
 *   %VTR_TIMELINE_NO_ITEM
 */
guint
vtr_timeline_layout_hit_test (VtrTimelineLayout        *self,
                              const VtrTimelineView    *view,
                              const VtrTimelineMetrics *metrics,
                              double                    x,
                              double                    y)
{
  guint begin, end;
  double lane_y;
  guint lane;

  g_return_val_if_fail (self != NULL, VTR_TIMELINE_NO_ITEM);

  if (y < metrics->lanes_top || self->n_lanes == 0)
    return VTR_TIMELINE_NO_ITEM;

  lane = (guint)((y - metrics->lanes_top) / metrics->lane_height);
  lane_y = y - metrics->lanes_top - lane * metrics->lane_height;
  if (lane >= self->n_lanes || lane_y > metrics->item_height)
    return VTR_TIMELINE_NO_ITEM;

  vtr_timeline_layout_get_visible_range (self, view, metrics, &begin, &end);

  /* Later items are drawn over earlier ones, so the search runs backwards. */
  for (guint i = end; i > begin; i--)
    {
      Item *item = get_item (self, i - 1);
      double x0, x1;

      if (item->lane != lane)
        continue;

      vtr_timeline_layout_get_extent (self, view, metrics, i - 1, &x0, &x1);
      if (x < x0 || x > x1)
        continue;

      if (item->compact)
        {
          double middle = metrics->item_height / 2;

          if (fabs (lane_y - middle) > metrics->dot_size / 2)
            continue;
        }

      return i - 1;
    }

  return VTR_TIMELINE_NO_ITEM;
}

/**
 * vtr_timeline_layout_navigate:
 * @current: the selected index, or %VTR_TIMELINE_NO_ITEM
 * @move: the key pressed
 *
 * Left and Right follow what the eye sees: where time runs from right to left, Left goes on
 * to the next event. With nothing selected, either arrow picks the first event in view.
 *
 * Returns: the index to select, or %VTR_TIMELINE_NO_ITEM when there are no items
 */
guint
vtr_timeline_layout_navigate (VtrTimelineLayout     *self,
                              const VtrTimelineView *view,
                              guint                  current,
                              VtrTimelineMove        move)
{
  guint n_items;
  gboolean forward;

  g_return_val_if_fail (self != NULL, VTR_TIMELINE_NO_ITEM);

  n_items = self->items->len;
  if (n_items == 0)
    return VTR_TIMELINE_NO_ITEM;

  switch (move)
    {
    case VTR_TIMELINE_MOVE_FIRST:
      return 0;

    case VTR_TIMELINE_MOVE_LAST:
      return n_items - 1;

    case VTR_TIMELINE_MOVE_LEFT:
    case VTR_TIMELINE_MOVE_RIGHT:
    default:
      break;
    }

  if (current >= n_items)
    {
      /* The first item that starts in view; failing that, the last one before it. */
      guint first = upper_bound_start (self, view->first_year);

      while (first > 0 && get_item (self, first - 1)->start >= view->first_year)
        first--;

      if (first < n_items &&
          get_item (self, first)->start <= vtr_timeline_view_get_last_year (view))
        return first;

      return first > 0 ? first - 1 : 0;
    }

  forward = (move == VTR_TIMELINE_MOVE_RIGHT) != view->rtl;

  if (forward)
    return MIN (current + 1, n_items - 1);

  return current > 0 ? current - 1 : 0;
}

/**
 * vtr_timeline_layout_scroll_to_item:
 * @margin: the room to leave between the item and the edge of the band, in pixels
 *
 * Returns: the first year of a view at the same zoom that shows the item at @index, moved as
 *   little as possible; the start of an item wider than the band wins over its end
 */
double
vtr_timeline_layout_scroll_to_item (VtrTimelineLayout        *self,
                                    const VtrTimelineView    *view,
                                    const VtrTimelineMetrics *metrics,
                                    guint                     index,
                                    double                    margin)
{
  VtrTimelineView moved = *view;
  Item *item;
  double shown, margin_years, start, end;

  g_return_val_if_fail (self != NULL, view->first_year);
  g_return_val_if_fail (index < self->items->len, view->first_year);

  item = get_item (self, index);
  shown = view->width / view->pixels_per_year;
  margin_years = MIN (margin / view->pixels_per_year, shown / 4);
  if (item->compact)
    start = end = item->start;
  else
    get_time_range (item, view->pixels_per_year, &start, &end);

  if (end + margin_years > moved.first_year + shown)
    moved.first_year = end + margin_years - shown;
  if (start - margin_years < moved.first_year)
    moved.first_year = start - margin_years;

  return vtr_timeline_layout_clamp_first_year (self, &moved);
}
