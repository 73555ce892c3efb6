/* vtr-pack-loader.h: reads, validates and builds content packs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vtr-diagnostic.h"
#include "vtr-pack.h"

G_BEGIN_DECLS

/* The largest JSON file a pack may hold. A pack of 10,000 exhibits is about 15 MB. */
#define VTR_PACK_MAX_FILE_SIZE (64 * 1024 * 1024)

/* The most problems one load lists; the rest are counted, and summed up in one last line. */
#define VTR_PACK_MAX_DIAGNOSTICS 1000

#define VTR_TYPE_PACK_LOADER (vtr_pack_loader_get_type ())

G_DECLARE_FINAL_TYPE (VtrPackLoader, vtr_pack_loader, VTR, PACK_LOADER, GObject)

VtrPackLoader *vtr_pack_loader_new                (GFile          *location);
GFile         *vtr_pack_loader_get_location       (VtrPackLoader  *self);
VtrPack       *vtr_pack_loader_load               (VtrPackLoader  *self,
                                                   GError        **error);
GListModel    *vtr_pack_loader_get_diagnostics    (VtrPackLoader  *self);
gboolean       vtr_pack_loader_get_check_catalogs (VtrPackLoader  *self);
void           vtr_pack_loader_set_check_catalogs (VtrPackLoader  *self,
                                                   gboolean        check_catalogs);
guint          vtr_pack_loader_get_n_errors       (VtrPackLoader  *self);
guint          vtr_pack_loader_get_n_warnings     (VtrPackLoader  *self);
GFile         *vtr_pack_get_builtin_location      (void);
void           vtr_ensure_resources               (void);

G_END_DECLS
