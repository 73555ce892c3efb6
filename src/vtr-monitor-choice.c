/* vtr-monitor-choice.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-monitor-choice.h"

static gboolean
is_set (const char *text)
{
  return text != NULL && text[0] != '\0';
}

/* Whether the monitor at @index can take the audience: it exists, it is not the console's
 * monitor, and it does not mirror it (a mirror would show the notes to the audience). */
static gboolean
apart_from_console (const VtrMonitorInfo *monitors,
                    guint                 n_monitors,
                    guint                 index,
                    int                   console)
{
  if (console < 0 || (guint)console >= n_monitors)
    return TRUE;

  return index != (guint)console &&
         !vtr_monitor_info_same_place (&monitors[index], &monitors[console]);
}

/**
 * vtr_monitor_info_same_place:
 *
 * Returns: whether @a and @b cover the same part of the layout, as mirrored monitors do
 */
gboolean
vtr_monitor_info_same_place (const VtrMonitorInfo *a,
                             const VtrMonitorInfo *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->x == b->x && a->y == b->y && a->width == b->width && a->height == b->height;
}

/**
 * vtr_monitor_choose_audience:
 * @monitors: (array length=n_monitors): the monitors, in the display's order
 * @remembered_connector: (nullable): the connector of the monitor last chosen for the audience
 * @remembered_model: (nullable): its model
 * @console: the monitor the console is on, or -1 when that is not known
 *
 * Picks the audience's monitor. No monitor is taken to be "primary":
 *
 * 1. the remembered projector, when a monitor has both its connector and its model;
 * 2. else a monitor of the remembered model on another connector, apart from the console;
 * 3. else the first monitor apart from the console (not it, and not mirroring it);
 * 4. else, with nothing apart, the console's own monitor, or the first one.
 *
 * With the console's monitor unknown, step 3 takes the last monitor, as a laptop's own panel
 * comes first in the display's order more often than not.
 *
 * Returns: the index of the monitor for the audience, or -1 when there are no monitors
 */
int
vtr_monitor_choose_audience (const VtrMonitorInfo *monitors,
                             guint                 n_monitors,
                             const char           *remembered_connector,
                             const char           *remembered_model,
                             int                   console)
{
  g_return_val_if_fail (monitors != NULL || n_monitors == 0, -1);

  if (n_monitors == 0)
    return -1;
  if (n_monitors == 1)
    return 0;

  if (is_set (remembered_connector))
    {
      for (guint i = 0; i < n_monitors; i++)
        {
          if (g_strcmp0 (monitors[i].connector, remembered_connector) == 0 &&
              g_strcmp0 (monitors[i].model, remembered_model) == 0)
            return i;
        }
    }

  if (is_set (remembered_model))
    {
      for (guint i = 0; i < n_monitors; i++)
        {
          if (g_strcmp0 (monitors[i].model, remembered_model) == 0 &&
              apart_from_console (monitors, n_monitors, i, console))
            return i;
        }
    }

  if (console < 0 || (guint)console >= n_monitors)
    return n_monitors - 1;

  for (guint i = 0; i < n_monitors; i++)
    {
      if (apart_from_console (monitors, n_monitors, i, console))
        return i;
    }

  return console;
}

/**
 * vtr_monitor_choose_console:
 * @monitors: (array length=n_monitors): the monitors, in the display's order
 * @audience: the audience's monitor
 * @console: the monitor the console is on now, or -1 when that is not known
 *
 * Keeps the console where it is unless the audience takes that monitor; then it moves to the
 * first monitor apart from the audience's.
 *
 * Returns: the index of the console's monitor; the audience's own when it is the only one, or
 *   -1 when there are no monitors
 */
int
vtr_monitor_choose_console (const VtrMonitorInfo *monitors,
                            guint                 n_monitors,
                            int                   audience,
                            int                   console)
{
  g_return_val_if_fail (monitors != NULL || n_monitors == 0, -1);

  if (n_monitors == 0)
    return -1;
  if (audience < 0 || (guint)audience >= n_monitors)
    audience = 0;

  if (console >= 0 && (guint)console < n_monitors &&
      apart_from_console (monitors, n_monitors, console, audience))
    return console;

  for (guint i = 0; i < n_monitors; i++)
    {
      if (apart_from_console (monitors, n_monitors, i, audience))
        return i;
    }

  return audience;
}
