/* test-window.c: the main window against a real display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "vtr-test-utils.h"
#include "vtr-exhibit-page.h"
#include "vtr-gallery-page.h"
#include "vtr-overview-page.h"
#include "vtr-search-page.h"
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
  vtr_window_go_to (VTR_WINDOW (window), "view:exhibits");
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
  vtr_window_go_to (VTR_WINDOW (window), "view:exhibits");
  vtr_test_spin (100);
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

static guint
count_descendants (GtkWidget *window,
                   GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  vtr_test_collect_descendants (window, type, found);

  return found->len;
}

/* A window builds the page it shows and no other; the rest are built when first visited, and
 * once only. */
static void
test_pages_are_built_when_needed (void)
{
  g_autoptr(VtrContentManager) content = vtr_test_builtin_content ();
  GtkWidget *window = new_window (content);

  vtr_window_go_to (VTR_WINDOW (window), "view:overview");
  gtk_window_present (GTK_WINDOW (window));
  vtr_test_spin (100);
  g_assert_cmpuint (count_descendants (window, VTR_TYPE_OVERVIEW_PAGE), ==, 1);
  g_assert_cmpuint (count_descendants (window, VTR_TYPE_GALLERY_PAGE), ==, 0);
  g_assert_cmpuint (count_descendants (window, VTR_TYPE_TIMELINE_PAGE), ==, 0);
  g_assert_cmpuint (count_descendants (window, VTR_TYPE_EXHIBIT_PAGE), ==, 0);
  g_assert_cmpuint (count_descendants (window, VTR_TYPE_SEARCH_PAGE), ==, 0);

  vtr_window_go_to (VTR_WINDOW (window), "exhibit:light-of-internet-expo");
  vtr_test_spin (100);
  g_assert_cmpstr (vtr_window_get_location (VTR_WINDOW (window)), ==,
                   "exhibit:light-of-internet-expo");
  g_assert_cmpuint (count_descendants (window, VTR_TYPE_EXHIBIT_PAGE), ==, 1);
  g_assert_cmpuint (count_descendants (window, VTR_TYPE_TIMELINE_PAGE), ==, 0);

  vtr_window_go_to (VTR_WINDOW (window), "view:timeline");
  vtr_window_go_to (VTR_WINDOW (window), "view:exhibits");
  vtr_window_go_to (VTR_WINDOW (window), "view:timeline");
  vtr_test_spin (100);
  g_assert_cmpuint (count_descendants (window, VTR_TYPE_TIMELINE_PAGE), ==, 1);
  g_assert_cmpuint (count_descendants (window, VTR_TYPE_GALLERY_PAGE), ==, 1);
  g_assert_cmpuint (count_descendants (window, VTR_TYPE_OVERVIEW_PAGE), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
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

#define MARKUP "<b>bold</b> &amp; <i>x</i>"

/* Counts the labels under @widget whose text holds the planted markup, and asserts each one
 * shows it literally: a label that parsed it as markup would show "bold & x" instead. (A
 * label may use markup when it escapes the content first, as the search page's status does.) */
static void
check_labels_are_literal (GtkWidget *widget,
                          GHashTable *seen)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_labels_are_literal (child, seen);

  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), "bold") != NULL)
    {
      const char *shown = gtk_label_get_text (GTK_LABEL (widget));

      if (strstr (shown, MARKUP) == NULL)
        g_error ("A label shows '%s' for the text '%s'", shown,
                 gtk_label_get_label (GTK_LABEL (widget)));
      g_hash_table_add (seen, g_strdup (shown));
    }
}

