/* fuzz-pack.c: the pack loader and validator on fuzzed pack files
 *
 * One input holds several files of a pack, each after a header line of its own:
 *
 *   ==> pack.json <==
 *   { ... }
 *   ==> exhibits.json <==
 *   { ... }
 *
 * A header "==> -figures.json <==" removes that file from the pack. A file the input does not
 * mention keeps the content of tests/data/minimal, so that an input that only changes the
 * timeline still meets a valid manifest and exhibits and reaches the cross-file checks. Input
 * without any header is taken as exhibits.json.
 *
 * The files are written to a folder that also holds the images and catalog of the minimal pack
 * and the images of the built-in and example packs, so that valid image paths stay valid.
 *
 * Besides "no crash", each run checks what the loader promises: a pack is built exactly when
 * no error was reported, and each diagnostic names a pack file, a place that makes sense and a
 * message in UTF-8.
 *
 * The same function runs under libFuzzer (-Dfuzzing=true, clang) and, without it, in the unit
 * test test-fuzz-corpus, which replays tests/fuzz/corpus/.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "vtr-fuzz-pack.h"
#include "vtr-json-locator.h"
#include "vtr-pack-loader.h"
#include "vtr-pack-strings.h"

static const char *pack_files[] = {
  "pack.json",
  "exhibits.json",
  "timeline.json",
  "figures.json",
  "tours.json",
};

static char *pack_folder;
static GBytes *base_files[G_N_ELEMENTS (pack_files)];

static void
copy_tree (const char *from,
           const char *to)
{
  g_autoptr(GDir) dir = g_dir_open (from, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  g_assert_cmpint (g_mkdir_with_parents (to, 0700), ==, 0);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *source = g_build_filename (from, name, NULL);
      g_autofree char *target = g_build_filename (to, name, NULL);

      if (g_file_test (source, G_FILE_TEST_IS_DIR))
        {
          copy_tree (source, target);
        }
      else if (!g_str_has_suffix (name, ".json"))
        {
          g_autofree char *contents = NULL;
          gsize length;

          g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
          g_assert_true (g_file_set_contents (target, contents, length, NULL));
        }
    }
}

static int
find_file (const char *name,
           gsize       length)
{
  for (guint i = 0; i < G_N_ELEMENTS (pack_files); i++)
    {
      if (strlen (pack_files[i]) == length && memcmp (pack_files[i], name, length) == 0)
        return (int)i;
    }

  return -1;
}

/* Parses a header line "==> NAME <==" at @line (without its newline). Returns the index of the
 * file it names, or -1; @removed is set for "-NAME". */
static int
parse_header (const char *line,
              gsize       length,
              gboolean   *removed)
{
  static const char open[] = "==> ";
  static const char close[] = " <==";
  const char *name;
  gsize name_length;

  if (length < strlen (open) + strlen (close) + 1 ||
      memcmp (line, open, strlen (open)) != 0 ||
      memcmp (line + length - strlen (close), close, strlen (close)) != 0)
    return -1;

  name = line + strlen (open);
  name_length = length - strlen (open) - strlen (close);
  *removed = name[0] == '-';
  if (*removed)
    {
      name++;
      name_length--;
    }

  return find_file (name, name_length);
}

static void
write_file (guint       index,
            const char *data,
            gsize       length)
{
  g_autofree char *path = g_build_filename (pack_folder, pack_files[index], NULL);
  FILE *file;

  /* Plain stdio, which truncates and never syncs: the folder is scratch. GLib's
   * g_file_set_contents_full() either syncs (a hundred times slower) or, without
   * G_FILE_SET_CONTENTS_CONSISTENT, writes over the old file without truncating it in GLib
   * 2.74, so a shorter input kept the tail of a longer one. */
  file = fopen (path, "wb");
  g_assert_nonnull (file);
  g_assert_cmpuint (fwrite (data, 1, length, file), ==, length);
  g_assert_cmpint (fclose (file), ==, 0);
}

static void
remove_file (guint index)
{
  g_autofree char *path = g_build_filename (pack_folder, pack_files[index], NULL);

  g_unlink (path);
}

/* Splits @data into the pack's files and writes them to the pack folder. */
static void
write_pack (const char *data,
            gsize       size)
{
  gboolean given[G_N_ELEMENTS (pack_files)] = { FALSE, };
  const char *end = data + size;
  const char *p = data;
  int current = -1;
  const char *body = NULL;
  gboolean any_header = FALSE;

  while (p < end)
    {
      const char *newline = memchr (p, '\n', end - p);
      const char *line_end = newline != NULL ? newline : end;
      gboolean removed = FALSE;
      int header = parse_header (p, line_end - p, &removed);

      if (header >= 0 || (line_end - p >= 4 && memcmp (p, "==> ", 4) == 0))
        {
          /* Close the file before this header; its last newline belongs to the header. */
          if (current >= 0)
            write_file (current, body, p > body ? p - body - 1 : 0);
          current = -1;
          any_header = TRUE;

          if (header >= 0 && removed)
            {
              remove_file (header);
              given[header] = TRUE;
            }
          else if (header >= 0)
            {
              current = header;
              given[header] = TRUE;
              body = newline != NULL ? newline + 1 : end;
            }
        }

      p = newline != NULL ? newline + 1 : end;
    }

  if (current >= 0)
    write_file (current, body, end - body);

  if (!any_header)
    {
      write_file (1, data, size);
      given[1] = TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (pack_files); i++)
    {
      if (!given[i])
        {
          gsize length;
          const char *base = g_bytes_get_data (base_files[i], &length);

          write_file (i, base, length);
        }
    }
}

