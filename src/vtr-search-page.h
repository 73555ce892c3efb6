/* vtr-search-page.h: search results across exhibits, events and figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vtr-pack.h"

G_BEGIN_DECLS

#define VTR_TYPE_SEARCH_PAGE (vtr_search_page_get_type ())

G_DECLARE_FINAL_TYPE (VtrSearchPage, vtr_search_page, VTR, SEARCH_PAGE, AdwBin)

GtkWidget  *vtr_search_page_new            (void);
VtrPack    *vtr_search_page_get_pack       (VtrSearchPage *self);
void        vtr_search_page_set_pack       (VtrSearchPage *self,
                                            VtrPack       *pack);
const char *vtr_search_page_get_query      (VtrSearchPage *self);
void        vtr_search_page_set_query      (VtrSearchPage *self,
                                            const char    *query);
gboolean    vtr_search_page_activate_first (VtrSearchPage *self);
gboolean    vtr_search_page_focus_results  (VtrSearchPage *self);

G_END_DECLS
