/* test-content-manager.c: a bad pack folder never replaces good content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "vtr-content-manager.h"
#include "vtr-diagnostic.h"
#include "vtr-test-utils.h"

static void
test_bad_folder_falls_back_to_builtin (void)
{
  g_autoptr(VtrContentManager) content = vtr_content_manager_new ();
  g_autoptr(GFile) broken = vtr_test_source_file ("data/broken/missing-image");
  g_autoptr(VtrDiagnostic) first = NULL;

  g_assert_false (vtr_content_manager_open_folder (content, broken));

  g_assert_nonnull (vtr_content_manager_get_pack (content));
  g_assert_true (vtr_pack_is_builtin (vtr_content_manager_get_pack (content)));
  g_assert_true (g_file_equal (vtr_content_manager_get_rejected_folder (content), broken));
  g_assert_nonnull (vtr_content_manager_get_problem (content));
  g_assert_cmpuint (g_list_model_get_n_items (vtr_content_manager_get_diagnostics (content)),
                    >=, 1);

  first = g_list_model_get_item (vtr_content_manager_get_diagnostics (content), 0);
  g_assert_cmpint (vtr_diagnostic_get_code (first), ==, VTR_PACK_ERROR_MISSING_IMAGE);
}

static void
test_missing_folder_falls_back_to_builtin (void)
{
  g_autoptr(VtrContentManager) content = vtr_content_manager_new ();
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/vitrine");

  g_assert_false (vtr_content_manager_open_folder (content, missing));
  g_assert_true (vtr_pack_is_builtin (vtr_content_manager_get_pack (content)));
  g_assert_nonnull (vtr_content_manager_get_problem (content));
}

static void
test_bad_folder_keeps_good_content (void)
{
  g_autoptr(VtrContentManager) content = vtr_content_manager_new ();
  g_autoptr(GFile) good = vtr_test_source_file ("data/minimal");
  g_autoptr(GFile) broken = vtr_test_source_file ("data/broken/syntax-trailing-comma");
  VtrPack *shown;

  g_assert_true (vtr_content_manager_open_folder (content, good));
  shown = vtr_content_manager_get_pack (content);
  g_assert_cmpstr (vtr_pack_get_id (shown), ==, "minimal-test");
  g_assert_null (vtr_content_manager_get_problem (content));

  g_assert_false (vtr_content_manager_open_folder (content, broken));
  g_assert_true (vtr_content_manager_get_pack (content) == shown);
  g_assert_nonnull (vtr_content_manager_get_problem (content));

  /* Opening a good folder again clears the complaint. */
  g_assert_true (vtr_content_manager_open_folder (content, good));
  g_assert_null (vtr_content_manager_get_problem (content));
  g_assert_null (vtr_content_manager_get_rejected_folder (content));
  g_assert_cmpuint (g_list_model_get_n_items (vtr_content_manager_get_diagnostics (content)),
                    ==, 0);
}

static void
test_pack_notifies (void)
{
  g_autoptr(VtrContentManager) content = vtr_content_manager_new ();
  g_autoptr(GError) error = NULL;
  guint count = 0;

  g_signal_connect (content, "notify::pack", G_CALLBACK (vtr_test_count_cb), &count);
  g_assert_true (vtr_content_manager_open_builtin (content, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 1);
}

static void
copy_tree (GFile *source,
           GFile *target)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GError) error = NULL;
  GFileInfo *info;

  g_file_make_directory_with_parents (target, NULL, NULL);
  children = g_file_enumerate_children (source, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, &error);
  g_assert_no_error (error);

  while ((info = g_file_enumerator_next_file (children, NULL, &error)) != NULL)
    {
      g_autoptr(GFileInfo) owned = info;
      g_autoptr(GFile) from = g_file_get_child (source, g_file_info_get_name (owned));
      g_autoptr(GFile) to = g_file_get_child (target, g_file_info_get_name (owned));

      if (g_file_info_get_file_type (owned) == G_FILE_TYPE_DIRECTORY)
        copy_tree (from, to);
      else
        g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
    }
}

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autoptr(GFileInfo) owned = info;
      g_autoptr(GFile) child = g_file_get_child (file, g_file_info_get_name (owned));

      if (g_file_info_get_file_type (owned) == G_FILE_TYPE_DIRECTORY)
        remove_tree (child);
      else
        g_file_delete (child, NULL, NULL);
    }
  g_file_delete (file, NULL, NULL);
}

