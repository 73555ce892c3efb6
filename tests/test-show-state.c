/* test-show-state.c: presenter mode's show state and keys, with a clock moved by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-presenter.h"
#include "vtr-show-keys.h"
#include "vtr-show-state.h"
#include "vtr-test-utils.h"

typedef struct
{
  VtrTour      *tour;
  VtrShowState *state;
  gint64        now;
} Fixture;

static gint64
fake_time (gpointer user_data)
{
  return *(gint64 *)user_data;
}

static void
advance (Fixture *fixture,
         double   seconds)
{
  fixture->now += (gint64)(seconds * G_USEC_PER_SEC + 0.5);
}

/* Four stops of 10, 20, none (so the default) and 40 seconds: 100 s in all. */
static VtrTour *
create_tour (guint n_stops)
{
  static const struct { VtrStopKind kind; const char *id; guint seconds; } stops[] = {
    { VTR_STOP_KIND_EVENT, "first-event", 10 },
    { VTR_STOP_KIND_EXHIBIT, "an-exhibit", 20 },
    { VTR_STOP_KIND_FIGURE, "a-figure", 0 },
    { VTR_STOP_KIND_EXHIBIT, "last-exhibit", 40 },
  };
  g_autoptr(GListStore) store = g_list_store_new (VTR_TYPE_TOUR_STOP);

  for (guint i = 0; i < n_stops && i < G_N_ELEMENTS (stops); i++)
    {
      g_autoptr(VtrTourStop) stop = g_object_new (VTR_TYPE_TOUR_STOP,
                                                  "kind", stops[i].kind,
                                                  "target-id", stops[i].id,
                                                  "notes", "Say something.",
                                                  "seconds", stops[i].seconds,
                                                  NULL);

      g_list_store_append (store, stop);
    }

  return g_object_new (VTR_TYPE_TOUR,
                       "id", "test-tour",
                       "title", "Test tour",
                       "stops", store,
                       NULL);
}

static void
set_up (Fixture       *fixture,
        gconstpointer  data)
{
  guint n_stops = GPOINTER_TO_UINT (data);

  fixture->now = 1000 * G_USEC_PER_SEC;
  fixture->tour = create_tour (n_stops > 0 ? n_stops : 4);
  fixture->state = vtr_show_state_new (fixture->tour);
  vtr_show_state_set_time_func (fixture->state, fake_time, &fixture->now);
  g_object_add_weak_pointer (G_OBJECT (fixture->state), (gpointer *)&fixture->state);
}

static void
tear_down (Fixture       *fixture,
           gconstpointer  data)
{
  g_object_unref (fixture->state);
  g_assert_null (fixture->state);
  g_clear_object (&fixture->tour);
}

#define ADD(path, test) \
  g_test_add ((path), Fixture, NULL, set_up, (test), tear_down)
#define ADD_STOPS(path, n, test) \
  g_test_add ((path), Fixture, GUINT_TO_POINTER (n), set_up, (test), tear_down)

static const char *
current_id (Fixture *fixture)
{
  return vtr_tour_stop_get_target_id (vtr_show_state_get_current_stop (fixture->state));
}

static void
test_starts_on_first_stop (Fixture       *fixture,
                           gconstpointer  data)
{
  g_assert_cmpuint (vtr_show_state_get_n_stops (fixture->state), ==, 4);
  g_assert_cmpuint (vtr_show_state_get_current (fixture->state), ==, 0);
  g_assert_cmpstr (current_id (fixture), ==, "first-event");
  g_assert_cmpstr (vtr_tour_stop_get_target_id (vtr_show_state_get_next_stop (fixture->state)),
                   ==, "an-exhibit");
  g_assert_cmpint (vtr_show_state_get_blank (fixture->state), ==, VTR_SHOW_BLANK_NONE);
  g_assert_false (vtr_show_state_get_auto_advance (fixture->state));
  g_assert_cmpint (vtr_show_state_get_elapsed_seconds (fixture->state), ==, 0);
}

