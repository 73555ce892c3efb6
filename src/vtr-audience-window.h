/* vtr-audience-window.h: what the audience sees in presenter mode
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vtr-pack.h"
#include "vtr-show-stage.h"
#include "vtr-show-state.h"

G_BEGIN_DECLS

#define VTR_TYPE_AUDIENCE_WINDOW (vtr_audience_window_get_type ())

G_DECLARE_FINAL_TYPE (VtrAudienceWindow, vtr_audience_window, VTR, AUDIENCE_WINDOW, AdwWindow)

VtrAudienceWindow *vtr_audience_window_new       (GtkApplication    *application,
                                                  VtrPack           *pack,
                                                  VtrShowState      *state);
VtrShowStage      *vtr_audience_window_get_stage (VtrAudienceWindow *self);

G_END_DECLS
