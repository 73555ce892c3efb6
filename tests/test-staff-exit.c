/* test-staff-exit.c: the hidden gesture, the PIN and the lockout that guard kiosk mode
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-fake-clock.h"
#include "vtr-staff-exit.h"

typedef struct
{
  VtrClock     *clock;
  VtrStaffExit *exit;
  guint         n_requests;
} Fixture;

static void
pin_requested_cb (VtrStaffExit *exit,
                  Fixture      *fixture)
{
  fixture->n_requests++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *hash = vtr_staff_exit_hash_pin ("2468");

  fixture->clock = vtr_fake_clock_new ();
  fixture->exit = vtr_staff_exit_new (fixture->clock);
  vtr_staff_exit_set_pin_hash (fixture->exit, hash);
  g_signal_connect (fixture->exit, "pin-requested", G_CALLBACK (pin_requested_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->exit);
  g_assert_cmpuint (vtr_fake_clock_get_n_timeouts (VTR_FAKE_CLOCK (fixture->clock)), ==, 0);
  g_assert_finalize_object (fixture->clock);
}

static void
advance (Fixture *fixture,
         guint    ms)
{
  vtr_fake_clock_advance (VTR_FAKE_CLOCK (fixture->clock), ms);
}

/* Taps the corner @n times, @gap_ms apart. */
static void
tap_corner (Fixture *fixture,
            guint    n,
            guint    gap_ms)
{
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        advance (fixture, gap_ms);
      vtr_staff_exit_tap (fixture->exit, 10.0 + i, 20.0);
    }
}

static void
test_five_taps_request_pin (Fixture       *fixture,
                            gconstpointer  data)
{
  g_assert_true (vtr_staff_exit_tap (fixture->exit, 0.0, 0.0));
  tap_corner (fixture, 3, 200);
  g_assert_cmpuint (fixture->n_requests, ==, 0);
  g_assert_cmpint (vtr_staff_exit_get_state (fixture->exit), ==, VTR_STAFF_EXIT_STATE_READY);

  advance (fixture, 200);
  g_assert_true (vtr_staff_exit_tap (fixture->exit, 95.0, 95.0));
  g_assert_cmpuint (fixture->n_requests, ==, 1);
  g_assert_cmpint (vtr_staff_exit_get_state (fixture->exit), ==, VTR_STAFF_EXIT_STATE_ASKING);

  /* While the PIN pad is up, taps do nothing. */
  advance (fixture, 100);
  tap_corner (fixture, 5, 100);
  g_assert_cmpuint (fixture->n_requests, ==, 1);

  /* Cancelling starts the count again from zero. */
  vtr_staff_exit_cancel (fixture->exit);
  g_assert_cmpint (vtr_staff_exit_get_state (fixture->exit), ==, VTR_STAFF_EXIT_STATE_READY);
  tap_corner (fixture, 4, 100);
  g_assert_cmpuint (fixture->n_requests, ==, 1);
  advance (fixture, 100);
  vtr_staff_exit_tap (fixture->exit, 1.0, 1.0);
  g_assert_cmpuint (fixture->n_requests, ==, 2);
}

static void
test_taps_outside_corner (Fixture       *fixture,
                          gconstpointer  data)
{
  /* Just outside the 96-pixel square, in either direction. */
  g_assert_false (vtr_staff_exit_tap (fixture->exit, 96.0, 10.0));
  g_assert_false (vtr_staff_exit_tap (fixture->exit, 10.0, 96.0));
  g_assert_false (vtr_staff_exit_tap (fixture->exit, -1.0, 10.0));

  /* A tap elsewhere in the middle of the sequence breaks it. */
  tap_corner (fixture, 4, 100);
  vtr_staff_exit_tap (fixture->exit, 500.0, 400.0);
  tap_corner (fixture, 1, 0);
  g_assert_cmpuint (fixture->n_requests, ==, 0);
  tap_corner (fixture, 4, 100);
  g_assert_cmpuint (fixture->n_requests, ==, 1);

  vtr_staff_exit_cancel (fixture->exit);
  vtr_staff_exit_set_corner_size (fixture->exit, 200.0);
  g_assert_true (vtr_staff_exit_tap (fixture->exit, 150.0, 150.0));
}

