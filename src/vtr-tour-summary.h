/* vtr-tour-summary.h: how long a tour takes, in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vtr-tour.h"

G_BEGIN_DECLS

guint  vtr_tour_summary_total_seconds (VtrTour *tour);
char  *vtr_tour_summary_format_total  (guint    seconds);
char  *vtr_tour_summary_format_stop   (guint    seconds);
char  *vtr_tour_summary_describe      (VtrTour *tour);

G_END_DECLS
