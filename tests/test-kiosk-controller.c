/* test-kiosk-controller.c: every transition of the kiosk's idle / attract / reset cycle
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-fake-clock.h"
#include "vtr-kiosk-controller.h"
#include "vtr-test-utils.h"

typedef struct
{
  VtrClock           *clock;
  VtrKioskController *kiosk;
  guint               n_resets;
  guint               n_swaps;
  guint               n_seconds_notified;
  GPtrArray          *events;
  VtrPack            *swapped;
  char               *language_at_reset;
} Fixture;

static void
reset_cb (VtrKioskController *kiosk,
          Fixture            *fixture)
{
  fixture->n_resets++;
  g_ptr_array_add (fixture->events, g_strdup ("reset"));
  g_free (fixture->language_at_reset);
  fixture->language_at_reset = g_strdup (vtr_kiosk_controller_get_language (kiosk));
}

static void
swap_pack_cb (VtrKioskController *kiosk,
              VtrPack            *pack,
              Fixture            *fixture)
{
  fixture->n_swaps++;
  g_ptr_array_add (fixture->events, g_strdup ("swap-pack"));
  g_set_object (&fixture->swapped, pack);
}

static void
seconds_left_cb (VtrKioskController *kiosk,
                 GParamSpec         *pspec,
                 Fixture            *fixture)
{
  fixture->n_seconds_notified++;
  g_ptr_array_add (fixture->events,
                   g_strdup_printf ("%u", vtr_kiosk_controller_get_seconds_left (kiosk)));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->clock = vtr_fake_clock_new ();
  fixture->kiosk = vtr_kiosk_controller_new (fixture->clock);
  fixture->events = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (fixture->kiosk, "reset", G_CALLBACK (reset_cb), fixture);
  g_signal_connect (fixture->kiosk, "swap-pack", G_CALLBACK (swap_pack_cb), fixture);
  g_signal_connect (fixture->kiosk, "notify::seconds-left", G_CALLBACK (seconds_left_cb),
                    fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->kiosk);
  /* The controller cancels every timeout it started. */
  g_assert_cmpuint (vtr_fake_clock_get_n_timeouts (VTR_FAKE_CLOCK (fixture->clock)), ==, 0);
  g_assert_finalize_object (fixture->clock);
  g_clear_object (&fixture->swapped);
  g_clear_pointer (&fixture->events, g_ptr_array_unref);
  g_clear_pointer (&fixture->language_at_reset, g_free);
}

static void
advance (Fixture *fixture,
         guint    ms)
{
  vtr_fake_clock_advance (VTR_FAKE_CLOCK (fixture->clock), ms);
}

static VtrKioskState
state (Fixture *fixture)
{
  return vtr_kiosk_controller_get_state (fixture->kiosk);
}

static void
test_defaults (Fixture       *fixture,
               gconstpointer  data)
{
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_ATTRACT);
  g_assert_cmpuint (vtr_kiosk_controller_get_idle_seconds (fixture->kiosk), ==, 90);
  g_assert_cmpuint (vtr_kiosk_controller_get_warning_seconds (fixture->kiosk), ==, 15);
  g_assert_cmpuint (vtr_kiosk_controller_get_seconds_left (fixture->kiosk), ==, 0);
  g_assert_cmpstr (vtr_kiosk_controller_get_language (fixture->kiosk), ==, "en");
  g_assert_true (vtr_kiosk_controller_get_clock (fixture->kiosk) == fixture->clock);

  /* Nobody there: no idle time runs, and however long the attract screen shows, nothing
   * happens. */
  advance (fixture, 24 * 60 * 60 * 1000);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_ATTRACT);
  g_assert_cmpuint (fixture->n_resets, ==, 0);
  g_assert_cmpuint (vtr_fake_clock_get_n_timeouts (VTR_FAKE_CLOCK (fixture->clock)), ==, 0);
}

