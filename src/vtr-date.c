/* vtr-date.c
 *
 * Content gives dates as precisely as its sources do: a year, a month or a day. Comparisons
 * treat such a date as the span it names, so "2014" does not end before "2014-11-19".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vtr-date.h"

static gboolean
parse_digits (const char *text,
              guint       count,
              guint      *value)
{
  *value = 0;
  for (guint i = 0; i < count; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (guint)(text[i] - '0');
    }

  return TRUE;
}

/**
 * vtr_date_parse:
 * @text: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
 * @date: (out): the parsed date
 *
 * Returns: %VTR_DATE_PARSE_MALFORMED when @text is not of one of the three forms,
 *   %VTR_DATE_PARSE_IMPOSSIBLE when it is but names no real day (a 13th month, a 30 February)
 */
VtrDateParseResult
vtr_date_parse (const char *text,
                VtrDate    *date)
{
  gsize length;
  guint year, month = 1, day = 1;

  g_return_val_if_fail (text != NULL, VTR_DATE_PARSE_MALFORMED);
  g_return_val_if_fail (date != NULL, VTR_DATE_PARSE_MALFORMED);

  length = strlen (text);
  if (length != 4 && length != 7 && length != 10)
    return VTR_DATE_PARSE_MALFORMED;
  if (!parse_digits (text, 4, &year))
    return VTR_DATE_PARSE_MALFORMED;
  if (length >= 7 && (text[4] != '-' || !parse_digits (text + 5, 2, &month)))
    return VTR_DATE_PARSE_MALFORMED;
  if (length == 10 && (text[7] != '-' || !parse_digits (text + 8, 2, &day)))
    return VTR_DATE_PARSE_MALFORMED;

  if (year < 1000 || month < 1 || month > 12 || day < 1 ||
      day > g_date_get_days_in_month ((GDateMonth)month, (GDateYear)year))
    return VTR_DATE_PARSE_IMPOSSIBLE;

  date->year = (guint16)year;
  date->month = (guint8)month;
  date->day = (guint8)day;
  date->precision = length == 4 ? VTR_DATE_PRECISION_YEAR
                  : length == 7 ? VTR_DATE_PRECISION_MONTH
                  : VTR_DATE_PRECISION_DAY;

  return VTR_DATE_PARSE_OK;
}

static void
last_day (const VtrDate *date,
          guint         *month,
          guint         *day)
{
  *month = date->precision == VTR_DATE_PRECISION_YEAR ? 12 : date->month;
  *day = date->precision == VTR_DATE_PRECISION_DAY
       ? date->day
       : g_date_get_days_in_month ((GDateMonth)*month, (GDateYear)date->year);
}

static int
compare_days (guint ya, guint ma, guint da,
              guint yb, guint mb, guint db)
{
  if (ya != yb)
    return ya < yb ? -1 : 1;
  if (ma != mb)
    return ma < mb ? -1 : 1;
  if (da != db)
    return da < db ? -1 : 1;

  return 0;
}

/**
 * vtr_date_compare_start:
 *
 * Orders dates by the first day they cover, so events sort by when they begin.
 */
int
vtr_date_compare_start (const VtrDate *a,
                        const VtrDate *b)
{
  return compare_days (a->year, a->month, a->day, b->year, b->month, b->day);
}

/**
 * vtr_date_ends_before:
 *
 * Returns: %TRUE when the last day that @end covers comes before the first day that @start
 *   covers, which makes @end an impossible end date for @start
 */
gboolean
vtr_date_ends_before (const VtrDate *end,
                      const VtrDate *start)
{
  guint month, day;

  last_day (end, &month, &day);

  return compare_days (end->year, month, day, start->year, start->month, start->day) < 0;
}

/**
 * vtr_date_to_year_fraction:
 *
 * Returns: the date as a year with a fraction, for placing it on the timeline
 */
double
vtr_date_to_year_fraction (const VtrDate *date)
{
  g_autoptr(GDate) gdate = g_date_new_dmy (date->day, (GDateMonth)date->month, date->year);
  guint day_of_year = g_date_get_day_of_year (gdate);
  guint days_in_year = g_date_is_leap_year (date->year) ? 366 : 365;

  return date->year + (day_of_year - 1) / (double)days_in_year;
}
