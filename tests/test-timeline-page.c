/* test-timeline-page.c: the timeline page and the event page against a real display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "vtr-event-page.h"
#include "vtr-pack-loader.h"
#include "vtr-timeline-band.h"
#include "vtr-timeline-page.h"

typedef struct
{
  VtrPack   *pack;
  GtkWidget *window;
  GtkWidget *page;
  GPtrArray *activated;
} Fixture;

static void
spin (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
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

static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action_name)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static VtrPack *
load_pack (GFile *location)
{
  g_autoptr(VtrPackLoader) loader = vtr_pack_loader_new (location);
  g_autoptr(GError) error = NULL;
  VtrPack *pack = vtr_pack_loader_load (loader, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pack);

  return pack;
}

/* Records what the page asks the window to show, as "action:id". */
static void
record_cb (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       user_data)
{
  Fixture *fixture = user_data;

  g_ptr_array_add (fixture->activated,
                   g_strdup_printf ("%s:%s", g_action_get_name (G_ACTION (action)),
                                    g_variant_get_string (parameter, NULL)));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  page_type)
{
  g_autoptr(GFile) location = vtr_pack_get_builtin_location ();
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  const GActionEntry entries[] = {
    { "show-event", record_cb, "s" },
    { "show-exhibit", record_cb, "s" },
    { "show-category", record_cb, "s" },
  };

  fixture->pack = load_pack (location);
  fixture->activated = g_ptr_array_new_with_free_func (g_free);
  fixture->page = g_object_new (GPOINTER_TO_SIZE (page_type), "pack", fixture->pack, NULL);

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries),
                                   fixture);
  fixture->window = adw_window_new ();
  gtk_widget_insert_action_group (fixture->window, "win", G_ACTION_GROUP (group));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 700);
  adw_window_set_content (ADW_WINDOW (fixture->window), fixture->page);
  gtk_window_present (GTK_WINDOW (fixture->window));
  spin (300);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  page_type)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_pointer (&fixture->activated, g_ptr_array_unref);
  g_clear_object (&fixture->pack);
}

static VtrTimelineBand *
get_band (Fixture *fixture)
{
  GtkWidget *band = find_descendant (fixture->page, VTR_TYPE_TIMELINE_BAND);

  g_assert_nonnull (band);

  return VTR_TIMELINE_BAND (band);
}

static void
test_focus_and_reset (Fixture       *fixture,
                      gconstpointer  page_type)
{
  VtrTimelinePage *page = VTR_TIMELINE_PAGE (fixture->page);
  VtrTimelineBand *band = get_band (fixture);
  VtrEvent *selected;

  /* The built-in pack runs from 2014 to 2023: one year fills the band at ten times. */
  g_assert_cmpfloat (vtr_timeline_band_get_zoom (band), ==, 1);
  g_assert_cmpfloat (vtr_timeline_band_get_max_zoom (band), ==, 10);
  g_assert_null (vtr_timeline_band_get_selected_event (band));

  gtk_widget_activate_action (fixture->page, "timeline.zoom-in", NULL);
  spin (500);
  g_assert_cmpfloat_with_epsilon (vtr_timeline_band_get_zoom (band), 2, 1e-6);

  vtr_timeline_page_focus_event (page, "2021-quic");
  spin (400);
  selected = vtr_timeline_band_get_selected_event (band);
  g_assert_nonnull (selected);
  g_assert_cmpstr (vtr_event_get_id (selected), ==, "2021-quic");
  /* Focusing an event keeps the zoom. */
  g_assert_cmpfloat_with_epsilon (vtr_timeline_band_get_zoom (band), 2, 1e-6);

  /* The scrollbar follows the band: 2021 is in the second half of the span. */
  g_assert_cmpfloat (gtk_adjustment_get_value (vtr_timeline_band_get_adjustment (band)), >,
                     0);

  /* An unknown id changes nothing. */
  vtr_timeline_page_focus_event (page, "no-such-event");
  g_assert_true (vtr_timeline_band_get_selected_event (band) == selected);

  vtr_timeline_page_reset (page);
  g_assert_null (vtr_timeline_band_get_selected_event (band));
  g_assert_cmpfloat (vtr_timeline_band_get_zoom (band), ==, 1);
  g_assert_cmpfloat (gtk_adjustment_get_value (vtr_timeline_band_get_adjustment (band)), ==,
                     0);
}

static void
test_activation_opens_event (Fixture       *fixture,
                             gconstpointer  page_type)
{
  VtrTimelineBand *band = get_band (fixture);
  VtrTimelinePage *page = VTR_TIMELINE_PAGE (fixture->page);

  vtr_timeline_page_focus_event (page, "2017-ipv6-internet-standard");
  g_signal_emit_by_name (band, "event-activated", vtr_timeline_band_get_selected_event (band));
  gtk_widget_activate_action (fixture->page, "timeline.open-selected", NULL);

  g_assert_cmpuint (fixture->activated->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (fixture->activated, 0), ==,
                   "show-event:2017-ipv6-internet-standard");
  g_assert_cmpstr (g_ptr_array_index (fixture->activated, 1), ==,
                   "show-event:2017-ipv6-internet-standard");
}

