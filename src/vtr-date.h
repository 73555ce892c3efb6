/* vtr-date.h: the partial ISO 8601 dates of content packs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  VTR_DATE_PRECISION_YEAR,
  VTR_DATE_PRECISION_MONTH,
  VTR_DATE_PRECISION_DAY,
} VtrDatePrecision;

typedef struct
{
  guint16          year;
  guint8           month;
  guint8           day;
  VtrDatePrecision precision;
} VtrDate;

typedef enum
{
  VTR_DATE_PARSE_OK,
  VTR_DATE_PARSE_MALFORMED,
  VTR_DATE_PARSE_IMPOSSIBLE,
} VtrDateParseResult;

VtrDateParseResult vtr_date_parse         (const char    *text,
                                           VtrDate       *date);
int                vtr_date_compare_start (const VtrDate *a,
                                           const VtrDate *b);
gboolean           vtr_date_ends_before   (const VtrDate *end,
                                           const VtrDate *start);
double             vtr_date_to_year_fraction
                                          (const VtrDate *date);

G_END_DECLS
