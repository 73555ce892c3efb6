/* test-tour-page.c: the stops of a tour against a real display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "vtr-pack-loader.h"
#include "vtr-tour-page.h"
#include "vtr-tour-stop-row.h"

typedef struct
{
  VtrPack   *pack;
  GtkWidget *window;
  GtkWidget *page;
  char      *last_action;
} Fixture;

static VtrPack *
load_pack (GFile *location)
{
  g_autoptr(VtrPackLoader) loader = vtr_pack_loader_new (location);
  g_autoptr(GError) error = NULL;
  VtrPack *pack = vtr_pack_loader_load (loader, &error);

  g_assert_no_error (error);

  return pack;
}

static void
spin (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static void
record_action_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  Fixture       *fixture)
{
  g_free (fixture->last_action);
  fixture->last_action = g_strdup_printf ("%s %s", g_action_get_name (G_ACTION (action)),
                                          g_variant_get_string (parameter, NULL));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static const char *names[] = { "show-exhibit", "show-event", "show-figure" };
  g_autoptr(GFile) location = vtr_pack_get_builtin_location ();
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GSimpleAction) action = g_simple_action_new (names[i], G_VARIANT_TYPE_STRING);

      g_signal_connect (action, "activate", G_CALLBACK (record_action_cb), fixture);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
    }

  fixture->pack = load_pack (location);
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 600);
  gtk_widget_insert_action_group (fixture->window, "win", G_ACTION_GROUP (group));
  fixture->page = vtr_tour_page_new ();
  g_object_set (fixture->page,
                "pack", fixture->pack,
                "tour", vtr_pack_find_tour (fixture->pack, "decade-talk"),
                NULL);
  gtk_window_set_child (GTK_WINDOW (fixture->window), fixture->page);
  gtk_window_present (GTK_WINDOW (fixture->window));
  spin (100);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->pack);
  g_clear_pointer (&fixture->last_action, g_free);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (has_label (child, text))
        return TRUE;
    }

  return FALSE;
}

static void
test_lists_stops_in_order (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkListView *view = GTK_LIST_VIEW (find_descendant (fixture->page, GTK_TYPE_LIST_VIEW));
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
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal", NULL);
  g_autoptr(GFile) location = g_file_new_for_path (path);
  g_autoptr(VtrPack) minimal = load_pack (location);

  g_object_set (fixture->page,
                "pack", minimal,
                "tour", vtr_pack_find_tour (minimal, "guided-talk"),
                NULL);
  spin (100);

  /* An exhibit by its title, an event by its date and a figure by its value and unit. */
  g_assert_true (has_label (fixture->page, "Red square"));
  g_assert_true (has_label (fixture->page, "1 min"));
  g_assert_true (has_label (fixture->page, "Start with the first shape."));
  g_assert_true (has_label (fixture->page, "45 s"));
  g_assert_true (has_label (fixture->page, "30 s"));
  g_assert_nonnull (find_descendant (fixture->page, VTR_TYPE_TOUR_STOP_ROW));
}

static void
test_activating_stops (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *view = find_descendant (fixture->page, GTK_TYPE_LIST_VIEW);

  g_signal_emit_by_name (view, "activate", 1);
  g_assert_cmpstr (fixture->last_action, ==, "show-event 2014-first-summit");

  g_signal_emit_by_name (view, "activate", 2);
  g_assert_cmpstr (fixture->last_action, ==, "show-exhibit wuzhen-permanent-site");

  g_signal_emit_by_name (view, "activate", 13);
  g_assert_cmpstr (fixture->last_action, ==, "show-figure guests-2022");

  /* The heading is not a stop. */
  g_clear_pointer (&fixture->last_action, g_free);
  g_signal_emit_by_name (view, "activate", 0);
  g_assert_null (fixture->last_action);
}

static void
test_no_tour (Fixture       *fixture,
              gconstpointer  data)
{
  GtkListView *view = GTK_LIST_VIEW (find_descendant (fixture->page, GTK_TYPE_LIST_VIEW));

  vtr_tour_page_set_tour (VTR_TOUR_PAGE (fixture->page), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (view))),
                    ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  vtr_ensure_resources ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/tour-page/lists-stops-in-order", test_lists_stops_in_order);
  ADD ("/tour-page/rows-describe-their-stops", test_rows_describe_their_stops);
  ADD ("/tour-page/activating-stops", test_activating_stops);
  ADD ("/tour-page/no-tour", test_no_tour);

#undef ADD

  return g_test_run ();
}
