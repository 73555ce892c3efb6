/* vtr-presenter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vtr-audience-window.h"
#include "vtr-monitor-choice.h"
#include "vtr-presenter-console.h"
#include "vtr-presenter.h"
#include "vtr-show-keys.h"

/* How often auto-advance and the console's clocks are looked at. */
#define TICK_MS 250

struct _VtrPresenter
{
  GObject              parent_instance;

  GtkApplication      *application;
  VtrContentManager   *content;
  GSettings           *settings;

  VtrPack             *pack;
  VtrShowState        *state;
  VtrAudienceWindow   *audience;
  VtrPresenterConsole *console;
  AdwMessageDialog    *leave_dialog;
  GMenu               *monitor_menu;
  GListModel          *monitors;
  guint                tick_id;
  int                  audience_monitor;
  int                  console_monitor;
};

enum {
  PROP_0,
  PROP_APPLICATION,
  PROP_CONTENT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrPresenter, vtr_presenter, G_TYPE_OBJECT)

G_DEFINE_QUARK (vtr-presenter-error-quark, vtr_presenter_error)

static GParamSpec *properties[N_PROPS];

/* The actions that need a show on; "present" itself is always there. */
static const char * const show_actions[] = {
  "present-next", "present-previous", "present-first", "present-last", "present-goto",
  "present-goto-stop", "present-blank", "present-white", "present-unblank",
  "present-reset-timer", "present-auto-advance", "present-swap-screens", "present-fullscreen",
  "present-audience-monitor", "present-leave", "present-end",
};

static GAction *
lookup_action (VtrPresenter *self,
               const char   *name)
{
  return g_action_map_lookup_action (G_ACTION_MAP (self->application), name);
}

static void
update_actions (VtrPresenter *self)
{
  gboolean presenting = self->state != NULL;
  GAction *auto_advance = lookup_action (self, "present-auto-advance");

  for (guint i = 0; i < G_N_ELEMENTS (show_actions); i++)
    {
      GAction *action = lookup_action (self, show_actions[i]);

      if (action != NULL)
        g_simple_action_set_enabled (G_SIMPLE_ACTION (action), presenting);
    }

  if (auto_advance != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (auto_advance), g_variant_new_boolean (
                                 presenting && vtr_show_state_get_auto_advance (self->state)));
}

static void
auto_advance_changed_cb (VtrPresenter *self)
{
  update_actions (self);
}

/* Monitors */

static GdkMonitor *
get_monitor (VtrPresenter *self,
             int           index)
{
  g_autoptr(GdkMonitor) monitor = NULL;

  if (self->monitors == NULL || index < 0 ||
      (guint)index >= g_list_model_get_n_items (self->monitors))
    return NULL;

  /* The display's list holds the monitor. */
  monitor = g_list_model_get_item (self->monitors, index);

  return monitor;
}

static GArray *
describe_monitors (VtrPresenter *self)
{
  GArray *infos = g_array_new (FALSE, TRUE, sizeof (VtrMonitorInfo));
  guint n_monitors = self->monitors != NULL ? g_list_model_get_n_items (self->monitors) : 0;

  for (guint i = 0; i < n_monitors; i++)
    {
      GdkMonitor *monitor = get_monitor (self, i);
      GdkRectangle geometry;
      VtrMonitorInfo info;

      gdk_monitor_get_geometry (monitor, &geometry);
      info.connector = gdk_monitor_get_connector (monitor);
      info.model = gdk_monitor_get_model (monitor);
      info.x = geometry.x;
      info.y = geometry.y;
      info.width = geometry.width;
      info.height = geometry.height;
      g_array_append_val (infos, info);
    }

  return infos;
}

static int
monitor_index (VtrPresenter *self,
               GdkMonitor   *monitor)
{
  guint n_monitors = self->monitors != NULL ? g_list_model_get_n_items (self->monitors) : 0;

  for (guint i = 0; monitor != NULL && i < n_monitors; i++)
    {
      if (get_monitor (self, i) == monitor)
        return i;
    }

  return -1;
}

