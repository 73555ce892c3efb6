/* test-exhibit-page.c: the exhibit page and the image viewer against a real display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "vtr-exhibit-page.h"
#include "vtr-image-viewer.h"
#include "vtr-pack-loader.h"

typedef struct
{
  VtrPack        *pack;
  GtkWidget      *window;
  VtrExhibitPage *page;
  GPtrArray      *activations;
} Fixture;

static void
spin (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static VtrPack *
load_builtin (void)
{
  g_autoptr(VtrPackLoader) loader = vtr_pack_loader_new (vtr_pack_get_builtin_location ());
  g_autoptr(GError) error = NULL;
  VtrPack *pack = vtr_pack_loader_load (loader, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pack);

  return pack;
}

static void
window_action_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  Fixture *fixture = user_data;

  g_ptr_array_add (fixture->activations,
                   g_strdup_printf ("%s %s", g_action_get_name (G_ACTION (action)),
                                    g_variant_get_string (parameter, NULL)));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  const char *names[] = { "show-exhibit", "replace-exhibit", "show-event", "show-category" };

  fixture->pack = load_builtin ();
  fixture->activations = g_ptr_array_new_with_free_func (g_free);

  /* Stands in for the window's actions, and records what the page asks of it. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GSimpleAction) action = g_simple_action_new (names[i], G_VARIANT_TYPE_STRING);

      g_signal_connect (action, "activate", G_CALLBACK (window_action_cb), fixture);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
    }

  fixture->window = gtk_window_new ();
  gtk_widget_insert_action_group (fixture->window, "win", G_ACTION_GROUP (group));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 600);

  fixture->page = VTR_EXHIBIT_PAGE (vtr_exhibit_page_new ());
  vtr_exhibit_page_set_pack (fixture->page, fixture->pack);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  spin (20);
  g_clear_pointer (&fixture->activations, g_ptr_array_unref);
  g_clear_object (&fixture->pack);
}

static void
show (Fixture    *fixture,
      const char *id)
{
  VtrExhibit *exhibit = vtr_pack_find_exhibit (fixture->pack, id);

  g_assert_nonnull (exhibit);
  vtr_exhibit_page_set_exhibit (fixture->page, exhibit);
  spin (100);
}

static GtkLabel *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return GTK_LABEL (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_by_class (GtkWidget  *widget,
               GType       type,
               const char *css_class)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type)
      && (css_class == NULL || gtk_widget_has_css_class (widget, css_class)))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_class (child, type, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
shows_label (Fixture    *fixture,
             const char *text)
{
  GtkLabel *label = find_label (GTK_WIDGET (fixture->page), text);

  return label != NULL && gtk_widget_is_drawable (GTK_WIDGET (label));
}

static const char *
last_activation (Fixture *fixture)
{
  if (fixture->activations->len == 0)
    return NULL;

  return g_ptr_array_index (fixture->activations, fixture->activations->len - 1);
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
                     GTK_ACCESSIBLE (find_label (GTK_WIDGET (fixture->page),
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

  picture = GTK_PICTURE (find_by_class (GTK_WIDGET (fixture->page), GTK_TYPE_PICTURE, NULL));
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

  vtr_exhibit_page_set_exhibit (fixture->page, exhibit);
  spin (50);

  label = find_label (GTK_WIDGET (fixture->page), "<b>Bold</b> & co");
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

  vtr_exhibit_page_set_siblings (fixture->page, G_LIST_MODEL (siblings));
  show (fixture, "ipv6");

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "exhibit.next", NULL);
  g_assert_cmpstr (last_activation (fixture), ==, "replace-exhibit quic");
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "exhibit.previous", NULL);
  g_assert_cmpstr (last_activation (fixture), ==, "replace-exhibit http3");
  g_assert_true (shows_label (fixture, "QUIC: a faster, safer transport"));

  /* At the start of the list there is nothing before. */
  show (fixture, "http3");
  g_ptr_array_set_size (fixture->activations, 0);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "exhibit.previous", NULL);
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
  vtr_exhibit_page_set_siblings (fixture->page, G_LIST_MODEL (siblings));
  vtr_exhibit_page_set_exhibit (fixture->page, second);
  spin (50);

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "exhibit.next", NULL);
  g_assert_cmpstr (last_activation (fixture), ==, expected);
}

static void
test_follows_siblings (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GListStore) siblings = g_list_store_new (VTR_TYPE_EXHIBIT);

  g_list_store_append (siblings, vtr_pack_find_exhibit (fixture->pack, "ipv6"));
  vtr_exhibit_page_set_siblings (fixture->page, G_LIST_MODEL (siblings));
  show (fixture, "ipv6");
  g_assert_false (shows_label (fixture, "Next"));

  /* The gallery's filter changes while the page shows. */
  g_list_store_append (siblings, vtr_pack_find_exhibit (fixture->pack, "webauthn"));
  spin (50);
  g_assert_true (shows_label (fixture, "Next"));
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "exhibit.next", NULL);
  g_assert_cmpstr (last_activation (fixture), ==, "replace-exhibit webauthn");
}

static void
test_returns_to_start (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkScrolledWindow *scroller;
  GtkAdjustment *adjustment;
  GtkWidget *focus;

  show (fixture, "wuzhen-summit");
  scroller = GTK_SCROLLED_WINDOW (find_by_class (GTK_WIDGET (fixture->page),
                                                 GTK_TYPE_SCROLLED_WINDOW, NULL));
  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
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

      if (find_by_class (window, VTR_TYPE_IMAGE_VIEWER, NULL) != NULL)
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

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "exhibit.open-image", NULL);
  spin (100);

  window = find_viewer_window ();
  g_assert_nonnull (window);
  g_assert_true (gtk_window_get_modal (window));
  g_assert_true (gtk_window_get_transient_for (window) == GTK_WINDOW (fixture->window));

  viewer = VTR_IMAGE_VIEWER (find_by_class (GTK_WIDGET (window), VTR_TYPE_IMAGE_VIEWER, NULL));
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
  spin (100);
  g_assert_null (find_viewer_window ());
}

static void
test_follows_pack (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(VtrPack) reloaded = load_builtin ();
  VtrExhibit *same = vtr_pack_find_exhibit (reloaded, "ipv6");

  show (fixture, "ipv6");
  g_assert_true (same != vtr_exhibit_page_get_exhibit (fixture->page));

  vtr_exhibit_page_set_pack (fixture->page, reloaded);
  g_assert_true (vtr_exhibit_page_get_exhibit (fixture->page) == same);
  g_assert_true (shows_label (fixture, vtr_exhibit_get_title (same)));

  vtr_exhibit_page_set_pack (fixture->page, NULL);
}

static void
test_is_finalized (void)
{
  g_autoptr(VtrPack) pack = load_builtin ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = vtr_exhibit_page_new ();

  vtr_exhibit_page_set_pack (VTR_EXHIBIT_PAGE (page), pack);
  vtr_exhibit_page_set_exhibit (VTR_EXHIBIT_PAGE (page), vtr_pack_find_exhibit (pack, "ipv6"));
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);

  g_object_ref (page);
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
  g_assert_finalize_object (page);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  vtr_ensure_resources ();

#define ADD(path, func) \
  g_test_add ("/exhibit-page/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

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
