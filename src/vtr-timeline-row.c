/* vtr-timeline-row.c
 *
 * The list view recycles rows between headings and events as it scrolls, so one row widget
 * holds both layouts and shows the one its item needs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-category-chip.h"
#include "vtr-format.h"
#include "vtr-timeline-row.h"

struct _VtrTimelineRow
{
  GtkWidget        parent_instance;

  GObject         *item;

  GtkWidget       *heading;
  GtkLabel        *year_label;
  GtkLabel        *era_label;
  GtkWidget       *event_box;
  GtkLabel        *date_label;
  GtkLabel        *title_label;
  VtrCategoryChip *category_chip;
};

G_DEFINE_FINAL_TYPE (VtrTimelineRow, vtr_timeline_row, GTK_TYPE_WIDGET)

static void
vtr_timeline_row_dispose (GObject *object)
{
  VtrTimelineRow *self = (VtrTimelineRow *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_TIMELINE_ROW);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (vtr_timeline_row_parent_class)->dispose (object);
}

static void
vtr_timeline_row_class_init (VtrTimelineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_timeline_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vtr-timeline-row.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrTimelineRow, heading);
  gtk_widget_class_bind_template_child (widget_class, VtrTimelineRow, year_label);
  gtk_widget_class_bind_template_child (widget_class, VtrTimelineRow, era_label);
  gtk_widget_class_bind_template_child (widget_class, VtrTimelineRow, event_box);
  gtk_widget_class_bind_template_child (widget_class, VtrTimelineRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, VtrTimelineRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, VtrTimelineRow, category_chip);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "timeline-row");

  g_type_ensure (VTR_TYPE_CATEGORY_CHIP);
}

static void
vtr_timeline_row_init (VtrTimelineRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vtr_timeline_row_new (void)
{
  return g_object_new (VTR_TYPE_TIMELINE_ROW, NULL);
}

/**
 * vtr_timeline_row_show_year:
 * @era_name: (nullable): the name of the era the year belongs to
 */
void
vtr_timeline_row_show_year (VtrTimelineRow  *self,
                            VtrTimelineYear *year,
                            const char      *era_name)
{
  g_autofree char *text = NULL;

  g_return_if_fail (VTR_IS_TIMELINE_ROW (self));
  g_return_if_fail (VTR_IS_TIMELINE_YEAR (year));

  g_set_object (&self->item, G_OBJECT (year));
  text = g_strdup_printf ("%d", vtr_timeline_year_get_year (year));
  gtk_label_set_text (self->year_label, text);
  gtk_label_set_text (self->era_label, era_name != NULL ? era_name : "");
  gtk_widget_set_visible (GTK_WIDGET (self->era_label), era_name != NULL);
  gtk_widget_set_visible (self->heading, TRUE);
  gtk_widget_set_visible (self->event_box, FALSE);
  vtr_category_chip_set_category (self->category_chip, NULL);
}

void
vtr_timeline_row_show_event (VtrTimelineRow *self,
                             VtrEvent       *event)
{
  g_autofree char *date = NULL;

  g_return_if_fail (VTR_IS_TIMELINE_ROW (self));
  g_return_if_fail (VTR_IS_EVENT (event));

  g_set_object (&self->item, G_OBJECT (event));
  date = vtr_format_date_span (vtr_event_get_date (event), vtr_event_get_end (event));
  gtk_label_set_text (self->date_label, date);
  gtk_label_set_text (self->title_label, vtr_event_get_title (event));
  vtr_category_chip_set_category (self->category_chip, vtr_event_get_category (event));
  gtk_widget_set_visible (GTK_WIDGET (self->category_chip),
                          vtr_event_get_category (event) != NULL);
  gtk_widget_set_visible (self->heading, FALSE);
  gtk_widget_set_visible (self->event_box, TRUE);
}

/**
 * vtr_timeline_row_clear:
 *
 * Lets go of the category a recycled row held.
 */
void
vtr_timeline_row_clear (VtrTimelineRow *self)
{
  g_return_if_fail (VTR_IS_TIMELINE_ROW (self));

  g_clear_object (&self->item);
  vtr_category_chip_set_category (self->category_chip, NULL);
}

/**
 * vtr_timeline_row_get_item:
 *
 * Returns: (transfer none) (nullable): the VtrTimelineYear or VtrEvent shown
 */
GObject *
vtr_timeline_row_get_item (VtrTimelineRow *self)
{
  g_return_val_if_fail (VTR_IS_TIMELINE_ROW (self), NULL);

  return self->item;
}