static void
test_enter_sets_language (Fixture       *fixture,
                          gconstpointer  data)
{
  vtr_kiosk_controller_set_default_language (fixture->kiosk, "es");
  g_assert_cmpstr (vtr_kiosk_controller_get_language (fixture->kiosk), ==, "es");

  vtr_kiosk_controller_enter (fixture->kiosk, "fr");
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_ACTIVE);
  g_assert_cmpstr (vtr_kiosk_controller_get_language (fixture->kiosk), ==, "fr");

  /* A default language change during a visit waits for the next visitor. */
  vtr_kiosk_controller_set_default_language (fixture->kiosk, "ru");
  g_assert_cmpstr (vtr_kiosk_controller_get_language (fixture->kiosk), ==, "fr");

  vtr_kiosk_controller_reset (fixture->kiosk);
  vtr_kiosk_controller_enter (fixture->kiosk, NULL);
  g_assert_cmpstr (vtr_kiosk_controller_get_language (fixture->kiosk), ==, "ru");
}

static void
test_input_on_attract_does_nothing (Fixture       *fixture,
                                    gconstpointer  data)
{
  vtr_kiosk_controller_input (fixture->kiosk);
  vtr_kiosk_controller_drag_begin (fixture->kiosk);
  vtr_kiosk_controller_drag_end (fixture->kiosk);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_ATTRACT);
  g_assert_false (vtr_kiosk_controller_is_dragging (fixture->kiosk));
  g_assert_cmpuint (vtr_fake_clock_get_n_timeouts (VTR_FAKE_CLOCK (fixture->clock)), ==, 0);
}

static void
test_idle_to_warning_to_reset (Fixture       *fixture,
                               gconstpointer  data)
{
  vtr_kiosk_controller_enter (fixture->kiosk, "fr");

  advance (fixture, 89 * 1000 + 999);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_ACTIVE);
  g_assert_cmpuint (fixture->n_seconds_notified, ==, 0);

  advance (fixture, 1);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_WARNING);
  g_assert_cmpuint (vtr_kiosk_controller_get_seconds_left (fixture->kiosk), ==, 15);

  /* The countdown is notified once a second. */
  advance (fixture, 14 * 1000);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_WARNING);
  g_assert_cmpuint (vtr_kiosk_controller_get_seconds_left (fixture->kiosk), ==, 1);
  g_assert_cmpuint (fixture->n_seconds_notified, ==, 15);
  g_assert_cmpuint (fixture->n_resets, ==, 0);

  advance (fixture, 1000);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_ATTRACT);
  g_assert_cmpuint (fixture->n_resets, ==, 1);
  g_assert_cmpuint (vtr_kiosk_controller_get_seconds_left (fixture->kiosk), ==, 0);
  g_assert_cmpstr (vtr_kiosk_controller_get_language (fixture->kiosk), ==, "en");
  /* Handlers of ::reset already see the default language. */
  g_assert_cmpstr (fixture->language_at_reset, ==, "en");
  g_assert_cmpuint (fixture->n_swaps, ==, 0);

  g_assert_cmpstr (g_ptr_array_index (fixture->events, 0), ==, "15");
  g_assert_cmpstr (g_ptr_array_index (fixture->events, 14), ==, "1");
  g_assert_cmpstr (g_ptr_array_index (fixture->events, 15), ==, "0");
  g_assert_cmpstr (g_ptr_array_index (fixture->events, 16), ==, "reset");
  g_assert_cmpuint (fixture->events->len, ==, 17);
}

static void
test_input_restarts_idle (Fixture       *fixture,
                          gconstpointer  data)
{
  vtr_kiosk_controller_enter (fixture->kiosk, NULL);

  for (guint i = 0; i < 10; i++)
    {
      advance (fixture, 80 * 1000);
      vtr_kiosk_controller_input (fixture->kiosk);
    }
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_ACTIVE);

  advance (fixture, 90 * 1000);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_WARNING);
}

