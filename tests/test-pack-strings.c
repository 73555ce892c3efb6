/* test-pack-strings.c: the translatable text of content packs, as a gettext template
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "vtr-fact.h"
#include "vtr-pack-loader.h"
#include "vtr-pack-strings.h"

static const char *pack_file_names[] = {
  "pack.json", "exhibits.json", "timeline.json", "figures.json", "tours.json",
};

static VtrPackStrings *
extract (GFile *location)
{
  g_autoptr(GError) error = NULL;
  VtrPackStrings *strings = vtr_pack_strings_new_for_location (location, &error);

  g_assert_no_error (error);
  g_assert_nonnull (strings);

  return strings;
}

static VtrPackStrings *
extract_minimal (void)
{
  g_autoptr(GFile) location = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data",
                                                                         "minimal", NULL));

  return extract (location);
}

/* Copies the minimal pack's JSON files into a new temporary folder, replacing @from with @to
 * in @file_name, so that a test can plant text that the checked-in pack does not hold. */
static char *
make_pack (const char *file_name,
           const char *from,
           const char *to)
{
  g_autoptr(GError) error = NULL;
  char *folder = g_dir_make_tmp ("vitrine-pack-strings-XXXXXX", &error);

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (pack_file_names); i++)
    {
      g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "minimal",
                                                       pack_file_names[i], NULL);
      g_autofree char *target = g_build_filename (folder, pack_file_names[i], NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GString) text = NULL;

      g_file_get_contents (source, &contents, NULL, &error);
      g_assert_no_error (error);
      text = g_string_new (contents);
      if (g_str_equal (pack_file_names[i], file_name))
        g_assert_cmpuint (g_string_replace (text, from, to, 0), >=, 1);
      g_file_set_contents (target, text->str, -1, &error);
      g_assert_no_error (error);
    }

  return folder;
}

