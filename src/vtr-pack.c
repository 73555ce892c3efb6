/* vtr-pack.c
 *
 * A content pack: its manifest and everything it shows, as list models.
 * A pack is immutable: VtrPackLoader builds it only from content that validated with no error,
 * so a pack on screen is never half loaded.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-pack.h"

typedef enum {
  INDEX_CATEGORIES,
  INDEX_EXHIBITS,
  INDEX_EVENTS,
  INDEX_FIGURES,
  INDEX_TOURS,
  N_INDEXES
} IndexKind;

typedef const char *(*GetIdFunc) (gpointer item);

struct _VtrPack
{
  VtrItem parent_instance;

  char       *id;
  char       *title;
  char       *description;
  char       *source_language;
  char      **languages;
  char       *gettext_domain;
  VtrImage   *hero;
  GFile      *location;
  GListModel *categories;
  GListModel *exhibits;
  GListModel *eras;
  GListModel *events;
  GListModel *figures;
  GListModel *tours;

  /* Indexes by id, one per list, built on the first lookup. */
  GHashTable *index[N_INDEXES];
};

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_SOURCE_LANGUAGE,
  PROP_LANGUAGES,
  PROP_GETTEXT_DOMAIN,
  PROP_HERO,
  PROP_LOCATION,
  PROP_CATEGORIES,
  PROP_EXHIBITS,
  PROP_ERAS,
  PROP_EVENTS,
  PROP_FIGURES,
  PROP_TOURS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrPack, vtr_pack, VTR_TYPE_ITEM)

static GParamSpec *properties[N_PROPS];

static gpointer
find_by_id (VtrPack    *self,
            IndexKind   kind,
            GListModel *model,
            GetIdFunc   get_id,
            const char *id)
{
  if (id == NULL || model == NULL)
    return NULL;

  if (self->index[kind] == NULL)
    {
      guint n_items = g_list_model_get_n_items (model);

      self->index[kind] = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
      for (guint i = 0; i < n_items; i++)
        {
          gpointer item = g_list_model_get_item (model, i);

          g_hash_table_insert (self->index[kind], (gpointer)get_id (item), item);
        }
    }

  return g_hash_table_lookup (self->index[kind], id);
}

static void
vtr_pack_finalize (GObject *object)
{
  VtrPack *self = (VtrPack *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->source_language, g_free);
  g_clear_pointer (&self->languages, g_strfreev);
  g_clear_pointer (&self->gettext_domain, g_free);
  g_clear_object (&self->hero);
  g_clear_object (&self->location);
  g_clear_object (&self->categories);
  g_clear_object (&self->exhibits);
  g_clear_object (&self->eras);
  g_clear_object (&self->events);
  g_clear_object (&self->figures);
  g_clear_object (&self->tours);
  for (guint i = 0; i < N_INDEXES; i++)
    g_clear_pointer (&self->index[i], g_hash_table_unref);

  G_OBJECT_CLASS (vtr_pack_parent_class)->finalize (object);
}

