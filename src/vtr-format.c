/* vtr-format.c
 *
 * Dates are formatted from our own translatable month names instead of strftime(), so that
 * they read right in the visitor's language whatever locales the system has installed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "vtr-date.h"
#include "vtr-format.h"

/* Inside a date with a day, many languages inflect the month ("8 ноября 2023"), so that form
 * has its own context; a month named alone ("ноябрь 2014", a ruler mark) uses the other. */
static const char *
month_name (guint month)
{
  /* Translators: month names as they stand in a date with a day, such as "8 November 2023".
   * Use the form your language needs there (the genitive in Russian, for example). */
  static const char *names[] = {
    NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
    NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
    NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
    NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
  };

  g_return_val_if_fail (month >= 1 && month <= 12, "");

  return g_dpgettext2 (GETTEXT_PACKAGE, "month", names[month - 1]);
}

/**
 * vtr_format_month:
 * @month: 1 to 12
 *
 * Returns: the month's name as it stands alone, such as "November" in "November 2014" or on
 *   the timeline's ruler
 */
const char *
vtr_format_month (guint month)
{
  /* Translators: month names standing alone, as in "November 2014" or on the timeline's
   * ruler (the nominative in Russian, for example). */
  static const char *names[] = {
    NC_("month standalone", "January"), NC_("month standalone", "February"),
    NC_("month standalone", "March"), NC_("month standalone", "April"),
    NC_("month standalone", "May"), NC_("month standalone", "June"),
    NC_("month standalone", "July"), NC_("month standalone", "August"),
    NC_("month standalone", "September"), NC_("month standalone", "October"),
    NC_("month standalone", "November"), NC_("month standalone", "December"),
  };

  g_return_val_if_fail (month >= 1 && month <= 12, "");

  return g_dpgettext2 (GETTEXT_PACKAGE, "month standalone", names[month - 1]);
}

static char *
format_parsed (const VtrDate *date)
{
  switch (date->precision)
    {
    case VTR_DATE_PRECISION_YEAR:
      return g_strdup_printf ("%u", date->year);

    case VTR_DATE_PRECISION_MONTH:
      /* Translators: a month and year; %1$s is the month name, %2$u the year. */
      return g_strdup_printf (C_("date", "%1$s %2$u"), vtr_format_month (date->month),
                              date->year);

    case VTR_DATE_PRECISION_DAY:
    default:
      /* Translators: a full date; %1$u is the day, %2$s the month name, %3$u the year. */
      return g_strdup_printf (C_("date", "%1$u %2$s %3$u"),
                              date->day, month_name (date->month), date->year);
    }
}

/**
 * vtr_format_date:
 * @iso_date: a date as content packs write it: `2014`, `2014-11` or `2014-11-19`
 *
 * Returns: (transfer full): the date for people, such as "19 November 2014", or a copy of
 *   @iso_date if it is not a valid date
 */
char *
vtr_format_date (const char *iso_date)
{
  VtrDate date;

  g_return_val_if_fail (iso_date != NULL, NULL);

  if (vtr_date_parse (iso_date, &date) != VTR_DATE_PARSE_OK)
    return g_strdup (iso_date);

  return format_parsed (&date);
}

/**
 * vtr_format_date_span:
 * @end: (nullable): the end date
 *
 * Returns: (transfer full): the span, shortened where both ends share a month or a year:
 *   "19–21 November 2014", "November–December 2015", "2019–2021"
 */
char *
vtr_format_date_span (const char *start,
                      const char *end)
{
  VtrDate a, b;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_return_val_if_fail (start != NULL, NULL);

  if (end == NULL || g_str_equal (start, end) ||
      vtr_date_parse (start, &a) != VTR_DATE_PARSE_OK ||
      vtr_date_parse (end, &b) != VTR_DATE_PARSE_OK)
    return vtr_format_date (start);

  if (a.precision == VTR_DATE_PRECISION_DAY && b.precision == VTR_DATE_PRECISION_DAY &&
      a.year == b.year && a.month == b.month)
    /* Translators: days of one month; %1$u and %2$u are days, %3$s the month, %4$u the year. */
    return g_strdup_printf (C_("date span", "%1$u–%2$u %3$s %4$u"),
                            a.day, b.day, month_name (a.month), a.year);

  if (a.precision == VTR_DATE_PRECISION_MONTH && b.precision == VTR_DATE_PRECISION_MONTH &&
      a.year == b.year)
    /* Translators: months of one year; %1$s and %2$s are months, %3$u is the year. */
    return g_strdup_printf (C_("date span", "%1$s–%2$s %3$u"),
                            vtr_format_month (a.month), vtr_format_month (b.month), a.year);

  first = format_parsed (&a);
  last = format_parsed (&b);

  /* Translators: a span between two dates. */
  return g_strdup_printf (C_("date span", "%s – %s"), first, last);
}

/**
 * vtr_format_number:
 *
 * Returns: (transfer full): @value with its thousands grouped, such as "12,000"; fractions
 *   keep at most two decimals
 */
char *
vtr_format_number (double value)
{
  /* Translators: the separator between groups of three digits, as in "12,000". Use a
   * non-breaking or narrow no-break space where your language groups with spaces. */
  const char *separator = C_("number", ",");
  /* Translators: the decimal mark, as in "1.5". */
  const char *decimal = C_("number", ".");
  g_autofree char *digits = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  double whole = floor (fabs (value));
  double fraction = fabs (value) - whole;
  gsize length;

  digits = g_strdup_printf ("%.0f", whole);
  length = strlen (digits);

  if (value < 0)
    g_string_append_c (out, '-');

  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append (out, separator);
      g_string_append_c (out, digits[i]);
    }

  if (fraction >= 0.005)
    {
      g_autofree char *decimals = g_strdup_printf ("%.2f", fraction);
      char *end = decimals + strlen (decimals) - 1;

      while (*end == '0')
        *end-- = '\0';
      g_string_append (out, decimal);
      g_string_append (out, decimals + 2);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * vtr_format_figure_value:
 *
 * Returns: (transfer full): the figure's number with its qualifier, such as "about 12,000"
 *   or "120+"
 */
char *
vtr_format_figure_value (VtrFigure *figure)
{
  g_autofree char *number = NULL;

  g_return_val_if_fail (VTR_IS_FIGURE (figure), NULL);

  number = vtr_format_number (vtr_figure_get_value (figure));

  switch (vtr_figure_get_qualifier (figure))
    {
    case VTR_FIGURE_QUALIFIER_APPROXIMATE:
      /* Translators: a number that is not exact, as in "about 12,000". */
      return g_strdup_printf (C_("figure", "about %s"), number);

    case VTR_FIGURE_QUALIFIER_AT_LEAST:
      /* Translators: a number that is a lower bound, as in "120+" for "more than 120". */
      return g_strdup_printf (C_("figure", "%s+"), number);

    case VTR_FIGURE_QUALIFIER_EXACT:
    default:
      return g_steal_pointer (&number);
    }
}