static void
test_next_and_previous (Fixture       *fixture,
                        gconstpointer  data)
{
  guint notifications = 0;

  g_signal_connect (fixture->state, "notify::current", G_CALLBACK (vtr_test_count_cb),
                    &notifications);

  g_assert_true (vtr_show_state_next (fixture->state));
  g_assert_cmpstr (current_id (fixture), ==, "an-exhibit");
  g_assert_true (vtr_show_state_next (fixture->state));
  g_assert_true (vtr_show_state_previous (fixture->state));
  g_assert_cmpuint (vtr_show_state_get_current (fixture->state), ==, 1);
  g_assert_cmpuint (notifications, ==, 3);
}

static void
test_first_stop_edge (Fixture       *fixture,
                      gconstpointer  data)
{
  guint notifications = 0;

  g_signal_connect (fixture->state, "notify::current", G_CALLBACK (vtr_test_count_cb),
                    &notifications);

  /* Previous and first on the first stop stay, and say nothing changed. */
  g_assert_false (vtr_show_state_previous (fixture->state));
  g_assert_false (vtr_show_state_first (fixture->state));
  g_assert_cmpuint (vtr_show_state_get_current (fixture->state), ==, 0);
  g_assert_cmpuint (notifications, ==, 0);
}

static void
test_last_stop_edge (Fixture       *fixture,
                     gconstpointer  data)
{
  g_assert_true (vtr_show_state_last (fixture->state));
  g_assert_cmpstr (current_id (fixture), ==, "last-exhibit");
  g_assert_null (vtr_show_state_get_next_stop (fixture->state));

  /* Next on the last stop does not loop: only auto-advance does. */
  g_assert_false (vtr_show_state_next (fixture->state));
  g_assert_false (vtr_show_state_last (fixture->state));
  g_assert_cmpuint (vtr_show_state_get_current (fixture->state), ==, 3);

  g_assert_true (vtr_show_state_first (fixture->state));
  g_assert_cmpuint (vtr_show_state_get_current (fixture->state), ==, 0);
}

static void
test_jumping (Fixture       *fixture,
              gconstpointer  data)
{
  g_assert_true (vtr_show_state_go_to (fixture->state, 2));
  g_assert_cmpstr (current_id (fixture), ==, "a-figure");
  g_assert_false (vtr_show_state_go_to (fixture->state, 2));
  g_assert_false (vtr_show_state_go_to (fixture->state, 4));
  g_assert_false (vtr_show_state_go_to (fixture->state, G_MAXUINT));
  g_assert_cmpuint (vtr_show_state_get_current (fixture->state), ==, 2);

  /* By target id, and by stop number as a string (counted from 1). */
  g_assert_true (vtr_show_state_go_to_id (fixture->state, "first-event"));
  g_assert_cmpuint (vtr_show_state_get_current (fixture->state), ==, 0);
  g_assert_true (vtr_show_state_go_to_id (fixture->state, "4"));
  g_assert_cmpstr (current_id (fixture), ==, "last-exhibit");
  g_assert_false (vtr_show_state_go_to_id (fixture->state, "0"));
  g_assert_false (vtr_show_state_go_to_id (fixture->state, "5"));
  g_assert_false (vtr_show_state_go_to_id (fixture->state, "no-such-stop"));
  g_assert_cmpuint (vtr_show_state_get_current (fixture->state), ==, 3);
}

