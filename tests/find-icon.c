/* find-icon.c: prints the file that the icon theme resolves each icon name to, after
 * checking that the file loads as an image.
 *
 * The install test runs it with XDG_DATA_DIRS pointing at an installed prefix, to show that
 * the shell and GTK find the installed app icons there. It is not a GtkApplication, so the
 * icons bundled in Vitrine's GResource play no part.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <gtk/gtk.h>
#include <stdio.h>

int
main (int   argc,
      char *argv[])
{
  GtkIconTheme *theme;
  int status = 0;

  gtk_init ();
  theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GtkIconPaintable) icon = NULL;
      g_autoptr(GFile) file = NULL;
      g_autofree char *path = NULL;
      g_autoptr(GdkPixbuf) pixbuf = NULL;
      g_autoptr(GError) error = NULL;

      if (!gtk_icon_theme_has_icon (theme, argv[i]))
        {
          fprintf (stderr, "%s: not found\n", argv[i]);
          status = 1;
          continue;
        }

      icon = gtk_icon_theme_lookup_icon (theme, argv[i], NULL, 128, 1, GTK_TEXT_DIR_NONE, 0);
      file = gtk_icon_paintable_get_file (icon);
      path = file != NULL ? g_file_get_path (file) : NULL;
      if (path == NULL)
        {
          fprintf (stderr, "%s: not a file\n", argv[i]);
          status = 1;
          continue;
        }

      /* A theme lookup goes by file name only; loading is what fails on a broken SVG, or on
       * one whose <svg> tag comes too late for the image type to be recognised. */
      pixbuf = gdk_pixbuf_new_from_file_at_size (path, 64, 64, &error);
      if (pixbuf == NULL)
        {
          fprintf (stderr, "%s: %s\n", path, error->message);
          status = 1;
          continue;
        }

      printf ("%s %s\n", argv[i], path);
    }

  return status;
}
