/* vtr-kiosk-controller.c
 *
 * The idle / attract / reset cycle of kiosk mode, with no widgets: the kiosk window feeds it
 * input and follows its state, and tests drive it with a VtrFakeClock. See the header for how
 * a view uses it.
 *
 * Two rules carry the weight. A visitor never loses the screen under their finger: the idle
 * time does not run during a drag, and new content waits in :pending-pack until the next
 * reset. And every reset ends in the same state, whatever the visitor did: ATTRACT, the
 * default language, no timeout running, no drag held.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-enums.h"
#include "vtr-kiosk-controller.h"

/* A drag whose end never arrives (a gesture that lost its release event, or an object leaning
 * on the screen) must not keep the kiosk from resetting for ever. No real drag lasts this
 * long; after it, the drag counts as ended. */
#define DRAG_STUCK_SECONDS 600

struct _VtrKioskController
{
  GObject            parent_instance;

  VtrClock          *clock;
  VtrKioskState      state;
  guint              idle_seconds;
  guint              warning_seconds;
  guint              seconds_left;
  char              *default_language;
  char              *language;
  guint              n_drags;

  guint              idle_id;
  guint              tick_id;
  guint              drag_id;

  VtrPack           *pack;
  VtrPack           *pending_pack;

  GSettings         *settings;
  VtrContentManager *content;
};

enum {
  PROP_0,
  PROP_CLOCK,
  PROP_STATE,
  PROP_IDLE_SECONDS,
  PROP_WARNING_SECONDS,
  PROP_SECONDS_LEFT,
  PROP_DEFAULT_LANGUAGE,
  PROP_LANGUAGE,
  PROP_PACK,
  PROP_PENDING_PACK,
  N_PROPS
};

