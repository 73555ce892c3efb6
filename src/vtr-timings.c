/* vtr-timings.c: start-up timings for VITRINE_DEBUG=timings, off by default
 *
 * The benchmarks in tests/bench/ time the app from exec to its first painted frame. The app
 * cannot know when it was exec'd, but it can say when things happened on the same clock the
 * benchmark reads: each mark is printed with g_get_monotonic_time(), which is CLOCK_MONOTONIC
 * and so comparable across processes, and with the milliseconds since main() began.
 *
 * VITRINE_DEBUG is a comma-separated list of:
 *   timings                  print "vitrine: timings: WHAT MS ms monotonic US" lines on stderr
 *   quit-after-first-frame   quit once the first window has painted its first frame
 * Unset, nothing here does any work beyond one getenv at start.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-timings.h"

enum {
  TIMINGS = 1 << 0,
  QUIT_AFTER_FIRST_FRAME = 1 << 1,
};

static guint flags;
static gint64 start_time;
static gboolean first_frame_seen;

static gboolean
quit_cb (gpointer user_data)
{
  g_application_quit (G_APPLICATION (user_data));

  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock  *clock,
                GtkApplication *application)
{
  if (first_frame_seen)
    return;

  first_frame_seen = TRUE;
  vtr_timings_mark ("first-frame");
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, application);

  /* An idle, so that the frame that was just painted is complete before the app exits. */
  if ((flags & QUIT_AFTER_FIRST_FRAME) != 0)
    g_idle_add_full (G_PRIORITY_LOW, quit_cb, g_object_ref (application), g_object_unref);
}

static void
window_realize_cb (GtkWidget      *window,
                   GtkApplication *application)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_handlers_disconnect_by_func (window, window_realize_cb, application);
  if (clock != NULL && !first_frame_seen)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (after_paint_cb), application, 0);
}

/* Whichever window the app shows first (the main window, or a kiosk's attract screen) is the
 * one whose first frame counts. */
static void
window_added_cb (GtkApplication *application,
                 GtkWindow      *window)
{
  if (first_frame_seen)
    return;

  vtr_timings_mark ("window-added");
  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    window_realize_cb (GTK_WIDGET (window), application);
  else
    g_signal_connect_object (window, "realize", G_CALLBACK (window_realize_cb), application, 0);
}

/**
 * vtr_timings_init:
 *
 * Reads VITRINE_DEBUG and notes the start time. Call it first thing in main().
 */
void
vtr_timings_init (void)
{
  static const GDebugKey keys[] = {
    { "timings", TIMINGS },
    { "quit-after-first-frame", QUIT_AFTER_FIRST_FRAME },
  };
  const char *debug = g_getenv ("VITRINE_DEBUG");

  start_time = g_get_monotonic_time ();
  if (debug != NULL)
    flags = g_parse_debug_string (debug, keys, G_N_ELEMENTS (keys));
  vtr_timings_mark ("main");
}

gboolean
vtr_timings_enabled (void)
{
  return (flags & TIMINGS) != 0;
}

/**
 * vtr_timings_mark:
 * @what: a one-word name for the moment, such as "pack-loaded"
 *
 * Prints when @what happened, when VITRINE_DEBUG has "timings".
 */
void
vtr_timings_mark (const char *what)
{
  gint64 now;

  if ((flags & TIMINGS) == 0)
    return;

  now = g_get_monotonic_time ();
  g_printerr ("vitrine: timings: %s %.1f ms monotonic %" G_GINT64_FORMAT "\n",
              what, (now - start_time) / 1000.0, now);
}

/**
 * vtr_timings_attach:
 * @application: the application whose first window is watched
 *
 * Marks the first frame of the first window, and quits after it when VITRINE_DEBUG has
 * "quit-after-first-frame". Does nothing when VITRINE_DEBUG asks for neither.
 */
void
vtr_timings_attach (GtkApplication *application)
{
  if (flags == 0)
    return;

  g_signal_connect (application, "window-added", G_CALLBACK (window_added_cb), NULL);
}