/* The monitor the presenter works on: the one with the window they started from. */
static int
find_console_monitor (VtrPresenter *self)
{
  GtkWindow *window = gtk_application_get_active_window (self->application);
  GdkSurface *surface;

  if (window == NULL || window == GTK_WINDOW (self->audience))
    return -1;

  surface = gtk_native_get_surface (GTK_NATIVE (window));
  if (surface == NULL)
    return -1;

  return monitor_index (self, gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface),
                                                                  surface));
}

static void
remember_audience_monitor (VtrPresenter *self)
{
  GdkMonitor *monitor = get_monitor (self, self->audience_monitor);
  const char *connector = monitor != NULL ? gdk_monitor_get_connector (monitor) : NULL;
  const char *model = monitor != NULL ? gdk_monitor_get_model (monitor) : NULL;

  /* With one monitor there was no choice to remember. */
  if (monitor == NULL || g_list_model_get_n_items (self->monitors) < 2)
    return;

  g_settings_set (self->settings, "presenter-audience-monitor", "(ss)",
                  connector != NULL ? connector : "", model != NULL ? model : "");
}

static char *
monitor_label (GdkMonitor *monitor,
               guint       index)
{
  const char *connector = gdk_monitor_get_connector (monitor);
  const char *model = gdk_monitor_get_model (monitor);
  GdkRectangle geometry;

  gdk_monitor_get_geometry (monitor, &geometry);
  if (model != NULL && model[0] != '\0' && connector != NULL)
    /* Translators: a monitor in the audience screen menu: "EB-W49 (HDMI-1), 1920 × 1080". */
    return g_strdup_printf (_("%1$s (%2$s), %3$d × %4$d"), model, connector,
                            geometry.width, geometry.height);
  if (connector != NULL)
    /* Translators: a monitor without a model name: "HDMI-1, 1920 × 1080". */
    return g_strdup_printf (_("%1$s, %2$d × %3$d"), connector, geometry.width, geometry.height);

  /* Translators: a monitor the system gives no name: "Monitor 2, 1920 × 1080". */
  return g_strdup_printf (_("Monitor %1$u, %2$d × %3$d"), index + 1, geometry.width,
                          geometry.height);
}

static void
update_monitor_menu (VtrPresenter *self)
{
  guint n_monitors = self->monitors != NULL ? g_list_model_get_n_items (self->monitors) : 0;
  GAction *action = lookup_action (self, "present-audience-monitor");

  g_menu_remove_all (self->monitor_menu);
  for (guint i = 0; i < n_monitors; i++)
    {
      g_autofree char *label = monitor_label (get_monitor (self, i), i);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "app.present-audience-monitor", "i", (int)i);
      g_menu_append_item (self->monitor_menu, item);
    }

  if (action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action),
                               g_variant_new_int32 (self->audience_monitor));
}

/* Puts the audience fullscreen on its monitor. With a second monitor the console goes
 * fullscreen on that one; alone, it stays a normal window behind the audience. */
static void
place_windows (VtrPresenter *self)
{
  GdkMonitor *audience = get_monitor (self, self->audience_monitor);
  GdkMonitor *console = get_monitor (self, self->console_monitor);

  if (console != NULL && console != audience)
    gtk_window_fullscreen_on_monitor (GTK_WINDOW (self->console), console);
  else
    gtk_window_unfullscreen (GTK_WINDOW (self->console));
  gtk_window_present (GTK_WINDOW (self->console));

  if (audience != NULL)
    {
      GdkRectangle geometry;

      /* The monitor's size also as the window's own, for a window manager that ignores
       * fullscreen requests, or its absence. */
      gdk_monitor_get_geometry (audience, &geometry);
      gtk_window_set_default_size (GTK_WINDOW (self->audience), geometry.width, geometry.height);
      gtk_window_fullscreen_on_monitor (GTK_WINDOW (self->audience), audience);
    }
  else
    gtk_window_fullscreen (GTK_WINDOW (self->audience));
  gtk_window_present (GTK_WINDOW (self->audience));

  update_monitor_menu (self);
}