static void
replace_in_file (GFile      *folder,
                 const char *name,
                 const char *from,
                 const char *to)
{
  g_autoptr(GFile) file = g_file_get_child (folder, name);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) edited = NULL;

  g_file_load_contents (file, NULL, &text, NULL, NULL, &error);
  g_assert_no_error (error);
  edited = g_string_new (text);
  g_assert_cmpuint (g_string_replace (edited, from, to, 1), ==, 1);
  g_file_replace_contents (file, edited->str, edited->len, NULL, FALSE,
                           G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_assert_no_error (error);
}

typedef struct {
  guint  packs;
  guint  failures;
  char  *last_failure;
} Events;

static void
pack_notified_cb (GObject    *object,
                  GParamSpec *pspec,
                  Events     *events)
{
  events->packs++;
}

static void
reload_failed_cb (VtrContentManager *content,
                  const char        *message,
                  Events            *events)
{
  events->failures++;
  g_free (events->last_failure);
  events->last_failure = g_strdup (message);
}

static void
test_watched_folder_reloads (void)
{
  g_autoptr(VtrContentManager) content = vtr_content_manager_new ();
  g_autoptr(GFile) source = vtr_test_source_file ("data/minimal");
  g_autofree char *temp = g_dir_make_tmp ("vitrine-watch-XXXXXX", NULL);
  g_autoptr(GFile) folder = g_file_new_build_filename (temp, "pack", NULL);
  Events events = { 0 };
  VtrPack *before;

  copy_tree (source, folder);
  g_assert_true (vtr_content_manager_open_folder (content, folder));
  g_signal_connect (content, "notify::pack", G_CALLBACK (pack_notified_cb), &events);
  g_signal_connect (content, "reload-failed", G_CALLBACK (reload_failed_cb), &events);

  /* A good edit is shown. */
  replace_in_file (folder, "pack.json", "\"Minimal", "\"Edited minimal");
  g_assert_true (vtr_test_wait_for_count (&events.packs, 1, 10000));
  g_assert_true (g_str_has_prefix (vtr_pack_get_title (vtr_content_manager_get_pack (content)),
                                   "Edited minimal"));

  /* A broken edit keeps the last good pack and says what is wrong, with its place. */
  before = vtr_content_manager_get_pack (content);
  replace_in_file (folder, "exhibits.json", "\"exhibits\"", "\"exhibits\" ,,");
  g_assert_true (vtr_test_wait_for_count (&events.failures, 1, 10000));
  g_assert_true (vtr_content_manager_get_pack (content) == before);
  g_assert_true (g_str_has_prefix (events.last_failure, "exhibits.json:"));

  /* Mending it brings the edit in. */
  replace_in_file (folder, "exhibits.json", "\"exhibits\" ,,", "\"exhibits\"");
  g_assert_true (vtr_test_wait_for_count (&events.packs, 2, 10000));

  /* The folder vanishing keeps the content; its return is noticed. */
  remove_tree (folder);
  g_assert_true (vtr_test_wait_for_count (&events.failures, 2, 10000));
  g_assert_nonnull (vtr_content_manager_get_pack (content));
  copy_tree (source, folder);
  g_assert_true (vtr_test_wait_for_count (&events.packs, 3, 10000));
  g_assert_cmpstr (vtr_pack_get_id (vtr_content_manager_get_pack (content)), ==, "minimal-test");

  remove_tree (folder);
  g_rmdir (temp);
  g_free (events.last_failure);
}

static void
checked_pack_notified_cb (VtrContentManager *content,
                          GParamSpec        *pspec,
                          Events            *events)
{
  VtrPack *pack = vtr_content_manager_get_pack (content);

  /* Whatever happens to the folder, only a whole, valid pack is ever put on show. */
  g_assert_nonnull (pack);
  g_assert_cmpstr (vtr_pack_get_id (pack), ==, "minimal-test");
  g_assert_cmpuint (g_list_model_get_n_items (vtr_pack_get_exhibits (pack)), ==, 3);
  events->packs++;
}

typedef struct {
  const Events *events;
  const char   *prefix;
  guint         after;
} FailureTarget;