static void
test_timing_window (Fixture       *fixture,
                    gconstpointer  data)
{
  /* Five taps spread over 3.2 s: never five within three seconds. */
  tap_corner (fixture, 5, 800);
  g_assert_cmpuint (fixture->n_requests, ==, 0);

  /* But the window slides: the taps at 0.8, 1.6, 2.4 and 3.2 s count with one more at
   * 3.7 s, five within 2.9 s. */
  advance (fixture, 500);
  vtr_staff_exit_tap (fixture->exit, 5.0, 5.0);
  g_assert_cmpuint (fixture->n_requests, ==, 1);
  vtr_staff_exit_cancel (fixture->exit);

  advance (fixture, 10 * 1000);
  /* Exactly three seconds from the first tap to the fifth still counts. */
  tap_corner (fixture, 5, 750);
  g_assert_cmpuint (fixture->n_requests, ==, 2);
  vtr_staff_exit_cancel (fixture->exit);

  /* A millisecond more does not. */
  advance (fixture, 10 * 1000);
  tap_corner (fixture, 4, 750);
  advance (fixture, 751);
  vtr_staff_exit_tap (fixture->exit, 5.0, 5.0);
  g_assert_cmpuint (fixture->n_requests, ==, 2);
}

static void
test_right_pin (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  tap_corner (fixture, 5, 100);
  g_assert_true (vtr_staff_exit_check_pin (fixture->exit, "2468", &error));
  g_assert_no_error (error);
  g_assert_cmpint (vtr_staff_exit_get_state (fixture->exit), ==, VTR_STAFF_EXIT_STATE_READY);
  g_assert_cmpuint (vtr_staff_exit_get_attempts_left (fixture->exit), ==, 3);
}

static void
test_wrong_pins_lock_out (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 start = vtr_clock_get_time (fixture->clock);

  tap_corner (fixture, 5, 100);
  g_assert_false (vtr_staff_exit_check_pin (fixture->exit, "1234", &error));
  g_assert_error (error, VTR_STAFF_EXIT_ERROR, VTR_STAFF_EXIT_ERROR_WRONG_PIN);
  g_assert_nonnull (strstr (error->message, "2 attempts"));
  g_clear_error (&error);

  /* Near misses: a prefix, an extension, the empty PIN. */
  g_assert_false (vtr_staff_exit_check_pin (fixture->exit, "24680", &error));
  g_assert_error (error, VTR_STAFF_EXIT_ERROR, VTR_STAFF_EXIT_ERROR_WRONG_PIN);
  g_assert_nonnull (strstr (error->message, "1 attempt left"));
  g_clear_error (&error);
  g_assert_cmpuint (vtr_staff_exit_get_attempts_left (fixture->exit), ==, 1);

  /* Cancelling gives no more guesses. */
  vtr_staff_exit_cancel (fixture->exit);
  tap_corner (fixture, 5, 100);
  g_assert_cmpuint (vtr_staff_exit_get_attempts_left (fixture->exit), ==, 1);

  g_assert_false (vtr_staff_exit_check_pin (fixture->exit, "", &error));
  g_assert_error (error, VTR_STAFF_EXIT_ERROR, VTR_STAFF_EXIT_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "60 seconds"));
  g_clear_error (&error);
  g_assert_cmpint (vtr_staff_exit_get_state (fixture->exit), ==, VTR_STAFF_EXIT_STATE_LOCKED);
  g_assert_cmpint (vtr_staff_exit_get_locked_until (fixture->exit), ==,
                   vtr_clock_get_time (fixture->clock) + 60 * G_USEC_PER_SEC);

  /* Locked: even the right PIN is refused, and taps do nothing. */
  advance (fixture, 30 * 1000);
  g_assert_false (vtr_staff_exit_check_pin (fixture->exit, "2468", &error));
  g_assert_error (error, VTR_STAFF_EXIT_ERROR, VTR_STAFF_EXIT_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "30 seconds"));
  g_clear_error (&error);
  g_assert_false (vtr_staff_exit_tap (fixture->exit, 1.0, 1.0));
  tap_corner (fixture, 5, 100);
  g_assert_cmpuint (fixture->n_requests, ==, 2);

  /* The lockout ends after a minute; all attempts are back. */
  advance (fixture, 29 * 1000);
  g_assert_cmpint (vtr_staff_exit_get_state (fixture->exit), ==, VTR_STAFF_EXIT_STATE_LOCKED);
  advance (fixture, 1000);
  g_assert_cmpint (vtr_staff_exit_get_state (fixture->exit), ==, VTR_STAFF_EXIT_STATE_READY);
  g_assert_cmpint (vtr_staff_exit_get_locked_until (fixture->exit), ==, 0);
  g_assert_cmpuint (vtr_staff_exit_get_attempts_left (fixture->exit), ==, 3);
  g_assert_cmpint (vtr_clock_get_time (fixture->clock) - start, >, 60 * G_USEC_PER_SEC);

  tap_corner (fixture, 5, 100);
  g_assert_cmpuint (fixture->n_requests, ==, 3);
  g_assert_true (vtr_staff_exit_check_pin (fixture->exit, "2468", NULL));
}

