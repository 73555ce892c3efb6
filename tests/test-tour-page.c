/* test-tour-page.c: the stops of a tour against a real display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "vtr-test-utils.h"
#include "vtr-tour-page.h"
#include "vtr-tour-stop-row.h"

typedef VtrTestPageFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static const char * const names[] = { "show-exhibit", "show-event", "show-figure", NULL };

  vtr_test_page_fixture_set_up (fixture, vtr_tour_page_new (), names, 800, 600);
  vtr_tour_page_set_tour (VTR_TOUR_PAGE (fixture->page),
                          vtr_pack_find_tour (fixture->pack, "decade-talk"));
  vtr_test_spin (100);
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  return vtr_test_find_label (widget, text) != NULL;
}

static void
test_lists_stops_in_order (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkListView *view = GTK_LIST_VIEW (vtr_test_find_descendant (fixture->page, GTK_TYPE_LIST_VIEW));
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (view));
  VtrTour *tour = vtr_pack_find_tour (fixture->pack, "decade-talk");
  GListModel *stops = vtr_tour_get_stops (tour);
  g_autoptr(GObject) heading = g_list_model_get_item (model, 0);

  /* The tour heads its own stops. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, g_list_model_get_n_items (stops) + 1);
  g_assert_true (heading == G_OBJECT (tour));
  for (guint i = 0; i < g_list_model_get_n_items (stops); i++)
    {
      g_autoptr(GObject) stop = g_list_model_get_item (stops, i);
      g_autoptr(GObject) shown = g_list_model_get_item (model, i + 1);

      g_assert_true (stop == shown);
    }

  g_assert_true (has_label (fixture->page, "Ten years in ten minutes"));
  g_assert_true (has_label (fixture->page, "16 stops · 10 minutes"));
}

static void
test_rows_describe_their_stops (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GFile) location = vtr_test_source_file ("data/minimal");
  g_autoptr(VtrPack) minimal = vtr_test_load_pack (location);

  g_object_set (fixture->page,
                "pack", minimal,
                "tour", vtr_pack_find_tour (minimal, "guided-talk"),
                NULL);
  vtr_test_spin (100);

  /* An exhibit by its title, an event by its date and a figure by its value and unit. */
  g_assert_true (has_label (fixture->page, "Red square"));
  g_assert_true (has_label (fixture->page, "1 min"));
  g_assert_true (has_label (fixture->page, "Start with the first shape."));
  g_assert_true (has_label (fixture->page, "45 s"));
  g_assert_true (has_label (fixture->page, "30 s"));
  g_assert_nonnull (vtr_test_find_descendant (fixture->page, VTR_TYPE_TOUR_STOP_ROW));
}

static void
test_activating_stops (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *view = vtr_test_find_descendant (fixture->page, GTK_TYPE_LIST_VIEW);

  g_signal_emit_by_name (view, "activate", 1);
  g_assert_cmpstr (vtr_test_last_activation (fixture->activations), ==,
                   "show-event 2014-first-summit");

  g_signal_emit_by_name (view, "activate", 2);
  g_assert_cmpstr (vtr_test_last_activation (fixture->activations), ==,
                   "show-exhibit wuzhen-permanent-site");

  g_signal_emit_by_name (view, "activate", 13);
  g_assert_cmpstr (vtr_test_last_activation (fixture->activations), ==,
                   "show-figure guests-2022");

  /* The heading is not a stop. */
  g_ptr_array_set_size (fixture->activations, 0);
  g_signal_emit_by_name (view, "activate", 0);
  g_assert_null (vtr_test_last_activation (fixture->activations));
}

static void
test_no_tour (Fixture       *fixture,
              gconstpointer  data)
{
  GtkListView *view = GTK_LIST_VIEW (vtr_test_find_descendant (fixture->page, GTK_TYPE_LIST_VIEW));

  vtr_tour_page_set_tour (VTR_TOUR_PAGE (fixture->page), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (view))),
                    ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  vtr_test_init_with_display (&argc, &argv);

#define ADD(path, func) vtr_test_add_page_test (path, NULL, fixture_set_up, func)

  ADD ("/tour-page/lists-stops-in-order", test_lists_stops_in_order);
  ADD ("/tour-page/rows-describe-their-stops", test_rows_describe_their_stops);
  ADD ("/tour-page/activating-stops", test_activating_stops);
  ADD ("/tour-page/no-tour", test_no_tour);

#undef ADD

  return g_test_run ();
}