static void
test_typed_number (Fixture       *fixture,
                   gconstpointer  data)
{
  vtr_show_state_type_digit (fixture->state, 3);
  g_assert_cmpuint (vtr_show_state_get_typed_number (fixture->state), ==, 3);
  g_assert_cmpuint (vtr_show_state_get_current (fixture->state), ==, 0);
  g_assert_true (vtr_show_state_commit_typed_number (fixture->state));
  g_assert_cmpuint (vtr_show_state_get_current (fixture->state), ==, 2);
  g_assert_cmpuint (vtr_show_state_get_typed_number (fixture->state), ==, 0);

  /* 1 then 2 is stop 12, which this tour lacks: nothing moves, the number is forgotten. */
  vtr_show_state_type_digit (fixture->state, 1);
  vtr_show_state_type_digit (fixture->state, 2);
  g_assert_cmpuint (vtr_show_state_get_typed_number (fixture->state), ==, 12);
  g_assert_false (vtr_show_state_commit_typed_number (fixture->state));
  g_assert_cmpuint (vtr_show_state_get_current (fixture->state), ==, 2);
  g_assert_cmpuint (vtr_show_state_get_typed_number (fixture->state), ==, 0);

  /* Zero is no stop; a move forgets a half-typed number; numbers stop growing at 4 digits. */
  vtr_show_state_type_digit (fixture->state, 0);
  g_assert_false (vtr_show_state_commit_typed_number (fixture->state));
  vtr_show_state_type_digit (fixture->state, 1);
  vtr_show_state_next (fixture->state);
  g_assert_cmpuint (vtr_show_state_get_typed_number (fixture->state), ==, 0);
  for (guint i = 0; i < 6; i++)
    vtr_show_state_type_digit (fixture->state, 9);
  g_assert_cmpuint (vtr_show_state_get_typed_number (fixture->state), ==, 9999);
  vtr_show_state_clear_typed_number (fixture->state);
  g_assert_cmpuint (vtr_show_state_get_typed_number (fixture->state), ==, 0);
}

static void
test_blanking (Fixture       *fixture,
               gconstpointer  data)
{
  guint notifications = 0;

  g_signal_connect (fixture->state, "notify::blank", G_CALLBACK (vtr_test_count_cb),
                    &notifications);

  vtr_show_state_toggle_blank (fixture->state, VTR_SHOW_BLANK_BLACK);
  g_assert_cmpint (vtr_show_state_get_blank (fixture->state), ==, VTR_SHOW_BLANK_BLACK);
  vtr_show_state_toggle_blank (fixture->state, VTR_SHOW_BLANK_BLACK);
  g_assert_cmpint (vtr_show_state_get_blank (fixture->state), ==, VTR_SHOW_BLANK_NONE);

  /* White over black turns white; black over white turns black. */
  vtr_show_state_toggle_blank (fixture->state, VTR_SHOW_BLANK_BLACK);
  vtr_show_state_toggle_blank (fixture->state, VTR_SHOW_BLANK_WHITE);
  g_assert_cmpint (vtr_show_state_get_blank (fixture->state), ==, VTR_SHOW_BLANK_WHITE);
  vtr_show_state_toggle_blank (fixture->state, VTR_SHOW_BLANK_BLACK);
  g_assert_cmpint (vtr_show_state_get_blank (fixture->state), ==, VTR_SHOW_BLANK_BLACK);
  vtr_show_state_set_blank (fixture->state, VTR_SHOW_BLANK_NONE);
  vtr_show_state_set_blank (fixture->state, VTR_SHOW_BLANK_NONE);
  g_assert_cmpuint (notifications, ==, 6);
}

static void
test_blanking_while_moving (Fixture       *fixture,
                            gconstpointer  data)
{
  vtr_show_state_toggle_blank (fixture->state, VTR_SHOW_BLANK_BLACK);

  /* The presenter lines up stops behind the black screen: it stays until B again. */
  g_assert_true (vtr_show_state_next (fixture->state));
  g_assert_true (vtr_show_state_last (fixture->state));
  g_assert_cmpint (vtr_show_state_get_blank (fixture->state), ==, VTR_SHOW_BLANK_BLACK);
  g_assert_cmpuint (vtr_show_state_get_current (fixture->state), ==, 3);

  vtr_show_state_toggle_blank (fixture->state, VTR_SHOW_BLANK_BLACK);
  g_assert_cmpint (vtr_show_state_get_blank (fixture->state), ==, VTR_SHOW_BLANK_NONE);
  g_assert_cmpstr (current_id (fixture), ==, "last-exhibit");

  /* A white screen likewise survives a jump. */
  vtr_show_state_toggle_blank (fixture->state, VTR_SHOW_BLANK_WHITE);
  vtr_show_state_go_to (fixture->state, 1);
  g_assert_cmpint (vtr_show_state_get_blank (fixture->state), ==, VTR_SHOW_BLANK_WHITE);
}

