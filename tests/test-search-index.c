/* test-search-index.c: finding exhibits, events and figures by their words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vtr-fact.h"
#include "vtr-pack-loader.h"
#include "vtr-search-index.h"
#include "vtr-test-utils.h"

static VtrCategory *
new_category (const char *id,
              const char *name)
{
  return g_object_new (VTR_TYPE_CATEGORY,
                       "id", id,
                       "name", name,
                       "icon-name", "globe-symbolic",
                       "color", "#3584e4",
                       NULL);
}

static VtrExhibit *
new_exhibit (const char  *id,
             const char  *title,
             const char  *exhibitor,
             const char  *summary,
             const char  *paragraph,
             VtrCategory *category,
             GListModel  *facts)
{
  const char *body[] = { paragraph, NULL };

  return g_object_new (VTR_TYPE_EXHIBIT,
                       "id", id,
                       "title", title,
                       "exhibitor", exhibitor,
                       "summary", summary,
                       "body", body,
                       "category", category,
                       "facts", facts,
                       NULL);
}

static VtrEvent *
new_event (const char  *id,
           const char  *date,
           const char  *end,
           const char  *title,
           const char  *text,
           VtrCategory *category)
{
  return g_object_new (VTR_TYPE_EVENT,
                       "id", id,
                       "date", date,
                       "end", end,
                       "title", title,
                       "text", text,
                       "category", category,
                       NULL);
}

static VtrFigure *
new_figure (const char         *id,
            double              value,
            const char         *unit,
            const char         *label,
            VtrFigureQualifier  qualifier)
{
  return g_object_new (VTR_TYPE_FIGURE,
                       "id", id,
                       "value", value,
                       "unit", unit,
                       "label", label,
                       "qualifier", qualifier,
                       NULL);
}

static VtrPack *
new_pack (GListModel *exhibits,
          GListModel *events,
          GListModel *figures)
{
  return g_object_new (VTR_TYPE_PACK,
                       "id", "test",
                       "title", "Test",
                       "exhibits", exhibits,
                       "events", events,
                       "figures", figures,
                       NULL);
}

/* A small pack in which each test knows where every word is. */
static VtrPack *
sample_pack (void)
{
  g_autoptr(VtrCategory) conference = new_category ("conference", "Conférence");
  g_autoptr(VtrCategory) technology = new_category ("technology", "Technology");
  g_autoptr(GListStore) exhibits = g_list_store_new (VTR_TYPE_EXHIBIT);
  g_autoptr(GListStore) events = g_list_store_new (VTR_TYPE_EVENT);
  g_autoptr(GListStore) figures = g_list_store_new (VTR_TYPE_FIGURE);
  g_autoptr(GListStore) facts = g_list_store_new (VTR_TYPE_FACT);
  g_autoptr(VtrFact) fact = g_object_new (VTR_TYPE_FACT,
                                          "label", "Home",
                                          "value", "Zhejiang province",
                                          NULL);
  g_autoptr(VtrExhibit) town = NULL;
  g_autoptr(VtrExhibit) ethics = NULL;
  g_autoptr(VtrExhibit) ipv6 = NULL;
  g_autoptr(VtrExhibit) chinese = NULL;
  g_autoptr(VtrExhibit) hall = NULL;
  g_autoptr(VtrEvent) first = NULL;
  g_autoptr(VtrEvent) later = NULL;
  g_autoptr(VtrFigure) guests = NULL;

  g_list_store_append (facts, fact);

  town = new_exhibit ("water-town", "The water town of Wūzhèn", "Tongxiang city",
                      "Canals, bridges and a permanent home for the summit.",
                      "Wūzhèn has hosted every World Internet Conference summit since 2014, "
                      "in halls built beside the old canals of the town.",
                      conference, G_LIST_MODEL (facts));
  ethics = new_exhibit ("ethics", "Digital ethics", "Comité d’éthique",
                        "A charter for responsible technology.",
                        "Les principes d’éthique numérique adoptés par le comité.",
                        technology, NULL);
  ipv6 = new_exhibit ("ipv6", "IPv6 everywhere", "Network operators",
                      "Addresses for every device.",
                      "IPv6 deployment grew fast after the summit in Wuzhen put it on the "
                      "agenda, and by 2023 most mobile traffic used it.",
                      technology, NULL);
  chinese = new_exhibit ("chinese", "乌镇峰会", "世界互联网大会",
                         "乌镇是世界互联网大会的永久会址。",
                         "从2014年起，每届峰会都在乌镇举行。",
                         conference, NULL);
  hall = new_exhibit ("hall", "The exhibition hall", "Summit organisers",
                      "Where companies show what they make.",
                      "The light expo shows new products each year.",
                      conference, NULL);
  g_list_store_append (exhibits, town);
  g_list_store_append (exhibits, ethics);
  g_list_store_append (exhibits, ipv6);
  g_list_store_append (exhibits, chinese);
  g_list_store_append (exhibits, hall);

  first = new_event ("2014-first-summit", "2014-11-19", "2014-11-21",
                     "The first World Internet Conference",
                     "The conference met for the first time in the canal town.",
                     conference);
  later = new_event ("2015-summit", "2015-12", NULL, "A second summit",
                     "Leaders spoke about a community with a shared future in cyberspace.",
                     conference);
  g_list_store_append (events, first);
  g_list_store_append (events, later);

  guests = new_figure ("guests", 12000, "guests", "guests in the first nine years",
                       VTR_FIGURE_QUALIFIER_APPROXIMATE);
  g_list_store_append (figures, guests);

  return new_pack (G_LIST_MODEL (exhibits), G_LIST_MODEL (events), G_LIST_MODEL (figures));
}

