/* vtr-gtk-fixes.c: workarounds for the bugs of GTK 4.8 that a kiosk meets over months
 *
 * Debian 12 ships GTK 4.8.3, and a kiosk rebuilds its screens for every visitor, thousands of
 * times a week. Two bugs of that GTK show only at that scale, and both are worked around here,
 * where GTK's own classes go wrong, rather than at every place that uses them:
 *
 * - An icon can be finalized on a worker thread while the icon theme's cache still hands it
 *   out: a crash. See vtr-icon-keeper.c.
 * - A scrolled window, when realized, connects to the display's GtkSettings ("notify::
 *   gtk-overlay-scrolling"), and when unrealized disconnects a different function
 *   (gtk_scrolled_window_sync_use_indicators() against gtk_scrolled_window_update_use_indicators()
 *   in gtk/gtkscrolledwindow.c), so the handler stays. Every page a visitor opens has a scrolled
 *   window: the settings object gathers a handler for each, some 150 bytes each that are never
 *   given back, pointing at a widget long freed. The window soak's heap grew by about 600 bytes
 *   a visitor from it. Here the scrolled window's unrealize first takes its handler off the
 *   settings itself; where GTK is fixed, GTK's own disconnect then finds nothing to do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-gtk-fixes.h"
#include "vtr-icon-keeper.h"

static void (*gtk_scrolled_window_unrealize) (GtkWidget *widget);
static guint notify_signal;
static GQuark overlay_scrolling_quark;

static void
scrolled_window_unrealize (GtkWidget *widget)
{
  g_signal_handlers_disconnect_matched (gtk_widget_get_settings (widget),
                                        G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_DETAIL
                                        | G_SIGNAL_MATCH_DATA,
                                        notify_signal, overlay_scrolling_quark, NULL, NULL,
                                        widget);

  gtk_scrolled_window_unrealize (widget);
}

/**
 * vtr_gtk_fixes_install:
 *
 * Works around the GTK bugs described above. Call it on the thread that runs GTK, once GTK is
 * initialized and before any widget is made; calling it again does nothing.
 */
void
vtr_gtk_fixes_install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      /* The class reference is never given back, so the class and its new unrealize stay.
       * Subclasses made later copy it. */
      GtkWidgetClass *scrolled_class = g_type_class_ref (GTK_TYPE_SCROLLED_WINDOW);

      vtr_icon_keeper_install ();

      notify_signal = g_signal_lookup ("notify", G_TYPE_OBJECT);
      overlay_scrolling_quark = g_quark_from_static_string ("gtk-overlay-scrolling");
      gtk_scrolled_window_unrealize = scrolled_class->unrealize;
      scrolled_class->unrealize = scrolled_window_unrealize;
      g_once_init_leave (&installed, 1);
    }
}