static void
test_planned_times (Fixture       *fixture,
                    gconstpointer  data)
{
  /* The third stop has no planned time, so it counts the default. */
  g_assert_cmpuint (vtr_show_state_get_stop_seconds (fixture->state, 2), ==,
                    VTR_SHOW_DEFAULT_STOP_SECONDS);
  g_assert_cmpuint (vtr_show_state_get_stop_seconds (fixture->state, 4), ==, 0);
  g_assert_cmpuint (vtr_show_state_get_planned_start (fixture->state, 0), ==, 0);
  g_assert_cmpuint (vtr_show_state_get_planned_start (fixture->state, 2), ==, 30);
  g_assert_cmpuint (vtr_show_state_get_planned_start (fixture->state, 3), ==, 60);
  g_assert_cmpuint (vtr_show_state_get_planned_total (fixture->state), ==, 100);
}

static void
test_timer (Fixture       *fixture,
            gconstpointer  data)
{
  advance (fixture, 59.9);
  g_assert_cmpint (vtr_show_state_get_elapsed_seconds (fixture->state), ==, 59);
  advance (fixture, 65.1);
  g_assert_cmpint (vtr_show_state_get_elapsed_seconds (fixture->state), ==, 125);
  vtr_test_assert_cmpstr_free (vtr_show_format_duration (125), "2:05");
  vtr_test_assert_cmpstr_free (vtr_show_format_duration (0), "0:00");
  vtr_test_assert_cmpstr_free (vtr_show_format_duration (-75), "1:15");
  vtr_test_assert_cmpstr_free (vtr_show_format_duration (3723), "1:02:03");

  /* T: back to zero, and moving does not touch the timer. */
  vtr_show_state_reset_timer (fixture->state);
  g_assert_cmpint (vtr_show_state_get_elapsed_seconds (fixture->state), ==, 0);
  advance (fixture, 3);
  vtr_show_state_next (fixture->state);
  g_assert_cmpint (vtr_show_state_get_elapsed_seconds (fixture->state), ==, 3);
}

static void
test_pacing (Fixture       *fixture,
             gconstpointer  data)
{
  /* First stop, planned from 0 to 10 s. */
  advance (fixture, 5);
  g_assert_cmpint (vtr_show_state_get_pacing (fixture->state), ==, 0);
  vtr_test_assert_cmpstr_free (vtr_show_state_describe_pacing (fixture->state), "On time");
  advance (fixture, 20);
  g_assert_cmpint (vtr_show_state_get_pacing (fixture->state), ==, 15);
  vtr_test_assert_cmpstr_free (vtr_show_state_describe_pacing (fixture->state),
                               "0:15 behind");

  /* At 25 s on the last stop, planned from 60 s: 35 s ahead. */
  vtr_show_state_last (fixture->state);
  g_assert_cmpint (vtr_show_state_get_pacing (fixture->state), ==, -35);
  vtr_test_assert_cmpstr_free (vtr_show_state_describe_pacing (fixture->state),
                               "0:35 ahead");

  /* Exactly on the planned start and end is on time; past the end, behind. */
  advance (fixture, 35);
  g_assert_cmpint (vtr_show_state_get_pacing (fixture->state), ==, 0);
  advance (fixture, 40);
  g_assert_cmpint (vtr_show_state_get_pacing (fixture->state), ==, 0);
  advance (fixture, 95);
  g_assert_cmpint (vtr_show_state_get_pacing (fixture->state), ==, 95);
  vtr_test_assert_cmpstr_free (vtr_show_state_describe_pacing (fixture->state),
                               "1:35 behind");
}

