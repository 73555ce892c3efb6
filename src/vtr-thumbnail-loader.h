/* vtr-thumbnail-loader.h: pictures for cards, decoded off the main thread and kept for reuse
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GdkTexture *vtr_thumbnail_lookup      (GFile                *file,
                                       int                   width);
void        vtr_thumbnail_load_async  (GFile                *file,
                                       int                   width,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
GdkTexture *vtr_thumbnail_load_finish (GAsyncResult         *result,
                                       GError              **error);

G_END_DECLS
