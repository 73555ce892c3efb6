/* vtr-kiosk-window.c
 *
 * Kiosk mode's one window: full screen, without window controls, on a touchscreen nobody
 * watches. It is a thin view over a VtrKioskController, which decides when the visitor is
 * gone: the window shows the attract screen or the explorer by the controller's state, shows
 * "Are you still there?" while it warns, and puts everything back at its ::reset. The window
 * tells the controller about every touch, key and scroll, and about drags, which hold the
 * idle time off.
 *
 * It also keeps visitors in: the keys and requests that would close, leave full screen or
 * open a menu do nothing, and only staff get out, through a hidden gesture (VtrStaffExit) and
 * a PIN.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#ifdef __GLIBC__
# include <malloc.h>
#endif

#include "vtr-attract-view.h"
#include "vtr-focus.h"
#include "vtr-history.h"
#include "vtr-kiosk-explorer.h"
#include "vtr-kiosk-pin-pad.h"
#include "vtr-kiosk-window.h"
#include "vtr-kiosk-stats.h"
#include "vtr-language-manager.h"
#include "vtr-qr-code.h"
#include "vtr-staff-exit.h"

/* The pointer hides after this long without moving: on a touchscreen it only gets in the
 * way, and a mouse brings it back. */
#define POINTER_HIDE_SECONDS 3

/* The corner staff tap, in pixels square: easy for a finger that knows, out of a visitor's
 * way. */
#define STAFF_CORNER_SIZE 96

/* A QR code this large scans from arm's length. */
#define QR_CODE_SIZE 360

struct _VtrKioskWindow
{
  AdwApplicationWindow  parent_instance;

  VtrClock             *clock;
  VtrKioskController   *controller;
  VtrContentManager    *content;
  GSettings            *settings;
  VtrKioskExplorer     *explorer;
  VtrStaffExit         *staff_exit;
  VtrKioskStats        *stats;

  guint                 inhibit_cookie;
  guint                 pointer_timeout;
  guint                 refullscreen_idle;
  gboolean              pointer_hidden;
  gboolean              dragging;

  /* Set once staff gave the PIN: from then on the window may close. */
  gboolean              leaving;

  GtkStack             *mode_stack;
  VtrAttractView       *attract_view;
  AdwBin               *explore_bin;
  GtkWidget            *warning_layer;
  GtkLabel             *warning_title;
  GtkLabel             *warning_countdown;
  GtkButton            *warning_button;
  GtkWidget            *dialog_layer;
  AdwBin               *dialog_bin;
  GtkWidget            *staff_corner;
};

enum {
  PROP_0,
  PROP_CLOCK,
  PROP_CONTENT_MANAGER,
  PROP_CONTROLLER,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrKioskWindow, vtr_kiosk_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

static void
close_dialog (VtrKioskWindow *self)
{
  vtr_focus_move_out_of (self->dialog_layer);
  adw_bin_set_child (self->dialog_bin, NULL);
  gtk_widget_set_visible (self->dialog_layer, FALSE);
}

static void
show_dialog (VtrKioskWindow *self,
             GtkWidget      *child)
{
  adw_bin_set_child (self->dialog_bin, child);
  gtk_widget_set_visible (self->dialog_layer, TRUE);

  /* Keys go to the dialog, the PIN pad's digits included. */
  gtk_widget_child_focus (child, GTK_DIR_TAB_FORWARD);
}

/* The image viewer opens in a window of its own, over this one; a new visitor must not find
 * the last one's picture. */
static void
close_other_windows (VtrKioskWindow *self)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (window != GTK_WINDOW (self) &&
          gtk_window_get_transient_for (window) == GTK_WINDOW (self))
        gtk_window_destroy (window);
    }
}

static void
record_location (VtrKioskWindow *self,
                 const char     *location)
{
  g_autofree char *kind = NULL;
  g_autofree char *id = NULL;

  if (self->stats == NULL || !vtr_location_parse (location, &kind, &id))
    return;

  if (g_str_equal (kind, "exhibit"))
    vtr_kiosk_stats_exhibit_opened (self->stats, id);
  else if (g_str_equal (kind, "tour"))
    vtr_kiosk_stats_tour_started (self->stats, id);
}