static void
remove_pack (const char *folder)
{
  for (guint i = 0; i < G_N_ELEMENTS (pack_file_names); i++)
    {
      g_autofree char *path = g_build_filename (folder, pack_file_names[i], NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

static void
assert_entry (VtrPackStrings *strings,
              const char     *context,
              const char     *msgid,
              const char     *reference)
{
  const VtrPackString *entry = vtr_pack_strings_lookup (strings, context);

  if (entry == NULL)
    g_error ("No string with the context %s", context);
  g_assert_cmpstr (entry->context, ==, context);
  g_assert_cmpstr (entry->msgid, ==, msgid);
  g_assert_cmpuint (entry->references->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (entry->references, 0), ==, reference);
  g_assert_nonnull (entry->comment);
  g_assert_cmpstr (entry->comment, !=, "");
}

static void
assert_no_duplicates (VtrPackStrings *strings)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < vtr_pack_strings_get_n_strings (strings); i++)
    {
      const VtrPackString *entry = vtr_pack_strings_get_string (strings, i);
      char *key = g_strconcat (entry->context, "\004", entry->msgid, NULL);

      if (!g_hash_table_add (seen, key))
        g_error ("%s / %s appears twice", entry->context, entry->msgid);
    }
}

static gboolean
has_msgid (VtrPackStrings *strings,
           const char     *msgid)
{
  for (guint i = 0; i < vtr_pack_strings_get_n_strings (strings); i++)
    {
      if (g_str_equal (vtr_pack_strings_get_string (strings, i)->msgid, msgid))
        return TRUE;
    }

  return FALSE;
}

static guint
count_msgid (VtrPackStrings *strings,
             const char     *msgid)
{
  guint count = 0;

  for (guint i = 0; i < vtr_pack_strings_get_n_strings (strings); i++)
    {
      if (g_str_equal (vtr_pack_strings_get_string (strings, i)->msgid, msgid))
        count++;
    }

  return count;
}

/* Runs msgcat over @pot. It rewrites a template in gettext's own canonical form, so output that
 * equals its input proves the escaping as well as the syntax. */
static void
assert_msgcat_keeps (const char *pot)
{
  g_autofree char *msgcat = g_find_program_in_path ("msgcat");
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int fd, status;

  if (msgcat == NULL)
    {
      g_test_message ("msgcat is not installed; the template's syntax is not checked");
      return;
    }

  fd = g_file_open_tmp ("vitrine-XXXXXX.pot", &path, &error);
  g_assert_no_error (error);
  g_close (fd, NULL);
  g_file_set_contents (path, pot, -1, &error);
  g_assert_no_error (error);

  g_spawn_sync (NULL, (char *[]) { msgcat, (char *)"--no-wrap", path, NULL }, NULL,
                G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_remove (path), ==, 0);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("msgcat refused the template: %s", err);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpstr (out, ==, pot);
}

static void
test_minimal_entries (void)
{
  g_autoptr(VtrPackStrings) strings = extract_minimal ();
  const VtrPackString *first;

  g_assert_cmpuint (vtr_pack_strings_get_n_strings (strings), ==, 43);

  /* Files come in a fixed order, and the manifest's own fields before its categories. */
  first = vtr_pack_strings_get_string (strings, 0);
  g_assert_cmpstr (first->context, ==, "pack/title");
  g_assert_cmpstr (vtr_pack_strings_get_string (strings, 3)->context, ==,
                   "category/shapes/name");

  assert_entry (strings, "pack/title", "Minimal test pack", "pack.json:5");
  assert_entry (strings, "pack/description",
                "A tiny pack for the validator’s tests: two categories, three exhibits and a "
                "short timeline.", "pack.json:6");
  assert_entry (strings, "pack/hero/alt", "A red rectangle.", "pack.json:29");
  assert_entry (strings, "category/documents/name", "Documents", "pack.json:22");
  assert_entry (strings, "exhibit/red-square/title", "Red square", "exhibits.json:6");
  assert_entry (strings, "exhibit/red-square/exhibitor", "Vitrine test suite",
                "exhibits.json:7");
  assert_entry (strings, "exhibit/red-square/body/1",
                "It is drawn with a single SVG rect element.", "exhibits.json:13");
  assert_entry (strings, "exhibit/red-square/image/alt",
                "A red rectangle on a transparent background.", "exhibits.json:17");
  assert_entry (strings, "exhibit/red-square/facts/0/label", "Sides", "exhibits.json:21");
  assert_entry (strings, "exhibit/red-square/facts/0/value", "Four", "exhibits.json:22");
  assert_entry (strings, "era/later-years/name", "Later years", "timeline.json:13");
  assert_entry (strings, "event/opening/image/alt", "A green circle.", "timeline.json:28");
  assert_entry (strings, "event/anniversary/text", "The gallery looks back on its first years.",
                "timeline.json:77");
  assert_entry (strings, "figure/corridor-length/label", "of corridors in the gallery",
                "figures.json:22");
  assert_entry (strings, "figure/corridor-length/unit", "kilometres", "figures.json:21");
  assert_entry (strings, "tour/guided-talk/description", "A short talk through the collection.",
                "tours.json:7");
  assert_entry (strings, "tour/guided-talk/stops/2/notes", "About twelve hundred people came.",
                "tours.json:21");

  /* Optional text that is absent gives no entry rather than an empty one. */
  g_assert_null (vtr_pack_strings_lookup (strings, "tour/guided-talk/stops/1/notes"));
  g_assert_null (vtr_pack_strings_lookup (strings, "tour/kiosk-loop/description"));
  g_assert_null (vtr_pack_strings_lookup (strings, "event/second-show/image/alt"));

  assert_no_duplicates (strings);
}

static void
test_minimal_leaves_data_alone (void)
{
  g_autoptr(VtrPackStrings) strings = extract_minimal ();
  static const char *never[] = {
    /* ids and references */
    "red-square", "green-circle", "shapes", "opening", "guided-talk", "corridor-length",
    /* dates, URLs, colours, icons, languages, the domain, paths and enumerations */
    "2014-11-19", "2015-12", "2023", "https://example.org/red-square",
    "http://example.org/archive", "#1c71d8", "vtr-category-conference-symbolic", "en", "de",
    "vitrine-pack-minimal-test", "images/rect.svg", "approximate", "talk", "attract",
    /* the titles of sources, which name real publications */
    "Red square catalogue entry", "Gallery archive", "Opening press release", "Floor plan",
  };

  for (guint i = 0; i < G_N_ELEMENTS (never); i++)
    {
      if (has_msgid (strings, never[i]))
        g_error ("“%s” is not translatable but was extracted", never[i]);
    }

  /* "Vitrine test suite" is each exhibit's exhibitor and every source's publisher: only the
   * three exhibitors are translatable. */
  g_assert_cmpuint (count_msgid (strings, "Vitrine test suite"), ==, 3);

  for (guint i = 0; i < vtr_pack_strings_get_n_strings (strings); i++)
    {
      const VtrPackString *entry = vtr_pack_strings_get_string (strings, i);

      g_assert_false (g_str_has_prefix (entry->context, "source"));
      g_assert_null (strstr (entry->context, "/sources/"));
    }
}

static void
test_minimal_pot (void)
{
  g_autoptr(VtrPackStrings) strings = extract_minimal ();
  g_autofree char *pot = vtr_pack_strings_to_pot (strings);

  g_assert_true (g_str_has_prefix (pot, "# Translatable text of the content pack "
                                        "“Minimal test pack”.\n"));
  g_assert_nonnull (strstr (pot, "#, fuzzy\nmsgid \"\"\nmsgstr \"\"\n"
                                 "\"Project-Id-Version: minimal-test\\n\"\n"));
  g_assert_nonnull (strstr (pot, "\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"));
  g_assert_nonnull (strstr (pot, "\n\"X-Generator: "));
  /* No creation date: the same pack must give the same template every time. */
  g_assert_null (strstr (pot, "POT-Creation-Date"));

  g_assert_nonnull (strstr (pot, "\n\n#. Exhibit title\n"
                                 "#: exhibits.json:6\n"
                                 "msgctxt \"exhibit/red-square/title\"\n"
                                 "msgid \"Red square\"\n"
                                 "msgstr \"\"\n"));
  g_assert_true (g_str_has_suffix (pot, "msgctxt \"tour/kiosk-loop/title\"\n"
                                        "msgid \"Kiosk loop\"\n"
                                        "msgstr \"\"\n"));

  assert_msgcat_keeps (pot);
}

static void
test_escaping (void)
{
  g_autofree char *folder = make_pack ("exhibits.json", "\"title\": \"Red square\"",
                                       "\"title\": \"Say \\\"hi\\\"\\\\ now\\nand\\tthen\"");
  g_autoptr(GFile) location = g_file_new_for_path (folder);
  g_autoptr(VtrPackStrings) strings = extract (location);
  g_autofree char *pot = vtr_pack_strings_to_pot (strings);

  assert_entry (strings, "exhibit/red-square/title", "Say \"hi\"\\ now\nand\tthen",
                "exhibits.json:6");

  /* A line break inside the text starts a new row, as xgettext writes it. */
  g_assert_nonnull (strstr (pot, "msgctxt \"exhibit/red-square/title\"\n"
                                 "msgid \"\"\n"
                                 "\"Say \\\"hi\\\"\\\\ now\\n\"\n"
                                 "\"and\\tthen\"\n"
                                 "msgstr \"\"\n"));
  assert_msgcat_keeps (pot);

  remove_pack (folder);
}

static void
test_repeated_id (void)
{
  /* Two exhibits with one id is an error the validator reports; the template must still never
   * hold one context and text twice, or msgfmt would refuse it. */
  g_autofree char *folder = make_pack ("exhibits.json", "\"id\": \"green-circle\"",
                                       "\"id\": \"red-square\"");
  g_autoptr(GFile) location = g_file_new_for_path (folder);
  g_autoptr(VtrPackStrings) strings = extract (location);
  g_autofree char *pot = vtr_pack_strings_to_pot (strings);
  const VtrPackString *exhibitor;

  assert_no_duplicates (strings);

  exhibitor = vtr_pack_strings_lookup (strings, "exhibit/red-square/exhibitor");
  g_assert_cmpuint (exhibitor->references->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (exhibitor->references, 0), ==, "exhibits.json:7");
  g_assert_cmpstr (g_ptr_array_index (exhibitor->references, 1), ==, "exhibits.json:43");
  g_assert_nonnull (strstr (pot, "#: exhibits.json:7 exhibits.json:43\n"
                                 "msgctxt \"exhibit/red-square/exhibitor\"\n"));

  /* Different text under one context is two entries, which gettext allows. */
  g_assert_true (has_msgid (strings, "Red square"));
  g_assert_true (has_msgid (strings, "Green circle"));
  assert_msgcat_keeps (pot);

  remove_pack (folder);
}

static void
test_missing_folder (void)
{
  g_autoptr(GFile) location = g_file_new_for_path ("/nonexistent/vitrine-pack");
  g_autoptr(GError) error = NULL;
  g_autoptr(VtrPackStrings) strings = vtr_pack_strings_new_for_location (location, &error);

  g_assert_null (strings);
  g_assert_error (error, VTR_PACK_ERROR, VTR_PACK_ERROR_MISSING_FILE);
  g_assert_true (g_str_has_prefix (error->message, "pack.json: "));
}

/* Counts what the pack's models hold, independently of the extractor's walk over the JSON, and
 * checks each text against the entry the extractor made for it. */
static void
expect (VtrPackStrings *strings,
        guint          *count,
        const char     *text,
        const char     *format,
        ...) G_GNUC_PRINTF (4, 5);

static void
expect (VtrPackStrings *strings,
        guint          *count,
        const char     *text,
        const char     *format,
        ...)
{
  g_autofree char *context = NULL;
  const VtrPackString *entry;
  va_list args;

  va_start (args, format);
  context = g_strdup_vprintf (format, args);
  va_end (args);

  entry = vtr_pack_strings_lookup (strings, context);
  if (text == NULL || text[0] == '\0')
    {
      g_assert_null (entry);
      return;
    }

  if (entry == NULL)
    g_error ("No string with the context %s", context);
  g_assert_cmpstr (entry->msgid, ==, text);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (entry->references, 0),
                                   "resources/pack/"));
  (*count)++;
}