enum {
  RESET,
  SWAP_PACK,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (VtrKioskController, vtr_kiosk_controller, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean idle_cb (gpointer user_data);
static gboolean tick_cb (gpointer user_data);
static gboolean drag_stuck_cb (gpointer user_data);

/* g_set_str() is GLib 2.76, newer than Debian 12's. */
static gboolean
replace_str (char       **slot,
             const char  *value)
{
  if (g_strcmp0 (*slot, value) == 0)
    return FALSE;

  g_free (*slot);
  *slot = g_strdup (value);

  return TRUE;
}

static void
set_state (VtrKioskController *self,
           VtrKioskState       state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
set_seconds_left (VtrKioskController *self,
                  guint               seconds)
{
  if (self->seconds_left == seconds)
    return;

  self->seconds_left = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECONDS_LEFT]);
}

static void
set_language (VtrKioskController *self,
              const char         *language)
{
  if (replace_str (&self->language, language))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/* The idle time runs only while a visitor is there and no finger is dragging. */
static void
arm_idle (VtrKioskController *self)
{
  vtr_clock_clear (self->clock, &self->idle_id);

  if (self->state == VTR_KIOSK_STATE_ACTIVE && self->n_drags == 0)
    self->idle_id = vtr_clock_add_timeout (self->clock, self->idle_seconds * 1000,
                                           idle_cb, self);
}

static void
dismiss_warning (VtrKioskController *self)
{
  vtr_clock_clear (self->clock, &self->tick_id);
  set_state (self, VTR_KIOSK_STATE_ACTIVE);
  set_seconds_left (self, 0);
}

static void
start_warning (VtrKioskController *self)
{
  set_seconds_left (self, self->warning_seconds);
  set_state (self, VTR_KIOSK_STATE_WARNING);
  self->tick_id = vtr_clock_add_timeout (self->clock, 1000, tick_cb, self);
}

static void
end_drags (VtrKioskController *self)
{
  self->n_drags = 0;
  vtr_clock_clear (self->clock, &self->drag_id);
}

static gboolean
idle_cb (gpointer user_data)
{
  VtrKioskController *self = user_data;

  self->idle_id = 0;
  start_warning (self);

  return G_SOURCE_REMOVE;
}

static gboolean
tick_cb (gpointer user_data)
{
  VtrKioskController *self = user_data;

  set_seconds_left (self, self->seconds_left > 0 ? self->seconds_left - 1 : 0);
  if (self->seconds_left > 0)
    return G_SOURCE_CONTINUE;

  self->tick_id = 0;
  vtr_kiosk_controller_reset (self);

  return G_SOURCE_REMOVE;
}

static gboolean
drag_stuck_cb (gpointer user_data)
{
  VtrKioskController *self = user_data;

  self->drag_id = 0;
  g_message ("Kiosk: a drag held for %d s counts as ended, so that the kiosk can still reset",
             DRAG_STUCK_SECONDS);
  self->n_drags = 0;
  arm_idle (self);

  return G_SOURCE_REMOVE;
}

static void
content_pack_changed_cb (VtrKioskController *self,
                         GParamSpec         *pspec,
                         VtrContentManager  *content)
{
  VtrPack *pack = vtr_content_manager_get_pack (content);

  if (pack != NULL)
    vtr_kiosk_controller_offer_pack (self, pack);
}

/* The message names the file, line and column of the first problem (see VtrDiagnostic), and
 * goes to the journal, where staff look when the new content does not appear. */
static void
content_reload_failed_cb (VtrKioskController *self,
                          const char         *message,
                          VtrContentManager  *content)
{
  g_warning ("Kiosk keeps the content on show; the changed pack folder was refused: %s",
             message);
}

static void
vtr_kiosk_controller_dispose (GObject *object)
{
  VtrKioskController *self = (VtrKioskController *)object;

  if (self->clock != NULL)
    {
      vtr_clock_clear (self->clock, &self->idle_id);
      vtr_clock_clear (self->clock, &self->tick_id);
      vtr_clock_clear (self->clock, &self->drag_id);
    }
  if (self->content != NULL)
    g_signal_handlers_disconnect_by_data (self->content, self);
  g_clear_object (&self->content);
  g_clear_object (&self->settings);
  g_clear_object (&self->pack);
  g_clear_object (&self->pending_pack);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (vtr_kiosk_controller_parent_class)->dispose (object);
}

static void
vtr_kiosk_controller_finalize (GObject *object)
{
  VtrKioskController *self = (VtrKioskController *)object;

  g_clear_pointer (&self->default_language, g_free);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (vtr_kiosk_controller_parent_class)->finalize (object);
}

static void
vtr_kiosk_controller_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  VtrKioskController *self = VTR_KIOSK_CONTROLLER (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_IDLE_SECONDS:
      g_value_set_uint (value, self->idle_seconds);
      break;
    case PROP_WARNING_SECONDS:
      g_value_set_uint (value, self->warning_seconds);
      break;
    case PROP_SECONDS_LEFT:
      g_value_set_uint (value, self->seconds_left);
      break;
    case PROP_DEFAULT_LANGUAGE:
      g_value_set_string (value, self->default_language);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;
    case PROP_PENDING_PACK:
      g_value_set_object (value, self->pending_pack);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_kiosk_controller_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  VtrKioskController *self = VTR_KIOSK_CONTROLLER (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      if (self->clock == NULL)
        self->clock = vtr_clock_new ();
      break;
    case PROP_IDLE_SECONDS:
      vtr_kiosk_controller_set_idle_seconds (self, g_value_get_uint (value));
      break;
    case PROP_WARNING_SECONDS:
      vtr_kiosk_controller_set_warning_seconds (self, g_value_get_uint (value));
      break;
    case PROP_DEFAULT_LANGUAGE:
      vtr_kiosk_controller_set_default_language (self, g_value_get_string (value));
      break;
    case PROP_LANGUAGE:
      vtr_kiosk_controller_set_language (self, g_value_get_string (value));
      break;
    case PROP_PACK:
      vtr_kiosk_controller_set_pack (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_kiosk_controller_class_init (VtrKioskControllerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vtr_kiosk_controller_dispose;
  object_class->finalize = vtr_kiosk_controller_finalize;
  object_class->get_property = vtr_kiosk_controller_get_property;
  object_class->set_property = vtr_kiosk_controller_set_property;

  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL,
                         VTR_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       VTR_TYPE_KIOSK_STATE, VTR_KIOSK_STATE_ATTRACT,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_IDLE_SECONDS] =
    g_param_spec_uint ("idle-seconds", NULL, NULL,
                       1, 24 * 60 * 60, 90,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_WARNING_SECONDS] =
    g_param_spec_uint ("warning-seconds", NULL, NULL,
                       1, 60 * 60, 15,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SECONDS_LEFT] =
    g_param_spec_uint ("seconds-left", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DEFAULT_LANGUAGE] =
    g_param_spec_string ("default-language", NULL, NULL,
                         "en",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         "en",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL,
                         VTR_TYPE_PACK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PENDING_PACK] =
    g_param_spec_object ("pending-pack", NULL, NULL,
                         VTR_TYPE_PACK,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VtrKioskController::reset:
   *
   * The visitor has gone: views go back to the attract screen, clear the search, reset scroll
   * positions and zoom, and close any viewer. Emitted after :state is ATTRACT, :language is
   * the default again and any waiting pack has been swapped in.
   */
  signals[RESET] =
    g_signal_new ("reset",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);

  /**
   * VtrKioskController::swap-pack:
   * @pack: the pack to show from now on
   *
   * New content replaces the pack on show. Emitted only during a reset, never in front of a
   * visitor, just before ::reset.
   */
  signals[SWAP_PACK] =
    g_signal_new ("swap-pack",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, VTR_TYPE_PACK);
}

static void
vtr_kiosk_controller_init (VtrKioskController *self)
{
  self->state = VTR_KIOSK_STATE_ATTRACT;
  self->idle_seconds = 90;
  self->warning_seconds = 15;
  self->default_language = g_strdup ("en");
  self->language = g_strdup ("en");
}

/**
 * vtr_kiosk_controller_new:
 * @clock: (nullable): the clock to run on, or %NULL for the real one
 */
VtrKioskController *
vtr_kiosk_controller_new (VtrClock *clock)
{
  g_return_val_if_fail (clock == NULL || VTR_IS_CLOCK (clock), NULL);

  return g_object_new (VTR_TYPE_KIOSK_CONTROLLER, "clock", clock, NULL);
}

/**
 * vtr_kiosk_controller_get_clock:
 *
 * Returns: (transfer none): the clock the controller runs on, for views that need timeouts
 *   of their own (the pointer hiding, the attract loop) in step with it
 */
VtrClock *
vtr_kiosk_controller_get_clock (VtrKioskController *self)
{
  g_return_val_if_fail (VTR_IS_KIOSK_CONTROLLER (self), NULL);

  return self->clock;
}

VtrKioskState
vtr_kiosk_controller_get_state (VtrKioskController *self)
{
  g_return_val_if_fail (VTR_IS_KIOSK_CONTROLLER (self), VTR_KIOSK_STATE_ATTRACT);

  return self->state;
}

guint
vtr_kiosk_controller_get_idle_seconds (VtrKioskController *self)
{
  g_return_val_if_fail (VTR_IS_KIOSK_CONTROLLER (self), 0);

  return self->idle_seconds;
}

/**
 * vtr_kiosk_controller_set_idle_seconds:
 * @seconds: how long without input before the warning, at least 1
 *
 * A visitor already exploring gets the new idle time counted from now.
 */
void
vtr_kiosk_controller_set_idle_seconds (VtrKioskController *self,
                                       guint               seconds)
{
  g_return_if_fail (VTR_IS_KIOSK_CONTROLLER (self));

  seconds = MAX (seconds, 1);
  if (self->idle_seconds == seconds)
    return;

  self->idle_seconds = seconds;
  if (self->idle_id != 0)
    arm_idle (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IDLE_SECONDS]);
}

guint
vtr_kiosk_controller_get_warning_seconds (VtrKioskController *self)
{
  g_return_val_if_fail (VTR_IS_KIOSK_CONTROLLER (self), 0);

  return self->warning_seconds;
}

/**
 * vtr_kiosk_controller_set_warning_seconds:
 * @seconds: how long the warning counts down, at least 1
 *
 * A countdown already running keeps its length; the next warning uses the new one.
 */
void
vtr_kiosk_controller_set_warning_seconds (VtrKioskController *self,
                                          guint               seconds)
{
  g_return_if_fail (VTR_IS_KIOSK_CONTROLLER (self));

  seconds = MAX (seconds, 1);
  if (self->warning_seconds == seconds)
    return;

  self->warning_seconds = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARNING_SECONDS]);
}

/**
 * vtr_kiosk_controller_get_seconds_left:
 *
 * Returns: during WARNING, the seconds before the reset; otherwise 0
 */
guint
vtr_kiosk_controller_get_seconds_left (VtrKioskController *self)
{
  g_return_val_if_fail (VTR_IS_KIOSK_CONTROLLER (self), 0);

  return self->seconds_left;
}

const char *
vtr_kiosk_controller_get_default_language (VtrKioskController *self)
{
  g_return_val_if_fail (VTR_IS_KIOSK_CONTROLLER (self), NULL);

  return self->default_language;
}

/**
 * vtr_kiosk_controller_set_default_language:
 * @language: (nullable): a language code such as "fr", or %NULL or "" for English
 *
 * The language every visitor starts in. On the attract screen, the current language follows
 * at once.
 */
void
vtr_kiosk_controller_set_default_language (VtrKioskController *self,
                                           const char         *language)
{
  g_return_if_fail (VTR_IS_KIOSK_CONTROLLER (self));

  if (language == NULL || *language == '\0')
    language = "en";

  if (!replace_str (&self->default_language, language))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEFAULT_LANGUAGE]);
  if (self->state == VTR_KIOSK_STATE_ATTRACT)
    set_language (self, language);
}

