/* vtr-exhibit.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vtr-item.h"

#include "vtr-category.h"
#include "vtr-image.h"

G_BEGIN_DECLS

#define VTR_TYPE_EXHIBIT (vtr_exhibit_get_type ())

G_DECLARE_FINAL_TYPE (VtrExhibit, vtr_exhibit, VTR, EXHIBIT, VtrItem)

const char         *vtr_exhibit_get_id        (VtrExhibit *self);
const char         *vtr_exhibit_get_title     (VtrExhibit *self);
const char         *vtr_exhibit_get_exhibitor (VtrExhibit *self);
VtrCategory        *vtr_exhibit_get_category  (VtrExhibit *self);
int                 vtr_exhibit_get_year      (VtrExhibit *self);
const char         *vtr_exhibit_get_summary   (VtrExhibit *self);
const char * const *vtr_exhibit_get_body      (VtrExhibit *self);
VtrImage           *vtr_exhibit_get_image     (VtrExhibit *self);
GListModel         *vtr_exhibit_get_facts     (VtrExhibit *self);
const char * const *vtr_exhibit_get_related   (VtrExhibit *self);
const char * const *vtr_exhibit_get_events    (VtrExhibit *self);
GListModel         *vtr_exhibit_get_sources   (VtrExhibit *self);

G_END_DECLS
