/* vtr-source.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define VTR_TYPE_SOURCE (vtr_source_get_type ())

G_DECLARE_FINAL_TYPE (VtrSource, vtr_source, VTR, SOURCE, GObject)

const char *vtr_source_get_title     (VtrSource *self);
const char *vtr_source_get_publisher (VtrSource *self);
const char *vtr_source_get_date      (VtrSource *self);
const char *vtr_source_get_url       (VtrSource *self);

G_END_DECLS
