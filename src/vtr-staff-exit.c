/* vtr-staff-exit.c
 *
 * The only way out of kiosk mode from the screen. The gesture is hidden, not secret: the
 * PIN is what keeps visitors in. Three wrong PINs lock the gesture for a minute, which makes
 * guessing a 4-digit PIN take about two days of non-stop tapping.
 *
 * The PIN is stored as "sha256$SALT$HEX", HEX being HMAC-SHA256 keyed with the random SALT
 * over the PIN. That keeps the PIN out of plain sight in dconf dumps and backups. It cannot
 * protect a short digit PIN from someone who can read the settings and try every PIN offline;
 * such a person already has the machine's session.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <sys/random.h>
#include <termios.h>
#include <unistd.h>

#include "vtr-enums.h"
#include "vtr-staff-exit.h"

#define HASH_SCHEME "sha256"
#define SALT_BYTES  16

struct _VtrStaffExit
{
  GObject            parent_instance;

  VtrClock          *clock;
  VtrStaffExitState  state;
  gint64             locked_until;
  guint              attempts_left;
  double             corner_size;
  char              *pin_hash;

  /* Times of the corner taps still within the window, oldest first. */
  gint64             taps[VTR_STAFF_EXIT_TAPS];
  guint              n_taps;

  guint              unlock_id;
  GSettings         *settings;
};

enum {
  PROP_0,
  PROP_CLOCK,
  PROP_STATE,
  PROP_LOCKED_UNTIL,
  PROP_ATTEMPTS_LEFT,
  PROP_CORNER_SIZE,
  PROP_PIN_HASH,
  N_PROPS
};

enum {
  PIN_REQUESTED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (VtrStaffExit, vtr_staff_exit, G_TYPE_OBJECT)
G_DEFINE_QUARK (vtr-staff-exit-error-quark, vtr_staff_exit_error)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_state (VtrStaffExit      *self,
           VtrStaffExitState  state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
set_attempts_left (VtrStaffExit *self,
                   guint         attempts)
{
  if (self->attempts_left == attempts)
    return;

  self->attempts_left = attempts;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTEMPTS_LEFT]);
}

static void
set_locked_until (VtrStaffExit *self,
                  gint64        time)
{
  if (self->locked_until == time)
    return;

  self->locked_until = time;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCKED_UNTIL]);
}

/* Hex digits only, so that the stored value is plain ASCII in any settings backend. */
static char *
to_hex (const guint8 *bytes,
        gsize         n_bytes)
{
  GString *hex = g_string_sized_new (n_bytes * 2);

  for (gsize i = 0; i < n_bytes; i++)
    g_string_append_printf (hex, "%02x", bytes[i]);

  return g_string_free (hex, FALSE);
}

static char *
compute_hmac (const char *salt,
              const char *pin)
{
  return g_compute_hmac_for_string (G_CHECKSUM_SHA256, (const guchar *)salt, strlen (salt),
                                    pin, -1);
}

/* Compares every byte whatever the first difference, so that timing tells nothing. */
static gboolean
equal_in_constant_time (const char *a,
                        const char *b)
{
  gsize length = strlen (a);
  guint8 difference = 0;

  if (length != strlen (b))
    return FALSE;

  for (gsize i = 0; i < length; i++)
    difference |= (guint8)a[i] ^ (guint8)b[i];

  return difference == 0;
}

static gboolean
unlock_cb (gpointer user_data)
{
  VtrStaffExit *self = user_data;

  self->unlock_id = 0;
  g_object_freeze_notify (G_OBJECT (self));
  set_locked_until (self, 0);
  set_attempts_left (self, VTR_STAFF_EXIT_MAX_ATTEMPTS);
  set_state (self, VTR_STAFF_EXIT_STATE_READY);
  g_object_thaw_notify (G_OBJECT (self));

  return G_SOURCE_REMOVE;
}

static void
lock_out (VtrStaffExit *self)
{
  g_object_freeze_notify (G_OBJECT (self));
  self->n_taps = 0;
  set_attempts_left (self, 0);
  set_locked_until (self, vtr_clock_get_time (self->clock) +
                          VTR_STAFF_EXIT_LOCKOUT_SECONDS * G_USEC_PER_SEC);
  set_state (self, VTR_STAFF_EXIT_STATE_LOCKED);
  g_object_thaw_notify (G_OBJECT (self));

  vtr_clock_clear (self->clock, &self->unlock_id);
  self->unlock_id = vtr_clock_add_timeout (self->clock, VTR_STAFF_EXIT_LOCKOUT_SECONDS * 1000,
                                           unlock_cb, self);
}

