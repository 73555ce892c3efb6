/* vtr-image.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vtr-item.h"

G_BEGIN_DECLS

#define VTR_TYPE_IMAGE (vtr_image_get_type ())

G_DECLARE_FINAL_TYPE (VtrImage, vtr_image, VTR, IMAGE, VtrItem)

const char *vtr_image_get_path (VtrImage *self);
const char *vtr_image_get_alt  (VtrImage *self);
GFile      *vtr_image_get_file (VtrImage *self);

G_END_DECLS
