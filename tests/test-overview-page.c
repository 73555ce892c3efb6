/* test-overview-page.c: the landing view against a real display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "vtr-overview-page.h"
#include "vtr-test-utils.h"
#include "vtr-thumbnail-loader.h"

typedef VtrTestPageFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static const char * const names[] = {
    "show-figure", "show-tour", "show-category", "show-view", NULL,
  };

  vtr_test_page_fixture_set_up (fixture, vtr_overview_page_new (), names, 800, 600);
  vtr_test_spin (100);
}

/* The flow boxes in the order of the page: figures, tours, categories. */
static GtkFlowBox *
flow_box (GtkWidget *page,
          guint      index)
{
  g_autoptr(GPtrArray) boxes = g_ptr_array_new ();

  vtr_test_collect_descendants (page, GTK_TYPE_FLOW_BOX, boxes);
  g_assert_cmpuint (boxes->len, ==, 3);

  return boxes->pdata[index];
}

static guint
count_children (GtkFlowBox *box)
{
  guint n = 0;

  while (gtk_flow_box_get_child_at_index (box, n) != NULL)
    n++;

  return n;
}

static void
test_tiles_follow_pack (Fixture       *fixture,
                        gconstpointer  data)
{
  g_assert_cmpuint (count_children (flow_box (fixture->page, 0)), ==,
                    g_list_model_get_n_items (vtr_pack_get_figures (fixture->pack)));
  g_assert_cmpuint (count_children (flow_box (fixture->page, 1)), ==,
                    g_list_model_get_n_items (vtr_pack_get_tours (fixture->pack)));
  g_assert_cmpuint (count_children (flow_box (fixture->page, 2)), ==,
                    g_list_model_get_n_items (vtr_pack_get_categories (fixture->pack)));
}

static gboolean
picture_has_paintable (gconstpointer data)
{
  return gtk_picture_get_paintable ((GtkPicture *) data) != NULL;
}

static void
test_hero (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) pictures = g_ptr_array_new ();
  g_autoptr(GListStore) exhibits = g_list_store_new (VTR_TYPE_EXHIBIT);
  g_autoptr(GFile) file = vtr_test_source_file ("data/minimal/images/circle.svg");
  g_autoptr(VtrImage) image = g_object_new (VTR_TYPE_IMAGE,
                                            "path", "first.svg",
                                            "alt", "The first exhibit's picture.",
                                            "file", file,
                                            NULL);
  g_autoptr(VtrExhibit) exhibit = g_object_new (VTR_TYPE_EXHIBIT,
                                                "id", "first",
                                                "title", "First",
                                                "image", image,
                                                NULL);
  g_autoptr(VtrPack) without_hero = NULL;
  GdkPaintable *paintable;
  GtkPicture *hero;

  vtr_test_collect_descendants (fixture->page, GTK_TYPE_PICTURE, pictures);
  hero = pictures->pdata[0];
  g_assert_cmpstr (gtk_picture_get_alternative_text (hero), ==,
                   vtr_image_get_alt (vtr_pack_get_hero (fixture->pack)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (hero)));

  /* Without a hero picture, the first exhibit's stands in. */
  g_list_store_append (exhibits, exhibit);
  without_hero = g_object_new (VTR_TYPE_PACK, "id", "no-hero", "title", "No hero",
                               "exhibits", exhibits, NULL);
  vtr_overview_page_set_pack (VTR_OVERVIEW_PAGE (fixture->page), without_hero);
  g_assert_cmpstr (gtk_picture_get_alternative_text (hero), ==, "The first exhibit's picture.");
  /* The picture is decoded on a worker thread, within bounds, and shows when it arrives. */
  g_assert_true (vtr_test_wait_until (picture_has_paintable, hero, 10000));
  paintable = gtk_picture_get_paintable (hero);
  g_assert_true (GDK_IS_TEXTURE (paintable));
  g_assert_cmpint (gdk_texture_get_width (GDK_TEXTURE (paintable)), >, 0);
  g_assert_cmpint (gdk_texture_get_width (GDK_TEXTURE (paintable)), <=, VTR_PICTURE_MAX_WIDTH);

  /* Without any picture there is none to show. */
  g_list_store_remove_all (exhibits);
  g_clear_object (&without_hero);
  without_hero = g_object_new (VTR_TYPE_PACK, "id", "empty", "title", "Empty",
                               "exhibits", exhibits, NULL);
  vtr_overview_page_set_pack (VTR_OVERVIEW_PAGE (fixture->page), without_hero);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (hero)));
  g_assert_cmpuint (count_children (flow_box (fixture->page, 0)), ==, 0);
}

