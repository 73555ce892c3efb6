/* vtr-search-index.c
 *
 * The index folds the searchable text of every exhibit, event and figure once, when it is
 * built, into a few large buffers: each entry is its fields in folded form, separated by
 * newlines and ended by a NUL. The first field is the title (for a figure, its value and
 * unit), the second the subtitle (the exhibitor, the date, the figure's label), the rest
 * everything else. A query folds its words the same way and looks for each word in each
 * entry with strstr(), so a keystroke costs one pass over compact memory and no allocation
 * until an entry matches. Because the fields are in order of rank, the first place a word is
 * found also tells how well it matched.
 *
 * Folding is Unicode compatibility decomposition (NFKD) without the non-spacing marks, then
 * case folding: "Wūzhèn" folds to "wuzhen", "ÉTHIQUE" to "ethique", and "ｗｉｃ" (full width)
 * to "wic". Text in scripts without case, such as Chinese, is left as it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vtr-fact.h"
#include "vtr-format.h"
#include "vtr-search-index.h"

/* The size of the buffers that hold the folded text. Each is filled and never grown: growing
 * one buffer of 10 MB, for a pack of 10,000 exhibits, would leave copies of half, a quarter...
 * of it behind in the heap. */
#define CHUNK_SIZE (1024 * 1024)

/* How much of the text around a match a snippet shows, in characters. */
#define SNIPPET_CONTEXT_BEFORE 30
#define SNIPPET_LENGTH 140

/* The fields of an entry, in the order they are folded into the buffer. */
enum {
  FIELD_TITLE,
  FIELD_SUBTITLE,
  FIELD_FIRST_OTHER,
};

/* How well a word matched: the lower, the better. */
typedef enum {
  TIER_TITLE,
  TIER_SUBTITLE,
  TIER_OTHER,
  N_TIERS
} Tier;

/* Results are ranked first by the worst tier any word matched in (every word in the title
 * beats every word somewhere in the text), then by the best. */
#define N_RANKS (N_TIERS * (N_TIERS + 1) / 2)
#define RANK(worst, best) ((worst) * ((worst) + 1) / 2 + (best))

typedef struct
{
  VtrSearchResultKind kind;
  /* The position of the item in the pack's list of its kind. */
  guint               position;
  /* The buffer that holds the entry, and byte offsets into it: where the entry starts, and
   * where its title and subtitle fields end (at their separating newlines). */
  guint               chunk;
  guint               start;
  guint               title_end;
  guint               subtitle_end;
} Entry;

struct _VtrSearchIndex
{
  GObject  parent_instance;

  VtrPack   *pack;
  GArray    *entries;
  GPtrArray *chunks;

  /* While the index is built: how full the last buffer is, and how large. */
  gsize      fill;
  gsize      size;
};

