/* vtr-figure-tile.h: one key figure as a large number
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vtr-figure.h"

G_BEGIN_DECLS

#define VTR_TYPE_FIGURE_TILE (vtr_figure_tile_get_type ())

G_DECLARE_FINAL_TYPE (VtrFigureTile, vtr_figure_tile, VTR, FIGURE_TILE, AdwBin)

GtkWidget *vtr_figure_tile_new                 (void);
VtrFigure *vtr_figure_tile_get_figure          (VtrFigureTile *self);
void       vtr_figure_tile_set_figure          (VtrFigureTile *self,
                                                VtrFigure     *figure);
char      *vtr_figure_tile_dup_accessible_text (VtrFigure     *figure);

G_END_DECLS
