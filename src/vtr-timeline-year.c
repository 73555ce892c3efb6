/* vtr-timeline-year.c
 *
 * The timeline's list on narrow windows groups events under their year. GTK 4.8 has no list
 * sections, so a year's heading is a row of its own, and this is its item.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-timeline-year.h"

struct _VtrTimelineYear
{
  GObject parent_instance;

  int     year;
  guint   n_events;
};

enum {
  PROP_0,
  PROP_YEAR,
  PROP_N_EVENTS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrTimelineYear, vtr_timeline_year, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
vtr_timeline_year_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VtrTimelineYear *self = VTR_TIMELINE_YEAR (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_N_EVENTS:
      g_value_set_uint (value, self->n_events);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_timeline_year_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  VtrTimelineYear *self = VTR_TIMELINE_YEAR (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      self->year = g_value_get_int (value);
      break;

    case PROP_N_EVENTS:
      self->n_events = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_timeline_year_class_init (VtrTimelineYearClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = vtr_timeline_year_get_property;
  object_class->set_property = vtr_timeline_year_set_property;

  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_N_EVENTS] =
    g_param_spec_uint ("n-events", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_timeline_year_init (VtrTimelineYear *self)
{
}

VtrTimelineYear *
vtr_timeline_year_new (int   year,
                       guint n_events)
{
  return g_object_new (VTR_TYPE_TIMELINE_YEAR, "year", year, "n-events", n_events, NULL);
}

int
vtr_timeline_year_get_year (VtrTimelineYear *self)
{
  g_return_val_if_fail (VTR_IS_TIMELINE_YEAR (self), 0);

  return self->year;
}

/**
 * vtr_timeline_year_get_n_events:
 *
 * Returns: how many events start in the year
 */
guint
vtr_timeline_year_get_n_events (VtrTimelineYear *self)
{
  g_return_val_if_fail (VTR_IS_TIMELINE_YEAR (self), 0);

  return self->n_events;
}
