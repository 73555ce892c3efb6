/* vtr-timeline-page.c
 *
 * The timeline page shows the pack's span of years as a zoomable band (VtrTimelineBand) with
 * a panel under it that reads out the selected event. Below about 600 pixels a band is too
 * cramped to read, so the page becomes a list of events grouped under their years instead.
 * libadwaita 1.2 has no breakpoints, so the page switches between its two children itself, in
 * size_allocate(), by hiding the one it does not use with gtk_widget_set_child_visible().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-category-chip.h"
#include "vtr-format.h"
#include "vtr-timeline-band.h"
#include "vtr-timeline-layout.h"
#include "vtr-timeline-page.h"
#include "vtr-timeline-row.h"
#include "vtr-timeline-rows.h"
#include "vtr-timeline-year.h"
#include "vtr-zoom-keys.h"

#define NARROW_WIDTH 600

struct _VtrTimelinePage
{
  GtkWidget        parent_instance;

  VtrPack         *pack;
  VtrTimelineRows *rows;
  gboolean         narrow;
  guint            switch_source;
  guint            focus_row_tick;
  guint            focus_row_frames;
  gboolean         refocus;

  GtkWidget       *wide_view;
  GtkLabel        *span_label;
  GtkLabel        *count_label;
  VtrTimelineBand *band;
  GtkScrollbar    *scrollbar;
  GtkLabel        *detail_date;
  GtkLabel        *detail_title;
  GtkLabel        *detail_hint;
  VtrCategoryChip *detail_category;
  GtkWidget       *open_button;
  GtkWidget       *narrow_view;
  GtkListView     *list;
};

enum {
  PROP_0,
  PROP_PACK,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrTimelinePage, vtr_timeline_page, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static void
update_actions (VtrTimelinePage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  double zoom = vtr_timeline_band_get_zoom (self->band);
  double max_zoom = vtr_timeline_band_get_max_zoom (self->band);

  /* A little slack, so that a zoom a rounding error away from a limit counts as there. */
  gtk_widget_action_set_enabled (widget, "timeline.zoom-in",
                                 !self->narrow && zoom < max_zoom * 0.999);
  gtk_widget_action_set_enabled (widget, "timeline.zoom-out", !self->narrow && zoom > 1.001);
  gtk_widget_action_set_enabled (widget, "timeline.zoom-fit", !self->narrow && zoom > 1.001);
  gtk_widget_action_set_enabled (widget, "timeline.open-selected",
                                 vtr_timeline_band_get_selected_event (self->band) != NULL);
  /* With the whole span in view there is nothing to scroll to. */
  gtk_widget_set_visible (GTK_WIDGET (self->scrollbar), zoom > 1.001);
}

static void
update_details (VtrTimelinePage *self)
{
  VtrEvent *event = vtr_timeline_band_get_selected_event (self->band);
  g_autofree char *date = NULL;

  if (event != NULL)
    date = vtr_format_date_span (vtr_event_get_date (event), vtr_event_get_end (event));

  gtk_label_set_text (self->detail_date, date != NULL ? date : "");
  gtk_label_set_text (self->detail_title, event != NULL ? vtr_event_get_title (event)
                                                        : _("No event selected"));
  vtr_category_chip_set_category (self->detail_category,
                                  event != NULL ? vtr_event_get_category (event) : NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->detail_date), event != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_hint), event == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_category),
                          event != NULL && vtr_event_get_category (event) != NULL);
  gtk_widget_set_visible (self->open_button, event != NULL);

  update_actions (self);
}

static void
update_summary (VtrTimelinePage *self)
{
  GListModel *events = self->pack != NULL ? vtr_pack_get_events (self->pack) : NULL;
  GListModel *eras = self->pack != NULL ? vtr_pack_get_eras (self->pack) : NULL;
  guint n_events = events != NULL ? g_list_model_get_n_items (events) : 0;
  guint n_eras = eras != NULL ? g_list_model_get_n_items (eras) : 0;
  g_autofree char *number = NULL;
  g_autofree char *count = NULL;
  g_autofree char *years = NULL;
  int first, last;

  /* The span is the band's: from the earliest to the latest event or era. */
  vtr_timeline_band_get_span (self->band, &first, &last);
  if (n_events == 0 && n_eras == 0)
    years = g_strdup (_("Timeline"));
  else if (first == last)
    years = g_strdup_printf ("%d", first);
  else
    /* Translators: the years a timeline covers, such as "2014–2023". */
    years = g_strdup_printf (C_("year span", "%1$d–%2$d"), first, last);

  number = vtr_format_number (n_events);
  /* Translators: %s is a number of events, such as "36" or "10,000". */
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s event", "%s events", n_events),
                           number);

  gtk_label_set_text (self->span_label, years);
  gtk_label_set_text (self->count_label, count);
}

