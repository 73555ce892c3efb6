/* vtr-kiosk-stats.h: local, anonymous counts of what visitors do at the kiosk
 *
 * Counts only, per day: sessions and their length, exhibits opened, languages chosen, tours
 * started. Nothing personal, no times of day, never the network. Off unless the
 * kiosk-statistics setting is on. See vtr-kiosk-stats.c for the CSV format.
 *
 * How a view uses it: vtr_kiosk_stats_watch() follows a VtrKioskController for sessions,
 * their length and the language chosen; the kiosk window calls _exhibit_opened() and
 * _tour_started() as visitors do them. Counts are saved when a session ends.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vtr-clock.h"
#include "vtr-kiosk-controller.h"

G_BEGIN_DECLS

#define VTR_KIOSK_STATS_ERROR (vtr_kiosk_stats_error_quark ())

/**
 * VtrKioskStatsError:
 * @VTR_KIOSK_STATS_ERROR_PARSE: the statistics file is not in the expected CSV format
 */
typedef enum {
  VTR_KIOSK_STATS_ERROR_PARSE,
} VtrKioskStatsError;

#define VTR_KIOSK_STATS_HEADER "date,measure,item,count"

#define VTR_TYPE_KIOSK_STATS (vtr_kiosk_stats_get_type ())

G_DECLARE_FINAL_TYPE (VtrKioskStats, vtr_kiosk_stats, VTR, KIOSK_STATS, GObject)

GQuark         vtr_kiosk_stats_error_quark      (void);
GFile         *vtr_kiosk_stats_get_default_file (void);

VtrKioskStats *vtr_kiosk_stats_new              (GFile               *file,
                                                 VtrClock            *clock);
GFile         *vtr_kiosk_stats_get_file         (VtrKioskStats       *self);
gboolean       vtr_kiosk_stats_get_enabled      (VtrKioskStats       *self);
void           vtr_kiosk_stats_set_enabled      (VtrKioskStats       *self,
                                                 gboolean             enabled);
void           vtr_kiosk_stats_bind_settings    (VtrKioskStats       *self,
                                                 GSettings           *settings);
gboolean       vtr_kiosk_stats_load             (VtrKioskStats       *self,
                                                 GError             **error);
gboolean       vtr_kiosk_stats_save             (VtrKioskStats       *self,
                                                 GError             **error);
char          *vtr_kiosk_stats_to_csv           (VtrKioskStats       *self);
guint64        vtr_kiosk_stats_get_count        (VtrKioskStats       *self,
                                                 const char          *date,
                                                 const char          *measure,
                                                 const char          *item);

void           vtr_kiosk_stats_session_started  (VtrKioskStats       *self,
                                                 const char          *language);
void           vtr_kiosk_stats_session_ended    (VtrKioskStats       *self);
void           vtr_kiosk_stats_language_chosen  (VtrKioskStats       *self,
                                                 const char          *language);
void           vtr_kiosk_stats_exhibit_opened   (VtrKioskStats       *self,
                                                 const char          *exhibit_id);
void           vtr_kiosk_stats_tour_started     (VtrKioskStats       *self,
                                                 const char          *tour_id);
void           vtr_kiosk_stats_watch            (VtrKioskStats       *self,
                                                 VtrKioskController  *controller);

/* What "vitrine --export-stats FILE" does: 0 on success, 1 on failure. */
int            vtr_kiosk_stats_export           (GFile               *from,
                                                 const char          *to,
                                                 FILE                *out,
                                                 FILE                *err);

G_END_DECLS
