/* test-hostile-packs.c: packs built to hurt get a clear error, never a crash or a hang
 *
 * Each test copies tests/data/minimal into a temporary folder and plants one hostile thing in
 * it: huge or deeply nested JSON, bad encodings, pictures that are not pictures or claim to be
 * enormous, paths that lead out of the pack. The big inputs are generated here rather than
 * kept in the repository. Each one must be refused with the right code at the right place, or
 * (for markup and control characters) loaded as plain text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "vtr-event.h"
#include "vtr-exhibit.h"
#include "vtr-json-locator.h"
#include "vtr-pack-loader.h"
#include "vtr-test-utils.h"
#include "vtr-thumbnail-loader.h"

#define SUMMARY "\"A red rectangle, the first shape of the collection.\""

typedef struct
{
  char *folder;
} Fixture;

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
      g_autofree char *contents = NULL;
      gsize length;

      if (g_file_test (source, G_FILE_TEST_IS_DIR))
        {
          copy_tree (source, target);
          continue;
        }
      g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (target, contents, length, NULL));
    }
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

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "data", "minimal", NULL);

  fixture->folder = g_dir_make_tmp ("vitrine-hostile-XXXXXX", NULL);
  g_assert_nonnull (fixture->folder);
  copy_tree (minimal, fixture->folder);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->folder);
  g_clear_pointer (&fixture->folder, g_free);
}

static char *
read_pack_file (Fixture    *fixture,
                const char *name)
{
  g_autofree char *path = g_build_filename (fixture->folder, name, NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));

  return contents;
}

static void
write_pack_file (Fixture    *fixture,
                 const char *name,
                 const char *contents,
                 gssize      length)
{
  g_autofree char *path = g_build_filename (fixture->folder, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

/* Replaces the one occurrence of @old in the pack file @name with @new. */
static void
replace_in_file (Fixture    *fixture,
                 const char *name,
                 const char *old,
                 const char *new)
{
  g_autofree char *contents = read_pack_file (fixture, name);
  char *at = strstr (contents, old);
  g_autoptr(GString) edited = g_string_new (NULL);

  g_assert_nonnull (at);
  g_string_append_len (edited, contents, at - contents);
  g_string_append (edited, new);
  g_string_append (edited, at + strlen (old));
  write_pack_file (fixture, name, edited->str, edited->len);
}

/* Loads the pack and returns its diagnostics as "FILE:LINE:COL [CODE] POINTER" lines. */
static GStrv
load (Fixture  *fixture,
      VtrPack **pack_out)
{
  g_autoptr(GFile) location = g_file_new_for_path (fixture->folder);
  g_autoptr(VtrPackLoader) loader = vtr_pack_loader_new (location);
  g_autoptr(VtrPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();
  GListModel *diagnostics;

  pack = vtr_pack_loader_load (loader, &error);
  diagnostics = vtr_pack_loader_get_diagnostics (loader);
  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(VtrDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      const char *pointer = vtr_diagnostic_get_pointer (diagnostic);
      char *line = g_strdup_printf ("%s:%u:%u [%s] %s",
                                    vtr_diagnostic_get_file (diagnostic),
                                    vtr_diagnostic_get_line (diagnostic),
                                    vtr_diagnostic_get_column (diagnostic),
                                    vtr_pack_error_to_nick (vtr_diagnostic_get_code (diagnostic)),
                                    pointer != NULL ? pointer : "");

      /* Every message must be fit for a label. */
      g_assert_true (g_utf8_validate (vtr_diagnostic_get_message (diagnostic), -1, NULL));
      g_test_message ("%s: %s", line, vtr_diagnostic_get_message (diagnostic));
      g_strv_builder_add (lines, line);
      g_free (line);
    }

  g_assert_true ((pack == NULL) == (vtr_pack_loader_get_n_errors (loader) > 0));
  if (pack_out != NULL)
    *pack_out = g_steal_pointer (&pack);

  return g_strv_builder_end (lines);
}

/* Loads the pack and asserts it is refused with exactly the one diagnostic @expected. */
static void
assert_refused_with (Fixture    *fixture,
                     const char *expected)
{
  g_autoptr(VtrPack) pack = NULL;
  g_auto(GStrv) lines = load (fixture, &pack);
  g_autofree char *joined = g_strjoinv ("\n", lines);

  g_assert_null (pack);
  g_assert_cmpstr (joined, ==, expected);
}

static void
test_deep_nesting (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GString) deep = g_string_new ("[");
  g_autoptr(GString) expected = NULL;

  /* A hundred thousand levels would overflow the stack of a recursive parser. */
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  replace_in_file (fixture, "exhibits.json", SUMMARY, deep->str);

  /* The root object, the list of exhibits and the exhibit are the first three levels. */
  expected = g_string_new ("exhibits.json:10:");
  g_string_append_printf (expected, "%u [too-large] /exhibits/0/summary",
                          18 + VTR_JSON_MAX_DEPTH - 3);
  for (guint i = 0; i < VTR_JSON_MAX_DEPTH - 3; i++)
    g_string_append (expected, "/0");
  assert_refused_with (fixture, expected->str);
}

