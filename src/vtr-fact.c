/* vtr-fact.c
 *
 * A label and value pair shown in an exhibit's facts table.
 * Instances are immutable: the pack loader builds them with g_object_new() from content it
 * has already validated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-fact.h"
#include "vtr-string-block.h"

struct _VtrFact
{
  VtrItem parent_instance;

  char *label;
  char *value;

  /* The block that holds the strings above and the item's context, which never change (see
   * vtr-string-block.c). */
  char *strings;
};

enum {
  PROP_0,
  PROP_LABEL,
  PROP_VALUE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrFact, vtr_fact, VTR_TYPE_ITEM)

static GParamSpec *properties[N_PROPS];

static void
vtr_fact_constructed (GObject *object)
{
  VtrFact *self = (VtrFact *)object;
  char **strings[] = { &self->label, &self->value,
                       vtr_item_take_context_place (VTR_ITEM (self)) };

  G_OBJECT_CLASS (vtr_fact_parent_class)->constructed (object);

  self->strings = vtr_string_block_new (strings, G_N_ELEMENTS (strings));
}

static void
vtr_fact_finalize (GObject *object)
{
  VtrFact *self = (VtrFact *)object;

  g_clear_pointer (&self->strings, g_free);

  G_OBJECT_CLASS (vtr_fact_parent_class)->finalize (object);
}

static void
vtr_fact_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  VtrFact *self = VTR_FACT (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_VALUE:
      g_value_set_string (value, self->value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_fact_set_property (GObject    *object,
                       guint       prop_id,
                       const GValue *value,
                       GParamSpec *pspec)
{
  VtrFact *self = VTR_FACT (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      self->label = g_value_dup_string (value);
      break;

    case PROP_VALUE:
      self->value = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_fact_class_init (VtrFactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = vtr_fact_constructed;
  object_class->finalize = vtr_fact_finalize;
  object_class->get_property = vtr_fact_get_property;
  object_class->set_property = vtr_fact_set_property;

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_fact_init (VtrFact *self)
{
}

/**
 * vtr_fact_get_label:
 *
 * Returns: (transfer none) (nullable): what the fact is about
 */
const char *
vtr_fact_get_label (VtrFact *self)
{
  g_return_val_if_fail (VTR_IS_FACT (self), NULL);

  return vtr_item_translate (VTR_ITEM (self), "label", self->label);
}

/**
 * vtr_fact_get_value:
 *
 * Returns: (transfer none) (nullable): the fact itself
 */
const char *
vtr_fact_get_value (VtrFact *self)
{
  g_return_val_if_fail (VTR_IS_FACT (self), NULL);

  return vtr_item_translate (VTR_ITEM (self), "value", self->value);
}