static void
check_diagnostic (VtrDiagnostic *diagnostic)
{
  const char *file = vtr_diagnostic_get_file (diagnostic);
  g_autofree char *text = vtr_diagnostic_to_string (diagnostic);

  g_assert_true (find_file (file, strlen (file)) >= 0);
  g_assert_true (g_utf8_validate (vtr_diagnostic_get_message (diagnostic), -1, NULL));
  g_assert_cmpstr (vtr_diagnostic_get_message (diagnostic), !=, "");
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_nonnull (vtr_pack_error_to_nick (vtr_diagnostic_get_code (diagnostic)));
  if (vtr_diagnostic_get_line (diagnostic) == 0)
    g_assert_cmpuint (vtr_diagnostic_get_column (diagnostic), ==, 0);
  else
    g_assert_cmpuint (vtr_diagnostic_get_column (diagnostic), >=, 1);
}

static void
check_pack (VtrPack *pack)
{
  GListModel *models[] = {
    vtr_pack_get_categories (pack),
    vtr_pack_get_exhibits (pack),
    vtr_pack_get_eras (pack),
    vtr_pack_get_events (pack),
    vtr_pack_get_figures (pack),
    vtr_pack_get_tours (pack),
  };

  g_assert_nonnull (vtr_pack_get_id (pack));
  g_assert_nonnull (vtr_pack_get_title (pack));
  for (guint i = 0; i < G_N_ELEMENTS (models); i++)
    {
      guint n_items = g_list_model_get_n_items (models[i]);

      /* Every item a valid pack lists can be fetched. */
      for (guint j = 0; j < n_items; j++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (models[i], j);

          g_assert_nonnull (item);
        }
    }
}

void
vtr_fuzz_pack_init (const char *source_dir)
{
  g_autofree char *minimal = g_build_filename (source_dir, "tests", "data", "minimal", NULL);
  const char *image_folders[] = {
    "resources/pack/images",
    "docs/examples/river-museum/images",
  };

  if (pack_folder != NULL)
    return;

  vtr_ensure_resources ();

  pack_folder = g_dir_make_tmp ("vitrine-fuzz-XXXXXX", NULL);
  g_assert_nonnull (pack_folder);
  copy_tree (minimal, pack_folder);
  for (guint i = 0; i < G_N_ELEMENTS (image_folders); i++)
    {
      g_autofree char *from = g_build_filename (source_dir, image_folders[i], NULL);
      g_autofree char *to = g_build_filename (pack_folder, "images", NULL);

      copy_tree (from, to);
    }

  for (guint i = 0; i < G_N_ELEMENTS (pack_files); i++)
    {
      g_autofree char *path = g_build_filename (minimal, pack_files[i], NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      base_files[i] = g_bytes_new_take (g_steal_pointer (&contents), length);
    }
}

const char *
vtr_fuzz_pack_get_folder (void)
{
  return pack_folder;
}

void
vtr_fuzz_pack_run (const guint8 *data,
                   gsize         size)
{
  g_autoptr(GFile) location = NULL;
  g_autoptr(VtrPackLoader) loader = NULL;
  g_autoptr(VtrPack) pack = NULL;
  g_autoptr(VtrPackStrings) strings = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *diagnostics;
  guint n_errors = 0;
  /* VTR_FUZZ_VERBOSE=1 prints what the loader reports for each input. */
  gboolean verbose = g_getenv ("VTR_FUZZ_VERBOSE") != NULL;

  g_assert_nonnull (pack_folder);

  write_pack ((const char *)data, size);

  location = g_file_new_for_path (pack_folder);
  loader = vtr_pack_loader_new (location);
  vtr_pack_loader_set_check_catalogs (loader, TRUE);
  pack = vtr_pack_loader_load (loader, &error);

  diagnostics = vtr_pack_loader_get_diagnostics (loader);
  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(VtrDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      check_diagnostic (diagnostic);
      if (verbose)
        {
          g_autofree char *text = vtr_diagnostic_to_string (diagnostic);

          g_printerr ("%s\n", text);
        }
      if (vtr_diagnostic_get_severity (diagnostic) == VTR_SEVERITY_ERROR)
        n_errors++;
    }

  /* A pack is built exactly when there is no error, and the count matches the list (the
   * list may be cut short on a pack with very many problems, never the count). */
  g_assert_cmpuint (n_errors, <=, vtr_pack_loader_get_n_errors (loader));
  if (pack != NULL)
    {
      g_assert_no_error (error);
      g_assert_cmpuint (vtr_pack_loader_get_n_errors (loader), ==, 0);
      check_pack (pack);
    }
  else
    {
      g_assert_error (error, VTR_PACK_ERROR, VTR_PACK_ERROR_INVALID_PACK);
      g_assert_cmpuint (vtr_pack_loader_get_n_errors (loader), >, 0);
    }

  /* The string extractor reads the same files on its own, for translators. */
  g_clear_error (&error);
  strings = vtr_pack_strings_new_for_location (location, &error);
  if (strings != NULL)
    {
      for (guint i = 0; i < vtr_pack_strings_get_n_strings (strings); i++)
        g_assert_nonnull (vtr_pack_strings_get_string (strings, i)->msgid);
    }
}

#ifdef VTR_FUZZING

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* Criticals and warnings are bugs: make libFuzzer see them as crashes. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  vtr_fuzz_pack_init (VTR_SOURCE_DIR);

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  vtr_fuzz_pack_run (data, size);

  return 0;
}

#endif
