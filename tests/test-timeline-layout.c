/* test-timeline-layout.c: the timeline's geometry, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "vtr-timeline-layout.h"

static const VtrTimelineMetrics metrics = {
  .lanes_top = 60,
  .lane_height = 36,
  .item_height = 28,
  .dot_size = 10,
  .gap = 8,
};

static double
year_of (const char *date)
{
  double start, end;

  g_assert_true (vtr_timeline_date_range (date, NULL, &start, &end));
  g_assert_cmpfloat (start, ==, end);

  return start;
}

/* Items of the same width throughout, so tests can reason about where labels end. */
static VtrTimelineLayout *
layout_of (const double *starts,
           const double *ends,
           guint         n_items,
           double        width)
{
  VtrTimelineLayout *layout = vtr_timeline_layout_new ();

  for (guint i = 0; i < n_items; i++)
    vtr_timeline_layout_add_item (layout, i, starts[i], ends != NULL ? ends[i] : starts[i], width);

  return layout;
}

static void
test_date_range (void)
{
  double start, end;

  g_assert_true (vtr_timeline_date_range ("2014-11-19", "2014-11-21", &start, &end));
  g_assert_cmpfloat_with_epsilon (start, 2014 + 322.0 / 365, 1e-9);
  /* The end is the morning after the last day, so a three-day summit spans three days. */
  g_assert_cmpfloat_with_epsilon (end, 2014 + 325.0 / 365, 1e-9);

  /* Partial dates cover their whole month or year. */
  g_assert_true (vtr_timeline_date_range ("2019", "2021", &start, &end));
  g_assert_cmpfloat_with_epsilon (start, 2019, 1e-9);
  g_assert_cmpfloat_with_epsilon (end, 2022, 1e-9);
  g_assert_true (vtr_timeline_date_range ("2015-12", "2015-12", &start, &end));
  g_assert_cmpfloat_with_epsilon (end, 2016, 1e-9);
  g_assert_true (vtr_timeline_date_range ("2016-02", NULL, &start, &end));
  g_assert_cmpfloat_with_epsilon (start, 2016 + 31.0 / 366, 1e-9);
  g_assert_cmpfloat (start, ==, end);

  g_assert_false (vtr_timeline_date_range ("2014-13", NULL, &start, &end));
  g_assert_false (vtr_timeline_date_range (NULL, NULL, &start, &end));
}

static void
test_span (void)
{
  g_autoptr(VtrTimelineLayout) empty = vtr_timeline_layout_new ();
  g_autoptr(VtrTimelineLayout) events_only = NULL;
  g_autoptr(VtrTimelineLayout) with_eras = NULL;
  const double starts[] = { 2015.5, 2016.2, 2017.1 };
  const double ends[] = { 2015.5, 2016.9, 2017.2 };

  /* No dates at all still gives a year to show. */
  g_assert_cmpint (vtr_timeline_layout_get_first_year (empty), ==,
                   vtr_timeline_layout_get_last_year (empty));

  events_only = layout_of (starts, ends, G_N_ELEMENTS (starts), 100);
  g_assert_cmpint (vtr_timeline_layout_get_first_year (events_only), ==, 2015);
  g_assert_cmpint (vtr_timeline_layout_get_last_year (events_only), ==, 2017);

  /* Eras widen the span; an era that ends on 31 December 2023 closes 2023, not 2024. */
  with_eras = layout_of (starts, ends, G_N_ELEMENTS (starts), 100);
  vtr_timeline_layout_include (with_eras, 2012, 2024);
  g_assert_cmpint (vtr_timeline_layout_get_first_year (with_eras), ==, 2012);
  g_assert_cmpint (vtr_timeline_layout_get_last_year (with_eras), ==, 2023);
}

