/* vtr-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vtr-content-manager.h"

G_BEGIN_DECLS

#define VTR_TYPE_APPLICATION (vtr_application_get_type ())

G_DECLARE_FINAL_TYPE (VtrApplication, vtr_application, VTR, APPLICATION, AdwApplication)

VtrApplication    *vtr_application_new                 (void);
VtrContentManager *vtr_application_get_content_manager (VtrApplication *self);
void               vtr_application_choose_pack_folder  (VtrApplication *self,
                                                        GtkWindow      *parent);
void               vtr_application_use_builtin_pack    (VtrApplication *self);
int                vtr_validate_pack                   (const char     *path,
                                                        FILE           *out,
                                                        FILE           *err);

G_END_DECLS