enum {
  PROP_0,
  PROP_PACK,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrSearchIndex, vtr_search_index, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static inline gboolean
is_separator (gunichar c)
{
  /* Newlines separate fields in the index, so no folded text may contain one. */
  return g_unichar_isspace (c) || g_unichar_iscntrl (c);
}

/* Appends @c decomposed, without its non-spacing marks, and returns whether all that it
 * appended is ASCII. Case folding is left to the caller, as it works on whole strings. */
static gboolean
append_decomposed (GString  *out,
                   gunichar  c)
{
  gunichar decomposition[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize length;
  gboolean ascii = TRUE;

  if (c < 0x80)
    {
      g_string_append_c (out, is_separator (c) ? ' ' : g_ascii_tolower (c));
      return TRUE;
    }

  if (is_separator (c))
    {
      g_string_append_c (out, ' ');
      return TRUE;
    }

  length = g_unichar_fully_decompose (c, TRUE, decomposition, G_N_ELEMENTS (decomposition));

  for (gsize i = 0; i < length; i++)
    {
      gunichar part = decomposition[i];

      /* Spacing marks (vowel signs in Indic scripts) carry meaning and stay; accents go. */
      if (g_unichar_type (part) == G_UNICODE_NON_SPACING_MARK)
        continue;

      if (is_separator (part))
        part = ' ';
      else if (part < 0x80)
        part = g_ascii_tolower (part);
      else
        ascii = FALSE;

      g_string_append_unichar (out, part);
    }

  return ascii;
}

/* Appends the folded form of @length bytes of @text to @out. */
static void
append_folded (GString    *out,
               const char *text,
               gsize       length)
{
  g_autoptr(GString) decomposed = g_string_sized_new (length);
  const char *end = text + length;
  gboolean ascii = TRUE;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    ascii = append_decomposed (decomposed, g_utf8_get_char (p)) && ascii;

  if (ascii)
    {
      /* Already lower case: ASCII folds to itself. */
      g_string_append_len (out, decomposed->str, decomposed->len);
    }
  else
    {
      g_autofree char *folded = g_utf8_casefold (decomposed->str, decomposed->len);

      g_string_append (out, folded);
    }
}

/* Returns how many bytes the folded form of @c takes. */
static gsize
folded_length (gunichar c)
{
  g_autoptr(GString) folded = g_string_new (NULL);
  char utf8[8];
  int length;

  if (c < 0x80)
    return 1;

  length = g_unichar_to_utf8 (c, utf8);
  append_folded (folded, utf8, length);

  return folded->len;
}

/* Returns the byte offset in @text of the character whose folded form holds byte
 * @folded_offset of the folded @text; with @end, the offset after that character. */
static gsize
original_offset (const char *text,
                 gsize       folded_offset,
                 gboolean    end)
{
  gsize folded = 0;
  const char *p;

  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gsize next = folded + folded_length (g_utf8_get_char (p));

      if (folded_offset < next || (end && folded_offset == next))
        return end ? (gsize) (g_utf8_next_char (p) - text) : (gsize) (p - text);

      folded = next;
    }

  return p - text;
}

/* Fills @fields with the searchable text of @item: its title, its subtitle, then the rest,
 * and returns how many fields are text worth quoting in a snippet; the fields after those,
 * such as the category's name, are found but not quoted. The index and the snippets both
 * read the fields from here, so they cannot disagree. */
static guint
collect_fields (VtrSearchResultKind  kind,
                GObject             *item,
                GPtrArray           *fields)
{
  guint n_quotable = 0;

  switch (kind)
    {
    case VTR_SEARCH_RESULT_EXHIBIT:
      {
        VtrExhibit *exhibit = VTR_EXHIBIT (item);
        VtrCategory *category = vtr_exhibit_get_category (exhibit);
        const char * const *body = vtr_exhibit_get_body (exhibit);
        GListModel *facts = vtr_exhibit_get_facts (exhibit);

        g_ptr_array_add (fields, g_strdup (vtr_exhibit_get_title (exhibit)));
        g_ptr_array_add (fields, g_strdup (vtr_exhibit_get_exhibitor (exhibit)));
        g_ptr_array_add (fields, g_strdup (vtr_exhibit_get_summary (exhibit)));

        for (gsize i = 0; body != NULL && body[i] != NULL; i++)
          g_ptr_array_add (fields, g_strdup (body[i]));

        for (guint i = 0; facts != NULL && i < g_list_model_get_n_items (facts); i++)
          {
            g_autoptr(VtrFact) fact = g_list_model_get_item (facts, i);

            g_ptr_array_add (fields, g_strdup (vtr_fact_get_label (fact)));
            g_ptr_array_add (fields, g_strdup (vtr_fact_get_value (fact)));
          }

        n_quotable = fields->len;
        if (category != NULL)
          g_ptr_array_add (fields, g_strdup (vtr_category_get_name (category)));
      }
      break;

    case VTR_SEARCH_RESULT_EVENT:
      {
        VtrEvent *event = VTR_EVENT (item);
        VtrCategory *category = vtr_event_get_category (event);
        const char *date = vtr_event_get_date (event);

        g_ptr_array_add (fields, g_strdup (vtr_event_get_title (event)));
        g_ptr_array_add (fields, date != NULL ?
                         vtr_format_date_span (date, vtr_event_get_end (event)) : NULL);
        g_ptr_array_add (fields, g_strdup (vtr_event_get_text (event)));

        n_quotable = fields->len;
        if (category != NULL)
          g_ptr_array_add (fields, g_strdup (vtr_category_get_name (category)));
      }
      break;

    case VTR_SEARCH_RESULT_FIGURE:
      {
        VtrFigure *figure = VTR_FIGURE (item);
        g_autofree char *value = vtr_format_figure_value (figure);
        g_autofree char *number = vtr_format_number (vtr_figure_get_value (figure));
        char plain[G_ASCII_DTOSTR_BUF_SIZE];

        /* A figure's label continues its number ("12,000" "guests who came…"), so the
         * number and unit make the title and the label reads below them. */
        /* Translators: a figure's value and its unit, as in "about 12,000 guests". */
        g_ptr_array_add (fields, g_strdup_printf (C_("figure", "%1$s %2$s"),
                                                  value, vtr_figure_get_unit (figure)));
        g_ptr_array_add (fields, g_strdup (vtr_figure_get_label (figure)));

        n_quotable = fields->len;
        /* Visitors type numbers without separators too: "12000" finds "12,000". */
        g_ascii_dtostr (plain, sizeof plain, vtr_figure_get_value (figure));
        if (!g_str_equal (plain, number))
          g_ptr_array_add (fields, g_strdup (plain));
      }
      break;

    default:
      g_assert_not_reached ();
    }

  return n_quotable;
}

static inline const char *
entry_chunk (VtrSearchIndex *self,
             const Entry    *entry)
{
  return g_ptr_array_index (self->chunks, entry->chunk);
}

/* Gives the last buffer back what it did not use. */
static void
close_chunk (VtrSearchIndex *self)
{
  if (self->chunks->len == 0)
    return;

  self->chunks->pdata[self->chunks->len - 1] =
    g_realloc (self->chunks->pdata[self->chunks->len - 1], MAX (self->fill, 1));
}

/* Copies the folded @text of @entry into the last buffer, or a new one when it is full. */
static void
store_entry (VtrSearchIndex *self,
             Entry          *entry,
             const GString  *text)
{
  char *chunk;

  if (self->chunks->len == 0 || self->fill + text->len + 1 > self->size)
    {
      close_chunk (self);
      self->size = MAX (CHUNK_SIZE, text->len + 1);
      self->fill = 0;
      g_ptr_array_add (self->chunks, g_malloc (self->size));
    }

  chunk = g_ptr_array_index (self->chunks, self->chunks->len - 1);
  memcpy (chunk + self->fill, text->str, text->len + 1);
  entry->chunk = self->chunks->len - 1;
  entry->start += self->fill;
  entry->title_end += self->fill;
  entry->subtitle_end += self->fill;
  self->fill += text->len + 1;
}

static void
add_entry (VtrSearchIndex      *self,
           GString             *text,
           VtrSearchResultKind  kind,
           guint                position,
           GObject             *item)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  Entry entry = { kind, position, 0, 0, 0, 0 };

