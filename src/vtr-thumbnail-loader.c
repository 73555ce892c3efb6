/* vtr-thumbnail-loader.c
 *
 * A grid recycles its cards as it scrolls, and a card that decoded its picture on the main
 * thread each time it was bound would stall scrolling and filtering: an illustrated SVG takes
 * tens of milliseconds to render. Pictures are therefore decoded in worker threads at the size
 * a card needs, and the textures are kept in a cache of bounded size, most recently used
 * first, so that scrolling back or changing the filter finds them again at once.
 *
 * Requests for the same picture while it is being decoded share one decoding. A decoding that
 * nobody waits for any more by the time a worker picks it up is skipped, so that flinging
 * through 10,000 exhibits does not queue 10,000 pictures.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-diagnostic.h"
#include "vtr-thumbnail-loader.h"

/* Enough for every card on a 4K screen, several times over at ordinary sizes. */
#define CACHE_BUDGET_BYTES (64 * 1024 * 1024)

typedef struct
{
  GFile *file;
  int    width;
  char  *key;
} Request;

typedef struct
{
  char      *key;
  GFile     *file;
  int        width;
  GMutex     mutex;
  GPtrArray *waiters;
} Load;

static GHashTable *cache;
static GQueue cache_order = G_QUEUE_INIT;
static gsize cache_bytes;
static GHashTable *pending;

static void join_load (GTask *waiter);

static void
request_free (Request *request)
{
  g_clear_object (&request->file);
  g_clear_pointer (&request->key, g_free);
  g_free (request);
}

static void
load_free (Load *load)
{
  g_clear_pointer (&load->key, g_free);
  g_clear_object (&load->file);
  g_clear_pointer (&load->waiters, g_ptr_array_unref);
  g_mutex_clear (&load->mutex);
  g_free (load);
}

static char *
make_key (GFile *file,
          int    width)
{
  g_autofree char *uri = g_file_get_uri (file);

  return g_strdup_printf ("%d %s", width, uri);
}

static gsize
texture_bytes (GdkTexture *texture)
{
  return (gsize) gdk_texture_get_width (texture) * gdk_texture_get_height (texture) * 4;
}

static void
ensure_tables (void)
{
  if (cache != NULL)
    return;

  cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  pending = g_hash_table_new (g_str_hash, g_str_equal);
}

static void
cache_insert (const char *key,
              GdkTexture *texture)
{
  GdkTexture *previous = g_hash_table_lookup (cache, key);

  if (previous != NULL)
    return;

  g_hash_table_insert (cache, g_strdup (key), g_object_ref (texture));
  g_queue_push_head (&cache_order, g_strdup (key));
  cache_bytes += texture_bytes (texture);

  /* The newest texture always stays, even if it alone is over the budget. */
  while (cache_bytes > CACHE_BUDGET_BYTES && g_queue_get_length (&cache_order) > 1)
    {
      g_autofree char *oldest = g_queue_pop_tail (&cache_order);

      cache_bytes -= texture_bytes (g_hash_table_lookup (cache, oldest));
      g_hash_table_remove (cache, oldest);
    }
}

typedef struct
{
  int       width;
  gboolean  upscale;
  gboolean  refused;
} Decoding;

/* Chooses the size to decode at as soon as the picture's own size is known, and refuses a
 * bitmap with more pixels than the limit before its pixels are decoded. A vector picture has
 * no such limit: it is drawn at the size asked for, whatever size it claims. */
static void
size_prepared_cb (GdkPixbufLoader *loader,
                  int              width,
                  int              height,
                  gpointer         user_data)
{
  Decoding *decoding = user_data;
  GdkPixbufFormat *format = gdk_pixbuf_loader_get_format (loader);
  gboolean scalable = format != NULL && gdk_pixbuf_format_is_scalable (format);
  int target_width;

  if (width <= 0 || height <= 0)
    return;

  if (!scalable && (gint64)width * height > VTR_IMAGE_MAX_PIXELS)
    {
      /* A size of zero tells the decoder to stop before it allocates the pixels. */
      decoding->refused = TRUE;
      gdk_pixbuf_loader_set_size (loader, 0, 0);
      return;
    }

  target_width = decoding->upscale ? decoding->width : MIN (width, decoding->width);
  gdk_pixbuf_loader_set_size (loader, target_width,
                              MAX (1, (int)((gint64)height * target_width / width)));
}

/* Decodes @file at @width (or at its own width, when narrower and @upscale is not set),
 * within the limits on file size and pixel count. */
