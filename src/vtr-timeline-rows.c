/* vtr-timeline-rows.c
 *
 * GTK 4.8's list views have no sections, so the timeline's list on narrow windows reads a
 * flattened model instead: a VtrTimelineYear heading before the events of each year, then the
 * VtrEvent items themselves. Headings exist only for years that have events.
 *
 * The events of a pack never change, so the rows are worked out once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-date.h"
#include "vtr-event.h"
#include "vtr-timeline-rows.h"
#include "vtr-timeline-year.h"

#define HEADING G_MAXUINT

/* A row is a heading when it has no event; then @heading is its place among the headings. */
typedef struct
{
  int   year;
  guint event_position;
  guint heading;
} Row;

struct _VtrTimelineRows
{
  GObject     parent_instance;

  GListModel *events;
  GArray     *rows;
  GPtrArray  *headings;
  GArray     *row_of_event;
};

enum {
  PROP_0,
  PROP_EVENTS,
  N_PROPS
};

static void vtr_timeline_rows_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VtrTimelineRows, vtr_timeline_rows, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      vtr_timeline_rows_list_model_init))

static GParamSpec *properties[N_PROPS];

static int
year_of (VtrEvent *event)
{
  VtrDate date;

  if (vtr_date_parse (vtr_event_get_date (event), &date) != VTR_DATE_PARSE_OK)
    return 0;

  return date.year;
}

/* Orders events by year, and by their place in the model within a year, which keeps the
 * pack's date order even if the model came unsorted. */
static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const Row *row_a = a;
  const Row *row_b = b;

  if (row_a->year != row_b->year)
    return row_a->year < row_b->year ? -1 : 1;

  return row_a->event_position < row_b->event_position ? -1
       : row_a->event_position > row_b->event_position;
}

static void
build_rows (VtrTimelineRows *self)
{
  guint n_events = self->events != NULL ? g_list_model_get_n_items (self->events) : 0;
  g_autoptr(GArray) by_year = g_array_sized_new (FALSE, FALSE, sizeof (Row), n_events);

  for (guint i = 0; i < n_events; i++)
    {
      g_autoptr(VtrEvent) event = g_list_model_get_item (self->events, i);
      Row row = { .year = year_of (event), .event_position = i };

      g_array_append_val (by_year, row);
    }

  g_array_sort (by_year, compare_rows);
  g_array_set_size (self->row_of_event, n_events);

  for (guint i = 0; i < by_year->len; )
    {
      int year = g_array_index (by_year, Row, i).year;
      Row heading = { .year = year, .event_position = HEADING, .heading = self->headings->len };
      guint first = i;

      while (i < by_year->len && g_array_index (by_year, Row, i).year == year)
        i++;

      g_array_append_val (self->rows, heading);
      g_ptr_array_add (self->headings, vtr_timeline_year_new (year, i - first));

      for (guint j = first; j < i; j++)
        {
          Row *row = &g_array_index (by_year, Row, j);

          g_array_index (self->row_of_event, guint, row->event_position) = self->rows->len;
          g_array_append_val (self->rows, *row);
        }
    }
}

static GType
vtr_timeline_rows_get_item_type (GListModel *model)
{
  return G_TYPE_OBJECT;
}

static guint
vtr_timeline_rows_get_n_items (GListModel *model)
{
  VtrTimelineRows *self = VTR_TIMELINE_ROWS (model);

  return self->rows->len;
}

static gpointer
vtr_timeline_rows_get_item (GListModel *model,
                            guint       position)
{
  VtrTimelineRows *self = VTR_TIMELINE_ROWS (model);
  Row *row;

  if (position >= self->rows->len)
    return NULL;

  row = &g_array_index (self->rows, Row, position);
  if (row->event_position != HEADING)
    return g_list_model_get_item (self->events, row->event_position);

  return g_object_ref (g_ptr_array_index (self->headings, row->heading));
}

static void
vtr_timeline_rows_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = vtr_timeline_rows_get_item_type;
  iface->get_n_items = vtr_timeline_rows_get_n_items;
  iface->get_item = vtr_timeline_rows_get_item;
}

static void
vtr_timeline_rows_constructed (GObject *object)
{
  VtrTimelineRows *self = (VtrTimelineRows *)object;

  G_OBJECT_CLASS (vtr_timeline_rows_parent_class)->constructed (object);

  build_rows (self);
}

static void
vtr_timeline_rows_finalize (GObject *object)
{
  VtrTimelineRows *self = (VtrTimelineRows *)object;

  g_clear_object (&self->events);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->headings, g_ptr_array_unref);
  g_clear_pointer (&self->row_of_event, g_array_unref);

  G_OBJECT_CLASS (vtr_timeline_rows_parent_class)->finalize (object);
}

static void
vtr_timeline_rows_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VtrTimelineRows *self = VTR_TIMELINE_ROWS (object);

  switch (prop_id)
    {
    case PROP_EVENTS:
      g_value_set_object (value, self->events);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_timeline_rows_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  VtrTimelineRows *self = VTR_TIMELINE_ROWS (object);

  switch (prop_id)
    {
    case PROP_EVENTS:
      self->events = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_timeline_rows_class_init (VtrTimelineRowsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = vtr_timeline_rows_constructed;
  object_class->finalize = vtr_timeline_rows_finalize;
  object_class->get_property = vtr_timeline_rows_get_property;
  object_class->set_property = vtr_timeline_rows_set_property;

  /**
   * VtrTimelineRows:events:
   *
   * The events to list, as VtrEvent, in date order.
   */
  properties[PROP_EVENTS] =
    g_param_spec_object ("events", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_timeline_rows_init (VtrTimelineRows *self)
{
  self->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  self->headings = g_ptr_array_new_with_free_func (g_object_unref);
  self->row_of_event = g_array_new (FALSE, FALSE, sizeof (guint));
}

/**
 * vtr_timeline_rows_new:
 * @events: (nullable): the events to list, as VtrEvent
 *
 * Returns: (transfer full): a list of VtrTimelineYear headings, each followed by the events
 *   that start in its year
 */
VtrTimelineRows *
vtr_timeline_rows_new (GListModel *events)
{
  g_return_val_if_fail (events == NULL || G_IS_LIST_MODEL (events), NULL);

  return g_object_new (VTR_TYPE_TIMELINE_ROWS, "events", events, NULL);
}

/**
 * vtr_timeline_rows_get_events:
 *
 * Returns: (transfer none) (nullable): the events listed
 */
GListModel *
vtr_timeline_rows_get_events (VtrTimelineRows *self)
{
  g_return_val_if_fail (VTR_IS_TIMELINE_ROWS (self), NULL);

  return self->events;
}

/**
 * vtr_timeline_rows_get_row_of_event:
 * @event_position: the position of an event in the events model
 *
 * Returns: the row that shows the event, or %G_MAXUINT if there is no such event
 */
guint
vtr_timeline_rows_get_row_of_event (VtrTimelineRows *self,
                                    guint            event_position)
{
  g_return_val_if_fail (VTR_IS_TIMELINE_ROWS (self), G_MAXUINT);

  if (event_position >= self->row_of_event->len)
    return G_MAXUINT;

  return g_array_index (self->row_of_event, guint, event_position);
}
