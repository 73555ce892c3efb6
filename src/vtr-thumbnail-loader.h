/* vtr-thumbnail-loader.h: pictures for cards, decoded off the main thread and kept for reuse
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The largest picture file a pack may show. A photograph for a 4K screen is under 10 MB. */
#define VTR_IMAGE_MAX_FILE_SIZE (32 * 1024 * 1024)

/* The most pixels of a bitmap picture (PNG, JPEG...): 50 million, such as 8,660 x 5,773. Its
 * decoded pixels take 200 MB. Vector pictures are drawn at the size needed instead. */
#define VTR_IMAGE_MAX_PIXELS (50 * 1000 * 1000)

/* The widest a detail page decodes its picture at: wide enough for the image viewer's zoom on
 * a large screen, and at most 25 MB of pixels for a square picture. */
#define VTR_PICTURE_MAX_WIDTH 2560

GdkTexture *vtr_thumbnail_lookup      (GFile                *file,
                                       int                   width);
void        vtr_thumbnail_load_async  (GFile                *file,
                                       int                   width,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
GdkTexture *vtr_thumbnail_load_finish (GAsyncResult         *result,
                                       GError              **error);
GdkTexture *vtr_thumbnail_load_bounded (GFile               *file,
                                        int                  max_width,
                                        GError             **error);
void        vtr_thumbnail_set_picture  (GtkPicture          *picture,
                                        GFile               *file,
                                        int                  max_width);
void        vtr_thumbnail_cache_clear  (void);

G_END_DECLS
