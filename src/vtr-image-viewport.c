/* vtr-image-viewport.c
 *
 * The arithmetic of the image viewer, kept apart from the widget so that it can be tested
 * without a display. The widget draws the image into the rectangle computed here by scaling
 * its snapshot.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-image-viewport.h"

static void
clamp_pan (VtrImageViewport *self)
{
  double scale = vtr_image_viewport_get_scale (self);
  double overflow_x = self->image_width * scale - self->view_width;
  double overflow_y = self->image_height * scale - self->view_height;

  /* An image smaller than the view stays centred; a larger one may move until its edge meets
   * the view's edge, never further, so that the visitor cannot lose it off screen. */
  self->pan_x = overflow_x > 0 ? CLAMP (self->pan_x, -overflow_x / 2, overflow_x / 2) : 0;
  self->pan_y = overflow_y > 0 ? CLAMP (self->pan_y, -overflow_y / 2, overflow_y / 2) : 0;
}

void
vtr_image_viewport_init (VtrImageViewport *self,
                         double            image_width,
                         double            image_height)
{
  g_return_if_fail (self != NULL);

  self->image_width = MAX (image_width, 0);
  self->image_height = MAX (image_height, 0);
  self->zoom = VTR_IMAGE_VIEWPORT_MIN_ZOOM;
  self->pan_x = 0;
  self->pan_y = 0;
}

void
vtr_image_viewport_set_view_size (VtrImageViewport *self,
                                  double            width,
                                  double            height)
{
  g_return_if_fail (self != NULL);

  self->view_width = MAX (width, 0);
  self->view_height = MAX (height, 0);
  clamp_pan (self);
}

/**
 * vtr_image_viewport_get_fit_scale:
 *
 * Returns: the scale at which the whole image fits the view, or 0 when either has no size
 */
double
vtr_image_viewport_get_fit_scale (const VtrImageViewport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  if (self->image_width <= 0 || self->image_height <= 0
      || self->view_width <= 0 || self->view_height <= 0)
    return 0;

  return MIN (self->view_width / self->image_width, self->view_height / self->image_height);
}

double
vtr_image_viewport_get_scale (const VtrImageViewport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return vtr_image_viewport_get_fit_scale (self) * self->zoom;
}

/**
 * vtr_image_viewport_zoom_at:
 * @zoom: the new zoom, clamped to the allowed range
 * @x: the horizontal position in the view that stays put, such as the pointer
 * @y: the vertical position in the view that stays put
 *
 * The point of the image under (@x, @y) is still under it afterwards, as far as the edges of
 * the image allow, so zooming with the pointer or a pinch homes in on what the visitor is
 * looking at.
 */
void
vtr_image_viewport_zoom_at (VtrImageViewport *self,
                            double            zoom,
                            double            x,
                            double            y)
{
  double old_scale, new_scale, anchor_x, anchor_y;

  g_return_if_fail (self != NULL);

  old_scale = vtr_image_viewport_get_scale (self);
  self->zoom = CLAMP (zoom, VTR_IMAGE_VIEWPORT_MIN_ZOOM, VTR_IMAGE_VIEWPORT_MAX_ZOOM);
  new_scale = vtr_image_viewport_get_scale (self);

  if (old_scale > 0 && new_scale > 0)
    {
      anchor_x = x - self->view_width / 2;
      anchor_y = y - self->view_height / 2;
      self->pan_x = anchor_x - (anchor_x - self->pan_x) * new_scale / old_scale;
      self->pan_y = anchor_y - (anchor_y - self->pan_y) * new_scale / old_scale;
    }

  clamp_pan (self);
}

void
vtr_image_viewport_pan_to (VtrImageViewport *self,
                           double            pan_x,
                           double            pan_y)
{
  g_return_if_fail (self != NULL);

  self->pan_x = pan_x;
  self->pan_y = pan_y;
  clamp_pan (self);
}

/**
 * vtr_image_viewport_can_pan:
 *
 * Returns: whether the image is larger than the view in either direction
 */
gboolean
vtr_image_viewport_can_pan (const VtrImageViewport *self)
{
  double scale;

  g_return_val_if_fail (self != NULL, FALSE);

  scale = vtr_image_viewport_get_scale (self);

  /* Allow for rounding: at zoom 1 one side fits the view exactly. */
  return self->image_width * scale > self->view_width + 0.5
         || self->image_height * scale > self->view_height + 0.5;
}

void
vtr_image_viewport_get_image_rect (const VtrImageViewport *self,
                                   double                 *x,
                                   double                 *y,
                                   double                 *width,
                                   double                 *height)
{
  double scale, scaled_width, scaled_height;

  g_return_if_fail (self != NULL);

  scale = vtr_image_viewport_get_scale (self);
  scaled_width = self->image_width * scale;
  scaled_height = self->image_height * scale;

  if (x != NULL)
    *x = (self->view_width - scaled_width) / 2 + self->pan_x;
  if (y != NULL)
    *y = (self->view_height - scaled_height) / 2 + self->pan_y;
  if (width != NULL)
    *width = scaled_width;
  if (height != NULL)
    *height = scaled_height;
}
