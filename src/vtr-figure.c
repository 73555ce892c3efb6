/* vtr-figure.c
 *
 * A key figure: a number with a unit and a label.
 * Instances are immutable: the pack loader builds them with g_object_new() from content it
 * has already validated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-enums.h"
#include "vtr-figure.h"

struct _VtrFigure
{
  VtrItem parent_instance;

  char               *id;
  double              value;
  char               *unit;
  char               *label;
  VtrFigureQualifier  qualifier;
  GListModel         *sources;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_VALUE,
  PROP_UNIT,
  PROP_LABEL,
  PROP_QUALIFIER,
  PROP_SOURCES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrFigure, vtr_figure, VTR_TYPE_ITEM)

static GParamSpec *properties[N_PROPS];

static void
vtr_figure_finalize (GObject *object)
{
  VtrFigure *self = (VtrFigure *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (vtr_figure_parent_class)->finalize (object);
}

static void
vtr_figure_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  VtrFigure *self = VTR_FIGURE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;

    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_QUALIFIER:
      g_value_set_enum (value, self->qualifier);
      break;

    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_figure_set_property (GObject    *object,
                         guint       prop_id,
                         const GValue *value,
                         GParamSpec *pspec)
{
  VtrFigure *self = VTR_FIGURE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_VALUE:
      self->value = g_value_get_double (value);
      break;

    case PROP_UNIT:
      self->unit = g_value_dup_string (value);
      break;

    case PROP_LABEL:
      self->label = g_value_dup_string (value);
      break;

    case PROP_QUALIFIER:
      self->qualifier = g_value_get_enum (value);
      break;

    case PROP_SOURCES:
      self->sources = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_figure_class_init (VtrFigureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vtr_figure_finalize;
  object_class->get_property = vtr_figure_get_property;
  object_class->set_property = vtr_figure_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUALIFIER] =
    g_param_spec_enum ("qualifier", NULL, NULL,
                       VTR_TYPE_FIGURE_QUALIFIER, VTR_FIGURE_QUALIFIER_EXACT,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCES] =
    g_param_spec_object ("sources", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_figure_init (VtrFigure *self)
{
}

/**
 * vtr_figure_get_id:
 *
 * Returns: (transfer none) (nullable): the id
 */
const char *
vtr_figure_get_id (VtrFigure *self)
{
  g_return_val_if_fail (VTR_IS_FIGURE (self), NULL);

  return self->id;
}

/**
 * vtr_figure_get_value:
 *
 * Returns: the number
 */
double
vtr_figure_get_value (VtrFigure *self)
{
  g_return_val_if_fail (VTR_IS_FIGURE (self), 0);

  return self->value;
}

/**
 * vtr_figure_get_unit:
 *
 * Returns: (transfer none) (nullable): the unit
 */
const char *
vtr_figure_get_unit (VtrFigure *self)
{
  g_return_val_if_fail (VTR_IS_FIGURE (self), NULL);

  return vtr_item_translate (VTR_ITEM (self), "unit", self->unit);
}

/**
 * vtr_figure_get_label:
 *
 * Returns: (transfer none) (nullable): what the number counts
 */
const char *
vtr_figure_get_label (VtrFigure *self)
{
  g_return_val_if_fail (VTR_IS_FIGURE (self), NULL);

  return vtr_item_translate (VTR_ITEM (self), "label", self->label);
}

/**
 * vtr_figure_get_qualifier:
 *
 * Returns: how exact the number is
 */
VtrFigureQualifier
vtr_figure_get_qualifier (VtrFigure *self)
{
  g_return_val_if_fail (VTR_IS_FIGURE (self), VTR_FIGURE_QUALIFIER_EXACT);

  return self->qualifier;
}

/**
 * vtr_figure_get_sources:
 *
 * Returns: (transfer none) (nullable): the sources, as VtrSource
 */
GListModel *
vtr_figure_get_sources (VtrFigure *self)
{
  g_return_val_if_fail (VTR_IS_FIGURE (self), NULL);

  return self->sources;
}
