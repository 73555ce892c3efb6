/* bench-minimal-window.c: the reference for the start-up and memory benchmarks
 *
 * The least a libadwaita app can do to show a window: an AdwApplication with one
 * AdwApplicationWindow holding a header bar and a label. It reports its first painted frame
 * and quits exactly the way Vitrine does under VITRINE_DEBUG=timings,quit-after-first-frame,
 * so that tests/bench/run-benchmarks.py can time both from exec on the same clock.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

static gboolean
quit_cb (gpointer user_data)
{
  g_application_quit (G_APPLICATION (user_data));

  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                GApplication  *application)
{
  g_printerr ("vitrine: timings: first-frame 0.0 ms monotonic %" G_GINT64_FORMAT "\n",
              g_get_monotonic_time ());
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, application);
  g_idle_add_full (G_PRIORITY_LOW, quit_cb, g_object_ref (application), g_object_unref);
}

static void
activate_cb (GApplication *application)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new ("A minimal window"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_widget_realize (window);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), application);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) application = NULL;

  application = adw_application_new ("io.github.vitrine.BenchMinimalWindow",
                                      G_APPLICATION_NON_UNIQUE);
  g_signal_connect (application, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (application), argc, argv);
}
