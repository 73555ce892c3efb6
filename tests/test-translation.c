/* test-translation.c: content follows the language, switched back and forth at run time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "vtr-catalog.h"
#include "vtr-exhibit.h"
#include "vtr-format.h"
#include "vtr-language-manager.h"
#include "vtr-translate.h"

#define TEST_DOMAIN "vitrine-test"

static VtrExhibit *
new_exhibit (const char *context)
{
  const char *body[] = { "The first paragraph.", "Not translated.", NULL };

  return g_object_new (VTR_TYPE_EXHIBIT,
                       "id", "a",
                       "title", "Hello",
                       "body", body,
                       "translation-domain", TEST_DOMAIN,
                       "context", context,
                       NULL);
}

static void
test_switch_back_and_forth (void)
{
  VtrLanguageManager *languages = vtr_language_manager_get_default ();
  g_autoptr(VtrExhibit) a = new_exhibit ("exhibit/a");
  g_autoptr(VtrExhibit) b = new_exhibit ("exhibit/b");
  static const struct {
    const char *language;
    const char *title_a;
    const char *title_b;
    const char *paragraph;
  } rounds[] = {
    { "fr", "Bonjour", "Salut", "Le premier paragraphe." },
    { "zh_CN", "你好", "Hello", "第一段。" },
    { "en", "Hello", "Hello", "The first paragraph." },
    { "fr", "Bonjour", "Salut", "Le premier paragraphe." },
    { "zh_CN", "你好", "Hello", "第一段。" },
  };
  const char *untranslated = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rounds); i++)
    {
      vtr_language_manager_set_language (languages, rounds[i].language);
      g_assert_cmpstr (vtr_language_manager_get_language (languages), ==, rounds[i].language);

      /* The same English text translates by where it stands. */
      g_assert_cmpstr (vtr_exhibit_get_title (a), ==, rounds[i].title_a);
      g_assert_cmpstr (vtr_exhibit_get_title (b), ==, rounds[i].title_b);
      g_assert_cmpstr (vtr_exhibit_get_body (a)[0], ==, rounds[i].paragraph);
      g_assert_cmpstr (vtr_exhibit_get_body (a)[1], ==, "Not translated.");

      /* A paragraph without a translation is the written one, not a copy of it. */
      if (untranslated == NULL)
        untranslated = vtr_exhibit_get_body (a)[1];
      g_assert_true (vtr_exhibit_get_body (a)[1] == untranslated);
    }
}

static void
test_without_domain_text_stays (void)
{
  g_autoptr(VtrExhibit) exhibit = g_object_new (VTR_TYPE_EXHIBIT, "title", "Hello", NULL);

  vtr_language_manager_set_language (vtr_language_manager_get_default (), "fr");
  g_assert_cmpstr (vtr_exhibit_get_title (exhibit), ==, "Hello");
  g_assert_cmpstr (vtr_translate_field (NULL, "exhibit/a", "title", "Hello"), ==, "Hello");
  g_assert_null (vtr_translate_field (TEST_DOMAIN, "exhibit/a", "title", NULL));
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_notifies_once_per_change (void)
{
  VtrLanguageManager *languages = vtr_language_manager_get_default ();
  guint count = 0;
  guint serial;
  gulong handler;

  vtr_language_manager_set_language (languages, "en");
  serial = vtr_translate_get_serial ();
  handler = g_signal_connect (languages, "notify::language", G_CALLBACK (count_cb), &count);

  vtr_language_manager_set_language (languages, "fr");
  vtr_language_manager_set_language (languages, "fr");
  vtr_language_manager_set_language (languages, "ar");

  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpuint (vtr_translate_get_serial (), ==, serial + 2);
  g_signal_handler_disconnect (languages, handler);
}

static void
test_pick (void)
{
  const char *offered[] = { "en", "zh_CN", "fr", "es", "ru", "ar", NULL };
  const char *french_canada[] = { "fr_CA.UTF-8", "fr_CA", "fr", "C", NULL };
  const char *german[] = { "de_DE.UTF-8", "de", "C", NULL };
  const char *chinese[] = { "zh_CN.UTF-8", "zh_CN", "zh", "C", NULL };
  const char *c_only[] = { "C", NULL };
  const char *no_english[] = { "fr", "ar", NULL };
  g_autofree char *a = vtr_language_pick (offered, "ar", german);
  g_autofree char *b = vtr_language_pick (offered, "de", french_canada);
  g_autofree char *c = vtr_language_pick (offered, NULL, chinese);
  g_autofree char *d = vtr_language_pick (offered, "", german);
  g_autofree char *e = vtr_language_pick (offered, NULL, c_only);
  g_autofree char *f = vtr_language_pick (no_english, NULL, german);

  g_assert_cmpstr (a, ==, "ar");
  g_assert_cmpstr (b, ==, "fr");
  g_assert_cmpstr (c, ==, "zh_CN");
  g_assert_cmpstr (d, ==, "en");
  g_assert_cmpstr (e, ==, "en");
  g_assert_cmpstr (f, ==, "fr");
}

static void
test_names_and_direction (void)
{
  g_assert_cmpstr (vtr_language_get_native_name ("zh_CN"), ==, "中文");
  g_assert_cmpstr (vtr_language_get_native_name ("ar"), ==, "العربية");
  g_assert_cmpstr (vtr_language_get_native_name ("xx"), ==, "xx");
  g_assert_true (vtr_language_is_right_to_left ("ar"));
  g_assert_true (vtr_language_is_right_to_left ("ar_EG"));
  g_assert_false (vtr_language_is_right_to_left ("fr"));
  g_assert_false (vtr_language_is_right_to_left ("zh_CN"));
}

/* Compiles the tiny test catalogs into a locale tree, as a pack's locale/ folder would be. */
static char *
compile_catalogs (void)
{
  static const char *languages[] = { "fr", "zh_CN" };
  g_autoptr(GError) error = NULL;
  char *locale = g_dir_make_tmp ("vitrine-locale-XXXXXX", &error);

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *po_name = g_strconcat (languages[i], ".po", NULL);
      g_autofree char *po = g_test_build_filename (G_TEST_DIST, "data", "i18n", po_name, NULL);
      g_autofree char *folder = g_build_filename (locale, languages[i], "LC_MESSAGES", NULL);
      g_autofree char *mo = g_build_filename (folder, TEST_DOMAIN ".mo", NULL);
      const char *argv[] = { "msgfmt", "--check", "-o", mo, po, NULL };
      int status = 0;

      g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
      g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                    &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
    }

  return locale;
}