static const char *
era_name_for_year (VtrTimelinePage *self,
                   int              year)
{
  GListModel *eras = self->pack != NULL ? vtr_pack_get_eras (self->pack) : NULL;
  double middle = year + 0.5;

  /* The era a year belongs to is the one that holds its middle. */
  for (guint i = 0; eras != NULL && i < g_list_model_get_n_items (eras); i++)
    {
      g_autoptr(VtrEra) era = g_list_model_get_item (eras, i);
      double start, end;

      if (vtr_timeline_date_range (vtr_era_get_start (era), vtr_era_get_end (era),
                                   &start, &end) &&
          start <= middle && middle < end)
        return vtr_era_get_name (era);
    }

  return NULL;
}

static void
scroll_list_to_event (VtrTimelinePage *self,
                      VtrEvent        *event)
{
  GListModel *events;
  guint row = 0;

  if (self->rows == NULL)
    return;

  events = vtr_timeline_rows_get_events (self->rows);
  for (guint i = 0; event != NULL && i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(VtrEvent) item = g_list_model_get_item (events, i);

      if (item == event)
        {
          /* Show the year's heading too where it is just above. */
          row = vtr_timeline_rows_get_row_of_event (self->rows, i);
          row = row > 0 ? row - 1 : 0;
          break;
        }
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (self->rows)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", row);
}

static void
open_event (VtrTimelinePage *self,
            VtrEvent        *event)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-event", "s",
                              vtr_event_get_id (event));
}

static int
narrow_limit (VtrTimelinePage *self)
{
  int wide_minimum;

  gtk_widget_measure (self->wide_view, GTK_ORIENTATION_HORIZONTAL, -1, &wide_minimum, NULL,
                      NULL, NULL);

  return MAX (NARROW_WIDTH, wide_minimum);
}

/* Runs on the frames after the list scrolled to the selected event, until the row for the
 * event exists; ticks come before layout, so the first one is too early. */
static gboolean
focus_selected_row_cb (GtkWidget     *list,
                       GdkFrameClock *frame_clock,
                       gpointer       user_data)
{
  VtrTimelinePage *self = user_data;
  VtrEvent *event = vtr_timeline_band_get_selected_event (self->band);

  for (GtkWidget *child = gtk_widget_get_first_child (list);
       child != NULL && event != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);

      if (VTR_IS_TIMELINE_ROW (row) &&
          vtr_timeline_row_get_item (VTR_TIMELINE_ROW (row)) == G_OBJECT (event))
        {
          self->focus_row_tick = 0;
          gtk_widget_grab_focus (child);
          return G_SOURCE_REMOVE;
        }
    }

  if (event != NULL && ++self->focus_row_frames < 5)
    return G_SOURCE_CONTINUE;

  self->focus_row_tick = 0;
  gtk_widget_grab_focus (list);

  return G_SOURCE_REMOVE;
}

static gboolean
switch_views_cb (gpointer user_data)
{
  VtrTimelinePage *self = user_data;
  gboolean move_focus = self->refocus;

  self->switch_source = 0;
  self->refocus = FALSE;

  if (!self->narrow)
    {
      /* Focus must not stay on a view that is gone. */
      if (move_focus)
        gtk_widget_grab_focus (GTK_WIDGET (self->band));
      return G_SOURCE_REMOVE;
    }

  /* The list picks up where the band was. Focusing the list itself would focus its first
   * row and scroll back to the top, so focus goes to the selected event's row once the
   * scroll has created it. */
  scroll_list_to_event (self, vtr_timeline_band_get_selected_event (self->band));
  self->focus_row_frames = 0;
  if (move_focus && self->focus_row_tick == 0)
    self->focus_row_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->list),
                                                         focus_selected_row_cb, self, NULL);

  return G_SOURCE_REMOVE;
}

static void
band_event_activated_cb (VtrTimelinePage *self,
                         VtrEvent        *event,
                         VtrTimelineBand *band)
{
  open_event (self, event);
}

static void
band_selection_changed_cb (VtrTimelinePage *self,
                           GParamSpec      *pspec,
                           VtrTimelineBand *band)
{
  update_details (self);
}

