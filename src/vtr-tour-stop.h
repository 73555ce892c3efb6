/* vtr-tour-stop.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vtr-item.h"

G_BEGIN_DECLS

typedef enum
{
  VTR_STOP_KIND_EXHIBIT,
  VTR_STOP_KIND_EVENT,
  VTR_STOP_KIND_FIGURE,
} VtrStopKind;

#define VTR_TYPE_TOUR_STOP (vtr_tour_stop_get_type ())

G_DECLARE_FINAL_TYPE (VtrTourStop, vtr_tour_stop, VTR, TOUR_STOP, VtrItem)

VtrStopKind  vtr_tour_stop_get_kind      (VtrTourStop *self);
const char  *vtr_tour_stop_get_target_id (VtrTourStop *self);
const char  *vtr_tour_stop_get_notes     (VtrTourStop *self);
guint        vtr_tour_stop_get_seconds   (VtrTourStop *self);

G_END_DECLS
