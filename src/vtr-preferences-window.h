/* vtr-preferences-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vtr-content-manager.h"

G_BEGIN_DECLS

#define VTR_TYPE_PREFERENCES_WINDOW (vtr_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (VtrPreferencesWindow, vtr_preferences_window, VTR, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GtkWidget *vtr_preferences_window_new (GtkWindow         *parent,
                                       VtrContentManager *content);

G_END_DECLS