static GdkPixbuf *
decode_file (GFile         *file,
             int            width,
             gboolean       upscale,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GdkPixbufLoader) loader = NULL;
  g_autoptr(GError) local_error = NULL;
  Decoding decoding = { width, upscale, FALSE };
  guint8 buffer[65536];
  gsize total = 0;
  GdkPixbuf *pixbuf;

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable,
                                         NULL);
  if (info != NULL && g_file_info_get_size (info) > VTR_IMAGE_MAX_FILE_SIZE)
    {
      g_set_error (error, VTR_PACK_ERROR, VTR_PACK_ERROR_TOO_LARGE,
                   _("the picture is larger than the limit of %u MB"),
                   VTR_IMAGE_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  loader = gdk_pixbuf_loader_new ();
  g_signal_connect (loader, "size-prepared", G_CALLBACK (size_prepared_cb), &decoding);

  while (!decoding.refused)
    {
      gssize n_read = g_input_stream_read (G_INPUT_STREAM (stream), buffer, sizeof buffer,
                                           cancellable, error);

      if (n_read < 0)
        {
          gdk_pixbuf_loader_close (loader, NULL);
          return NULL;
        }
      if (n_read == 0)
        break;

      /* The size was checked above; this also holds for a file that grows while read. */
      total += n_read;
      if (total > VTR_IMAGE_MAX_FILE_SIZE)
        {
          gdk_pixbuf_loader_close (loader, NULL);
          g_set_error (error, VTR_PACK_ERROR, VTR_PACK_ERROR_TOO_LARGE,
                       _("the picture is larger than the limit of %u MB"),
                       VTR_IMAGE_MAX_FILE_SIZE / (1024 * 1024));
          return NULL;
        }

      if (!gdk_pixbuf_loader_write (loader, buffer, n_read, &local_error))
        break;
    }

  /* Closing finishes a vector picture, which is drawn only once all of it is there. */
  if (!gdk_pixbuf_loader_close (loader, local_error == NULL ? &local_error : NULL) &&
      local_error == NULL && !decoding.refused)
    g_set_error_literal (&local_error, VTR_PACK_ERROR, VTR_PACK_ERROR_INVALID_IMAGE,
                         _("the picture cannot be read"));

  if (decoding.refused)
    {
      g_set_error (error, VTR_PACK_ERROR, VTR_PACK_ERROR_TOO_LARGE,
                   _("the picture has more than the limit of %u million pixels"),
                   VTR_IMAGE_MAX_PIXELS / 1000000);
      return NULL;
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  pixbuf = gdk_pixbuf_loader_get_pixbuf (loader);
  if (pixbuf == NULL)
    {
      g_set_error_literal (error, VTR_PACK_ERROR, VTR_PACK_ERROR_INVALID_IMAGE,
                           _("the picture cannot be read"));
      return NULL;
    }

  return g_object_ref (pixbuf);
}

static void
decode_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Load *load = task_data;
  g_autoptr(GError) error = NULL;
  GdkPixbuf *pixbuf;
  gboolean wanted = FALSE;

  g_mutex_lock (&load->mutex);
  for (guint i = 0; i < load->waiters->len && !wanted; i++)
    wanted = !g_cancellable_is_cancelled (g_task_get_cancellable (load->waiters->pdata[i]));
  g_mutex_unlock (&load->mutex);

  if (!wanted)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               "Nobody waits for this picture any more");
      return;
    }

  pixbuf = decode_file (load->file, load->width, TRUE, NULL, &error);
  if (pixbuf == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, pixbuf, g_object_unref);
}

static void
load_done_cb (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Load *load = g_task_get_task_data (G_TASK (result));
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GPtrArray) waiters = NULL;
  g_autoptr(GError) error = NULL;

  pixbuf = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_hash_table_lookup (pending, load->key) == load)
    g_hash_table_remove (pending, load->key);

  if (pixbuf != NULL)
    {
      texture = gdk_texture_new_for_pixbuf (pixbuf);
      cache_insert (load->key, texture);
    }

  g_mutex_lock (&load->mutex);
  waiters = g_steal_pointer (&load->waiters);
  load->waiters = g_ptr_array_new_with_free_func (g_object_unref);
  g_mutex_unlock (&load->mutex);

  for (guint i = 0; i < waiters->len; i++)
    {
      GTask *waiter = waiters->pdata[i];

      if (g_task_return_error_if_cancelled (waiter))
        continue;

      if (texture != NULL)
        g_task_return_pointer (waiter, g_object_ref (texture), g_object_unref);
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        /* It joined after the worker had decided that nobody wanted the picture. */
        join_load (g_object_ref (waiter));
      else
        g_task_return_error (waiter, g_error_copy (error));
    }
}

/* Takes ownership of @waiter. */
static void
join_load (GTask *waiter)
{
  Request *request = g_task_get_task_data (waiter);
  Load *load = g_hash_table_lookup (pending, request->key);
  g_autoptr(GTask) decoding = NULL;

  if (load != NULL)
    {
      g_mutex_lock (&load->mutex);
      g_ptr_array_add (load->waiters, waiter);
      g_mutex_unlock (&load->mutex);
      return;
    }

  load = g_new0 (Load, 1);
  load->key = g_strdup (request->key);
  load->file = g_object_ref (request->file);
  load->width = request->width;
  load->waiters = g_ptr_array_new_with_free_func (g_object_unref);
  g_mutex_init (&load->mutex);
  g_ptr_array_add (load->waiters, waiter);
  g_hash_table_insert (pending, load->key, load);

  decoding = g_task_new (NULL, NULL, load_done_cb, NULL);
  g_task_set_source_tag (decoding, join_load);
  g_task_set_task_data (decoding, load, (GDestroyNotify) load_free);
  g_task_run_in_thread (decoding, decode_thread);
}

