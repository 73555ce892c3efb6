/* vtr-link-row.c
 *
 * The detail pages link to each other through rows that look alike: a title, a line under it,
 * an arrow, and for an exhibit its picture as a thumbnail. The row never navigates by itself:
 * it activates the window's actions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-format.h"
#include "vtr-link-row.h"
#include "vtr-thumbnail-loader.h"

/* Twice the thumbnail's width in the row, for screens at double scale. */
#define LINK_ROW_THUMBNAIL_WIDTH 144

struct _VtrLinkRow
{
  AdwActionRow  parent_instance;

  GtkWidget    *thumbnail;
  GtkPicture   *thumbnail_picture;
};

G_DEFINE_FINAL_TYPE (VtrLinkRow, vtr_link_row, ADW_TYPE_ACTION_ROW)

static VtrLinkRow *
new_link_row (const char *title,
              const char *subtitle,
              const char *action_name,
              const char *id)
{
  VtrLinkRow *self = g_object_new (VTR_TYPE_LINK_ROW, NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);

  /* The target first: the action takes a string, and a name without one would not match
   * it. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "s", id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self), action_name);

  return self;
}

static void
vtr_link_row_dispose (GObject *object)
{
  VtrLinkRow *self = (VtrLinkRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_LINK_ROW);

  G_OBJECT_CLASS (vtr_link_row_parent_class)->dispose (object);
}

static void
vtr_link_row_class_init (VtrLinkRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_link_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vtr-link-row.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrLinkRow, thumbnail);
  gtk_widget_class_bind_template_child (widget_class, VtrLinkRow, thumbnail_picture);
}

static void
vtr_link_row_init (VtrLinkRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vtr_link_row_new_for_exhibit:
 * @exhibit: the exhibit to open
 * @subtitle: (nullable): the line under the title, which tells the exhibit apart where it is
 *   shown
 *
 * Returns: (transfer floating): a row that activates "win.show-exhibit"
 */
GtkWidget *
vtr_link_row_new_for_exhibit (VtrExhibit *exhibit,
                              const char *subtitle)
{
  VtrLinkRow *self;
  VtrImage *image;

  g_return_val_if_fail (VTR_IS_EXHIBIT (exhibit), NULL);

  self = new_link_row (vtr_exhibit_get_title (exhibit), subtitle, "win.show-exhibit",
                       vtr_exhibit_get_id (exhibit));
  image = vtr_exhibit_get_image (exhibit);

  /* An action row keeps room for its prefixes once it has had one, so a row without a
   * picture never gets the thumbnail rather than a hidden one. */
  if (image != NULL)
    {
      vtr_thumbnail_set_picture (self->thumbnail_picture, vtr_image_get_file (image),
                                 LINK_ROW_THUMBNAIL_WIDTH);
      gtk_picture_set_alternative_text (self->thumbnail_picture, vtr_image_get_alt (image));
      adw_action_row_add_prefix (ADW_ACTION_ROW (self), self->thumbnail);
    }

  return GTK_WIDGET (self);
}

/**
 * vtr_link_row_new_for_event:
 * @event: the event to open
 *
 * Returns: (transfer floating): a row that activates "win.show-event", with the event's dates
 *   under its title
 */
GtkWidget *
vtr_link_row_new_for_event (VtrEvent *event)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (VTR_IS_EVENT (event), NULL);

  date = vtr_format_date_span (vtr_event_get_date (event), vtr_event_get_end (event));

  return GTK_WIDGET (new_link_row (vtr_event_get_title (event), date, "win.show-event",
                                   vtr_event_get_id (event)));
}
