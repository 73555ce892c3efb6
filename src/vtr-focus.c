/* vtr-focus.c: keyboard focus across widgets that are replaced
 *
 * When the widget with the keyboard focus, or one of its ancestors, is hidden or taken out of
 * its window, GTK 4.8's window takes a reference on it and moves the focus only in its next
 * frame, when it lets the reference go. If that happens a second time before the frame, the
 * first reference is never let go, and the widget stays alive with everything in it. Vitrine
 * does this in bulk: a kiosk reset lets go of every page a visitor opened and hides the Back
 * button, and a language switch builds the explorer again, all before a frame. Tracing the
 * references of a "Back" button left over after a 10,000-visitor soak found it. So whatever
 * hides or drops something that may hold the focus moves the focus out of it first, and
 * GTK's window has nothing to hold.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-focus.h"

/**
 * vtr_focus_move_out_of:
 * @widget: a widget about to be dropped from its window
 *
 * Takes the window's keyboard focus away if it is on @widget or inside it, so that the
 * window holds nothing of @widget once it is gone. The caller can give the focus to what
 * takes @widget's place.
 *
 * Returns: whether the focus was on @widget or inside it
 */
gboolean
vtr_focus_move_out_of (GtkWidget *widget)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  root = gtk_widget_get_root (widget);
  if (root == NULL)
    return FALSE;

  focus = gtk_root_get_focus (root);
  if (focus == NULL || (focus != widget && !gtk_widget_is_ancestor (focus, widget)))
    return FALSE;

  gtk_root_set_focus (root, NULL);

  return TRUE;
}
