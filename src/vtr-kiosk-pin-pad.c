/* vtr-kiosk-pin-pad.c
 *
 * Staff leave kiosk mode with a PIN. On a touchscreen there may be no keyboard, so the pad has
 * its own digits, large enough for a finger; a keyboard's digits, Backspace and Enter work
 * too. The pad only collects digits: ::submitted hands the PIN to whoever checks it, and the
 * pad shows the answer through vtr_kiosk_pin_pad_set_message().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-kiosk-pin-pad.h"

/* Longer PINs are not needed to stop visitors, and a limit keeps the dots on one line. */
#define MAX_DIGITS 12

struct _VtrKioskPinPad
{
  AdwBin    parent_instance;

  GString  *pin;
  gboolean  locked;

  GtkLabel *dots_label;
  GtkLabel *message_label;
  GtkGrid  *keypad;
};

enum {
  SUBMITTED,
  CANCELLED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (VtrKioskPinPad, vtr_kiosk_pin_pad, ADW_TYPE_BIN)

static guint signals[N_SIGNALS];

static void
update_dots (VtrKioskPinPad *self)
{
  g_autoptr(GString) dots = g_string_new (NULL);

  for (gsize i = 0; i < self->pin->len; i++)
    g_string_append (dots, "●");

  gtk_label_set_text (self->dots_label, dots->str);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pin.submit",
                                 !self->locked && self->pin->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pin.erase", self->pin->len > 0);
}

static void
add_digit (VtrKioskPinPad *self,
           char            digit)
{
  if (self->locked || self->pin->len >= MAX_DIGITS)
    return;

  g_string_append_c (self->pin, digit);
  update_dots (self);
}

static void
digit_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  add_digit (VTR_KIOSK_PIN_PAD (widget), g_variant_get_string (parameter, NULL)[0]);
}

static void
erase_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  VtrKioskPinPad *self = VTR_KIOSK_PIN_PAD (widget);

  if (self->pin->len > 0)
    g_string_truncate (self->pin, self->pin->len - 1);
  update_dots (self);
}

static void
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VtrKioskPinPad *self = VTR_KIOSK_PIN_PAD (widget);

  if (self->locked || self->pin->len == 0)
    return;

  g_signal_emit (self, signals[SUBMITTED], 0, self->pin->str);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VtrKioskPinPad *self = VTR_KIOSK_PIN_PAD (widget);

  vtr_kiosk_pin_pad_clear (self);
  g_signal_emit (self, signals[CANCELLED], 0);
}

