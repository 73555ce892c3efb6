/* test-exhibit-page.c: the exhibit page and the image viewer against a real display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "vtr-exhibit-page.h"
#include "vtr-image-viewer.h"
#include "vtr-test-utils.h"

typedef VtrTestPageFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static const char * const names[] = {
    "show-exhibit", "replace-exhibit", "show-event", "show-category", NULL,
  };

  vtr_test_page_fixture_set_up (fixture, vtr_exhibit_page_new (), names, 800, 600);
}

static void
show (Fixture    *fixture,
      const char *id)
{
  VtrExhibit *exhibit = vtr_pack_find_exhibit (fixture->pack, id);

  g_assert_nonnull (exhibit);
  vtr_exhibit_page_set_exhibit (VTR_EXHIBIT_PAGE (fixture->page), exhibit);
  vtr_test_spin (100);
}

static gboolean
shows_label (Fixture    *fixture,
             const char *text)
{
  GtkLabel *label = vtr_test_find_label (fixture->page, text);

  return label != NULL && gtk_widget_is_drawable (GTK_WIDGET (label));
}

static void
test_shows_exhibit (Fixture       *fixture,
                    gconstpointer  data)
{
  VtrExhibit *exhibit = vtr_pack_find_exhibit (fixture->pack, "ipv6");
  const char * const *body = vtr_exhibit_get_body (exhibit);
  GtkPicture *picture;

  show (fixture, "ipv6");

  g_assert_true (shows_label (fixture, vtr_exhibit_get_title (exhibit)));
  g_assert_cmpint (gtk_accessible_get_accessible_role (
                     GTK_ACCESSIBLE (vtr_test_find_label (fixture->page,
                                                          vtr_exhibit_get_title (exhibit)))),
                   ==, GTK_ACCESSIBLE_ROLE_HEADING);
  g_assert_true (shows_label (fixture, vtr_exhibit_get_exhibitor (exhibit)));
  g_assert_true (shows_label (fixture, vtr_exhibit_get_summary (exhibit)));
  g_assert_true (shows_label (fixture, "Networks"));
  g_assert_true (shows_label (fixture, "2017"));
  for (guint i = 0; body[i] != NULL; i++)
    g_assert_true (shows_label (fixture, body[i]));

  /* Facts, the linked event and the related exhibits. */
  g_assert_true (shows_label (fixture, "Published as"));
  g_assert_true (shows_label (fixture, "RFC 8200"));
  g_assert_true (shows_label (fixture, "On the Timeline"));
  g_assert_true (shows_label (fixture, "IPv6 becomes an Internet Standard"));
  g_assert_true (shows_label (fixture, "July 2017"));
  g_assert_true (shows_label (fixture, "Related Exhibits"));
  g_assert_true (shows_label (fixture, "QUIC: a faster, safer transport"));
  g_assert_true (shows_label (fixture, "RFC Editor, July 2017"));

  picture = GTK_PICTURE (vtr_test_find_descendant (fixture->page, GTK_TYPE_PICTURE));
  g_assert_nonnull (gtk_picture_get_paintable (picture));
  g_assert_cmpstr (gtk_picture_get_alternative_text (picture), ==,
                   vtr_image_get_alt (vtr_exhibit_get_image (exhibit)));
}

static void
test_skips_empty_sections (Fixture       *fixture,
                           gconstpointer  data)
{
  show (fixture, "ipv6");
  g_assert_true (shows_label (fixture, "On the Timeline"));

  /* This one has no events and no year. */
  show (fixture, "outstanding-cases-release");
  g_assert_false (shows_label (fixture, "On the Timeline"));
  g_assert_false (shows_label (fixture, "2017"));
  g_assert_true (shows_label (fixture, "Related Exhibits"));
  g_assert_true (shows_label (fixture, "Sources"));
}

static void
test_text_is_plain (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *body[] = { "<i>not italic</i> & <b>not bold", NULL };
  g_autoptr(VtrExhibit) exhibit = g_object_new (VTR_TYPE_EXHIBIT,
                                                "id", "markup",
                                                "title", "<b>Bold</b> & co",
                                                "exhibitor", "A <span>",
                                                "summary", "1 < 2",
                                                "body", body,
                                                NULL);
  GtkLabel *label;

  vtr_exhibit_page_set_exhibit (VTR_EXHIBIT_PAGE (fixture->page), exhibit);
  vtr_test_spin (50);

  label = vtr_test_find_label (fixture->page, "<b>Bold</b> & co");
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (label));
  g_assert_true (shows_label (fixture, "A <span>"));
  g_assert_true (shows_label (fixture, "1 < 2"));
  g_assert_true (shows_label (fixture, body[0]));

  /* Sections with nothing in them are left out. */
  g_assert_false (shows_label (fixture, "Key Facts"));
  g_assert_false (shows_label (fixture, "Sources"));
}