/**
 * vtr_thumbnail_lookup:
 * @width: the width in pixels the picture is wanted at
 *
 * Returns: (transfer none) (nullable): the picture, if it is at hand already
 */
GdkTexture *
vtr_thumbnail_lookup (GFile *file,
                      int    width)
{
  g_autofree char *key = NULL;
  GList *link;
  GdkTexture *texture;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (width != 0, NULL);

  ensure_tables ();
  key = make_key (file, width);
  texture = g_hash_table_lookup (cache, key);
  if (texture == NULL)
    return NULL;

  link = g_queue_find_custom (&cache_order, key, (GCompareFunc) g_strcmp0);
  g_queue_unlink (&cache_order, link);
  g_queue_push_head_link (&cache_order, link);

  return texture;
}

/**
 * vtr_thumbnail_load_async:
 * @file: a picture in any format gdk-pixbuf reads
 * @width: the width in pixels to decode the picture at; the height keeps its proportions
 * @cancellable: (nullable): cancel this to tell that the picture is no longer wanted
 *
 * Gets the picture from the cache, or decodes it in a worker thread. Must be called from the
 * main thread.
 */
void
vtr_thumbnail_load_async (GFile               *file,
                          int                  width,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Request *request;
  GdkTexture *texture;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (width > 0);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, vtr_thumbnail_load_async);

  texture = vtr_thumbnail_lookup (file, width);
  if (texture != NULL)
    {
      g_task_return_pointer (task, g_object_ref (texture), g_object_unref);
      return;
    }

  request = g_new0 (Request, 1);
  request->file = g_object_ref (file);
  request->width = width;
  request->key = make_key (file, width);
  g_task_set_task_data (task, request, (GDestroyNotify) request_free);

  join_load (g_steal_pointer (&task));
}

/**
 * vtr_thumbnail_load_finish:
 *
 * Returns: (transfer full): the picture, or %NULL with @error set
 */
GdkTexture *
vtr_thumbnail_load_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * vtr_thumbnail_load_bounded:
 * @file: a picture in any format gdk-pixbuf reads
 * @max_width: the widest, in pixels, to decode the picture at
 *
 * Decodes a picture on the calling thread, at its own size but no wider than @max_width, and
 * keeps it in the cache. Unlike gtk_picture_set_file(), which decodes a picture at whatever size
 * the file claims, this never spends more memory than the limits allow: an SVG that claims to
 * be 30,000 pixels wide is drawn at @max_width.
 *
 * Returns: (transfer full): the picture, or %NULL with @error set
 */
GdkTexture *
vtr_thumbnail_load_bounded (GFile   *file,
                            int      max_width,
                            GError **error)
{
  g_autofree char *key = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  GdkTexture *texture;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (max_width > 0, NULL);

  ensure_tables ();

  /* A negative width in the key keeps these apart from thumbnails decoded at exactly a width. */
  texture = vtr_thumbnail_lookup (file, -max_width);
  if (texture != NULL)
    return g_object_ref (texture);

  pixbuf = decode_file (file, max_width, FALSE, NULL, error);
  if (pixbuf == NULL)
    return NULL;

  texture = gdk_texture_new_for_pixbuf (pixbuf);
  key = make_key (file, -max_width);
  cache_insert (key, texture);

  return texture;
}

/**
 * vtr_thumbnail_set_picture:
 * @picture: the picture widget
 * @file: (nullable): the picture file, or %NULL to show nothing
 * @max_width: the widest, in pixels, to decode the picture at
 *
 * Shows @file in @picture through vtr_thumbnail_load_bounded(). A picture that cannot be shown
 * leaves @picture empty; the validator has already told the curator about files that are not
 * pictures, and a picture that is broken in a way only decoding finds is logged.
 */
void
vtr_thumbnail_set_picture (GtkPicture *picture,
                           GFile      *file,
                           int         max_width)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (GTK_IS_PICTURE (picture));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (file != NULL)
    {
      texture = vtr_thumbnail_load_bounded (file, max_width, &error);
      if (texture == NULL)
        {
          g_autofree char *uri = g_file_get_uri (file);

          g_message ("Cannot show the picture %s: %s", uri, error->message);
        }
    }

  gtk_picture_set_paintable (picture, GDK_PAINTABLE (texture));
}

/**
 * vtr_thumbnail_cache_clear:
 *
 * Lets go of every picture the cache keeps. Pictures on screen stay, held by their widgets;
 * what the cache alone kept is freed, so that a count of live objects afterwards shows what
 * the widgets hold rather than how full the cache happens to be.
 */
void
vtr_thumbnail_cache_clear (void)
{
  ensure_tables ();
  g_queue_clear_full (&cache_order, g_free);
  g_hash_table_remove_all (cache);
  cache_bytes = 0;
}
