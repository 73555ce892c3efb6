/* test-pack-corpus.c: every planted problem in tests/data/broken is reported exactly
 *
 * Each folder tests/data/broken/NAME is a valid pack with one problem planted in it, and
 * NAME.expected lists what the validator must report, one line per diagnostic:
 *   FILE:LINE:COL: SEVERITY: [CODE] POINTER    or    FILE: SEVERITY: [CODE]
 * The test compares the two lists as sets, so nothing may be missing and nothing extra.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "vtr-pack-loader.h"

static char *
canonical_line (VtrDiagnostic *diagnostic)
{
  const char *severity = vtr_diagnostic_get_severity (diagnostic) == VTR_SEVERITY_ERROR
                       ? "error" : "warning";
  const char *nick = vtr_pack_error_to_nick (vtr_diagnostic_get_code (diagnostic));

  if (vtr_diagnostic_get_line (diagnostic) == 0)
    return g_strdup_printf ("%s: %s: [%s]", vtr_diagnostic_get_file (diagnostic), severity, nick);

  if (vtr_diagnostic_get_pointer (diagnostic)[0] == '\0')
    return g_strdup_printf ("%s:%u:%u: %s: [%s]",
                            vtr_diagnostic_get_file (diagnostic),
                            vtr_diagnostic_get_line (diagnostic),
                            vtr_diagnostic_get_column (diagnostic),
                            severity, nick);

  return g_strdup_printf ("%s:%u:%u: %s: [%s] %s",
                          vtr_diagnostic_get_file (diagnostic),
                          vtr_diagnostic_get_line (diagnostic),
                          vtr_diagnostic_get_column (diagnostic),
                          severity, nick,
                          vtr_diagnostic_get_pointer (diagnostic));
}

static GPtrArray *
read_expected (const char *path)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *expected = g_ptr_array_new_with_free_func (g_free);

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strchomp (lines[i]);
      if (lines[i][0] != '\0')
        g_ptr_array_add (expected, g_strdup (lines[i]));
    }
  g_ptr_array_sort (expected, (GCompareFunc)g_strcmp0);

  return expected;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char **)a, *(const char **)b);
}

static void
test_broken_pack (gconstpointer data)
{
  const char *name = data;
  g_autofree char *folder_path = g_test_build_filename (G_TEST_DIST, "data", "broken", name, NULL);
  g_autofree char *expected_name = g_strconcat (name, ".expected", NULL);
  g_autofree char *expected_path = g_test_build_filename (G_TEST_DIST, "data", "broken",
                                                          expected_name, NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  g_autoptr(VtrPackLoader) loader = vtr_pack_loader_new (folder);
  g_autoptr(VtrPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) expected = read_expected (expected_path);
  g_autoptr(GPtrArray) actual = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *expected_text = NULL;
  g_autofree char *actual_text = NULL;
  GListModel *diagnostics;
  gboolean expects_error = FALSE;

  /* The corpus is what --validate reports, and --validate checks catalogs. */
  vtr_pack_loader_set_check_catalogs (loader, TRUE);
  pack = vtr_pack_loader_load (loader, &error);
  diagnostics = vtr_pack_loader_get_diagnostics (loader);

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(VtrDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      g_ptr_array_add (actual, canonical_line (diagnostic));
    }
  g_ptr_array_sort (actual, compare_strings);
  g_ptr_array_sort (expected, compare_strings);
  g_ptr_array_add (actual, NULL);
  g_ptr_array_add (expected, NULL);

  actual_text = g_strjoinv ("\n", (char **)actual->pdata);
  expected_text = g_strjoinv ("\n", (char **)expected->pdata);
  g_assert_cmpstr (actual_text, ==, expected_text);

  for (guint i = 0; expected->pdata[i] != NULL; i++)
    {
      if (strstr (expected->pdata[i], ": error: ") != NULL)
        expects_error = TRUE;
    }

  /* A pack with an error is never built; one with only warnings is. */
  if (expects_error)
    {
      g_assert_null (pack);
      g_assert_error (error, VTR_PACK_ERROR, VTR_PACK_ERROR_INVALID_PACK);
    }
  else
    {
      g_assert_no_error (error);
      g_assert_nonnull (pack);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *broken = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *entry;

  g_test_init (&argc, &argv, NULL);

  /* One broken pack's failure should not hide the others'. */
  g_test_set_nonfatal_assertions ();

  broken = g_test_build_filename (G_TEST_DIST, "data", "broken", NULL);
  dir = g_dir_open (broken, 0, NULL);
  g_assert_nonnull (dir);

  while ((entry = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_suffix (entry, ".expected"))
        g_ptr_array_add (names, g_strndup (entry, strlen (entry) - strlen (".expected")));
    }
  g_ptr_array_sort (names, compare_strings);

  /* The issue asks for at least 25 kinds of problem; fewer means the corpus went missing. */
  g_assert_cmpuint (names->len, >=, 25);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_strdup_printf ("/pack/broken/%s", (char *)names->pdata[i]);

      g_test_add_data_func (path, names->pdata[i], test_broken_pack);
    }

  return g_test_run ();
}
