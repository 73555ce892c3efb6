/* test-window.c: the main window against a real display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "vtr-test-utils.h"
#include "vtr-timeline-page.h"
#include "vtr-window.h"

static GtkWidget *
new_window (VtrContentManager *content)
{
  return g_object_new (VTR_TYPE_WINDOW, "content-manager", content, NULL);
}

static void
test_gallery_shows_pack (void)
{
  g_autoptr(VtrContentManager) content = vtr_test_builtin_content ();
  GtkWidget *window = new_window (content);
  GtkGridView *gallery;
  GtkSelectionModel *model;

  gtk_window_present (GTK_WINDOW (window));
  vtr_test_spin (200);

  gallery = GTK_GRID_VIEW (vtr_test_find_descendant (window, GTK_TYPE_GRID_VIEW));
  g_assert_nonnull (gallery);
  model = gtk_grid_view_get_model (gallery);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==,
                    g_list_model_get_n_items (
                      vtr_pack_get_exhibits (vtr_content_manager_get_pack (content))));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_gallery_follows_content (void)
{
  g_autoptr(VtrContentManager) content = vtr_test_builtin_content ();
  g_autoptr(GFile) minimal = vtr_test_source_file ("data/minimal");
  GtkWidget *window = new_window (content);
  GtkGridView *gallery;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (vtr_content_manager_open_folder (content, minimal));
  vtr_test_spin (100);

  gallery = GTK_GRID_VIEW (vtr_test_find_descendant (window, GTK_TYPE_GRID_VIEW));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_grid_view_get_model (gallery))),
                    ==, 3);

  gtk_window_destroy (GTK_WINDOW (window));
}

static const char *
visible_page (GtkWidget *window)
{
  g_autoptr(GPtrArray) stacks = g_ptr_array_new ();

  /* The window's page stack is the one with an "exhibit" page. */
  vtr_test_collect_descendants (window, GTK_TYPE_STACK, stacks);
  for (guint i = 0; i < stacks->len; i++)
    {
      if (gtk_stack_get_child_by_name (stacks->pdata[i], "exhibit") != NULL)
        return gtk_stack_get_visible_child_name (stacks->pdata[i]);
    }

  g_assert_not_reached ();
}

static void
test_last_screen_is_restored (void)
{
  g_autoptr(VtrContentManager) content = vtr_test_builtin_content ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *window;

  g_settings_set_string (settings, "last-location", "exhibit:ipv6");
  window = new_window (content);
  gtk_window_present (GTK_WINDOW (window));
  vtr_test_spin (100);
  g_assert_cmpstr (visible_page (window), ==, "exhibit");

  /* Back leads to the gallery the exhibit belongs to, and the step is remembered. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "back", NULL);
  vtr_test_spin (100);
  g_assert_cmpstr (visible_page (window), ==, "main");
  vtr_test_assert_cmpstr_free (g_settings_get_string (settings, "last-location"),
                               "view:exhibits");

  /* A remembered exhibit that the pack no longer has falls back to the overview. */
  g_settings_set_string (settings, "last-location", "exhibit:no-such-exhibit");
  gtk_window_destroy (GTK_WINDOW (window));
  window = new_window (content);
  gtk_window_present (GTK_WINDOW (window));
  vtr_test_spin (100);
  g_assert_cmpstr (visible_page (window), ==, "main");
  vtr_test_assert_cmpstr_free (g_settings_get_string (settings, "last-location"),
                               "view:overview");

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "last-location");
}

static void
test_take_place (void)
{
  g_autoptr(VtrContentManager) content = vtr_test_builtin_content ();
  GtkWidget *before = new_window (content);
  GtkWidget *after = new_window (content);
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();

  gtk_window_present (GTK_WINDOW (before));
  vtr_window_go_to (VTR_WINDOW (before), "view:timeline");
  vtr_test_collect_descendants (before, VTR_TYPE_TIMELINE_PAGE, pages);
  g_assert_cmpuint (pages->len, ==, 1);
  vtr_timeline_page_focus_event (pages->pdata[0], "2019-sixth-summit");
  vtr_test_spin (100);

  /* A window built after a language switch shows what the old one showed. */
  vtr_window_take_place (VTR_WINDOW (after), VTR_WINDOW (before));
  gtk_window_present (GTK_WINDOW (after));
  vtr_test_spin (100);
  g_assert_cmpstr (vtr_window_get_location (VTR_WINDOW (after)), ==, "view:timeline");
  g_ptr_array_set_size (pages, 0);
  vtr_test_collect_descendants (after, VTR_TYPE_TIMELINE_PAGE, pages);
  g_assert_cmpstr (vtr_timeline_page_get_selected_event_id (pages->pdata[0]), ==,
                   "2019-sixth-summit");

  gtk_window_destroy (GTK_WINDOW (before));
  gtk_window_destroy (GTK_WINDOW (after));
}

static void
test_size_is_remembered (void)
{
  g_autoptr(VtrContentManager) content = vtr_test_builtin_content ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *window = new_window (content);
  GtkWidget *second;
  int width, height;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  gtk_window_present (GTK_WINDOW (window));
  vtr_test_spin (100);
  gtk_window_close (GTK_WINDOW (window));
  vtr_test_spin (100);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);

  second = new_window (content);
  gtk_window_get_default_size (GTK_WINDOW (second), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);
  gtk_window_destroy (GTK_WINDOW (second));
}

static void
test_window_is_finalized (void)
{
  g_autoptr(VtrContentManager) content = vtr_test_builtin_content ();
  GtkWidget *window = new_window (content);

  gtk_window_present (GTK_WINDOW (window));
  vtr_test_spin (200);

  vtr_test_destroy_and_assert_finalized (window, window);

  /* The content manager outlives its windows, with nothing left connected to it. */
  g_assert_cmpint (G_OBJECT (content)->ref_count, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  vtr_test_init_with_display (&argc, &argv);

  g_test_add_func ("/window/gallery-shows-pack", test_gallery_shows_pack);
  g_test_add_func ("/window/gallery-follows-content", test_gallery_follows_content);
  g_test_add_func ("/window/size-is-remembered", test_size_is_remembered);
  g_test_add_func ("/window/last-screen-is-restored", test_last_screen_is_restored);
  g_test_add_func ("/window/take-place", test_take_place);
  g_test_add_func ("/window/is-finalized", test_window_is_finalized);

  return g_test_run ();
}
