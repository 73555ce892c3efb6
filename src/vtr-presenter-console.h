/* vtr-presenter-console.h: the presenter's own window in presenter mode
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vtr-pack.h"
#include "vtr-show-stage.h"
#include "vtr-show-state.h"

G_BEGIN_DECLS

#define VTR_TYPE_PRESENTER_CONSOLE (vtr_presenter_console_get_type ())

G_DECLARE_FINAL_TYPE (VtrPresenterConsole, vtr_presenter_console, VTR, PRESENTER_CONSOLE,
                      AdwWindow)

VtrPresenterConsole *vtr_presenter_console_new              (GtkApplication      *application,
                                                             VtrPack             *pack,
                                                             VtrShowState        *state);
void                 vtr_presenter_console_update_time      (VtrPresenterConsole *self);
void                 vtr_presenter_console_set_monitor_menu (VtrPresenterConsole *self,
                                                             GMenuModel          *menu);
void                 vtr_presenter_console_set_choosing     (VtrPresenterConsole *self,
                                                             gboolean             choosing);
gboolean             vtr_presenter_console_get_choosing     (VtrPresenterConsole *self);
VtrShowStage        *vtr_presenter_console_get_stage        (VtrPresenterConsole *self);

G_END_DECLS
