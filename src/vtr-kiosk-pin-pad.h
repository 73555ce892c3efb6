/* vtr-kiosk-pin-pad.h: a large keypad for the staff PIN, usable by touch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VTR_TYPE_KIOSK_PIN_PAD (vtr_kiosk_pin_pad_get_type ())

G_DECLARE_FINAL_TYPE (VtrKioskPinPad, vtr_kiosk_pin_pad, VTR, KIOSK_PIN_PAD, AdwBin)

GtkWidget  *vtr_kiosk_pin_pad_new         (void);
const char *vtr_kiosk_pin_pad_get_pin     (VtrKioskPinPad *self);
void        vtr_kiosk_pin_pad_clear       (VtrKioskPinPad *self);
void        vtr_kiosk_pin_pad_set_message (VtrKioskPinPad *self,
                                           const char     *message,
                                           gboolean        is_error);
void        vtr_kiosk_pin_pad_set_locked  (VtrKioskPinPad *self,
                                           gboolean        locked);

G_END_DECLS