static void
assert_finds (VtrSearchIndex *index,
              const char     *query,
              const char     *expected_ids)
{
  g_autoptr(GListModel) results = vtr_search_index_query (index, query, 0);
  g_autofree char *ids = vtr_test_join_ids (results);

  g_test_message ("“%s” finds: %s", query, ids);
  g_assert_cmpstr (ids, ==, expected_ids);
}

static void
test_fold (void)
{
  struct {
    const char *text;
    const char *folded;
  } cases[] = {
    { "Wūzhèn", "wuzhen" },
    { "ÉTHIQUE", "ethique" },
    { "乌镇", "乌镇" },
    { "ＷＩＣ ２０１４", "wic 2014" },
    { "Straße", "strasse" },
    { "ﬁve", "five" },
    { "a\tb\nc\u00a0d\u3000e", "a b c d e" },
    { "Ça m’a plu", "ca m’a plu" },
    { "", "" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = vtr_search_fold (cases[i].text);

      g_assert_cmpstr (folded, ==, cases[i].folded);
    }
}

static void
test_accents (void)
{
  g_autoptr(VtrPack) pack = sample_pack ();
  g_autoptr(VtrSearchIndex) index = vtr_search_index_new (pack);

  /* The title has "Wūzhèn"; the IPv6 exhibit writes it without accents, in its body. */
  assert_finds (index, "wuzhen", "water-town ipv6");
  assert_finds (index, "Wūzhèn", "water-town ipv6");
  assert_finds (index, "ETHIQUE", "ethics");
  assert_finds (index, "éthique", "ethics");
  /* The category is spelled with an accent too. */
  assert_finds (index, "conference", "2014-first-summit water-town chinese hall 2015-summit");
}

static void
test_case (void)
{
  g_autoptr(VtrPack) pack = sample_pack ();
  g_autoptr(VtrSearchIndex) index = vtr_search_index_new (pack);

  assert_finds (index, "ipv6", "ipv6");
  assert_finds (index, "IPV6", "ipv6");
  assert_finds (index, "iPv6", "ipv6");
}

static void
test_cjk (void)
{
  g_autoptr(VtrPack) pack = sample_pack ();
  g_autoptr(VtrSearchIndex) index = vtr_search_index_new (pack);
  g_autoptr(GListModel) results = NULL;

  assert_finds (index, "乌镇", "chinese");
  assert_finds (index, "峰会", "chinese");
  assert_finds (index, "永久会址", "chinese");
  assert_finds (index, "乌镇 大会", "chinese");
  assert_finds (index, "乌镇 ipv6", "");

  results = vtr_search_index_query (index, "永久", 0);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  g_assert_nonnull (strstr (vtr_search_result_get_snippet (vtr_test_item_at (results, 0)),
                            "永久"));
}

static void
test_multiple_words (void)
{
  g_autoptr(VtrPack) pack = sample_pack ();
  g_autoptr(VtrSearchIndex) index = vtr_search_index_new (pack);

  /* Every word must be found, in any field, in any order. */
  assert_finds (index, "summit wuzhen", "water-town ipv6");
  assert_finds (index, "wuzhen 2023", "ipv6");
  assert_finds (index, "2023   Wuzhen ", "ipv6");
  assert_finds (index, "ipv6 zhejiang", "");
  /* A word may match part of a longer one. */
  assert_finds (index, "canal", "water-town 2014-first-summit");
  assert_finds (index, "zhejiang home", "water-town");
}

static void
test_ranking (void)
{
  g_autoptr(VtrPack) pack = sample_pack ();
  g_autoptr(VtrSearchIndex) index = vtr_search_index_new (pack);

  /* "summit": in the titles of two events, in the exhibitor of the hall, in the text of the
   * town and the IPv6 exhibits. Within a rank the pack's order holds. */
  assert_finds (index, "summit", "2015-summit hall water-town ipv6");

  /* "town" is in one title and in another's text. */
  assert_finds (index, "town", "water-town 2014-first-summit");

  /* Both words in the title beat one in the title and one in the text. */
  assert_finds (index, "water town", "water-town");
  assert_finds (index, "exhibition summit", "hall");
  assert_finds (index, "world conference", "2014-first-summit water-town");

  /* Dates and figures rank by their subtitles. */
  assert_finds (index, "november 2014", "2014-first-summit");
  assert_finds (index, "2014", "2014-first-summit water-town chinese");
  assert_finds (index, "12,000", "guests");
  assert_finds (index, "12000", "guests");
  assert_finds (index, "guests", "guests");
}

static void
test_results (void)
{
  g_autoptr(VtrPack) pack = sample_pack ();
  g_autoptr(VtrSearchIndex) index = vtr_search_index_new (pack);
  g_autoptr(GListModel) events = vtr_search_index_query (index, "world internet", 0);
  g_autoptr(GListModel) figures = vtr_search_index_query (index, "nine years", 0);
  g_autoptr(GListModel) exhibits = vtr_search_index_query (index, "operators", 0);
  VtrSearchResult *result;

  g_assert_true (g_type_is_a (g_list_model_get_item_type (events), VTR_TYPE_SEARCH_RESULT));

  /* The event has both words in its title, the town exhibit in its text. */
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 2);
  result = vtr_test_item_at (events, 0);
  g_assert_cmpint (vtr_search_result_get_kind (result), ==, VTR_SEARCH_RESULT_EVENT);
  g_assert_cmpstr (vtr_search_result_get_id (result), ==, "2014-first-summit");
  g_assert_cmpstr (vtr_search_result_get_title (result), ==,
                   "The first World Internet Conference");
  g_assert_cmpstr (vtr_search_result_get_subtitle (result), ==, "19–21 November 2014");
  /* Only the title matched: the snippet is how the text begins. */
  g_assert_cmpstr (vtr_search_result_get_snippet (result), ==,
                   "The conference met for the first time in the canal town.");
  g_assert_cmpuint (vtr_search_result_get_match_start (result), ==, 0);
  g_assert_cmpuint (vtr_search_result_get_match_end (result), ==, 0);

  g_assert_cmpuint (g_list_model_get_n_items (figures), ==, 1);
  result = vtr_test_item_at (figures, 0);
  g_assert_cmpint (vtr_search_result_get_kind (result), ==, VTR_SEARCH_RESULT_FIGURE);
  g_assert_cmpstr (vtr_search_result_get_id (result), ==, "guests");
  g_assert_cmpstr (vtr_search_result_get_title (result), ==, "about 12,000 guests");
  g_assert_cmpstr (vtr_search_result_get_subtitle (result), ==, "guests in the first nine years");

  g_assert_cmpuint (g_list_model_get_n_items (exhibits), ==, 1);
  result = vtr_test_item_at (exhibits, 0);
  g_assert_cmpint (vtr_search_result_get_kind (result), ==, VTR_SEARCH_RESULT_EXHIBIT);
  g_assert_cmpstr (vtr_search_result_get_subtitle (result), ==, "Network operators");
  g_assert_cmpstr (vtr_search_result_get_snippet (result), ==, "Addresses for every device.");
}

