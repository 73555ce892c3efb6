/* test-json-locator.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vtr-json-locator.h"

static VtrJsonLocator *
locator_for (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return vtr_json_locator_new (bytes);
}

static void
assert_value_at (VtrJsonLocator *locator,
                 const char     *pointer,
                 guint           line,
                 guint           column)
{
  guint found_line = 0, found_column = 0;

  g_assert_true (vtr_json_locator_find_value (locator, pointer, &found_line, &found_column));
  g_assert_cmpuint (found_line, ==, line);
  g_assert_cmpuint (found_column, ==, column);
}

static void
test_values_and_keys (void)
{
  g_autoptr(VtrJsonLocator) locator = locator_for ("{\n"
                                                   "  \"a\": [1, {\"b\": \"x\"}],\n"
                                                   "  \"c/d\": {\"e~f\": null}\n"
                                                   "}\n");
  guint line, column;

  assert_value_at (locator, "", 1, 1);
  assert_value_at (locator, "/a", 2, 8);
  assert_value_at (locator, "/a/0", 2, 9);
  assert_value_at (locator, "/a/1", 2, 12);
  assert_value_at (locator, "/a/1/b", 2, 18);
  assert_value_at (locator, "/c~1d", 3, 10);
  assert_value_at (locator, "/c~1d/e~0f", 3, 18);

  g_assert_true (vtr_json_locator_find_key (locator, "/a/1/b", &line, &column));
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpuint (column, ==, 13);

  g_assert_false (vtr_json_locator_find_value (locator, "/missing", &line, &column));
}

static void
test_columns_count_characters (void)
{
  /* "é" and "乌" take two and three bytes, but one column each. */
  g_autoptr(VtrJsonLocator) locator = locator_for ("{\"t\": \"é乌\", \"n\": 5}");

  assert_value_at (locator, "/n", 1, 18);
}

static void
test_escaped_keys (void)
{
  g_autoptr(VtrJsonLocator) locator = locator_for ("{\"\\u00e9\\\"q\": 1}");

  assert_value_at (locator, "/é\"q", 1, 15);
}

static void
test_duplicate_keys (void)
{
  g_autoptr(VtrJsonLocator) locator = locator_for ("{\"a\": 1,\n \"b\": {\"x\": 1, \"x\": 2},\n"
                                                   " \"a\": 3}");
  const VtrJsonPlace *places;
  guint n_places;

  places = vtr_json_locator_get_duplicate_keys (locator, &n_places);
  g_assert_cmpuint (n_places, ==, 2);
  g_assert_cmpstr (places[0].pointer, ==, "/b/x");
  g_assert_cmpuint (places[0].line, ==, 2);
  g_assert_cmpuint (places[0].column, ==, 16);
  g_assert_cmpstr (places[1].pointer, ==, "/a");
  g_assert_cmpuint (places[1].line, ==, 3);
  g_assert_cmpuint (places[1].column, ==, 2);
}

static void
test_too_deep (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(VtrJsonLocator) shallow = locator_for ("[[[[1]]]]");
  g_autoptr(VtrJsonLocator) deep = NULL;
  VtrJsonPlace place = { 0 };

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, '[');
  deep = locator_for (text->str);

  g_assert_false (vtr_json_locator_is_too_deep (shallow, NULL));
  g_assert_true (vtr_json_locator_is_too_deep (deep, &place));
  g_assert_cmpuint (place.line, ==, 1);
  g_assert_cmpuint (place.column, ==, VTR_JSON_MAX_DEPTH + 1);
}

static void
test_broken_text_is_harmless (void)
{
  const char *texts[] = { "", "{", "{\"a\"", "{\"a\":", "[1,", "\"abc", "{\"a\" 1}", "]", "\\" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(VtrJsonLocator) locator = locator_for (texts[i]);
      guint line, column;

      /* Whatever the scanner made of it, a lookup must answer without crashing. */
      vtr_json_locator_find_value (locator, "/a", &line, &column);
      g_assert_false (vtr_json_locator_is_too_deep (locator, NULL));
    }
}

static void
test_root_arrays (void)
{
  g_autoptr(VtrJsonLocator) object = locator_for ("{\"a\": [1, [2]], \"b\": {\"c\": []},\n"
                                                  " \"d\\u0065\": [], \"f\": \"[\", \"a\": []}");
  g_autoptr(VtrJsonLocator) array = locator_for ("[[1], {\"a\": []}]");
  g_autoptr(VtrJsonLocator) broken = locator_for ("{\"a\": [1], \"b\": [");
  g_autoptr(VtrJsonLocator) empty = locator_for ("{}");
  const char * const *keys = vtr_json_locator_get_root_arrays (object);

  /* Only members of the root object count, unescaped, in order, repeats included. */
  g_assert_nonnull (keys);
  g_assert_cmpstr (keys[0], ==, "a");
  g_assert_cmpstr (keys[1], ==, "de");
  g_assert_cmpstr (keys[2], ==, "a");
  g_assert_null (keys[3]);

  /* A root that is not an object, or a walk that stopped, names none. */
  g_assert_null (vtr_json_locator_get_root_arrays (array));
  g_assert_null (vtr_json_locator_get_root_arrays (broken));
  g_assert_nonnull (vtr_json_locator_get_root_arrays (empty));
  g_assert_null (vtr_json_locator_get_root_arrays (empty)[0]);
}

static void
test_pointer_append (void)
{
  g_autofree char *a = vtr_json_pointer_append ("/x", "a/b~c");
  g_autofree char *b = vtr_json_pointer_append_index ("/x", 12);

  g_assert_cmpstr (a, ==, "/x/a~1b~0c");
  g_assert_cmpstr (b, ==, "/x/12");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-locator/values-and-keys", test_values_and_keys);
  g_test_add_func ("/json-locator/columns-count-characters", test_columns_count_characters);
  g_test_add_func ("/json-locator/escaped-keys", test_escaped_keys);
  g_test_add_func ("/json-locator/duplicate-keys", test_duplicate_keys);
  g_test_add_func ("/json-locator/too-deep", test_too_deep);
  g_test_add_func ("/json-locator/broken-text", test_broken_text_is_harmless);
  g_test_add_func ("/json-locator/pointer-append", test_pointer_append);
  g_test_add_func ("/json-locator/root-arrays", test_root_arrays);

  return g_test_run ();
}