  g_string_truncate (text, 0);
  collect_fields (kind, item, fields);

  for (guint i = 0; i < fields->len; i++)
    {
      const char *field = g_ptr_array_index (fields, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      if (i == FIELD_SUBTITLE)
        entry.title_end = text->len - 1;
      else if (i == FIELD_FIRST_OTHER)
        entry.subtitle_end = text->len - 1;

      if (field != NULL)
        append_folded (text, field, strlen (field));
    }

  /* An entry without other text ends where its subtitle ends. */
  if (fields->len <= FIELD_FIRST_OTHER)
    entry.subtitle_end = text->len;
  if (fields->len <= FIELD_SUBTITLE)
    entry.title_end = text->len;

  store_entry (self, &entry, text);
  g_array_append_val (self->entries, entry);
}

static void
add_entries (VtrSearchIndex      *self,
             GString             *text,
             VtrSearchResultKind  kind,
             GListModel          *items)
{
  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      add_entry (self, text, kind, i, item);
    }
}

static void
build (VtrSearchIndex *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (self->pack != NULL)
    {
      add_entries (self, text, VTR_SEARCH_RESULT_EXHIBIT, vtr_pack_get_exhibits (self->pack));
      add_entries (self, text, VTR_SEARCH_RESULT_EVENT, vtr_pack_get_events (self->pack));
      add_entries (self, text, VTR_SEARCH_RESULT_FIGURE, vtr_pack_get_figures (self->pack));
    }

  close_chunk (self);
}

static GListModel *
items_of_kind (VtrSearchIndex      *self,
               VtrSearchResultKind  kind)
{
  switch (kind)
    {
    case VTR_SEARCH_RESULT_EXHIBIT:
      return vtr_pack_get_exhibits (self->pack);

    case VTR_SEARCH_RESULT_EVENT:
      return vtr_pack_get_events (self->pack);

    case VTR_SEARCH_RESULT_FIGURE:
      return vtr_pack_get_figures (self->pack);

    default:
      g_assert_not_reached ();
    }
}

