/* test-detail-widgets.c: the pieces the exhibit and event pages share, against a real display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "vtr-category-button.h"
#include "vtr-link-row.h"
#include "vtr-list-section.h"
#include "vtr-source-row.h"
#include "vtr-test-utils.h"

/* A window that shows addresses its own way, as the kiosk window does: it installs
 * "kiosk.show-link" on its class and records the address it was asked to show. */
#define TEST_TYPE_CODE_WINDOW (test_code_window_get_type ())
G_DECLARE_FINAL_TYPE (TestCodeWindow, test_code_window, TEST, CODE_WINDOW, GtkWindow)

struct _TestCodeWindow
{
  GtkWindow  parent_instance;

  char      *shown_address;
};

G_DEFINE_FINAL_TYPE (TestCodeWindow, test_code_window, GTK_TYPE_WINDOW)

static void
show_link_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TestCodeWindow *self = TEST_CODE_WINDOW (widget);

  g_free (self->shown_address);
  self->shown_address = g_variant_dup_string (parameter, NULL);
}

static void
test_code_window_finalize (GObject *object)
{
  TestCodeWindow *self = TEST_CODE_WINDOW (object);

  g_clear_pointer (&self->shown_address, g_free);

  G_OBJECT_CLASS (test_code_window_parent_class)->finalize (object);
}

static void
test_code_window_class_init (TestCodeWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_code_window_finalize;
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "kiosk.show-link", "s",
                                   show_link_action);
}

static void
test_code_window_init (TestCodeWindow *self)
{
}

/* The widgets go in a box that stands in for a page; the window's "win" actions record what
 * they ask of it. */
typedef VtrTestPageFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static const char * const names[] = { "show-exhibit", "show-event", "show-category", NULL };
  g_autoptr(GSimpleActionGroup) group = NULL;

  fixture->pack = vtr_test_load_builtin_pack ();
  fixture->activations = g_ptr_array_new_with_free_func (g_free);
  group = vtr_test_recording_actions_new (names, fixture->activations);
  fixture->page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  fixture->window = vtr_test_present_window (fixture->page, G_ACTION_GROUP (group), 600, 400);
}

/* Puts @row in a list of its own in @box, as the pages do, and lets it be laid out. */
static GtkWidget *
show_row (GtkWidget *box,
          GtkWidget *row)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_box_append (GTK_BOX (box), list);
  vtr_test_spin (50);

  return row;
}

static gboolean
shows_label (GtkWidget  *root,
             const char *text)
{
  GtkLabel *label = vtr_test_find_label (root, text);

  return label != NULL && gtk_widget_is_drawable (GTK_WIDGET (label));
}

static GtkWidget *
create_source_row_cb (gpointer item,
                      gpointer user_data)
{
  guint *created = user_data;

  *created += 1;

  return vtr_source_row_create (item, NULL);
}

static void
test_section_follows_model (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GListStore) sources = g_list_store_new (VTR_TYPE_SOURCE);
  g_autoptr(VtrSource) source = g_object_new (VTR_TYPE_SOURCE,
                                              "title", "A catalogue",
                                              "publisher", "The museum",
                                              NULL);
  GtkWidget *section = vtr_list_section_new ();
  GtkWidget *list;
  guint created = 0;

  vtr_list_section_set_title (VTR_LIST_SECTION (section), "Sources");
  gtk_box_append (GTK_BOX (fixture->page), section);
  list = vtr_test_find_descendant (section, GTK_TYPE_LIST_BOX);

  /* Nothing to list: no section at all, heading included. */
  vtr_list_section_bind_model (VTR_LIST_SECTION (section), G_LIST_MODEL (sources),
                               create_source_row_cb, &created);
  vtr_test_spin (50);
  g_assert_false (gtk_widget_get_visible (section));
  g_assert_false (gtk_widget_get_visible (list));
  g_assert_false (shows_label (section, "Sources"));

  /* The section follows its model, without being told. */
  g_list_store_append (sources, source);
  vtr_test_spin (50);
  g_assert_true (shows_label (section, "Sources"));
  g_assert_true (gtk_widget_get_visible (list));
  g_assert_cmpuint (created, ==, 1);
  g_assert_true (shows_label (section, "A catalogue"));

  g_list_store_remove_all (sources);
  vtr_test_spin (50);
  g_assert_false (gtk_widget_get_visible (section));

  /* A section no longer bound to the store does not follow it. */
  vtr_list_section_bind_model (VTR_LIST_SECTION (section), NULL, NULL, NULL);
  g_list_store_append (sources, source);
  vtr_test_spin (50);
  g_assert_false (gtk_widget_get_visible (section));
  g_assert_cmpuint (created, ==, 1);
}