static void
test_file_of_100_mb (Fixture       *fixture,
                     gconstpointer  data)
{
  gsize size = 100 * 1024 * 1024;
  g_autofree char *huge = g_malloc (size);

  /* One string of 100 MB: the file is refused by its size before it is read. */
  memset (huge, 'x', size);
  memcpy (huge, "{\"exhibits\": \"", 14);
  memcpy (huge + size - 2, "\"}", 2);
  write_pack_file (fixture, "exhibits.json", huge, size);

  assert_refused_with (fixture, "exhibits.json:0:0 [too-large] ");
}

static void
test_long_string (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GString) summary = g_string_new ("\"");

  /* Within the file limit, but longer than any text a visitor could read. */
  for (guint i = 0; i < VTR_JSON_MAX_STRING_LENGTH / 8 + 1; i++)
    g_string_append (summary, "lorem ip");
  g_string_append_c (summary, '"');
  replace_in_file (fixture, "exhibits.json", SUMMARY, summary->str);

  assert_refused_with (fixture, "exhibits.json:10:18 [too-large] /exhibits/0/summary");
}

static void
test_million_entries (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GString) related = g_string_new ("[");

  for (guint i = 0; i < 1000000; i++)
    g_string_append (related, i == 0 ? "\"x\"" : ",\"x\"");
  g_string_append_c (related, ']');
  replace_in_file (fixture, "exhibits.json", "[\n        \"green-circle\"\n      ]", related->str);

  assert_refused_with (fixture, "exhibits.json:25:18 [too-large] /exhibits/0/related");
}

static void
test_object_of_many_keys (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GString) object = g_string_new ("{");

  /* Keys are checked for duplicates; that must not take quadratic time. */
  for (guint i = 0; i < VTR_JSON_MAX_ENTRIES + 10; i++)
    g_string_append_printf (object, "%s\"k%u\": 0", i == 0 ? "" : ",", i);
  g_string_append_c (object, '}');
  replace_in_file (fixture, "exhibits.json", SUMMARY, object->str);

  assert_refused_with (fixture, "exhibits.json:10:18 [too-large] /exhibits/0/summary");
}

static void
test_too_many_values (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GString) body = g_string_new ("[");

  /* Lists within the limit of entries, but together more values than a file may hold. */
  for (guint i = 0; i < VTR_JSON_MAX_VALUES / 50000 + 1; i++)
    {
      g_string_append (body, i == 0 ? "[" : ",[");
      for (guint j = 0; j < 50000; j++)
        g_string_append (body, j == 0 ? "0" : ",0");
      g_string_append_c (body, ']');
    }
  g_string_append_c (body, ']');
  replace_in_file (fixture, "exhibits.json", SUMMARY, body->str);

  {
    g_autoptr(VtrPack) pack = NULL;
    g_auto(GStrv) lines = load (fixture, &pack);

    g_assert_null (pack);
    g_assert_cmpuint (g_strv_length (lines), ==, 1);
    g_assert_true (g_str_has_prefix (lines[0], "exhibits.json:10:"));
    g_assert_nonnull (strstr (lines[0], "[too-large] /exhibits/0/summary/"));
  }
}

