/* test-fuzz-corpus.c: the fuzz corpus replayed without libFuzzer
 *
 * Every input in tests/fuzz/corpus/ goes through the same code as the fuzz target
 * (fuzz-pack.c), which asserts the loader's promises on each. Inputs that once crashed or
 * broke a promise are kept there as regressions, named after what they found.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "vtr-fuzz-pack.h"

static void
test_replay (gconstpointer data)
{
  const char *path = data;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  vtr_fuzz_pack_run ((const guint8 *)contents, length);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char **)a, *(const char **)b);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *corpus = NULL;
  g_autofree char *source_dir = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  const char *entry;
  int status;

  g_test_init (&argc, &argv, NULL);

  corpus = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus", NULL);
  source_dir = g_test_build_filename (G_TEST_DIST, "..", NULL);
  dir = g_dir_open (corpus, 0, NULL);
  g_assert_nonnull (dir);

  while ((entry = g_dir_read_name (dir)) != NULL)
    {
      if (!g_str_has_prefix (entry, "."))
        g_ptr_array_add (paths, g_build_filename (corpus, entry, NULL));
    }
  g_ptr_array_sort (paths, compare_strings);

  /* An empty folder would pass without replaying anything. */
  g_assert_cmpuint (paths->len, >=, 5);

  vtr_fuzz_pack_init (source_dir);

  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *base = g_path_get_basename (paths->pdata[i]);
      g_autofree char *test_path = g_strdup_printf ("/fuzz/corpus/%s", base);

      g_test_add_data_func (test_path, paths->pdata[i], test_replay);
    }

  status = g_test_run ();
  remove_tree (vtr_fuzz_pack_get_folder ());

  return status;
}
