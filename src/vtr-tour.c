/* vtr-tour.c
 *
 * An ordered tour through a pack, for presenters and for the kiosk's attract loop.
 * Instances are immutable: the pack loader builds them with g_object_new() from content it
 * has already validated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-enums.h"
#include "vtr-tour.h"

struct _VtrTour
{
  VtrItem parent_instance;

  char           *id;
  char           *title;
  char           *description;
  VtrTourPurpose  purpose;
  GListModel     *stops;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_PURPOSE,
  PROP_STOPS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrTour, vtr_tour, VTR_TYPE_ITEM)

static GParamSpec *properties[N_PROPS];

static void
vtr_tour_finalize (GObject *object)
{
  VtrTour *self = (VtrTour *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_object (&self->stops);

  G_OBJECT_CLASS (vtr_tour_parent_class)->finalize (object);
}

static void
vtr_tour_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  VtrTour *self = VTR_TOUR (object);

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

    case PROP_PURPOSE:
      g_value_set_enum (value, self->purpose);
      break;

    case PROP_STOPS:
      g_value_set_object (value, self->stops);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_tour_set_property (GObject    *object,
                       guint       prop_id,
                       const GValue *value,
                       GParamSpec *pspec)
{
  VtrTour *self = VTR_TOUR (object);

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

    case PROP_PURPOSE:
      self->purpose = g_value_get_enum (value);
      break;

    case PROP_STOPS:
      self->stops = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_tour_class_init (VtrTourClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vtr_tour_finalize;
  object_class->get_property = vtr_tour_get_property;
  object_class->set_property = vtr_tour_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PURPOSE] =
    g_param_spec_enum ("purpose", NULL, NULL, VTR_TYPE_TOUR_PURPOSE, VTR_TOUR_PURPOSE_TALK,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STOPS] =
    g_param_spec_object ("stops", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_tour_init (VtrTour *self)
{
}

/**
 * vtr_tour_get_id:
 *
 * Returns: (transfer none) (nullable): the id
 */
const char *
vtr_tour_get_id (VtrTour *self)
{
  g_return_val_if_fail (VTR_IS_TOUR (self), NULL);

  return self->id;
}

/**
 * vtr_tour_get_title:
 *
 * Returns: (transfer none) (nullable): the title
 */
const char *
vtr_tour_get_title (VtrTour *self)
{
  g_return_val_if_fail (VTR_IS_TOUR (self), NULL);

  return vtr_item_translate (VTR_ITEM (self), "title", self->title);
}

/**
 * vtr_tour_get_description:
 *
 * Returns: (transfer none) (nullable): a description, or NULL
 */
const char *
vtr_tour_get_description (VtrTour *self)
{
  g_return_val_if_fail (VTR_IS_TOUR (self), NULL);

  return vtr_item_translate (VTR_ITEM (self), "description", self->description);
}

/**
 * vtr_tour_get_purpose:
 *
 * Returns: what the tour is for
 */
VtrTourPurpose
vtr_tour_get_purpose (VtrTour *self)
{
  g_return_val_if_fail (VTR_IS_TOUR (self), VTR_TOUR_PURPOSE_TALK);

  return self->purpose;
}

/**
 * vtr_tour_get_stops:
 *
 * Returns: (transfer none) (nullable): the stops, as VtrTourStop
 */
GListModel *
vtr_tour_get_stops (VtrTour *self)
{
  g_return_val_if_fail (VTR_IS_TOUR (self), NULL);

  return self->stops;
}