static void
choose_monitors (VtrPresenter *self)
{
  g_autoptr(GArray) infos = describe_monitors (self);
  g_autofree char *connector = NULL;
  g_autofree char *model = NULL;
  int console = find_console_monitor (self);

  g_settings_get (self->settings, "presenter-audience-monitor", "(ss)", &connector, &model);
  self->audience_monitor = vtr_monitor_choose_audience ((VtrMonitorInfo *)infos->data,
                                                        infos->len, connector, model, console);
  self->console_monitor = vtr_monitor_choose_console ((VtrMonitorInfo *)infos->data,
                                                      infos->len, self->audience_monitor,
                                                      console);
}

static void
monitors_changed_cb (VtrPresenter *self)
{
  /* A projector plugged in or out during a show: choose again, as at the start. */
  choose_monitors (self);
  remember_audience_monitor (self);
  place_windows (self);
}

static void
swap_screens (VtrPresenter *self)
{
  int audience = self->audience_monitor;

  if (self->audience_monitor == self->console_monitor)
    {
      /* One monitor: swapping brings the other window to the front. */
      if (gtk_window_is_active (GTK_WINDOW (self->audience)))
        gtk_window_present (GTK_WINDOW (self->console));
      else
        gtk_window_present (GTK_WINDOW (self->audience));
      return;
    }

  self->audience_monitor = self->console_monitor;
  self->console_monitor = audience;
  remember_audience_monitor (self);
  place_windows (self);
}

static void
move_audience (VtrPresenter *self,
               int           index)
{
  g_autoptr(GArray) infos = describe_monitors (self);

  if (get_monitor (self, index) == NULL)
    return;

  self->audience_monitor = index;
  self->console_monitor = vtr_monitor_choose_console ((VtrMonitorInfo *)infos->data, infos->len,
                                                      index, self->console_monitor);
  remember_audience_monitor (self);
  place_windows (self);
}

static void
toggle_fullscreen (VtrPresenter *self)
{
  GtkWindow *audience = GTK_WINDOW (self->audience);
  GdkMonitor *monitor = get_monitor (self, self->audience_monitor);

  if (gtk_window_is_fullscreen (audience))
    gtk_window_unfullscreen (audience);
  else if (monitor != NULL)
    gtk_window_fullscreen_on_monitor (audience, monitor);
  else
    gtk_window_fullscreen (audience);
}

/* Leaving */

/* After the show, the presenter gets the desktop window back rather than no window at all. */
static void
end_show (VtrPresenter *self)
{
  vtr_presenter_stop (self);

  if (self->application != NULL && gtk_application_get_windows (self->application) == NULL)
    g_application_activate (G_APPLICATION (self->application));
}

static gboolean
end_show_idle_cb (gpointer user_data)
{
  end_show (user_data);

  return G_SOURCE_REMOVE;
}

static void
leave_response_cb (VtrPresenter     *self,
                   const char       *response,
                   AdwMessageDialog *dialog)
{
  self->leave_dialog = NULL;

  /* The dialog closes itself once its response handlers return. Ending the show destroys the
   * console, and the dialog with it as its transient child, so that waits until then. */
  if (g_strcmp0 (response, "leave") == 0)
    g_idle_add_full (G_PRIORITY_DEFAULT, end_show_idle_cb, g_object_ref (self), g_object_unref);
}

