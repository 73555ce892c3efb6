/* test-content-manager.c: a bad pack folder never replaces good content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-content-manager.h"
#include "vtr-diagnostic.h"

static GFile *
test_folder (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);

  return g_file_new_for_path (path);
}

static void
test_bad_folder_falls_back_to_builtin (void)
{
  g_autoptr(VtrContentManager) content = vtr_content_manager_new ();
  g_autoptr(GFile) broken = test_folder ("broken/missing-image");
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
  g_autoptr(GFile) good = test_folder ("minimal");
  g_autoptr(GFile) broken = test_folder ("broken/syntax-trailing-comma");
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
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_pack_notifies (void)
{
  g_autoptr(VtrContentManager) content = vtr_content_manager_new ();
  g_autoptr(GError) error = NULL;
  guint count = 0;

  g_signal_connect (content, "notify::pack", G_CALLBACK (count_notify_cb), &count);
  g_assert_true (vtr_content_manager_open_builtin (content, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 1);
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

  return g_test_run ();
}
