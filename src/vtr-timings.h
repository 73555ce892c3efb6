/* vtr-timings.h: start-up timings for VITRINE_DEBUG=timings, off by default
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void     vtr_timings_init    (void);
gboolean vtr_timings_enabled (void);
void     vtr_timings_mark    (const char     *what);
void     vtr_timings_attach  (GtkApplication *application);

G_END_DECLS
