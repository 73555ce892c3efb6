/* test-timeline-rows.c: the narrow timeline's list of years and events
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-test-utils.h"
#include "vtr-timeline-rows.h"
#include "vtr-timeline-year.h"

static VtrEvent *
event_on (const char *id,
          const char *date)
{
  return g_object_new (VTR_TYPE_EVENT, "id", id, "date", date, "title", id, NULL);
}

static GListModel *
events_of (const char * const *dates)
{
  GListStore *store = g_list_store_new (VTR_TYPE_EVENT);

  for (guint i = 0; dates[i] != NULL; i++)
    {
      g_autofree char *id = g_strdup_printf ("event-%u", i);
      g_autoptr(VtrEvent) event = event_on (id, dates[i]);

      g_list_store_append (store, event);
    }

  return G_LIST_MODEL (store);
}

static void
assert_heading (GListModel *rows,
                guint       position,
                int         year,
                guint       n_events)
{
  g_autoptr(GObject) item = g_list_model_get_item (rows, position);

  g_assert_true (VTR_IS_TIMELINE_YEAR (item));
  g_assert_cmpint (vtr_timeline_year_get_year (VTR_TIMELINE_YEAR (item)), ==, year);
  g_assert_cmpuint (vtr_timeline_year_get_n_events (VTR_TIMELINE_YEAR (item)), ==, n_events);
}

static void
assert_event (GListModel *rows,
              guint       position,
              const char *id)
{
  g_autoptr(GObject) item = g_list_model_get_item (rows, position);

  g_assert_true (VTR_IS_EVENT (item));
  g_assert_cmpstr (vtr_event_get_id (VTR_EVENT (item)), ==, id);
}

static void
test_grouped_by_year (void)
{
  const char *dates[] = { "2014-11-19", "2014-12", "2016", "2016-03-02", "2016-07", NULL };
  g_autoptr(GListModel) events = events_of (dates);
  g_autoptr(VtrTimelineRows) rows = vtr_timeline_rows_new (events);
  GListModel *model = G_LIST_MODEL (rows);

  /* Two headings, for the two years that have events; none for 2015. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 7);
  assert_heading (model, 0, 2014, 2);
  assert_event (model, 1, "event-0");
  assert_event (model, 2, "event-1");
  assert_heading (model, 3, 2016, 3);
  assert_event (model, 4, "event-2");
  assert_event (model, 5, "event-3");
  assert_event (model, 6, "event-4");
  g_assert_null (g_list_model_get_item (model, 7));

  /* A row holds the pack's own event, so the page can open it by id. */
  {
    g_autoptr(GObject) row = g_list_model_get_item (model, 5);
    g_autoptr(GObject) event = g_list_model_get_item (events, 3);

    g_assert_true (row == event);
  }

  g_assert_cmpuint (vtr_timeline_rows_get_row_of_event (rows, 0), ==, 1);
  g_assert_cmpuint (vtr_timeline_rows_get_row_of_event (rows, 2), ==, 4);
  g_assert_cmpuint (vtr_timeline_rows_get_row_of_event (rows, 4), ==, 6);
  g_assert_cmpuint (vtr_timeline_rows_get_row_of_event (rows, 5), ==, G_MAXUINT);
}

static void
test_empty (void)
{
  g_autoptr(VtrTimelineRows) none = vtr_timeline_rows_new (NULL);
  g_autoptr(GListStore) store = g_list_store_new (VTR_TYPE_EVENT);
  g_autoptr(VtrTimelineRows) empty = vtr_timeline_rows_new (G_LIST_MODEL (store));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (none)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (empty)), ==, 0);
}

static void
test_builtin_pack (void)
{
  g_autoptr(VtrPack) pack = vtr_test_load_builtin_pack ();
  g_autoptr(VtrTimelineRows) rows = NULL;
  GListModel *events;
  guint n_events, n_headings = 0, n_counted = 0;
  int previous_year = 0;

  g_assert_nonnull (pack);
  events = vtr_pack_get_events (pack);
  n_events = g_list_model_get_n_items (events);
  rows = vtr_timeline_rows_new (events);

  /* Every event once, each heading counting the events under it, years rising. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rows)); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (rows), i);

      if (VTR_IS_TIMELINE_YEAR (item))
        {
          int year = vtr_timeline_year_get_year (VTR_TIMELINE_YEAR (item));

          g_assert_cmpint (year, >, previous_year);
          previous_year = year;
          n_headings++;
          n_counted += vtr_timeline_year_get_n_events (VTR_TIMELINE_YEAR (item));
        }
      else
        {
          g_autofree char *year = g_strdup_printf ("%d", previous_year);

          g_assert_true (g_str_has_prefix (vtr_event_get_date (VTR_EVENT (item)), year));
        }
    }

  g_assert_cmpuint (n_counted, ==, n_events);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, n_events + n_headings);
  g_assert_cmpint (previous_year, ==, 2023);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline-rows/grouped-by-year", test_grouped_by_year);
  g_test_add_func ("/timeline-rows/empty", test_empty);
  g_test_add_func ("/timeline-rows/builtin-pack", test_builtin_pack);

  return g_test_run ();
}