static void
pin_submitted_cb (VtrKioskWindow *self,
                  const char     *pin,
                  VtrKioskPinPad *pad)
{
  g_autoptr(GError) error = NULL;
  GApplication *app;

  if (vtr_staff_exit_check_pin (self->staff_exit, pin, &error))
    {
      self->leaving = TRUE;
      app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
      gtk_window_unfullscreen (GTK_WINDOW (self));
      gtk_window_destroy (GTK_WINDOW (self));
      if (app != NULL)
        g_application_quit (app);
      return;
    }

  vtr_kiosk_pin_pad_clear (pad);
  vtr_kiosk_pin_pad_set_message (pad, error->message, TRUE);
  vtr_kiosk_pin_pad_set_locked (pad, g_error_matches (error, VTR_STAFF_EXIT_ERROR,
                                                      VTR_STAFF_EXIT_ERROR_LOCKED));
  gtk_widget_error_bell (GTK_WIDGET (pad));
}

static void
pin_cancelled_cb (VtrKioskWindow *self,
                  VtrKioskPinPad *pad)
{
  vtr_staff_exit_cancel (self->staff_exit);
  close_dialog (self);
}

static void
pin_requested_cb (VtrKioskWindow *self,
                  VtrStaffExit   *staff_exit)
{
  GtkWidget *pad = vtr_kiosk_pin_pad_new ();

  g_signal_connect_object (pad, "submitted", G_CALLBACK (pin_submitted_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (pad, "cancelled", G_CALLBACK (pin_cancelled_cb), self,
                           G_CONNECT_SWAPPED);
  if (!vtr_staff_exit_has_pin (staff_exit))
    vtr_kiosk_pin_pad_set_message (VTR_KIOSK_PIN_PAD (pad),
                                   _("No staff PIN is set, so kiosk mode cannot be left from "
                                     "the screen. Set one with “vitrine --set-kiosk-pin”."),
                                   TRUE);
  show_dialog (self, pad);
}

static void
close_link_clicked_cb (VtrKioskWindow *self,
                       GtkButton      *button)
{
  close_dialog (self);
}

/* A kiosk opens no browser: a link becomes a QR code that a visitor takes home on their
 * phone. */
static void
show_link_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VtrKioskWindow *self = VTR_KIOSK_WINDOW (widget);
  const char *url = g_variant_get_string (parameter, NULL);
  g_autoptr(VtrQrCode) code = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *card, *title, *picture, *address, *button;

  code = vtr_qr_code_new (url, &error);
  if (code == NULL)
    {
      g_warning ("No QR code for %s: %s", url, error->message);
      return;
    }

  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_halign (card, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (card, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "kiosk-qr");

  title = gtk_label_new (_("Scan to open this source on your phone"));
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "title-2");
  gtk_box_append (GTK_BOX (card), title);

  picture = gtk_picture_new_for_paintable (GDK_PAINTABLE (code));
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), FALSE);
  gtk_widget_set_size_request (picture, QR_CODE_SIZE, QR_CODE_SIZE);
  gtk_widget_set_halign (picture, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (picture, "kiosk-qr-code");
  gtk_accessible_update_property (GTK_ACCESSIBLE (picture),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("QR code"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, url,
                                  -1);
  gtk_box_append (GTK_BOX (card), picture);

  address = gtk_label_new (url);
  gtk_label_set_wrap (GTK_LABEL (address), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (address), PANGO_WRAP_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (address), 40);
  gtk_widget_add_css_class (address, "dim-label");
  gtk_box_append (GTK_BOX (card), address);

  button = gtk_button_new_with_label (_("Close"));
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  g_signal_connect_object (button, "clicked", G_CALLBACK (close_link_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (card), button);

  show_dialog (self, card);
}

static void
update_warning (VtrKioskWindow *self)
{
  VtrKioskState state = vtr_kiosk_controller_get_state (self->controller);
  guint left = vtr_kiosk_controller_get_seconds_left (self->controller);
  g_autofree char *countdown = NULL;

  gtk_widget_set_visible (self->warning_layer, state == VTR_KIOSK_STATE_WARNING);
  if (state != VTR_KIOSK_STATE_WARNING)
    return;

  /* The words are set here rather than in the template, so they follow the visitor's
   * language. */
  gtk_label_set_text (self->warning_title, _("Are you still there?"));
  countdown = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Going back to the start in %u second",
                                            "Going back to the start in %u seconds", left),
                               left);
  gtk_label_set_text (self->warning_countdown, countdown);
  gtk_button_set_label (self->warning_button, _("I’m still here"));
}