static void
band_zoom_changed_cb (VtrTimelinePage *self,
                      GParamSpec      *pspec,
                      VtrTimelineBand *band)
{
  update_actions (self);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              VtrTimelinePage          *self)
{
  gtk_list_item_set_child (item, vtr_timeline_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             VtrTimelinePage          *self)
{
  VtrTimelineRow *row = VTR_TIMELINE_ROW (gtk_list_item_get_child (item));
  GObject *object = gtk_list_item_get_item (item);

  /* Headings are not things to open. */
  if (VTR_IS_TIMELINE_YEAR (object))
    {
      VtrTimelineYear *year = VTR_TIMELINE_YEAR (object);

      vtr_timeline_row_show_year (row, year,
                                  era_name_for_year (self, vtr_timeline_year_get_year (year)));
      gtk_list_item_set_activatable (item, FALSE);
    }
  else if (VTR_IS_EVENT (object))
    {
      vtr_timeline_row_show_event (row, VTR_EVENT (object));
      gtk_list_item_set_activatable (item, TRUE);
    }
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               VtrTimelinePage          *self)
{
  vtr_timeline_row_clear (VTR_TIMELINE_ROW (gtk_list_item_get_child (item)));
}

static void
list_activate_cb (VtrTimelinePage *self,
                  guint            position,
                  GtkListView     *list)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->rows), position);

  if (!VTR_IS_EVENT (item))
    return;

  /* The band follows, so a window widened later shows the same event. */
  vtr_timeline_band_select_event (self->band, vtr_event_get_id (VTR_EVENT (item)));
  open_event (self, VTR_EVENT (item));
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VtrTimelineBand *band = VTR_TIMELINE_PAGE (widget)->band;

  if (g_str_equal (action_name, "timeline.zoom-in"))
    vtr_timeline_band_zoom_in (band);
  else if (g_str_equal (action_name, "timeline.zoom-out"))
    vtr_timeline_band_zoom_out (band);
  else
    vtr_timeline_band_zoom_to_fit (band);
}

static void
open_selected_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  VtrTimelinePage *self = VTR_TIMELINE_PAGE (widget);
  VtrEvent *event = vtr_timeline_band_get_selected_event (self->band);

  if (event != NULL)
    open_event (self, event);
}

static GtkSizeRequestMode
vtr_timeline_page_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
vtr_timeline_page_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  VtrTimelinePage *self = VTR_TIMELINE_PAGE (widget);
  int wide_minimum, wide_natural, narrow_minimum, narrow_natural;

  /* At a known width, the height is that of the view the width picks. */
  if (orientation == GTK_ORIENTATION_VERTICAL && for_size >= 0)
    {
      GtkWidget *view = for_size < narrow_limit (self) ? self->narrow_view : self->wide_view;

      gtk_widget_measure (view, orientation, for_size, minimum, natural, NULL, NULL);
      return;
    }

  gtk_widget_measure (self->wide_view, orientation, -1, &wide_minimum, &wide_natural,
                      NULL, NULL);
  gtk_widget_measure (self->narrow_view, orientation, -1, &narrow_minimum, &narrow_natural,
                      NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = narrow_minimum;
      *natural = MAX (wide_natural, NARROW_WIDTH);
    }
  else
    {
      *minimum = MIN (wide_minimum, narrow_minimum);
      *natural = MAX (wide_natural, narrow_natural);
    }
}

static void
vtr_timeline_page_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  VtrTimelinePage *self = VTR_TIMELINE_PAGE (widget);
  gboolean narrow = width < narrow_limit (self);
  GtkWidget *shown = narrow ? self->narrow_view : self->wide_view;
  GtkWidget *hidden = narrow ? self->wide_view : self->narrow_view;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  /* Hiding the view that has focus drops focus altogether, so note it first. */
  if (narrow != self->narrow && focus != NULL && gtk_widget_is_ancestor (focus, hidden))
    self->refocus = TRUE;

  gtk_widget_set_child_visible (hidden, FALSE);
  gtk_widget_set_child_visible (shown, TRUE);
  gtk_widget_allocate (shown, width, height, -1, NULL);

  if (narrow == self->narrow)
    return;

  self->narrow = narrow;
  update_actions (self);

  /* Moving focus while allocating would restyle widgets in the middle of a layout pass. */
  if (self->switch_source == 0)
    self->switch_source = g_idle_add (switch_views_cb, self);
}

static void
vtr_timeline_page_dispose (GObject *object)
{
  VtrTimelinePage *self = (VtrTimelinePage *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->switch_source, g_source_remove);
  if (self->focus_row_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self->list), self->focus_row_tick);
      self->focus_row_tick = 0;
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_TIMELINE_PAGE);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->rows);
  g_clear_object (&self->pack);

  G_OBJECT_CLASS (vtr_timeline_page_parent_class)->dispose (object);
}