static guint
count_exhibit_strings (VtrPackStrings *strings,
                       VtrExhibit     *exhibit)
{
  const char *id = vtr_exhibit_get_id (exhibit);
  const char * const *body = vtr_exhibit_get_body (exhibit);
  GListModel *facts = vtr_exhibit_get_facts (exhibit);
  guint count = 0;

  expect (strings, &count, vtr_exhibit_get_title (exhibit), "exhibit/%s/title", id);
  expect (strings, &count, vtr_exhibit_get_exhibitor (exhibit), "exhibit/%s/exhibitor", id);
  expect (strings, &count, vtr_exhibit_get_summary (exhibit), "exhibit/%s/summary", id);
  for (guint i = 0; body[i] != NULL; i++)
    expect (strings, &count, body[i], "exhibit/%s/body/%u", id, i);
  expect (strings, &count, vtr_image_get_alt (vtr_exhibit_get_image (exhibit)),
          "exhibit/%s/image/alt", id);
  for (guint i = 0; i < g_list_model_get_n_items (facts); i++)
    {
      g_autoptr(VtrFact) fact = g_list_model_get_item (facts, i);

      expect (strings, &count, vtr_fact_get_label (fact), "exhibit/%s/facts/%u/label", id, i);
      expect (strings, &count, vtr_fact_get_value (fact), "exhibit/%s/facts/%u/value", id, i);
    }

  return count;
}