static const char *
item_id (VtrSearchResultKind  kind,
         GObject             *item)
{
  switch (kind)
    {
    case VTR_SEARCH_RESULT_EXHIBIT:
      return vtr_exhibit_get_id (VTR_EXHIBIT (item));

    case VTR_SEARCH_RESULT_EVENT:
      return vtr_event_get_id (VTR_EVENT (item));

    case VTR_SEARCH_RESULT_FIGURE:
      return vtr_figure_get_id (VTR_FIGURE (item));

    default:
      g_assert_not_reached ();
    }
}

/* Cuts a snippet of @text around the bytes from @match_start to @match_end, starting at a
 * word where the text has spaces, and marks the cuts with ellipses. */
static char *
cut_snippet (const char *text,
             gsize       match_start,
             gsize       match_end,
             guint      *snippet_match_start,
             guint      *snippet_match_end)
{
  const char *start = text + match_start;
  const char *end = text + match_end;
  const char *text_end = text + strlen (text);
  GString *snippet = g_string_new (NULL);
  glong length;

  for (guint i = 0; i < SNIPPET_CONTEXT_BEFORE && start > text; i++)
    start = g_utf8_prev_char (start);

  if (start > text)
    {
      const char *space = memchr (start, ' ', (text + match_start) - start);

      if (space != NULL)
        start = space + 1;
    }

  length = g_utf8_pointer_to_offset (start, end);
  for (; length < SNIPPET_LENGTH && end < text_end; length++)
    end = g_utf8_next_char (end);

  if (end < text_end)
    {
      const char *space = g_utf8_strrchr (text + match_end, end - (text + match_end), ' ');

      if (space != NULL)
        end = space;
    }

  if (start > text)
    g_string_append (snippet, "…");
  *snippet_match_start = snippet->len + (text + match_start - start);
  *snippet_match_end = snippet->len + (text + match_end - start);
  g_string_append_len (snippet, start, end - start);
  if (end < text_end)
    g_string_append (snippet, "…");

  return g_string_free (snippet, FALSE);
}

static VtrSearchResult *
make_result (VtrSearchIndex    *self,
             const Entry       *entry,
             const char *const *words,
             guint              n_words)
{
  g_autoptr(GObject) item = g_list_model_get_item (items_of_kind (self, entry->kind),
                                                   entry->position);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *snippet = NULL;
  const char *chunk = entry_chunk (self, entry);
  const char *entry_text = chunk + entry->start;
  const char *first_hit = NULL;
  const char *first_word = NULL;
  const char *quotable_end = NULL;
  guint snippet_match_start = 0;
  guint snippet_match_end = 0;
  guint n_quotable;
  guint field = 0;

  n_quotable = collect_fields (entry->kind, item, fields);

  /* Snippets quote from the text after the subtitle, up to the end of the quotable fields:
   * the title and subtitle are on show anyway, and a category name is no excerpt. */
  for (quotable_end = entry_text; *quotable_end != '\0'; quotable_end++)
    {
      if (*quotable_end == '\n' && ++field == n_quotable)
        break;
    }

  if (chunk[entry->subtitle_end] == '\n')
    {
      for (guint i = 0; i < n_words; i++)
        {
          const char *hit = strstr (chunk + entry->subtitle_end + 1, words[i]);

          if (hit != NULL && hit < quotable_end && (first_hit == NULL || hit < first_hit))
            {
              first_hit = hit;
              first_word = words[i];
            }
        }
    }

  if (first_hit != NULL)
    {
      const char *field_start = entry_text;
      const char *text;
      gsize match_start, match_end;

      field = 0;
      for (const char *p = entry_text; p < first_hit; p++)
        {
          if (*p == '\n')
            {
              field++;
              field_start = p + 1;
            }
        }

      text = g_ptr_array_index (fields, field);
      match_start = original_offset (text, first_hit - field_start, FALSE);
      match_end = original_offset (text, first_hit - field_start + strlen (first_word), TRUE);
      snippet = cut_snippet (text, match_start, match_end,
                             &snippet_match_start, &snippet_match_end);
    }
  else if (n_quotable > FIELD_FIRST_OTHER && g_ptr_array_index (fields, FIELD_FIRST_OTHER) != NULL)
    {
      /* Only the title, the subtitle or the category matched: show how the summary or the
       * event's text begins. */
      snippet = cut_snippet (g_ptr_array_index (fields, FIELD_FIRST_OTHER), 0, 0,
                             &snippet_match_start, &snippet_match_end);
    }

  return vtr_search_result_new (entry->kind,
                                item_id (entry->kind, item),
                                g_ptr_array_index (fields, FIELD_TITLE),
                                fields->len > FIELD_SUBTITLE ?
                                  g_ptr_array_index (fields, FIELD_SUBTITLE) : NULL,
                                snippet,
                                snippet_match_start,
                                snippet_match_end);
}