static void
set_locked_error (VtrStaffExit  *self,
                  GError       **error)
{
  gint64 left = self->locked_until - vtr_clock_get_time (self->clock);
  int seconds = (int)MAX (1, (left + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);

  g_set_error (error, VTR_STAFF_EXIT_ERROR, VTR_STAFF_EXIT_ERROR_LOCKED,
               g_dngettext (GETTEXT_PACKAGE,
                            "Too many wrong PINs. Try again in %d second.",
                            "Too many wrong PINs. Try again in %d seconds.",
                            seconds),
               seconds);
}

static void
vtr_staff_exit_dispose (GObject *object)
{
  VtrStaffExit *self = (VtrStaffExit *)object;

  if (self->clock != NULL)
    vtr_clock_clear (self->clock, &self->unlock_id);
  g_clear_object (&self->clock);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (vtr_staff_exit_parent_class)->dispose (object);
}

static void
vtr_staff_exit_finalize (GObject *object)
{
  VtrStaffExit *self = (VtrStaffExit *)object;

  g_clear_pointer (&self->pin_hash, g_free);

  G_OBJECT_CLASS (vtr_staff_exit_parent_class)->finalize (object);
}

static void
vtr_staff_exit_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VtrStaffExit *self = VTR_STAFF_EXIT (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_LOCKED_UNTIL:
      g_value_set_int64 (value, self->locked_until);
      break;
    case PROP_ATTEMPTS_LEFT:
      g_value_set_uint (value, self->attempts_left);
      break;
    case PROP_CORNER_SIZE:
      g_value_set_double (value, self->corner_size);
      break;
    case PROP_PIN_HASH:
      g_value_set_string (value, self->pin_hash);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_staff_exit_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  VtrStaffExit *self = VTR_STAFF_EXIT (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      if (self->clock == NULL)
        self->clock = vtr_clock_new ();
      break;
    case PROP_CORNER_SIZE:
      vtr_staff_exit_set_corner_size (self, g_value_get_double (value));
      break;
    case PROP_PIN_HASH:
      vtr_staff_exit_set_pin_hash (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_staff_exit_class_init (VtrStaffExitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vtr_staff_exit_dispose;
  object_class->finalize = vtr_staff_exit_finalize;
  object_class->get_property = vtr_staff_exit_get_property;
  object_class->set_property = vtr_staff_exit_set_property;

  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL,
                         VTR_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       VTR_TYPE_STAFF_EXIT_STATE, VTR_STAFF_EXIT_STATE_READY,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* In microseconds on the controller's clock; 0 when not locked. */
  properties[PROP_LOCKED_UNTIL] =
    g_param_spec_int64 ("locked-until", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ATTEMPTS_LEFT] =
    g_param_spec_uint ("attempts-left", NULL, NULL,
                       0, VTR_STAFF_EXIT_MAX_ATTEMPTS, VTR_STAFF_EXIT_MAX_ATTEMPTS,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CORNER_SIZE] =
    g_param_spec_double ("corner-size", NULL, NULL,
                         1.0, 10000.0, 96.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PIN_HASH] =
    g_param_spec_string ("pin-hash", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VtrStaffExit::pin-requested:
   *
   * Five taps in the corner: the view asks for the PIN. Emitted with or without a PIN set;
   * see vtr_staff_exit_has_pin().
   */
  signals[PIN_REQUESTED] =
    g_signal_new ("pin-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
vtr_staff_exit_init (VtrStaffExit *self)
{
  self->state = VTR_STAFF_EXIT_STATE_READY;
  self->attempts_left = VTR_STAFF_EXIT_MAX_ATTEMPTS;
  self->corner_size = 96.0;
}

/**
 * vtr_staff_exit_new:
 * @clock: (nullable): the clock for the tap window and the lockout, or %NULL for the real one
 */
VtrStaffExit *
vtr_staff_exit_new (VtrClock *clock)
{
  g_return_val_if_fail (clock == NULL || VTR_IS_CLOCK (clock), NULL);

  return g_object_new (VTR_TYPE_STAFF_EXIT, "clock", clock, NULL);
}

VtrStaffExitState
vtr_staff_exit_get_state (VtrStaffExit *self)
{
  g_return_val_if_fail (VTR_IS_STAFF_EXIT (self), VTR_STAFF_EXIT_STATE_READY);

  return self->state;
}

/**
 * vtr_staff_exit_get_locked_until:
 *
 * Returns: when the lockout ends, in microseconds on the clock, or 0 if not locked
 */
gint64
vtr_staff_exit_get_locked_until (VtrStaffExit *self)
{
  g_return_val_if_fail (VTR_IS_STAFF_EXIT (self), 0);

  return self->locked_until;
}

guint
vtr_staff_exit_get_attempts_left (VtrStaffExit *self)
{
  g_return_val_if_fail (VTR_IS_STAFF_EXIT (self), 0);

  return self->attempts_left;
}

double
vtr_staff_exit_get_corner_size (VtrStaffExit *self)
{
  g_return_val_if_fail (VTR_IS_STAFF_EXIT (self), 0.0);

  return self->corner_size;
}

/**
 * vtr_staff_exit_set_corner_size:
 * @size: the side of the square, in window pixels from the top-left corner, that counts
 */
void
vtr_staff_exit_set_corner_size (VtrStaffExit *self,
                                double        size)
{
  g_return_if_fail (VTR_IS_STAFF_EXIT (self));
  g_return_if_fail (size >= 1.0);

  if (self->corner_size == size)
    return;

  self->corner_size = size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORNER_SIZE]);
}

const char *
vtr_staff_exit_get_pin_hash (VtrStaffExit *self)
{
  g_return_val_if_fail (VTR_IS_STAFF_EXIT (self), NULL);

  return self->pin_hash;
}

/**
 * vtr_staff_exit_set_pin_hash:
 * @pin_hash: (nullable): a hash from vtr_staff_exit_hash_pin(), or %NULL or "" for none
 */
void
vtr_staff_exit_set_pin_hash (VtrStaffExit *self,
                             const char   *pin_hash)
{
  g_return_if_fail (VTR_IS_STAFF_EXIT (self));

  if (pin_hash != NULL && *pin_hash == '\0')
    pin_hash = NULL;
  if (g_strcmp0 (self->pin_hash, pin_hash) == 0)
    return;

  g_free (self->pin_hash);
  self->pin_hash = g_strdup (pin_hash);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PIN_HASH]);
}

/**
 * vtr_staff_exit_has_pin:
 *
 * Returns: whether a PIN is set; without one, nobody leaves kiosk mode from the screen
 */
gboolean
vtr_staff_exit_has_pin (VtrStaffExit *self)
{
  g_return_val_if_fail (VTR_IS_STAFF_EXIT (self), FALSE);

  return self->pin_hash != NULL;
}

/**
 * vtr_staff_exit_tap:
 * @x: where the press was, in window coordinates
 * @y: where the press was, in window coordinates
 *
 * Counts a press. The view passes every press on, and handles it as usual whatever this
 * returns, so that the gesture stays invisible.
 *
 * Returns: whether the press counted towards the gesture
 */
gboolean
vtr_staff_exit_tap (VtrStaffExit *self,
                    double        x,
                    double        y)
{
  gint64 now;
  guint kept = 0;

  g_return_val_if_fail (VTR_IS_STAFF_EXIT (self), FALSE);

  if (self->state != VTR_STAFF_EXIT_STATE_READY)
    return FALSE;

  if (x < 0 || y < 0 || x >= self->corner_size || y >= self->corner_size)
    {
      self->n_taps = 0;
      return FALSE;
    }

  /* Keep only the taps within the window, counting this one. */
  now = vtr_clock_get_time (self->clock);
  for (guint i = 0; i < self->n_taps; i++)
    if (now - self->taps[i] <= (gint64)VTR_STAFF_EXIT_WINDOW_MS * 1000)
      self->taps[kept++] = self->taps[i];
  self->n_taps = kept;

  if (self->n_taps == VTR_STAFF_EXIT_TAPS)
    {
      memmove (self->taps, self->taps + 1, (VTR_STAFF_EXIT_TAPS - 1) * sizeof (gint64));
      self->n_taps--;
    }
  self->taps[self->n_taps++] = now;

  if (self->n_taps == VTR_STAFF_EXIT_TAPS)
    {
      self->n_taps = 0;
      set_state (self, VTR_STAFF_EXIT_STATE_ASKING);
      g_signal_emit (self, signals[PIN_REQUESTED], 0);
    }

  return TRUE;
}

/**
 * vtr_staff_exit_check_pin:
 * @pin: what staff typed
 *
 * Returns: %TRUE if the PIN is right: the view leaves kiosk mode. Otherwise @error says why,
 *   in a sentence for the PIN pad.
 */
gboolean
vtr_staff_exit_check_pin (VtrStaffExit  *self,
                          const char    *pin,
                          GError       **error)
{
  g_return_val_if_fail (VTR_IS_STAFF_EXIT (self), FALSE);
  g_return_val_if_fail (pin != NULL, FALSE);

  if (self->state == VTR_STAFF_EXIT_STATE_LOCKED)
    {
      set_locked_error (self, error);
      return FALSE;
    }

  if (self->pin_hash == NULL)
    {
      g_set_error (error, VTR_STAFF_EXIT_ERROR, VTR_STAFF_EXIT_ERROR_NO_PIN,
                   _("No staff PIN is set, so kiosk mode cannot be left from the screen. "
                     "Set one with “vitrine --set-kiosk-pin”."));
      return FALSE;
    }

  if (vtr_staff_exit_pin_matches (self->pin_hash, pin))
    {
      set_attempts_left (self, VTR_STAFF_EXIT_MAX_ATTEMPTS);
      set_state (self, VTR_STAFF_EXIT_STATE_READY);
      return TRUE;
    }

  set_attempts_left (self, self->attempts_left - 1);
  if (self->attempts_left == 0)
    {
      lock_out (self);
      set_locked_error (self, error);
      return FALSE;
    }

  g_set_error (error, VTR_STAFF_EXIT_ERROR, VTR_STAFF_EXIT_ERROR_WRONG_PIN,
               g_dngettext (GETTEXT_PACKAGE,
                            "Wrong PIN. %u attempt left.",
                            "Wrong PIN. %u attempts left.",
                            self->attempts_left),
               self->attempts_left);

  return FALSE;
}

/**
 * vtr_staff_exit_cancel:
 *
 * The PIN pad was dismissed: taps count again from zero. Wrong attempts stay counted until a
 * right PIN or the end of a lockout, so that cancelling does not give more guesses.
 */
void
vtr_staff_exit_cancel (VtrStaffExit *self)
{
  g_return_if_fail (VTR_IS_STAFF_EXIT (self));

  self->n_taps = 0;
  if (self->state == VTR_STAFF_EXIT_STATE_ASKING)
    set_state (self, VTR_STAFF_EXIT_STATE_READY);
}

/**
 * vtr_staff_exit_bind_settings:
 *
 * Follows kiosk-pin-hash, so that a PIN set with --set-kiosk-pin works without a restart.
 */
void
vtr_staff_exit_bind_settings (VtrStaffExit *self,
                              GSettings    *settings)
{
  g_return_if_fail (VTR_IS_STAFF_EXIT (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_set_object (&self->settings, settings);
  g_settings_bind (settings, "kiosk-pin-hash", self, "pin-hash", G_SETTINGS_BIND_GET);
}

/**
 * vtr_staff_exit_validate_pin:
 *
 * Returns: whether @pin can be a staff PIN: 4 to 12 digits
 */
gboolean
vtr_staff_exit_validate_pin (const char  *pin,
                             GError     **error)
{
  gsize length = pin != NULL ? strlen (pin) : 0;

  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (pin[i]))
      {
        g_set_error (error, VTR_STAFF_EXIT_ERROR, VTR_STAFF_EXIT_ERROR_INVALID_PIN,
                     _("A PIN may contain only the digits 0 to 9."));
        return FALSE;
      }

  if (length < VTR_STAFF_EXIT_PIN_MIN_DIGITS || length > VTR_STAFF_EXIT_PIN_MAX_DIGITS)
    {
      g_set_error (error, VTR_STAFF_EXIT_ERROR, VTR_STAFF_EXIT_ERROR_INVALID_PIN,
                   _("A PIN must have %d to %d digits."),
                   VTR_STAFF_EXIT_PIN_MIN_DIGITS, VTR_STAFF_EXIT_PIN_MAX_DIGITS);
      return FALSE;
    }

  return TRUE;
}

/**
 * vtr_staff_exit_hash_pin:
 *
 * Returns: (transfer full): "sha256$SALT$HEX" for @pin, with a new random salt
 */
char *
vtr_staff_exit_hash_pin (const char *pin)
{
  guint8 salt_bytes[SALT_BYTES];
  g_autofree char *salt = NULL;
  g_autofree char *hmac = NULL;

  g_return_val_if_fail (pin != NULL, NULL);

  /* The salt need not be secret, only different per PIN; fall back to GLib's generator if
   * the kernel's is unavailable. */
  if (getrandom (salt_bytes, sizeof salt_bytes, 0) != sizeof salt_bytes)
    for (gsize i = 0; i < sizeof salt_bytes; i++)
      salt_bytes[i] = (guint8)g_random_int_range (0, 256);

  salt = to_hex (salt_bytes, sizeof salt_bytes);
  hmac = compute_hmac (salt, pin);

  return g_strdup_printf (HASH_SCHEME "$%s$%s", salt, hmac);
}

/**
 * vtr_staff_exit_pin_matches:
 * @pin_hash: a stored hash
 * @pin: what staff typed
 *
 * Returns: whether @pin is the PIN @pin_hash was made from; %FALSE for a hash in an unknown
 *   format, so that a damaged setting never lets anyone out
 */
gboolean
vtr_staff_exit_pin_matches (const char *pin_hash,
                            const char *pin)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *hmac = NULL;

  if (pin_hash == NULL || pin == NULL)
    return FALSE;

  parts = g_strsplit (pin_hash, "$", -1);
  if (g_strv_length (parts) != 3 || !g_str_equal (parts[0], HASH_SCHEME) ||
      *parts[1] == '\0' || strlen (parts[2]) != 64)
    return FALSE;

  hmac = compute_hmac (parts[1], pin);

  return equal_in_constant_time (hmac, parts[2]);
}

/* Reads one line without its line end; NULL at the end of input. */
static char *
read_line (FILE *in)
{
  GString *line = g_string_new (NULL);
  int c;

  while ((c = fgetc (in)) != EOF && c != '\n')
    g_string_append_c (line, (char)c);

  if (c == EOF && line->len == 0)
    {
      g_string_free (line, TRUE);
      return NULL;
    }

  if (line->len > 0 && line->str[line->len - 1] == '\r')
    g_string_truncate (line, line->len - 1);

  return g_string_free (line, FALSE);
}

/* Asks on the terminal with echo off, so that the PIN never shows on screen. Echo goes off
 * before the prompt shows, and without flushing input, so that nothing typed is lost. */
static char *
prompt_hidden (const char *prompt,
               FILE       *in,
               FILE       *out)
{
  struct termios saved, quiet;
  gboolean restore;
  char *line;

  restore = tcgetattr (fileno (in), &saved) == 0;
  if (restore)
    {
      quiet = saved;
      quiet.c_lflag &= ~(tcflag_t)ECHO;
      tcsetattr (fileno (in), TCSANOW, &quiet);
    }

  fputs (prompt, out);
  fflush (out);
  line = read_line (in);

  if (restore)
    tcsetattr (fileno (in), TCSANOW, &saved);
  fputc ('\n', out);
  fflush (out);

  return line;
}

/**
 * vtr_staff_exit_set_pin_command:
 * @settings: where kiosk-pin-hash is stored
 * @in: the PIN: a terminal is asked twice with echo off; otherwise its first line is read
 *
 * What "vitrine --set-kiosk-pin" does. The PIN must be 4 to 12 digits; only its salted hash
 * is stored.
 *
 * Returns: the exit status: 0 when the PIN was set, 1 when it was not (no input, not 4 to 12
 *   digits, or the two entries differ)
 */
int
vtr_staff_exit_set_pin_command (GSettings *settings,
                                FILE      *in,
                                FILE      *out,
                                FILE      *err)
{
  g_autofree char *pin = NULL;
  g_autofree char *hash = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (G_IS_SETTINGS (settings), 1);

  if (isatty (fileno (in)))
    {
      g_autofree char *again = NULL;

      pin = prompt_hidden (_("New kiosk PIN (4 to 12 digits): "), in, out);
      if (pin != NULL && vtr_staff_exit_validate_pin (pin, &error))
        {
          again = prompt_hidden (_("Type the PIN again: "), in, out);
          if (g_strcmp0 (pin, again) != 0)
            {
              fprintf (err, "vitrine: %s\n", _("The two PINs differ. The PIN was not changed."));
              return 1;
            }
        }
    }
  else
    {
      pin = read_line (in);
    }

  if (pin == NULL)
    {
      fprintf (err, "vitrine: %s\n", _("No PIN given. The PIN was not changed."));
      return 1;
    }

  if (error != NULL || !vtr_staff_exit_validate_pin (pin, &error))
    {
      fprintf (err, "vitrine: %s %s\n", error->message, _("The PIN was not changed."));
      return 1;
    }

  hash = vtr_staff_exit_hash_pin (pin);
  g_settings_set_string (settings, "kiosk-pin-hash", hash);
  g_settings_sync ();
  fprintf (out, "%s\n", _("The kiosk PIN is set. Staff leave kiosk mode with five quick taps "
                          "in the top-left corner, then the PIN."));

  return 0;
}