static void
vtr_timeline_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VtrTimelinePage *self = VTR_TIMELINE_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_timeline_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  VtrTimelinePage *self = VTR_TIMELINE_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      vtr_timeline_page_set_pack (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_timeline_page_class_init (VtrTimelinePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_timeline_page_dispose;
  object_class->get_property = vtr_timeline_page_get_property;
  object_class->set_property = vtr_timeline_page_set_property;

  widget_class->get_request_mode = vtr_timeline_page_get_request_mode;
  widget_class->measure = vtr_timeline_page_measure;
  widget_class->size_allocate = vtr_timeline_page_size_allocate;

  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, VTR_TYPE_PACK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vtr-timeline-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrTimelinePage, wide_view);
  gtk_widget_class_bind_template_child (widget_class, VtrTimelinePage, span_label);
  gtk_widget_class_bind_template_child (widget_class, VtrTimelinePage, count_label);
  gtk_widget_class_bind_template_child (widget_class, VtrTimelinePage, band);
  gtk_widget_class_bind_template_child (widget_class, VtrTimelinePage, scrollbar);
  gtk_widget_class_bind_template_child (widget_class, VtrTimelinePage, detail_date);
  gtk_widget_class_bind_template_child (widget_class, VtrTimelinePage, detail_title);
  gtk_widget_class_bind_template_child (widget_class, VtrTimelinePage, detail_hint);
  gtk_widget_class_bind_template_child (widget_class, VtrTimelinePage, detail_category);
  gtk_widget_class_bind_template_child (widget_class, VtrTimelinePage, open_button);
  gtk_widget_class_bind_template_child (widget_class, VtrTimelinePage, narrow_view);
  gtk_widget_class_bind_template_child (widget_class, VtrTimelinePage, list);
  gtk_widget_class_bind_template_callback (widget_class, band_event_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, band_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, band_zoom_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, unbind_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);

  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.open-selected", NULL,
                                   open_selected_action);

  vtr_zoom_keys_add_bindings (widget_class, GDK_CONTROL_MASK,
                              "timeline.zoom-in", "timeline.zoom-out", "timeline.zoom-fit");

  g_type_ensure (VTR_TYPE_CATEGORY_CHIP);
  g_type_ensure (VTR_TYPE_TIMELINE_BAND);
}

static void
vtr_timeline_page_init (VtrTimelinePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_scrollbar_set_adjustment (self->scrollbar, vtr_timeline_band_get_adjustment (self->band));
  gtk_widget_set_child_visible (self->narrow_view, FALSE);

  update_summary (self);
  update_details (self);
}

GtkWidget *
vtr_timeline_page_new (void)
{
  return g_object_new (VTR_TYPE_TIMELINE_PAGE, NULL);
}

VtrPack *
vtr_timeline_page_get_pack (VtrTimelinePage *self)
{
  g_return_val_if_fail (VTR_IS_TIMELINE_PAGE (self), NULL);

  return self->pack;
}

void
vtr_timeline_page_set_pack (VtrTimelinePage *self,
                            VtrPack         *pack)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_if_fail (VTR_IS_TIMELINE_PAGE (self));
  g_return_if_fail (pack == NULL || VTR_IS_PACK (pack));

  if (!g_set_object (&self->pack, pack))
    return;

  g_clear_object (&self->rows);
  self->rows = vtr_timeline_rows_new (pack != NULL ? vtr_pack_get_events (pack) : NULL);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (selection));

  vtr_timeline_band_set_pack (self->band, pack);
  update_summary (self);
  update_details (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
}

/**
 * vtr_timeline_page_focus_event:
 * @event_id: the id of an event of the pack
 *
 * Selects the event and scrolls it into view, at the zoom the page has.
 */
void
vtr_timeline_page_focus_event (VtrTimelinePage *self,
                               const char      *event_id)
{
  g_return_if_fail (VTR_IS_TIMELINE_PAGE (self));
  g_return_if_fail (event_id != NULL);

  if (!vtr_timeline_band_select_event (self->band, event_id))
    return;

  if (self->narrow)
    scroll_list_to_event (self, vtr_timeline_band_get_selected_event (self->band));
}

/**
 * vtr_timeline_page_reset:
 *
 * Zooms out to the whole span, scrolls to its start and selects nothing.
 */
void
vtr_timeline_page_reset (VtrTimelinePage *self)
{
  g_return_if_fail (VTR_IS_TIMELINE_PAGE (self));

  vtr_timeline_band_reset (self->band);
  scroll_list_to_event (self, NULL);
}

/**
 * vtr_timeline_page_get_selected_event_id:
 *
 * Returns: (nullable): the id of the selected event, or %NULL
 */
const char *
vtr_timeline_page_get_selected_event_id (VtrTimelinePage *self)
{
  VtrEvent *event;

  g_return_val_if_fail (VTR_IS_TIMELINE_PAGE (self), NULL);

  event = vtr_timeline_band_get_selected_event (self->band);

  return event != NULL ? vtr_event_get_id (event) : NULL;
}
