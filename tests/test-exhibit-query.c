/* test-exhibit-query.c: the gallery's filter and sort, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-exhibit-query.h"
#include "vtr-pack-loader.h"
#include "vtr-test-utils.h"

static VtrCategory *
new_category (const char *id)
{
  return g_object_new (VTR_TYPE_CATEGORY,
                       "id", id,
                       "name", id,
                       "icon-name", "vtr-category-networks-symbolic",
                       "color", "#26a269",
                       NULL);
}

static VtrExhibit *
new_exhibit (const char  *id,
             const char  *title,
             int          year,
             VtrCategory *category)
{
  return g_object_new (VTR_TYPE_EXHIBIT,
                       "id", id,
                       "title", title,
                       "exhibitor", "Test",
                       "category", category,
                       "year", year,
                       NULL);
}

static GListModel *
small_collection (void)
{
  g_autoptr(VtrCategory) networks = new_category ("networks");
  g_autoptr(VtrCategory) reports = new_category ("reports");
  GListStore *store = g_list_store_new (VTR_TYPE_EXHIBIT);
  struct {
    const char  *id;
    const char  *title;
    int          year;
    VtrCategory *category;
  } rows[] = {
    { "undated-b", "Blue book", 0, reports },
    { "quic", "QUIC", 2021, networks },
    { "ipv6", "IPv6", 2017, networks },
    { "undated-a", "atlas", 0, networks },
    { "concept", "Concept paper", 2019, reports },
    { "http3", "HTTP/3", 2022, networks },
    { "initiative", "Initiative", 2019, reports },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(VtrExhibit) exhibit = new_exhibit (rows[i].id, rows[i].title, rows[i].year,
                                                   rows[i].category);

      g_list_store_append (store, exhibit);
    }

  return G_LIST_MODEL (store);
}

static void
test_year_order (void)
{
  g_autoptr(VtrExhibitQuery) query = vtr_exhibit_query_new ();
  g_autoptr(GListModel) exhibits = small_collection ();
  g_autofree char *ids = NULL;

  vtr_exhibit_query_set_exhibits (query, exhibits);
  g_assert_cmpint (vtr_exhibit_query_get_sort (query), ==, VTR_EXHIBIT_SORT_YEAR);

  /* By year; the two from 2019 by title; the undated ones last, by title too. */
  ids = vtr_test_join_ids (vtr_exhibit_query_get_model (query));
  g_assert_cmpstr (ids, ==, "ipv6 concept initiative quic http3 undated-a undated-b");
}

static void
test_title_order (void)
{
  g_autoptr(VtrExhibitQuery) query = vtr_exhibit_query_new ();
  g_autoptr(GListModel) exhibits = small_collection ();
  g_autofree char *ids = NULL;

  vtr_exhibit_query_set_exhibits (query, exhibits);
  vtr_exhibit_query_set_sort (query, VTR_EXHIBIT_SORT_TITLE);

  /* Case does not decide: "atlas" comes before "Blue book". */
  ids = vtr_test_join_ids (vtr_exhibit_query_get_model (query));
  g_assert_cmpstr (ids, ==, "undated-a undated-b concept http3 initiative ipv6 quic");
}

static void
test_category_filter (void)
{
  g_autoptr(VtrExhibitQuery) query = vtr_exhibit_query_new ();
  g_autoptr(GListModel) exhibits = small_collection ();
  GListModel *model = vtr_exhibit_query_get_model (query);
  g_autofree char *reports = NULL;
  g_autofree char *networks_by_title = NULL;

  vtr_exhibit_query_set_exhibits (query, exhibits);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 7);

  vtr_exhibit_query_set_category (query, "reports");
  g_assert_cmpstr (vtr_exhibit_query_get_category (query), ==, "reports");
  reports = vtr_test_join_ids (model);
  g_assert_cmpstr (reports, ==, "concept initiative undated-b");

  /* From one category straight to another, and the filter keeps the chosen order. */
  vtr_exhibit_query_set_category (query, "networks");
  vtr_exhibit_query_set_sort (query, VTR_EXHIBIT_SORT_TITLE);
  networks_by_title = vtr_test_join_ids (model);
  g_assert_cmpstr (networks_by_title, ==, "undated-a http3 ipv6 quic");

  vtr_exhibit_query_set_category (query, "no-such-category");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  vtr_exhibit_query_set_category (query, NULL);
  g_assert_null (vtr_exhibit_query_get_category (query));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 7);
}