static int
compare_longest_first (gconstpointer a,
                       gconstpointer b)
{
  gsize length_a = strlen (*(const char * const *) a);
  gsize length_b = strlen (*(const char * const *) b);

  return length_a < length_b ? 1 : length_a > length_b ? -1 : 0;
}

/* Returns the rank of @entry for @words, or -1 when some word is not in it. */
static int
rank_entry (VtrSearchIndex    *self,
            const Entry       *entry,
            const char *const *words,
            guint              n_words)
{
  const char *chunk = entry_chunk (self, entry);
  const char *entry_text = chunk + entry->start;
  const char *title_end = chunk + entry->title_end;
  const char *subtitle_end = chunk + entry->subtitle_end;
  Tier worst = TIER_TITLE;
  Tier best = TIER_OTHER;

  for (guint i = 0; i < n_words; i++)
    {
      const char *hit = strstr (entry_text, words[i]);
      Tier tier;

      if (hit == NULL)
        return -1;

      tier = hit < title_end ? TIER_TITLE : hit < subtitle_end ? TIER_SUBTITLE : TIER_OTHER;
      worst = MAX (worst, tier);
      best = MIN (best, tier);
    }

  return RANK (worst, best);
}

static void
vtr_search_index_constructed (GObject *object)
{
  VtrSearchIndex *self = (VtrSearchIndex *)object;

  G_OBJECT_CLASS (vtr_search_index_parent_class)->constructed (object);

  build (self);
}

static void
vtr_search_index_finalize (GObject *object)
{
  VtrSearchIndex *self = (VtrSearchIndex *)object;

  g_clear_object (&self->pack);
  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->chunks, g_ptr_array_unref);

  G_OBJECT_CLASS (vtr_search_index_parent_class)->finalize (object);
}