const char *
vtr_kiosk_controller_get_language (VtrKioskController *self)
{
  g_return_val_if_fail (VTR_IS_KIOSK_CONTROLLER (self), NULL);

  return self->language;
}

/**
 * vtr_kiosk_controller_set_language:
 * @language: (nullable): the language the visitor picked, or %NULL for the default
 *
 * A visitor switching language is input too: it restarts the idle time.
 */
void
vtr_kiosk_controller_set_language (VtrKioskController *self,
                                   const char         *language)
{
  g_return_if_fail (VTR_IS_KIOSK_CONTROLLER (self));

  if (language == NULL || *language == '\0')
    language = self->default_language;

  set_language (self, language);
  vtr_kiosk_controller_input (self);
}

/**
 * vtr_kiosk_controller_is_dragging:
 *
 * Returns: whether a drag holds the idle time off
 */
gboolean
vtr_kiosk_controller_is_dragging (VtrKioskController *self)
{
  g_return_val_if_fail (VTR_IS_KIOSK_CONTROLLER (self), FALSE);

  return self->n_drags > 0;
}

/**
 * vtr_kiosk_controller_get_pack:
 *
 * Returns: (transfer none) (nullable): the pack the kiosk shows
 */
VtrPack *
vtr_kiosk_controller_get_pack (VtrKioskController *self)
{
  g_return_val_if_fail (VTR_IS_KIOSK_CONTROLLER (self), NULL);

  return self->pack;
}

