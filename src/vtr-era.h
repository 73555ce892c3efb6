/* vtr-era.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vtr-item.h"

G_BEGIN_DECLS

#define VTR_TYPE_ERA (vtr_era_get_type ())

G_DECLARE_FINAL_TYPE (VtrEra, vtr_era, VTR, ERA, VtrItem)

const char *vtr_era_get_id    (VtrEra *self);
const char *vtr_era_get_name  (VtrEra *self);
const char *vtr_era_get_start (VtrEra *self);
const char *vtr_era_get_end   (VtrEra *self);
const char *vtr_era_get_color (VtrEra *self);

G_END_DECLS