static void
vtr_pack_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  VtrPack *self = VTR_PACK (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_SOURCE_LANGUAGE:
      g_value_set_string (value, self->source_language);
      break;

    case PROP_LANGUAGES:
      g_value_set_boxed (value, self->languages);
      break;

    case PROP_GETTEXT_DOMAIN:
      g_value_set_string (value, self->gettext_domain);
      break;

    case PROP_HERO:
      g_value_set_object (value, self->hero);
      break;

    case PROP_LOCATION:
      g_value_set_object (value, self->location);
      break;

    case PROP_CATEGORIES:
      g_value_set_object (value, self->categories);
      break;

    case PROP_EXHIBITS:
      g_value_set_object (value, self->exhibits);
      break;

    case PROP_ERAS:
      g_value_set_object (value, self->eras);
      break;

    case PROP_EVENTS:
      g_value_set_object (value, self->events);
      break;

    case PROP_FIGURES:
      g_value_set_object (value, self->figures);
      break;

    case PROP_TOURS:
      g_value_set_object (value, self->tours);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_pack_set_property (GObject    *object,
                       guint       prop_id,
                       const GValue *value,
                       GParamSpec *pspec)
{
  VtrPack *self = VTR_PACK (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;

    case PROP_DESCRIPTION:
      self->description = g_value_dup_string (value);
      break;

    case PROP_SOURCE_LANGUAGE:
      self->source_language = g_value_dup_string (value);
      break;

    case PROP_LANGUAGES:
      self->languages = g_value_dup_boxed (value);
      break;

    case PROP_GETTEXT_DOMAIN:
      self->gettext_domain = g_value_dup_string (value);
      break;

    case PROP_HERO:
      self->hero = g_value_dup_object (value);
      break;

    case PROP_LOCATION:
      self->location = g_value_dup_object (value);
      break;

    case PROP_CATEGORIES:
      self->categories = g_value_dup_object (value);
      break;

    case PROP_EXHIBITS:
      self->exhibits = g_value_dup_object (value);
      break;

    case PROP_ERAS:
      self->eras = g_value_dup_object (value);
      break;

    case PROP_EVENTS:
      self->events = g_value_dup_object (value);
      break;

    case PROP_FIGURES:
      self->figures = g_value_dup_object (value);
      break;

    case PROP_TOURS:
      self->tours = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_pack_class_init (VtrPackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vtr_pack_finalize;
  object_class->get_property = vtr_pack_get_property;
  object_class->set_property = vtr_pack_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCE_LANGUAGE] =
    g_param_spec_string ("source-language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGES] =
    g_param_spec_boxed ("languages", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GETTEXT_DOMAIN] =
    g_param_spec_string ("gettext-domain", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HERO] =
    g_param_spec_object ("hero", NULL, NULL, VTR_TYPE_IMAGE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOCATION] =
    g_param_spec_object ("location", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATEGORIES] =
    g_param_spec_object ("categories", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXHIBITS] =
    g_param_spec_object ("exhibits", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERAS] =
    g_param_spec_object ("eras", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EVENTS] =
    g_param_spec_object ("events", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIGURES] =
    g_param_spec_object ("figures", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOURS] =
    g_param_spec_object ("tours", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_pack_init (VtrPack *self)
{
}

/**
 * vtr_pack_get_id:
 *
 * Returns: (transfer none) (nullable): the id
 */
const char *
vtr_pack_get_id (VtrPack *self)
{
  g_return_val_if_fail (VTR_IS_PACK (self), NULL);

  return self->id;
}

/**
 * vtr_pack_get_title:
 *
 * Returns: (transfer none) (nullable): the title
 */
const char *
vtr_pack_get_title (VtrPack *self)
{
  g_return_val_if_fail (VTR_IS_PACK (self), NULL);

  return vtr_item_translate (VTR_ITEM (self), "title", self->title);
}

/**
 * vtr_pack_get_description:
 *
 * Returns: (transfer none) (nullable): the description
 */
const char *
vtr_pack_get_description (VtrPack *self)
{
  g_return_val_if_fail (VTR_IS_PACK (self), NULL);

  return vtr_item_translate (VTR_ITEM (self), "description", self->description);
}

/**
 * vtr_pack_get_source_language:
 *
 * Returns: (transfer none) (nullable): the language the pack is written in
 */
const char *
vtr_pack_get_source_language (VtrPack *self)
{
  g_return_val_if_fail (VTR_IS_PACK (self), NULL);

  return self->source_language;
}

/**
 * vtr_pack_get_languages:
 *
 * Returns: (transfer none) (nullable): the languages offered
 */
const char * const *
vtr_pack_get_languages (VtrPack *self)
{
  g_return_val_if_fail (VTR_IS_PACK (self), NULL);

  return (const char * const *)self->languages;
}

/**
 * vtr_pack_get_gettext_domain:
 *
 * Returns: (transfer none) (nullable): the gettext domain of its translations
 */
const char *
vtr_pack_get_gettext_domain (VtrPack *self)
{
  g_return_val_if_fail (VTR_IS_PACK (self), NULL);

  return self->gettext_domain;
}

/**
 * vtr_pack_get_hero:
 *
 * Returns: (transfer none) (nullable): the overview picture, or NULL
 */
VtrImage *
vtr_pack_get_hero (VtrPack *self)
{
  g_return_val_if_fail (VTR_IS_PACK (self), NULL);

  return self->hero;
}

/**
 * vtr_pack_get_location:
 *
 * Returns: (transfer none) (nullable): the folder or resource the pack was read from
 */
GFile *
vtr_pack_get_location (VtrPack *self)
{
  g_return_val_if_fail (VTR_IS_PACK (self), NULL);

  return self->location;
}

/**
 * vtr_pack_get_categories:
 *
 * Returns: (transfer none) (nullable): the categories, as VtrCategory
 */
GListModel *
vtr_pack_get_categories (VtrPack *self)
{
  g_return_val_if_fail (VTR_IS_PACK (self), NULL);

  return self->categories;
}

/**
 * vtr_pack_get_exhibits:
 *
 * Returns: (transfer none) (nullable): the exhibits, as VtrExhibit
 */
GListModel *
vtr_pack_get_exhibits (VtrPack *self)
{
  g_return_val_if_fail (VTR_IS_PACK (self), NULL);

  return self->exhibits;
}

/**
 * vtr_pack_get_eras:
 *
 * Returns: (transfer none) (nullable): the eras, as VtrEra
 */
GListModel *
vtr_pack_get_eras (VtrPack *self)
{
  g_return_val_if_fail (VTR_IS_PACK (self), NULL);

  return self->eras;
}

/**
 * vtr_pack_get_events:
 *
 * Returns: (transfer none) (nullable): the events, as VtrEvent, in date order
 */
GListModel *
vtr_pack_get_events (VtrPack *self)
{
  g_return_val_if_fail (VTR_IS_PACK (self), NULL);

  return self->events;
}

/**
 * vtr_pack_get_figures:
 *
 * Returns: (transfer none) (nullable): the figures, as VtrFigure
 */
GListModel *
vtr_pack_get_figures (VtrPack *self)
{
  g_return_val_if_fail (VTR_IS_PACK (self), NULL);

  return self->figures;
}

/**
 * vtr_pack_get_tours:
 *
 * Returns: (transfer none) (nullable): the tours, as VtrTour
 */
GListModel *
vtr_pack_get_tours (VtrPack *self)
{
  g_return_val_if_fail (VTR_IS_PACK (self), NULL);

  return self->tours;
}

/**
 * vtr_pack_find_category:
 *
 * Returns: (transfer none) (nullable): the category with @id
 */
VtrCategory *
vtr_pack_find_category (VtrPack    *self,
                        const char *id)
{
  g_return_val_if_fail (VTR_IS_PACK (self), NULL);

  return find_by_id (self, INDEX_CATEGORIES, self->categories,
                     (GetIdFunc)vtr_category_get_id, id);
}

/**
 * vtr_pack_find_exhibit:
 *
 * Returns: (transfer none) (nullable): the exhibit with @id
 */
VtrExhibit *
vtr_pack_find_exhibit (VtrPack    *self,
                       const char *id)
{
  g_return_val_if_fail (VTR_IS_PACK (self), NULL);

  return find_by_id (self, INDEX_EXHIBITS, self->exhibits, (GetIdFunc)vtr_exhibit_get_id, id);
}

/**
 * vtr_pack_find_event:
 *
 * Returns: (transfer none) (nullable): the event with @id
 */
VtrEvent *
vtr_pack_find_event (VtrPack    *self,
                     const char *id)
{
  g_return_val_if_fail (VTR_IS_PACK (self), NULL);

  return find_by_id (self, INDEX_EVENTS, self->events, (GetIdFunc)vtr_event_get_id, id);
}

/**
 * vtr_pack_find_figure:
 *
 * Returns: (transfer none) (nullable): the figure with @id
 */
VtrFigure *
vtr_pack_find_figure (VtrPack    *self,
                      const char *id)
{
  g_return_val_if_fail (VTR_IS_PACK (self), NULL);

  return find_by_id (self, INDEX_FIGURES, self->figures, (GetIdFunc)vtr_figure_get_id, id);
}

/**
 * vtr_pack_find_tour:
 *
 * Returns: (transfer none) (nullable): the tour with @id
 */
VtrTour *
vtr_pack_find_tour (VtrPack    *self,
                    const char *id)
{
  g_return_val_if_fail (VTR_IS_PACK (self), NULL);

  return find_by_id (self, INDEX_TOURS, self->tours, (GetIdFunc)vtr_tour_get_id, id);
}

/**
 * vtr_pack_is_builtin:
 *
 * Returns: %TRUE for the pack compiled into Vitrine
 */
gboolean
vtr_pack_is_builtin (VtrPack *self)
{
  g_autofree char *uri = NULL;

  g_return_val_if_fail (VTR_IS_PACK (self), FALSE);

  uri = g_file_get_uri (self->location);

  return g_str_has_prefix (uri, "resource://");
}
