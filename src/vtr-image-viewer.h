/* vtr-image-viewer.h: an exhibit's picture, full screen, to zoom into and pan around
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VTR_TYPE_IMAGE_VIEWER (vtr_image_viewer_get_type ())

G_DECLARE_FINAL_TYPE (VtrImageViewer, vtr_image_viewer, VTR, IMAGE_VIEWER, GtkWidget)

GtkWidget    *vtr_image_viewer_new                  (void);
GdkPaintable *vtr_image_viewer_get_paintable        (VtrImageViewer *self);
void          vtr_image_viewer_set_paintable        (VtrImageViewer *self,
                                                     GdkPaintable   *paintable);
const char   *vtr_image_viewer_get_alternative_text (VtrImageViewer *self);
void          vtr_image_viewer_set_alternative_text (VtrImageViewer *self,
                                                     const char     *alternative_text);
double        vtr_image_viewer_get_zoom             (VtrImageViewer *self);
void          vtr_image_viewer_set_zoom             (VtrImageViewer *self,
                                                     double          zoom);
GtkWindow    *vtr_image_viewer_open                 (GtkWidget      *parent,
                                                     GdkPaintable   *paintable,
                                                     const char     *alternative_text);

G_END_DECLS
