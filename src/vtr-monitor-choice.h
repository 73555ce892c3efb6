/* vtr-monitor-choice.h: which monitor the audience sees, as a pure function of the monitors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * VtrMonitorInfo:
 * @connector: (nullable): the connector, such as "HDMI-1"
 * @model: (nullable): the monitor's model, such as "EB-W49"
 * @x: left edge in the display's layout
 * @y: top edge
 * @width: width in application pixels
 * @height: height
 *
 * What Vitrine knows of one monitor: enough to recognise it again, and to tell a mirror.
 */
typedef struct
{
  const char *connector;
  const char *model;
  int         x;
  int         y;
  int         width;
  int         height;
} VtrMonitorInfo;

int       vtr_monitor_choose_audience (const VtrMonitorInfo *monitors,
                                       guint                 n_monitors,
                                       const char           *remembered_connector,
                                       const char           *remembered_model,
                                       int                   console);
int       vtr_monitor_choose_console  (const VtrMonitorInfo *monitors,
                                       guint                 n_monitors,
                                       int                   audience,
                                       int                   console);
gboolean  vtr_monitor_info_same_place (const VtrMonitorInfo *a,
                                       const VtrMonitorInfo *b);

G_END_DECLS
