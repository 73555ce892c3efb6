/* vtr-era.c
 *
 * An era of the timeline: a span of time with a name and a colour.
 * Instances are immutable: the pack loader builds them with g_object_new() from content it
 * has already validated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-era.h"

struct _VtrEra
{
  VtrItem parent_instance;

  char *id;
  char *name;
  char *start;
  char *end;
  char *color;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_START,
  PROP_END,
  PROP_COLOR,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrEra, vtr_era, VTR_TYPE_ITEM)

static GParamSpec *properties[N_PROPS];

static void
vtr_era_finalize (GObject *object)
{
  VtrEra *self = (VtrEra *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->start, g_free);
  g_clear_pointer (&self->end, g_free);
  g_clear_pointer (&self->color, g_free);

  G_OBJECT_CLASS (vtr_era_parent_class)->finalize (object);
}

static void
vtr_era_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  VtrEra *self = VTR_ERA (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_START:
      g_value_set_string (value, self->start);
      break;

    case PROP_END:
      g_value_set_string (value, self->end);
      break;

    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_era_set_property (GObject    *object,
                      guint       prop_id,
                      const GValue *value,
                      GParamSpec *pspec)
{
  VtrEra *self = VTR_ERA (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;

    case PROP_START:
      self->start = g_value_dup_string (value);
      break;

    case PROP_END:
      self->end = g_value_dup_string (value);
      break;

    case PROP_COLOR:
      self->color = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_era_class_init (VtrEraClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vtr_era_finalize;
  object_class->get_property = vtr_era_get_property;
  object_class->set_property = vtr_era_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_START] =
    g_param_spec_string ("start", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_END] =
    g_param_spec_string ("end", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_era_init (VtrEra *self)
{
}

/**
 * vtr_era_get_id:
 *
 * Returns: (transfer none) (nullable): the id
 */
const char *
vtr_era_get_id (VtrEra *self)
{
  g_return_val_if_fail (VTR_IS_ERA (self), NULL);

  return self->id;
}

/**
 * vtr_era_get_name:
 *
 * Returns: (transfer none) (nullable): the name
 */
const char *
vtr_era_get_name (VtrEra *self)
{
  g_return_val_if_fail (VTR_IS_ERA (self), NULL);

  return vtr_item_translate (VTR_ITEM (self), "name", self->name);
}

/**
 * vtr_era_get_start:
 *
 * Returns: (transfer none) (nullable): the first date
 */
const char *
vtr_era_get_start (VtrEra *self)
{
  g_return_val_if_fail (VTR_IS_ERA (self), NULL);

  return self->start;
}

/**
 * vtr_era_get_end:
 *
 * Returns: (transfer none) (nullable): the last date
 */
const char *
vtr_era_get_end (VtrEra *self)
{
  g_return_val_if_fail (VTR_IS_ERA (self), NULL);

  return self->end;
}

/**
 * vtr_era_get_color:
 *
 * Returns: (transfer none) (nullable): the colour as #rrggbb
 */
const char *
vtr_era_get_color (VtrEra *self)
{
  g_return_val_if_fail (VTR_IS_ERA (self), NULL);

  return self->color;
}
