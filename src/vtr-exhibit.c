/* vtr-exhibit.c
 *
 * An exhibit: one thing on show, with its story and sources.
 * Instances are immutable: the pack loader builds them with g_object_new() from content it
 * has already validated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-exhibit.h"
#include "vtr-string-block.h"
#include "vtr-translate.h"

struct _VtrExhibit
{
  VtrItem parent_instance;

  char        *id;
  char        *title;
  char        *exhibitor;
  VtrCategory *category;
  int          year;
  char        *summary;
  char       **body;
  VtrImage    *image;
  GListModel  *facts;
  char       **related;
  char       **events;
  GListModel  *sources;

  /* The block that holds the id, title, exhibitor, summary and context, which never change; the
   * three string arrays above are each one block as well (see vtr-string-block.c). */
  char        *strings;

  /* The body in the current language, rebuilt when the language has changed, or %NULL when
   * it is the body as written. It points at the body itself and at gettext's catalogs, which
   * stay loaded, so that a pack of 10,000 exhibits does not hold its text twice. */
  const char **translated_body;
  guint        translated_serial;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_EXHIBITOR,
  PROP_CATEGORY,
  PROP_YEAR,
  PROP_SUMMARY,
  PROP_BODY,
  PROP_IMAGE,
  PROP_FACTS,
  PROP_RELATED,
  PROP_EVENTS,
  PROP_SOURCES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrExhibit, vtr_exhibit, VTR_TYPE_ITEM)

static GParamSpec *properties[N_PROPS];

static void
vtr_exhibit_constructed (GObject *object)
{
  VtrExhibit *self = (VtrExhibit *)object;
  char **strings[] = { &self->id, &self->title, &self->exhibitor, &self->summary,
                       vtr_item_take_context_place (VTR_ITEM (self)) };

  G_OBJECT_CLASS (vtr_exhibit_parent_class)->constructed (object);

  self->strings = vtr_string_block_new (strings, G_N_ELEMENTS (strings));
  self->body = vtr_string_block_new_strv (self->body);
  self->related = vtr_string_block_new_strv (self->related);
  self->events = vtr_string_block_new_strv (self->events);
}

static void
vtr_exhibit_finalize (GObject *object)
{
  VtrExhibit *self = (VtrExhibit *)object;

  g_clear_pointer (&self->strings, g_free);
  g_clear_pointer (&self->translated_body, g_free);
  g_clear_object (&self->category);
  g_clear_pointer (&self->body, g_free);
  g_clear_object (&self->image);
  g_clear_object (&self->facts);
  g_clear_pointer (&self->related, g_free);
  g_clear_pointer (&self->events, g_free);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (vtr_exhibit_parent_class)->finalize (object);
}

