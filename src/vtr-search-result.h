/* vtr-search-result.h: one exhibit, event or figure that matches a search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  VTR_SEARCH_RESULT_EXHIBIT,
  VTR_SEARCH_RESULT_EVENT,
  VTR_SEARCH_RESULT_FIGURE,
} VtrSearchResultKind;

#define VTR_TYPE_SEARCH_RESULT (vtr_search_result_get_type ())

G_DECLARE_FINAL_TYPE (VtrSearchResult, vtr_search_result, VTR, SEARCH_RESULT, GObject)

VtrSearchResult     *vtr_search_result_new             (VtrSearchResultKind  kind,
                                                        const char          *id,
                                                        const char          *title,
                                                        const char          *subtitle,
                                                        const char          *snippet,
                                                        guint                match_start,
                                                        guint                match_end);
VtrSearchResultKind  vtr_search_result_get_kind        (VtrSearchResult     *self);
const char          *vtr_search_result_get_id          (VtrSearchResult     *self);
const char          *vtr_search_result_get_title       (VtrSearchResult     *self);
const char          *vtr_search_result_get_subtitle    (VtrSearchResult     *self);
const char          *vtr_search_result_get_snippet     (VtrSearchResult     *self);
guint                vtr_search_result_get_match_start (VtrSearchResult     *self);
guint                vtr_search_result_get_match_end   (VtrSearchResult     *self);

G_END_DECLS
