/* vtr-zoom-keys.c
 *
 * The timeline and the image viewer zoom with the same keys, so that what a hand learns in
 * one works in the other. Plus sits on the equals key on many keyboards, so both zoom in, as
 * does the keypad's plus.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-zoom-keys.h"

/**
 * vtr_zoom_keys_add_bindings:
 * @widget_class: the class whose widgets zoom
 * @modifiers: the modifiers to hold with the keys, such as %GDK_CONTROL_MASK
 * @zoom_in_action: the action for plus and equals
 * @zoom_out_action: the action for minus
 * @zoom_reset_action: the action for zero, which shows the whole
 *
 * Binds the zoom keys, on the main keyboard and the keypad, to the widget actions.
 */
void
vtr_zoom_keys_add_bindings (GtkWidgetClass  *widget_class,
                            GdkModifierType  modifiers,
                            const char      *zoom_in_action,
                            const char      *zoom_out_action,
                            const char      *zoom_reset_action)
{
  const struct {
    guint keyval;
    const char *action;
  } keys[] = {
    { GDK_KEY_plus, zoom_in_action },
    { GDK_KEY_equal, zoom_in_action },
    { GDK_KEY_KP_Add, zoom_in_action },
    { GDK_KEY_minus, zoom_out_action },
    { GDK_KEY_KP_Subtract, zoom_out_action },
    { GDK_KEY_0, zoom_reset_action },
    { GDK_KEY_KP_0, zoom_reset_action },
  };

  g_return_if_fail (GTK_IS_WIDGET_CLASS (widget_class));

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i].keyval, modifiers,
                                         keys[i].action, NULL);
}
