/* test-compact-models.c: the fixed lists and string blocks that keep a large pack small
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vtr-array-model.h"
#include "vtr-fact.h"
#include "vtr-image.h"
#include "vtr-source.h"
#include "vtr-string-block.h"

static void
test_items (void)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) model = NULL;
  g_autoptr(VtrFact) second = NULL;
  VtrFact *weak;

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *label = g_strdup_printf ("Label %u", i);

      g_ptr_array_add (items, g_object_new (VTR_TYPE_FACT, "label", label, "value", "v",
                                            NULL));
    }
  weak = items->pdata[2];
  g_object_add_weak_pointer (G_OBJECT (weak), (gpointer *)&weak);

  model = vtr_array_model_new (VTR_TYPE_FACT, items);
  g_clear_pointer (&items, g_ptr_array_unref);

  g_assert_true (g_list_model_get_item_type (model) == VTR_TYPE_FACT);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  second = g_list_model_get_item (model, 1);
  g_assert_cmpstr (vtr_fact_get_label (second), ==, "Label 1");
  g_assert_null (g_list_model_get_item (model, 3));

  /* The list holds its own references, and lets go of them with itself. */
  g_assert_nonnull (weak);
  g_clear_object (&model);
  g_assert_null (weak);
}

static void
test_empty (void)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GListModel) empty = vtr_array_model_new (VTR_TYPE_SOURCE, none);
  g_autoptr(GListModel) null = vtr_array_model_new (VTR_TYPE_SOURCE, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (empty), ==, 0);
  g_assert_null (g_list_model_get_item (empty, 0));
  g_assert_cmpuint (g_list_model_get_n_items (null), ==, 0);
  g_assert_true (g_list_model_get_item_type (null) == VTR_TYPE_SOURCE);

  /* Empty lists never change, so one of each item type serves them all. */
  g_assert_true (empty == null);
}

static void
test_string_block (void)
{
  char *a = g_strdup ("first");
  char *b = NULL;
  char *c = g_strdup ("");
  char *d = g_strdup ("fourth, with ünïcode");
  char **strings[] = { &a, &b, &c, &d };
  g_autofree char *block = vtr_string_block_new (strings, G_N_ELEMENTS (strings));
  char *none = NULL;
  char **nothing[] = { &none };

  /* Every string is in the block, in order, and NULL stays NULL. */
  g_assert_true (a == block);
  g_assert_cmpstr (a, ==, "first");
  g_assert_null (b);
  g_assert_true (c == a + strlen ("first") + 1);
  g_assert_cmpstr (c, ==, "");
  g_assert_true (d == c + 1);
  g_assert_cmpstr (d, ==, "fourth, with ünïcode");

  g_assert_null (vtr_string_block_new (nothing, 1));
  g_assert_null (none);
}

static void
test_string_block_strv (void)
{
  char **strv = g_strsplit ("one,two,,four", ",", -1);
  g_autofree char **block = vtr_string_block_new_strv (strv);
  g_autofree char **empty = vtr_string_block_new_strv (g_new0 (char *, 1));

  /* One allocation: the array, then its strings right after it. */
  g_assert_cmpuint (g_strv_length (block), ==, 4);
  g_assert_true (block[0] == (char *)(block + 5));
  g_assert_cmpstr (block[0], ==, "one");
  g_assert_cmpstr (block[1], ==, "two");
  g_assert_cmpstr (block[2], ==, "");
  g_assert_cmpstr (block[3], ==, "four");
  g_assert_null (block[4]);

  g_assert_nonnull (empty);
  g_assert_null (empty[0]);
  g_assert_null (vtr_string_block_new_strv (NULL));
}

static void
test_models_keep_their_strings (void)
{
  g_autoptr(VtrSource) source = g_object_new (VTR_TYPE_SOURCE,
                                              "title", "A title",
                                              "publisher", "A publisher",
                                              "url", "https://example.org/",
                                              NULL);
  g_autofree char *title = NULL;

  /* Getters and properties read from the block. */
  g_assert_cmpstr (vtr_source_get_title (source), ==, "A title");
  g_assert_cmpstr (vtr_source_get_publisher (source), ==, "A publisher");
  g_assert_null (vtr_source_get_date (source));
  g_assert_cmpstr (vtr_source_get_url (source), ==, "https://example.org/");
  g_object_get (source, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "A title");
}

static void
test_items_keep_their_context (void)
{
  g_autoptr(VtrFact) fact = g_object_new (VTR_TYPE_FACT,
                                          "label", "Sides",
                                          "value", "Four",
                                          "translation-domain", "vitrine-test",
                                          "context", "exhibit/a/facts/0",
                                          NULL);
  g_autoptr(VtrFact) bare = g_object_new (VTR_TYPE_FACT, "label", "Sides", NULL);

  /* The context moves into the fact's block of strings, and is still the item's. */
  g_assert_cmpstr (vtr_item_get_context (VTR_ITEM (fact)), ==, "exhibit/a/facts/0");
  g_assert_cmpstr (vtr_item_get_translation_domain (VTR_ITEM (fact)), ==, "vitrine-test");
  g_assert_cmpstr (vtr_fact_get_label (fact), ==, "Sides");
  g_assert_cmpstr (vtr_fact_get_value (fact), ==, "Four");
  g_assert_null (vtr_item_get_context (VTR_ITEM (bare)));
}

static void
test_image_file_on_demand (void)
{
  g_autoptr(GFile) folder = g_file_new_for_path ("/museum/pack");
  g_autoptr(GFile) given = g_file_new_for_path ("/elsewhere/picture.png");
  g_autoptr(VtrImage) image = g_object_new (VTR_TYPE_IMAGE,
                                            "path", "images/a.svg",
                                            "alt", "A picture.",
                                            "folder", folder,
                                            NULL);
  g_autoptr(VtrImage) with_file = g_object_new (VTR_TYPE_IMAGE,
                                                "path", "images/a.svg",
                                                "file", given,
                                                "folder", folder,
                                                NULL);
  g_autoptr(VtrImage) alone = g_object_new (VTR_TYPE_IMAGE, "path", "images/a.svg", NULL);
  g_autoptr(GFile) property = NULL;
  g_autofree char *path = NULL;
  GFile *file;

  /* The path is resolved against the folder when the file is first asked for, and once. */
  file = vtr_image_get_file (image);
  path = g_file_get_path (file);
  g_assert_cmpstr (path, ==, "/museum/pack/images/a.svg");
  g_assert_true (vtr_image_get_file (image) == file);
  g_object_get (image, "file", &property, NULL);
  g_assert_true (property == file);

  /* A file given is used as it is; without either, there is none. */
  g_assert_true (vtr_image_get_file (with_file) == given);
  g_assert_null (vtr_image_get_file (alone));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/array-model/items", test_items);
  g_test_add_func ("/array-model/empty", test_empty);
  g_test_add_func ("/string-block/strings", test_string_block);
  g_test_add_func ("/string-block/strv", test_string_block_strv);
  g_test_add_func ("/string-block/models", test_models_keep_their_strings);
  g_test_add_func ("/image/file-on-demand", test_image_file_on_demand);
  g_test_add_func ("/string-block/item-context", test_items_keep_their_context);

  return g_test_run ();
}
