/* vtr-event.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vtr-item.h"

#include "vtr-category.h"
#include "vtr-image.h"

G_BEGIN_DECLS

#define VTR_TYPE_EVENT (vtr_event_get_type ())

G_DECLARE_FINAL_TYPE (VtrEvent, vtr_event, VTR, EVENT, VtrItem)

const char         *vtr_event_get_id       (VtrEvent *self);
const char         *vtr_event_get_date     (VtrEvent *self);
const char         *vtr_event_get_end      (VtrEvent *self);
const char         *vtr_event_get_title    (VtrEvent *self);
const char         *vtr_event_get_text     (VtrEvent *self);
VtrCategory        *vtr_event_get_category (VtrEvent *self);
VtrImage           *vtr_event_get_image    (VtrEvent *self);
const char * const *vtr_event_get_exhibits (VtrEvent *self);
GListModel         *vtr_event_get_sources  (VtrEvent *self);

G_END_DECLS