static void
assert_snippet_marks (VtrSearchResult *result,
                      const char      *marked)
{
  const char *snippet = vtr_search_result_get_snippet (result);
  guint start = vtr_search_result_get_match_start (result);
  guint end = vtr_search_result_get_match_end (result);

  g_assert_nonnull (snippet);
  g_assert_cmpuint (start, <, end);
  g_assert_cmpuint (end, <=, strlen (snippet));
  g_assert_cmpint (end - start, ==, strlen (marked));
  g_assert_cmpint (strncmp (snippet + start, marked, end - start), ==, 0);
}

static void
test_snippets (void)
{
  g_autoptr(VtrPack) pack = sample_pack ();
  g_autoptr(VtrSearchIndex) index = vtr_search_index_new (pack);
  g_autoptr(GListModel) deployment = vtr_search_index_query (index, "DEPLOYMENT", 0);
  g_autoptr(GListModel) traffic = vtr_search_index_query (index, "traffic", 0);
  g_autoptr(GListModel) accented = vtr_search_index_query (index, "wuzhen", 0);
  g_autoptr(GListModel) numerique = vtr_search_index_query (index, "numerique", 0);
  g_autoptr(GListModel) fact = vtr_search_index_query (index, "zhejiang", 0);
  g_autoptr(GListModel) cyberspace = vtr_search_index_query (index, "future community", 0);
  g_autoptr(GListModel) hall = NULL;
  const char *snippet;

  /* Near the start of a paragraph, the snippet starts with the paragraph. */
  snippet = vtr_search_result_get_snippet (vtr_test_item_at (deployment, 0));
  g_assert_true (g_str_has_prefix (snippet, "IPv6 deployment grew fast"));
  assert_snippet_marks (vtr_test_item_at (deployment, 0), "deployment");

  /* Far into it, the snippet starts at a word shortly before the match, after an ellipsis. */
  snippet = vtr_search_result_get_snippet (vtr_test_item_at (traffic, 0));
  g_test_message ("snippet: %s", snippet);
  g_assert_true (g_str_has_prefix (snippet, "…"));
  g_assert_false (g_str_has_prefix (snippet, "… "));
  g_assert_cmpuint (g_utf8_strlen (snippet, -1), <=, 150);
  g_assert_true (g_str_has_suffix (snippet, "mobile traffic used it."));
  assert_snippet_marks (vtr_test_item_at (traffic, 0), "traffic");

  /* The match is marked in the original text, accents and all. */
  assert_snippet_marks (vtr_test_item_at (accented, 0), "Wūzhèn");
  assert_snippet_marks (vtr_test_item_at (accented, 1), "Wuzhen");
  assert_snippet_marks (vtr_test_item_at (numerique, 0), "numérique");
  assert_snippet_marks (vtr_test_item_at (fact, 0), "Zhejiang");

  /* With several words, the snippet is around the first one in the text. */
  assert_snippet_marks (vtr_test_item_at (cyberspace, 0), "community");

  /* A category's name is no excerpt: the snippet is the summary. */
  hall = vtr_search_index_query (index, "organisers conference", 0);
  g_assert_cmpuint (g_list_model_get_n_items (hall), ==, 1);
  g_assert_cmpstr (vtr_search_result_get_snippet (vtr_test_item_at (hall, 0)), ==,
                   "Where companies show what they make.");
  g_assert_cmpuint (vtr_search_result_get_match_end (vtr_test_item_at (hall, 0)), ==, 0);
}