static guint
count_timeline_strings (VtrPackStrings *strings,
                        VtrPack        *pack)
{
  GListModel *eras = vtr_pack_get_eras (pack);
  GListModel *events = vtr_pack_get_events (pack);
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (eras); i++)
    {
      g_autoptr(VtrEra) era = g_list_model_get_item (eras, i);

      expect (strings, &count, vtr_era_get_name (era), "era/%s/name", vtr_era_get_id (era));
    }

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(VtrEvent) event = g_list_model_get_item (events, i);
      const char *id = vtr_event_get_id (event);
      VtrImage *image = vtr_event_get_image (event);

      expect (strings, &count, vtr_event_get_title (event), "event/%s/title", id);
      expect (strings, &count, vtr_event_get_text (event), "event/%s/text", id);
      expect (strings, &count, image != NULL ? vtr_image_get_alt (image) : NULL,
              "event/%s/image/alt", id);
    }

  return count;
}

static guint
count_tour_strings (VtrPackStrings *strings,
                    VtrTour        *tour)
{
  const char *id = vtr_tour_get_id (tour);
  GListModel *stops = vtr_tour_get_stops (tour);
  guint count = 0;

  expect (strings, &count, vtr_tour_get_title (tour), "tour/%s/title", id);
  expect (strings, &count, vtr_tour_get_description (tour), "tour/%s/description", id);
  for (guint i = 0; i < g_list_model_get_n_items (stops); i++)
    {
      g_autoptr(VtrTourStop) stop = g_list_model_get_item (stops, i);

      expect (strings, &count, vtr_tour_stop_get_notes (stop), "tour/%s/stops/%u/notes", id, i);
    }

  return count;
}

