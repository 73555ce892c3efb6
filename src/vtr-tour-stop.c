/* vtr-tour-stop.c
 *
 * One stop of a tour: an exhibit, an event or a figure, with notes and a planned time.
 * Instances are immutable: the pack loader builds them with g_object_new() from content it
 * has already validated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-enums.h"
#include "vtr-tour-stop.h"

struct _VtrTourStop
{
  VtrItem parent_instance;

  VtrStopKind  kind;
  char        *target_id;
  char        *notes;
  guint        seconds;
};

enum {
  PROP_0,
  PROP_KIND,
  PROP_TARGET_ID,
  PROP_NOTES,
  PROP_SECONDS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrTourStop, vtr_tour_stop, VTR_TYPE_ITEM)

static GParamSpec *properties[N_PROPS];

static void
vtr_tour_stop_finalize (GObject *object)
{
  VtrTourStop *self = (VtrTourStop *)object;

  g_clear_pointer (&self->target_id, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (vtr_tour_stop_parent_class)->finalize (object);
}

static void
vtr_tour_stop_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  VtrTourStop *self = VTR_TOUR_STOP (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_TARGET_ID:
      g_value_set_string (value, self->target_id);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_SECONDS:
      g_value_set_uint (value, self->seconds);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_tour_stop_set_property (GObject    *object,
                            guint       prop_id,
                            const GValue *value,
                            GParamSpec *pspec)
{
  VtrTourStop *self = VTR_TOUR_STOP (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    case PROP_TARGET_ID:
      self->target_id = g_value_dup_string (value);
      break;

    case PROP_NOTES:
      self->notes = g_value_dup_string (value);
      break;

    case PROP_SECONDS:
      self->seconds = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_tour_stop_class_init (VtrTourStopClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vtr_tour_stop_finalize;
  object_class->get_property = vtr_tour_stop_get_property;
  object_class->set_property = vtr_tour_stop_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, VTR_TYPE_STOP_KIND, VTR_STOP_KIND_EXHIBIT,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TARGET_ID] =
    g_param_spec_string ("target-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECONDS] =
    g_param_spec_uint ("seconds", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_tour_stop_init (VtrTourStop *self)
{
}

/**
 * vtr_tour_stop_get_kind:
 *
 * Returns: what kind of item the stop shows
 */
VtrStopKind
vtr_tour_stop_get_kind (VtrTourStop *self)
{
  g_return_val_if_fail (VTR_IS_TOUR_STOP (self), VTR_STOP_KIND_EXHIBIT);

  return self->kind;
}

/**
 * vtr_tour_stop_get_target_id:
 *
 * Returns: (transfer none) (nullable): the id of the item shown
 */
const char *
vtr_tour_stop_get_target_id (VtrTourStop *self)
{
  g_return_val_if_fail (VTR_IS_TOUR_STOP (self), NULL);

  return self->target_id;
}

/**
 * vtr_tour_stop_get_notes:
 *
 * Returns: (transfer none) (nullable): presenter notes, or NULL
 */
const char *
vtr_tour_stop_get_notes (VtrTourStop *self)
{
  g_return_val_if_fail (VTR_IS_TOUR_STOP (self), NULL);

  return vtr_item_translate (VTR_ITEM (self), "notes", self->notes);
}

/**
 * vtr_tour_stop_get_seconds:
 *
 * Returns: the planned time at this stop
 */
guint
vtr_tour_stop_get_seconds (VtrTourStop *self)
{
  g_return_val_if_fail (VTR_IS_TOUR_STOP (self), 0);

  return self->seconds;
}