static void
vtr_exhibit_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  VtrExhibit *self = VTR_EXHIBIT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_EXHIBITOR:
      g_value_set_string (value, self->exhibitor);
      break;

    case PROP_CATEGORY:
      g_value_set_object (value, self->category);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_BODY:
      g_value_set_boxed (value, self->body);
      break;

    case PROP_IMAGE:
      g_value_set_object (value, self->image);
      break;

    case PROP_FACTS:
      g_value_set_object (value, self->facts);
      break;

    case PROP_RELATED:
      g_value_set_boxed (value, self->related);
      break;

    case PROP_EVENTS:
      g_value_set_boxed (value, self->events);
      break;

    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_exhibit_set_property (GObject    *object,
                          guint       prop_id,
                          const GValue *value,
                          GParamSpec *pspec)
{
  VtrExhibit *self = VTR_EXHIBIT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;

    case PROP_EXHIBITOR:
      self->exhibitor = g_value_dup_string (value);
      break;

    case PROP_CATEGORY:
      self->category = g_value_dup_object (value);
      break;

    case PROP_YEAR:
      self->year = g_value_get_int (value);
      break;

    case PROP_SUMMARY:
      self->summary = g_value_dup_string (value);
      break;

    case PROP_BODY:
      self->body = g_value_dup_boxed (value);
      break;

    case PROP_IMAGE:
      self->image = g_value_dup_object (value);
      break;

    case PROP_FACTS:
      self->facts = g_value_dup_object (value);
      break;

    case PROP_RELATED:
      self->related = g_value_dup_boxed (value);
      break;

    case PROP_EVENTS:
      self->events = g_value_dup_boxed (value);
      break;

    case PROP_SOURCES:
      self->sources = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_exhibit_class_init (VtrExhibitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = vtr_exhibit_constructed;
  object_class->finalize = vtr_exhibit_finalize;
  object_class->get_property = vtr_exhibit_get_property;
  object_class->set_property = vtr_exhibit_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXHIBITOR] =
    g_param_spec_string ("exhibitor", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATEGORY] =
    g_param_spec_object ("category", NULL, NULL, VTR_TYPE_CATEGORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BODY] =
    g_param_spec_boxed ("body", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IMAGE] =
    g_param_spec_object ("image", NULL, NULL, VTR_TYPE_IMAGE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FACTS] =
    g_param_spec_object ("facts", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RELATED] =
    g_param_spec_boxed ("related", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EVENTS] =
    g_param_spec_boxed ("events", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCES] =
    g_param_spec_object ("sources", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_exhibit_init (VtrExhibit *self)
{
}

/**
 * vtr_exhibit_get_id:
 *
 * Returns: (transfer none) (nullable): the id
 */
const char *
vtr_exhibit_get_id (VtrExhibit *self)
{
  g_return_val_if_fail (VTR_IS_EXHIBIT (self), NULL);

  return self->id;
}

/**
 * vtr_exhibit_get_title:
 *
 * Returns: (transfer none) (nullable): the title
 */
const char *
vtr_exhibit_get_title (VtrExhibit *self)
{
  g_return_val_if_fail (VTR_IS_EXHIBIT (self), NULL);

  return vtr_item_translate (VTR_ITEM (self), "title", self->title);
}

/**
 * vtr_exhibit_get_exhibitor:
 *
 * Returns: (transfer none) (nullable): who made or owns it
 */
const char *
vtr_exhibit_get_exhibitor (VtrExhibit *self)
{
  g_return_val_if_fail (VTR_IS_EXHIBIT (self), NULL);

  return vtr_item_translate (VTR_ITEM (self), "exhibitor", self->exhibitor);
}

/**
 * vtr_exhibit_get_category:
 *
 * Returns: (transfer none) (nullable): the category
 */
VtrCategory *
vtr_exhibit_get_category (VtrExhibit *self)
{
  g_return_val_if_fail (VTR_IS_EXHIBIT (self), NULL);

  return self->category;
}

/**
 * vtr_exhibit_get_year:
 *
 * Returns: the year, or 0 when it has none
 */
int
vtr_exhibit_get_year (VtrExhibit *self)
{
  g_return_val_if_fail (VTR_IS_EXHIBIT (self), 0);

  return self->year;
}

/**
 * vtr_exhibit_get_summary:
 *
 * Returns: (transfer none) (nullable): a short summary
 */
const char *
vtr_exhibit_get_summary (VtrExhibit *self)
{
  g_return_val_if_fail (VTR_IS_EXHIBIT (self), NULL);

  return vtr_item_translate (VTR_ITEM (self), "summary", self->summary);
}

/**
 * vtr_exhibit_get_body:
 *
 * Returns: (transfer none) (nullable): the paragraphs
 */
const char * const *
vtr_exhibit_get_body (VtrExhibit *self)
{
  g_autofree const char **translated = NULL;
  gboolean differs = FALSE;
  guint n_paragraphs;

  g_return_val_if_fail (VTR_IS_EXHIBIT (self), NULL);

  if (self->body == NULL || vtr_item_get_translation_domain (VTR_ITEM (self)) == NULL)
    return (const char * const *)self->body;

  if (self->translated_serial == vtr_translate_get_serial ())
    return self->translated_body != NULL ? (const char * const *)self->translated_body
                                         : (const char * const *)self->body;

  n_paragraphs = g_strv_length (self->body);
  translated = g_new0 (const char *, n_paragraphs + 1);
  for (guint i = 0; i < n_paragraphs; i++)
    {
      char field[32];

      g_snprintf (field, sizeof field, "body/%u", i);
      translated[i] = vtr_item_translate (VTR_ITEM (self), field, self->body[i]);
      differs = differs || translated[i] != self->body[i];
    }

  g_clear_pointer (&self->translated_body, g_free);
  if (differs)
    self->translated_body = g_steal_pointer (&translated);
  self->translated_serial = vtr_translate_get_serial ();

  return self->translated_body != NULL ? (const char * const *)self->translated_body
                                       : (const char * const *)self->body;
}

/**
 * vtr_exhibit_get_image:
 *
 * Returns: (transfer none) (nullable): the picture
 */
VtrImage *
vtr_exhibit_get_image (VtrExhibit *self)
{
  g_return_val_if_fail (VTR_IS_EXHIBIT (self), NULL);

  return self->image;
}

/**
 * vtr_exhibit_get_facts:
 *
 * Returns: (transfer none) (nullable): the facts, as VtrFact
 */
GListModel *
vtr_exhibit_get_facts (VtrExhibit *self)
{
  g_return_val_if_fail (VTR_IS_EXHIBIT (self), NULL);

  return self->facts;
}

/**
 * vtr_exhibit_get_related:
 *
 * Returns: (transfer none) (nullable): ids of related exhibits
 */
const char * const *
vtr_exhibit_get_related (VtrExhibit *self)
{
  g_return_val_if_fail (VTR_IS_EXHIBIT (self), NULL);

  return (const char * const *)self->related;
}

/**
 * vtr_exhibit_get_events:
 *
 * Returns: (transfer none) (nullable): ids of timeline events
 */
const char * const *
vtr_exhibit_get_events (VtrExhibit *self)
{
  g_return_val_if_fail (VTR_IS_EXHIBIT (self), NULL);

  return (const char * const *)self->events;
}

/**
 * vtr_exhibit_get_sources:
 *
 * Returns: (transfer none) (nullable): the sources, as VtrSource
 */
GListModel *
vtr_exhibit_get_sources (VtrExhibit *self)
{
  g_return_val_if_fail (VTR_IS_EXHIBIT (self), NULL);

  return self->sources;
}