static void
test_builtin_count (void)
{
  g_autoptr(GFile) location = vtr_pack_get_builtin_location ();
  g_autoptr(VtrPackLoader) loader = vtr_pack_loader_new (location);
  g_autoptr(VtrPack) pack = NULL;
  g_autoptr(VtrPackStrings) strings = extract (location);
  g_autoptr(GError) error = NULL;
  VtrImage *hero;
  GListModel *list;
  guint count = 0;

  pack = vtr_pack_loader_load (loader, &error);
  g_assert_no_error (error);

  expect (strings, &count, vtr_pack_get_title (pack), "pack/title");
  expect (strings, &count, vtr_pack_get_description (pack), "pack/description");
  hero = vtr_pack_get_hero (pack);
  expect (strings, &count, hero != NULL ? vtr_image_get_alt (hero) : NULL, "pack/hero/alt");

  list = vtr_pack_get_categories (pack);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(VtrCategory) category = g_list_model_get_item (list, i);

      expect (strings, &count, vtr_category_get_name (category), "category/%s/name",
              vtr_category_get_id (category));
    }

  list = vtr_pack_get_exhibits (pack);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(VtrExhibit) exhibit = g_list_model_get_item (list, i);

      count += count_exhibit_strings (strings, exhibit);
    }

  count += count_timeline_strings (strings, pack);

  list = vtr_pack_get_figures (pack);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(VtrFigure) figure = g_list_model_get_item (list, i);
      const char *id = vtr_figure_get_id (figure);

      expect (strings, &count, vtr_figure_get_label (figure), "figure/%s/label", id);
      expect (strings, &count, vtr_figure_get_unit (figure), "figure/%s/unit", id);
    }

  list = vtr_pack_get_tours (pack);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(VtrTour) tour = g_list_model_get_item (list, i);

      count += count_tour_strings (strings, tour);
    }

  g_test_message ("The built-in pack holds %u translatable strings", count);
  g_assert_cmpuint (count, >, 400);
  g_assert_cmpuint (vtr_pack_strings_get_n_strings (strings), ==, count);
  assert_no_duplicates (strings);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pack-strings/minimal/entries", test_minimal_entries);
  g_test_add_func ("/pack-strings/minimal/leaves-data-alone", test_minimal_leaves_data_alone);
  g_test_add_func ("/pack-strings/minimal/pot", test_minimal_pot);
  g_test_add_func ("/pack-strings/escaping", test_escaping);
  g_test_add_func ("/pack-strings/repeated-id", test_repeated_id);
  g_test_add_func ("/pack-strings/missing-folder", test_missing_folder);
  g_test_add_func ("/pack-strings/builtin/count", test_builtin_count);

  return g_test_run ();
}
