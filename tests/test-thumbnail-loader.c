/* test-thumbnail-loader.c: card pictures decoded in worker threads and cached
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-pack-loader.h"
#include "vtr-test-utils.h"
#include "vtr-thumbnail-loader.h"

#define PICTURE "resource://" RESOURCE_BASE "/pack/images/ipv6.svg"

typedef struct
{
  GdkTexture *texture;
  GError     *error;
  gboolean    done;
} Result;

static void
loaded_cb (GObject      *source_object,
           GAsyncResult *async_result,
           gpointer      user_data)
{
  Result *result = user_data;

  result->texture = vtr_thumbnail_load_finish (async_result, &result->error);
  result->done = TRUE;
}

static gboolean
result_is_done (gconstpointer data)
{
  const Result *result = data;

  return result->done;
}

static void
wait_for (Result *result)
{
  g_assert_true (vtr_test_wait_until (result_is_done, result, 10000));
}

static void
result_clear (Result *result)
{
  g_clear_object (&result->texture);
  g_clear_error (&result->error);
}

static void
test_decodes_at_width (void)
{
  g_autoptr(GFile) file = g_file_new_for_uri (PICTURE);
  Result result = { 0 };

  g_assert_null (vtr_thumbnail_lookup (file, 200));
  vtr_thumbnail_load_async (file, 200, NULL, loaded_cb, &result);
  wait_for (&result);

  g_assert_no_error (result.error);
  g_assert_cmpint (gdk_texture_get_width (result.texture), ==, 200);
  /* The picture is 640 by 400, and keeps its proportions. */
  g_assert_cmpint (gdk_texture_get_height (result.texture), ==, 125);
  g_assert_true (vtr_thumbnail_lookup (file, 200) == result.texture);
  g_assert_null (vtr_thumbnail_lookup (file, 300));

  result_clear (&result);
}

static void
test_shares_one_decoding (void)
{
  g_autoptr(GFile) file = g_file_new_for_uri (PICTURE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Result first = { 0 }, second = { 0 }, cancelled = { 0 };

  vtr_thumbnail_load_async (file, 160, NULL, loaded_cb, &first);
  vtr_thumbnail_load_async (file, 160, cancellable, loaded_cb, &cancelled);
  vtr_thumbnail_load_async (file, 160, NULL, loaded_cb, &second);
  g_cancellable_cancel (cancellable);
  wait_for (&first);
  wait_for (&second);
  wait_for (&cancelled);

  g_assert_no_error (first.error);
  g_assert_no_error (second.error);
  g_assert_true (first.texture == second.texture);
  g_assert_error (cancelled.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (cancelled.texture);

  result_clear (&first);
  result_clear (&second);
  result_clear (&cancelled);
}

static void
test_missing_picture (void)
{
  g_autoptr(GFile) file = g_file_new_for_uri ("resource://" RESOURCE_BASE "/pack/images/none.svg");
  Result result = { 0 };

  vtr_thumbnail_load_async (file, 200, NULL, loaded_cb, &result);
  wait_for (&result);

  g_assert_nonnull (result.error);
  g_assert_null (result.texture);
  g_assert_null (vtr_thumbnail_lookup (file, 200));

  result_clear (&result);
}

/* Clearing lets go of what only the cache kept; a picture still in use stays alive. */
static void
test_cache_clear (void)
{
  g_autoptr(GFile) file = g_file_new_for_uri (PICTURE);
  Result result = { 0 };
  GdkTexture *kept;

  vtr_thumbnail_load_async (file, 120, NULL, loaded_cb, &result);
  wait_for (&result);
  g_assert_no_error (result.error);
  kept = result.texture;
  g_object_add_weak_pointer (G_OBJECT (kept), (gpointer *)&kept);
  g_assert_true (vtr_thumbnail_lookup (file, 120) == kept);

  vtr_thumbnail_cache_clear ();
  g_assert_null (vtr_thumbnail_lookup (file, 120));
  g_assert_nonnull (kept);

  result_clear (&result);
  g_assert_null (kept);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  vtr_ensure_resources ();

  g_test_add_func ("/thumbnail-loader/decodes-at-width", test_decodes_at_width);
  g_test_add_func ("/thumbnail-loader/shares-one-decoding", test_shares_one_decoding);
  g_test_add_func ("/thumbnail-loader/missing-picture", test_missing_picture);
  g_test_add_func ("/thumbnail-loader/cache-clear", test_cache_clear);

  return g_test_run ();
}
