/* vtr-kiosk-controller.h: the attract / active / "are you still there?" cycle of kiosk mode
 *
 * How a view uses it:
 * - The attract screen calls vtr_kiosk_controller_enter() with the picker's language when a
 *   visitor touches in: ATTRACT → ACTIVE, :language set.
 * - Every press, key, scroll or swipe calls vtr_kiosk_controller_input(); it restarts the
 *   idle time, and during WARNING dismisses the warning (back to ACTIVE).
 * - Touch drags bracket themselves with _drag_begin() / _drag_end(): no idle time runs while a
 *   drag is held, and the end of a drag counts as input.
 * - After :idle-seconds without input, ACTIVE → WARNING, and :seconds-left counts down from
 *   :warning-seconds, notified once a second. At zero the controller resets.
 * - A reset (also vtr_kiosk_controller_reset()) goes to ATTRACT and puts :language back to
 *   :default-language; then, if new content waits, ::swap-pack is emitted and :pack changes;
 *   last ::reset tells the views to go back to the start (clear search, scroll, zoom, close
 *   viewers). ::reset handlers therefore already see the default language and the new pack.
 * - New content (vtr_kiosk_controller_offer_pack(), or a watched VtrContentManager) waits in
 *   :pending-pack while a visitor is there. Offered in ATTRACT, nobody is in front of the
 *   kiosk, so it resets at once and the new pack is shown.
 * - vtr_kiosk_controller_bind_settings() follows kiosk-idle-seconds and
 *   kiosk-warning-seconds; a change restarts the idle time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vtr-clock.h"
#include "vtr-content-manager.h"
#include "vtr-pack.h"

G_BEGIN_DECLS

/**
 * VtrKioskState:
 * @VTR_KIOSK_STATE_ATTRACT: nobody is using the kiosk; the attract screen shows
 * @VTR_KIOSK_STATE_ACTIVE: a visitor is exploring
 * @VTR_KIOSK_STATE_WARNING: the visitor has been idle; "Are you still there?" counts down
 */
typedef enum {
  VTR_KIOSK_STATE_ATTRACT,
  VTR_KIOSK_STATE_ACTIVE,
  VTR_KIOSK_STATE_WARNING,
} VtrKioskState;

#define VTR_TYPE_KIOSK_CONTROLLER (vtr_kiosk_controller_get_type ())

G_DECLARE_FINAL_TYPE (VtrKioskController, vtr_kiosk_controller, VTR, KIOSK_CONTROLLER, GObject)

VtrKioskController *vtr_kiosk_controller_new                 (VtrClock           *clock);
VtrClock           *vtr_kiosk_controller_get_clock           (VtrKioskController *self);

VtrKioskState       vtr_kiosk_controller_get_state           (VtrKioskController *self);
guint               vtr_kiosk_controller_get_idle_seconds    (VtrKioskController *self);
void                vtr_kiosk_controller_set_idle_seconds    (VtrKioskController *self,
                                                              guint               seconds);
guint               vtr_kiosk_controller_get_warning_seconds (VtrKioskController *self);
void                vtr_kiosk_controller_set_warning_seconds (VtrKioskController *self,
                                                              guint               seconds);
guint               vtr_kiosk_controller_get_seconds_left    (VtrKioskController *self);
const char         *vtr_kiosk_controller_get_default_language (VtrKioskController *self);
void                vtr_kiosk_controller_set_default_language (VtrKioskController *self,
                                                               const char         *language);
const char         *vtr_kiosk_controller_get_language        (VtrKioskController *self);
void                vtr_kiosk_controller_set_language        (VtrKioskController *self,
                                                              const char         *language);
gboolean            vtr_kiosk_controller_is_dragging         (VtrKioskController *self);

VtrPack            *vtr_kiosk_controller_get_pack            (VtrKioskController *self);
void                vtr_kiosk_controller_set_pack            (VtrKioskController *self,
                                                              VtrPack            *pack);
VtrPack            *vtr_kiosk_controller_get_pending_pack    (VtrKioskController *self);

void                vtr_kiosk_controller_enter               (VtrKioskController *self,
                                                              const char         *language);
void                vtr_kiosk_controller_input               (VtrKioskController *self);
void                vtr_kiosk_controller_drag_begin          (VtrKioskController *self);
void                vtr_kiosk_controller_drag_end            (VtrKioskController *self);
void                vtr_kiosk_controller_offer_pack          (VtrKioskController *self,
                                                              VtrPack            *pack);
void                vtr_kiosk_controller_reset               (VtrKioskController *self);

void                vtr_kiosk_controller_bind_settings       (VtrKioskController *self,
                                                              GSettings          *settings);
void                vtr_kiosk_controller_watch_content       (VtrKioskController *self,
                                                              VtrContentManager  *content);

G_END_DECLS
