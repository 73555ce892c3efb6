/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "vtr-application.h"
#include "vtr-timings.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(VtrApplication) app = NULL;
  const char *localedir = g_getenv ("VITRINE_LOCALEDIR");

  vtr_timings_init ();
  setlocale (LC_ALL, "");

  /* GLib's g_dgettext() decides once, at its first call, whether to translate at all: under a
   * non-English locale such as C.UTF-8 it refuses for good when the domain has no catalog for
   * the language of that moment. Vitrine switches language at run time, so it makes that first
   * call while the default domain is still gettext's own, which makes GLib always translate. */
  (void) g_dgettext (GETTEXT_PACKAGE, "");

  /* VITRINE_LOCALEDIR lets an uninstalled build (build-aux/run, the tests) find the catalogs
   * compiled in its build tree; installed, the catalogs are in LOCALEDIR. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && localedir[0] != '\0' ? localedir
                                                                             : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = vtr_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
