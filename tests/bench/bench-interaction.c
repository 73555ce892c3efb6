/* bench-interaction.c: frame times and response times on a large pack
 *
 * Usage: bench-interaction PACK-DIR [gallery|timeline|search|reference]...
 *
 * With no part named, it measures all four; naming parts is for profiling one of them, e.g.
 * under valgrind --tool=callgrind. BENCH_SCROLL_FRAMES=N scrolls N frames instead of 240, and
 * BENCH_VERBOSE=1 prints each scroll position and each search's own time.
 *
 * In one process under one display, with the window at its default size:
 *  - scrolling the gallery by 40 px a frame, for 240 frames, against the same scroll of a
 *    plain GtkGridView of as many one-label cells (what GTK itself costs);
 *  - panning the timeline by 40 px a frame for 240 frames, zoomed in four steps (a decade or
 *    two on screen), then four more (its closest zoom);
 *  - typing queries one key at a time into the search, from the key to the frame that shows
 *    the new results (GtkSearchEntry's own 150 ms typing delay is left out: it is a wait,
 *    not work, though what the page does after the frame runs before the next key), against a naive scan that case-folds every title and looks for the query.
 *
 * A frame's time is the work the GdkFrameClock did for it: from its before-paint signal to
 * its after-paint signal, which covers the update, layout and paint phases. Prints
 * "bench: KEY VALUE" lines for tests/bench/run-benchmarks.py. It never fails on time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <stdlib.h>

#include "vtr-content-manager.h"
#include "vtr-gallery-page.h"
#include "vtr-gtk-fixes.h"
#include "vtr-language-manager.h"
#include "vtr-pack-loader.h"
#include "vtr-search-index.h"
#include "vtr-test-utils.h"
#include "vtr-timeline-band.h"
#include "vtr-window.h"

/* BENCH_SCROLL_FRAMES sets fewer, for profiling under valgrind. */
#define SCROLL_FRAMES 240
#define SCROLL_STEP 40.0

typedef struct
{
  GtkAdjustment *adjustment;
  GArray        *times;
  gint64         frame_start;
  guint          frames;
  guint          n_frames;
  double         direction;
} Scroll;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *values,
            double  fraction)
{
  guint index;

  if (values->len == 0)
    return 0;

  g_array_sort (values, compare_doubles);
  index = MIN (values->len - 1, (guint) (fraction * values->len));

  return g_array_index (values, double, index);
}

static void
before_paint_cb (GdkFrameClock *clock,
                 Scroll        *scroll)
{
  scroll->frame_start = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                Scroll        *scroll)
{
  double elapsed;

  if (scroll->frame_start == 0)
    return;

  elapsed = (g_get_monotonic_time () - scroll->frame_start) / 1000.0;
  g_array_append_val (scroll->times, elapsed);
  scroll->frame_start = 0;
}

/* Moves the view on each frame, as a kinetic scroll would, turning back at either end. */
static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  Scroll *scroll = user_data;
  GtkAdjustment *adjustment = scroll->adjustment;
  double lower = gtk_adjustment_get_lower (adjustment);
  double upper = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
  double value = gtk_adjustment_get_value (adjustment) + scroll->direction * SCROLL_STEP;

  if (value > upper || value < lower)
    {
      scroll->direction = -scroll->direction;
      value = CLAMP (value, lower, upper);
    }
  gtk_adjustment_set_value (adjustment, value);
  if (g_getenv ("BENCH_VERBOSE") != NULL)
    g_print ("frame %u: value %.0f of %.0f\n", scroll->frames, value, upper);

  return ++scroll->frames < scroll->n_frames ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
count_paint_cb (GdkFrameClock *clock,
                guint         *painted)
{
  (*painted)++;
}

/* Spins the main loop until @widget's window has painted @frames more frames. */
static void
wait_frames (GtkWidget *widget,
             guint      frames)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  guint painted = 0;
  gulong handler;

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (count_paint_cb), &painted);
  while (painted < frames)
    {
      gtk_widget_queue_draw (widget);
      g_main_context_iteration (NULL, TRUE);
    }
  g_signal_handler_disconnect (clock, handler);
}

