/* vtr-overview-page.h: the landing view: hero, key figures and ways in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vtr-pack.h"

G_BEGIN_DECLS

#define VTR_TYPE_OVERVIEW_PAGE (vtr_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (VtrOverviewPage, vtr_overview_page, VTR, OVERVIEW_PAGE, AdwBin)

GtkWidget *vtr_overview_page_new          (void);
VtrPack   *vtr_overview_page_get_pack     (VtrOverviewPage *self);
void       vtr_overview_page_set_pack     (VtrOverviewPage *self,
                                           VtrPack         *pack);
void       vtr_overview_page_focus_figure (VtrOverviewPage *self,
                                           const char      *id);

G_END_DECLS