static gboolean
failure_seen (gconstpointer data)
{
  const FailureTarget *target = data;

  return target->events->failures > target->after &&
         g_str_has_prefix (target->events->last_failure, target->prefix);
}

/* Waits for a reload failure after the @after-th whose message starts with @prefix. */
static void
wait_for_failure (const Events *events,
                  guint         after,
                  const char   *prefix)
{
  FailureTarget target = { events, prefix, after };

  if (!vtr_test_wait_until (failure_seen, &target, 10000))
    g_error ("No reload failure starting with '%s' came; the last was '%s'", prefix,
             events->last_failure);
}

static void
fill_with_garbage (GFile  *folder,
                   GRand  *rand)
{
  static const char *names[] = { "pack.json", "exhibits.json", "timeline.json", "figures.json",
                                 "tours.json", "images/rect.svg", "stray.bin" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GFile) file = g_file_resolve_relative_path (folder, names[i]);
      gsize length = g_rand_int_range (rand, 1, 65536);
      g_autofree guint8 *bytes = g_malloc (length);
      g_autoptr(GError) error = NULL;

      for (gsize j = 0; j < length; j++)
        bytes[j] = g_rand_int_range (rand, 0, 256);
      /* Starting with a byte that is never JSON keeps every file broken. */
      bytes[0] = 0xFF;
      g_file_replace_contents (file, (const char *)bytes, length, NULL, FALSE,
                               G_FILE_CREATE_NONE, NULL, NULL, &error);
      g_assert_no_error (error);
    }
}

static void
test_content_faults_while_running (void)
{
  g_autoptr(VtrContentManager) content = vtr_content_manager_new ();
  g_autoptr(GFile) source = vtr_test_source_file ("data/minimal");
  g_autoptr(GFile) broken = vtr_test_source_file ("data/broken/syntax-trailing-comma");
  g_autofree char *temp = g_dir_make_tmp ("vitrine-faults-XXXXXX", NULL);
  g_autoptr(GFile) folder = g_file_new_build_filename (temp, "pack", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (8);
  Events events = { 0 };

  copy_tree (source, folder);
  g_assert_true (vtr_content_manager_open_folder (content, folder));
  g_signal_connect (content, "notify::pack", G_CALLBACK (checked_pack_notified_cb), &events);
  g_signal_connect (content, "reload-failed", G_CALLBACK (reload_failed_cb), &events);

  for (guint round = 0; round < 4; round++)
    {
      guint packs = events.packs;

      g_test_message ("round %u", round);

      /* The folder is deleted. */
      remove_tree (folder);
      wait_for_failure (&events, events.failures, temp);
      g_assert_cmpstr (vtr_pack_get_id (vtr_content_manager_get_pack (content)), ==,
                       "minimal-test");

      /* A broken pack takes its place. */
      copy_tree (broken, folder);
      wait_for_failure (&events, events.failures, "exhibits.json:");
      g_assert_cmpstr (vtr_pack_get_id (vtr_content_manager_get_pack (content)), ==,
                       "minimal-test");

      /* Its files turn to garbage. */
      fill_with_garbage (folder, rand);
      wait_for_failure (&events, events.failures, "pack.json:");
      g_assert_cmpstr (vtr_pack_get_id (vtr_content_manager_get_pack (content)), ==,
                       "minimal-test");

      /* The good pack comes back, over the garbage, and is shown again. */
      remove_tree (folder);
      copy_tree (source, folder);
      g_assert_true (vtr_test_wait_for_count (&events.packs, packs + 1, 10000));
      g_assert_null (vtr_content_manager_get_rejected_folder (content));
    }

  remove_tree (folder);
  g_rmdir (temp);
  g_free (events.last_failure);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/content-manager/bad-folder-falls-back", test_bad_folder_falls_back_to_builtin);
  g_test_add_func ("/content-manager/missing-folder-falls-back",
                   test_missing_folder_falls_back_to_builtin);
  g_test_add_func ("/content-manager/bad-folder-keeps-good-content",
                   test_bad_folder_keeps_good_content);
  g_test_add_func ("/content-manager/pack-notifies", test_pack_notifies);
  g_test_add_func ("/content-manager/watched-folder-reloads", test_watched_folder_reloads);
  g_test_add_func ("/content-manager/content-faults-while-running",
                   test_content_faults_while_running);

  return g_test_run ();
}