static void
test_no_pin_never_lets_out (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *guesses[] = { "", "0000", "1234", "sha256", "$", "2468" };

  vtr_staff_exit_set_pin_hash (fixture->exit, "");
  g_assert_false (vtr_staff_exit_has_pin (fixture->exit));

  /* The gesture still answers, so that staff learn why they cannot leave. */
  tap_corner (fixture, 5, 100);
  g_assert_cmpuint (fixture->n_requests, ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (guesses); i++)
    {
      g_assert_false (vtr_staff_exit_check_pin (fixture->exit, guesses[i], &error));
      g_assert_error (error, VTR_STAFF_EXIT_ERROR, VTR_STAFF_EXIT_ERROR_NO_PIN);
      g_assert_nonnull (strstr (error->message, "--set-kiosk-pin"));
      g_clear_error (&error);
    }
}

static void
test_damaged_hash_never_matches (void)
{
  g_autofree char *hash = vtr_staff_exit_hash_pin ("2468");
  g_autofree char *other = vtr_staff_exit_hash_pin ("2468");
  g_autofree char *truncated = g_strndup (hash, strlen (hash) - 1);
  g_autofree char *md5 = g_strdup_printf ("md5%s", hash + strlen ("sha256"));
  const char *bad[] = { "", "2468", "sha256$$", "sha256$abc", "sha256$$2468" };

  g_assert_true (g_str_has_prefix (hash, "sha256$"));
  /* A new salt each time: equal PINs do not give equal hashes. */
  g_assert_cmpstr (hash, !=, other);
  g_assert_true (vtr_staff_exit_pin_matches (hash, "2468"));
  g_assert_true (vtr_staff_exit_pin_matches (other, "2468"));
  g_assert_false (vtr_staff_exit_pin_matches (hash, "2469"));
  g_assert_false (vtr_staff_exit_pin_matches (truncated, "2468"));
  g_assert_false (vtr_staff_exit_pin_matches (md5, "2468"));
  g_assert_false (vtr_staff_exit_pin_matches (NULL, "2468"));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_false (vtr_staff_exit_pin_matches (bad[i], "2468"));

  /* The stored form never holds the PIN itself. */
  g_assert_null (strstr (hash + strlen ("sha256$"), "2468"));
}

static void
test_validate_pin (void)
{
  const char *good[] = { "0000", "1234", "123456789012" };
  const char *bad[] = { "", "123", "1234567890123", "12a4", "12 34", "١٢٣٤", "-1234" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (vtr_staff_exit_validate_pin (good[i], NULL));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (vtr_staff_exit_validate_pin (bad[i], &error));
      g_assert_error (error, VTR_STAFF_EXIT_ERROR, VTR_STAFF_EXIT_ERROR_INVALID_PIN);
    }
  g_assert_false (vtr_staff_exit_validate_pin (NULL, NULL));
}

static void
test_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(VtrClock) clock = vtr_fake_clock_new ();
  g_autoptr(VtrStaffExit) exit = vtr_staff_exit_new (clock);
  g_autofree char *hash = vtr_staff_exit_hash_pin ("97531");

  vtr_staff_exit_bind_settings (exit, settings);
  g_assert_false (vtr_staff_exit_has_pin (exit));

  /* A PIN set while kiosk mode runs works at once. */
  g_settings_set_string (settings, "kiosk-pin-hash", hash);
  g_assert_true (vtr_staff_exit_has_pin (exit));
  g_assert_true (vtr_staff_exit_check_pin (exit, "97531", NULL));

  g_settings_reset (settings, "kiosk-pin-hash");
  g_assert_false (vtr_staff_exit_has_pin (exit));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)

  ADD ("/staff-exit/five-taps", test_five_taps_request_pin);
  ADD ("/staff-exit/outside-corner", test_taps_outside_corner);
  ADD ("/staff-exit/timing-window", test_timing_window);
  ADD ("/staff-exit/right-pin", test_right_pin);
  ADD ("/staff-exit/lockout", test_wrong_pins_lock_out);
  ADD ("/staff-exit/no-pin", test_no_pin_never_lets_out);
  g_test_add_func ("/staff-exit/damaged-hash", test_damaged_hash_never_matches);
  g_test_add_func ("/staff-exit/validate-pin", test_validate_pin);
  g_test_add_func ("/staff-exit/settings", test_settings);

#undef ADD

  return g_test_run ();
}
