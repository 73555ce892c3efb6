/* test-array-model.c: the fixed list that holds an item's facts and sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-array-model.h"
#include "vtr-fact.h"
#include "vtr-source.h"

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
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/array-model/items", test_items);
  g_test_add_func ("/array-model/empty", test_empty);

  return g_test_run ();
}
