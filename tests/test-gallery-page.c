/* test-gallery-page.c: the exhibits gallery against a real display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "vtr-exhibit-card.h"
#include "vtr-gallery-page.h"
#include "vtr-test-utils.h"

typedef VtrTestPageFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static const char * const names[] = { "show-exhibit", NULL };

  vtr_test_page_fixture_set_up (fixture, vtr_gallery_page_new (), names, 800, 600);
  vtr_test_spin (100);
}

/* The label of the only toggle that is on. */
static const char *
active_toggle_label (GtkWidget *page)
{
  g_autoptr(GPtrArray) toggles = g_ptr_array_new ();
  GtkWidget *active = NULL;

  vtr_test_collect_descendants (page, GTK_TYPE_TOGGLE_BUTTON, toggles);
  for (guint i = 0; i < toggles->len; i++)
    {
      if (gtk_toggle_button_get_active (toggles->pdata[i]))
        {
          g_assert_null (active);
          active = toggles->pdata[i];
        }
    }

  g_assert_nonnull (active);

  return gtk_label_get_text (GTK_LABEL (vtr_test_find_descendant (active, GTK_TYPE_LABEL)));
}

/* The page's own stack, not the one inside the sort drop-down. */
static gboolean
is_page_stack (GtkWidget     *widget,
               gconstpointer  data)
{
  return GTK_IS_STACK (widget)
         && gtk_stack_get_child_by_name (GTK_STACK (widget), "exhibits") != NULL;
}

static GtkWidget *
toggle_with_label (GtkWidget  *page,
                   const char *label)
{
  g_autoptr(GPtrArray) toggles = g_ptr_array_new ();

  vtr_test_collect_descendants (page, GTK_TYPE_TOGGLE_BUTTON, toggles);
  for (guint i = 0; i < toggles->len; i++)
    {
      GtkWidget *text = vtr_test_find_descendant (toggles->pdata[i], GTK_TYPE_LABEL);

      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (text)), label) == 0)
        return toggles->pdata[i];
    }

  return NULL;
}

static guint
grid_items (GtkWidget *page)
{
  GtkGridView *grid = GTK_GRID_VIEW (vtr_test_find_descendant (page, GTK_TYPE_GRID_VIEW));

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

static gboolean
first_card_has_picture (gconstpointer data)
{
  GtkWidget *card = vtr_test_find_descendant ((GtkWidget *) data, VTR_TYPE_EXHIBIT_CARD);
  GtkWidget *picture = card != NULL ? vtr_test_find_descendant (card, GTK_TYPE_PICTURE) : NULL;

  return picture != NULL && gtk_picture_get_paintable (GTK_PICTURE (picture)) != NULL;
}

/* Cards show their pictures, decoded at the width they are shown at, so that the renderer
 * copies them rather than filtering them down on every frame. */
static void
test_cards_show_pictures_at_their_width (Fixture       *fixture,
                                         gconstpointer  data)
{
  GtkWidget *card, *picture;
  GdkPaintable *paintable;
  int width;

  g_assert_true (vtr_test_wait_until (first_card_has_picture, fixture->page, 10000));

  card = vtr_test_find_descendant (fixture->page, VTR_TYPE_EXHIBIT_CARD);
  picture = vtr_test_find_descendant (card, GTK_TYPE_PICTURE);
  paintable = gtk_picture_get_paintable (GTK_PICTURE (picture));
  width = gtk_widget_get_width (picture) * gtk_widget_get_scale_factor (picture);
  g_assert_true (GDK_IS_TEXTURE (paintable));
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (gdk_texture_get_width (GDK_TEXTURE (paintable)), ==, width);
}

static void
test_category_property_moves_toggles (Fixture       *fixture,
                                      gconstpointer  data)
{
  GListModel *visible = vtr_gallery_page_get_visible_exhibits (VTR_GALLERY_PAGE (fixture->page));

  g_object_set (fixture->page, "category", "networks", NULL);
  vtr_test_spin (50);

  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 4);
  g_assert_cmpuint (grid_items (fixture->page), ==, 4);
  g_assert_cmpstr (active_toggle_label (fixture->page), ==, "Networks");

  /* An id the pack does not have shows everything rather than nothing. */
  vtr_gallery_page_set_category (VTR_GALLERY_PAGE (fixture->page), "no-such-category");
  g_assert_null (vtr_gallery_page_get_category (VTR_GALLERY_PAGE (fixture->page)));
  g_assert_cmpstr (active_toggle_label (fixture->page), ==, "All");
}

static gboolean
model_contains (GListModel *model,
                gpointer    item)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) each = g_list_model_get_item (model, i);

      if (each == item)
        return TRUE;
    }

  return FALSE;
}

/* Previous and Next follow the gallery when the exhibit is in it, and otherwise every exhibit
 * in the order an untouched gallery shows them. */
