/* vtr-search-index.h: finds exhibits, events and figures by the words they contain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vtr-pack.h"
#include "vtr-search-result.h"

G_BEGIN_DECLS

#define VTR_TYPE_SEARCH_INDEX (vtr_search_index_get_type ())

G_DECLARE_FINAL_TYPE (VtrSearchIndex, vtr_search_index, VTR, SEARCH_INDEX, GObject)

VtrSearchIndex *vtr_search_index_new        (VtrPack        *pack);
VtrPack        *vtr_search_index_get_pack   (VtrSearchIndex *self);
GListModel     *vtr_search_index_query      (VtrSearchIndex *self,
                                             const char     *query,
                                             guint           max_results);
GListModel     *vtr_search_index_query_full (VtrSearchIndex *self,
                                             const char     *query,
                                             guint           max_results,
                                             guint          *n_matches);
char           *vtr_search_fold             (const char     *text);

G_END_DECLS