static void
test_source_row (Fixture       *fixture,
                 gconstpointer  data)
{
  GListModel *sources = vtr_exhibit_get_sources (vtr_pack_find_exhibit (fixture->pack, "ipv6"));
  g_autoptr(VtrSource) linked = g_list_model_get_item (sources, 0);
  g_autoptr(VtrSource) unlinked = g_object_new (VTR_TYPE_SOURCE,
                                                "title", "<b>Not bold</b>",
                                                "publisher", "The museum",
                                                NULL);
  GtkWidget *row = show_row (fixture->page, vtr_source_row_new (linked));
  GtkWidget *button = vtr_test_find_action_button (row, "source.open");

  /* The publisher and the date, and a button that opens the address. */
  g_assert_true (vtr_source_row_get_source (VTR_SOURCE_ROW (row)) == linked);
  g_assert_true (shows_label (row, "RFC 8200: Internet Protocol, Version 6 (IPv6) Specification"));
  g_assert_true (shows_label (row, "RFC Editor, July 2017"));
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==,
                   "https://www.rfc-editor.org/rfc/rfc8200");
  g_assert_true (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)) == button);
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (button)), ==,
                   "adw-external-link-symbolic");

  /* Without an address there is nothing to open, and no date leaves the publisher alone. */
  row = show_row (fixture->page, vtr_source_row_new (unlinked));
  g_assert_null (vtr_test_find_descendant (row, GTK_TYPE_BUTTON));
  g_assert_null (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)));
  g_assert_true (shows_label (row, "<b>Not bold</b>"));
  g_assert_true (shows_label (row, "The museum"));
}

/* In a window that shows addresses as QR codes, the button says so and asks the window. */
static void
test_source_row_shows_code (void)
{
  g_autoptr(VtrPack) pack = vtr_test_load_builtin_pack ();
  GListModel *sources = vtr_exhibit_get_sources (vtr_pack_find_exhibit (pack, "ipv6"));
  g_autoptr(VtrSource) source = g_list_model_get_item (sources, 0);
  TestCodeWindow *window = g_object_new (TEST_TYPE_CODE_WINDOW, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *row, *button;

  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  row = show_row (box, vtr_source_row_new (source));
  button = vtr_test_find_action_button (row, "source.open");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (button)), ==, "vtr-qr-code-symbolic");

  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpstr (window->shown_address, ==, "https://www.rfc-editor.org/rfc/rfc8200");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_exhibit_link_row (Fixture       *fixture,
                       gconstpointer  data)
{
  VtrExhibit *exhibit = vtr_pack_find_exhibit (fixture->pack, "ipv6");
  g_autoptr(VtrExhibit) bare = g_object_new (VTR_TYPE_EXHIBIT,
                                             "id", "bare",
                                             "title", "No picture",
                                             NULL);
  GtkWidget *row = show_row (fixture->page, vtr_link_row_new_for_exhibit (exhibit, "Networks"));
  GtkWidget *picture = vtr_test_find_descendant (row, GTK_TYPE_PICTURE);

  g_assert_true (shows_label (row, vtr_exhibit_get_title (exhibit)));
  g_assert_true (shows_label (row, "Networks"));
  g_assert_nonnull (picture);
  g_assert_true (gtk_widget_is_drawable (picture));
  g_assert_cmpstr (gtk_picture_get_alternative_text (GTK_PICTURE (picture)), ==,
                   vtr_image_get_alt (vtr_exhibit_get_image (exhibit)));

  /* The row asks the window to show the exhibit. */
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_signal_emit_by_name (row, "activate");
  g_assert_cmpstr (vtr_test_last_activation (fixture->activations), ==, "show-exhibit ipv6");

  /* An exhibit without a picture has no thumbnail rather than an empty one. */
  row = show_row (fixture->page, vtr_link_row_new_for_exhibit (bare, NULL));
  g_assert_null (vtr_test_find_descendant (row, GTK_TYPE_PICTURE));
  g_signal_emit_by_name (row, "activate");
  g_assert_cmpstr (vtr_test_last_activation (fixture->activations), ==, "show-exhibit bare");
}