static void
test_input_dismisses_warning (Fixture       *fixture,
                              gconstpointer  data)
{
  vtr_kiosk_controller_enter (fixture->kiosk, "zh_CN");
  advance (fixture, 90 * 1000 + 7 * 1000);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_WARNING);
  g_assert_cmpuint (vtr_kiosk_controller_get_seconds_left (fixture->kiosk), ==, 8);

  vtr_kiosk_controller_input (fixture->kiosk);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_ACTIVE);
  g_assert_cmpuint (vtr_kiosk_controller_get_seconds_left (fixture->kiosk), ==, 0);
  /* The visitor keeps their language and their place. */
  g_assert_cmpstr (vtr_kiosk_controller_get_language (fixture->kiosk), ==, "zh_CN");
  g_assert_cmpuint (fixture->n_resets, ==, 0);

  /* The old countdown is gone: no reset when it would have ended. */
  advance (fixture, 60 * 1000);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_ACTIVE);
  g_assert_cmpuint (fixture->n_resets, ==, 0);

  /* A new idle time starts from the input, and a full new countdown after it. */
  advance (fixture, 30 * 1000);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_WARNING);
  g_assert_cmpuint (vtr_kiosk_controller_get_seconds_left (fixture->kiosk), ==, 15);
  advance (fixture, 15 * 1000);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_ATTRACT);
  g_assert_cmpuint (fixture->n_resets, ==, 1);
}

static void
test_language_switch_is_input (Fixture       *fixture,
                               gconstpointer  data)
{
  vtr_kiosk_controller_enter (fixture->kiosk, "fr");
  advance (fixture, 95 * 1000);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_WARNING);

  vtr_kiosk_controller_set_language (fixture->kiosk, "ar");
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_ACTIVE);
  g_assert_cmpstr (vtr_kiosk_controller_get_language (fixture->kiosk), ==, "ar");

  advance (fixture, 105 * 1000);
  g_assert_cmpstr (vtr_kiosk_controller_get_language (fixture->kiosk), ==, "en");
}

static void
test_drag_holds_idle_off (Fixture       *fixture,
                          gconstpointer  data)
{
  vtr_kiosk_controller_enter (fixture->kiosk, NULL);
  advance (fixture, 80 * 1000);

  vtr_kiosk_controller_drag_begin (fixture->kiosk);
  g_assert_true (vtr_kiosk_controller_is_dragging (fixture->kiosk));
  /* A second finger, then the first lifts: still dragging. */
  vtr_kiosk_controller_drag_begin (fixture->kiosk);
  vtr_kiosk_controller_drag_end (fixture->kiosk);
  g_assert_true (vtr_kiosk_controller_is_dragging (fixture->kiosk));

  advance (fixture, 5 * 60 * 1000);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_ACTIVE);

  /* The end of the drag is input: the full idle time runs from there. */
  vtr_kiosk_controller_drag_end (fixture->kiosk);
  g_assert_false (vtr_kiosk_controller_is_dragging (fixture->kiosk));
  advance (fixture, 89 * 1000);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_ACTIVE);
  advance (fixture, 1000);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_WARNING);

  /* A drag during the warning dismisses it and holds the idle time off too. */
  vtr_kiosk_controller_drag_begin (fixture->kiosk);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_ACTIVE);
  advance (fixture, 200 * 1000);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_ACTIVE);
  g_assert_cmpuint (fixture->n_resets, ==, 0);

  /* An unmatched end is ignored. */
  vtr_kiosk_controller_drag_end (fixture->kiosk);
  vtr_kiosk_controller_drag_end (fixture->kiosk);
  g_assert_false (vtr_kiosk_controller_is_dragging (fixture->kiosk));
}

static void
test_stuck_drag_ends (Fixture       *fixture,
                      gconstpointer  data)
{
  vtr_kiosk_controller_enter (fixture->kiosk, NULL);
  vtr_kiosk_controller_drag_begin (fixture->kiosk);

  /* A release event that never comes must not keep the kiosk from resetting all day. */
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_MESSAGE, "*drag held*");
  advance (fixture, 600 * 1000);
  g_assert_false (vtr_kiosk_controller_is_dragging (fixture->kiosk));
  advance (fixture, 105 * 1000);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_ATTRACT);
  g_assert_cmpuint (fixture->n_resets, ==, 1);
}