static void
test_many_problems (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GString) related = g_string_new ("[");
  g_autoptr(VtrPack) pack = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_lines;

  /* 50,000 wrong entries: the list stops at the limit and says how many more there are. */
  for (guint i = 0; i < 50000; i++)
    g_string_append (related, i == 0 ? "1" : ",1");
  g_string_append_c (related, ']');
  replace_in_file (fixture, "exhibits.json", "[\n        \"green-circle\"\n      ]", related->str);

  lines = load (fixture, &pack);
  n_lines = g_strv_length (lines);
  g_assert_null (pack);
  g_assert_cmpuint (n_lines, ==, VTR_PACK_MAX_DIAGNOSTICS + 1);
  g_assert_cmpstr (lines[n_lines - 1], ==, "pack.json:0:0 [too-many-problems] ");
}

static void
test_encodings (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *pack_json = read_pack_file (fixture, "pack.json");
  g_autofree char *with_bom = g_strconcat ("\xEF\xBB\xBF", pack_json, NULL);
  g_autofree char *exhibits = read_pack_file (fixture, "exhibits.json");
  g_autoptr(VtrPack) pack = NULL;
  g_auto(GStrv) lines = NULL;
  char *nul;

  /* A byte order mark is allowed, and changes no column. */
  write_pack_file (fixture, "pack.json", with_bom, -1);
  lines = load (fixture, &pack);
  g_assert_cmpuint (g_strv_length (lines), ==, 0);
  g_assert_nonnull (pack);
  write_pack_file (fixture, "pack.json", pack_json, -1);

  /* A NUL byte inside the text. */
  nul = strstr (exhibits, "Red square");
  nul[3] = '\0';
  write_pack_file (fixture, "exhibits.json", exhibits, strlen (exhibits) + 1 +
                   strlen (nul + 4));
  assert_refused_with (fixture, "exhibits.json:6:20 [invalid-json] ");
  nul[3] = ' ';
  write_pack_file (fixture, "exhibits.json", exhibits, -1);

  /* Bytes that are not UTF-8, and escapes that name no character. */
  replace_in_file (fixture, "exhibits.json", "Red square", "Red \xC3\x28square");
  assert_refused_with (fixture, "exhibits.json:6:21 [invalid-json] ");
  write_pack_file (fixture, "exhibits.json", exhibits, -1);

  replace_in_file (fixture, "exhibits.json", "Red square", "Red \\u0000square");
  assert_refused_with (fixture, "exhibits.json:6:21 [invalid-json] /exhibits/0/title");
  write_pack_file (fixture, "exhibits.json", exhibits, -1);

  replace_in_file (fixture, "exhibits.json", "Red square", "Red \\udc00square");
  assert_refused_with (fixture, "exhibits.json:6:21 [invalid-json] /exhibits/0/title");
  write_pack_file (fixture, "exhibits.json", exhibits, -1);

  replace_in_file (fixture, "exhibits.json", "Red square", "Red \\ud83d square");
  assert_refused_with (fixture, "exhibits.json:6:21 [invalid-json] /exhibits/0/title");
}

static void
write_bytes (Fixture      *fixture,
             const char   *name,
             const guint8 *data,
             gsize         length)
{
  write_pack_file (fixture, name, (const char *)data, length);
}

static guint8 *
png_chunk (guint8     *p,
           const char *type,
           const guint8 *data,
           guint32     length)
{
  guint32 be_length = GUINT32_TO_BE (length);
  guint32 crc;

  memcpy (p, &be_length, 4);
  memcpy (p + 4, type, 4);
  if (length > 0)
    memcpy (p + 8, data, length);
  crc = crc32 (0, p + 4, length + 4);
  crc = GUINT32_TO_BE (crc);
  memcpy (p + 8 + length, &crc, 4);

  return p + 12 + length;
}

/* A valid grey PNG of @width × @height whose rows are all zero. The pixel data compresses about
 * a thousandfold, so a picture of hundreds of megapixels fits in a small file. */
static GBytes *
make_png (guint32 width,
          guint32 height)
{
  guint8 header[13] = { 0 };
  gsize raw_length = (gsize)(width + 1) * height;
  g_autofree guint8 *raw = g_malloc0 (raw_length);
  uLongf packed_length = compressBound (raw_length);
  g_autofree guint8 *packed = g_malloc (packed_length);
  g_autofree guint8 *png = NULL;
  guint32 be;
  guint8 *p;

  g_assert_cmpint (compress2 (packed, &packed_length, raw, raw_length, 9), ==, Z_OK);

  be = GUINT32_TO_BE (width);
  memcpy (header, &be, 4);
  be = GUINT32_TO_BE (height);
  memcpy (header + 4, &be, 4);
  header[8] = 8;  /* bits per sample */
  header[9] = 0;  /* greyscale */

  png = g_malloc (8 + 25 + packed_length + 12 + 12);
  memcpy (png, "\x89PNG\r\n\x1a\n", 8);
  p = png_chunk (png + 8, "IHDR", header, 13);
  p = png_chunk (p, "IDAT", packed, packed_length);
  p = png_chunk (p, "IEND", NULL, 0);

  return g_bytes_new (png, p - png);
}