static void
explorer_location_cb (VtrKioskWindow   *self,
                      GParamSpec       *pspec,
                      VtrKioskExplorer *explorer)
{
  record_location (self, vtr_kiosk_explorer_get_location (explorer));
}

/* UI strings are read from the catalogs when widgets are built, so a new language means a new
 * explorer, which comes back where its predecessor was. */
static void
build_explorer (VtrKioskWindow *self)
{
  g_autofree char *location = self->explorer != NULL
                            ? g_strdup (vtr_kiosk_explorer_get_location (self->explorer))
                            : NULL;
  VtrKioskExplorer *explorer = VTR_KIOSK_EXPLORER (vtr_kiosk_explorer_new ());
  gboolean had_focus;

  vtr_kiosk_explorer_set_pack (explorer, vtr_kiosk_controller_get_pack (self->controller));
  if (location != NULL)
    vtr_kiosk_explorer_go_to (explorer, location);
  g_signal_connect_object (explorer, "notify::location",
                           G_CALLBACK (explorer_location_cb), self, G_CONNECT_SWAPPED);

  had_focus = self->explorer != NULL && vtr_focus_move_out_of (GTK_WIDGET (self->explorer));

  self->explorer = explorer;
  adw_bin_set_child (self->explore_bin, GTK_WIDGET (explorer));
  if (had_focus)
    gtk_widget_child_focus (GTK_WIDGET (explorer), GTK_DIR_TAB_FORWARD);
}

static void
state_changed_cb (VtrKioskWindow     *self,
                  GParamSpec         *pspec,
                  VtrKioskController *controller)
{
  VtrKioskState state = vtr_kiosk_controller_get_state (controller);

  gboolean attract = state == VTR_KIOSK_STATE_ATTRACT;
  GtkWidget *shown = attract ? GTK_WIDGET (self->attract_view) : GTK_WIDGET (self->explore_bin);
  GtkWidget *hidden = attract ? GTK_WIDGET (self->explore_bin) : GTK_WIDGET (self->attract_view);

  /* The other mode is hidden, not only covered: its timers stop when it is unmapped, and
   * screen readers (and the end-to-end tests) see one mode at a time. The explorer's pages
   * are dropped right after, at the reset, so the focus must not stay on them. */
  if (attract)
    vtr_focus_move_out_of (hidden);
  gtk_widget_set_visible (shown, TRUE);
  gtk_stack_set_visible_child (self->mode_stack, shown);
  gtk_widget_set_visible (hidden, FALSE);
  update_warning (self);

  /* The warning is in this window: a picture left open in the viewer would hide it. */
  if (state == VTR_KIOSK_STATE_WARNING)
    close_other_windows (self);

  if (state == VTR_KIOSK_STATE_ATTRACT)
    gtk_widget_grab_focus (GTK_WIDGET (self->attract_view));
}

static void
seconds_left_cb (VtrKioskWindow     *self,
                 GParamSpec         *pspec,
                 VtrKioskController *controller)
{
  update_warning (self);
}

static void
controller_language_cb (VtrKioskWindow     *self,
                        GParamSpec         *pspec,
                        VtrKioskController *controller)
{
  const char *language = vtr_kiosk_controller_get_language (controller);

  if (language != NULL)
    vtr_language_manager_set_language (vtr_language_manager_get_default (), language);
}

static void
default_language_cb (VtrKioskWindow     *self,
                     GParamSpec         *pspec,
                     VtrKioskController *controller)
{
  vtr_attract_view_set_language (self->attract_view,
                                 vtr_kiosk_controller_get_default_language (controller));
}

