/* vtr-fake-clock.c
 *
 * Time stands still until vtr_fake_clock_advance() moves it. Timeouts that fall due on the way
 * run in the order of their due time, with the clock reading exactly that time while they run,
 * so a test sees the same sequence of events the real clock would give, only without waiting.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-fake-clock.h"

/* An arbitrary start, far from zero, so that code never mistakes "0" for "not set". */
#define START_TIME (G_USEC_PER_SEC * 1000)

typedef struct
{
  guint       id;
  gint64      due;
  guint       interval_ms;
  GSourceFunc function;
  gpointer    data;
} Timeout;

struct _VtrFakeClock
{
  VtrClock    parent_instance;

  gint64      now;
  guint       last_id;
  GHashTable *timeouts;
};

G_DEFINE_FINAL_TYPE (VtrFakeClock, vtr_fake_clock, VTR_TYPE_CLOCK)

/* The next timeout due no later than @until; the lower id wins a tie, as the one added
 * first. A kiosk never has more than a handful of timeouts, so a scan is enough. */
static Timeout *
next_due (VtrFakeClock *self,
          gint64        until)
{
  GHashTableIter iter;
  Timeout *timeout;
  Timeout *best = NULL;

  g_hash_table_iter_init (&iter, self->timeouts);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&timeout))
    {
      if (timeout->due > until)
        continue;
      if (best == NULL || timeout->due < best->due ||
          (timeout->due == best->due && timeout->id < best->id))
        best = timeout;
    }

  return best;
}

static gint64
vtr_fake_clock_get_time (VtrClock *clock)
{
  return VTR_FAKE_CLOCK (clock)->now;
}

static guint
vtr_fake_clock_add_timeout (VtrClock    *clock,
                            guint        interval_ms,
                            GSourceFunc  function,
                            gpointer     data)
{
  VtrFakeClock *self = VTR_FAKE_CLOCK (clock);
  Timeout *timeout = g_new0 (Timeout, 1);

  timeout->id = ++self->last_id;
  timeout->interval_ms = interval_ms;
  timeout->due = self->now + (gint64)interval_ms * 1000;
  timeout->function = function;
  timeout->data = data;
  g_hash_table_insert (self->timeouts, GUINT_TO_POINTER (timeout->id), timeout);

  return timeout->id;
}

static void
vtr_fake_clock_remove (VtrClock *clock,
                       guint     id)
{
  VtrFakeClock *self = VTR_FAKE_CLOCK (clock);

  if (!g_hash_table_remove (self->timeouts, GUINT_TO_POINTER (id)))
    g_critical ("Fake clock: no timeout with id %u", id);
}

static void
vtr_fake_clock_finalize (GObject *object)
{
  VtrFakeClock *self = (VtrFakeClock *)object;

  g_clear_pointer (&self->timeouts, g_hash_table_unref);

  G_OBJECT_CLASS (vtr_fake_clock_parent_class)->finalize (object);
}

static void
vtr_fake_clock_class_init (VtrFakeClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  VtrClockClass *clock_class = VTR_CLOCK_CLASS (klass);

  object_class->finalize = vtr_fake_clock_finalize;

  clock_class->get_time = vtr_fake_clock_get_time;
  clock_class->add_timeout = vtr_fake_clock_add_timeout;
  clock_class->remove = vtr_fake_clock_remove;
}

static void
vtr_fake_clock_init (VtrFakeClock *self)
{
  self->now = START_TIME;
  self->timeouts = g_hash_table_new_full (NULL, NULL, NULL, g_free);
}

VtrClock *
vtr_fake_clock_new (void)
{
  return g_object_new (VTR_TYPE_FAKE_CLOCK, NULL);
}

/**
 * vtr_fake_clock_advance:
 * @ms: how far to move the clock, in milliseconds
 *
 * Moves the clock forward, running every timeout that falls due on the way in order. A
 * timeout may add or remove timeouts; new ones that fall due before the end run too.
 */
void
vtr_fake_clock_advance (VtrFakeClock *self,
                        guint         ms)
{
  gint64 until;
  Timeout *timeout;

  g_return_if_fail (VTR_IS_FAKE_CLOCK (self));

  until = self->now + (gint64)ms * 1000;
  g_object_ref (self);

  while ((timeout = next_due (self, until)) != NULL)
    {
      guint id = timeout->id;
      gboolean again;

      self->now = timeout->due;
      again = timeout->function (timeout->data);

      /* The function may have removed its own timeout, and the table may have changed. */
      timeout = g_hash_table_lookup (self->timeouts, GUINT_TO_POINTER (id));
      if (timeout == NULL)
        continue;

      if (again)
        timeout->due += (gint64)MAX (timeout->interval_ms, 1) * 1000;
      else
        g_hash_table_remove (self->timeouts, GUINT_TO_POINTER (id));
    }

  self->now = until;
  g_object_unref (self);
}

/**
 * vtr_fake_clock_get_n_timeouts:
 *
 * Returns: how many timeouts are waiting, so that a test can tell that nothing leaks
 */
guint
vtr_fake_clock_get_n_timeouts (VtrFakeClock *self)
{
  g_return_val_if_fail (VTR_IS_FAKE_CLOCK (self), 0);

  return g_hash_table_size (self->timeouts);
}
