/* bench-language-switch.c: how long a visitor waits after picking a language
 *
 * Measures what the app does on a switch: change the language, build a new window on the
 * screen the old one showed, and paint its first frame. Prints the median and the slowest of
 * 20 switches between English and Chinese, on the built-in pack, against building and painting
 * a minimal window (an AdwApplicationWindow with a header bar and a label) in the same process.
 * It is a benchmark, not a test: it prints figures and never fails on time. The "bench:" lines
 * are for tests/bench/run-benchmarks.py.
 *
 * Run: meson test -C _build --benchmark bench-language-switch --verbose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "vtr-content-manager.h"
#include "vtr-gtk-fixes.h"
#include "vtr-language-manager.h"
#include "vtr-pack-loader.h"
#include "vtr-window.h"

#define SWITCHES 20

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static GtkWidget *
show_window (VtrContentManager *content,
             const char        *location)
{
  GtkWidget *window = g_object_new (VTR_TYPE_WINDOW, "content-manager", content, NULL);
  gboolean painted = FALSE;
  GdkFrameClock *clock;
  gulong handler;

  vtr_window_go_to (VTR_WINDOW (window), location);
  gtk_window_present (GTK_WINDOW (window));

  clock = gtk_widget_get_frame_clock (window);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);

  return window;
}

/* The reference: what GTK and libadwaita alone need to build a window and paint it. */
static double
show_minimal_window (void)
{
  gint64 start = g_get_monotonic_time ();
  GtkWidget *window = adw_application_window_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gboolean painted = FALSE;
  double elapsed;

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new ("A minimal window"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), &painted);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  elapsed = (g_get_monotonic_time () - start) / 1000.0;
  gtk_window_destroy (GTK_WINDOW (window));

  return elapsed;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(VtrContentManager) content = NULL;
  VtrLanguageManager *languages;
  const char *localedir = g_getenv ("VITRINE_LOCALEDIR");
  double times[SWITCHES];
  double minimal[SWITCHES];
  GtkWidget *window;

  setlocale (LC_ALL, "");
  (void) g_dgettext (GETTEXT_PACKAGE, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_init ();
  adw_init ();
  vtr_gtk_fixes_install ();
  vtr_ensure_resources ();

  content = vtr_content_manager_new ();
  if (!vtr_content_manager_open_builtin (content, NULL))
    return 1;

  languages = vtr_language_manager_get_default ();
  vtr_language_manager_set_language (languages, "en");
  window = show_window (content, "exhibit:ipv6");

  for (guint i = 0; i < SWITCHES; i++)
    {
      g_autofree char *location = g_strdup (vtr_window_get_location (VTR_WINDOW (window)));
      gint64 start = g_get_monotonic_time ();
      GtkWidget *next;

      vtr_language_manager_set_language (languages, i % 2 == 0 ? "zh_CN" : "en");
      next = show_window (content, location);
      gtk_window_destroy (GTK_WINDOW (window));
      window = next;

      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  for (guint i = 0; i < SWITCHES; i++)
    minimal[i] = show_minimal_window ();

  qsort (times, SWITCHES, sizeof (double), compare_doubles);
  qsort (minimal, SWITCHES, sizeof (double), compare_doubles);
  g_print ("language switch on the built-in pack, exhibit page, %d switches:\n", SWITCHES);
  g_print ("  median %.1f ms, fastest %.1f ms, slowest %.1f ms\n",
           times[SWITCHES / 2], times[0], times[SWITCHES - 1]);
  g_print ("minimal window built and painted: median %.1f ms\n", minimal[SWITCHES / 2]);
  g_print ("bench: switch-median-ms %.1f\n", times[SWITCHES / 2]);
  g_print ("bench: switch-max-ms %.1f\n", times[SWITCHES - 1]);
  g_print ("bench: minimal-window-ms %.1f\n", minimal[SWITCHES / 2]);

  gtk_window_destroy (GTK_WINDOW (window));

  return 0;
}