static void
test_pictures_that_are_not (Fixture       *fixture,
                            gconstpointer  data)
{
  static const guint8 text[] = "This is not a picture at all.\n";
  static const guint8 signature_only[] = "\x89PNG\r\n\x1a\n";
  g_autoptr(GBytes) huge_png = make_png (8000, 8000);
  g_autofree char *exhibits = read_pack_file (fixture, "exhibits.json");

  write_bytes (fixture, "images/rect.svg", text, sizeof text - 1);
  {
    g_autoptr(VtrPack) pack = NULL;
    g_auto(GStrv) lines = load (fixture, &pack);

    /* The hero and exhibits 0 and 2 use rect.svg. */
    g_assert_null (pack);
    g_assert_cmpuint (g_strv_length (lines), ==, 3);
    g_assert_cmpstr (lines[0], ==, "pack.json:28:13 [invalid-image] /hero/path");
    g_assert_cmpstr (lines[1], ==, "exhibits.json:16:17 [invalid-image] /exhibits/0/image/path");
    g_assert_cmpstr (lines[2], ==, "exhibits.json:78:17 [invalid-image] /exhibits/2/image/path");
  }

  /* A PNG cut short after its signature. */
  replace_in_file (fixture, "exhibits.json", "images/rect.svg", "images/cut.png");
  write_bytes (fixture, "images/rect.svg", (const guint8 *)"<svg/>", 6);
  write_bytes (fixture, "images/cut.png", signature_only, sizeof signature_only - 1);
  assert_refused_with (fixture, "exhibits.json:16:17 [invalid-image] /exhibits/0/image/path");

  /* A PNG of 64 million pixels in a file of some 60 KB. */
  write_pack_file (fixture, "images/cut.png", g_bytes_get_data (huge_png, NULL),
                   g_bytes_get_size (huge_png));
  assert_refused_with (fixture, "exhibits.json:16:17 [too-large] /exhibits/0/image/path");
  write_pack_file (fixture, "exhibits.json", exhibits, -1);
}

/* What only decoding finds: the thumbnail loader refuses it, or draws it at a bounded size,
 * quickly and without a crash. */
static void
test_pictures_decoded_within_limits (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (fixture->folder, "images", NULL);
  g_autoptr(GString) laughs = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n"
                                            "<!ENTITY l0 \"lol\">\n");
  g_autoptr(GBytes) huge_png = make_png (8000, 8000);
  g_autoptr(GBytes) small_png = make_png (300, 200);
  struct {
    const char *name;
    const char *contents;
    gssize      length;
    int         expected_width;  /* 0 when the picture must be refused */
  } cases[] = {
    { "truncated.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><re",
      -1, 0 },
    { "huge.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"30000\" height=\"30000\">"
                  "<rect width=\"30000\" height=\"30000\" fill=\"red\"/></svg>", -1,
      VTR_PICTURE_MAX_WIDTH },
    { "laughs.svg", NULL, -1, 0 },
    { "huge.png", g_bytes_get_data (huge_png, NULL), g_bytes_get_size (huge_png), 0 },
    { "small.png", g_bytes_get_data (small_png, NULL), g_bytes_get_size (small_png), 300 },
    { "text.png", "not a PNG", -1, 0 },
  };

  /* A billion laughs: ten levels of entities, each ten of the one before. */
  for (guint i = 1; i < 10; i++)
    {
      g_string_append_printf (laughs, "<!ENTITY l%u \"", i);
      for (guint j = 0; j < 10; j++)
        g_string_append_printf (laughs, "&l%u;", i - 1);
      g_string_append (laughs, "\">\n");
    }
  g_string_append (laughs, "]>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" "
                           "height=\"100\"><text y=\"50\">&l9;</text></svg>\n");
  cases[2].contents = laughs->str;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, cases[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GdkTexture) texture = NULL;
      g_autoptr(GError) error = NULL;

      g_file_set_contents (path, cases[i].contents, cases[i].length, &error);
      g_assert_no_error (error);

      texture = vtr_thumbnail_load_bounded (file, VTR_PICTURE_MAX_WIDTH, &error);
      g_test_message ("%s: %s", cases[i].name, error != NULL ? error->message : "shown");
      if (cases[i].expected_width == 0)
        {
          g_assert_null (texture);
          g_assert_nonnull (error);
        }
      else
        {
          g_assert_no_error (error);
          g_assert_cmpint (gdk_texture_get_width (texture), ==, cases[i].expected_width);
        }
    }
}

