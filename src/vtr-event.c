/* vtr-event.c
 *
 * An event on the timeline.
 * Instances are immutable: the pack loader builds them with g_object_new() from content it
 * has already validated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-event.h"
#include "vtr-string-block.h"

struct _VtrEvent
{
  VtrItem parent_instance;

  char        *id;
  char        *date;
  char        *end;
  char        *title;
  char        *text;
  VtrCategory *category;
  VtrImage    *image;
  char       **exhibits;
  GListModel  *sources;

  /* The block that holds the strings above and the item's context, which never change; the
   * array of exhibits is one block as well (see vtr-string-block.c). */
  char        *strings;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_DATE,
  PROP_END,
  PROP_TITLE,
  PROP_TEXT,
  PROP_CATEGORY,
  PROP_IMAGE,
  PROP_EXHIBITS,
  PROP_SOURCES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrEvent, vtr_event, VTR_TYPE_ITEM)

static GParamSpec *properties[N_PROPS];

static void
vtr_event_constructed (GObject *object)
{
  VtrEvent *self = (VtrEvent *)object;
  char **strings[] = { &self->id, &self->date, &self->end, &self->title, &self->text,
                       vtr_item_take_context_place (VTR_ITEM (self)) };

  G_OBJECT_CLASS (vtr_event_parent_class)->constructed (object);

  self->strings = vtr_string_block_new (strings, G_N_ELEMENTS (strings));
  self->exhibits = vtr_string_block_new_strv (self->exhibits);
}

static void
vtr_event_finalize (GObject *object)
{
  VtrEvent *self = (VtrEvent *)object;

  g_clear_pointer (&self->strings, g_free);
  g_clear_object (&self->category);
  g_clear_object (&self->image);
  g_clear_pointer (&self->exhibits, g_free);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (vtr_event_parent_class)->finalize (object);
}

static void
vtr_event_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  VtrEvent *self = VTR_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_END:
      g_value_set_string (value, self->end);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_CATEGORY:
      g_value_set_object (value, self->category);
      break;

    case PROP_IMAGE:
      g_value_set_object (value, self->image);
      break;

    case PROP_EXHIBITS:
      g_value_set_boxed (value, self->exhibits);
      break;

    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_event_set_property (GObject    *object,
                        guint       prop_id,
                        const GValue *value,
                        GParamSpec *pspec)
{
  VtrEvent *self = VTR_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_DATE:
      self->date = g_value_dup_string (value);
      break;

    case PROP_END:
      self->end = g_value_dup_string (value);
      break;

    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;

    case PROP_TEXT:
      self->text = g_value_dup_string (value);
      break;

    case PROP_CATEGORY:
      self->category = g_value_dup_object (value);
      break;

    case PROP_IMAGE:
      self->image = g_value_dup_object (value);
      break;

    case PROP_EXHIBITS:
      self->exhibits = g_value_dup_boxed (value);
      break;

    case PROP_SOURCES:
      self->sources = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_event_class_init (VtrEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = vtr_event_constructed;
  object_class->finalize = vtr_event_finalize;
  object_class->get_property = vtr_event_get_property;
  object_class->set_property = vtr_event_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_END] =
    g_param_spec_string ("end", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATEGORY] =
    g_param_spec_object ("category", NULL, NULL, VTR_TYPE_CATEGORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IMAGE] =
    g_param_spec_object ("image", NULL, NULL, VTR_TYPE_IMAGE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXHIBITS] =
    g_param_spec_boxed ("exhibits", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCES] =
    g_param_spec_object ("sources", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_event_init (VtrEvent *self)
{
}

/**
 * vtr_event_get_id:
 *
 * Returns: (transfer none) (nullable): the id
 */
const char *
vtr_event_get_id (VtrEvent *self)
{
  g_return_val_if_fail (VTR_IS_EVENT (self), NULL);

  return self->id;
}

/**
 * vtr_event_get_date:
 *
 * Returns: (transfer none) (nullable): when it happened or began
 */
const char *
vtr_event_get_date (VtrEvent *self)
{
  g_return_val_if_fail (VTR_IS_EVENT (self), NULL);

  return self->date;
}

/**
 * vtr_event_get_end:
 *
 * Returns: (transfer none) (nullable): when it ended, or NULL
 */
const char *
vtr_event_get_end (VtrEvent *self)
{
  g_return_val_if_fail (VTR_IS_EVENT (self), NULL);

  return self->end;
}

/**
 * vtr_event_get_title:
 *
 * Returns: (transfer none) (nullable): the title
 */
const char *
vtr_event_get_title (VtrEvent *self)
{
  g_return_val_if_fail (VTR_IS_EVENT (self), NULL);

  return vtr_item_translate (VTR_ITEM (self), "title", self->title);
}

/**
 * vtr_event_get_text:
 *
 * Returns: (transfer none) (nullable): the text
 */
const char *
vtr_event_get_text (VtrEvent *self)
{
  g_return_val_if_fail (VTR_IS_EVENT (self), NULL);

  return vtr_item_translate (VTR_ITEM (self), "text", self->text);
}

/**
 * vtr_event_get_category:
 *
 * Returns: (transfer none) (nullable): the category
 */
VtrCategory *
vtr_event_get_category (VtrEvent *self)
{
  g_return_val_if_fail (VTR_IS_EVENT (self), NULL);

  return self->category;
}

/**
 * vtr_event_get_image:
 *
 * Returns: (transfer none) (nullable): the picture, or NULL
 */
VtrImage *
vtr_event_get_image (VtrEvent *self)
{
  g_return_val_if_fail (VTR_IS_EVENT (self), NULL);

  return self->image;
}

/**
 * vtr_event_get_exhibits:
 *
 * Returns: (transfer none) (nullable): ids of linked exhibits
 */
const char * const *
vtr_event_get_exhibits (VtrEvent *self)
{
  g_return_val_if_fail (VTR_IS_EVENT (self), NULL);

  return (const char * const *)self->exhibits;
}

/**
 * vtr_event_get_sources:
 *
 * Returns: (transfer none) (nullable): the sources, as VtrSource
 */
GListModel *
vtr_event_get_sources (VtrEvent *self)
{
  g_return_val_if_fail (VTR_IS_EVENT (self), NULL);

  return self->sources;
}