static void
test_siblings_for (Fixture       *fixture,
                   gconstpointer  data)
{
  VtrGalleryPage *gallery = VTR_GALLERY_PAGE (fixture->page);
  VtrPack *pack = vtr_gallery_page_get_pack (gallery);
  GListModel *visible = vtr_gallery_page_get_visible_exhibits (gallery);
  g_autoptr(VtrExhibit) first = NULL;
  g_autoptr(VtrExhibit) networks = NULL;
  GListModel *siblings, *fallback;

  first = g_list_model_get_item (visible, 0);
  fallback = vtr_gallery_page_siblings_for (NULL, pack, first);
  g_assert_cmpuint (g_list_model_get_n_items (fallback), ==,
                    g_list_model_get_n_items (vtr_pack_get_exhibits (pack)));
  for (guint i = 0; i < g_list_model_get_n_items (visible); i++)
    {
      g_autoptr(GObject) shown = g_list_model_get_item (visible, i);
      g_autoptr(GObject) ordered = g_list_model_get_item (fallback, i);

      g_assert_true (shown == ordered);
    }

  vtr_gallery_page_set_category (gallery, "networks");
  networks = g_list_model_get_item (visible, 0);
  siblings = vtr_gallery_page_siblings_for (gallery, pack, networks);
  g_assert_true (siblings == visible);

  /* An exhibit the filter hides still gets neighbours: all of them. */
  for (guint i = 0; i < g_list_model_get_n_items (fallback); i++)
    {
      g_autoptr(VtrExhibit) hidden = g_list_model_get_item (fallback, i);

      if (model_contains (visible, hidden))
        continue;
      g_assert_true (vtr_gallery_page_siblings_for (gallery, pack, hidden) == fallback);
      return;
    }
  g_assert_not_reached ();
}

static void
test_toggles_set_category (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *cybersecurity = toggle_with_label (fixture->page, "Cybersecurity");
  guint notifications = 0;

  g_signal_connect (fixture->page, "notify::category", G_CALLBACK (vtr_test_count_cb),
                    &notifications);
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
  GtkWidget *grid = vtr_test_find_descendant (fixture->page, GTK_TYPE_GRID_VIEW);
  g_autoptr(VtrExhibit) second = NULL;
  g_autofree char *expected = NULL;

  vtr_gallery_page_set_category (VTR_GALLERY_PAGE (fixture->page), "ai");
  second = g_list_model_get_item (
    vtr_gallery_page_get_visible_exhibits (VTR_GALLERY_PAGE (fixture->page)), 1);
  expected = g_strdup_printf ("show-exhibit %s", vtr_exhibit_get_id (second));

  g_signal_emit_by_name (grid, "activate", 1);
  g_assert_cmpstr (vtr_test_last_activation (fixture->activations), ==, expected);
}

static void
test_reset (Fixture       *fixture,
            gconstpointer  data)
{
  GtkDropDown *sort = GTK_DROP_DOWN (vtr_test_find_descendant (fixture->page,
                                                               GTK_TYPE_DROP_DOWN));
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
  g_autoptr(GFile) minimal_location = vtr_test_source_file ("data/minimal");
  g_autoptr(VtrPack) minimal = vtr_test_load_pack (minimal_location);
  GListModel *visible = vtr_gallery_page_get_visible_exhibits (VTR_GALLERY_PAGE (fixture->page));

  vtr_gallery_page_set_category (VTR_GALLERY_PAGE (fixture->page), "networks");
  vtr_gallery_page_set_pack (VTR_GALLERY_PAGE (fixture->page), minimal);
  vtr_test_spin (50);

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
  GtkStack *stack = GTK_STACK (vtr_test_find_widget (fixture->page, is_page_stack, NULL));
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
  g_autoptr(VtrPack) pack = vtr_test_load_builtin_pack ();
  GtkWidget *page = vtr_gallery_page_new ();
  GtkWidget *window;

  vtr_gallery_page_set_pack (VTR_GALLERY_PAGE (page), pack);
  vtr_gallery_page_set_category (VTR_GALLERY_PAGE (page), "ai");
  window = vtr_test_present_window (page, NULL, -1, -1);
  vtr_test_spin (100);

  vtr_test_destroy_and_assert_finalized (window, page);
  g_assert_cmpint (G_OBJECT (pack)->ref_count, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  vtr_test_init_with_display (&argc, &argv);

#define ADD(path, func) vtr_test_add_page_test (path, NULL, fixture_set_up, func)

  ADD ("/gallery-page/shows-all-exhibits", test_shows_all_exhibits);
  ADD ("/gallery-page/cards-show-pictures-at-their-width",
       test_cards_show_pictures_at_their_width);
  ADD ("/gallery-page/category-property-moves-toggles", test_category_property_moves_toggles);
  ADD ("/gallery-page/toggles-set-category", test_toggles_set_category);
  ADD ("/gallery-page/siblings-for", test_siblings_for);
  ADD ("/gallery-page/activating-a-card", test_activating_a_card);
  ADD ("/gallery-page/reset", test_reset);
  ADD ("/gallery-page/new-pack", test_new_pack);
  ADD ("/gallery-page/empty-state", test_empty_state);
  g_test_add_func ("/gallery-page/is-finalized", test_page_is_finalized);

#undef ADD

  return g_test_run ();
}
