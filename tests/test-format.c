/* test-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-format.h"
#include "vtr-test-utils.h"

static void
test_dates (void)
{
  vtr_test_assert_cmpstr_free (vtr_format_date ("2014"), "2014");
  vtr_test_assert_cmpstr_free (vtr_format_date ("2014-11"), "November 2014");
  vtr_test_assert_cmpstr_free (vtr_format_date ("2023-11-08"), "8 November 2023");
  vtr_test_assert_cmpstr_free (vtr_format_date ("not a date"), "not a date");
}

static void
test_spans (void)
{
  vtr_test_assert_cmpstr_free (vtr_format_date_span ("2014-11-19", "2014-11-21"),
                               "19–21 November 2014");
  vtr_test_assert_cmpstr_free (vtr_format_date_span ("2015-11", "2015-12"),
                               "November–December 2015");
  vtr_test_assert_cmpstr_free (vtr_format_date_span ("2019", "2021"), "2019 – 2021");
  vtr_test_assert_cmpstr_free (vtr_format_date_span ("2015-12-30", "2016-01-02"),
                               "30 December 2015 – 2 January 2016");
  vtr_test_assert_cmpstr_free (vtr_format_date_span ("2014-11-19", NULL), "19 November 2014");
}

static void
test_numbers (void)
{
  vtr_test_assert_cmpstr_free (vtr_format_number (0), "0");
  vtr_test_assert_cmpstr_free (vtr_format_number (999), "999");
  vtr_test_assert_cmpstr_free (vtr_format_number (12000), "12,000");
  vtr_test_assert_cmpstr_free (vtr_format_number (1234567), "1,234,567");
  vtr_test_assert_cmpstr_free (vtr_format_number (1.5), "1.5");
  vtr_test_assert_cmpstr_free (vtr_format_number (-2100), "-2,100");
}

static void
test_figures (void)
{
  g_autoptr(VtrFigure) approximate = g_object_new (VTR_TYPE_FIGURE, "value", 12000.0,
                                                   "qualifier",
                                                   VTR_FIGURE_QUALIFIER_APPROXIMATE, NULL);
  g_autoptr(VtrFigure) at_least = g_object_new (VTR_TYPE_FIGURE, "value", 120.0,
                                                "qualifier", VTR_FIGURE_QUALIFIER_AT_LEAST,
                                                NULL);
  g_autoptr(VtrFigure) exact = g_object_new (VTR_TYPE_FIGURE, "value", 172.0, NULL);

  vtr_test_assert_cmpstr_free (vtr_format_figure_value (approximate), "about 12,000");
  vtr_test_assert_cmpstr_free (vtr_format_figure_value (at_least), "120+");
  vtr_test_assert_cmpstr_free (vtr_format_figure_value (exact), "172");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/dates", test_dates);
  g_test_add_func ("/format/spans", test_spans);
  g_test_add_func ("/format/numbers", test_numbers);
  g_test_add_func ("/format/figures", test_figures);

  return g_test_run ();
}
