/* stress-icon-lookups.c: meets GTK 4.8's icon cache race, or shows that the keeper avoids it
 *
 * Looks up the icon theme's first 400 icons with GTK_ICON_LOOKUP_PRELOAD and drops each at
 * once, round after round, for the given number of seconds. Each lookup starts a load on a
 * worker thread, which then often drops an icon's last reference while the main thread looks
 * the same icon up again (see src/vtr-icon-keeper.c). Without the keeper, and with other
 * processes keeping the cores busy, GLib's critical `'!object_already_finalized'` comes
 * within a minute in most runs; run it with G_DEBUG=fatal-criticals. It is a tool, not a
 * test: a race that is met only sometimes cannot make an honest pass or fail.
 *
 *   G_DEBUG=fatal-criticals xvfb-run -a _build/tests/stress-icon-lookups 120 [--without-keeper]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <stdlib.h>

#include "vtr-icon-keeper.h"

#define N_NAMES 400

int
main (int   argc,
      char *argv[])
{
  g_auto(GStrv) names = NULL;
  GtkIconTheme *theme;
  gint64 started;
  gint64 seconds;
  guint n_names;
  guint round;

  if (argc < 2)
    {
      g_printerr ("usage: %s SECONDS [--without-keeper]\n", argv[0]);
      return 2;
    }

  seconds = atol (argv[1]);
  gtk_init ();
  if (argc < 3 || !g_str_equal (argv[2], "--without-keeper"))
    vtr_icon_keeper_install ();

  theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  names = gtk_icon_theme_get_icon_names (theme);
  n_names = MIN (g_strv_length (names), N_NAMES);
  started = g_get_monotonic_time ();

  for (round = 0; g_get_monotonic_time () - started < seconds * G_USEC_PER_SEC; round++)
    {
      for (guint i = 0; i < n_names; i++)
        g_object_unref (gtk_icon_theme_lookup_icon (theme, names[i], NULL, 16, 1,
                                                    GTK_TEXT_DIR_LTR,
                                                    GTK_ICON_LOOKUP_PRELOAD));

      while (g_main_context_iteration (NULL, FALSE))
        ;
    }

  g_print ("%u rounds of %u lookups in %" G_GINT64_FORMAT " s, %u icons kept\n",
           round, n_names, seconds, vtr_icon_keeper_get_n_kept ());

  return 0;
}
