/* test-gallery-page.c: the exhibits gallery against a real display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "vtr-gallery-page.h"
#include "vtr-pack-loader.h"

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
  g_autoptr(GFile) location = vtr_pack_get_builtin_location ();
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) show_exhibit = g_simple_action_new ("show-exhibit",
                                                               G_VARIANT_TYPE_STRING);

  g_signal_connect (show_exhibit, "activate", G_CALLBACK (record_action_cb), fixture);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (show_exhibit));

  fixture->pack = load_pack (location);
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 600);
  gtk_widget_insert_action_group (fixture->window, "win", G_ACTION_GROUP (group));
  fixture->page = vtr_gallery_page_new ();
  vtr_gallery_page_set_pack (VTR_GALLERY_PAGE (fixture->page), fixture->pack);
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

static void
collect_toggles (GtkWidget *widget,
                 GPtrArray *toggles)
{
  if (GTK_IS_TOGGLE_BUTTON (widget))
    g_ptr_array_add (toggles, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_toggles (child, toggles);
}

/* The label of the only toggle that is on. */
static const char *
active_toggle_label (GtkWidget *page)
{
  g_autoptr(GPtrArray) toggles = g_ptr_array_new ();
  GtkWidget *active = NULL;

  collect_toggles (page, toggles);
  for (guint i = 0; i < toggles->len; i++)
    {
      if (gtk_toggle_button_get_active (toggles->pdata[i]))
        {
          g_assert_null (active);
          active = toggles->pdata[i];
        }
    }

  g_assert_nonnull (active);

  return gtk_label_get_text (GTK_LABEL (find_descendant (active, GTK_TYPE_LABEL)));
}

/* The page's own stack, not the one inside the sort drop-down. */
static GtkStack *
find_page_stack (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "exhibits") != NULL)
    return GTK_STACK (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *found = find_page_stack (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
toggle_with_label (GtkWidget  *page,
                   const char *label)
{
  g_autoptr(GPtrArray) toggles = g_ptr_array_new ();

  collect_toggles (page, toggles);
  for (guint i = 0; i < toggles->len; i++)
    {
      GtkWidget *text = find_descendant (toggles->pdata[i], GTK_TYPE_LABEL);

      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (text)), label) == 0)
        return toggles->pdata[i];
    }

  return NULL;
}

static guint
grid_items (GtkWidget *page)
{
  GtkGridView *grid = GTK_GRID_VIEW (find_descendant (page, GTK_TYPE_GRID_VIEW));

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_grid_view_get_model (grid)));
}

static void
test_shows_all_exhibits (Fixture       *fixture,
                         gconstpointer  data)
{
  GListModel *visible = vtr_gallery_page_get_visible_exhibits (VTR_GALLERY_PAGE (fixture->page));
  g_autoptr(GListModel) property = NULL;

  g_object_get (fixture->page, "visible-exhibits", &property, NULL);
  g_assert_true (property == visible);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==,
                    g_list_model_get_n_items (vtr_pack_get_exhibits (fixture->pack)));
  g_assert_cmpuint (grid_items (fixture->page), ==, g_list_model_get_n_items (visible));
  g_assert_null (vtr_gallery_page_get_category (VTR_GALLERY_PAGE (fixture->page)));
  g_assert_cmpstr (active_toggle_label (fixture->page), ==, "All");
}

static void
test_category_property_moves_toggles (Fixture       *fixture,
                                      gconstpointer  data)
{
  GListModel *visible = vtr_gallery_page_get_visible_exhibits (VTR_GALLERY_PAGE (fixture->page));

  g_object_set (fixture->page, "category", "networks", NULL);
  spin (50);

  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 4);
  g_assert_cmpuint (grid_items (fixture->page), ==, 4);
  g_assert_cmpstr (active_toggle_label (fixture->page), ==, "Networks");

  /* An id the pack does not have shows everything rather than nothing. */
  vtr_gallery_page_set_category (VTR_GALLERY_PAGE (fixture->page), "no-such-category");
  g_assert_null (vtr_gallery_page_get_category (VTR_GALLERY_PAGE (fixture->page)));
  g_assert_cmpstr (active_toggle_label (fixture->page), ==, "All");
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_toggles_set_category (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *cybersecurity = toggle_with_label (fixture->page, "Cybersecurity");
  guint notifications = 0;

  g_signal_connect (fixture->page, "notify::category", G_CALLBACK (count_cb), &notifications);
  g_assert_nonnull (cybersecurity);

  g_signal_emit_by_name (cybersecurity, "clicked");
  g_assert_cmpstr (vtr_gallery_page_get_category (VTR_GALLERY_PAGE (fixture->page)), ==,
                   "security");
  g_assert_cmpuint (notifications, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (
                      vtr_gallery_page_get_visible_exhibits (VTR_GALLERY_PAGE (fixture->page))),
                    ==, 3);

  g_signal_emit_by_name (toggle_with_label (fixture->page, "All"), "clicked");
  g_assert_null (vtr_gallery_page_get_category (VTR_GALLERY_PAGE (fixture->page)));
  g_assert_cmpuint (notifications, ==, 2);
}