static void
test_view (void)
{
  VtrTimelineView ltr = { .first_year = 2014, .pixels_per_year = 100, .width = 1000 };
  VtrTimelineView rtl = { .first_year = 2014, .pixels_per_year = 100, .width = 1000, .rtl = TRUE };
  VtrTimelineView zoomed;

  g_assert_cmpfloat_with_epsilon (vtr_timeline_view_year_to_x (&ltr, 2016.5), 250, 1e-9);
  g_assert_cmpfloat_with_epsilon (vtr_timeline_view_year_to_x (&rtl, 2016.5), 750, 1e-9);
  g_assert_cmpfloat_with_epsilon (vtr_timeline_view_x_to_year (&ltr, 250), 2016.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (vtr_timeline_view_x_to_year (&rtl, 750), 2016.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (vtr_timeline_view_get_last_year (&ltr), 2024, 1e-9);

  /* Zooming keeps the time under the pointer under the pointer, in either direction. */
  for (guint i = 0; i < 2; i++)
    {
      VtrTimelineView *view = i == 0 ? &ltr : &rtl;
      double before = vtr_timeline_view_x_to_year (view, 300);

      zoomed = *view;
      zoomed.pixels_per_year = 400;
      zoomed.first_year = vtr_timeline_view_zoom_around (view, 400, 300);
      g_assert_cmpfloat_with_epsilon (vtr_timeline_view_x_to_year (&zoomed, 300), before, 1e-9);
    }

  g_assert_cmpfloat (vtr_timeline_quantize_scale (64), ==, 64);
  g_assert_cmpfloat (vtr_timeline_quantize_scale (100), <=, 100);
  g_assert_cmpfloat (vtr_timeline_quantize_scale (100), >, 100 / exp2 (0.25));
  g_assert_cmpfloat (vtr_timeline_quantize_scale (100), ==, vtr_timeline_quantize_scale (101));
}

static void
test_ticks (void)
{
  VtrTimelineView decade = { .first_year = 2014, .pixels_per_year = 128, .width = 1280 };
  VtrTimelineView year = { .first_year = 2017, .pixels_per_year = 1200, .width = 1200 };
  VtrTimelineView millennium = { .first_year = 1024, .pixels_per_year = 1, .width = 1000 };
  g_autoptr(GArray) decade_ticks = vtr_timeline_view_get_ticks (&decade, 60, 30);
  g_autoptr(GArray) year_ticks = NULL;
  g_autoptr(GArray) rtl_ticks = NULL;
  g_autoptr(GArray) millennium_ticks = vtr_timeline_view_get_ticks (&millennium, 60, 30);
  guint n_labelled = 0;

  /* A decade shows its ten years, all labelled, and no months. */
  g_assert_cmpuint (decade_ticks->len, ==, 11);
  for (guint i = 0; i < decade_ticks->len; i++)
    {
      VtrTimelineTick *tick = &g_array_index (decade_ticks, VtrTimelineTick, i);

      g_assert_cmpint (tick->year, ==, 2014 + (int)i);
      g_assert_cmpuint (tick->month, ==, 0);
      g_assert_true (tick->labelled);
      g_assert_cmpfloat_with_epsilon (tick->x, 128.0 * i, 1e-9);
    }

  /* A single year shows its months, in order, between its two year ticks. */
  year_ticks = vtr_timeline_view_get_ticks (&year, 60, 30);
  g_assert_cmpuint (year_ticks->len, ==, 13);
  for (guint i = 0; i < 12; i++)
    {
      VtrTimelineTick *tick = &g_array_index (year_ticks, VtrTimelineTick, i);

      g_assert_cmpint (tick->year, ==, 2017);
      g_assert_cmpuint (tick->month, ==, i == 0 ? 0 : i + 1);
      if (i > 0)
        g_assert_cmpfloat (tick->x, >, g_array_index (year_ticks, VtrTimelineTick, i - 1).x);
    }
  g_assert_cmpfloat_with_epsilon (g_array_index (year_ticks, VtrTimelineTick, 1).x,
                                  1200 * 31.0 / 365, 1e-9);

  year.rtl = TRUE;
  rtl_ticks = vtr_timeline_view_get_ticks (&year, 60, 30);
  g_assert_cmpuint (rtl_ticks->len, ==, 13);
  g_assert_cmpfloat_with_epsilon (g_array_index (rtl_ticks, VtrTimelineTick, 0).x, 1200, 1e-9);
  g_assert_cmpfloat (g_array_index (rtl_ticks, VtrTimelineTick, 5).x, <,
                     g_array_index (rtl_ticks, VtrTimelineTick, 4).x);

  /* A thousand years in a thousand pixels are labelled every century. */
  for (guint i = 0; i < millennium_ticks->len; i++)
    {
      VtrTimelineTick *tick = &g_array_index (millennium_ticks, VtrTimelineTick, i);

      if (tick->labelled)
        {
          g_assert_cmpint (tick->year % 100, ==, 0);
          n_labelled++;
        }
    }
  g_assert_cmpuint (n_labelled, ==, 10);
}

static void
test_lanes (void)
{
  /* Two events a month apart collide at a decade's zoom but not at a year's. */
  const double starts[] = { year_of ("2016-03-01"), year_of ("2016-04-01"),
                            year_of ("2018-01-01"), year_of ("2018-02-01") };
  const double ends[] = { starts[0], starts[1], year_of ("2020-01-01"), starts[3] };
  g_autoptr(VtrTimelineLayout) layout = layout_of (starts, ends, 4, 150);

  g_assert_cmpuint (vtr_timeline_layout_assign_lanes (layout, 100, &metrics, 10), ==, 2);
  g_assert_cmpuint (vtr_timeline_layout_get_lane (layout, 0), ==, 0);
  g_assert_cmpuint (vtr_timeline_layout_get_lane (layout, 1), ==, 1);
  /* After the first two labels end, lane 0 is free again. */
  g_assert_cmpuint (vtr_timeline_layout_get_lane (layout, 2), ==, 0);
  /* The two-year span blocks lane 0 for the event inside it. */
  g_assert_cmpuint (vtr_timeline_layout_get_lane (layout, 3), ==, 1);
  g_assert_false (vtr_timeline_layout_is_compact (layout, 3));

  g_assert_cmpuint (vtr_timeline_layout_assign_lanes (layout, 3000, &metrics, 10), ==, 2);
  g_assert_cmpuint (vtr_timeline_layout_get_lane (layout, 1), ==, 0);
  g_assert_cmpuint (vtr_timeline_layout_get_lane (layout, 3), ==, 1);

  /* With room for a single lane that is not enough, the lane becomes a strip of dots. */
  g_assert_cmpuint (vtr_timeline_layout_assign_lanes (layout, 100, &metrics, 1), ==, 1);
  for (guint i = 0; i < 4; i++)
    {
      g_assert_true (vtr_timeline_layout_is_compact (layout, i));
      g_assert_cmpuint (vtr_timeline_layout_get_lane (layout, i), ==, 0);
    }

  /* A single lane that is enough keeps its labels: the first two events, a month apart, fit
   * side by side at the zoom of a year. */
  {
    g_autoptr(VtrTimelineLayout) pair = layout_of (starts, ends, 2, 150);

    g_assert_cmpuint (vtr_timeline_layout_assign_lanes (pair, 3000, &metrics, 1), ==, 1);
    g_assert_false (vtr_timeline_layout_is_compact (pair, 0));
    g_assert_false (vtr_timeline_layout_is_compact (pair, 1));
  }
}

static void
test_overflow_strip (void)
{
  g_autoptr(VtrTimelineLayout) layout = vtr_timeline_layout_new ();

  /* Five events on one day with room for three lanes: two lanes of labels, then dots. */
  for (guint i = 0; i < 5; i++)
    vtr_timeline_layout_add_item (layout, i, 2020.5, 2020.5, 120);

  g_assert_cmpuint (vtr_timeline_layout_assign_lanes (layout, 100, &metrics, 3), ==, 3);
  g_assert_cmpuint (vtr_timeline_layout_get_lane (layout, 0), ==, 0);
  g_assert_cmpuint (vtr_timeline_layout_get_lane (layout, 1), ==, 1);
  for (guint i = 2; i < 5; i++)
    {
      g_assert_cmpuint (vtr_timeline_layout_get_lane (layout, i), ==, 2);
      g_assert_true (vtr_timeline_layout_is_compact (layout, i));
    }

  /* When everything fits, the last lane holds labels like the others. */
  g_assert_cmpuint (vtr_timeline_layout_assign_lanes (layout, 100, &metrics, 5), ==, 5);
  g_assert_false (vtr_timeline_layout_is_compact (layout, 4));
}

static void
test_order (void)
{
  g_autoptr(VtrTimelineLayout) layout = vtr_timeline_layout_new ();

  /* Added out of order; two on the same day keep the order they came in. */
  vtr_timeline_layout_add_item (layout, 0, 2020, 2020, 10);
  vtr_timeline_layout_add_item (layout, 1, 2015, 2015, 10);
  vtr_timeline_layout_add_item (layout, 2, 2020, 2021, 10);
  vtr_timeline_layout_add_item (layout, 3, 2010, 2010, 10);

  g_assert_cmpuint (vtr_timeline_layout_get_id (layout, 0), ==, 3);
  g_assert_cmpuint (vtr_timeline_layout_get_id (layout, 1), ==, 1);
  g_assert_cmpuint (vtr_timeline_layout_get_id (layout, 2), ==, 0);
  g_assert_cmpuint (vtr_timeline_layout_get_id (layout, 3), ==, 2);
  g_assert_cmpuint (vtr_timeline_layout_find_id (layout, 2), ==, 3);
  g_assert_cmpuint (vtr_timeline_layout_find_id (layout, 3), ==, 0);
  g_assert_cmpuint (vtr_timeline_layout_find_id (layout, 4), ==, VTR_TIMELINE_NO_ITEM);
  g_assert_cmpint (vtr_timeline_layout_get_last_year (layout), ==, 2020);
}

static void
test_hit_test (void)
{
  const double starts[] = { 2016, 2016.1, 2018 };
  g_autoptr(VtrTimelineLayout) layout = layout_of (starts, NULL, 3, 150);
  VtrTimelineView view = { .first_year = 2014, .pixels_per_year = 100, .width = 1000 };
  double lane_1 = metrics.lanes_top + metrics.lane_height + 10;
  double lane_0 = metrics.lanes_top + 10;

  vtr_timeline_layout_include (layout, 2014, 2024);
  vtr_timeline_layout_assign_lanes (layout, view.pixels_per_year, &metrics, 4);

  g_assert_cmpuint (vtr_timeline_layout_hit_test (layout, &view, &metrics, 205, lane_0), ==, 0);
  g_assert_cmpuint (vtr_timeline_layout_hit_test (layout, &view, &metrics, 215, lane_1), ==, 1);
  g_assert_cmpuint (vtr_timeline_layout_hit_test (layout, &view, &metrics, 405, lane_0), ==, 2);
  /* Above the lanes, between lanes and beside an item, nothing. */
  g_assert_cmpuint (vtr_timeline_layout_hit_test (layout, &view, &metrics, 205, 10), ==,
                    VTR_TIMELINE_NO_ITEM);
  g_assert_cmpuint (vtr_timeline_layout_hit_test (layout, &view, &metrics, 205,
                                                  metrics.lanes_top + metrics.item_height + 2),
                    ==, VTR_TIMELINE_NO_ITEM);
  g_assert_cmpuint (vtr_timeline_layout_hit_test (layout, &view, &metrics, 195, lane_0), ==,
                    VTR_TIMELINE_NO_ITEM);

  /* Right to left, items reach leftwards from their date. */
  view.rtl = TRUE;
  g_assert_cmpuint (vtr_timeline_layout_hit_test (layout, &view, &metrics, 795, lane_0), ==, 0);
  g_assert_cmpuint (vtr_timeline_layout_hit_test (layout, &view, &metrics, 805, lane_0), ==,
                    VTR_TIMELINE_NO_ITEM);
}

static void
test_flip_at_end (void)
{
  const double starts[] = { 2014.1, 2023.95 };
  g_autoptr(VtrTimelineLayout) layout = layout_of (starts, NULL, 2, 150);
  VtrTimelineView view = { .first_year = 2014, .pixels_per_year = 100, .width = 1000 };
  double lane_0 = metrics.lanes_top + 10;
  double x0, x1;

  vtr_timeline_layout_include (layout, 2014, 2024);
  vtr_timeline_layout_assign_lanes (layout, view.pixels_per_year, &metrics, 4);

  /* A label that would run past the end of the span reaches back from the date instead. */
  g_assert_false (vtr_timeline_layout_is_flipped (layout, 0));
  g_assert_true (vtr_timeline_layout_is_flipped (layout, 1));
  vtr_timeline_layout_get_extent (layout, &view, &metrics, 1, &x0, &x1);
  g_assert_cmpfloat_with_epsilon (x1, 995, 1e-6);
  g_assert_cmpfloat_with_epsilon (x0, 845, 1e-6);
  g_assert_cmpuint (vtr_timeline_layout_hit_test (layout, &view, &metrics, 900, lane_0), ==, 1);

  view.rtl = TRUE;
  vtr_timeline_layout_get_extent (layout, &view, &metrics, 1, &x0, &x1);
  g_assert_cmpfloat_with_epsilon (x0, 5, 1e-6);
  g_assert_cmpfloat_with_epsilon (x1, 155, 1e-6);
  g_assert_cmpuint (vtr_timeline_layout_hit_test (layout, &view, &metrics, 100, lane_0), ==, 1);
}

static void
test_navigate (void)
{
  const double starts[] = { 2015, 2016, 2017, 2018, 2019 };
  g_autoptr(VtrTimelineLayout) layout = layout_of (starts, NULL, 5, 50);
  g_autoptr(VtrTimelineLayout) empty = vtr_timeline_layout_new ();
  VtrTimelineView view = { .first_year = 2016.5, .pixels_per_year = 100, .width = 200 };

  g_assert_cmpuint (vtr_timeline_layout_navigate (layout, &view, 2, VTR_TIMELINE_MOVE_RIGHT),
                    ==, 3);
  g_assert_cmpuint (vtr_timeline_layout_navigate (layout, &view, 2, VTR_TIMELINE_MOVE_LEFT),
                    ==, 1);
  g_assert_cmpuint (vtr_timeline_layout_navigate (layout, &view, 4, VTR_TIMELINE_MOVE_RIGHT),
                    ==, 4);
  g_assert_cmpuint (vtr_timeline_layout_navigate (layout, &view, 0, VTR_TIMELINE_MOVE_LEFT),
                    ==, 0);
  g_assert_cmpuint (vtr_timeline_layout_navigate (layout, &view, 2, VTR_TIMELINE_MOVE_FIRST),
                    ==, 0);
  g_assert_cmpuint (vtr_timeline_layout_navigate (layout, &view, 2, VTR_TIMELINE_MOVE_LAST),
                    ==, 4);

  /* With nothing selected, an arrow picks the first event in view. */
  g_assert_cmpuint (vtr_timeline_layout_navigate (layout, &view, VTR_TIMELINE_NO_ITEM,
                                                  VTR_TIMELINE_MOVE_RIGHT), ==, 2);
  view.first_year = 2030;
  g_assert_cmpuint (vtr_timeline_layout_navigate (layout, &view, VTR_TIMELINE_NO_ITEM,
                                                  VTR_TIMELINE_MOVE_LEFT), ==, 4);

  /* Right to left, Left goes forward in time. */
  view.rtl = TRUE;
  g_assert_cmpuint (vtr_timeline_layout_navigate (layout, &view, 2, VTR_TIMELINE_MOVE_LEFT),
                    ==, 3);
  g_assert_cmpuint (vtr_timeline_layout_navigate (layout, &view, 2, VTR_TIMELINE_MOVE_RIGHT),
                    ==, 1);

  g_assert_cmpuint (vtr_timeline_layout_navigate (empty, &view, VTR_TIMELINE_NO_ITEM,
                                                  VTR_TIMELINE_MOVE_FIRST), ==,
                    VTR_TIMELINE_NO_ITEM);
}

static void
test_scroll_to_item (void)
{
  const double starts[] = { 2014.2, 2019.5, 2023.9 };
  g_autoptr(VtrTimelineLayout) layout = layout_of (starts, NULL, 3, 100);
  VtrTimelineView view = { .first_year = 2014, .pixels_per_year = 400, .width = 800 };
  double first;

  vtr_timeline_layout_include (layout, 2014, 2024);
  vtr_timeline_layout_assign_lanes (layout, view.pixels_per_year, &metrics, 4);

  /* Already in view: nothing moves. */
  first = vtr_timeline_layout_scroll_to_item (layout, &view, &metrics, 0, 20);
  g_assert_cmpfloat (first, ==, 2014);

  /* Ahead of the view: it moves just far enough to show the label and the margin. */
  first = vtr_timeline_layout_scroll_to_item (layout, &view, &metrics, 1, 20);
  view.first_year = first;
  g_assert_cmpfloat_with_epsilon (vtr_timeline_view_year_to_x (&view, 2019.5) + 100 + 20, 800,
                                  1e-6);

  /* The last item is flipped, so it ends at its date; the margin follows that. */
  first = vtr_timeline_layout_scroll_to_item (layout, &view, &metrics, 2, 20);
  g_assert_true (vtr_timeline_layout_is_flipped (layout, 2));
  g_assert_cmpfloat_with_epsilon (first, 2023.9 + 0.05 - 2, 1e-9);

  /* Near the end of the span, the view stops at the end. */
  first = vtr_timeline_layout_scroll_to_item (layout, &view, &metrics, 2, 200);
  g_assert_cmpfloat_with_epsilon (first, 2022, 1e-9);

  /* Back to the start, clamped at the start. */
  view.first_year = first;
  first = vtr_timeline_layout_scroll_to_item (layout, &view, &metrics, 0, 200);
  g_assert_cmpfloat (first, ==, 2014);
}

/* A pack of ten thousand events: everything the band relies on still holds. */
static void
test_ten_thousand (void)
{
  const guint n_items = 10000;
  const guint max_lanes = 12;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20141119);
  g_autoptr(VtrTimelineLayout) layout = vtr_timeline_layout_new ();
  g_autofree double *widths = g_new (double, n_items);
  const double zooms[] = { 128, 300, 1280, 5000 };

  for (guint i = 0; i < n_items; i++)
    {
      double start = g_rand_double_range (rand, 1990, 2030);
      double end = g_rand_int_range (rand, 0, 10) == 0
                 ? start + g_rand_double_range (rand, 0, 3) : start;

      widths[i] = g_rand_double_range (rand, 40, 220);
      vtr_timeline_layout_add_item (layout, i, start, end, widths[i]);
    }

  g_assert_cmpuint (vtr_timeline_layout_get_n_items (layout), ==, n_items);
  g_assert_cmpint (vtr_timeline_layout_get_first_year (layout), ==, 1990);
  g_assert_cmpint (vtr_timeline_layout_get_last_year (layout), >=, 2029);

  for (guint i = 0; i < n_items; i++)
    {
      guint id = vtr_timeline_layout_get_id (layout, i);

      g_assert_cmpuint (vtr_timeline_layout_find_id (layout, id), ==, i);
      if (i > 0)
        g_assert_cmpfloat (vtr_timeline_layout_get_start (layout, i - 1), <=,
                           vtr_timeline_layout_get_start (layout, i));
    }

  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    {
      VtrTimelineView view = { .pixels_per_year = zooms[z], .width = 1280 };
      guint n_lanes = vtr_timeline_layout_assign_lanes (layout, zooms[z], &metrics, max_lanes);
      g_autofree double *lane_end = g_new (double, max_lanes);

      g_assert_cmpuint (n_lanes, <=, max_lanes);
      g_assert_cmpuint (n_lanes, ==, vtr_timeline_layout_get_n_lanes (layout));

      /* No two labelled items overlap in a lane, at this zoom or any closer one. */
      for (guint rtl = 0; rtl < 2; rtl++)
        {
          view.rtl = rtl;
          view.first_year = 1990;

          for (double zoom = zooms[z]; zoom <= zooms[z] * 4; zoom *= 2)
            {
              view.pixels_per_year = zoom;
              for (guint lane = 0; lane < max_lanes; lane++)
                lane_end[lane] = -G_MAXDOUBLE;

              for (guint i = 0; i < n_items; i++)
                {
                  guint lane = vtr_timeline_layout_get_lane (layout, i);
                  double x0, x1;

                  g_assert_cmpuint (lane, <, n_lanes);
                  if (vtr_timeline_layout_is_compact (layout, i))
                    {
                      g_assert_cmpuint (lane, ==, n_lanes - 1);
                      continue;
                    }

                  vtr_timeline_layout_get_extent (layout, &view, &metrics, i, &x0, &x1);
                  g_assert_cmpfloat (x1 - x0, >=, widths[vtr_timeline_layout_get_id (layout, i)]
                                                  - 1e-6);
                  /* Walk forward in time whichever way it runs on screen. */
                  if (rtl)
                    {
                      double mirrored = x0;

                      x0 = -x1;
                      x1 = -mirrored;
                    }
                  g_assert_cmpfloat (x0, >=, lane_end[lane] - 1e-6);
                  lane_end[lane] = x1;
                }
            }
          view.pixels_per_year = zooms[z];
        }

      /* The visible range holds every item that shows, and hit-testing agrees with a brute
       * force search for the topmost item under the point. */
      for (guint trial = 0; trial < 40; trial++)
        {
          guint begin, end;

          view.rtl = trial % 2;
          view.first_year = g_rand_double_range (rand, 1989, 2030);
          vtr_timeline_layout_get_visible_range (layout, &view, &metrics, &begin, &end);

          for (guint i = 0; i < n_items; i++)
            {
              double x0, x1;

              vtr_timeline_layout_get_extent (layout, &view, &metrics, i, &x0, &x1);
              if (x1 >= 0 && x0 <= view.width)
                {
                  g_assert_cmpuint (i, >=, begin);
                  g_assert_cmpuint (i, <, end);
                }
            }

          for (guint point = 0; point < 20; point++)
            {
              double x = g_rand_double_range (rand, 0, view.width);
              double y = g_rand_double_range (rand, 0, metrics.lanes_top +
                                                       n_lanes * metrics.lane_height);
              guint expected = VTR_TIMELINE_NO_ITEM;
              guint hit = vtr_timeline_layout_hit_test (layout, &view, &metrics, x, y);

              for (guint i = n_items; i > 0 && expected == VTR_TIMELINE_NO_ITEM; i--)
                {
                  guint lane = vtr_timeline_layout_get_lane (layout, i - 1);
                  double top = metrics.lanes_top + lane * metrics.lane_height;
                  double x0, x1, y0 = top, y1 = top + metrics.item_height;

                  if (vtr_timeline_layout_is_compact (layout, i - 1))
                    {
                      y0 = top + (metrics.item_height - metrics.dot_size) / 2;
                      y1 = y0 + metrics.dot_size;
                    }

                  vtr_timeline_layout_get_extent (layout, &view, &metrics, i - 1, &x0, &x1);
                  if (x >= x0 && x <= x1 && y >= y0 && y <= y1)
                    expected = i - 1;
                }

              g_assert_cmpuint (hit, ==, expected);
            }
        }
    }

  /* Right arrows walk every event in date order, and left arrows walk back in right to
   * left. */
  {
    VtrTimelineView view = { .first_year = 1990, .pixels_per_year = 128, .width = 1280 };
    guint current = vtr_timeline_layout_navigate (layout, &view, VTR_TIMELINE_NO_ITEM,
                                                  VTR_TIMELINE_MOVE_FIRST);
    guint steps = 0;

    while (TRUE)
      {
        guint next = vtr_timeline_layout_navigate (layout, &view, current,
                                                   VTR_TIMELINE_MOVE_RIGHT);

        if (next == current)
          break;
        g_assert_cmpuint (next, ==, current + 1);
        current = next;
        steps++;
      }
    g_assert_cmpuint (steps, ==, n_items - 1);

    view.rtl = TRUE;
    g_assert_cmpuint (vtr_timeline_layout_navigate (layout, &view, current,
                                                    VTR_TIMELINE_MOVE_RIGHT), ==, n_items - 2);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline-layout/date-range", test_date_range);
  g_test_add_func ("/timeline-layout/span", test_span);
  g_test_add_func ("/timeline-layout/view", test_view);
  g_test_add_func ("/timeline-layout/ticks", test_ticks);
  g_test_add_func ("/timeline-layout/lanes", test_lanes);
  g_test_add_func ("/timeline-layout/overflow-strip", test_overflow_strip);
  g_test_add_func ("/timeline-layout/order", test_order);
  g_test_add_func ("/timeline-layout/hit-test", test_hit_test);
  g_test_add_func ("/timeline-layout/flip-at-end", test_flip_at_end);
  g_test_add_func ("/timeline-layout/navigate", test_navigate);
  g_test_add_func ("/timeline-layout/scroll-to-item", test_scroll_to_item);
  g_test_add_func ("/timeline-layout/ten-thousand", test_ten_thousand);

  return g_test_run ();
}
