/* vtr-tour.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vtr-item.h"

#include "vtr-tour-stop.h"

G_BEGIN_DECLS

typedef enum
{
  VTR_TOUR_PURPOSE_TALK,
  VTR_TOUR_PURPOSE_ATTRACT,
} VtrTourPurpose;

#define VTR_TYPE_TOUR (vtr_tour_get_type ())

G_DECLARE_FINAL_TYPE (VtrTour, vtr_tour, VTR, TOUR, VtrItem)

const char     *vtr_tour_get_id          (VtrTour *self);
const char     *vtr_tour_get_title       (VtrTour *self);
const char     *vtr_tour_get_description (VtrTour *self);
VtrTourPurpose  vtr_tour_get_purpose     (VtrTour *self);
GListModel     *vtr_tour_get_stops       (VtrTour *self);

G_END_DECLS
