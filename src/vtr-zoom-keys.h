/* vtr-zoom-keys.h: the keys that zoom, the same wherever something zooms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void vtr_zoom_keys_add_bindings (GtkWidgetClass  *widget_class,
                                 GdkModifierType  modifiers,
                                 const char      *zoom_in_action,
                                 const char      *zoom_out_action,
                                 const char      *zoom_reset_action);

G_END_DECLS