static void
test_activating_a_card (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *grid = find_descendant (fixture->page, GTK_TYPE_GRID_VIEW);
  g_autoptr(VtrExhibit) second = NULL;
  g_autofree char *expected = NULL;

  vtr_gallery_page_set_category (VTR_GALLERY_PAGE (fixture->page), "ai");
  second = g_list_model_get_item (
    vtr_gallery_page_get_visible_exhibits (VTR_GALLERY_PAGE (fixture->page)), 1);
  expected = g_strdup_printf ("show-exhibit %s", vtr_exhibit_get_id (second));

  g_signal_emit_by_name (grid, "activate", 1);
  g_assert_cmpstr (fixture->last_action, ==, expected);
}

static void
test_reset (Fixture       *fixture,
            gconstpointer  data)
{
  GtkDropDown *sort = GTK_DROP_DOWN (find_descendant (fixture->page, GTK_TYPE_DROP_DOWN));
  GListModel *visible = vtr_gallery_page_get_visible_exhibits (VTR_GALLERY_PAGE (fixture->page));
  g_autoptr(VtrExhibit) first_by_title = NULL;
  g_autoptr(VtrExhibit) first_by_year = NULL;

  vtr_gallery_page_set_category (VTR_GALLERY_PAGE (fixture->page), "reports");
  gtk_drop_down_set_selected (sort, 1);
  first_by_title = g_list_model_get_item (visible, 0);
  g_assert_cmpstr (vtr_exhibit_get_id (first_by_title), ==, "ai-action-plan");

  vtr_gallery_page_reset (VTR_GALLERY_PAGE (fixture->page));
  g_assert_null (vtr_gallery_page_get_category (VTR_GALLERY_PAGE (fixture->page)));
  g_assert_cmpuint (gtk_drop_down_get_selected (sort), ==, 0);
  first_by_year = g_list_model_get_item (visible, 0);
  g_assert_cmpint (vtr_exhibit_get_year (first_by_year), ==, 2014);
}

static void
test_new_pack (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal", NULL);
  g_autoptr(GFile) minimal_location = g_file_new_for_path (path);
  g_autoptr(VtrPack) minimal = load_pack (minimal_location);
  GListModel *visible = vtr_gallery_page_get_visible_exhibits (VTR_GALLERY_PAGE (fixture->page));

  vtr_gallery_page_set_category (VTR_GALLERY_PAGE (fixture->page), "networks");
  vtr_gallery_page_set_pack (VTR_GALLERY_PAGE (fixture->page), minimal);
  spin (50);

  /* The minimal pack has no "networks", so the gallery shows all of its exhibits. */
  g_assert_null (vtr_gallery_page_get_category (VTR_GALLERY_PAGE (fixture->page)));
  g_assert_true (vtr_gallery_page_get_visible_exhibits (VTR_GALLERY_PAGE (fixture->page)) ==
                 visible);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);
  g_assert_nonnull (toggle_with_label (fixture->page, "Shapes"));
  g_assert_null (toggle_with_label (fixture->page, "Networks"));
}

static void
test_empty_state (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkStack *stack = find_page_stack (fixture->page);
  g_autoptr(GListStore) categories = g_list_store_new (VTR_TYPE_CATEGORY);
  g_autoptr(GListStore) exhibits = g_list_store_new (VTR_TYPE_EXHIBIT);
  g_autoptr(VtrCategory) empty_category = g_object_new (VTR_TYPE_CATEGORY,
                                                        "id", "empty",
                                                        "name", "Empty",
                                                        "icon-name", "view-grid-symbolic",
                                                        "color", "#1c71d8",
                                                        NULL);
  g_autoptr(VtrPack) pack = NULL;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "exhibits");

  g_list_store_append (categories, empty_category);
  pack = g_object_new (VTR_TYPE_PACK,
                       "id", "empty",
                       "title", "Empty",
                       "categories", categories,
                       "exhibits", exhibits,
                       NULL);
  vtr_gallery_page_set_pack (VTR_GALLERY_PAGE (fixture->page), pack);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  vtr_gallery_page_set_pack (VTR_GALLERY_PAGE (fixture->page), fixture->pack);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "exhibits");
}

static void
test_page_is_finalized (void)
{
  g_autoptr(GFile) location = vtr_pack_get_builtin_location ();
  g_autoptr(VtrPack) pack = load_pack (location);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = vtr_gallery_page_new ();

  vtr_gallery_page_set_pack (VTR_GALLERY_PAGE (page), pack);
  vtr_gallery_page_set_category (VTR_GALLERY_PAGE (page), "ai");
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);

  g_object_ref (page);
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
  g_assert_finalize_object (page);
  g_assert_cmpint (G_OBJECT (pack)->ref_count, ==, 1);
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

  ADD ("/gallery-page/shows-all-exhibits", test_shows_all_exhibits);
  ADD ("/gallery-page/category-property-moves-toggles", test_category_property_moves_toggles);
  ADD ("/gallery-page/toggles-set-category", test_toggles_set_category);
  ADD ("/gallery-page/activating-a-card", test_activating_a_card);
  ADD ("/gallery-page/reset", test_reset);
  ADD ("/gallery-page/new-pack", test_new_pack);
  ADD ("/gallery-page/empty-state", test_empty_state);
  g_test_add_func ("/gallery-page/is-finalized", test_page_is_finalized);

#undef ADD

  return g_test_run ();
}