static void
app_language_cb (VtrKioskWindow     *self,
                 GParamSpec         *pspec,
                 VtrLanguageManager *languages)
{
  const char *code = vtr_language_manager_get_language (languages);

  gtk_widget_set_default_direction (vtr_language_is_right_to_left (code) ? GTK_TEXT_DIR_RTL
                                                                         : GTK_TEXT_DIR_LTR);
  build_explorer (self);

  vtr_attract_view_retranslate (self->attract_view);
  update_warning (self);
}

static void
pack_changed_cb (VtrKioskWindow     *self,
                 GParamSpec         *pspec,
                 VtrKioskController *controller)
{
  VtrPack *pack = vtr_kiosk_controller_get_pack (controller);

  gtk_window_set_title (GTK_WINDOW (self), pack != NULL ? vtr_pack_get_title (pack)
                                                        : _("Vitrine"));
  vtr_attract_view_set_pack (self->attract_view, pack);
  vtr_kiosk_explorer_set_pack (self->explorer, pack);
}

/* A reset has just let go of every page the last visitor opened. glibc keeps the memory they
 * used for later allocations, in pieces scattered over the heap; giving it back after each
 * visitor keeps a kiosk's resident size at what the window holds, visitor after visitor. */
static gboolean
give_back_memory_cb (gpointer user_data)
{
#ifdef __GLIBC__
  malloc_trim (0);
#endif

  return G_SOURCE_REMOVE;
}

static void
reset_cb (VtrKioskWindow     *self,
          VtrKioskController *controller)
{
  close_other_windows (self);
  if (vtr_staff_exit_get_state (self->staff_exit) == VTR_STAFF_EXIT_STATE_ASKING)
    vtr_staff_exit_cancel (self->staff_exit);
  close_dialog (self);
  vtr_kiosk_explorer_reset (self->explorer);
  /* After the attract screen's first frame, which the reset must not delay. */
  g_idle_add_full (G_PRIORITY_LOW, give_back_memory_cb, NULL, NULL);
}

static void
attract_enter_cb (VtrKioskWindow *self,
                  const char     *language,
                  VtrAttractView *view)
{
  vtr_kiosk_controller_enter (self->controller, language);
}

static void
warning_button_clicked_cb (VtrKioskWindow *self,
                           GtkButton      *button)
{
  vtr_kiosk_controller_input (self->controller);
}

static void
language_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  VtrKioskWindow *self = VTR_KIOSK_WINDOW (widget);
  const char *code = g_variant_get_string (parameter, NULL);

  vtr_kiosk_controller_set_language (self->controller, code);
}

/* Keys a visitor could use to get out, or to open something that is not the exhibition. The
 * application has no accelerators for them in kiosk mode either; this catches the keys before
 * any widget, including those with built-in bindings such as Shift+F10 for a context menu. */
static gboolean
is_escape_key (guint           keyval,
               GdkModifierType state)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();

  switch (keyval)
    {
    case GDK_KEY_F1: case GDK_KEY_F2: case GDK_KEY_F3: case GDK_KEY_F4: case GDK_KEY_F5:
    case GDK_KEY_F6: case GDK_KEY_F7: case GDK_KEY_F8: case GDK_KEY_F9: case GDK_KEY_F10:
    case GDK_KEY_F11: case GDK_KEY_F12:
    case GDK_KEY_Menu:
    case GDK_KEY_Super_L: case GDK_KEY_Super_R:
    case GDK_KEY_Meta_L: case GDK_KEY_Meta_R:
      return TRUE;

    default:
      break;
    }

  /* Every Ctrl, Alt and Super combination: Ctrl+Q, Ctrl+W, Ctrl+O, Alt+Left and friends. Text
   * typed in the search entry needs none of them. */
  return (mods & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK | GDK_META_MASK)) != 0;
}