static void
test_stop_remaining (Fixture       *fixture,
                     gconstpointer  data)
{
  g_assert_cmpint (vtr_show_state_get_stop_remaining (fixture->state), ==, 10);
  advance (fixture, 9.5);
  g_assert_cmpint (vtr_show_state_get_stop_remaining (fixture->state), ==, 1);
  advance (fixture, 3);
  g_assert_cmpint (vtr_show_state_get_stop_remaining (fixture->state), ==, -2);

  /* Each stop starts its own planned time. */
  vtr_show_state_next (fixture->state);
  g_assert_cmpint (vtr_show_state_get_stop_remaining (fixture->state), ==, 20);
}

static void
test_auto_advance_runs_and_loops (Fixture       *fixture,
                                  gconstpointer  data)
{
  guint positions[8];

  /* Ticks do nothing until auto-advance is on. */
  advance (fixture, 50);
  g_assert_false (vtr_show_state_tick (fixture->state));
  g_assert_cmpuint (vtr_show_state_get_current (fixture->state), ==, 0);

  /* Turning it on gives the current stop its full time. */
  vtr_show_state_set_auto_advance (fixture->state, TRUE);
  advance (fixture, 9.9);
  g_assert_false (vtr_show_state_tick (fixture->state));
  advance (fixture, 0.1);
  g_assert_true (vtr_show_state_tick (fixture->state));
  g_assert_cmpuint (vtr_show_state_get_current (fixture->state), ==, 1);

  /* Then 20 s, 30 s (the default) and 40 s, and round again to the first stop. */
  for (guint i = 0; i < G_N_ELEMENTS (positions); i++)
    {
      advance (fixture, 1);
      while (!vtr_show_state_tick (fixture->state))
        advance (fixture, 1);
      positions[i] = vtr_show_state_get_current (fixture->state);
    }
  g_assert_cmpuint (positions[0], ==, 2);
  g_assert_cmpuint (positions[1], ==, 3);
  g_assert_cmpuint (positions[2], ==, 0);
  g_assert_cmpuint (positions[3], ==, 1);
  g_assert_cmpuint (positions[6], ==, 0);

  /* The loop started the timer again at the first stop. */
  g_assert_cmpint (vtr_show_state_get_elapsed_seconds (fixture->state), <, 100);
  g_assert_true (vtr_show_state_get_auto_advance (fixture->state));
}

static void
test_auto_advance_single_stop (Fixture       *fixture,
                               gconstpointer  data)
{
  vtr_show_state_set_auto_advance (fixture->state, TRUE);
  advance (fixture, 25);
  g_assert_false (vtr_show_state_tick (fixture->state));
  g_assert_cmpuint (vtr_show_state_get_current (fixture->state), ==, 0);
  g_assert_cmpint (vtr_show_state_get_elapsed_seconds (fixture->state), ==, 0);
  g_assert_cmpint (vtr_show_state_get_stop_remaining (fixture->state), ==, 10);
}

static void
test_any_key_pauses (Fixture       *fixture,
                     gconstpointer  data)
{
  guint notifications = 0;

  g_signal_connect (fixture->state, "notify::auto-advance", G_CALLBACK (vtr_test_count_cb),
                    &notifications);

  /* Nothing to pause: the key goes on to do its own job. */
  g_assert_false (vtr_show_state_interrupt (fixture->state));

  vtr_show_state_set_auto_advance (fixture->state, TRUE);
  advance (fixture, 5);
  g_assert_true (vtr_show_state_interrupt (fixture->state));
  g_assert_false (vtr_show_state_get_auto_advance (fixture->state));
  g_assert_cmpuint (vtr_show_state_get_current (fixture->state), ==, 0);

  /* Paused, time passes without moving on. */
  advance (fixture, 600);
  g_assert_false (vtr_show_state_tick (fixture->state));
  g_assert_cmpuint (vtr_show_state_get_current (fixture->state), ==, 0);
  g_assert_cmpuint (notifications, ==, 2);
}

