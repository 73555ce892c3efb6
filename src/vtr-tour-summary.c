/* vtr-tour-summary.c
 *
 * A presenter plans a tour in minutes and each stop in seconds, so the total is rounded to
 * whole minutes while a stop keeps its seconds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-tour-summary.h"

/**
 * vtr_tour_summary_total_seconds:
 *
 * Returns: the planned time of all the stops of @tour together
 */
guint
vtr_tour_summary_total_seconds (VtrTour *tour)
{
  GListModel *stops;
  guint total = 0;

  g_return_val_if_fail (VTR_IS_TOUR (tour), 0);

  stops = vtr_tour_get_stops (tour);
  for (guint i = 0; stops != NULL && i < g_list_model_get_n_items (stops); i++)
    {
      g_autoptr(VtrTourStop) stop = g_list_model_get_item (stops, i);

      total += vtr_tour_stop_get_seconds (stop);
    }

  return total;
}

/**
 * vtr_tour_summary_format_total:
 *
 * Returns: (transfer full): @seconds as whole minutes, rounded to the nearest and at least
 *   one, such as "10 minutes"
 */
char *
vtr_tour_summary_format_total (guint seconds)
{
  guint minutes = MAX (1, (seconds + 30) / 60);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes", minutes),
                          minutes);
}

/**
 * vtr_tour_summary_format_stop:
 *
 * Returns: (transfer full): the planned time of one stop, such as "40 s", "2 min" or
 *   "1 min 30 s"
 */
char *
vtr_tour_summary_format_stop (guint seconds)
{
  guint minutes = seconds / 60;
  guint rest = seconds % 60;

  if (minutes == 0)
    /* Translators: the planned time of a tour stop in seconds, as in "40 s". */
    return g_strdup_printf (C_("duration", "%u s"), rest);

  if (rest == 0)
    /* Translators: the planned time of a tour stop in whole minutes, as in "2 min". */
    return g_strdup_printf (C_("duration", "%u min"), minutes);

  /* Translators: the planned time of a tour stop, as in "1 min 30 s". */
  return g_strdup_printf (C_("duration", "%u min %u s"), minutes, rest);
}

/**
 * vtr_tour_summary_describe:
 *
 * Returns: (transfer full): the number of stops and the planned time of @tour, such as
 *   "16 stops · 10 minutes"
 */
char *
vtr_tour_summary_describe (VtrTour *tour)
{
  GListModel *stops;
  guint n_stops;
  g_autofree char *count = NULL;
  g_autofree char *total = NULL;

  g_return_val_if_fail (VTR_IS_TOUR (tour), NULL);

  stops = vtr_tour_get_stops (tour);
  n_stops = stops != NULL ? g_list_model_get_n_items (stops) : 0;
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u stop", "%u stops", n_stops),
                           n_stops);
  total = vtr_tour_summary_format_total (vtr_tour_summary_total_seconds (tour));

  /* Translators: the size of a tour: the number of stops, then the planned time, as in
   * "16 stops · 10 minutes". */
  return g_strdup_printf (C_("tour summary", "%s · %s"), count, total);
}
