/* vtr-gallery-page.h: the exhibits as a filterable, sortable gallery
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vtr-pack.h"

G_BEGIN_DECLS

#define VTR_TYPE_GALLERY_PAGE (vtr_gallery_page_get_type ())

G_DECLARE_FINAL_TYPE (VtrGalleryPage, vtr_gallery_page, VTR, GALLERY_PAGE, AdwBin)

GtkWidget  *vtr_gallery_page_new                  (void);
VtrPack    *vtr_gallery_page_get_pack             (VtrGalleryPage *self);
void        vtr_gallery_page_set_pack             (VtrGalleryPage *self,
                                                   VtrPack        *pack);
const char *vtr_gallery_page_get_category         (VtrGalleryPage *self);
void        vtr_gallery_page_set_category         (VtrGalleryPage *self,
                                                   const char     *category_id);
GListModel *vtr_gallery_page_get_visible_exhibits (VtrGalleryPage *self);
void        vtr_gallery_page_reset                (VtrGalleryPage *self);
GListModel *vtr_gallery_page_siblings_for         (VtrGalleryPage *gallery,
                                                   VtrPack        *pack,
                                                   VtrExhibit     *exhibit);

G_END_DECLS