/**
 * vtr_kiosk_controller_set_pack:
 * @pack: (nullable): the pack to show
 *
 * Sets the pack at start, before any visitor. Content that arrives later goes through
 * vtr_kiosk_controller_offer_pack() instead.
 */
void
vtr_kiosk_controller_set_pack (VtrKioskController *self,
                               VtrPack            *pack)
{
  g_return_if_fail (VTR_IS_KIOSK_CONTROLLER (self));
  g_return_if_fail (pack == NULL || VTR_IS_PACK (pack));

  if (g_set_object (&self->pack, pack))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
}

/**
 * vtr_kiosk_controller_get_pending_pack:
 *
 * Returns: (transfer none) (nullable): new content waiting for the next reset
 */
VtrPack *
vtr_kiosk_controller_get_pending_pack (VtrKioskController *self)
{
  g_return_val_if_fail (VTR_IS_KIOSK_CONTROLLER (self), NULL);

  return self->pending_pack;
}

/**
 * vtr_kiosk_controller_enter:
 * @language: (nullable): the language picked on the attract screen, or %NULL for the default
 *
 * A visitor touches the attract screen. Outside ATTRACT this is ordinary input.
 */
void
vtr_kiosk_controller_enter (VtrKioskController *self,
                            const char         *language)
{
  g_return_if_fail (VTR_IS_KIOSK_CONTROLLER (self));

  if (self->state != VTR_KIOSK_STATE_ATTRACT)
    {
      if (language != NULL)
        set_language (self, language);
      vtr_kiosk_controller_input (self);
      return;
    }

  set_language (self, language != NULL && *language != '\0' ? language
                                                            : self->default_language);
  set_state (self, VTR_KIOSK_STATE_ACTIVE);
  arm_idle (self);
}

