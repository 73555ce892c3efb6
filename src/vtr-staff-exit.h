/* vtr-staff-exit.h: the hidden gesture and PIN that let staff, and only staff, leave kiosk mode
 *
 * How a view uses it:
 * - Every press on the kiosk window goes to vtr_staff_exit_tap() with its window coordinates.
 *   Five taps in the top-left corner (:corner-size pixels square) within three seconds emit
 *   ::pin-requested; a tap elsewhere starts the count again.
 * - The view asks for the PIN and calls vtr_staff_exit_check_pin(). %TRUE: leave kiosk mode.
 *   Otherwise the GError says why, in words to show: wrong PIN (with the attempts left),
 *   locked out, or no PIN set. vtr_staff_exit_cancel() when the PIN pad is dismissed.
 * - Three wrong PINs lock the gesture out for a minute: :state is LOCKED until :locked-until
 *   (µs on the clock); taps do nothing meanwhile.
 * - Without a PIN set (:pin-hash empty), the gesture still emits ::pin-requested, so staff
 *   learn why they cannot leave, but every PIN is refused with VTR_STAFF_EXIT_ERROR_NO_PIN,
 *   whose message tells them to run "vitrine --set-kiosk-pin". A visitor never gets out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <stdio.h>

#include "vtr-clock.h"

G_BEGIN_DECLS

#define VTR_STAFF_EXIT_ERROR (vtr_staff_exit_error_quark ())

/**
 * VtrStaffExitError:
 * @VTR_STAFF_EXIT_ERROR_WRONG_PIN: the PIN does not match
 * @VTR_STAFF_EXIT_ERROR_LOCKED: too many wrong PINs; wait for :locked-until
 * @VTR_STAFF_EXIT_ERROR_NO_PIN: no PIN is set, so nobody can leave from the screen
 * @VTR_STAFF_EXIT_ERROR_INVALID_PIN: a new PIN is not 4 to 12 digits
 */
typedef enum {
  VTR_STAFF_EXIT_ERROR_WRONG_PIN,
  VTR_STAFF_EXIT_ERROR_LOCKED,
  VTR_STAFF_EXIT_ERROR_NO_PIN,
  VTR_STAFF_EXIT_ERROR_INVALID_PIN,
} VtrStaffExitError;

/**
 * VtrStaffExitState:
 * @VTR_STAFF_EXIT_STATE_READY: counting corner taps
 * @VTR_STAFF_EXIT_STATE_ASKING: ::pin-requested was emitted; waiting for a PIN or a cancel
 * @VTR_STAFF_EXIT_STATE_LOCKED: three wrong PINs; taps are ignored until :locked-until
 */
typedef enum {
  VTR_STAFF_EXIT_STATE_READY,
  VTR_STAFF_EXIT_STATE_ASKING,
  VTR_STAFF_EXIT_STATE_LOCKED,
} VtrStaffExitState;

#define VTR_STAFF_EXIT_TAPS            5
#define VTR_STAFF_EXIT_WINDOW_MS       3000
#define VTR_STAFF_EXIT_MAX_ATTEMPTS    3
#define VTR_STAFF_EXIT_LOCKOUT_SECONDS 60
#define VTR_STAFF_EXIT_PIN_MIN_DIGITS  4
#define VTR_STAFF_EXIT_PIN_MAX_DIGITS  12

#define VTR_TYPE_STAFF_EXIT (vtr_staff_exit_get_type ())

G_DECLARE_FINAL_TYPE (VtrStaffExit, vtr_staff_exit, VTR, STAFF_EXIT, GObject)

GQuark             vtr_staff_exit_error_quark      (void);

VtrStaffExit      *vtr_staff_exit_new              (VtrClock      *clock);
VtrStaffExitState  vtr_staff_exit_get_state        (VtrStaffExit  *self);
gint64             vtr_staff_exit_get_locked_until (VtrStaffExit  *self);
guint              vtr_staff_exit_get_attempts_left (VtrStaffExit *self);
double             vtr_staff_exit_get_corner_size  (VtrStaffExit  *self);
void               vtr_staff_exit_set_corner_size  (VtrStaffExit  *self,
                                                    double         size);
const char        *vtr_staff_exit_get_pin_hash     (VtrStaffExit  *self);
void               vtr_staff_exit_set_pin_hash     (VtrStaffExit  *self,
                                                    const char    *pin_hash);
gboolean           vtr_staff_exit_has_pin          (VtrStaffExit  *self);

gboolean           vtr_staff_exit_tap              (VtrStaffExit  *self,
                                                    double         x,
                                                    double         y);
gboolean           vtr_staff_exit_check_pin        (VtrStaffExit  *self,
                                                    const char    *pin,
                                                    GError       **error);
void               vtr_staff_exit_cancel           (VtrStaffExit  *self);
void               vtr_staff_exit_bind_settings    (VtrStaffExit  *self,
                                                    GSettings     *settings);

/* Hashing, shared with "vitrine --set-kiosk-pin". */
gboolean           vtr_staff_exit_validate_pin     (const char    *pin,
                                                    GError       **error);
char              *vtr_staff_exit_hash_pin         (const char    *pin);
gboolean           vtr_staff_exit_pin_matches      (const char    *pin_hash,
                                                    const char    *pin);

/* What "vitrine --set-kiosk-pin" does; returns the exit status. */
int                vtr_staff_exit_set_pin_command  (GSettings     *settings,
                                                    FILE          *in,
                                                    FILE          *out,
                                                    FILE          *err);

G_END_DECLS