static void
test_empty_query (void)
{
  g_autoptr(VtrPack) pack = sample_pack ();
  g_autoptr(VtrSearchIndex) index = vtr_search_index_new (pack);
  const char *blank[] = { "", " ", "  \t\n ", "\u3000", NULL };
  g_autoptr(GListModel) none = NULL;
  guint n_matches = 42;

  for (gsize i = 0; blank[i] != NULL; i++)
    {
      g_autoptr(GListModel) results = vtr_search_index_query_full (index, blank[i], 0,
                                                                   &n_matches);

      g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
      g_assert_cmpuint (n_matches, ==, 0);
    }

  none = vtr_search_index_query (index, NULL, 10);
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
  assert_finds (index, "xylophone", "");
}

static void
test_no_pack (void)
{
  g_autoptr(VtrSearchIndex) index = vtr_search_index_new (NULL);
  g_autoptr(GListModel) results = vtr_search_index_query (index, "summit", 0);

  g_assert_null (vtr_search_index_get_pack (index));
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
}

static void
test_max_results (void)
{
  g_autoptr(VtrPack) pack = sample_pack ();
  g_autoptr(VtrSearchIndex) index = vtr_search_index_new (pack);
  g_autoptr(GListModel) two = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autofree char *ids = NULL;
  guint n_matches = 0;

  two = vtr_search_index_query_full (index, "summit", 2, &n_matches);
  ids = vtr_test_join_ids (two);
  g_assert_cmpstr (ids, ==, "2015-summit hall");
  g_assert_cmpuint (n_matches, ==, 4);

  all = vtr_search_index_query_full (index, "summit", 100, &n_matches);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 4);
  g_assert_cmpuint (n_matches, ==, 4);
}