static void
test_steps_within_siblings (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GListStore) siblings = g_list_store_new (VTR_TYPE_EXHIBIT);
  const char *ids[] = { "http3", "ipv6", "quic" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_list_store_append (siblings, vtr_pack_find_exhibit (fixture->pack, ids[i]));

  vtr_exhibit_page_set_siblings (VTR_EXHIBIT_PAGE (fixture->page), G_LIST_MODEL (siblings));
  show (fixture, "ipv6");

  gtk_widget_activate_action (fixture->page, "exhibit.next", NULL);
  g_assert_cmpstr (vtr_test_last_activation (fixture->activations), ==, "replace-exhibit quic");
  gtk_widget_activate_action (fixture->page, "exhibit.previous", NULL);
  g_assert_cmpstr (vtr_test_last_activation (fixture->activations), ==, "replace-exhibit http3");
  g_assert_true (shows_label (fixture, "QUIC: a faster, safer transport"));

  /* At the start of the list there is nothing before. */
  show (fixture, "http3");
  g_ptr_array_set_size (fixture->activations, 0);
  gtk_widget_activate_action (fixture->page, "exhibit.previous", NULL);
  g_assert_cmpuint (fixture->activations->len, ==, 0);
  g_assert_false (shows_label (fixture, "Previous"));
  g_assert_true (shows_label (fixture, "Next"));
}

static void
test_steps_within_pack (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GListStore) siblings = g_list_store_new (VTR_TYPE_EXHIBIT);
  GListModel *exhibits = vtr_pack_get_exhibits (fixture->pack);
  g_autoptr(VtrExhibit) second = g_list_model_get_item (exhibits, 1);
  g_autoptr(VtrExhibit) third = g_list_model_get_item (exhibits, 2);
  g_autofree char *expected = g_strdup_printf ("replace-exhibit %s", vtr_exhibit_get_id (third));

  /* The gallery's filter hides the exhibit shown, so stepping goes through the whole pack. */
  g_list_store_append (siblings, vtr_pack_find_exhibit (fixture->pack, "quic"));
  vtr_exhibit_page_set_siblings (VTR_EXHIBIT_PAGE (fixture->page), G_LIST_MODEL (siblings));
  vtr_exhibit_page_set_exhibit (VTR_EXHIBIT_PAGE (fixture->page), second);
  vtr_test_spin (50);

  gtk_widget_activate_action (fixture->page, "exhibit.next", NULL);
  g_assert_cmpstr (vtr_test_last_activation (fixture->activations), ==, expected);
}

static void
test_follows_siblings (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GListStore) siblings = g_list_store_new (VTR_TYPE_EXHIBIT);

  g_list_store_append (siblings, vtr_pack_find_exhibit (fixture->pack, "ipv6"));
  vtr_exhibit_page_set_siblings (VTR_EXHIBIT_PAGE (fixture->page), G_LIST_MODEL (siblings));
  show (fixture, "ipv6");
  g_assert_false (shows_label (fixture, "Next"));

  /* The gallery's filter changes while the page shows. */
  g_list_store_append (siblings, vtr_pack_find_exhibit (fixture->pack, "webauthn"));
  vtr_test_spin (50);
  g_assert_true (shows_label (fixture, "Next"));
  gtk_widget_activate_action (fixture->page, "exhibit.next", NULL);
  g_assert_cmpstr (vtr_test_last_activation (fixture->activations), ==, "replace-exhibit webauthn");
}

static gboolean
adjustment_can_scroll (gconstpointer data)
{
  GtkAdjustment *adjustment = (GtkAdjustment *)data;

  return gtk_adjustment_get_upper (adjustment) > gtk_adjustment_get_page_size (adjustment);
}

static void
test_returns_to_start (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkScrolledWindow *scroller;
  GtkAdjustment *adjustment;
  GtkWidget *focus;

  show (fixture, "wuzhen-summit");
  scroller = GTK_SCROLLED_WINDOW (vtr_test_find_descendant (fixture->page,
                                                            GTK_TYPE_SCROLLED_WINDOW));
  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  /* Wait for the layout: in a slow (sanitizer) build it may take longer than show()'s spin. */
  g_assert_true (vtr_test_wait_until (adjustment_can_scroll, adjustment, 5000));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  gtk_window_set_focus (GTK_WINDOW (fixture->window), NULL);

  show (fixture, "ipv6");

  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==,
                     gtk_adjustment_get_lower (adjustment));
  focus = gtk_window_get_focus (GTK_WINDOW (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_has_css_class (focus, "exhibit-image"));
}