static gboolean
key_pressed_cb (VtrKioskWindow        *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  vtr_kiosk_controller_input (self->controller);

  if (is_escape_key (keyval, state))
    return GDK_EVENT_STOP;

  /* Escape only closes what the kiosk opened over the page: a dialog here, or the image
   * viewer's own window, which handles it itself. */
  if (keyval == GDK_KEY_Escape &&
      gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)) == GTK_WIDGET (self))
    {
      if (gtk_widget_get_visible (self->dialog_layer))
        close_dialog (self);
      return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

static void
press_cb (VtrKioskWindow  *self,
          int              n_press,
          double           x,
          double           y,
          GtkGestureClick *gesture)
{
  vtr_staff_exit_tap (self->staff_exit, x, y);
  vtr_kiosk_controller_input (self->controller);
}

static gboolean
scroll_cb (VtrKioskWindow           *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  vtr_kiosk_controller_input (self->controller);

  return GDK_EVENT_PROPAGATE;
}

/* No idle time runs while a finger is down: a visitor reading while holding the timeline must
 * not be told they are gone. */
static void
drag_begin_cb (VtrKioskWindow *self,
               GdkEventSequence *sequence,
               GtkGesture     *gesture)
{
  if (self->dragging)
    return;

  self->dragging = TRUE;
  vtr_kiosk_controller_drag_begin (self->controller);
}

static void
drag_end_cb (VtrKioskWindow   *self,
             GdkEventSequence *sequence,
             GtkGesture       *gesture)
{
  if (!self->dragging)
    return;

  self->dragging = FALSE;
  vtr_kiosk_controller_drag_end (self->controller);
}

/* Right clicks and long presses would open context menus (on the search entry, say); they are
 * taken here, before any widget sees them. */
static void
claim_cb (GtkGesture *gesture)
{
  gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
secondary_pressed_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      gpointer         user_data)
{
  claim_cb (GTK_GESTURE (gesture));
}

static void
long_pressed_cb (GtkGestureLongPress *gesture,
                 double               x,
                 double               y,
                 gpointer             user_data)
{
  claim_cb (GTK_GESTURE (gesture));
}

static gboolean
hide_pointer_cb (gpointer user_data)
{
  VtrKioskWindow *self = user_data;

  self->pointer_timeout = 0;
  self->pointer_hidden = TRUE;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "none");

  return G_SOURCE_REMOVE;
}

static void
motion_cb (VtrKioskWindow           *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  if (self->pointer_hidden)
    {
      self->pointer_hidden = FALSE;
      gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
    }

  g_clear_handle_id (&self->pointer_timeout, g_source_remove);
  self->pointer_timeout = g_timeout_add_seconds (POINTER_HIDE_SECONDS, hide_pointer_cb, self);
}

static gboolean
refullscreen_cb (gpointer user_data)
{
  VtrKioskWindow *self = user_data;

  self->refullscreen_idle = 0;
  if (!self->leaving)
    gtk_window_fullscreen (GTK_WINDOW (self));

  return G_SOURCE_REMOVE;
}

/* A window manager or a keyboard shortcut outside the app may take the window out of full
 * screen; it goes straight back. */
static void
fullscreened_cb (VtrKioskWindow *self,
                 GParamSpec     *pspec,
                 gpointer        user_data)
{
  if (self->leaving || gtk_window_is_fullscreen (GTK_WINDOW (self)) ||
      self->refullscreen_idle != 0)
    return;

  self->refullscreen_idle = g_idle_add (refullscreen_cb, self);
}

/* Everything a visitor does is seen in the capture phase, before the widget it is for: in
 * this window, and in the image viewer's window over it, so that a visitor zooming into a
 * picture is not taken for gone. */