/**
 * vtr_kiosk_controller_input:
 *
 * Any input from the visitor: restarts the idle time, and dismisses the warning. On the
 * attract screen it does nothing; vtr_kiosk_controller_enter() lets a visitor in.
 */
void
vtr_kiosk_controller_input (VtrKioskController *self)
{
  g_return_if_fail (VTR_IS_KIOSK_CONTROLLER (self));

  switch (self->state)
    {
    case VTR_KIOSK_STATE_ATTRACT:
      return;
    case VTR_KIOSK_STATE_WARNING:
      dismiss_warning (self);
      break;
    case VTR_KIOSK_STATE_ACTIVE:
    default:
      break;
    }

  arm_idle (self);
}

/**
 * vtr_kiosk_controller_drag_begin:
 *
 * A finger starts a drag: the idle time stops until vtr_kiosk_controller_drag_end(). Drags
 * may nest (two fingers).
 */
void
vtr_kiosk_controller_drag_begin (VtrKioskController *self)
{
  g_return_if_fail (VTR_IS_KIOSK_CONTROLLER (self));

  if (self->state == VTR_KIOSK_STATE_ATTRACT)
    return;

  if (self->state == VTR_KIOSK_STATE_WARNING)
    dismiss_warning (self);

  self->n_drags++;
  vtr_clock_clear (self->clock, &self->idle_id);
  vtr_clock_clear (self->clock, &self->drag_id);
  self->drag_id = vtr_clock_add_timeout (self->clock, DRAG_STUCK_SECONDS * 1000,
                                         drag_stuck_cb, self);
}

/**
 * vtr_kiosk_controller_drag_end:
 *
 * The end of a drag is input: the idle time starts again from now. An end without a begin
 * (a drag that outlived a reset) is ignored.
 */
void
vtr_kiosk_controller_drag_end (VtrKioskController *self)
{
  g_return_if_fail (VTR_IS_KIOSK_CONTROLLER (self));

  if (self->n_drags == 0)
    return;

  if (--self->n_drags == 0)
    vtr_clock_clear (self->clock, &self->drag_id);

  vtr_kiosk_controller_input (self);
}

/**
 * vtr_kiosk_controller_offer_pack:
 * @pack: (nullable): new, valid content; %NULL withdraws an offer
 *
 * New content waits for the next reset. On the attract screen nobody is in front of the
 * kiosk, so the controller resets at once and the pack is taken.
 */
