/* vtr-image-viewport.h: where a zoomed and panned image lies in the image viewer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define VTR_IMAGE_VIEWPORT_MIN_ZOOM 1.0
#define VTR_IMAGE_VIEWPORT_MAX_ZOOM 8.0
#define VTR_IMAGE_VIEWPORT_ZOOM_STEP G_SQRT2

/* Zoom 1 shows the whole image as large as the view allows. The pan is the offset of the
 * image's centre from the view's centre, in view pixels. */
typedef struct
{
  double view_width;
  double view_height;
  double image_width;
  double image_height;
  double zoom;
  double pan_x;
  double pan_y;
} VtrImageViewport;

void     vtr_image_viewport_init           (VtrImageViewport       *self,
                                            double                  image_width,
                                            double                  image_height);
void     vtr_image_viewport_set_view_size  (VtrImageViewport       *self,
                                            double                  width,
                                            double                  height);
double   vtr_image_viewport_get_fit_scale  (const VtrImageViewport *self);
double   vtr_image_viewport_get_scale      (const VtrImageViewport *self);
void     vtr_image_viewport_zoom_at        (VtrImageViewport       *self,
                                            double                  zoom,
                                            double                  x,
                                            double                  y);
void     vtr_image_viewport_pan_to         (VtrImageViewport       *self,
                                            double                  pan_x,
                                            double                  pan_y);
gboolean vtr_image_viewport_can_pan        (const VtrImageViewport *self);
void     vtr_image_viewport_get_image_rect (const VtrImageViewport *self,
                                            double                 *x,
                                            double                 *y,
                                            double                 *width,
                                            double                 *height);

G_END_DECLS