static void
test_tiles_activate_actions (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(VtrFigure) second_figure = g_list_model_get_item (
    vtr_pack_get_figures (fixture->pack), 1);
  g_autofree char *expected_figure = g_strdup_printf ("show-figure %s",
                                                      vtr_figure_get_id (second_figure));
  GtkWidget *show_timeline;

  gtk_widget_activate (GTK_WIDGET (gtk_flow_box_get_child_at_index (flow_box (fixture->page, 0),
                                                                    1)));
  g_assert_cmpstr (vtr_test_last_activation (fixture->activations), ==, expected_figure);

  gtk_widget_activate (GTK_WIDGET (gtk_flow_box_get_child_at_index (flow_box (fixture->page, 1),
                                                                    0)));
  g_assert_cmpstr (vtr_test_last_activation (fixture->activations), ==, "show-tour decade-talk");

  gtk_widget_activate (GTK_WIDGET (gtk_flow_box_get_child_at_index (flow_box (fixture->page, 2),
                                                                    3)));
  g_assert_cmpstr (vtr_test_last_activation (fixture->activations), ==, "show-category networks");

  show_timeline = vtr_test_find_action_button (fixture->page, "win.show-view");
  g_assert_nonnull (show_timeline);
  g_signal_emit_by_name (show_timeline, "clicked");
  g_assert_cmpstr (vtr_test_last_activation (fixture->activations), ==, "show-view timeline");
}

static void
test_focus_figure (Fixture       *fixture,
                   gconstpointer  data)
{
  GListModel *figures = vtr_pack_get_figures (fixture->pack);
  guint last = g_list_model_get_n_items (figures) - 1;
  g_autoptr(VtrFigure) figure = g_list_model_get_item (figures, last);
  GtkWidget *tile = GTK_WIDGET (gtk_flow_box_get_child_at_index (flow_box (fixture->page, 0),
                                                                 last));
  GtkScrolledWindow *scroller = NULL;
  g_autoptr(GPtrArray) scrollers = g_ptr_array_new ();
  graphene_point_t top = GRAPHENE_POINT_INIT (0, 0);
  graphene_point_t in_page;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 400);
  vtr_test_spin (100);
  vtr_test_collect_descendants (fixture->page, GTK_TYPE_SCROLLED_WINDOW, scrollers);
  scroller = scrollers->pdata[0];
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (scroller)),
                     ==, 0);

  vtr_overview_page_focus_figure (VTR_OVERVIEW_PAGE (fixture->page),
                                  vtr_figure_get_id (figure));
  vtr_test_spin (300);

  g_assert_true (gtk_widget_has_focus (tile));
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (scroller)),
                     >, 0);

  /* The tile is within the visible part of the page. */
  g_assert_true (gtk_widget_compute_point (tile, fixture->page, &top, &in_page));
  g_assert_cmpfloat (in_page.y, >=, 0);
  g_assert_cmpfloat (in_page.y + gtk_widget_get_height (tile), <=,
                     gtk_widget_get_height (fixture->page));
}

static void
test_page_is_finalized (void)
{
  g_autoptr(VtrPack) pack = vtr_test_load_builtin_pack ();
  GtkWidget *page = vtr_overview_page_new ();
  GtkWidget *window;

  vtr_overview_page_set_pack (VTR_OVERVIEW_PAGE (page), pack);
  window = vtr_test_present_window (page, NULL, -1, -1);
  vtr_overview_page_focus_figure (VTR_OVERVIEW_PAGE (page), "members");
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

  ADD ("/overview-page/tiles-follow-pack", test_tiles_follow_pack);
  ADD ("/overview-page/hero", test_hero);
  ADD ("/overview-page/tiles-activate-actions", test_tiles_activate_actions);
  ADD ("/overview-page/focus-figure", test_focus_figure);
  g_test_add_func ("/overview-page/is-finalized", test_page_is_finalized);

#undef ADD

  return g_test_run ();
}
