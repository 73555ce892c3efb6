/* vtr-format.h: dates, spans and numbers as visitors read them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vtr-figure.h"

G_BEGIN_DECLS

const char *vtr_format_month        (guint       month);
char       *vtr_format_date         (const char *iso_date);
char       *vtr_format_date_span    (const char *start,
                                     const char *end);
char       *vtr_format_number       (double      value);
char       *vtr_format_figure_value (VtrFigure  *figure);

G_END_DECLS