static void
test_paths_out_of_the_pack (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *exhibits = read_pack_file (fixture, "exhibits.json");
  g_autofree char *outside = g_dir_make_tmp ("vitrine-outside-XXXXXX", NULL);
  g_autofree char *outside_svg = g_build_filename (outside, "x.svg", NULL);
  g_autofree char *link = g_build_filename (fixture->folder, "images", "elsewhere", NULL);
  struct {
    const char *path;
    const char *code;
  } cases[] = {
    { "resource:///io/github/vitrine/Vitrine/pack/images/hero.svg", "image-outside-pack" },
    { "file:///etc/passwd", "image-outside-pack" },
    { "images/../../minimal/images/rect.svg", "image-outside-pack" },
    { "..\\\\outside.svg", "image-outside-pack" },
    { "/etc/passwd", "image-outside-pack" },
    { "images/elsewhere/x.svg", "image-outside-pack" },
    { "images", "missing-image" },
    { "images/rect.svg\\u0009", "missing-image" },
  };

  /* A folder inside the pack that is a link to a folder outside it. */
  g_assert_true (g_file_set_contents (outside_svg, "<svg/>", -1, NULL));
  g_assert_cmpint (symlink (outside, link), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *quoted = g_strdup_printf ("\"%s\"", cases[i].path);
      g_autofree char *expected = g_strdup_printf ("exhibits.json:16:17 [%s] "
                                                   "/exhibits/0/image/path", cases[i].code);

      write_pack_file (fixture, "exhibits.json", exhibits, -1);
      replace_in_file (fixture, "exhibits.json", "\"images/rect.svg\"", quoted);
      g_test_message ("%s", cases[i].path);
      assert_refused_with (fixture, expected);
    }

  g_unlink (link);
  g_unlink (outside_svg);
  g_rmdir (outside);
}

static void
test_markup_and_control_characters (Fixture       *fixture,
                                    gconstpointer  data)
{
  static const char *hostile = "<b>bold</b> &amp; <span foreground=\\\"red\\\">red</span> "
                               "\\u0001\\u0007\\u001b[31m\\u202e\\u200b";
  static const char *fields[] = { "\"title\": \"", "\"exhibitor\": \"", "\"summary\": \"",
                                  "\"alt\": \"", "\"label\": \"", "\"value\": \"",
                                  "\"publisher\": \"" };
  g_autofree char *exhibits = read_pack_file (fixture, "exhibits.json");
  g_autoptr(GString) edited = g_string_new (exhibits);
  g_autoptr(VtrPack) pack = NULL;
  g_autoptr(VtrExhibit) first = NULL;
  g_auto(GStrv) lines = NULL;

  /* Prefix every text value of these fields with markup and control characters. */
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *with = g_strconcat (fields[i], hostile, NULL);

      g_string_replace (edited, fields[i], with, 0);
    }
  write_pack_file (fixture, "exhibits.json", edited->str, edited->len);

  /* Text is text: the pack loads, and keeps the characters as they are. */
  lines = load (fixture, &pack);
  g_assert_cmpuint (g_strv_length (lines), ==, 0);
  g_assert_nonnull (pack);
  first = g_list_model_get_item (vtr_pack_get_exhibits (pack), 0);
  g_assert_true (g_str_has_prefix (vtr_exhibit_get_title (first),
                                   "<b>bold</b> &amp; <span foreground=\"red\">red</span> "
                                   "\x01\x07\x1b[31m\u202e\u200b"));
}

