/* vtr-pack.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vtr-item.h"

#include "vtr-category.h"
#include "vtr-era.h"
#include "vtr-event.h"
#include "vtr-exhibit.h"
#include "vtr-figure.h"
#include "vtr-image.h"
#include "vtr-tour.h"

G_BEGIN_DECLS

#define VTR_TYPE_PACK (vtr_pack_get_type ())

G_DECLARE_FINAL_TYPE (VtrPack, vtr_pack, VTR, PACK, VtrItem)

const char         *vtr_pack_get_id              (VtrPack *self);
const char         *vtr_pack_get_title           (VtrPack *self);
const char         *vtr_pack_get_description     (VtrPack *self);
const char         *vtr_pack_get_source_language (VtrPack *self);
const char * const *vtr_pack_get_languages       (VtrPack *self);
const char         *vtr_pack_get_gettext_domain  (VtrPack *self);
VtrImage           *vtr_pack_get_hero            (VtrPack *self);
GFile              *vtr_pack_get_location        (VtrPack *self);
GListModel         *vtr_pack_get_categories      (VtrPack *self);
GListModel         *vtr_pack_get_exhibits        (VtrPack *self);
GListModel         *vtr_pack_get_eras            (VtrPack *self);
GListModel         *vtr_pack_get_events          (VtrPack *self);
GListModel         *vtr_pack_get_figures         (VtrPack *self);
GListModel         *vtr_pack_get_tours           (VtrPack *self);

VtrCategory        *vtr_pack_find_category        (VtrPack    *self,
                                                   const char *id);
VtrExhibit         *vtr_pack_find_exhibit         (VtrPack    *self,
                                                   const char *id);
VtrEvent           *vtr_pack_find_event           (VtrPack    *self,
                                                   const char *id);
VtrFigure          *vtr_pack_find_figure          (VtrPack    *self,
                                                   const char *id);
VtrTour            *vtr_pack_find_tour            (VtrPack    *self,
                                                   const char *id);
gboolean            vtr_pack_is_builtin           (VtrPack    *self);

G_END_DECLS