static void
test_narrow_shows_list (Fixture       *fixture,
                        gconstpointer  page_type)
{
  VtrTimelineBand *band = get_band (fixture);
  GtkWidget *list = find_descendant (fixture->page, GTK_TYPE_LIST_VIEW);
  GtkWidget *zoom_in = find_action_button (fixture->page, "timeline.zoom-in");

  g_assert_nonnull (list);
  g_assert_nonnull (zoom_in);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (band)));
  g_assert_false (gtk_widget_get_mapped (list));
  g_assert_true (gtk_widget_get_sensitive (zoom_in));

  /* Below about 600 pixels the band gives way to a list grouped by year. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 400, 700);
  spin (400);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (band)));
  g_assert_true (gtk_widget_get_mapped (list));
  g_assert_false (gtk_widget_get_sensitive (zoom_in));
  /* The 36 events of the built-in pack under their 10 years. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (
                                                GTK_LIST_VIEW (list)))), ==, 46);

  /* Row 0 is the heading of 2014, which opens nothing; row 1 is the first summit. */
  g_signal_emit_by_name (list, "activate", 0);
  g_assert_cmpuint (fixture->activated->len, ==, 0);
  g_signal_emit_by_name (list, "activate", 1);
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->activated, 0), ==, "show-event:2014-first-summit");
  g_assert_cmpstr (vtr_event_get_id (vtr_timeline_band_get_selected_event (band)), ==,
                   "2014-first-summit");

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 700);
  spin (400);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (band)));
  g_assert_false (gtk_widget_get_mapped (list));
}

static void
test_new_pack (Fixture       *fixture,
               gconstpointer  page_type)
{
  g_autoptr(GFile) location = g_file_new_build_filename (g_getenv ("G_TEST_SRCDIR"), "..",
                                                         "docs", "examples", "river-museum",
                                                         NULL);
  g_autoptr(VtrPack) other = load_pack (location);
  VtrTimelineBand *band = get_band (fixture);

  vtr_timeline_page_focus_event (VTR_TIMELINE_PAGE (fixture->page), "2021-quic");

  /* The span comes from the pack, not from the built-in decade. */
  vtr_timeline_page_set_pack (VTR_TIMELINE_PAGE (fixture->page), other);
  spin (200);
  g_assert_null (vtr_timeline_band_get_selected_event (band));
  g_assert_cmpfloat (vtr_timeline_band_get_max_zoom (band), >, 10);

  vtr_timeline_page_set_pack (VTR_TIMELINE_PAGE (fixture->page), NULL);
  spin (100);
  g_assert_null (vtr_timeline_band_get_selected_event (band));
  g_assert_cmpfloat (vtr_timeline_band_get_max_zoom (band), ==, 1);
}

static void
test_event_page (Fixture       *fixture,
                 gconstpointer  page_type)
{
  VtrEventPage *page = VTR_EVENT_PAGE (fixture->page);
  VtrEvent *event = vtr_pack_find_event (fixture->pack, "2014-first-summit");
  GtkWidget *row;
  GtkListBox *exhibits;

  vtr_event_page_set_event (page, event);
  spin (200);

  /* Two exhibits are about the first summit; activating one asks the window to show it. */
  exhibits = GTK_LIST_BOX (find_descendant (fixture->page, GTK_TYPE_LIST_BOX));
  g_assert_nonnull (exhibits);
  g_assert_nonnull (gtk_list_box_get_row_at_index (exhibits, 1));
  g_assert_null (gtk_list_box_get_row_at_index (exhibits, 2));

  row = GTK_WIDGET (gtk_list_box_get_row_at_index (exhibits, 0));
  g_signal_emit_by_name (row, "activate");
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->activated, 0), ==,
                   "show-exhibit:wuzhen-summit");

  vtr_event_page_set_event (page, NULL);
  spin (100);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (exhibits)));
}

static void
test_pages_are_finalized (void)
{
  GtkWidget *pages[] = { vtr_timeline_page_new (), vtr_event_page_new () };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *window = adw_window_new ();

      g_object_add_weak_pointer (G_OBJECT (pages[i]), (gpointer *)&pages[i]);
      adw_window_set_content (ADW_WINDOW (window), pages[i]);
      gtk_window_present (GTK_WINDOW (window));
      spin (100);
      gtk_window_destroy (GTK_WINDOW (window));
      spin (100);
      g_assert_null (pages[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  vtr_ensure_resources ();

  g_test_add ("/timeline-page/focus-and-reset", Fixture,
              GSIZE_TO_POINTER (VTR_TYPE_TIMELINE_PAGE), fixture_set_up, test_focus_and_reset,
              fixture_tear_down);
  g_test_add ("/timeline-page/activation-opens-event", Fixture,
              GSIZE_TO_POINTER (VTR_TYPE_TIMELINE_PAGE), fixture_set_up,
              test_activation_opens_event, fixture_tear_down);
  g_test_add ("/timeline-page/narrow-shows-list", Fixture,
              GSIZE_TO_POINTER (VTR_TYPE_TIMELINE_PAGE), fixture_set_up, test_narrow_shows_list,
              fixture_tear_down);
  g_test_add ("/timeline-page/new-pack", Fixture,
              GSIZE_TO_POINTER (VTR_TYPE_TIMELINE_PAGE), fixture_set_up, test_new_pack,
              fixture_tear_down);
  g_test_add ("/timeline-page/event-page", Fixture,
              GSIZE_TO_POINTER (VTR_TYPE_EVENT_PAGE), fixture_set_up, test_event_page,
              fixture_tear_down);
  g_test_add_func ("/timeline-page/pages-are-finalized", test_pages_are_finalized);

  return g_test_run ();
}
