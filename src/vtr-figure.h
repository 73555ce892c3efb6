/* vtr-figure.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vtr-item.h"

G_BEGIN_DECLS

typedef enum
{
  VTR_FIGURE_QUALIFIER_EXACT,
  VTR_FIGURE_QUALIFIER_APPROXIMATE,
  VTR_FIGURE_QUALIFIER_AT_LEAST,
} VtrFigureQualifier;

#define VTR_TYPE_FIGURE (vtr_figure_get_type ())

G_DECLARE_FINAL_TYPE (VtrFigure, vtr_figure, VTR, FIGURE, VtrItem)

const char         *vtr_figure_get_id        (VtrFigure *self);
double              vtr_figure_get_value     (VtrFigure *self);
const char         *vtr_figure_get_unit      (VtrFigure *self);
const char         *vtr_figure_get_label     (VtrFigure *self);
VtrFigureQualifier  vtr_figure_get_qualifier (VtrFigure *self);
GListModel         *vtr_figure_get_sources   (VtrFigure *self);

G_END_DECLS