/* Scrolls @adjustment from inside @widget's frame clock and returns each frame's work time. */
static GArray *
measure_scroll (GtkWidget     *widget,
                GtkAdjustment *adjustment)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  const char *frames = g_getenv ("BENCH_SCROLL_FRAMES");
  Scroll scroll = { adjustment, g_array_new (FALSE, FALSE, sizeof (double)), 0, 0,
                    frames != NULL ? (guint) atoi (frames) : SCROLL_FRAMES, 1.0 };
  gulong before, after;

  /* Settle: let pictures that were already asked for arrive before timing starts. */
  wait_frames (widget, 10);
  vtr_test_spin (300);

  before = g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), &scroll);
  after = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &scroll);
  gtk_widget_add_tick_callback (widget, scroll_tick_cb, &scroll, NULL);
  while (scroll.frames < scroll.n_frames)
    g_main_context_iteration (NULL, TRUE);
  wait_frames (widget, 1);
  g_signal_handler_disconnect (clock, before);
  g_signal_handler_disconnect (clock, after);

  return scroll.times;
}

static void
print_frames (const char *name,
              GArray     *times)
{
  g_print ("bench: %s-frames %u\n", name, times->len);
  g_print ("bench: %s-median-ms %.2f\n", name, percentile (times, 0.5));
  g_print ("bench: %s-p99-ms %.2f\n", name, percentile (times, 0.99));
}

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_size_request (label, 240, 260);
  gtk_list_item_set_child (item, label);
}

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (string));
}

/* What GTK itself costs: a grid of as many cells, each a label, in a window of the same size. */
static GArray *
measure_reference_scroll (guint n_items,
                          int   width,
                          int   height)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *grid;
  GArray *times;

  for (guint i = 0; i < n_items; i++)
    {
      g_autofree char *text = g_strdup_printf ("Exhibit %u", i);

      gtk_string_list_append (strings, text);
    }
  g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), NULL);
  grid = gtk_grid_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (
                              G_LIST_MODEL (g_object_ref (strings)))), factory);
  gtk_grid_view_set_max_columns (GTK_GRID_VIEW (grid), 6);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), grid);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  wait_frames (window, 3);

  times = measure_scroll (window, gtk_scrolled_window_get_vadjustment (
                                    GTK_SCROLLED_WINDOW (scroller)));
  gtk_window_destroy (GTK_WINDOW (window));

  return times;
}

/* Zooms the band in by @steps more, then pans it. Zooming is animated: each step waits for
 * the last to settle, so that the figure is taken at the same zoom however slow the machine. */
static GArray *
pan_timeline (GtkWidget  *window,
              GtkWidget  *band,
              guint       steps,
              const char *name)
{
  for (guint i = 0; i < steps; i++)
    {
      double zoom = 0;

      vtr_timeline_band_zoom_in (VTR_TIMELINE_BAND (band));
      while (zoom != vtr_timeline_band_get_zoom (VTR_TIMELINE_BAND (band)))
        {
          zoom = vtr_timeline_band_get_zoom (VTR_TIMELINE_BAND (band));
          wait_frames (window, 2);
        }
    }
  g_print ("bench: %s-zoom %.1f\n", name,
           vtr_timeline_band_get_zoom (VTR_TIMELINE_BAND (band)));

  return measure_scroll (window, vtr_timeline_band_get_adjustment (VTR_TIMELINE_BAND (band)));
}