static void
test_builtin_pack (void)
{
  g_autoptr(VtrPack) pack = vtr_test_load_builtin_pack ();
  g_autoptr(VtrSearchIndex) index = NULL;
  g_autoptr(GListModel) wuzhen = NULL;
  g_autoptr(GListModel) ipv6 = NULL;

  index = vtr_search_index_new (pack);

  wuzhen = vtr_search_index_query (index, "wuzhen", 0);
  g_assert_cmpuint (g_list_model_get_n_items (wuzhen), >=, 10);
  g_assert_cmpstr (vtr_search_result_get_id (vtr_test_item_at (wuzhen, 0)), ==, "wuzhen-summit");

  ipv6 = vtr_search_index_query (index, "IPv6", 0);
  g_assert_cmpuint (g_list_model_get_n_items (ipv6), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (ipv6); i++)
    {
      VtrSearchResult *result = vtr_test_item_at (ipv6, i);

      g_test_message ("%s: %s", vtr_search_result_get_title (result),
                      vtr_search_result_get_snippet (result));
    }
}

static void
test_large_pack (void)
{
  g_autoptr(VtrCategory) category = new_category ("hall", "Hall");
  g_autoptr(GListStore) exhibits = g_list_store_new (VTR_TYPE_EXHIBIT);
  g_autoptr(GListStore) events = g_list_store_new (VTR_TYPE_EVENT);
  g_autoptr(VtrPack) pack = NULL;
  g_autoptr(VtrSearchIndex) index = NULL;
  g_autoptr(GListModel) results = NULL;
  g_autofree char *ids = NULL;
  guint n_matches = 0;
  gint64 start;
  gint64 per_query;
  const guint n_items = 10000;

  for (guint i = 0; i < n_items; i++)
    {
      g_autofree char *id = g_strdup_printf ("exhibit-%u", i);
      g_autofree char *title = g_strdup_printf ("Exhibit number %u of the Hall", i);
      g_autofree char *paragraph =
        g_strdup_printf ("Paragraph about item %u in a long text, where every exhibit of the "
                         "generated pack tells the visitor something about the Wūzhèn summit "
                         "and item%05uend, so that each one holds a word of its own. %s",
                         i, i, i % 100 == 0 ? "Rare mention of Ångström units." : "");
      g_autoptr(VtrExhibit) exhibit = new_exhibit (id, title, "Exhibitor of the hall",
                                                   "A summary that repeats the same words.",
                                                   paragraph, category, NULL);
      g_autofree char *event_id = g_strdup_printf ("event-%u", i);
      g_autofree char *event_title = g_strdup_printf ("Event %u", i);
      g_autoptr(VtrEvent) event = new_event (event_id, "2019-10-20", NULL, event_title,
                                             "Something happened at the summit that day.",
                                             category);

      g_list_store_append (exhibits, exhibit);
      g_list_store_append (events, event);
    }

  pack = new_pack (G_LIST_MODEL (exhibits), G_LIST_MODEL (events), NULL);

  start = g_get_monotonic_time ();
  index = vtr_search_index_new (pack);
  g_test_message ("building the index of %u exhibits and %u events took %.1f ms",
                  n_items, n_items, (g_get_monotonic_time () - start) / 1000.0);

  /* One word unique to each exhibit. */
  results = vtr_search_index_query_full (index, "ITEM04321END", 20, &n_matches);
  ids = vtr_test_join_ids (results);
  g_assert_cmpstr (ids, ==, "exhibit-4321");
  g_assert_cmpuint (n_matches, ==, 1);
  g_clear_object (&results);
  g_clear_pointer (&ids, g_free);

  /* A word in everything: the count is complete, the list is cut, in pack order. */
  start = g_get_monotonic_time ();
  results = vtr_search_index_query_full (index, "wuzhen summit", 50, &n_matches);
  per_query = g_get_monotonic_time () - start;
  g_test_message ("a query matching every exhibit took %.1f ms", per_query / 1000.0);
  g_assert_cmpuint (n_matches, ==, n_items);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 50);
  g_assert_cmpstr (vtr_search_result_get_id (vtr_test_item_at (results, 0)), ==, "exhibit-0");
  g_assert_cmpstr (vtr_search_result_get_id (vtr_test_item_at (results, 49)), ==, "exhibit-49");
  g_clear_object (&results);

  /* "summit" is in the text of every exhibit and event. */
  results = vtr_search_index_query_full (index, "summit", 10, &n_matches);
  g_assert_cmpuint (n_matches, ==, 2 * n_items);
  g_clear_object (&results);

  /* A title match ranks first however late it comes in the pack. */
  results = vtr_search_index_query_full (index, "number 9999", 5, &n_matches);
  g_assert_cmpstr (vtr_search_result_get_id (vtr_test_item_at (results, 0)), ==, "exhibit-9999");
  g_clear_object (&results);

  /* Rare words, with accents folded. */
  start = g_get_monotonic_time ();
  results = vtr_search_index_query_full (index, "angstrom", 0, &n_matches);
  per_query = g_get_monotonic_time () - start;
  g_test_message ("a query matching a hundred exhibits took %.1f ms", per_query / 1000.0);
  g_assert_cmpuint (n_matches, ==, n_items / 100);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, n_items / 100);
  g_assert_cmpstr (vtr_search_result_get_id (vtr_test_item_at (results, 1)), ==, "exhibit-100");
  assert_snippet_marks (vtr_test_item_at (results, 1), "Ångström");
  g_clear_object (&results);

  /* No match at all scans everything. */
  start = g_get_monotonic_time ();
  results = vtr_search_index_query_full (index, "xylophone", 0, &n_matches);
  per_query = g_get_monotonic_time () - start;
  g_test_message ("a query matching nothing took %.1f ms", per_query / 1000.0);
  g_assert_cmpuint (n_matches, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
}