static void
test_syntax_error_after_problems (Fixture       *fixture,
                                  gconstpointer  data)
{
  /* The first exhibit has two problems, found while json-glib is still parsing the file; the
   * second has a number json-glib refuses. The file is not JSON, and that alone is reported,
   * as for any file that does not parse: no problem of its exhibits, and no unknown reference
   * to them from the timeline. */
  replace_in_file (fixture, "exhibits.json", "\"Red square\"", "\"\"");
  replace_in_file (fixture, "exhibits.json", "\"category\": \"shapes\"",
                   "\"category\": \"nope\"");
  replace_in_file (fixture, "exhibits.json", "\"year\": 2015", "\"year\": 20x5");

  assert_refused_with (fixture, "exhibits.json:45:17 [invalid-json] ");
}

static void
test_items_checked_while_parsing (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(VtrPack) pack = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(VtrExhibit) second = NULL;
  g_autoptr(VtrExhibit) third = NULL;

  /* Problems in the exhibits are found while the file is parsed, at their own places, and a
   * problem in a later file stops the pack from being built all the same. */
  replace_in_file (fixture, "exhibits.json", "\"Red square\"", "\"\"");
  replace_in_file (fixture, "timeline.json", "\"2023\"", "\"2023-13\"");
  lines = load (fixture, &pack);
  g_assert_null (pack);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_assert_cmpstr (lines[0], ==, "exhibits.json:6:16 [empty-text] /exhibits/0/title");
  g_assert_cmpstr (lines[1], ==, "timeline.json:15:14 [invalid-date] /eras/1/end");

  /* Without them, the same loader builds every exhibit, in the order of the file. */
  g_clear_pointer (&lines, g_strfreev);
  fixture_tear_down (fixture, NULL);
  fixture_set_up (fixture, NULL);
  lines = load (fixture, &pack);
  g_assert_cmpuint (g_strv_length (lines), ==, 0);
  g_assert_nonnull (pack);
  g_assert_cmpuint (g_list_model_get_n_items (vtr_pack_get_exhibits (pack)), ==, 3);
  second = g_list_model_get_item (vtr_pack_get_exhibits (pack), 1);
  third = g_list_model_get_item (vtr_pack_get_exhibits (pack), 2);
  g_assert_cmpstr (vtr_exhibit_get_id (second), ==, "green-circle");
  g_assert_cmpstr (vtr_exhibit_get_id (third), ==, "paper-note");
}

static void
test_events_in_date_order (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(VtrPack) pack = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) ids = g_string_new (NULL);
  GListModel *events;

  /* The timeline lists events by date; two of the same day keep the order of the file. */
  replace_in_file (fixture, "timeline.json", "\"2015-12\"", "\"2014\"");
  replace_in_file (fixture, "timeline.json", "\"2018-07-07\"", "\"2014-11-19\"");
  lines = load (fixture, &pack);
  g_assert_cmpuint (g_strv_length (lines), ==, 0);
  g_assert_nonnull (pack);

  events = vtr_pack_get_events (pack);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(VtrEvent) event = g_list_model_get_item (events, i);

      g_string_append_printf (ids, "%s%s", i > 0 ? " " : "", vtr_event_get_id (event));
    }
  g_assert_cmpstr (ids->str, ==, "second-show opening new-wing anniversary");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  vtr_ensure_resources ();

  /* One check's failure should not hide the others'. */
  g_test_set_nonfatal_assertions ();

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)

  ADD ("/hostile/deep-nesting", test_deep_nesting);
  ADD ("/hostile/file-of-100-mb", test_file_of_100_mb);
  ADD ("/hostile/long-string", test_long_string);
  ADD ("/hostile/million-entries", test_million_entries);
  ADD ("/hostile/object-of-many-keys", test_object_of_many_keys);
  ADD ("/hostile/too-many-values", test_too_many_values);
  ADD ("/hostile/many-problems", test_many_problems);
  ADD ("/hostile/encodings", test_encodings);
  ADD ("/hostile/pictures-that-are-not", test_pictures_that_are_not);
  ADD ("/hostile/pictures-decoded-within-limits", test_pictures_decoded_within_limits);
  ADD ("/hostile/paths-out-of-the-pack", test_paths_out_of_the_pack);
  ADD ("/hostile/markup-and-control-characters", test_markup_and_control_characters);
  ADD ("/hostile/syntax-error-after-problems", test_syntax_error_after_problems);
  ADD ("/hostile/items-checked-while-parsing", test_items_checked_while_parsing);
  ADD ("/hostile/events-in-date-order", test_events_in_date_order);

#undef ADD

  return g_test_run ();
}