static void
test_model_outlives_changes (void)
{
  g_autoptr(VtrExhibitQuery) query = vtr_exhibit_query_new ();
  g_autoptr(GListModel) first = small_collection ();
  g_autoptr(GListStore) empty = g_list_store_new (VTR_TYPE_EXHIBIT);
  GListModel *model = vtr_exhibit_query_get_model (query);
  guint category_notifications = 0;

  g_signal_connect (query, "notify::category", G_CALLBACK (vtr_test_count_cb),
                    &category_notifications);

  vtr_exhibit_query_set_exhibits (query, first);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 7);
  vtr_exhibit_query_set_exhibits (query, G_LIST_MODEL (empty));
  g_assert_true (vtr_exhibit_query_get_model (query) == model);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  vtr_exhibit_query_set_category (query, "reports");
  vtr_exhibit_query_set_category (query, "reports");
  g_assert_cmpuint (category_notifications, ==, 1);
}

static void
assert_in_year_order (GListModel *model)
{
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(VtrExhibit) a = g_list_model_get_item (model, i - 1);
      g_autoptr(VtrExhibit) b = g_list_model_get_item (model, i);
      int year_a = vtr_exhibit_get_year (a) != 0 ? vtr_exhibit_get_year (a) : G_MAXINT;
      int year_b = vtr_exhibit_get_year (b) != 0 ? vtr_exhibit_get_year (b) : G_MAXINT;
      g_autofree char *key_a = NULL;
      g_autofree char *key_b = NULL;

      g_assert_cmpint (year_a, <=, year_b);
      if (year_a != year_b)
        continue;

      key_a = g_utf8_casefold (vtr_exhibit_get_title (a), -1);
      key_b = g_utf8_casefold (vtr_exhibit_get_title (b), -1);
      g_assert_cmpint (g_utf8_collate (key_a, key_b), <=, 0);
    }
}

static void
test_builtin_pack (void)
{
  g_autoptr(VtrPack) pack = vtr_test_load_builtin_pack ();
  g_autoptr(VtrExhibitQuery) query = vtr_exhibit_query_new ();
  GListModel *model = vtr_exhibit_query_get_model (query);
  g_autoptr(VtrExhibit) first = NULL;
  g_autoptr(VtrExhibit) last = NULL;

  vtr_exhibit_query_set_exhibits (query, vtr_pack_get_exhibits (pack));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==,
                    g_list_model_get_n_items (vtr_pack_get_exhibits (pack)));
  assert_in_year_order (model);

  first = g_list_model_get_item (model, 0);
  last = g_list_model_get_item (model, g_list_model_get_n_items (model) - 1);
  g_assert_cmpint (vtr_exhibit_get_year (first), ==, 2014);
  g_assert_cmpint (vtr_exhibit_get_year (last), ==, 0);

  vtr_exhibit_query_set_category (query, "networks");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(VtrExhibit) exhibit = g_list_model_get_item (model, i);

      g_assert_cmpstr (vtr_category_get_id (vtr_exhibit_get_category (exhibit)), ==, "networks");
    }
}

static void
test_ten_thousand (void)
{
  g_autoptr(VtrCategory) even = new_category ("even");
  g_autoptr(VtrCategory) odd = new_category ("odd");
  g_autoptr(GListStore) store = g_list_store_new (VTR_TYPE_EXHIBIT);
  g_autoptr(VtrExhibitQuery) query = vtr_exhibit_query_new ();
  GListModel *model = vtr_exhibit_query_get_model (query);
  g_autoptr(GPtrArray) exhibits = g_ptr_array_new_with_free_func (g_object_unref);
  GRand *rand = g_rand_new_with_seed (2014);

  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *id = g_strdup_printf ("exhibit-%u", i);
      g_autofree char *title = g_strdup_printf ("Exhibit %u", g_rand_int_range (rand, 0, 5000));
      int year = g_rand_int_range (rand, 0, 4) == 0 ? 0 : g_rand_int_range (rand, 1990, 2030);

      g_ptr_array_add (exhibits, new_exhibit (id, title, year, i % 2 == 0 ? even : odd));
    }
  g_list_store_splice (store, 0, 0, exhibits->pdata, exhibits->len);
  g_rand_free (rand);

  vtr_exhibit_query_set_exhibits (query, G_LIST_MODEL (store));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 10000);
  assert_in_year_order (model);

  vtr_exhibit_query_set_category (query, "odd");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5000);
  assert_in_year_order (model);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  vtr_ensure_resources ();

  g_test_add_func ("/exhibit-query/year-order", test_year_order);
  g_test_add_func ("/exhibit-query/title-order", test_title_order);
  g_test_add_func ("/exhibit-query/category-filter", test_category_filter);
  g_test_add_func ("/exhibit-query/model-outlives-changes", test_model_outlives_changes);
  g_test_add_func ("/exhibit-query/builtin-pack", test_builtin_pack);
  g_test_add_func ("/exhibit-query/ten-thousand", test_ten_thousand);

  return g_test_run ();
}
