/* vtr-history.h: where the visitor has been, for Back and for the next start
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A location is a string "KIND:ID": "view:overview", "view:exhibits", "view:timeline",
 * "exhibit:ID", "event:ID", "tour:ID" or "search:QUERY". Strings keep locations easy to store
 * in GSettings and to compare. */

#define VTR_TYPE_HISTORY (vtr_history_get_type ())

G_DECLARE_FINAL_TYPE (VtrHistory, vtr_history, VTR, HISTORY, GObject)

VtrHistory *vtr_history_new             (const char  *root);
const char *vtr_history_get_current     (VtrHistory  *self);
gboolean    vtr_history_get_can_go_back (VtrHistory  *self);
void        vtr_history_push            (VtrHistory  *self,
                                         const char  *location);
void        vtr_history_replace         (VtrHistory  *self,
                                         const char  *location);
gboolean    vtr_history_go_back         (VtrHistory  *self);
void        vtr_history_reset           (VtrHistory  *self,
                                         const char  *root);
gboolean    vtr_location_parse          (const char  *location,
                                         char       **kind,
                                         char       **id);

G_END_DECLS
