/* test-monitor-choice.c: which monitor the audience gets, and which the console
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-monitor-choice.h"

static const VtrMonitorInfo laptop = { "eDP-1", "0x06b3", 0, 0, 1920, 1200 };
static const VtrMonitorInfo projector = { "HDMI-1", "EB-W49", 1920, 0, 1280, 800 };
static const VtrMonitorInfo confidence = { "DP-2", "U2720Q", 3200, 0, 2560, 1440 };
static const VtrMonitorInfo mirror = { "HDMI-1", "EB-W49", 0, 0, 1920, 1200 };
static const VtrMonitorInfo anonymous = { NULL, NULL, 1920, 0, 1920, 1080 };

static void
test_no_monitor (void)
{
  g_assert_cmpint (vtr_monitor_choose_audience (NULL, 0, NULL, NULL, -1), ==, -1);
  g_assert_cmpint (vtr_monitor_choose_console (NULL, 0, -1, -1), ==, -1);
}

static void
test_one_monitor (void)
{
  VtrMonitorInfo monitors[] = { laptop };

  /* Audience and console share it, remembered projector or not. */
  g_assert_cmpint (vtr_monitor_choose_audience (monitors, 1, NULL, NULL, 0), ==, 0);
  g_assert_cmpint (vtr_monitor_choose_audience (monitors, 1, "HDMI-1", "EB-W49", -1), ==, 0);
  g_assert_cmpint (vtr_monitor_choose_console (monitors, 1, 0, 0), ==, 0);
  g_assert_cmpint (vtr_monitor_choose_console (monitors, 1, 0, -1), ==, 0);
}

static void
test_two_monitors (void)
{
  VtrMonitorInfo monitors[] = { laptop, projector };
  VtrMonitorInfo reversed[] = { projector, laptop };

  /* The audience goes where the console is not, whatever the order. */
  g_assert_cmpint (vtr_monitor_choose_audience (monitors, 2, NULL, NULL, 0), ==, 1);
  g_assert_cmpint (vtr_monitor_choose_console (monitors, 2, 1, 0), ==, 0);
  g_assert_cmpint (vtr_monitor_choose_audience (monitors, 2, "", "", 1), ==, 0);
  g_assert_cmpint (vtr_monitor_choose_console (monitors, 2, 0, 1), ==, 1);
  g_assert_cmpint (vtr_monitor_choose_audience (reversed, 2, NULL, NULL, 1), ==, 0);
}

static void
test_three_monitors (void)
{
  VtrMonitorInfo monitors[] = { laptop, confidence, projector };

  /* No memory: the first monitor apart from the console's. */
  g_assert_cmpint (vtr_monitor_choose_audience (monitors, 3, NULL, NULL, 0), ==, 1);
  g_assert_cmpint (vtr_monitor_choose_audience (monitors, 3, NULL, NULL, 1), ==, 0);

  /* The remembered projector wins over the order. */
  g_assert_cmpint (vtr_monitor_choose_audience (monitors, 3, "HDMI-1", "EB-W49", 0), ==, 2);
  g_assert_cmpint (vtr_monitor_choose_console (monitors, 3, 2, 0), ==, 0);
}

static void
test_remembered_present (void)
{
  VtrMonitorInfo monitors[] = { projector, laptop };
  VtrMonitorInfo moved[] = { laptop, confidence, { "DP-1", "EB-W49", 0, 1200, 1280, 800 } };

  g_assert_cmpint (vtr_monitor_choose_audience (monitors, 2, "HDMI-1", "EB-W49", 1), ==, 0);

  /* Remembered, but the console sits on it: the console moves, not the audience. */
  g_assert_cmpint (vtr_monitor_choose_audience (monitors, 2, "HDMI-1", "EB-W49", 0), ==, 0);
  g_assert_cmpint (vtr_monitor_choose_console (monitors, 2, 0, 0), ==, 1);

  /* The same projector on another connector is still found by its model. */
  g_assert_cmpint (vtr_monitor_choose_audience (moved, 3, "HDMI-1", "EB-W49", 0), ==, 2);
}

static void
test_remembered_absent (void)
{
  VtrMonitorInfo monitors[] = { laptop, confidence };
  VtrMonitorInfo other_projector[] = { laptop, { "HDMI-1", "Other", 1920, 0, 1280, 800 } };

  /* Gone: back to the first monitor apart from the console. */
  g_assert_cmpint (vtr_monitor_choose_audience (monitors, 2, "HDMI-1", "EB-W49", 0), ==, 1);

  /* The connector alone is not the projector: another model there is chosen only as the
   * monitor apart from the console. */
  g_assert_cmpint (vtr_monitor_choose_audience (other_projector, 2, "HDMI-1", "EB-W49", 1),
                   ==, 0);
}

static void
test_no_primary (void)
{
  VtrMonitorInfo monitors[] = { laptop, projector, confidence };
  VtrMonitorInfo nameless[] = { laptop, anonymous };

  /* With no idea where the console is, the last monitor, and the console the first apart
   * from it: no monitor is assumed to be "primary". */
  g_assert_cmpint (vtr_monitor_choose_audience (monitors, 3, NULL, NULL, -1), ==, 2);
  g_assert_cmpint (vtr_monitor_choose_console (monitors, 3, 2, -1), ==, 0);
  g_assert_cmpint (vtr_monitor_choose_audience (nameless, 2, NULL, NULL, -1), ==, 1);
  g_assert_cmpint (vtr_monitor_choose_console (nameless, 2, 1, -1), ==, 0);

  /* An index out of range is as good as unknown. */
  g_assert_cmpint (vtr_monitor_choose_audience (nameless, 2, NULL, NULL, 7), ==, 1);
}

static void
test_mirrored (void)
{
  VtrMonitorInfo monitors[] = { laptop, mirror };
  VtrMonitorInfo with_third[] = { laptop, mirror, confidence };

  /* A mirror of the console would show the notes: with nothing else, both share. */
  g_assert_true (vtr_monitor_info_same_place (&laptop, &mirror));
  g_assert_cmpint (vtr_monitor_choose_audience (monitors, 2, NULL, NULL, 0), ==, 0);
  g_assert_cmpint (vtr_monitor_choose_audience (with_third, 3, NULL, NULL, 0), ==, 2);
  g_assert_cmpint (vtr_monitor_choose_console (with_third, 3, 2, 1), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/monitor-choice/no-monitor", test_no_monitor);
  g_test_add_func ("/monitor-choice/one-monitor", test_one_monitor);
  g_test_add_func ("/monitor-choice/two-monitors", test_two_monitors);
  g_test_add_func ("/monitor-choice/three-monitors", test_three_monitors);
  g_test_add_func ("/monitor-choice/remembered-present", test_remembered_present);
  g_test_add_func ("/monitor-choice/remembered-absent", test_remembered_absent);
  g_test_add_func ("/monitor-choice/no-primary", test_no_primary);
  g_test_add_func ("/monitor-choice/mirrored", test_mirrored);

  return g_test_run ();
}