static void
watch_input (VtrKioskWindow *self,
             GtkWidget      *window)
{
  GtkEventController *keys, *scroll;
  GtkGesture *press, *drag, *secondary, *long_press;

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (window, keys);

  press = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (press), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (press), GTK_PHASE_CAPTURE);
  g_signal_connect_object (press, "pressed", G_CALLBACK (press_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (window, GTK_EVENT_CONTROLLER (press));

  drag = gtk_gesture_drag_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (drag), GTK_PHASE_CAPTURE);
  g_signal_connect_object (drag, "begin", G_CALLBACK (drag_begin_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (drag, "end", G_CALLBACK (drag_end_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (window, GTK_EVENT_CONTROLLER (drag));

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect_object (scroll, "scroll", G_CALLBACK (scroll_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (window, scroll);

  secondary = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (secondary),
                                              GTK_PHASE_CAPTURE);
  g_signal_connect (secondary, "pressed", G_CALLBACK (secondary_pressed_cb), NULL);
  gtk_widget_add_controller (window, GTK_EVENT_CONTROLLER (secondary));

  long_press = gtk_gesture_long_press_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), FALSE);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (long_press),
                                              GTK_PHASE_CAPTURE);
  g_signal_connect (long_press, "pressed", G_CALLBACK (long_pressed_cb), NULL);
  gtk_widget_add_controller (window, GTK_EVENT_CONTROLLER (long_press));
}

static void
viewer_transient_cb (GtkWindow  *window,
                     GParamSpec *pspec,
                     gpointer    user_data)
{
  VtrKioskWindow *self = user_data;

  if (gtk_window_get_transient_for (window) != GTK_WINDOW (self) ||
      g_object_get_data (G_OBJECT (window), "vtr-kiosk-watched") != NULL)
    return;

  g_object_set_data (G_OBJECT (window), "vtr-kiosk-watched", GINT_TO_POINTER (TRUE));
  gtk_widget_add_css_class (GTK_WIDGET (window), "kiosk");
  watch_input (self, GTK_WIDGET (window));
}

static void
toplevels_changed_cb (VtrKioskWindow *self,
                      guint           position,
                      guint           removed,
                      guint           added,
                      GListModel     *toplevels)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (window == GTK_WINDOW (self))
        continue;

      /* A window is listed as soon as it exists; who it belongs to is set after. */
      g_signal_connect_object (window, "notify::transient-for",
                               G_CALLBACK (viewer_transient_cb), self, 0);
      viewer_transient_cb (window, NULL, self);
    }
}

static gboolean
vtr_kiosk_window_close_request (GtkWindow *window)
{
  VtrKioskWindow *self = VTR_KIOSK_WINDOW (window);

  /* Alt+F4, the window manager's close button or a close request over the bus: only staff,
   * with the PIN, end kiosk mode. */
  if (!self->leaving)
    return TRUE;

  return GTK_WINDOW_CLASS (vtr_kiosk_window_parent_class)->close_request (window);
}

static void
vtr_kiosk_window_realize (GtkWidget *widget)
{
  VtrKioskWindow *self = VTR_KIOSK_WINDOW (widget);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  GTK_WIDGET_CLASS (vtr_kiosk_window_parent_class)->realize (widget);

  /* A kiosk must not dim, lock or sleep in the middle of opening hours. */
  if (app != NULL && self->inhibit_cookie == 0)
    self->inhibit_cookie = gtk_application_inhibit (app, GTK_WINDOW (self),
                                                    GTK_APPLICATION_INHIBIT_IDLE |
                                                    GTK_APPLICATION_INHIBIT_SUSPEND,
                                                    _("Vitrine is showing an exhibition"));
}

static void
vtr_kiosk_window_unrealize (GtkWidget *widget)
{
  VtrKioskWindow *self = VTR_KIOSK_WINDOW (widget);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (app != NULL && self->inhibit_cookie != 0)
    gtk_application_uninhibit (app, self->inhibit_cookie);
  self->inhibit_cookie = 0;

  GTK_WIDGET_CLASS (vtr_kiosk_window_parent_class)->unrealize (widget);
}

