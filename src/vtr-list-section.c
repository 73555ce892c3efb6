/* vtr-list-section.c
 *
 * The detail pages are made of sections such as "Sources" or "Related Exhibits": a heading
 * over a boxed list. A section with nothing in it is left out, heading and all, and since the
 * pages refill their lists in place, the section follows its model rather than being told.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-list-section.h"

struct _VtrListSection
{
  AdwBin      parent_instance;

  GListModel *model;

  GtkLabel   *heading;
  GtkListBox *list;
};

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrListSection, vtr_list_section, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static void
update_visibility (VtrListSection *self)
{
  gboolean has_items = self->model != NULL && g_list_model_get_n_items (self->model) > 0;

  gtk_widget_set_visible (GTK_WIDGET (self), has_items);

  /* The list hides too, so that its own visibility says whether anything is listed. */
  gtk_widget_set_visible (GTK_WIDGET (self->list), has_items);
}

static void
model_items_changed_cb (VtrListSection *self,
                        guint           position,
                        guint           removed,
                        guint           added,
                        GListModel     *model)
{
  update_visibility (self);
}

static void
vtr_list_section_dispose (GObject *object)
{
  VtrListSection *self = (VtrListSection *)object;

  /* The rows hold no reference to the section, but the list would keep building them. */
  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, model_items_changed_cb, self);
  g_clear_object (&self->model);

  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_LIST_SECTION);

  G_OBJECT_CLASS (vtr_list_section_parent_class)->dispose (object);
}

static void
vtr_list_section_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VtrListSection *self = VTR_LIST_SECTION (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, vtr_list_section_get_title (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_list_section_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VtrListSection *self = VTR_LIST_SECTION (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      vtr_list_section_set_title (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_list_section_class_init (VtrListSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_list_section_dispose;
  object_class->get_property = vtr_list_section_get_property;
  object_class->set_property = vtr_list_section_set_property;

  /**
   * VtrListSection:title:
   *
   * The heading, which also names the list for screen readers.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vtr-list-section.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrListSection, heading);
  gtk_widget_class_bind_template_child (widget_class, VtrListSection, list);
}

static void
vtr_list_section_init (VtrListSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  update_visibility (self);
}

GtkWidget *
vtr_list_section_new (void)
{
  return g_object_new (VTR_TYPE_LIST_SECTION, NULL);
}

const char *
vtr_list_section_get_title (VtrListSection *self)
{
  g_return_val_if_fail (VTR_IS_LIST_SECTION (self), NULL);

  return gtk_label_get_text (self->heading);
}

void
vtr_list_section_set_title (VtrListSection *self,
                            const char     *title)
{
  g_return_if_fail (VTR_IS_LIST_SECTION (self));

  if (g_strcmp0 (gtk_label_get_text (self->heading), title != NULL ? title : "") == 0)
    return;

  gtk_label_set_text (self->heading, title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * vtr_list_section_bind_model:
 * @model: (nullable): the items to list, or %NULL for none
 * @create_row: (nullable): makes the row for an item, as for gtk_list_box_bind_model()
 * @user_data: passed to @create_row
 *
 * Lists @model, and shows the section whenever @model has items.
 */
void
vtr_list_section_bind_model (VtrListSection             *self,
                             GListModel                 *model,
                             GtkListBoxCreateWidgetFunc  create_row,
                             gpointer                    user_data)
{
  g_return_if_fail (VTR_IS_LIST_SECTION (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));
  g_return_if_fail (model == NULL || create_row != NULL);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, model_items_changed_cb, self);

  g_set_object (&self->model, model);

  if (model != NULL)
    g_signal_connect_object (model, "items-changed",
                             G_CALLBACK (model_items_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_list_box_bind_model (self->list, model, create_row, user_data, NULL);
  update_visibility (self);
}