static double
naive_search (VtrPack    *pack,
              const char *query)
{
  g_autofree char *needle = g_utf8_casefold (query, -1);
  GListModel *exhibits = vtr_pack_get_exhibits (pack);
  GListModel *events = vtr_pack_get_events (pack);
  gint64 start = g_get_monotonic_time ();
  guint hits = 0;

  for (guint i = 0; i < g_list_model_get_n_items (exhibits); i++)
    {
      g_autoptr(VtrExhibit) exhibit = g_list_model_get_item (exhibits, i);
      g_autofree char *title = g_utf8_casefold (vtr_exhibit_get_title (exhibit), -1);

      hits += strstr (title, needle) != NULL;
    }
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(VtrEvent) event = g_list_model_get_item (events, i);
      g_autofree char *title = g_utf8_casefold (vtr_event_get_title (event), -1);

      hits += strstr (title, needle) != NULL;
    }
  (void) hits;

  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  static const char * const queries[] = { "network", "river signal", "museum", "zq" };
  g_autoptr(VtrContentManager) content = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GArray) gallery = NULL;
  g_autoptr(GArray) reference = NULL;
  g_autoptr(GArray) timeline = NULL;
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) naive = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWidget *window, *page, *grid, *band;
  VtrPack *pack;
  int width, height;
  gboolean all = argc < 3;

  if (argc < 2)
    {
      g_printerr ("usage: %s PACK-DIR\n", argv[0]);
      return 2;
    }

  setlocale (LC_ALL, "");
  gtk_init ();
  adw_init ();
  vtr_gtk_fixes_install ();
  vtr_ensure_resources ();

  content = vtr_content_manager_new ();
  folder = g_file_new_for_commandline_arg (argv[1]);
  if (!vtr_content_manager_open_folder (content, folder))
    g_error ("%s does not load", argv[1]);
  pack = vtr_content_manager_get_pack (content);
  vtr_language_manager_set_language (vtr_language_manager_get_default (), "en");

  window = g_object_new (VTR_TYPE_WINDOW, "content-manager", content, NULL);
  vtr_window_go_to (VTR_WINDOW (window), "view:exhibits");
  gtk_window_present (GTK_WINDOW (window));
  wait_frames (window, 3);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);

  /* The gallery. */
  if (all || g_strv_contains ((const char * const *)argv + 2, "gallery"))
    {
      page = vtr_test_find_descendant (window, VTR_TYPE_GALLERY_PAGE);
      grid = vtr_test_find_descendant (page, GTK_TYPE_GRID_VIEW);
      if (g_getenv ("BENCH_VERBOSE") != NULL)
        g_print ("grid: mapped %d, height %d, items %u\n", gtk_widget_get_mapped (grid),
                 gtk_widget_get_height (grid),
                 g_list_model_get_n_items (G_LIST_MODEL (gtk_grid_view_get_model (
                   GTK_GRID_VIEW (grid)))));
      gallery = measure_scroll (window, gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (grid)));
      print_frames ("gallery-scroll", gallery);
    }

  /* The timeline, zoomed in far enough that there is a long way to pan. */
  if (all || g_strv_contains ((const char * const *)argv + 2, "timeline"))
    {
      vtr_window_go_to (VTR_WINDOW (window), "view:timeline");
      wait_frames (window, 3);
      band = vtr_test_find_descendant (window, VTR_TYPE_TIMELINE_BAND);
      timeline = pan_timeline (window, band, 4, "timeline-pan");
      print_frames ("timeline-pan", timeline);
      g_array_unref (timeline);
      timeline = pan_timeline (window, band, 4, "timeline-pan-max");
      print_frames ("timeline-pan-max", timeline);
    }

  /* Search, one key at a time. */
  if (all || g_strv_contains ((const char * const *)argv + 2, "search"))
    {
      for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
        {
          for (gsize n = 1; n <= strlen (queries[q]); n++)
            {
              g_autofree char *prefix = g_strndup (queries[q], n);
              g_autofree char *location = g_strconcat ("search:", prefix, NULL);
              gint64 start = g_get_monotonic_time ();
              double elapsed, scan;

              vtr_window_go_to (VTR_WINDOW (window), location);
              if (g_getenv ("BENCH_VERBOSE") != NULL)
                g_print ("%s: go_to %.1f ms\n", prefix, (g_get_monotonic_time () - start) / 1000.0);
              wait_frames (window, 1);
              elapsed = (g_get_monotonic_time () - start) / 1000.0;
              g_array_append_val (keys, elapsed);
              scan = naive_search (pack, prefix);
              g_array_append_val (naive, scan);

              /* Work the page left for after the frame happens while the visitor types, in
               * the entry's typing delay: let it run before the next key, as it would. */
              while (g_main_context_iteration (NULL, FALSE))
                ;
            }
          vtr_window_go_to (VTR_WINDOW (window), "view:exhibits");
          wait_frames (window, 2);
        }
      g_print ("bench: search-keystrokes %u\n", keys->len);
      g_print ("bench: search-key-median-ms %.2f\n", percentile (keys, 0.5));
      g_print ("bench: search-key-max-ms %.2f\n", percentile (keys, 1.0));
      g_print ("bench: naive-scan-median-ms %.2f\n", percentile (naive, 0.5));
    }

  gtk_window_destroy (GTK_WINDOW (window));

  if (all || g_strv_contains ((const char * const *)argv + 2, "reference"))
    {
      guint n_items = g_list_model_get_n_items (vtr_pack_get_exhibits (pack));

      reference = measure_reference_scroll (n_items, width, height);
      print_frames ("plain-grid-scroll", reference);
    }

  return 0;
}
