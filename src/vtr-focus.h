/* vtr-focus.h: keyboard focus across widgets that are replaced
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean vtr_focus_move_out_of (GtkWidget *widget);

G_END_DECLS
