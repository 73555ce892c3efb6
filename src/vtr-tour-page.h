/* vtr-tour-page.h: the stops of one tour
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vtr-pack.h"
#include "vtr-tour.h"

G_BEGIN_DECLS

#define VTR_TYPE_TOUR_PAGE (vtr_tour_page_get_type ())

G_DECLARE_FINAL_TYPE (VtrTourPage, vtr_tour_page, VTR, TOUR_PAGE, AdwBin)

GtkWidget *vtr_tour_page_new      (void);
VtrPack   *vtr_tour_page_get_pack (VtrTourPage *self);
void       vtr_tour_page_set_pack (VtrTourPage *self,
                                   VtrPack     *pack);
VtrTour   *vtr_tour_page_get_tour (VtrTourPage *self);
void       vtr_tour_page_set_tour (VtrTourPage *self,
                                   VtrTour     *tour);

G_END_DECLS
