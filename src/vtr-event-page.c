/* vtr-event-page.c
 *
 * One event of the timeline in full: when it happened, what it was, the exhibits about it and
 * where the story comes from. The page never navigates by itself: its links activate the
 * window's actions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-category-chip.h"
#include "vtr-event-page.h"
#include "vtr-format.h"
#include "vtr-source.h"

#define THUMBNAIL_WIDTH  72
#define THUMBNAIL_HEIGHT 48

struct _VtrEventPage
{
  AdwBin      parent_instance;

  VtrPack    *pack;
  VtrEvent   *event;
  GListStore *exhibits;

  GtkWidget  *image_clamp;
  GtkPicture *picture;
  GtkLabel   *date_label;
  GtkLabel   *title_label;
  GtkButton  *category_button;
  GtkImage   *category_icon;
  GtkLabel   *category_label;
  GtkLabel   *text_label;
  GtkWidget  *exhibits_heading;
  GtkListBox *exhibits_list;
  GtkWidget  *sources_heading;
  GtkListBox *sources_list;
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
new_thumbnail (VtrImage *image)
{
  GtkWidget *picture = gtk_picture_new_for_file (vtr_image_get_file (image));
  GtkWidget *height_clamp = adw_clamp_new ();
  GtkWidget *width_clamp = adw_clamp_new ();

  gtk_picture_set_content_fit (GTK_PICTURE (picture), GTK_CONTENT_FIT_COVER);
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_picture_set_alternative_text (GTK_PICTURE (picture), vtr_image_get_alt (image));
  gtk_widget_set_size_request (picture, THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT);
  gtk_widget_set_overflow (picture, GTK_OVERFLOW_HIDDEN);
  gtk_widget_add_css_class (picture, "event-thumbnail");

  /* A picture asks for its full size; the clamps hold it to a thumbnail whatever the shape of
   * the image. */
  gtk_orientable_set_orientation (GTK_ORIENTABLE (height_clamp), GTK_ORIENTATION_VERTICAL);
  adw_clamp_set_maximum_size (ADW_CLAMP (height_clamp), THUMBNAIL_HEIGHT);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (height_clamp), THUMBNAIL_HEIGHT);
  adw_clamp_set_child (ADW_CLAMP (height_clamp), picture);

  adw_clamp_set_maximum_size (ADW_CLAMP (width_clamp), THUMBNAIL_WIDTH);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (width_clamp), THUMBNAIL_WIDTH);
  adw_clamp_set_child (ADW_CLAMP (width_clamp), height_clamp);
  gtk_widget_set_valign (width_clamp, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (width_clamp, 6);
  gtk_widget_set_margin_bottom (width_clamp, 6);

  return width_clamp;
}

static GtkWidget *
create_exhibit_row (gpointer item,
                    gpointer user_data)
{
  VtrExhibit *exhibit = VTR_EXHIBIT (item);
  VtrImage *image = vtr_exhibit_get_image (exhibit);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vtr_exhibit_get_title (exhibit));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), vtr_exhibit_get_exhibitor (exhibit));
  if (image != NULL)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), new_thumbnail (image));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             g_object_new (GTK_TYPE_IMAGE,
                                           "icon-name", "go-next-symbolic",
                                           "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                           NULL));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-exhibit");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", vtr_exhibit_get_id (exhibit));

  return row;
}

static GtkWidget *
create_source_row (gpointer item,
                   gpointer user_data)
{
  VtrSource *source = VTR_SOURCE (item);
  const char *date = vtr_source_get_date (source);
  const char *url = vtr_source_get_url (source);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = NULL;

  if (date != NULL)
    {
      g_autofree char *formatted = vtr_format_date (date);

      /* Translators: who published a source and when, such as "RFC Editor, July 2017". */
      subtitle = g_strdup_printf (_("%1$s, %2$s"), vtr_source_get_publisher (source), formatted);
    }
  else
    {
      subtitle = g_strdup (vtr_source_get_publisher (source));
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vtr_source_get_title (source));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (url != NULL)
    {
      GtkWidget *link = gtk_link_button_new (url);

      /* The address itself is in the tooltip and the description; the button shows the same
       * icon as the exhibit page's links. */
      gtk_button_set_icon_name (GTK_BUTTON (link), "adw-external-link-symbolic");
      gtk_widget_set_valign (link, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (link, "flat");
      gtk_widget_set_tooltip_text (link, url);
      gtk_accessible_update_property (GTK_ACCESSIBLE (link),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Open Website"),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, url,
                                      -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), link);

      /* The whole row is a large target for the link. */
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), link);
    }

  return row;
}

/* A section with nothing in it is left out, heading and all. */
static void
show_section (GtkWidget  *heading,
              GtkListBox *list,
              gboolean    visible)
{
  gtk_widget_set_visible (heading, visible);
  gtk_widget_set_visible (GTK_WIDGET (list), visible);
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

  gtk_widget_set_visible (GTK_WIDGET (self->category_button), category != NULL);
  if (category != NULL)
    {
      gtk_label_set_text (self->category_label, vtr_category_get_name (category));
      gtk_image_set_from_icon_name (self->category_icon, vtr_category_get_icon_name (category));
      /* The target first: the action takes a string, and a name without one would not
       * match it. */
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->category_button), "s",
                                        vtr_category_get_id (category));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->category_button),
                                      "win.show-category");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->category_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      vtr_category_get_name (category),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _("Show all exhibits in this category"),
                                      -1);
    }
  vtr_category_chip_paint_widget (GTK_WIDGET (self->category_button), category);
}

static void
update_image (VtrEventPage *self)
{
  VtrImage *image = self->event != NULL ? vtr_event_get_image (self->event) : NULL;

  gtk_picture_set_file (self->picture, image != NULL ? vtr_image_get_file (image) : NULL);
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
  show_section (self->exhibits_heading, self->exhibits_list, exhibits->len > 0);
}

static void
update_sources (VtrEventPage *self)
{
  GListModel *sources = self->event != NULL ? vtr_event_get_sources (self->event) : NULL;

  gtk_list_box_bind_model (self->sources_list, sources, create_source_row, self, NULL);
  show_section (self->sources_heading, self->sources_list,
                sources != NULL && g_list_model_get_n_items (sources) > 0);
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

  /* The rows hold no reference to the page, but the lists would keep building them. */
  if (self->exhibits_list != NULL)
    gtk_list_box_bind_model (self->exhibits_list, NULL, NULL, NULL, NULL);
  if (self->sources_list != NULL)
    gtk_list_box_bind_model (self->sources_list, NULL, NULL, NULL, NULL);

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
  gtk_widget_class_bind_template_child (widget_class, VtrEventPage, category_icon);
  gtk_widget_class_bind_template_child (widget_class, VtrEventPage, category_label);
  gtk_widget_class_bind_template_child (widget_class, VtrEventPage, text_label);
  gtk_widget_class_bind_template_child (widget_class, VtrEventPage, exhibits_heading);
  gtk_widget_class_bind_template_child (widget_class, VtrEventPage, exhibits_list);
  gtk_widget_class_bind_template_child (widget_class, VtrEventPage, sources_heading);
  gtk_widget_class_bind_template_child (widget_class, VtrEventPage, sources_list);
}

static void
vtr_event_page_init (VtrEventPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->exhibits = g_list_store_new (VTR_TYPE_EXHIBIT);
  gtk_list_box_bind_model (self->exhibits_list, G_LIST_MODEL (self->exhibits),
                           create_exhibit_row, self, NULL);

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
