/* vtr-clock.h: the time and timeouts that kiosk logic runs on, replaceable in tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define VTR_TYPE_CLOCK (vtr_clock_get_type ())

G_DECLARE_DERIVABLE_TYPE (VtrClock, vtr_clock, VTR, CLOCK, GObject)

/**
 * VtrClockClass:
 * @get_time: the current time in microseconds, monotonic
 * @add_timeout: calls a function after a number of milliseconds, again while it returns
 *   %G_SOURCE_CONTINUE; returns an id greater than zero
 * @remove: cancels a timeout by its id
 *
 * The base class is the real clock: g_get_monotonic_time() and g_timeout_add() on the
 * thread-default main context. VtrFakeClock replaces it in tests.
 */
struct _VtrClockClass
{
  GObjectClass parent_class;

  gint64 (*get_time)    (VtrClock    *self);
  guint  (*add_timeout) (VtrClock    *self,
                         guint        interval_ms,
                         GSourceFunc  function,
                         gpointer     data);
  void   (*remove)      (VtrClock    *self,
                         guint        id);

  gpointer padding[8];
};

VtrClock *vtr_clock_new         (void);
gint64    vtr_clock_get_time    (VtrClock    *self);
guint     vtr_clock_add_timeout (VtrClock    *self,
                                 guint        interval_ms,
                                 GSourceFunc  function,
                                 gpointer     data);
void      vtr_clock_remove      (VtrClock    *self,
                                 guint        id);

/* Like g_clear_handle_id(): removes the timeout *id if it is set, and zeroes it. */
void      vtr_clock_clear       (VtrClock    *self,
                                 guint       *id);

G_END_DECLS