static GtkWindow *
find_viewer_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (vtr_test_find_descendant (window, VTR_TYPE_IMAGE_VIEWER) != NULL)
        return GTK_WINDOW (window);
    }

  return NULL;
}

static void
test_opens_viewer (Fixture       *fixture,
                   gconstpointer  data)
{
  VtrImage *image = vtr_exhibit_get_image (vtr_pack_find_exhibit (fixture->pack, "ipv6"));
  GtkWindow *window;
  VtrImageViewer *viewer;

  show (fixture, "ipv6");
  g_assert_null (find_viewer_window ());

  gtk_widget_activate_action (fixture->page, "exhibit.open-image", NULL);
  vtr_test_spin (100);

  window = find_viewer_window ();
  g_assert_nonnull (window);
  g_assert_true (gtk_window_get_modal (window));
  g_assert_true (gtk_window_get_transient_for (window) == GTK_WINDOW (fixture->window));

  viewer = VTR_IMAGE_VIEWER (vtr_test_find_descendant (GTK_WIDGET (window), VTR_TYPE_IMAGE_VIEWER));
  g_assert_nonnull (vtr_image_viewer_get_paintable (viewer));
  g_assert_cmpstr (vtr_image_viewer_get_alternative_text (viewer), ==, vtr_image_get_alt (image));
  g_assert_cmpfloat (vtr_image_viewer_get_zoom (viewer), ==, 1);

  /* The whole picture is the least there is to see. */
  gtk_widget_activate_action (GTK_WIDGET (viewer), "viewer.zoom-out", NULL);
  g_assert_cmpfloat (vtr_image_viewer_get_zoom (viewer), ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (viewer), "viewer.zoom-in", NULL);
  g_assert_cmpfloat (vtr_image_viewer_get_zoom (viewer), >, 1);
  gtk_widget_activate_action (GTK_WIDGET (viewer), "viewer.zoom-out", NULL);
  g_assert_cmpfloat_with_epsilon (vtr_image_viewer_get_zoom (viewer), 1, 1e-9);

  gtk_widget_activate_action (GTK_WIDGET (viewer), "viewer.close", NULL);
  vtr_test_spin (100);
  g_assert_null (find_viewer_window ());
}

static void
test_follows_pack (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(VtrPack) reloaded = vtr_test_load_builtin_pack ();
  VtrExhibit *same = vtr_pack_find_exhibit (reloaded, "ipv6");

  show (fixture, "ipv6");
  g_assert_true (same != vtr_exhibit_page_get_exhibit (VTR_EXHIBIT_PAGE (fixture->page)));

  vtr_exhibit_page_set_pack (VTR_EXHIBIT_PAGE (fixture->page), reloaded);
  g_assert_true (vtr_exhibit_page_get_exhibit (VTR_EXHIBIT_PAGE (fixture->page)) == same);
  g_assert_true (shows_label (fixture, vtr_exhibit_get_title (same)));

  vtr_exhibit_page_set_pack (VTR_EXHIBIT_PAGE (fixture->page), NULL);
}

static void
test_is_finalized (void)
{
  g_autoptr(VtrPack) pack = vtr_test_load_builtin_pack ();
  GtkWidget *page = vtr_exhibit_page_new ();
  GtkWidget *window;

  vtr_exhibit_page_set_pack (VTR_EXHIBIT_PAGE (page), pack);
  vtr_exhibit_page_set_exhibit (VTR_EXHIBIT_PAGE (page), vtr_pack_find_exhibit (pack, "ipv6"));
  window = vtr_test_present_window (page, NULL, -1, -1);
  vtr_test_spin (100);

  vtr_test_destroy_and_assert_finalized (window, page);
}

int
main (int   argc,
      char *argv[])
{
  vtr_test_init_with_display (&argc, &argv);

#define ADD(path, func) vtr_test_add_page_test ("/exhibit-page/" path, NULL, fixture_set_up, func)

  ADD ("shows-exhibit", test_shows_exhibit);
  ADD ("skips-empty-sections", test_skips_empty_sections);
  ADD ("text-is-plain", test_text_is_plain);
  ADD ("steps-within-siblings", test_steps_within_siblings);
  ADD ("steps-within-pack", test_steps_within_pack);
  ADD ("follows-siblings", test_follows_siblings);
  ADD ("returns-to-start", test_returns_to_start);
  ADD ("opens-viewer", test_opens_viewer);
  ADD ("follows-pack", test_follows_pack);

#undef ADD

  g_test_add_func ("/exhibit-page/is-finalized", test_is_finalized);

  return g_test_run ();
}
