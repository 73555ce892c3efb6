/* vtr-search-result.c
 *
 * What a search shows for one match. Results are immutable snapshots taken by the search
 * index, so that a list of them stays valid while the visitor keeps typing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-enums.h"
#include "vtr-search-result.h"

struct _VtrSearchResult
{
  GObject              parent_instance;

  VtrSearchResultKind  kind;
  char                *id;
  char                *title;
  char                *subtitle;
  char                *snippet;
  guint                match_start;
  guint                match_end;
};

enum {
  PROP_0,
  PROP_KIND,
  PROP_ID,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_SNIPPET,
  PROP_MATCH_START,
  PROP_MATCH_END,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrSearchResult, vtr_search_result, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
vtr_search_result_finalize (GObject *object)
{
  VtrSearchResult *self = (VtrSearchResult *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subtitle, g_free);
  g_clear_pointer (&self->snippet, g_free);

  G_OBJECT_CLASS (vtr_search_result_parent_class)->finalize (object);
}

static void
vtr_search_result_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VtrSearchResult *self = VTR_SEARCH_RESULT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;

    case PROP_SNIPPET:
      g_value_set_string (value, self->snippet);
      break;

    case PROP_MATCH_START:
      g_value_set_uint (value, self->match_start);
      break;

    case PROP_MATCH_END:
      g_value_set_uint (value, self->match_end);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_search_result_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  VtrSearchResult *self = VTR_SEARCH_RESULT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;

    case PROP_SUBTITLE:
      self->subtitle = g_value_dup_string (value);
      break;

    case PROP_SNIPPET:
      self->snippet = g_value_dup_string (value);
      break;

    case PROP_MATCH_START:
      self->match_start = g_value_get_uint (value);
      break;

    case PROP_MATCH_END:
      self->match_end = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_search_result_class_init (VtrSearchResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vtr_search_result_finalize;
  object_class->get_property = vtr_search_result_get_property;
  object_class->set_property = vtr_search_result_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       VTR_TYPE_SEARCH_RESULT_KIND, VTR_SEARCH_RESULT_EXHIBIT,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SNIPPET] =
    g_param_spec_string ("snippet", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MATCH_START] =
    g_param_spec_uint ("match-start", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MATCH_END] =
    g_param_spec_uint ("match-end", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_search_result_init (VtrSearchResult *self)
{
}

/**
 * vtr_search_result_new:
 * @subtitle: (nullable): the exhibitor, the date or the figure's label
 * @snippet: (nullable): a short excerpt of the text that matched
 * @match_start: where the matched words start in @snippet, in bytes
 * @match_end: where they end, in bytes; equal to @match_start when the snippet holds no match
 *
 * Returns: (transfer full): a new result
 */
VtrSearchResult *
vtr_search_result_new (VtrSearchResultKind  kind,
                       const char          *id,
                       const char          *title,
                       const char          *subtitle,
                       const char          *snippet,
                       guint                match_start,
                       guint                match_end)
{
  return g_object_new (VTR_TYPE_SEARCH_RESULT,
                       "kind", kind,
                       "id", id,
                       "title", title,
                       "subtitle", subtitle,
                       "snippet", snippet,
                       "match-start", match_start,
                       "match-end", match_end,
                       NULL);
}

VtrSearchResultKind
vtr_search_result_get_kind (VtrSearchResult *self)
{
  g_return_val_if_fail (VTR_IS_SEARCH_RESULT (self), VTR_SEARCH_RESULT_EXHIBIT);

  return self->kind;
}

/**
 * vtr_search_result_get_id:
 *
 * Returns: (transfer none): the id of the exhibit, event or figure
 */
const char *
vtr_search_result_get_id (VtrSearchResult *self)
{
  g_return_val_if_fail (VTR_IS_SEARCH_RESULT (self), NULL);

  return self->id;
}

const char *
vtr_search_result_get_title (VtrSearchResult *self)
{
  g_return_val_if_fail (VTR_IS_SEARCH_RESULT (self), NULL);

  return self->title;
}

/**
 * vtr_search_result_get_subtitle:
 *
 * Returns: (transfer none) (nullable): the exhibitor, the date or the figure's label
 */
const char *
vtr_search_result_get_subtitle (VtrSearchResult *self)
{
  g_return_val_if_fail (VTR_IS_SEARCH_RESULT (self), NULL);

  return self->subtitle;
}

/**
 * vtr_search_result_get_snippet:
 *
 * Returns: (transfer none) (nullable): plain text around the first match, with "…" where it
 *   was cut
 */
const char *
vtr_search_result_get_snippet (VtrSearchResult *self)
{
  g_return_val_if_fail (VTR_IS_SEARCH_RESULT (self), NULL);

  return self->snippet;
}

/**
 * vtr_search_result_get_match_start:
 *
 * Returns: the byte offset in the snippet where the first matched word starts
 */
guint
vtr_search_result_get_match_start (VtrSearchResult *self)
{
  g_return_val_if_fail (VTR_IS_SEARCH_RESULT (self), 0);

  return self->match_start;
}

/**
 * vtr_search_result_get_match_end:
 *
 * Returns: the byte offset in the snippet just after the first matched word; equal to the
 *   start when the snippet shows no match (such as the summary of an exhibit whose title
 *   matched)
 */
guint
vtr_search_result_get_match_end (VtrSearchResult *self)
{
  g_return_val_if_fail (VTR_IS_SEARCH_RESULT (self), 0);

  return self->match_end;
}