static void
test_reset_clears_drag (Fixture       *fixture,
                        gconstpointer  data)
{
  vtr_kiosk_controller_enter (fixture->kiosk, "fr");
  vtr_kiosk_controller_drag_begin (fixture->kiosk);
  vtr_kiosk_controller_reset (fixture->kiosk);
  g_assert_false (vtr_kiosk_controller_is_dragging (fixture->kiosk));
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_ATTRACT);
  g_assert_cmpuint (fixture->n_resets, ==, 1);

  /* The drag's end arriving after the reset changes nothing. */
  vtr_kiosk_controller_drag_end (fixture->kiosk);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_ATTRACT);
  g_assert_cmpuint (vtr_fake_clock_get_n_timeouts (VTR_FAKE_CLOCK (fixture->clock)), ==, 0);

  /* The next visitor gets the full idle time. */
  vtr_kiosk_controller_enter (fixture->kiosk, NULL);
  advance (fixture, 89 * 1000);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_ACTIVE);
}

static void
test_swap_only_at_reset (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GFile) minimal = vtr_test_source_file ("data/minimal");
  g_autoptr(VtrPack) old_pack = vtr_test_load_builtin_pack ();
  g_autoptr(VtrPack) new_pack = vtr_test_load_pack (minimal);

  vtr_kiosk_controller_set_pack (fixture->kiosk, old_pack);
  vtr_kiosk_controller_enter (fixture->kiosk, "fr");

  vtr_kiosk_controller_offer_pack (fixture->kiosk, new_pack);
  g_assert_true (vtr_kiosk_controller_get_pending_pack (fixture->kiosk) == new_pack);
  g_assert_true (vtr_kiosk_controller_get_pack (fixture->kiosk) == old_pack);

  /* Not in front of the visitor: not on input, not during the warning, not when the warning
   * is dismissed. */
  vtr_kiosk_controller_input (fixture->kiosk);
  advance (fixture, 95 * 1000);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_WARNING);
  vtr_kiosk_controller_input (fixture->kiosk);
  g_assert_cmpuint (fixture->n_swaps, ==, 0);
  g_assert_true (vtr_kiosk_controller_get_pack (fixture->kiosk) == old_pack);

  advance (fixture, 105 * 1000);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_ATTRACT);
  g_assert_cmpuint (fixture->n_swaps, ==, 1);
  g_assert_true (fixture->swapped == new_pack);
  g_assert_true (vtr_kiosk_controller_get_pack (fixture->kiosk) == new_pack);
  g_assert_null (vtr_kiosk_controller_get_pending_pack (fixture->kiosk));

  /* The swap comes first, so that ::reset handlers rebuild on the new pack. */
  g_assert_cmpstr (g_ptr_array_index (fixture->events, fixture->events->len - 2), ==,
                   "swap-pack");
  g_assert_cmpstr (g_ptr_array_index (fixture->events, fixture->events->len - 1), ==,
                   "reset");

  /* Only once. */
  vtr_kiosk_controller_reset (fixture->kiosk);
  g_assert_cmpuint (fixture->n_swaps, ==, 1);
}

static void
test_offer_on_attract_swaps_at_once (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(GFile) minimal = vtr_test_source_file ("data/minimal");
  g_autoptr(VtrPack) old_pack = vtr_test_load_builtin_pack ();
  g_autoptr(VtrPack) new_pack = vtr_test_load_pack (minimal);

  vtr_kiosk_controller_set_pack (fixture->kiosk, old_pack);

  /* The pack on show, offered again, is no news. */
  vtr_kiosk_controller_offer_pack (fixture->kiosk, old_pack);
  g_assert_null (vtr_kiosk_controller_get_pending_pack (fixture->kiosk));
  g_assert_cmpuint (fixture->n_resets, ==, 0);

  vtr_kiosk_controller_offer_pack (fixture->kiosk, new_pack);
  g_assert_cmpuint (fixture->n_swaps, ==, 1);
  g_assert_cmpuint (fixture->n_resets, ==, 1);
  g_assert_true (vtr_kiosk_controller_get_pack (fixture->kiosk) == new_pack);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_ATTRACT);
}