static void
test_markup_shows_literally (void)
{
  static const char *locations[] = {
    "view:overview", "view:exhibits", "view:timeline", "exhibit:red-square", "event:opening",
    "tour:guided-talk", "search:bold",
  };
  g_autoptr(VtrContentManager) content = vtr_content_manager_new ();
  g_autoptr(GFile) folder = vtr_test_source_file ("data/markup");
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GtkWidget *window;

  /* Every text field of this pack starts with markup and control characters. */
  g_assert_true (vtr_content_manager_open_folder (content, folder));
  window = new_window (content);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  vtr_test_spin (200);

  for (guint i = 0; i < G_N_ELEMENTS (locations); i++)
    {
      vtr_window_go_to (VTR_WINDOW (window), locations[i]);
      vtr_test_spin (300);
      g_assert_cmpstr (vtr_window_get_location (VTR_WINDOW (window)), ==, locations[i]);
      check_labels_are_literal (window, seen);
    }

  /* Titles, exhibitors, summaries, body text, facts, sources, events, tours, categories and
   * figures: dozens of different texts were seen, not one or two. */
  g_test_message ("%u distinct labels held markup", g_hash_table_size (seen));
  g_assert_cmpuint (g_hash_table_size (seen), >=, 20);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
add_weak_pointers (GtkWidget *widget,
                   GPtrArray *pointers)
{
  const char *name = G_OBJECT_TYPE_NAME (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    add_weak_pointers (child, pointers);

  /* Our own widgets: pages, cards, rows, the timeline band. */
  if (g_str_has_prefix (name, "Vtr"))
    {
      gpointer *pointer = g_new (gpointer, 1);

      *pointer = widget;
      g_object_add_weak_pointer (G_OBJECT (widget), pointer);
      g_ptr_array_add (pointers, pointer);
    }
}

static void
test_pages_and_models_are_finalized (void)
{
  static const char *locations[] = {
    "view:overview", "view:exhibits", "view:timeline", "exhibit:ipv6", "event:2021-quic",
    "tour:decade-talk", "search:summit", "view:overview",
  };
  VtrContentManager *content = vtr_test_builtin_content ();
  g_autoptr(GPtrArray) pointers = g_ptr_array_new_with_free_func (g_free);
  GObject *pack = G_OBJECT (vtr_content_manager_get_pack (content));
  GObject *exhibits = G_OBJECT (vtr_pack_get_exhibits (VTR_PACK (pack)));
  GObject *first_exhibit = g_list_model_get_item (G_LIST_MODEL (exhibits), 0);
  GtkWidget *window = new_window (content);

  g_object_unref (first_exhibit);
  g_object_add_weak_pointer (pack, (gpointer *)&pack);
  g_object_add_weak_pointer (exhibits, (gpointer *)&exhibits);
  g_object_add_weak_pointer (first_exhibit, (gpointer *)&first_exhibit);

  /* Visit every page, so that each one is built and filled. */
  gtk_window_present (GTK_WINDOW (window));
  vtr_test_spin (200);
  for (guint i = 0; i < G_N_ELEMENTS (locations); i++)
    {
      vtr_window_go_to (VTR_WINDOW (window), locations[i]);
      vtr_test_spin (200);
      add_weak_pointers (window, pointers);
    }
  g_test_message ("%u widgets of ours watched", pointers->len);
  g_assert_cmpuint (pointers->len, >=, 20);

  /* Closing the window takes every page, card and row with it... */
  gtk_window_destroy (GTK_WINDOW (window));
  vtr_test_spin (200);
  for (guint i = 0; i < pointers->len; i++)
    {
      gpointer *pointer = pointers->pdata[i];

      if (*pointer != NULL)
        g_error ("A %s outlived its window", G_OBJECT_TYPE_NAME (*pointer));
    }

  /* ...and dropping the content takes the pack and its models. */
  g_assert_nonnull (pack);
  g_object_unref (content);
  g_assert_null (pack);
  g_assert_null (exhibits);
  g_assert_null (first_exhibit);
}

int
main (int   argc,
      char *argv[])
{
  vtr_test_init_with_display (&argc, &argv);

  g_test_add_func ("/window/gallery-shows-pack", test_gallery_shows_pack);
  g_test_add_func ("/window/gallery-follows-content", test_gallery_follows_content);
  g_test_add_func ("/window/pages-are-built-when-needed", test_pages_are_built_when_needed);
  g_test_add_func ("/window/size-is-remembered", test_size_is_remembered);
  g_test_add_func ("/window/last-screen-is-restored", test_last_screen_is_restored);
  g_test_add_func ("/window/take-place", test_take_place);
  g_test_add_func ("/window/is-finalized", test_window_is_finalized);
  g_test_add_func ("/window/markup-shows-literally", test_markup_shows_literally);
  g_test_add_func ("/window/pages-and-models-are-finalized", test_pages_and_models_are_finalized);

  return g_test_run ();
}
