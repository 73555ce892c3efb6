/* test-timeline-page.c: the timeline page and the event page against a real display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "vtr-event-page.h"
#include "vtr-test-utils.h"
#include "vtr-timeline-band.h"
#include "vtr-timeline-page.h"

typedef VtrTestPageFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  page_type)
{
  static const char * const names[] = { "show-event", "show-exhibit", "show-category", NULL };

  vtr_test_page_fixture_set_up (fixture, g_object_new (GPOINTER_TO_SIZE (page_type), NULL),
                                names, 1100, 700);
  vtr_test_spin (300);
}

static VtrTimelineBand *
get_band (Fixture *fixture)
{
  GtkWidget *band = vtr_test_find_descendant (fixture->page, VTR_TYPE_TIMELINE_BAND);

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
  vtr_test_spin (500);
  g_assert_cmpfloat_with_epsilon (vtr_timeline_band_get_zoom (band), 2, 1e-6);

  vtr_timeline_page_focus_event (page, "2021-quic");
  vtr_test_spin (400);
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

  g_assert_cmpuint (fixture->activations->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (fixture->activations, 0), ==,
                   "show-event 2017-ipv6-internet-standard");
  g_assert_cmpstr (g_ptr_array_index (fixture->activations, 1), ==,
                   "show-event 2017-ipv6-internet-standard");
}

static void
test_narrow_shows_list (Fixture       *fixture,
                        gconstpointer  page_type)
{
  VtrTimelineBand *band = get_band (fixture);
  GtkWidget *list = vtr_test_find_descendant (fixture->page, GTK_TYPE_LIST_VIEW);
  GtkWidget *zoom_in = vtr_test_find_action_button (fixture->page, "timeline.zoom-in");

  g_assert_nonnull (list);
  g_assert_nonnull (zoom_in);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (band)));
  g_assert_false (gtk_widget_get_mapped (list));
  g_assert_true (gtk_widget_get_sensitive (zoom_in));

  /* Below about 600 pixels the band gives way to a list grouped by year. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 400, 700);
  vtr_test_spin (400);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (band)));
  g_assert_true (gtk_widget_get_mapped (list));
  g_assert_false (gtk_widget_get_sensitive (zoom_in));
  /* The 36 events of the built-in pack under their 10 years. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (
                                                GTK_LIST_VIEW (list)))), ==, 46);

  /* Row 0 is the heading of 2014, which opens nothing; row 1 is the first summit. */
  g_signal_emit_by_name (list, "activate", 0);
  g_assert_cmpuint (fixture->activations->len, ==, 0);
  g_signal_emit_by_name (list, "activate", 1);
  g_assert_cmpuint (fixture->activations->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->activations, 0), ==,
                   "show-event 2014-first-summit");
  g_assert_cmpstr (vtr_event_get_id (vtr_timeline_band_get_selected_event (band)), ==,
                   "2014-first-summit");

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 700);
  vtr_test_spin (400);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (band)));
  g_assert_false (gtk_widget_get_mapped (list));
}

static void
test_new_pack (Fixture       *fixture,
               gconstpointer  page_type)
{
  g_autoptr(GFile) location = vtr_test_source_file ("../docs/examples/river-museum");
  g_autoptr(VtrPack) other = vtr_test_load_pack (location);
  VtrTimelineBand *band = get_band (fixture);

  vtr_timeline_page_focus_event (VTR_TIMELINE_PAGE (fixture->page), "2021-quic");

  /* The span comes from the pack, not from the built-in decade. */
  vtr_timeline_page_set_pack (VTR_TIMELINE_PAGE (fixture->page), other);
  vtr_test_spin (200);
  g_assert_null (vtr_timeline_band_get_selected_event (band));
  g_assert_cmpfloat (vtr_timeline_band_get_max_zoom (band), >, 10);

  vtr_timeline_page_set_pack (VTR_TIMELINE_PAGE (fixture->page), NULL);
  vtr_test_spin (100);
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
  vtr_test_spin (200);

  /* Two exhibits are about the first summit; activating one asks the window to show it. */
  exhibits = GTK_LIST_BOX (vtr_test_find_descendant (fixture->page, GTK_TYPE_LIST_BOX));
  g_assert_nonnull (exhibits);
  g_assert_nonnull (gtk_list_box_get_row_at_index (exhibits, 1));
  g_assert_null (gtk_list_box_get_row_at_index (exhibits, 2));

  row = GTK_WIDGET (gtk_list_box_get_row_at_index (exhibits, 0));
  g_signal_emit_by_name (row, "activate");
  g_assert_cmpuint (fixture->activations->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->activations, 0), ==,
                   "show-exhibit wuzhen-summit");

  vtr_event_page_set_event (page, NULL);
  vtr_test_spin (100);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (exhibits)));
}

static void
test_pages_are_finalized (void)
{
  GtkWidget *pages[] = { vtr_timeline_page_new (), vtr_event_page_new () };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *window = vtr_test_present_window (pages[i], NULL, -1, -1);

      vtr_test_spin (100);
      vtr_test_destroy_and_assert_finalized (window, pages[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  vtr_test_init_with_display (&argc, &argv);

#define ADD(path, page_type, func) \
  vtr_test_add_page_test (path, GSIZE_TO_POINTER (page_type), fixture_set_up, func)

  ADD ("/timeline-page/focus-and-reset", VTR_TYPE_TIMELINE_PAGE, test_focus_and_reset);
  ADD ("/timeline-page/activation-opens-event", VTR_TYPE_TIMELINE_PAGE,
       test_activation_opens_event);
  ADD ("/timeline-page/narrow-shows-list", VTR_TYPE_TIMELINE_PAGE, test_narrow_shows_list);
  ADD ("/timeline-page/new-pack", VTR_TYPE_TIMELINE_PAGE, test_new_pack);
  ADD ("/timeline-page/event-page", VTR_TYPE_EVENT_PAGE, test_event_page);

#undef ADD

  g_test_add_func ("/timeline-page/pages-are-finalized", test_pages_are_finalized);

  return g_test_run ();
}
