/* test-date.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-date.h"

static void
test_parse_forms (void)
{
  VtrDate date;

  g_assert_cmpint (vtr_date_parse ("2014", &date), ==, VTR_DATE_PARSE_OK);
  g_assert_cmpint (date.year, ==, 2014);
  g_assert_cmpint (date.precision, ==, VTR_DATE_PRECISION_YEAR);

  g_assert_cmpint (vtr_date_parse ("2022-07", &date), ==, VTR_DATE_PARSE_OK);
  g_assert_cmpint (date.month, ==, 7);
  g_assert_cmpint (date.precision, ==, VTR_DATE_PRECISION_MONTH);

  g_assert_cmpint (vtr_date_parse ("2016-02-29", &date), ==, VTR_DATE_PARSE_OK);
  g_assert_cmpint (date.day, ==, 29);
  g_assert_cmpint (date.precision, ==, VTR_DATE_PRECISION_DAY);
}

static void
test_parse_rejects (void)
{
  const char *malformed[] = { "", "14", "19/11/2014", "2014-1", "2014-11-1", "2014-11-19T10",
                              "２０１４", "abcd", "2014-11-19 " };
  const char *impossible[] = { "2023-02-30", "2023-13", "2015-02-29", "0999", "2014-00",
                               "2014-04-31", "2014-11-00" };
  VtrDate date;

  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    g_assert_cmpint (vtr_date_parse (malformed[i], &date), ==, VTR_DATE_PARSE_MALFORMED);

  for (guint i = 0; i < G_N_ELEMENTS (impossible); i++)
    g_assert_cmpint (vtr_date_parse (impossible[i], &date), ==, VTR_DATE_PARSE_IMPOSSIBLE);
}

static void
test_ends_before (void)
{
  VtrDate year, day, later_day, month;

  vtr_date_parse ("2014", &year);
  vtr_date_parse ("2014-11-19", &day);
  vtr_date_parse ("2014-11-21", &later_day);
  vtr_date_parse ("2014-11", &month);

  /* A partial date covers its whole span, so "2014" can end an event that starts in it. */
  g_assert_false (vtr_date_ends_before (&year, &day));
  g_assert_false (vtr_date_ends_before (&month, &day));
  g_assert_false (vtr_date_ends_before (&later_day, &day));
  g_assert_true (vtr_date_ends_before (&day, &later_day));
  g_assert_cmpint (vtr_date_compare_start (&day, &later_day), <, 0);
  g_assert_cmpint (vtr_date_compare_start (&year, &day), <, 0);
  g_assert_cmpint (vtr_date_compare_start (&day, &day), ==, 0);
}

static void
test_year_fraction (void)
{
  VtrDate date;

  vtr_date_parse ("2014", &date);
  g_assert_cmpfloat_with_epsilon (vtr_date_to_year_fraction (&date), 2014.0, 1e-9);
  vtr_date_parse ("2014-07-02", &date);
  g_assert_cmpfloat_with_epsilon (vtr_date_to_year_fraction (&date), 2014.0 + 182 / 365.0, 1e-9);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/parse-forms", test_parse_forms);
  g_test_add_func ("/date/parse-rejects", test_parse_rejects);
  g_test_add_func ("/date/ends-before", test_ends_before);
  g_test_add_func ("/date/year-fraction", test_year_fraction);

  return g_test_run ();
}