static void
test_dates_and_numbers (void)
{
  static const struct {
    const char *language;
    const char *date;
    const char *month;
    const char *number;
  } expected[] = {
    { "en", "8 November 2023", "November 2023", "12,000" },
    { "zh_CN", "2023年11月8日", "2023年11月", "12,000" },
    { "fr", "8 novembre 2023", "novembre 2023", "12\u202f000" },
    { "es", "8 de noviembre de 2023", "noviembre de 2023", "12.000" },
    { "ru", "8 ноября 2023\u00a0г.", "ноябрь 2023\u00a0г.", "12\u00a0000" },
    { "ar", "8 نوفمبر 2023", "نوفمبر 2023", "12,000" },
  };
  VtrLanguageManager *languages = vtr_language_manager_get_default ();

  if (g_getenv ("VITRINE_LOCALEDIR") == NULL)
    {
      g_test_skip ("VITRINE_LOCALEDIR does not point at the built catalogs");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *date = NULL;
      g_autofree char *month = NULL;
      g_autofree char *number = NULL;

      vtr_language_manager_set_language (languages, expected[i].language);
      date = vtr_format_date ("2023-11-08");
      month = vtr_format_date ("2023-11");
      number = vtr_format_number (12000);

      g_assert_cmpstr (date, ==, expected[i].date);
      if (expected[i].month != NULL)
        g_assert_cmpstr (month, ==, expected[i].month);
      g_assert_cmpstr (number, ==, expected[i].number);
    }

  vtr_language_manager_set_language (languages, "en");
}

static char *catalogs;

static void
test_catalog_keys (void)
{
  g_autofree char *mo = g_build_filename (catalogs, "fr", "LC_MESSAGES", TEST_DOMAIN ".mo", NULL);
  g_autofree char *po = g_test_build_filename (G_TEST_DIST, "data", "i18n", "fr.po", NULL);
  g_autoptr(GFile) catalog = g_file_new_for_path (mo);
  g_autoptr(GFile) not_catalog = g_file_new_for_path (po);
  g_autoptr(GHashTable) keys = NULL;
  g_autoptr(GHashTable) none = NULL;
  g_autofree char *key = vtr_catalog_key ("exhibit/a/title", "Hello");
  g_autoptr(GError) error = NULL;

  keys = vtr_catalog_read_keys (catalog, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (keys), ==, 3);
  g_assert_true (g_hash_table_contains (keys, key));

  none = vtr_catalog_read_keys (not_catalog, &error);
  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *locale = NULL;

  /* The tests run under LC_ALL=C.UTF-8 and even under C: switching must work from there. */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  /* As main.c does: GLib's first g_dgettext() call must come before textdomain(). */
  (void) g_dgettext (GETTEXT_PACKAGE, "");
  if (g_getenv ("VITRINE_LOCALEDIR") != NULL)
    {
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("VITRINE_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }

  locale = compile_catalogs ();
  catalogs = locale;
  bindtextdomain (TEST_DOMAIN, locale);
  bind_textdomain_codeset (TEST_DOMAIN, "UTF-8");

  g_test_add_func ("/translation/switch-back-and-forth", test_switch_back_and_forth);
  g_test_add_func ("/translation/without-domain", test_without_domain_text_stays);
  g_test_add_func ("/translation/notifies-once-per-change", test_notifies_once_per_change);
  g_test_add_func ("/translation/pick", test_pick);
  g_test_add_func ("/translation/names-and-direction", test_names_and_direction);
  g_test_add_func ("/translation/dates-and-numbers", test_dates_and_numbers);
  g_test_add_func ("/translation/catalog-keys", test_catalog_keys);

  return g_test_run ();
}
