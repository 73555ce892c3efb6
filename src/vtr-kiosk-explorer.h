/* vtr-kiosk-explorer.h: the pages of Vitrine, laid out for a touchscreen in a museum
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vtr-pack.h"

G_BEGIN_DECLS

#define VTR_TYPE_KIOSK_EXPLORER (vtr_kiosk_explorer_get_type ())

G_DECLARE_FINAL_TYPE (VtrKioskExplorer, vtr_kiosk_explorer, VTR, KIOSK_EXPLORER, AdwBin)

GtkWidget  *vtr_kiosk_explorer_new          (void);
VtrPack    *vtr_kiosk_explorer_get_pack     (VtrKioskExplorer *self);
void        vtr_kiosk_explorer_set_pack     (VtrKioskExplorer *self,
                                             VtrPack          *pack);
const char *vtr_kiosk_explorer_get_location (VtrKioskExplorer *self);
void        vtr_kiosk_explorer_go_to        (VtrKioskExplorer *self,
                                             const char       *location);
void        vtr_kiosk_explorer_reset        (VtrKioskExplorer *self);

G_END_DECLS