static void
test_event_link_row (Fixture       *fixture,
                     gconstpointer  data)
{
  VtrEvent *event = vtr_pack_find_event (fixture->pack, "2014-first-summit");
  GtkWidget *row = show_row (fixture->page, vtr_link_row_new_for_event (event));

  g_assert_true (shows_label (row, "The first World Internet Conference"));
  g_assert_true (shows_label (row, "19–21 November 2014"));
  g_assert_null (vtr_test_find_descendant (row, GTK_TYPE_PICTURE));

  g_signal_emit_by_name (row, "activate");
  g_assert_cmpstr (vtr_test_last_activation (fixture->activations), ==,
                   "show-event 2014-first-summit");
}

static void
test_category_button (Fixture       *fixture,
                      gconstpointer  data)
{
  VtrCategory *category = vtr_exhibit_get_category (vtr_pack_find_exhibit (fixture->pack,
                                                                           "ipv6"));
  GtkWidget *button = vtr_category_button_new ();

  gtk_box_append (GTK_BOX (fixture->page), button);
  vtr_test_spin (50);

  /* Without a category there is nothing to show. */
  g_assert_false (gtk_widget_get_visible (button));

  vtr_category_button_set_category (VTR_CATEGORY_BUTTON (button), category);
  vtr_test_spin (50);
  g_assert_true (vtr_category_button_get_category (VTR_CATEGORY_BUTTON (button)) == category);
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_true (shows_label (button, "Networks"));
  g_assert_true (gtk_widget_has_css_class (button, "category-chip"));

  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpstr (vtr_test_last_activation (fixture->activations), ==,
                   "show-category networks");

  vtr_category_button_set_category (VTR_CATEGORY_BUTTON (button), NULL);
  g_assert_false (gtk_widget_get_visible (button));
}

static void
test_are_finalized (void)
{
  g_autoptr(VtrPack) pack = vtr_test_load_builtin_pack ();
  VtrExhibit *exhibit = vtr_pack_find_exhibit (pack, "ipv6");
  VtrEvent *event = vtr_pack_find_event (pack, "2014-first-summit");
  GtkWidget *section = vtr_list_section_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *window;
  GtkWidget *rows[3];

  vtr_list_section_bind_model (VTR_LIST_SECTION (section), vtr_exhibit_get_sources (exhibit),
                               vtr_source_row_create, NULL);
  gtk_box_append (GTK_BOX (box), section);
  window = vtr_test_present_window (box, NULL, -1, -1);
  vtr_test_spin (100);

  /* Rows that got their button or thumbnail, and one that did not. */
  rows[0] = vtr_test_find_descendant (section, VTR_TYPE_SOURCE_ROW);
  rows[1] = show_row (box, vtr_link_row_new_for_exhibit (exhibit, NULL));
  rows[2] = show_row (box, vtr_link_row_new_for_event (event));
  g_assert_nonnull (rows[0]);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_object_add_weak_pointer (G_OBJECT (rows[i]), (gpointer *)&rows[i]);

  vtr_test_destroy_and_assert_finalized (window, section);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_assert_null (rows[i]);
}

int
main (int   argc,
      char *argv[])
{
  vtr_test_init_with_display (&argc, &argv);

#define ADD(path, func) \
  vtr_test_add_page_test ("/detail-widgets/" path, NULL, fixture_set_up, func)

  ADD ("section-follows-model", test_section_follows_model);
  ADD ("source-row", test_source_row);
  ADD ("exhibit-link-row", test_exhibit_link_row);
  ADD ("event-link-row", test_event_link_row);
  ADD ("category-button", test_category_button);

#undef ADD

  g_test_add_func ("/detail-widgets/source-row-shows-code", test_source_row_shows_code);
  g_test_add_func ("/detail-widgets/are-finalized", test_are_finalized);

  return g_test_run ();
}