static void
test_offer_withdrawn (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GFile) minimal = vtr_test_source_file ("data/minimal");
  g_autoptr(VtrPack) old_pack = vtr_test_load_builtin_pack ();
  g_autoptr(VtrPack) new_pack = vtr_test_load_pack (minimal);

  vtr_kiosk_controller_set_pack (fixture->kiosk, old_pack);
  vtr_kiosk_controller_enter (fixture->kiosk, NULL);
  vtr_kiosk_controller_offer_pack (fixture->kiosk, new_pack);
  /* The folder went back to what is on show before the visitor left. */
  vtr_kiosk_controller_offer_pack (fixture->kiosk, old_pack);
  g_assert_null (vtr_kiosk_controller_get_pending_pack (fixture->kiosk));

  vtr_kiosk_controller_reset (fixture->kiosk);
  g_assert_cmpuint (fixture->n_swaps, ==, 0);
  g_assert_true (vtr_kiosk_controller_get_pack (fixture->kiosk) == old_pack);
}

static void
test_settings (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) idle_key = NULL;
  g_autoptr(GSettingsSchemaKey) warning_key = NULL;
  g_autoptr(GVariant) zero = NULL;
  g_autoptr(GVariant) ninety = NULL;

  g_settings_set_uint (settings, "kiosk-idle-seconds", 30);
  g_settings_set_uint (settings, "kiosk-warning-seconds", 5);
  vtr_kiosk_controller_bind_settings (fixture->kiosk, settings);
  g_assert_cmpuint (vtr_kiosk_controller_get_idle_seconds (fixture->kiosk), ==, 30);
  g_assert_cmpuint (vtr_kiosk_controller_get_warning_seconds (fixture->kiosk), ==, 5);

  vtr_kiosk_controller_enter (fixture->kiosk, NULL);
  advance (fixture, 30 * 1000);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_WARNING);
  g_assert_cmpuint (vtr_kiosk_controller_get_seconds_left (fixture->kiosk), ==, 5);
  advance (fixture, 5 * 1000);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_ATTRACT);

  /* A change during a visit restarts the idle time with the new length. */
  vtr_kiosk_controller_enter (fixture->kiosk, NULL);
  advance (fixture, 20 * 1000);
  g_settings_set_uint (settings, "kiosk-idle-seconds", 120);
  g_assert_cmpuint (vtr_kiosk_controller_get_idle_seconds (fixture->kiosk), ==, 120);
  advance (fixture, 119 * 1000);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_ACTIVE);
  advance (fixture, 1000);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_WARNING);

  /* A running countdown keeps its length; the next one has the new length. */
  g_settings_set_uint (settings, "kiosk-warning-seconds", 20);
  g_assert_cmpuint (vtr_kiosk_controller_get_seconds_left (fixture->kiosk), ==, 5);
  advance (fixture, 5 * 1000);
  g_assert_cmpint (state (fixture), ==, VTR_KIOSK_STATE_ATTRACT);
  vtr_kiosk_controller_enter (fixture->kiosk, NULL);
  advance (fixture, 120 * 1000);
  g_assert_cmpuint (vtr_kiosk_controller_get_seconds_left (fixture->kiosk), ==, 20);

  /* The schema keeps nonsense out. */
  g_object_get (settings, "settings-schema", &schema, NULL);
  idle_key = g_settings_schema_get_key (schema, "kiosk-idle-seconds");
  warning_key = g_settings_schema_get_key (schema, "kiosk-warning-seconds");
  /* range_check() does not sink its value, so the test owns each one. */
  zero = g_variant_ref_sink (g_variant_new_uint32 (0));
  ninety = g_variant_ref_sink (g_variant_new_uint32 (90));
  g_assert_false (g_settings_schema_key_range_check (idle_key, zero));
  g_assert_false (g_settings_schema_key_range_check (warning_key, zero));
  g_assert_true (g_settings_schema_key_range_check (idle_key, ninety));

  g_settings_reset (settings, "kiosk-idle-seconds");
  g_settings_reset (settings, "kiosk-warning-seconds");
  vtr_kiosk_controller_reset (fixture->kiosk);
}