static void
vtr_kiosk_window_constructed (GObject *object)
{
  VtrKioskWindow *self = (VtrKioskWindow *)object;
  VtrLanguageManager *languages = vtr_language_manager_get_default ();
  const char *current = vtr_language_manager_get_language (languages);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) stats_file = NULL;

  G_OBJECT_CLASS (vtr_kiosk_window_parent_class)->constructed (object);

  if (self->clock == NULL)
    self->clock = vtr_clock_new ();
  self->controller = vtr_kiosk_controller_new (self->clock);

  /* The language Vitrine started in is the kiosk's default, unless the settings name one. */
  vtr_kiosk_controller_set_default_language (self->controller, current);
  self->settings = g_settings_new (APP_ID);
  vtr_kiosk_controller_bind_settings (self->controller, self->settings);
  if (self->content != NULL)
    vtr_kiosk_controller_watch_content (self->controller, self->content);

  g_signal_connect_object (self->controller, "notify::state",
                           G_CALLBACK (state_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->controller, "notify::seconds-left",
                           G_CALLBACK (seconds_left_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->controller, "notify::language",
                           G_CALLBACK (controller_language_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->controller, "notify::default-language",
                           G_CALLBACK (default_language_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->controller, "notify::pack",
                           G_CALLBACK (pack_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->controller, "reset",
                           G_CALLBACK (reset_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (languages, "notify::language",
                           G_CALLBACK (app_language_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_window_get_toplevels (), "items-changed",
                           G_CALLBACK (toplevels_changed_cb), self, G_CONNECT_SWAPPED);

  self->staff_exit = vtr_staff_exit_new (self->clock);
  vtr_staff_exit_set_corner_size (self->staff_exit, STAFF_CORNER_SIZE);
  vtr_staff_exit_bind_settings (self->staff_exit, self->settings);
  g_signal_connect_object (self->staff_exit, "pin-requested",
                           G_CALLBACK (pin_requested_cb), self, G_CONNECT_SWAPPED);

  /* Counting follows the kiosk-statistics setting; with it off, nothing is written. */
  stats_file = vtr_kiosk_stats_get_default_file ();
  self->stats = vtr_kiosk_stats_new (stats_file, self->clock);
  vtr_kiosk_stats_bind_settings (self->stats, self->settings);
  if (vtr_kiosk_stats_get_enabled (self->stats) && !vtr_kiosk_stats_load (self->stats, &error))
    g_warning ("Kiosk statistics: %s", error->message);
  vtr_kiosk_stats_watch (self->stats, self->controller);

  build_explorer (self);
  default_language_cb (self, NULL, self->controller);
  controller_language_cb (self, NULL, self->controller);
  pack_changed_cb (self, NULL, self->controller);
  state_changed_cb (self, NULL, self->controller);

  gtk_window_fullscreen (GTK_WINDOW (self));
}

static void
vtr_kiosk_window_dispose (GObject *object)
{
  VtrKioskWindow *self = (VtrKioskWindow *)object;

  g_clear_handle_id (&self->pointer_timeout, g_source_remove);
  g_clear_handle_id (&self->refullscreen_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_KIOSK_WINDOW);
  self->explorer = NULL;

  if (self->controller != NULL)
    g_signal_handlers_disconnect_by_data (self->controller, self);
  g_clear_object (&self->controller);
  g_clear_object (&self->staff_exit);
  g_clear_object (&self->stats);
  g_clear_object (&self->clock);
  g_clear_object (&self->content);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (vtr_kiosk_window_parent_class)->dispose (object);
}

static void
vtr_kiosk_window_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VtrKioskWindow *self = VTR_KIOSK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;

    case PROP_CONTENT_MANAGER:
      g_value_set_object (value, self->content);
      break;

    case PROP_CONTROLLER:
      g_value_set_object (value, self->controller);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_kiosk_window_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VtrKioskWindow *self = VTR_KIOSK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;

    case PROP_CONTENT_MANAGER:
      self->content = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_kiosk_window_class_init (VtrKioskWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = vtr_kiosk_window_constructed;
  object_class->dispose = vtr_kiosk_window_dispose;
  object_class->get_property = vtr_kiosk_window_get_property;
  object_class->set_property = vtr_kiosk_window_set_property;
  widget_class->realize = vtr_kiosk_window_realize;
  widget_class->unrealize = vtr_kiosk_window_unrealize;
  window_class->close_request = vtr_kiosk_window_close_request;

  /**
   * VtrKioskWindow:clock:
   *
   * The clock the kiosk's idle time runs on; tests give a VtrFakeClock.
   */
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, VTR_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * VtrKioskWindow:content-manager:
   *
   * The content manager that loads and watches the kiosk's pack.
   */
  properties[PROP_CONTENT_MANAGER] =
    g_param_spec_object ("content-manager", NULL, NULL, VTR_TYPE_CONTENT_MANAGER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * VtrKioskWindow:controller:
   *
   * The state machine the window shows.
   */
  properties[PROP_CONTROLLER] =
    g_param_spec_object ("controller", NULL, NULL, VTR_TYPE_KIOSK_CONTROLLER,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VTR_TYPE_ATTRACT_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vtr-kiosk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrKioskWindow, mode_stack);
  gtk_widget_class_bind_template_child (widget_class, VtrKioskWindow, attract_view);
  gtk_widget_class_bind_template_child (widget_class, VtrKioskWindow, explore_bin);
  gtk_widget_class_bind_template_child (widget_class, VtrKioskWindow, warning_layer);
  gtk_widget_class_bind_template_child (widget_class, VtrKioskWindow, warning_title);
  gtk_widget_class_bind_template_child (widget_class, VtrKioskWindow, warning_countdown);
  gtk_widget_class_bind_template_child (widget_class, VtrKioskWindow, warning_button);
  gtk_widget_class_bind_template_child (widget_class, VtrKioskWindow, dialog_layer);
  gtk_widget_class_bind_template_child (widget_class, VtrKioskWindow, dialog_bin);
  gtk_widget_class_bind_template_child (widget_class, VtrKioskWindow, staff_corner);
  gtk_widget_class_bind_template_callback (widget_class, attract_enter_cb);
  gtk_widget_class_bind_template_callback (widget_class, warning_button_clicked_cb);

  gtk_widget_class_install_action (widget_class, "kiosk.language", "s", language_action);
  gtk_widget_class_install_action (widget_class, "kiosk.show-link", "s", show_link_action);
}

static void
vtr_kiosk_window_init (VtrKioskWindow *self)
{
  GtkEventController *motion;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "kiosk");

  /* Staff find the corner on the left whatever the language's direction. */
  gtk_widget_set_direction (self->staff_corner, GTK_TEXT_DIR_LTR);
  gtk_widget_set_size_request (self->staff_corner, STAFF_CORNER_SIZE, STAFF_CORNER_SIZE);

  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (fullscreened_cb), NULL);

  watch_input (self, GTK_WIDGET (self));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_object (motion, "motion", G_CALLBACK (motion_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  self->pointer_timeout = g_timeout_add_seconds (POINTER_HIDE_SECONDS, hide_pointer_cb, self);
}

VtrKioskWindow *
vtr_kiosk_window_new (VtrApplication *application)
{
  return vtr_kiosk_window_new_with_clock (application, NULL);
}

/**
 * vtr_kiosk_window_new_with_clock:
 * @clock: (nullable): the clock for the idle time, or %NULL for the real one
 *
 * A kiosk window whose idle time runs on @clock, so that tests can drive days of visitors in
 * seconds.
 */
VtrKioskWindow *
vtr_kiosk_window_new_with_clock (VtrApplication *application,
                                 VtrClock       *clock)
{
  g_return_val_if_fail (VTR_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (clock == NULL || VTR_IS_CLOCK (clock), NULL);

  return g_object_new (VTR_TYPE_KIOSK_WINDOW,
                       "application", application,
                       "content-manager", vtr_application_get_content_manager (application),
                       "clock", clock,
                       NULL);
}

/**
 * vtr_kiosk_window_get_controller:
 *
 * Returns: (transfer none): the kiosk controller the window shows
 */
VtrKioskController *
vtr_kiosk_window_get_controller (VtrKioskWindow *self)
{
  g_return_val_if_fail (VTR_IS_KIOSK_WINDOW (self), NULL);

  return self->controller;
}

/**
 * vtr_kiosk_window_get_location:
 *
 * Returns: "attract" on the attract screen, otherwise the explorer's location, such as
 *   "exhibit:ipv6"
 */
const char *
vtr_kiosk_window_get_location (VtrKioskWindow *self)
{
  g_return_val_if_fail (VTR_IS_KIOSK_WINDOW (self), NULL);

  if (vtr_kiosk_controller_get_state (self->controller) == VTR_KIOSK_STATE_ATTRACT)
    return "attract";

  return vtr_kiosk_explorer_get_location (self->explorer);
}

/**
 * vtr_kiosk_window_go_to:
 * @location: a location string, such as "exhibit:ipv6"
 *
 * Shows @location in the explorer, as if a visitor had opened it.
 */
void
vtr_kiosk_window_go_to (VtrKioskWindow *self,
                        const char     *location)
{
  g_return_if_fail (VTR_IS_KIOSK_WINDOW (self));
  g_return_if_fail (location != NULL);

  vtr_kiosk_controller_enter (self->controller, NULL);
  vtr_kiosk_explorer_go_to (self->explorer, location);
}
