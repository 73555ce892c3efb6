/* vtr-kiosk-window.h: Vitrine in kiosk mode, full screen on a museum touchscreen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vtr-application.h"
#include "vtr-clock.h"
#include "vtr-kiosk-controller.h"

G_BEGIN_DECLS

#define VTR_TYPE_KIOSK_WINDOW (vtr_kiosk_window_get_type ())

G_DECLARE_FINAL_TYPE (VtrKioskWindow, vtr_kiosk_window, VTR, KIOSK_WINDOW, AdwApplicationWindow)

VtrKioskWindow     *vtr_kiosk_window_new            (VtrApplication *application);
VtrKioskWindow     *vtr_kiosk_window_new_with_clock (VtrApplication *application,
                                                     VtrClock       *clock);
VtrKioskController *vtr_kiosk_window_get_controller (VtrKioskWindow *self);
const char         *vtr_kiosk_window_get_location   (VtrKioskWindow *self);
void                vtr_kiosk_window_go_to          (VtrKioskWindow *self,
                                                     const char     *location);

G_END_DECLS