static void
test_reset_from_every_state_is_identical (Fixture       *fixture,
                                          gconstpointer  data)
{
  for (guint from = 0; from < 3; from++)
    {
      g_autofree char *summary = NULL;

      vtr_kiosk_controller_enter (fixture->kiosk, "ru");
      if (from == 1)
        vtr_kiosk_controller_drag_begin (fixture->kiosk);
      if (from == 2)
        advance (fixture, 91 * 1000);
      vtr_kiosk_controller_reset (fixture->kiosk);

      summary = g_strdup_printf ("%d %s %u %d %u",
                                 state (fixture),
                                 vtr_kiosk_controller_get_language (fixture->kiosk),
                                 vtr_kiosk_controller_get_seconds_left (fixture->kiosk),
                                 vtr_kiosk_controller_is_dragging (fixture->kiosk),
                                 vtr_fake_clock_get_n_timeouts (VTR_FAKE_CLOCK (fixture->clock)));
      g_assert_cmpstr (summary, ==, "0 en 0 0 0");
    }
}

static void
count_reset_cb (VtrKioskController *kiosk,
                guint              *count)
{
  (*count)++;
}

static void
test_real_clock (void)
{
  g_autoptr(VtrClock) clock = vtr_clock_new ();
  g_autoptr(VtrKioskController) kiosk = vtr_kiosk_controller_new (clock);
  g_autoptr(VtrKioskController) own = vtr_kiosk_controller_new (NULL);
  gint64 before = vtr_clock_get_time (clock);
  guint n_resets = 0;

  g_assert_nonnull (vtr_kiosk_controller_get_clock (own));
  g_assert_false (VTR_IS_FAKE_CLOCK (vtr_kiosk_controller_get_clock (own)));

  /* The shortest settings the controller takes, on the main loop for real. */
  vtr_kiosk_controller_set_idle_seconds (kiosk, 1);
  vtr_kiosk_controller_set_warning_seconds (kiosk, 1);
  g_signal_connect (kiosk, "reset", G_CALLBACK (count_reset_cb), &n_resets);
  vtr_kiosk_controller_enter (kiosk, "fr");
  g_assert_true (vtr_test_wait_for_count (&n_resets, 1, 10000));
  g_assert_cmpint (vtr_kiosk_controller_get_state (kiosk), ==, VTR_KIOSK_STATE_ATTRACT);
  g_assert_cmpint (vtr_clock_get_time (clock) - before, >=, 2 * G_USEC_PER_SEC);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)

  ADD ("/kiosk-controller/defaults", test_defaults);
  ADD ("/kiosk-controller/enter-sets-language", test_enter_sets_language);
  ADD ("/kiosk-controller/input-on-attract", test_input_on_attract_does_nothing);
  ADD ("/kiosk-controller/idle-warning-reset", test_idle_to_warning_to_reset);
  ADD ("/kiosk-controller/input-restarts-idle", test_input_restarts_idle);
  ADD ("/kiosk-controller/input-dismisses-warning", test_input_dismisses_warning);
  ADD ("/kiosk-controller/language-switch-is-input", test_language_switch_is_input);
  ADD ("/kiosk-controller/drag-holds-idle-off", test_drag_holds_idle_off);
  ADD ("/kiosk-controller/stuck-drag-ends", test_stuck_drag_ends);
  ADD ("/kiosk-controller/reset-clears-drag", test_reset_clears_drag);
  ADD ("/kiosk-controller/swap-only-at-reset", test_swap_only_at_reset);
  ADD ("/kiosk-controller/offer-on-attract", test_offer_on_attract_swaps_at_once);
  ADD ("/kiosk-controller/offer-withdrawn", test_offer_withdrawn);
  ADD ("/kiosk-controller/settings", test_settings);
  ADD ("/kiosk-controller/reset-identical", test_reset_from_every_state_is_identical);
  g_test_add_func ("/kiosk-controller/real-clock", test_real_clock);

#undef ADD

  return g_test_run ();
}
