/* vtr-category.c
 *
 * A category of a pack, with its icon and accent colour.
 * Instances are immutable: the pack loader builds them with g_object_new() from content it
 * has already validated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-category.h"

struct _VtrCategory
{
  VtrItem parent_instance;

  char *id;
  char *name;
  char *icon_name;
  char *color;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ICON_NAME,
  PROP_COLOR,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrCategory, vtr_category, VTR_TYPE_ITEM)

static GParamSpec *properties[N_PROPS];

static void
vtr_category_finalize (GObject *object)
{
  VtrCategory *self = (VtrCategory *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->icon_name, g_free);
  g_clear_pointer (&self->color, g_free);

  G_OBJECT_CLASS (vtr_category_parent_class)->finalize (object);
}

static void
vtr_category_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  VtrCategory *self = VTR_CATEGORY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ICON_NAME:
      g_value_set_string (value, self->icon_name);
      break;

    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_category_set_property (GObject    *object,
                           guint       prop_id,
                           const GValue *value,
                           GParamSpec *pspec)
{
  VtrCategory *self = VTR_CATEGORY (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;

    case PROP_ICON_NAME:
      self->icon_name = g_value_dup_string (value);
      break;

    case PROP_COLOR:
      self->color = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_category_class_init (VtrCategoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vtr_category_finalize;
  object_class->get_property = vtr_category_get_property;
  object_class->set_property = vtr_category_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_category_init (VtrCategory *self)
{
}

/**
 * vtr_category_get_id:
 *
 * Returns: (transfer none) (nullable): the id
 */
const char *
vtr_category_get_id (VtrCategory *self)
{
  g_return_val_if_fail (VTR_IS_CATEGORY (self), NULL);

  return self->id;
}

/**
 * vtr_category_get_name:
 *
 * Returns: (transfer none) (nullable): the name shown to visitors
 */
const char *
vtr_category_get_name (VtrCategory *self)
{
  g_return_val_if_fail (VTR_IS_CATEGORY (self), NULL);

  return vtr_item_translate (VTR_ITEM (self), "name", self->name);
}

/**
 * vtr_category_get_icon_name:
 *
 * Returns: (transfer none) (nullable): a symbolic icon name
 */
const char *
vtr_category_get_icon_name (VtrCategory *self)
{
  g_return_val_if_fail (VTR_IS_CATEGORY (self), NULL);

  return self->icon_name;
}

/**
 * vtr_category_get_color:
 *
 * Returns: (transfer none) (nullable): the accent colour as #rrggbb
 */
const char *
vtr_category_get_color (VtrCategory *self)
{
  g_return_val_if_fail (VTR_IS_CATEGORY (self), NULL);

  return self->color;
}
