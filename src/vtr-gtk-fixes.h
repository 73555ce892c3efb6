/* vtr-gtk-fixes.h: workarounds for the bugs of GTK 4.8 that a kiosk meets over months
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void vtr_gtk_fixes_install (void);

G_END_DECLS