static void
test_empty_tour (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GListStore) store = g_list_store_new (VTR_TYPE_TOUR_STOP);
  g_autoptr(VtrTour) tour = g_object_new (VTR_TYPE_TOUR, "id", "empty", "stops", store, NULL);
  g_autoptr(VtrShowState) state = vtr_show_state_new (tour);

  g_assert_cmpuint (vtr_show_state_get_n_stops (state), ==, 0);
  g_assert_null (vtr_show_state_get_current_stop (state));
  g_assert_false (vtr_show_state_next (state));
  g_assert_false (vtr_show_state_last (state));
  g_assert_cmpint (vtr_show_state_get_pacing (state), ==, 0);
  vtr_show_state_set_auto_advance (state, TRUE);
  g_assert_false (vtr_show_state_tick (state));
}

static void
test_keys (void)
{
  static const struct { guint keyval; GdkModifierType modifiers; VtrShowKey key; } keys[] = {
    { GDK_KEY_Right, 0, VTR_SHOW_KEY_NEXT },
    { GDK_KEY_Down, 0, VTR_SHOW_KEY_NEXT },
    { GDK_KEY_Page_Down, 0, VTR_SHOW_KEY_NEXT },
    { GDK_KEY_space, 0, VTR_SHOW_KEY_NEXT },
    { GDK_KEY_n, 0, VTR_SHOW_KEY_NEXT },
    { GDK_KEY_N, GDK_SHIFT_MASK, VTR_SHOW_KEY_NEXT },
    { GDK_KEY_Left, 0, VTR_SHOW_KEY_PREVIOUS },
    { GDK_KEY_Up, 0, VTR_SHOW_KEY_PREVIOUS },
    { GDK_KEY_Page_Up, 0, VTR_SHOW_KEY_PREVIOUS },
    { GDK_KEY_BackSpace, 0, VTR_SHOW_KEY_PREVIOUS },
    { GDK_KEY_p, 0, VTR_SHOW_KEY_PREVIOUS },
    { GDK_KEY_Home, 0, VTR_SHOW_KEY_FIRST },
    { GDK_KEY_End, 0, VTR_SHOW_KEY_LAST },
    { GDK_KEY_b, 0, VTR_SHOW_KEY_BLACK },
    { GDK_KEY_period, 0, VTR_SHOW_KEY_BLACK },
    { GDK_KEY_w, 0, VTR_SHOW_KEY_WHITE },
    { GDK_KEY_g, 0, VTR_SHOW_KEY_CHOOSE_STOP },
    { GDK_KEY_Return, 0, VTR_SHOW_KEY_GO_TYPED },
    { GDK_KEY_KP_Enter, 0, VTR_SHOW_KEY_GO_TYPED },
    { GDK_KEY_t, 0, VTR_SHOW_KEY_RESET_TIMER },
    { GDK_KEY_f, 0, VTR_SHOW_KEY_FULLSCREEN },
    { GDK_KEY_s, 0, VTR_SHOW_KEY_SWAP_SCREENS },
    { GDK_KEY_Escape, 0, VTR_SHOW_KEY_LEAVE },
    { GDK_KEY_q, GDK_CONTROL_MASK, VTR_SHOW_KEY_NONE },
    { GDK_KEY_Right, GDK_ALT_MASK, VTR_SHOW_KEY_NONE },
    { GDK_KEY_x, 0, VTR_SHOW_KEY_NONE },
  };
  guint digit = 99;

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_test_message ("key %s", gdk_keyval_name (keys[i].keyval));
      g_assert_cmpint (vtr_show_key_lookup (keys[i].keyval, keys[i].modifiers, NULL), ==,
                       keys[i].key);
    }

  g_assert_cmpint (vtr_show_key_lookup (GDK_KEY_7, 0, &digit), ==, VTR_SHOW_KEY_DIGIT);
  g_assert_cmpuint (digit, ==, 7);
  g_assert_cmpint (vtr_show_key_lookup (GDK_KEY_KP_0, 0, &digit), ==, VTR_SHOW_KEY_DIGIT);
  g_assert_cmpuint (digit, ==, 0);
}