void
vtr_kiosk_controller_offer_pack (VtrKioskController *self,
                                 VtrPack            *pack)
{
  g_return_if_fail (VTR_IS_KIOSK_CONTROLLER (self));
  g_return_if_fail (pack == NULL || VTR_IS_PACK (pack));

  if (pack == self->pack)
    pack = NULL;

  if (g_set_object (&self->pending_pack, pack))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING_PACK]);

  if (self->pending_pack != NULL && self->state == VTR_KIOSK_STATE_ATTRACT)
    vtr_kiosk_controller_reset (self);
}

/**
 * vtr_kiosk_controller_reset:
 *
 * Ends the visit: back to ATTRACT in the default language, with waiting content swapped in,
 * then ::reset. Also what the warning does when its countdown runs out.
 */
void
vtr_kiosk_controller_reset (VtrKioskController *self)
{
  g_autoptr(VtrPack) pack = NULL;

  g_return_if_fail (VTR_IS_KIOSK_CONTROLLER (self));

  g_object_ref (self);
  g_object_freeze_notify (G_OBJECT (self));

  vtr_clock_clear (self->clock, &self->idle_id);
  vtr_clock_clear (self->clock, &self->tick_id);
  end_drags (self);

  set_seconds_left (self, 0);
  set_language (self, self->default_language);
  set_state (self, VTR_KIOSK_STATE_ATTRACT);

  pack = g_steal_pointer (&self->pending_pack);
  if (pack != NULL)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING_PACK]);
      g_set_object (&self->pack, pack);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
    }

  g_object_thaw_notify (G_OBJECT (self));

  if (pack != NULL)
    g_signal_emit (self, signals[SWAP_PACK], 0, pack);
  g_signal_emit (self, signals[RESET], 0);

  g_object_unref (self);
}

/**
 * vtr_kiosk_controller_bind_settings:
 * @settings: the app's settings
 *
 * Follows kiosk-idle-seconds and kiosk-warning-seconds, and kiosk-default-language where
 * the schema has it.
 */
void
vtr_kiosk_controller_bind_settings (VtrKioskController *self,
                                    GSettings          *settings)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  g_return_if_fail (VTR_IS_KIOSK_CONTROLLER (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_set_object (&self->settings, settings);
  g_settings_bind (settings, "kiosk-idle-seconds", self, "idle-seconds", G_SETTINGS_BIND_GET);
  g_settings_bind (settings, "kiosk-warning-seconds", self, "warning-seconds",
                   G_SETTINGS_BIND_GET);

  g_object_get (settings, "settings-schema", &schema, NULL);
  if (g_settings_schema_has_key (schema, "kiosk-default-language"))
    g_settings_bind (settings, "kiosk-default-language", self, "default-language",
                     G_SETTINGS_BIND_GET);
}

/**
 * vtr_kiosk_controller_watch_content:
 * @content: the content manager watching the kiosk's pack folder
 *
 * Takes the content manager's pack now if the kiosk has none, then offers each new valid pack
 * it loads, and logs each refused change with the place of its first problem.
 */
void
vtr_kiosk_controller_watch_content (VtrKioskController *self,
                                    VtrContentManager  *content)
{
  g_return_if_fail (VTR_IS_KIOSK_CONTROLLER (self));
  g_return_if_fail (VTR_IS_CONTENT_MANAGER (content));

  if (self->content != NULL)
    g_signal_handlers_disconnect_by_data (self->content, self);
  g_set_object (&self->content, content);

  if (self->pack == NULL)
    vtr_kiosk_controller_set_pack (self, vtr_content_manager_get_pack (content));

  g_signal_connect_object (content, "notify::pack",
                           G_CALLBACK (content_pack_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (content, "reload-failed",
                           G_CALLBACK (content_reload_failed_cb), self, G_CONNECT_SWAPPED);
}