static gboolean
key_pressed_cb (VtrKioskPinPad        *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  guint32 c = gdk_keyval_to_unicode (keyval);

  if (c >= '0' && c <= '9')
    {
      add_digit (self, (char)c);
      return GDK_EVENT_STOP;
    }

  switch (keyval)
    {
    case GDK_KEY_BackSpace:
      gtk_widget_activate_action (GTK_WIDGET (self), "pin.erase", NULL);
      return GDK_EVENT_STOP;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      gtk_widget_activate_action (GTK_WIDGET (self), "pin.submit", NULL);
      return GDK_EVENT_STOP;

    case GDK_KEY_Escape:
      gtk_widget_activate_action (GTK_WIDGET (self), "pin.cancel", NULL);
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static GtkWidget *
new_key (const char *label,
         const char *accessible_label,
         const char *action,
         const char *digit)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (digit != NULL)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", digit);
  gtk_widget_add_css_class (button, "pin-key");
  gtk_widget_set_focus_on_click (button, FALSE);
  if (accessible_label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);

  return button;
}

static void
vtr_kiosk_pin_pad_dispose (GObject *object)
{
  VtrKioskPinPad *self = (VtrKioskPinPad *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_KIOSK_PIN_PAD);

  G_OBJECT_CLASS (vtr_kiosk_pin_pad_parent_class)->dispose (object);
}

static void
vtr_kiosk_pin_pad_finalize (GObject *object)
{
  VtrKioskPinPad *self = (VtrKioskPinPad *)object;

  /* Wipe the digits before the memory goes back to the allocator. */
  memset (self->pin->str, 0, self->pin->allocated_len);
  g_string_free (self->pin, TRUE);

  G_OBJECT_CLASS (vtr_kiosk_pin_pad_parent_class)->finalize (object);
}

static void
vtr_kiosk_pin_pad_class_init (VtrKioskPinPadClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_kiosk_pin_pad_dispose;
  object_class->finalize = vtr_kiosk_pin_pad_finalize;

  /**
   * VtrKioskPinPad::submitted:
   * @pin: the digits entered
   *
   * Staff pressed OK.
   */
  signals[SUBMITTED] = g_signal_new ("submitted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * VtrKioskPinPad::cancelled:
   *
   * Staff pressed Cancel: the kiosk goes on.
   */
  signals[CANCELLED] = g_signal_new ("cancelled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vtr-kiosk-pin-pad.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrKioskPinPad, dots_label);
  gtk_widget_class_bind_template_child (widget_class, VtrKioskPinPad, message_label);
  gtk_widget_class_bind_template_child (widget_class, VtrKioskPinPad, keypad);
  gtk_widget_class_install_action (widget_class, "pin.digit", "s", digit_action);
  gtk_widget_class_install_action (widget_class, "pin.erase", NULL, erase_action);
  gtk_widget_class_install_action (widget_class, "pin.submit", NULL, submit_action);
  gtk_widget_class_install_action (widget_class, "pin.cancel", NULL, cancel_action);
  gtk_widget_class_set_css_name (widget_class, "pin-pad");
}

static void
vtr_kiosk_pin_pad_init (VtrKioskPinPad *self)
{
  static const char *digits[] = { "1", "2", "3", "4", "5", "6", "7", "8", "9" };
  GtkEventController *keys;

  self->pin = g_string_new (NULL);
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (digits); i++)
    gtk_grid_attach (self->keypad, new_key (digits[i], NULL, "pin.digit", digits[i]),
                     i % 3, i / 3, 1, 1);
  /* Translators: the accessible name of the keypad's backspace key. */
  gtk_grid_attach (self->keypad, new_key ("⌫", _("Erase"), "pin.erase", NULL), 0, 3, 1, 1);
  gtk_grid_attach (self->keypad, new_key ("0", NULL, "pin.digit", "0"), 1, 3, 1, 1);
  gtk_grid_attach (self->keypad, new_key (_("OK"), NULL, "pin.submit", NULL), 2, 3, 1, 1);

  /* Keys are read before the focused key button sees them, so Enter submits rather than
   * pressing that button. */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  update_dots (self);
}

GtkWidget *
vtr_kiosk_pin_pad_new (void)
{
  return g_object_new (VTR_TYPE_KIOSK_PIN_PAD, NULL);
}

/**
 * vtr_kiosk_pin_pad_get_pin:
 *
 * Returns: the digits entered so far
 */
const char *
vtr_kiosk_pin_pad_get_pin (VtrKioskPinPad *self)
{
  g_return_val_if_fail (VTR_IS_KIOSK_PIN_PAD (self), NULL);

  return self->pin->str;
}

/**
 * vtr_kiosk_pin_pad_clear:
 *
 * Forgets the digits entered and the message shown.
 */
void
vtr_kiosk_pin_pad_clear (VtrKioskPinPad *self)
{
  g_return_if_fail (VTR_IS_KIOSK_PIN_PAD (self));

  memset (self->pin->str, 0, self->pin->len);
  g_string_truncate (self->pin, 0);
  vtr_kiosk_pin_pad_set_message (self, NULL, FALSE);
  update_dots (self);
}

/**
 * vtr_kiosk_pin_pad_set_message:
 * @message: (nullable): what to tell staff, such as "Wrong PIN"
 * @is_error: whether @message reports a failure
 */
void
vtr_kiosk_pin_pad_set_message (VtrKioskPinPad *self,
                               const char     *message,
                               gboolean        is_error)
{
  g_return_if_fail (VTR_IS_KIOSK_PIN_PAD (self));

  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error");

  /* A screen reader says the answer without the focus moving to it. */
  if (message != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->message_label),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, message, -1);
}

/**
 * vtr_kiosk_pin_pad_set_locked:
 * @locked: whether PINs are refused for now
 *
 * While locked out, digits are not taken.
 */
void
vtr_kiosk_pin_pad_set_locked (VtrKioskPinPad *self,
                              gboolean        locked)
{
  g_return_if_fail (VTR_IS_KIOSK_PIN_PAD (self));

  self->locked = locked;
  if (locked)
    g_string_truncate (self->pin, 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->keypad), !locked);
  update_dots (self);
}