static void
test_entry_larger_than_a_buffer (void)
{
  g_autoptr(GListStore) exhibits = g_list_store_new (VTR_TYPE_EXHIBIT);
  g_autoptr(GString) paragraph = g_string_new (NULL);
  g_autoptr(VtrPack) pack = NULL;
  g_autoptr(VtrSearchIndex) index = NULL;
  g_autoptr(GListModel) results = NULL;
  g_autofree char *ids = NULL;

  /* The folded text is kept in buffers of 1 MB; an entry longer than that gets its own, and
   * the entries on either side of it are still found. */
  for (guint i = 0; i < 300000; i++)
    g_string_append (paragraph, "word ");
  g_string_append (paragraph, "Zanzibar");
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *id = g_strdup_printf ("exhibit-%u", i);
      g_autofree char *title = g_strdup_printf ("Title%u", i);
      g_autoptr(VtrExhibit) exhibit = new_exhibit (id, title, "Someone", "A summary.",
                                                   i == 1 ? paragraph->str : "Short.",
                                                   NULL, NULL);

      g_list_store_append (exhibits, exhibit);
    }
  pack = new_pack (G_LIST_MODEL (exhibits), NULL, NULL);
  index = vtr_search_index_new (pack);

  results = vtr_search_index_query (index, "zanzibar", 10);
  ids = vtr_test_join_ids (results);
  g_assert_cmpstr (ids, ==, "exhibit-1");
  g_clear_object (&results);
  g_clear_pointer (&ids, g_free);

  results = vtr_search_index_query (index, "title2", 10);
  ids = vtr_test_join_ids (results);
  g_assert_cmpstr (ids, ==, "exhibit-2");
  g_clear_object (&results);
  g_clear_pointer (&ids, g_free);

  results = vtr_search_index_query (index, "title0", 10);
  ids = vtr_test_join_ids (results);
  g_assert_cmpstr (ids, ==, "exhibit-0");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search-index/fold", test_fold);
  g_test_add_func ("/search-index/accents", test_accents);
  g_test_add_func ("/search-index/case", test_case);
  g_test_add_func ("/search-index/cjk", test_cjk);
  g_test_add_func ("/search-index/multiple-words", test_multiple_words);
  g_test_add_func ("/search-index/ranking", test_ranking);
  g_test_add_func ("/search-index/results", test_results);
  g_test_add_func ("/search-index/snippets", test_snippets);
  g_test_add_func ("/search-index/empty-query", test_empty_query);
  g_test_add_func ("/search-index/no-pack", test_no_pack);
  g_test_add_func ("/search-index/max-results", test_max_results);
  g_test_add_func ("/search-index/builtin-pack", test_builtin_pack);
  g_test_add_func ("/search-index/large-pack", test_large_pack);
  g_test_add_func ("/search-index/entry-larger-than-a-buffer", test_entry_larger_than_a_buffer);

  return g_test_run ();
}
