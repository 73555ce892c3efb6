/* test-image-viewport.c: the zoom and pan arithmetic of the image viewer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-image-viewport.h"

#define EPSILON 1e-6

static void
new_viewport (VtrImageViewport *viewport)
{
  vtr_image_viewport_init (viewport, 640, 400);
  vtr_image_viewport_set_view_size (viewport, 1280, 1000);
}

/* The point of the image, in image pixels, that lies under (@x, @y) of the view. */
static void
image_point_at (const VtrImageViewport *viewport,
                double                  x,
                double                  y,
                double                 *image_x,
                double                 *image_y)
{
  double left, top, width, height;

  vtr_image_viewport_get_image_rect (viewport, &left, &top, &width, &height);
  *image_x = (x - left) / vtr_image_viewport_get_scale (viewport);
  *image_y = (y - top) / vtr_image_viewport_get_scale (viewport);
}

static void
test_fits_and_centres (void)
{
  VtrImageViewport viewport;
  double x, y, width, height;

  new_viewport (&viewport);

  /* Width limits: 1280 / 640 = 2, where the height would allow 2.5. */
  g_assert_cmpfloat_with_epsilon (vtr_image_viewport_get_fit_scale (&viewport), 2, EPSILON);
  vtr_image_viewport_get_image_rect (&viewport, &x, &y, &width, &height);
  g_assert_cmpfloat_with_epsilon (x, 0, EPSILON);
  g_assert_cmpfloat_with_epsilon (width, 1280, EPSILON);
  g_assert_cmpfloat_with_epsilon (height, 800, EPSILON);
  g_assert_cmpfloat_with_epsilon (y, 100, EPSILON);

  /* A phone: 360 / 640. */
  vtr_image_viewport_set_view_size (&viewport, 360, 700);
  g_assert_cmpfloat_with_epsilon (vtr_image_viewport_get_scale (&viewport), 0.5625, EPSILON);
  g_assert_false (vtr_image_viewport_can_pan (&viewport));
}

static void
test_no_size (void)
{
  VtrImageViewport viewport;
  double width = -1;

  vtr_image_viewport_init (&viewport, 0, 0);
  vtr_image_viewport_set_view_size (&viewport, 800, 600);
  vtr_image_viewport_zoom_at (&viewport, 4, 10, 10);
  vtr_image_viewport_get_image_rect (&viewport, NULL, NULL, &width, NULL);

  g_assert_cmpfloat (vtr_image_viewport_get_scale (&viewport), ==, 0);
  g_assert_cmpfloat (width, ==, 0);
  g_assert_cmpfloat (viewport.pan_x, ==, 0);
  g_assert_false (vtr_image_viewport_can_pan (&viewport));
}

static void
test_zoom_is_clamped (void)
{
  VtrImageViewport viewport;

  new_viewport (&viewport);

  vtr_image_viewport_zoom_at (&viewport, 100, 640, 500);
  g_assert_cmpfloat (viewport.zoom, ==, VTR_IMAGE_VIEWPORT_MAX_ZOOM);

  vtr_image_viewport_zoom_at (&viewport, 0.1, 640, 500);
  g_assert_cmpfloat (viewport.zoom, ==, VTR_IMAGE_VIEWPORT_MIN_ZOOM);
  g_assert_cmpfloat (viewport.pan_x, ==, 0);
  g_assert_cmpfloat (viewport.pan_y, ==, 0);
}

static void
test_zoom_keeps_point (void)
{
  VtrImageViewport viewport;
  double before_x, before_y, after_x, after_y;

  new_viewport (&viewport);

  /* A point well inside the image, so that the edges do not get in the way. */
  image_point_at (&viewport, 500, 450, &before_x, &before_y);
  vtr_image_viewport_zoom_at (&viewport, 2, 500, 450);
  image_point_at (&viewport, 500, 450, &after_x, &after_y);

  g_assert_cmpfloat (viewport.zoom, ==, 2);
  g_assert_cmpfloat_with_epsilon (after_x, before_x, EPSILON);
  g_assert_cmpfloat_with_epsilon (after_y, before_y, EPSILON);

  /* And again from there, zooming further. */
  image_point_at (&viewport, 300, 600, &before_x, &before_y);
  vtr_image_viewport_zoom_at (&viewport, 3, 300, 600);
  image_point_at (&viewport, 300, 600, &after_x, &after_y);
  g_assert_cmpfloat_with_epsilon (after_x, before_x, EPSILON);
  g_assert_cmpfloat_with_epsilon (after_y, before_y, EPSILON);
}

static void
test_pan_is_clamped (void)
{
  VtrImageViewport viewport;
  double x, y, width, height;

  new_viewport (&viewport);

  /* At zoom 1 the whole image shows: nothing to pan. */
  vtr_image_viewport_pan_to (&viewport, 300, 300);
  g_assert_cmpfloat (viewport.pan_x, ==, 0);
  g_assert_cmpfloat (viewport.pan_y, ==, 0);
  g_assert_false (vtr_image_viewport_can_pan (&viewport));

  /* At zoom 2 the image is 2560 × 1600 in a 1280 × 1000 view. */
  vtr_image_viewport_zoom_at (&viewport, 2, 640, 500);
  g_assert_true (vtr_image_viewport_can_pan (&viewport));
  vtr_image_viewport_pan_to (&viewport, 5000, -5000);
  g_assert_cmpfloat_with_epsilon (viewport.pan_x, 640, EPSILON);
  g_assert_cmpfloat_with_epsilon (viewport.pan_y, -300, EPSILON);

  /* The image's edges meet the view's edges, and no further. */
  vtr_image_viewport_get_image_rect (&viewport, &x, &y, &width, &height);
  g_assert_cmpfloat_with_epsilon (x, 0, EPSILON);
  g_assert_cmpfloat_with_epsilon (y + height, 1000, EPSILON);
}

static void
test_resize_reclamps (void)
{
  VtrImageViewport viewport;

  new_viewport (&viewport);
  vtr_image_viewport_zoom_at (&viewport, 2, 640, 500);
  vtr_image_viewport_pan_to (&viewport, 640, 300);

  /* A wide, low view: the image now fits it at scale 1, so at zoom 2 it is 1280 × 800. Its
   * width fits exactly and may not move; its height may move by 200 either way. */
  vtr_image_viewport_set_view_size (&viewport, 1280, 400);
  g_assert_cmpfloat (viewport.zoom, ==, 2);
  g_assert_cmpfloat_with_epsilon (viewport.pan_x, 0, EPSILON);
  g_assert_cmpfloat_with_epsilon (viewport.pan_y, 200, EPSILON);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/image-viewport/fits-and-centres", test_fits_and_centres);
  g_test_add_func ("/image-viewport/no-size", test_no_size);
  g_test_add_func ("/image-viewport/zoom-is-clamped", test_zoom_is_clamped);
  g_test_add_func ("/image-viewport/zoom-keeps-point", test_zoom_keeps_point);
  g_test_add_func ("/image-viewport/pan-is-clamped", test_pan_is_clamped);
  g_test_add_func ("/image-viewport/resize-reclamps", test_resize_reclamps);

  return g_test_run ();
}
