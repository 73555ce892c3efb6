/* vtr-object-counter.h: live GObjects and resident memory, for the soak tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

guint vtr_object_counter_start    (void);
guint vtr_object_counter_get_live (void);
char *vtr_object_counter_describe (guint n_types);
gsize vtr_resident_bytes          (void);
GPtrArray  *vtr_object_counter_collect         (GType       type);
GHashTable *vtr_object_counter_snapshot        (void);
char       *vtr_object_counter_describe_change (GHashTable *before,
                                                GHashTable *after);
GPtrArray *vtr_object_counter_collect (GType type);

G_END_DECLS