static void
test_default_tour (void)
{
  g_autoptr(VtrPack) pack = vtr_test_load_builtin_pack ();
  g_autoptr(GError) error = NULL;
  VtrTour *tour;

  /* The first talk, not the attract loop, whatever comes first. */
  tour = vtr_presenter_find_tour (pack, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vtr_tour_get_id (tour), ==, "decade-talk");
  tour = vtr_presenter_find_tour (pack, "", &error);
  g_assert_cmpstr (vtr_tour_get_id (tour), ==, "decade-talk");
  tour = vtr_presenter_find_tour (pack, "attract-loop", &error);
  g_assert_cmpstr (vtr_tour_get_id (tour), ==, "attract-loop");

  g_assert_null (vtr_presenter_find_tour (pack, "no-such-tour", &error));
  g_assert_error (error, VTR_PRESENTER_ERROR, VTR_PRESENTER_ERROR_UNKNOWN_TOUR);
  g_assert_nonnull (strstr (error->message, "no-such-tour"));
  g_assert_nonnull (strstr (error->message, "decade-talk, attract-loop"));
}

static void
test_builtin_talk_pacing (void)
{
  g_autoptr(VtrPack) pack = vtr_test_load_builtin_pack ();
  g_autoptr(VtrShowState) state = vtr_show_state_new (vtr_pack_find_tour (pack, "decade-talk"));
  gint64 now = 0;

  vtr_show_state_set_time_func (state, fake_time, &now);
  g_assert_cmpuint (vtr_show_state_get_n_stops (state), ==, 16);
  g_assert_cmpuint (vtr_show_state_get_planned_total (state), ==, 600);

  /* Three stops in 2 minutes: the fourth is planned from 110 s to 150 s, so on time. */
  vtr_show_state_go_to (state, 3);
  now = 120 * G_USEC_PER_SEC;
  g_assert_cmpint (vtr_show_state_get_pacing (state), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/show-state/starts-on-first-stop", test_starts_on_first_stop);
  ADD ("/show-state/next-and-previous", test_next_and_previous);
  ADD ("/show-state/first-stop-edge", test_first_stop_edge);
  ADD ("/show-state/last-stop-edge", test_last_stop_edge);
  ADD ("/show-state/jumping", test_jumping);
  ADD ("/show-state/typed-number", test_typed_number);
  ADD ("/show-state/blanking", test_blanking);
  ADD ("/show-state/blanking-while-moving", test_blanking_while_moving);
  ADD ("/show-state/planned-times", test_planned_times);
  ADD ("/show-state/timer", test_timer);
  ADD ("/show-state/pacing", test_pacing);
  ADD ("/show-state/stop-remaining", test_stop_remaining);
  ADD ("/show-state/auto-advance-runs-and-loops", test_auto_advance_runs_and_loops);
  ADD_STOPS ("/show-state/auto-advance-single-stop", 1, test_auto_advance_single_stop);
  ADD ("/show-state/any-key-pauses", test_any_key_pauses);
  ADD ("/show-state/empty-tour", test_empty_tour);
  g_test_add_func ("/show-state/keys", test_keys);
  g_test_add_func ("/show-state/default-tour", test_default_tour);
  g_test_add_func ("/show-state/builtin-talk-pacing", test_builtin_talk_pacing);

  return g_test_run ();
}
