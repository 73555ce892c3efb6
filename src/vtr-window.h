/* vtr-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vtr-application.h"

G_BEGIN_DECLS

#define VTR_TYPE_WINDOW (vtr_window_get_type ())

G_DECLARE_FINAL_TYPE (VtrWindow, vtr_window, VTR, WINDOW, AdwApplicationWindow)

VtrWindow  *vtr_window_new          (VtrApplication *application);
const char *vtr_window_get_location (VtrWindow      *self);
void        vtr_window_go_to        (VtrWindow      *self,
                                     const char     *location);
void        vtr_window_take_place   (VtrWindow      *self,
                                     VtrWindow      *previous);

G_END_DECLS