static void
vtr_search_index_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VtrSearchIndex *self = VTR_SEARCH_INDEX (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_search_index_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VtrSearchIndex *self = VTR_SEARCH_INDEX (object);

  switch (prop_id)
    {
    case PROP_PACK:
      self->pack = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_search_index_class_init (VtrSearchIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = vtr_search_index_constructed;
  object_class->finalize = vtr_search_index_finalize;
  object_class->get_property = vtr_search_index_get_property;
  object_class->set_property = vtr_search_index_set_property;

  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, VTR_TYPE_PACK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_search_index_init (VtrSearchIndex *self)
{
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  self->chunks = g_ptr_array_new_with_free_func (g_free);
}

/**
 * vtr_search_index_new:
 * @pack: (nullable): the pack to search; %NULL gives an index that finds nothing
 *
 * Folds all the searchable text of @pack at once. The index keeps a reference on @pack and
 * reads it again only to describe results; build a new index for a new pack.
 *
 * Returns: (transfer full): a new index
 */
VtrSearchIndex *
vtr_search_index_new (VtrPack *pack)
{
  g_return_val_if_fail (pack == NULL || VTR_IS_PACK (pack), NULL);

  return g_object_new (VTR_TYPE_SEARCH_INDEX, "pack", pack, NULL);
}

/**
 * vtr_search_index_get_pack:
 *
 * Returns: (transfer none) (nullable): the pack the index was built from
 */
VtrPack *
vtr_search_index_get_pack (VtrSearchIndex *self)
{
  g_return_val_if_fail (VTR_IS_SEARCH_INDEX (self), NULL);

  return self->pack;
}

/**
 * vtr_search_index_query:
 *
 * Like vtr_search_index_query_full(), without the count of matches.
 *
 * Returns: (transfer full): a list of #VtrSearchResult
 */
GListModel *
vtr_search_index_query (VtrSearchIndex *self,
                        const char     *query,
                        guint           max_results)
{
  return vtr_search_index_query_full (self, query, max_results, NULL);
}

/**
 * vtr_search_index_query_full:
 * @query: (nullable): the words to look for, as the visitor typed them
 * @max_results: the most results to return, or 0 for all of them
 * @n_matches: (out) (optional): how many entries match in all, which may be more than the
 *   results returned
 *
 * Finds the exhibits, events and figures that contain every word of @query, ignoring case
 * and accents; a word may match inside a longer word. Matches in the title come first, then
 * matches in the subtitle (the exhibitor, the date, the figure's label), then the rest;
 * within a rank, results keep the order of the pack: exhibits, events, then figures.
 *
 * Returns: (transfer full): a list of #VtrSearchResult; empty when @query has no words
 */
GListModel *
vtr_search_index_query_full (VtrSearchIndex *self,
                             const char     *query,
                             guint           max_results,
                             guint          *n_matches)
{
  GListStore *results = NULL;
  g_autofree char *folded = NULL;
  g_autofree const char **words = NULL;
  g_autoptr(GPtrArray) ranked = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  guint n_words = 0;
  guint matches = 0;
  guint n_results = 0;

  g_return_val_if_fail (VTR_IS_SEARCH_INDEX (self), NULL);

  results = g_list_store_new (VTR_TYPE_SEARCH_RESULT);

  if (n_matches != NULL)
    *n_matches = 0;

  if (query == NULL || !g_utf8_validate (query, -1, NULL))
    return G_LIST_MODEL (results);

  /* Folding turns all white space into plain spaces, so the words are what lies between. */
  folded = vtr_search_fold (query);
  words = g_new0 (const char *, strlen (folded) / 2 + 2);

  for (char *p = folded; *p != '\0'; )
    {
      char *space;

      while (*p == ' ')
        p++;
      if (*p == '\0')
        break;

      words[n_words++] = p;
      space = strchr (p, ' ');
      if (space == NULL)
        break;
      *space = '\0';
      p = space + 1;
    }

  if (n_words == 0)
    return G_LIST_MODEL (results);

  /* A word that is not in an entry rules it out: try the likely rarest, longest, first. */
  qsort (words, n_words, sizeof *words, compare_longest_first);

  if (max_results == 0)
    max_results = G_MAXUINT;

  for (guint i = 0; i < N_RANKS; i++)
    g_ptr_array_add (ranked, g_array_new (FALSE, FALSE, sizeof (guint)));

  for (guint i = 0; i < self->entries->len; i++)
    {
      int rank = rank_entry (self, &g_array_index (self->entries, Entry, i), words, n_words);
      GArray *same_rank;

      if (rank < 0)
        continue;

      matches++;
      /* No rank needs more than the results asked for; the better ranks fill them first. */
      same_rank = g_ptr_array_index (ranked, rank);
      if (same_rank->len < max_results)
        g_array_append_val (same_rank, i);
    }

  for (guint rank = 0; rank < N_RANKS && n_results < max_results; rank++)
    {
      GArray *same_rank = g_ptr_array_index (ranked, rank);

      for (guint i = 0; i < same_rank->len && n_results < max_results; i++, n_results++)
        {
          const Entry *entry = &g_array_index (self->entries, Entry,
                                               g_array_index (same_rank, guint, i));
          g_autoptr(VtrSearchResult) result = make_result (self, entry, words, n_words);

          g_list_store_append (results, result);
        }
    }

  if (n_matches != NULL)
    *n_matches = matches;

  return G_LIST_MODEL (results);
}

/**
 * vtr_search_fold:
 * @text: UTF-8 text
 *
 * Folds @text the way the index compares it: compatibility decomposition without accents,
 * then case folding, with every kind of white space and control character turned into a
 * plain space.
 *
 * Returns: (transfer full): the folded text
 */
char *
vtr_search_fold (const char *text)
{
  GString *folded;

  g_return_val_if_fail (text != NULL, NULL);

  folded = g_string_new (NULL);
  append_folded (folded, text, strlen (text));

  return g_string_free (folded, FALSE);
}
