/* vtr-show-stage.h: one tour stop at stage scale, scaled to whatever size it gets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vtr-pack.h"

G_BEGIN_DECLS

/* A stage is laid out at this size, then scaled to fit: a projector, a preview and a 4K screen
 * show the same picture. */
#define VTR_SHOW_STAGE_WIDTH 1920
#define VTR_SHOW_STAGE_HEIGHT 1080

#define VTR_TYPE_SHOW_STAGE (vtr_show_stage_get_type ())

G_DECLARE_FINAL_TYPE (VtrShowStage, vtr_show_stage, VTR, SHOW_STAGE, GtkWidget)

GtkWidget   *vtr_show_stage_new       (void);
void         vtr_show_stage_set_stop  (VtrShowStage *self,
                                       VtrPack      *pack,
                                       VtrTourStop  *stop,
                                       int           direction);
VtrTourStop *vtr_show_stage_get_stop  (VtrShowStage *self);
const char  *vtr_show_stage_get_title (VtrShowStage *self);
char        *vtr_show_describe_stop   (VtrPack      *pack,
                                       VtrTourStop  *stop);

G_END_DECLS
