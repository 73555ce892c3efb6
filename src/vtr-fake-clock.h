/* vtr-fake-clock.h: a clock that moves only when a test says so
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vtr-clock.h"

G_BEGIN_DECLS

#define VTR_TYPE_FAKE_CLOCK (vtr_fake_clock_get_type ())

G_DECLARE_FINAL_TYPE (VtrFakeClock, vtr_fake_clock, VTR, FAKE_CLOCK, VtrClock)

VtrClock *vtr_fake_clock_new             (void);
void      vtr_fake_clock_advance         (VtrFakeClock *self,
                                          guint         ms);
guint     vtr_fake_clock_get_n_timeouts  (VtrFakeClock *self);

G_END_DECLS
