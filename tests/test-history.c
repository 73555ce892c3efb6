/* test-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-history.h"
#include "vtr-test-utils.h"

static void
test_views_replace_each_other (void)
{
  g_autoptr(VtrHistory) history = vtr_history_new ("view:overview");

  vtr_history_push (history, "view:timeline");
  g_assert_cmpstr (vtr_history_get_current (history), ==, "view:timeline");
  g_assert_false (vtr_history_get_can_go_back (history));
}

static void
test_details_stack_up (void)
{
  g_autoptr(VtrHistory) history = vtr_history_new ("view:exhibits");

  vtr_history_push (history, "exhibit:ipv6");
  vtr_history_push (history, "event:2017-ipv6-internet-standard");
  vtr_history_push (history, "event:2017-ipv6-internet-standard");
  g_assert_true (vtr_history_get_can_go_back (history));

  g_assert_true (vtr_history_go_back (history));
  g_assert_cmpstr (vtr_history_get_current (history), ==, "exhibit:ipv6");
  g_assert_true (vtr_history_go_back (history));
  g_assert_cmpstr (vtr_history_get_current (history), ==, "view:exhibits");
  g_assert_false (vtr_history_go_back (history));
}

static void
test_replace_and_reset (void)
{
  g_autoptr(VtrHistory) history = vtr_history_new ("view:overview");

  vtr_history_push (history, "exhibit:a");
  vtr_history_replace (history, "exhibit:b");
  g_assert_cmpstr (vtr_history_get_current (history), ==, "exhibit:b");
  g_assert_true (vtr_history_go_back (history));
  g_assert_cmpstr (vtr_history_get_current (history), ==, "view:overview");

  vtr_history_push (history, "exhibit:a");
  vtr_history_reset (history, "view:timeline");
  g_assert_cmpstr (vtr_history_get_current (history), ==, "view:timeline");
  g_assert_false (vtr_history_get_can_go_back (history));
}

static void
test_notifies (void)
{
  g_autoptr(VtrHistory) history = vtr_history_new ("view:overview");
  guint current = 0, back = 0;

  g_signal_connect (history, "notify::current", G_CALLBACK (vtr_test_count_cb), &current);
  g_signal_connect (history, "notify::can-go-back", G_CALLBACK (vtr_test_count_cb), &back);

  vtr_history_push (history, "exhibit:a");
  vtr_history_push (history, "exhibit:b");
  vtr_history_go_back (history);
  vtr_history_go_back (history);

  g_assert_cmpuint (current, ==, 4);
  g_assert_cmpuint (back, ==, 2);
}

static void
test_depth_is_bounded (void)
{
  g_autoptr(VtrHistory) history = vtr_history_new ("view:overview");
  guint steps = 0;

  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *location = g_strdup_printf ("exhibit:%u", i);

      vtr_history_push (history, location);
    }

  while (vtr_history_go_back (history))
    steps++;

  g_assert_cmpuint (steps, <, 1000);
  g_assert_cmpstr (vtr_history_get_current (history), ==, "view:overview");
}

static void
test_parse (void)
{
  g_autofree char *kind = NULL;
  g_autofree char *id = NULL;

  g_assert_true (vtr_location_parse ("search:a:b", &kind, &id));
  g_assert_cmpstr (kind, ==, "search");
  g_assert_cmpstr (id, ==, "a:b");
  g_assert_false (vtr_location_parse ("nothing", &kind, &id));
  g_assert_false (vtr_location_parse (":x", &kind, &id));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history/views-replace-each-other", test_views_replace_each_other);
  g_test_add_func ("/history/details-stack-up", test_details_stack_up);
  g_test_add_func ("/history/replace-and-reset", test_replace_and_reset);
  g_test_add_func ("/history/notifies", test_notifies);
  g_test_add_func ("/history/depth-is-bounded", test_depth_is_bounded);
  g_test_add_func ("/history/parse", test_parse);

  return g_test_run ();
}
