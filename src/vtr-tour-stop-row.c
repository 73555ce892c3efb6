/* vtr-tour-stop-row.c
 *
 * A row is bound to a stop, the pack that resolves the stop's target and the stop's position
 * all at once, because the three only make sense together.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-format.h"
#include "vtr-tour-stop-row.h"
#include "vtr-tour-summary.h"

struct _VtrTourStopRow
{
  AdwBin       parent_instance;

  VtrTourStop *stop;

  GtkLabel    *position_label;
  GtkImage    *kind_icon;
  GtkLabel    *kind_label;
  GtkLabel    *time_label;
  GtkLabel    *title_label;
  GtkLabel    *detail_label;
  GtkLabel    *notes_label;
};

G_DEFINE_FINAL_TYPE (VtrTourStopRow, vtr_tour_stop_row, ADW_TYPE_BIN)

/* A stop reads as its kind (with the date, for an event), a title and maybe a line of
 * detail. */
static void
describe_stop (VtrPack      *pack,
               VtrTourStop  *stop,
               char        **kind,
               char        **title,
               char        **detail)
{
  const char *id = vtr_tour_stop_get_target_id (stop);

  *detail = NULL;

  switch (vtr_tour_stop_get_kind (stop))
    {
    case VTR_STOP_KIND_EVENT:
      {
        VtrEvent *event = pack != NULL ? vtr_pack_find_event (pack, id) : NULL;
        g_autofree char *date = NULL;

        if (event == NULL)
          {
            *kind = g_strdup (_("Event"));
            break;
          }

        date = vtr_format_date_span (vtr_event_get_date (event), vtr_event_get_end (event));
        /* Translators: the kind of a tour stop and the date of its event, as in
         * "Event · 19–21 November 2014". */
        *kind = g_strdup_printf (C_("tour stop", "Event · %s"), date);
        *title = g_strdup (vtr_event_get_title (event));
        return;
      }

    case VTR_STOP_KIND_FIGURE:
      {
        VtrFigure *figure = pack != NULL ? vtr_pack_find_figure (pack, id) : NULL;
        g_autofree char *value = NULL;

        *kind = g_strdup (_("Key figure"));
        if (figure == NULL)
          break;

        value = vtr_format_figure_value (figure);
        /* Translators: a key figure's number and unit, as in "about 12,000 guests". */
        *title = g_strdup_printf (C_("figure", "%1$s %2$s"), value, vtr_figure_get_unit (figure));
        *detail = g_strdup (vtr_figure_get_label (figure));
        return;
      }

    case VTR_STOP_KIND_EXHIBIT:
    default:
      {
        VtrExhibit *exhibit = pack != NULL ? vtr_pack_find_exhibit (pack, id) : NULL;

        *kind = g_strdup (_("Exhibit"));
        if (exhibit == NULL)
          break;

        *title = g_strdup (vtr_exhibit_get_title (exhibit));
        *detail = g_strdup (vtr_exhibit_get_exhibitor (exhibit));
        return;
      }
    }

  /* A target the pack cannot resolve shows its id, which tells a curator what to fix. */
  *title = g_strdup (id);
}

static const char *
kind_icon_name (VtrStopKind kind)
{
  switch (kind)
    {
    case VTR_STOP_KIND_EVENT:
      return "x-office-calendar-symbolic";

    case VTR_STOP_KIND_FIGURE:
      return "vtr-figure-symbolic";

    case VTR_STOP_KIND_EXHIBIT:
    default:
      return "image-x-generic-symbolic";
    }
}

static void
set_optional_text (GtkLabel   *label,
                   const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
vtr_tour_stop_row_dispose (GObject *object)
{
  VtrTourStopRow *self = (VtrTourStopRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_TOUR_STOP_ROW);
  g_clear_object (&self->stop);

  G_OBJECT_CLASS (vtr_tour_stop_row_parent_class)->dispose (object);
}

static void
vtr_tour_stop_row_class_init (VtrTourStopRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_tour_stop_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vtr-tour-stop-row.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrTourStopRow, position_label);
  gtk_widget_class_bind_template_child (widget_class, VtrTourStopRow, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, VtrTourStopRow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, VtrTourStopRow, time_label);
  gtk_widget_class_bind_template_child (widget_class, VtrTourStopRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, VtrTourStopRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, VtrTourStopRow, notes_label);

  gtk_widget_class_set_css_name (widget_class, "tour-stop-row");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
vtr_tour_stop_row_init (VtrTourStopRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vtr_tour_stop_row_new (void)
{
  return g_object_new (VTR_TYPE_TOUR_STOP_ROW, NULL);
}

/**
 * vtr_tour_stop_row_bind:
 * @pack: (nullable): the pack in which to look up what the stop shows
 * @stop: (nullable): the stop, or %NULL to clear the row
 * @position: the stop's place in its tour, counted from 0
 * @n_stops: the number of stops in the tour
 */
void
vtr_tour_stop_row_bind (VtrTourStopRow *self,
                        VtrPack        *pack,
                        VtrTourStop    *stop,
                        guint           position,
                        guint           n_stops)
{
  g_autofree char *number = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *title = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *time = NULL;
  g_autofree char *accessible = NULL;

  g_return_if_fail (VTR_IS_TOUR_STOP_ROW (self));
  g_return_if_fail (pack == NULL || VTR_IS_PACK (pack));
  g_return_if_fail (stop == NULL || VTR_IS_TOUR_STOP (stop));

  g_set_object (&self->stop, stop);
  if (stop == NULL)
    return;

  /* The rows of a tour together look like one card: the first and last round it off. */
  if (position == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "first");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "first");
  if (position + 1 == n_stops)
    gtk_widget_add_css_class (GTK_WIDGET (self), "last");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "last");

  describe_stop (pack, stop, &kind, &title, &detail);

  number = g_strdup_printf ("%u", position + 1);
  time = vtr_tour_summary_format_stop (vtr_tour_stop_get_seconds (stop));

  gtk_label_set_text (self->position_label, number);
  gtk_image_set_from_icon_name (self->kind_icon, kind_icon_name (vtr_tour_stop_get_kind (stop)));
  gtk_label_set_text (self->kind_label, kind);
  gtk_label_set_text (self->time_label, time);
  gtk_label_set_text (self->title_label, title);
  set_optional_text (self->detail_label, detail);
  set_optional_text (self->notes_label, vtr_tour_stop_get_notes (stop));

  /* Translators: how a screen reader names a tour stop: %1$u is its number, %2$u the number
   * of stops, %3$s its kind (and date), %4$s what it shows and %5$s its planned time, as in
   * "Stop 1 of 16: Exhibit, The WIC Wuzhen Summit, 40 s". */
  accessible = g_strdup_printf (_("Stop %1$u of %2$u: %3$s, %4$s, %5$s"),
                                position + 1, n_stops, kind, title, time);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

/**
 * vtr_tour_stop_row_get_stop:
 *
 * Returns: (transfer none) (nullable): the stop shown
 */
VtrTourStop *
vtr_tour_stop_row_get_stop (VtrTourStopRow *self)
{
  g_return_val_if_fail (VTR_IS_TOUR_STOP_ROW (self), NULL);

  return self->stop;
}

/**
 * vtr_tour_stop_row_get_title:
 *
 * Returns: what the stop shows, as the row's heading reads it
 */
const char *
vtr_tour_stop_row_get_title (VtrTourStopRow *self)
{
  g_return_val_if_fail (VTR_IS_TOUR_STOP_ROW (self), NULL);

  return gtk_label_get_text (self->title_label);
}
