/* vtr-event-page.c
 *
 * One event of the timeline in full: when it happened, what it was, the exhibits about it and
 * where the story comes from. The page never navigates by itself: its links activate the
 * window's actions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-category-button.h"
#include "vtr-event-page.h"
#include "vtr-format.h"
#include "vtr-link-row.h"
#include "vtr-list-section.h"
#include "vtr-source-row.h"
#include "vtr-thumbnail-loader.h"

struct _VtrEventPage
{
  AdwBin             parent_instance;

  VtrPack           *pack;
  VtrEvent          *event;
  GListStore        *exhibits;

  GtkWidget         *image_clamp;
  GtkPicture        *picture;
  GtkLabel          *date_label;
  GtkLabel          *title_label;
  VtrCategoryButton *category_button;
  GtkLabel          *text_label;
  VtrListSection    *exhibits_section;
  VtrListSection    *sources_section;
};

enum {
  PROP_0,
  PROP_PACK,
  PROP_EVENT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrEventPage, vtr_event_page, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static GtkWidget *
create_exhibit_row (gpointer item,
                    gpointer user_data)
{
  VtrExhibit *exhibit = VTR_EXHIBIT (item);

  return vtr_link_row_new_for_exhibit (exhibit, vtr_exhibit_get_exhibitor (exhibit));
}

static void
update_heading (VtrEventPage *self)
{
  VtrCategory *category = self->event != NULL ? vtr_event_get_category (self->event) : NULL;
  g_autofree char *date = NULL;

  if (self->event != NULL)
    date = vtr_format_date_span (vtr_event_get_date (self->event),
                                 vtr_event_get_end (self->event));

  gtk_label_set_text (self->date_label, date != NULL ? date : "");
  gtk_label_set_text (self->title_label,
                      self->event != NULL ? vtr_event_get_title (self->event) : "");
  gtk_label_set_text (self->text_label,
                      self->event != NULL ? vtr_event_get_text (self->event) : "");

  vtr_category_button_set_category (self->category_button, category);
}

static void
update_image (VtrEventPage *self)
{
  VtrImage *image = self->event != NULL ? vtr_event_get_image (self->event) : NULL;

  vtr_thumbnail_set_picture (self->picture, image != NULL ? vtr_image_get_file (image) : NULL,
                             VTR_PICTURE_MAX_WIDTH);
  gtk_picture_set_alternative_text (self->picture, image != NULL ? vtr_image_get_alt (image)
                                                                 : NULL);
  gtk_widget_set_visible (self->image_clamp, image != NULL);
}

static void
update_exhibits (VtrEventPage *self)
{
  const char * const *ids = NULL;
  g_autoptr(GPtrArray) exhibits = g_ptr_array_new ();

  if (self->event != NULL && self->pack != NULL)
    ids = vtr_event_get_exhibits (self->event);

  /* A link that the pack cannot resolve is left out rather than shown broken. */
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      VtrExhibit *exhibit = vtr_pack_find_exhibit (self->pack, ids[i]);

      if (exhibit != NULL)
        g_ptr_array_add (exhibits, exhibit);
    }

  g_list_store_splice (self->exhibits, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->exhibits)),
                       exhibits->pdata, exhibits->len);
}

static void
update_sources (VtrEventPage *self)
{
  GListModel *sources = self->event != NULL ? vtr_event_get_sources (self->event) : NULL;

  vtr_list_section_bind_model (self->sources_section, sources, vtr_source_row_create, NULL);
}

static void
scroll_to_top (VtrEventPage *self)
{
  GtkWidget *scroller = adw_bin_get_child (ADW_BIN (self));
  GtkAdjustment *adjustment;

  if (!GTK_IS_SCROLLED_WINDOW (scroller))
    return;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

static void
vtr_event_page_dispose (GObject *object)
{
  VtrEventPage *self = (VtrEventPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_EVENT_PAGE);
  g_clear_object (&self->exhibits);
  g_clear_object (&self->pack);
  g_clear_object (&self->event);

  G_OBJECT_CLASS (vtr_event_page_parent_class)->dispose (object);
}

static void
vtr_event_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VtrEventPage *self = VTR_EVENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;

    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_event_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  VtrEventPage *self = VTR_EVENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      vtr_event_page_set_pack (self, g_value_get_object (value));
      break;

    case PROP_EVENT:
      vtr_event_page_set_event (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_event_page_class_init (VtrEventPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_event_page_dispose;
  object_class->get_property = vtr_event_page_get_property;
  object_class->set_property = vtr_event_page_set_property;

  /**
   * VtrEventPage:pack:
   *
   * The pack the event's exhibits are looked up in.
   */
  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, VTR_TYPE_PACK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, VTR_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vtr-event-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrEventPage, image_clamp);
  gtk_widget_class_bind_template_child (widget_class, VtrEventPage, picture);
  gtk_widget_class_bind_template_child (widget_class, VtrEventPage, date_label);
  gtk_widget_class_bind_template_child (widget_class, VtrEventPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, VtrEventPage, category_button);
  gtk_widget_class_bind_template_child (widget_class, VtrEventPage, text_label);
  gtk_widget_class_bind_template_child (widget_class, VtrEventPage, exhibits_section);
  gtk_widget_class_bind_template_child (widget_class, VtrEventPage, sources_section);

  g_type_ensure (VTR_TYPE_CATEGORY_BUTTON);
  g_type_ensure (VTR_TYPE_LIST_SECTION);
}

static void
vtr_event_page_init (VtrEventPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->exhibits = g_list_store_new (VTR_TYPE_EXHIBIT);
  vtr_list_section_bind_model (self->exhibits_section, G_LIST_MODEL (self->exhibits),
                               create_exhibit_row, NULL);

  update_heading (self);
  update_image (self);
  update_exhibits (self);
  update_sources (self);
}

GtkWidget *
vtr_event_page_new (void)
{
  return g_object_new (VTR_TYPE_EVENT_PAGE, NULL);
}

/**
 * vtr_event_page_get_pack:
 *
 * Returns: (transfer none) (nullable): the pack the event's exhibits are looked up in
 */
VtrPack *
vtr_event_page_get_pack (VtrEventPage *self)
{
  g_return_val_if_fail (VTR_IS_EVENT_PAGE (self), NULL);

  return self->pack;
}

void
vtr_event_page_set_pack (VtrEventPage *self,
                         VtrPack      *pack)
{
  g_return_if_fail (VTR_IS_EVENT_PAGE (self));
  g_return_if_fail (pack == NULL || VTR_IS_PACK (pack));

  if (!g_set_object (&self->pack, pack))
    return;

  update_exhibits (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
}

/**
 * vtr_event_page_get_event:
 *
 * Returns: (transfer none) (nullable): the event shown
 */
VtrEvent *
vtr_event_page_get_event (VtrEventPage *self)
{
  g_return_val_if_fail (VTR_IS_EVENT_PAGE (self), NULL);

  return self->event;
}

void
vtr_event_page_set_event (VtrEventPage *self,
                          VtrEvent     *event)
{
  g_return_if_fail (VTR_IS_EVENT_PAGE (self));
  g_return_if_fail (event == NULL || VTR_IS_EVENT (event));

  if (!g_set_object (&self->event, event))
    return;

  update_heading (self);
  update_image (self);
  update_exhibits (self);
  update_sources (self);
  scroll_to_top (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}