static void
confirm_leave (VtrPresenter *self)
{
  AdwMessageDialog *dialog;

  if (self->leave_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->leave_dialog));
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self->console),
                                                       _("Leave Presenter Mode?"),
                                                       _("The audience screen closes and the "
                                                         "timer stops.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Keep Presenting"),
                                    "leave", _("_Leave"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "leave", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (leave_response_cb), self,
                           G_CONNECT_SWAPPED);
  self->leave_dialog = dialog;
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
close_request_cb (VtrPresenter *self,
                  GtkWindow    *window)
{
  /* Closing either window ends the show; both go together. */
  end_show (self);

  return TRUE;
}

/* Keys */

static gboolean
key_pressed_cb (VtrPresenter          *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        modifiers,
                GtkEventControllerKey *controller)
{
  return vtr_presenter_handle_key (self, keyval, modifiers);
}

static void
add_keys (VtrPresenter *self,
          GtkWidget    *window)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  /* The capture phase, so that clicker keys move the show whichever widget has the focus. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (window, keys);
}

/* The two windows are views of the show state; they can be rebuilt at any time, as after a
 * language switch, and the show goes on where it was. */
static void
open_windows (VtrPresenter *self)
{
  self->console = vtr_presenter_console_new (self->application, self->pack, self->state);
  self->audience = vtr_audience_window_new (self->application, self->pack, self->state);
  g_object_ref_sink (self->console);
  g_object_ref_sink (self->audience);
  vtr_presenter_console_set_monitor_menu (self->console, G_MENU_MODEL (self->monitor_menu));
  add_keys (self, GTK_WIDGET (self->console));
  add_keys (self, GTK_WIDGET (self->audience));
  g_signal_connect_object (self->console, "close-request", G_CALLBACK (close_request_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->audience, "close-request", G_CALLBACK (close_request_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
close_windows (VtrPresenter *self)
{
  if (self->leave_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->leave_dialog));
  self->leave_dialog = NULL;
  if (self->audience != NULL)
    gtk_window_destroy (GTK_WINDOW (self->audience));
  if (self->console != NULL)
    gtk_window_destroy (GTK_WINDOW (self->console));
  g_clear_object (&self->audience);
  g_clear_object (&self->console);
}

static gboolean
tick_cb (gpointer user_data)
{
  VtrPresenter *self = user_data;

  vtr_show_state_tick (self->state);
  vtr_presenter_console_update_time (self->console);

  return G_SOURCE_CONTINUE;
}

/* Actions */

#define SHOW_ACTION(name) \
  static void \
  name##_activated_cb (GSimpleAction *action, \
                       GVariant      *parameter, \
                       gpointer       user_data)

SHOW_ACTION (present)
{
  VtrPresenter *self = user_data;
  g_autoptr(GError) error = NULL;
  const char *tour_id = g_variant_get_string (parameter, NULL);

  if (!vtr_presenter_start (self, tour_id, &error))
    g_warning ("Cannot present: %s", error->message);
}

SHOW_ACTION (next)
{
  VtrPresenter *self = user_data;

  if (self->state != NULL)
    vtr_show_state_next (self->state);
}

SHOW_ACTION (previous)
{
  VtrPresenter *self = user_data;

  if (self->state != NULL)
    vtr_show_state_previous (self->state);
}

SHOW_ACTION (first)
{
  VtrPresenter *self = user_data;

  if (self->state != NULL)
    vtr_show_state_first (self->state);
}

SHOW_ACTION (last)
{
  VtrPresenter *self = user_data;

  if (self->state != NULL)
    vtr_show_state_last (self->state);
}

SHOW_ACTION (goto)
{
  VtrPresenter *self = user_data;
  int number = g_variant_get_int32 (parameter);
  guint n_stops;

  if (self->state == NULL)
    return;

  /* Stop numbers count from 1, as in the console; -1 is the last stop, -2 the one before. */
  n_stops = vtr_show_state_get_n_stops (self->state);
  if (number > 0)
    vtr_show_state_go_to (self->state, number - 1);
  else if (number < 0 && (guint)-number <= n_stops)
    vtr_show_state_go_to (self->state, n_stops + number);
}

SHOW_ACTION (goto_stop)
{
  VtrPresenter *self = user_data;

  if (self->state != NULL)
    vtr_show_state_go_to_id (self->state, g_variant_get_string (parameter, NULL));
}

SHOW_ACTION (blank)
{
  VtrPresenter *self = user_data;

  if (self->state != NULL)
    vtr_show_state_toggle_blank (self->state, VTR_SHOW_BLANK_BLACK);
}

SHOW_ACTION (white)
{
  VtrPresenter *self = user_data;

  if (self->state != NULL)
    vtr_show_state_toggle_blank (self->state, VTR_SHOW_BLANK_WHITE);
}

SHOW_ACTION (unblank)
{
  VtrPresenter *self = user_data;

  if (self->state != NULL)
    vtr_show_state_set_blank (self->state, VTR_SHOW_BLANK_NONE);
}

SHOW_ACTION (reset_timer)
{
  VtrPresenter *self = user_data;

  if (self->state != NULL)
    {
      vtr_show_state_reset_timer (self->state);
      vtr_presenter_console_update_time (self->console);
    }
}

static void
auto_advance_change_state_cb (GSimpleAction *action,
                              GVariant      *value,
                              gpointer       user_data)
{
  VtrPresenter *self = user_data;

  if (self->state != NULL)
    vtr_show_state_set_auto_advance (self->state, g_variant_get_boolean (value));
}

SHOW_ACTION (swap_screens)
{
  VtrPresenter *self = user_data;

  if (self->state != NULL)
    swap_screens (self);
}

SHOW_ACTION (fullscreen)
{
  VtrPresenter *self = user_data;

  if (self->state != NULL)
    toggle_fullscreen (self);
}

static void
audience_monitor_change_state_cb (GSimpleAction *action,
                                  GVariant      *value,
                                  gpointer       user_data)
{
  VtrPresenter *self = user_data;

  if (self->state != NULL)
    move_audience (self, g_variant_get_int32 (value));
}

SHOW_ACTION (leave)
{
  VtrPresenter *self = user_data;

  if (self->state != NULL)
    confirm_leave (self);
}

SHOW_ACTION (end)
{
  end_show (user_data);
}

static void
install_actions (VtrPresenter *self)
{
  const GActionEntry entries[] = {
    { "present", present_activated_cb, "s" },
    { "present-next", next_activated_cb },
    { "present-previous", previous_activated_cb },
    { "present-first", first_activated_cb },
    { "present-last", last_activated_cb },
    { "present-goto", goto_activated_cb, "i" },
    { "present-goto-stop", goto_stop_activated_cb, "s" },
    { "present-blank", blank_activated_cb },
    { "present-white", white_activated_cb },
    { "present-unblank", unblank_activated_cb },
    { "present-reset-timer", reset_timer_activated_cb },
    { "present-auto-advance", NULL, NULL, "false", auto_advance_change_state_cb },
    { "present-swap-screens", swap_screens_activated_cb },
    { "present-fullscreen", fullscreen_activated_cb },
    { "present-audience-monitor", NULL, "i", "-1", audience_monitor_change_state_cb },
    { "present-leave", leave_activated_cb },
    { "present-end", end_activated_cb },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self->application), entries,
                                   G_N_ELEMENTS (entries), self);
  update_actions (self);
}

static void
vtr_presenter_constructed (GObject *object)
{
  VtrPresenter *self = (VtrPresenter *)object;

  G_OBJECT_CLASS (vtr_presenter_parent_class)->constructed (object);

  install_actions (self);
}

static void
vtr_presenter_dispose (GObject *object)
{
  VtrPresenter *self = (VtrPresenter *)object;

  vtr_presenter_stop (self);
  g_clear_object (&self->settings);
  g_clear_object (&self->monitor_menu);
  g_clear_object (&self->content);
  g_clear_weak_pointer (&self->application);

  G_OBJECT_CLASS (vtr_presenter_parent_class)->dispose (object);
}

static void
vtr_presenter_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  VtrPresenter *self = VTR_PRESENTER (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      /* The application owns us: a weak pointer keeps the two from holding each other. */
      g_set_weak_pointer (&self->application, g_value_get_object (value));
      break;

    case PROP_CONTENT:
      self->content = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_presenter_class_init (VtrPresenterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = vtr_presenter_constructed;
  object_class->dispose = vtr_presenter_dispose;
  object_class->set_property = vtr_presenter_set_property;

  properties[PROP_APPLICATION] =
    g_param_spec_object ("application", NULL, NULL, GTK_TYPE_APPLICATION,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CONTENT] =
    g_param_spec_object ("content", NULL, NULL, VTR_TYPE_CONTENT_MANAGER,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_presenter_init (VtrPresenter *self)
{
  self->settings = g_settings_new (APP_ID);
  self->monitor_menu = g_menu_new ();
  self->audience_monitor = -1;
  self->console_monitor = -1;
}

/**
 * vtr_presenter_new:
 * @application: the application, which gets the `present-*` actions
 * @content: where the pack comes from
 *
 * Returns: (transfer full): presenter mode for @application, not presenting yet
 */
VtrPresenter *
vtr_presenter_new (GtkApplication    *application,
                   VtrContentManager *content)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (VTR_IS_CONTENT_MANAGER (content), NULL);

  return g_object_new (VTR_TYPE_PRESENTER,
                       "application", application,
                       "content", content,
                       NULL);
}

/**
 * vtr_presenter_find_tour:
 * @pack: the pack on show
 * @tour_id: (nullable): a tour's id, or NULL or "" for the default tour
 *
 * The default tour is the pack's first talk: the first tour that is not an attract loop, or
 * the first tour when all are.
 *
 * Returns: (transfer none): the tour, or NULL with @error set
 */
VtrTour *
vtr_presenter_find_tour (VtrPack     *pack,
                         const char  *tour_id,
                         GError     **error)
{
  GListModel *tours;
  g_autoptr(GString) ids = NULL;
  VtrTour *tour;

  g_return_val_if_fail (VTR_IS_PACK (pack), NULL);

  tours = vtr_pack_get_tours (pack);
  if (g_list_model_get_n_items (tours) == 0)
    {
      g_set_error (error, VTR_PRESENTER_ERROR, VTR_PRESENTER_ERROR_NO_TOUR,
                   _("The content pack “%s” has no tours to present"), vtr_pack_get_id (pack));
      return NULL;
    }

  if (tour_id != NULL && tour_id[0] != '\0')
    {
      tour = vtr_pack_find_tour (pack, tour_id);
      if (tour != NULL)
        return tour;

      ids = g_string_new (NULL);
      for (guint i = 0; i < g_list_model_get_n_items (tours); i++)
        {
          g_autoptr(VtrTour) candidate = g_list_model_get_item (tours, i);

          g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "", vtr_tour_get_id (candidate));
        }
      g_set_error (error, VTR_PRESENTER_ERROR, VTR_PRESENTER_ERROR_UNKNOWN_TOUR,
                   /* Translators: the last %s lists the tour ids, such as "decade-talk,
                    * attract-loop". */
                   _("The content pack “%s” has no tour “%s”; its tours are: %s"),
                   vtr_pack_get_id (pack), tour_id, ids->str);
      return NULL;
    }

  for (guint i = 0; i < g_list_model_get_n_items (tours); i++)
    {
      g_autoptr(VtrTour) candidate = g_list_model_get_item (tours, i);

      if (vtr_tour_get_purpose (candidate) != VTR_TOUR_PURPOSE_ATTRACT)
        return candidate;
    }

  tour = g_list_model_get_item (tours, 0);
  g_object_unref (tour);

  return tour;
}

/**
 * vtr_presenter_start:
 * @tour_id: (nullable): the tour to present, or NULL or "" for the default one
 *
 * Opens the audience window and the console on the first stop of the tour. A show already
 * on is replaced.
 *
 * Returns: whether presenting started; FALSE with @error set when there is no such tour
 */
gboolean
vtr_presenter_start (VtrPresenter  *self,
                     const char    *tour_id,
                     GError       **error)
{
  VtrPack *pack;
  VtrTour *tour;
  GdkDisplay *display;

  g_return_val_if_fail (VTR_IS_PRESENTER (self), FALSE);

  pack = vtr_content_manager_get_pack (self->content);
  if (pack == NULL)
    {
      g_set_error (error, VTR_PRESENTER_ERROR, VTR_PRESENTER_ERROR_NO_PACK,
                   _("No content pack is open, so there is no tour to present"));
      return FALSE;
    }

  tour = vtr_presenter_find_tour (pack, tour_id, error);
  if (tour == NULL)
    return FALSE;

  if (g_list_model_get_n_items (vtr_tour_get_stops (tour)) == 0)
    {
      g_set_error (error, VTR_PRESENTER_ERROR, VTR_PRESENTER_ERROR_EMPTY_TOUR,
                   _("The tour “%s” has no stops to present"), vtr_tour_get_id (tour));
      return FALSE;
    }

  vtr_presenter_stop (self);

  self->pack = g_object_ref (pack);
  self->state = vtr_show_state_new (tour);
  g_signal_connect_object (self->state, "notify::auto-advance",
                           G_CALLBACK (auto_advance_changed_cb), self, G_CONNECT_SWAPPED);

  open_windows (self);

  display = gtk_widget_get_display (GTK_WIDGET (self->console));
  self->monitors = g_object_ref (gdk_display_get_monitors (display));
  g_signal_connect_object (self->monitors, "items-changed", G_CALLBACK (monitors_changed_cb),
                           self, G_CONNECT_SWAPPED);

  choose_monitors (self);
  remember_audience_monitor (self);
  place_windows (self);

  self->tick_id = g_timeout_add (TICK_MS, tick_cb, self);
  update_actions (self);

  return TRUE;
}

/**
 * vtr_presenter_stop:
 *
 * Closes both windows and ends the show, if one is on.
 */
void
vtr_presenter_stop (VtrPresenter *self)
{
  g_return_if_fail (VTR_IS_PRESENTER (self));

  if (self->state == NULL)
    return;

  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->monitors != NULL)
    g_signal_handlers_disconnect_by_data (self->monitors, self);
  g_clear_object (&self->monitors);

  /* Destroying a window emits nothing we listen to, but the state goes first anyway, so that
   * nothing can reach a half-destroyed show. */
  g_clear_object (&self->state);
  close_windows (self);
  g_clear_object (&self->pack);
  g_menu_remove_all (self->monitor_menu);
  self->audience_monitor = self->console_monitor = -1;

  if (self->application != NULL)
    update_actions (self);
}

/**
 * vtr_presenter_rebuild_windows:
 *
 * Builds the audience window and the console again, as after a language switch: UI strings
 * are read from the catalogs when widgets are built. The show goes on from the same stop,
 * with the same timer, blank screen and auto-advance.
 */
void
vtr_presenter_rebuild_windows (VtrPresenter *self)
{
  g_return_if_fail (VTR_IS_PRESENTER (self));

  if (self->state == NULL)
    return;

  close_windows (self);
  open_windows (self);
  place_windows (self);
}

gboolean
vtr_presenter_is_presenting (VtrPresenter *self)
{
  g_return_val_if_fail (VTR_IS_PRESENTER (self), FALSE);

  return self->state != NULL;
}

/**
 * vtr_presenter_get_state:
 *
 * Returns: (transfer none) (nullable): the show on, or NULL
 */
VtrShowState *
vtr_presenter_get_state (VtrPresenter *self)
{
  g_return_val_if_fail (VTR_IS_PRESENTER (self), NULL);

  return self->state;
}

/**
 * vtr_presenter_get_audience:
 *
 * Returns: (transfer none) (nullable): the audience window while presenting
 */
GtkWindow *
vtr_presenter_get_audience (VtrPresenter *self)
{
  g_return_val_if_fail (VTR_IS_PRESENTER (self), NULL);

  return GTK_WINDOW (self->audience);
}

/**
 * vtr_presenter_get_console:
 *
 * Returns: (transfer none) (nullable): the presenter console while presenting
 */
GtkWindow *
vtr_presenter_get_console (VtrPresenter *self)
{
  g_return_val_if_fail (VTR_IS_PRESENTER (self), NULL);

  return GTK_WINDOW (self->console);
}

/**
 * vtr_presenter_handle_key:
 *
 * Does what a key does in presenter mode (see docs/presenting.md). While the tour runs by
 * itself, any key only pauses it.
 *
 * Returns: whether the key was used
 */
gboolean
vtr_presenter_handle_key (VtrPresenter    *self,
                          guint            keyval,
                          GdkModifierType  modifiers)
{
  guint digit;
  VtrShowKey key;
  gboolean choosing;

  g_return_val_if_fail (VTR_IS_PRESENTER (self), FALSE);

  if (self->state == NULL)
    return FALSE;

  key = vtr_show_key_lookup (keyval, modifiers, &digit);
  if (key != VTR_SHOW_KEY_NONE && vtr_show_state_interrupt (self->state))
    return TRUE;

  choosing = vtr_presenter_console_get_choosing (self->console);
  if (key != VTR_SHOW_KEY_DIGIT && key != VTR_SHOW_KEY_NONE)
    vtr_presenter_console_set_choosing (self->console, FALSE);

  switch (key)
    {
    case VTR_SHOW_KEY_NEXT:
      vtr_show_state_next (self->state);
      break;

    case VTR_SHOW_KEY_PREVIOUS:
      vtr_show_state_previous (self->state);
      break;

    case VTR_SHOW_KEY_FIRST:
      vtr_show_state_first (self->state);
      break;

    case VTR_SHOW_KEY_LAST:
      vtr_show_state_last (self->state);
      break;

    case VTR_SHOW_KEY_BLACK:
      vtr_show_state_toggle_blank (self->state, VTR_SHOW_BLANK_BLACK);
      break;

    case VTR_SHOW_KEY_WHITE:
      vtr_show_state_toggle_blank (self->state, VTR_SHOW_BLANK_WHITE);
      break;

    case VTR_SHOW_KEY_DIGIT:
      vtr_show_state_type_digit (self->state, digit);
      break;

    case VTR_SHOW_KEY_GO_TYPED:
      /* Without a number, Enter keeps its usual meaning for the focused button or row. */
      if (vtr_show_state_get_typed_number (self->state) == 0)
        return choosing;
      vtr_show_state_commit_typed_number (self->state);
      break;

    case VTR_SHOW_KEY_CHOOSE_STOP:
      vtr_show_state_clear_typed_number (self->state);
      vtr_presenter_console_set_choosing (self->console, TRUE);
      break;

    case VTR_SHOW_KEY_RESET_TIMER:
      vtr_show_state_reset_timer (self->state);
      vtr_presenter_console_update_time (self->console);
      break;

    case VTR_SHOW_KEY_FULLSCREEN:
      toggle_fullscreen (self);
      break;

    case VTR_SHOW_KEY_SWAP_SCREENS:
      swap_screens (self);
      break;

    case VTR_SHOW_KEY_LEAVE:
      /* Escape first cancels a stop number being typed. */
      if (choosing || vtr_show_state_get_typed_number (self->state) > 0)
        vtr_show_state_clear_typed_number (self->state);
      else
        confirm_leave (self);
      break;

    case VTR_SHOW_KEY_NONE:
    default:
      return FALSE;
    }

  return TRUE;
}
