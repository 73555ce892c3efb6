/* vtr-clock.c
 *
 * Kiosk logic waits for minutes at a time. Going through a VtrClock instead of calling
 * g_get_monotonic_time() and g_timeout_add() directly lets a test replace the clock with a
 * VtrFakeClock and run a whole simulated day in a fraction of a second.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-clock.h"

G_DEFINE_TYPE (VtrClock, vtr_clock, G_TYPE_OBJECT)

static gint64
vtr_clock_real_get_time (VtrClock *self)
{
  return g_get_monotonic_time ();
}

static guint
vtr_clock_real_add_timeout (VtrClock    *self,
                            guint        interval_ms,
                            GSourceFunc  function,
                            gpointer     data)
{
  return g_timeout_add (interval_ms, function, data);
}

static void
vtr_clock_real_remove (VtrClock *self,
                       guint     id)
{
  g_source_remove (id);
}

static void
vtr_clock_class_init (VtrClockClass *klass)
{
  klass->get_time = vtr_clock_real_get_time;
  klass->add_timeout = vtr_clock_real_add_timeout;
  klass->remove = vtr_clock_real_remove;
}

static void
vtr_clock_init (VtrClock *self)
{
}

/**
 * vtr_clock_new:
 *
 * Returns: (transfer full): the real clock, on the thread-default main context
 */
VtrClock *
vtr_clock_new (void)
{
  return g_object_new (VTR_TYPE_CLOCK, NULL);
}

/**
 * vtr_clock_get_time:
 *
 * Returns: the monotonic time in microseconds
 */
gint64
vtr_clock_get_time (VtrClock *self)
{
  g_return_val_if_fail (VTR_IS_CLOCK (self), 0);

  return VTR_CLOCK_GET_CLASS (self)->get_time (self);
}

/**
 * vtr_clock_add_timeout:
 * @interval_ms: the delay in milliseconds
 * @function: called when the delay is over; returning %G_SOURCE_CONTINUE calls it again
 *   @interval_ms later
 * @data: passed to @function
 *
 * Returns: the id of the timeout, for vtr_clock_remove(), never 0
 */
guint
vtr_clock_add_timeout (VtrClock    *self,
                       guint        interval_ms,
                       GSourceFunc  function,
                       gpointer     data)
{
  g_return_val_if_fail (VTR_IS_CLOCK (self), 0);
  g_return_val_if_fail (function != NULL, 0);

  return VTR_CLOCK_GET_CLASS (self)->add_timeout (self, interval_ms, function, data);
}

/**
 * vtr_clock_remove:
 * @id: a timeout that has not run out yet
 *
 * Cancels a timeout. As with g_source_remove(), the id must still be live: a function that
 * returned %G_SOURCE_REMOVE has already ended its timeout.
 */
void
vtr_clock_remove (VtrClock *self,
                  guint     id)
{
  g_return_if_fail (VTR_IS_CLOCK (self));
  g_return_if_fail (id > 0);

  VTR_CLOCK_GET_CLASS (self)->remove (self, id);
}

void
vtr_clock_clear (VtrClock *self,
                 guint    *id)
{
  g_return_if_fail (id != NULL);

  if (*id != 0)
    {
      guint old = *id;

      *id = 0;
      vtr_clock_remove (self, old);
    }
}
