/* vtr-exhibit-page.h: one exhibit in full
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vtr-exhibit.h"
#include "vtr-pack.h"

G_BEGIN_DECLS

#define VTR_TYPE_EXHIBIT_PAGE (vtr_exhibit_page_get_type ())

G_DECLARE_FINAL_TYPE (VtrExhibitPage, vtr_exhibit_page, VTR, EXHIBIT_PAGE, AdwBin)

GtkWidget  *vtr_exhibit_page_new          (void);
VtrPack    *vtr_exhibit_page_get_pack     (VtrExhibitPage *self);
void        vtr_exhibit_page_set_pack     (VtrExhibitPage *self,
                                           VtrPack        *pack);
VtrExhibit *vtr_exhibit_page_get_exhibit  (VtrExhibitPage *self);
void        vtr_exhibit_page_set_exhibit  (VtrExhibitPage *self,
                                           VtrExhibit     *exhibit);
GListModel *vtr_exhibit_page_get_siblings (VtrExhibitPage *self);
void        vtr_exhibit_page_set_siblings (VtrExhibitPage *self,
                                           GListModel     *siblings);

G_END_DECLS
