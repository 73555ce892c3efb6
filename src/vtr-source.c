/* vtr-source.c
 *
 * A source that backs a fact: a publication, a page or a standard.
 * Instances are immutable: the pack loader builds them with g_object_new() from content it
 * has already validated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-source.h"
#include "vtr-string-block.h"

struct _VtrSource
{
  GObject parent_instance;

  char *title;
  char *publisher;
  char *date;
  char *url;

  /* The block that holds the strings above, which never change (see vtr-string-block.c). */
  char *strings;
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_PUBLISHER,
  PROP_DATE,
  PROP_URL,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrSource, vtr_source, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
vtr_source_constructed (GObject *object)
{
  VtrSource *self = (VtrSource *)object;
  char **strings[] = { &self->title, &self->publisher, &self->date, &self->url };

  G_OBJECT_CLASS (vtr_source_parent_class)->constructed (object);

  self->strings = vtr_string_block_new (strings, G_N_ELEMENTS (strings));
}

static void
vtr_source_finalize (GObject *object)
{
  VtrSource *self = (VtrSource *)object;

  g_clear_pointer (&self->strings, g_free);

  G_OBJECT_CLASS (vtr_source_parent_class)->finalize (object);
}

static void
vtr_source_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  VtrSource *self = VTR_SOURCE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_PUBLISHER:
      g_value_set_string (value, self->publisher);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_source_set_property (GObject    *object,
                         guint       prop_id,
                         const GValue *value,
                         GParamSpec *pspec)
{
  VtrSource *self = VTR_SOURCE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;

    case PROP_PUBLISHER:
      self->publisher = g_value_dup_string (value);
      break;

    case PROP_DATE:
      self->date = g_value_dup_string (value);
      break;

    case PROP_URL:
      self->url = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_source_class_init (VtrSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = vtr_source_constructed;
  object_class->finalize = vtr_source_finalize;
  object_class->get_property = vtr_source_get_property;
  object_class->set_property = vtr_source_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PUBLISHER] =
    g_param_spec_string ("publisher", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_source_init (VtrSource *self)
{
}

/**
 * vtr_source_get_title:
 *
 * Returns: (transfer none) (nullable): the title of the publication
 */
const char *
vtr_source_get_title (VtrSource *self)
{
  g_return_val_if_fail (VTR_IS_SOURCE (self), NULL);

  return self->title;
}

/**
 * vtr_source_get_publisher:
 *
 * Returns: (transfer none) (nullable): who published it
 */
const char *
vtr_source_get_publisher (VtrSource *self)
{
  g_return_val_if_fail (VTR_IS_SOURCE (self), NULL);

  return self->publisher;
}

/**
 * vtr_source_get_date:
 *
 * Returns: (transfer none) (nullable): when it was published, as an ISO 8601 date, or NULL
 */
const char *
vtr_source_get_date (VtrSource *self)
{
  g_return_val_if_fail (VTR_IS_SOURCE (self), NULL);

  return self->date;
}

/**
 * vtr_source_get_url:
 *
 * Returns: (transfer none) (nullable): where to read it, or NULL
 */
const char *
vtr_source_get_url (VtrSource *self)
{
  g_return_val_if_fail (VTR_IS_SOURCE (self), NULL);

  return self->url;
}
