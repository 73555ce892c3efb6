/* vtr-content-manager.h: which pack is on show, and why a requested one is not
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vtr-pack.h"

G_BEGIN_DECLS

#define VTR_TYPE_CONTENT_MANAGER (vtr_content_manager_get_type ())

G_DECLARE_FINAL_TYPE (VtrContentManager, vtr_content_manager, VTR, CONTENT_MANAGER, GObject)

VtrContentManager *vtr_content_manager_new                 (void);
VtrPack           *vtr_content_manager_get_pack            (VtrContentManager *self);
GFile             *vtr_content_manager_get_rejected_folder (VtrContentManager *self);
GListModel        *vtr_content_manager_get_diagnostics     (VtrContentManager *self);
const char        *vtr_content_manager_get_problem         (VtrContentManager *self);
gboolean           vtr_content_manager_open_builtin        (VtrContentManager *self,
                                                            GError           **error);
gboolean           vtr_content_manager_open_folder         (VtrContentManager *self,
                                                            GFile             *folder);

G_END_DECLS
