/* test-tour-summary.c: planned times of tours, and the colours of category chips
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-category-chip.h"
#include "vtr-test-utils.h"
#include "vtr-tour-summary.h"

static void
test_total_in_minutes (void)
{
  vtr_test_assert_cmpstr_free (vtr_tour_summary_format_total (600), "10 minutes");
  vtr_test_assert_cmpstr_free (vtr_tour_summary_format_total (89), "1 minute");
  vtr_test_assert_cmpstr_free (vtr_tour_summary_format_total (90), "2 minutes");
  /* Even the shortest tour takes some time. */
  vtr_test_assert_cmpstr_free (vtr_tour_summary_format_total (10), "1 minute");
}

static void
test_stop_in_seconds (void)
{
  vtr_test_assert_cmpstr_free (vtr_tour_summary_format_stop (40), "40 s");
  vtr_test_assert_cmpstr_free (vtr_tour_summary_format_stop (120), "2 min");
  vtr_test_assert_cmpstr_free (vtr_tour_summary_format_stop (90), "1 min 30 s");
}

static void
test_builtin_tours (void)
{
  g_autoptr(VtrPack) pack = vtr_test_load_builtin_pack ();
  VtrTour *talk, *loop;

  talk = vtr_pack_find_tour (pack, "decade-talk");
  loop = vtr_pack_find_tour (pack, "attract-loop");

  g_assert_cmpuint (vtr_tour_summary_total_seconds (talk), ==, 600);
  vtr_test_assert_cmpstr_free (vtr_tour_summary_describe (talk), "16 stops · 10 minutes");
  g_assert_cmpuint (vtr_tour_summary_total_seconds (loop), ==, 76);
  vtr_test_assert_cmpstr_free (vtr_tour_summary_describe (loop), "8 stops · 1 minute");
}

static void
test_chip_text_contrast (void)
{
  /* The built-in pack's blue and red take white text; its yellow and green take black. */
  g_assert_cmpstr (vtr_category_chip_text_color_for ("#1c71d8"), ==, "#ffffff");
  g_assert_cmpstr (vtr_category_chip_text_color_for ("#a51d2d"), ==, "#ffffff");
  g_assert_cmpstr (vtr_category_chip_text_color_for ("#e5a50a"), ==, "#000000");
  g_assert_cmpstr (vtr_category_chip_text_color_for ("#26A269"), ==, "#000000");
  g_assert_cmpstr (vtr_category_chip_text_color_for ("#000000"), ==, "#ffffff");
  g_assert_cmpstr (vtr_category_chip_text_color_for ("#ffffff"), ==, "#000000");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  vtr_ensure_resources ();

  g_test_add_func ("/tour-summary/total-in-minutes", test_total_in_minutes);
  g_test_add_func ("/tour-summary/stop-in-seconds", test_stop_in_seconds);
  g_test_add_func ("/tour-summary/builtin-tours", test_builtin_tours);
  g_test_add_func ("/category-chip/text-contrast", test_chip_text_contrast);

  return g_test_run ();
}
