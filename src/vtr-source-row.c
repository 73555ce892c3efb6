/* vtr-source-row.c
 *
 * A source reads as its title over its publisher and date. One with an address gets a button
 * that opens it, or, in a window that shows addresses its own way (the kiosk's QR codes), a
 * button that says so; the row shows a source for its whole life, because a list box makes a
 * new row for every item.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-format.h"
#include "vtr-source-row.h"

struct _VtrSourceRow
{
  AdwActionRow  parent_instance;

  VtrSource    *source;

  GtkWidget    *link_button;
};

G_DEFINE_FINAL_TYPE (VtrSourceRow, vtr_source_row, ADW_TYPE_ACTION_ROW)

static char *
describe_publication (VtrSource *source)
{
  const char *date = vtr_source_get_date (source);
  g_autofree char *formatted = NULL;

  if (date == NULL)
    return g_strdup (vtr_source_get_publisher (source));

  formatted = vtr_format_date (date);

  /* Translators: who published a source and when, such as "RFC Editor, July 2017". */
  return g_strdup_printf (_("%1$s, %2$s"), vtr_source_get_publisher (source), formatted);
}

/* A host that must not open a browser, such as the kiosk window, installs this action on its
 * class and shows the address its own way (a QR code). */
#define SHOW_LINK_ACTION "kiosk.show-link"

static gboolean
root_shows_links (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GType owner;
  const char *name, *property;
  const GVariantType *parameter_type;

  if (root == NULL)
    return FALSE;

  /* GTK 4.8 fills in every out argument, so none may be NULL. */
  for (guint i = 0;
       gtk_widget_class_query_action (GTK_WIDGET_GET_CLASS (root), i, &owner, &name,
                                      &parameter_type, &property);
       i++)
    if (g_str_equal (name, SHOW_LINK_ACTION))
      return TRUE;

  return FALSE;
}

/* The button says what it will do: a visitor at a kiosk gets a code to scan, not a website. */
static void
update_link_button (VtrSourceRow *self)
{
  gboolean shows_code = root_shows_links (GTK_WIDGET (self));

  gtk_button_set_icon_name (GTK_BUTTON (self->link_button),
                            shows_code ? "vtr-qr-code-symbolic" : "adw-external-link-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->link_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  shows_code ? _("Show QR Code") : _("Open Website"),
                                  -1);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VtrSourceRow *self = VTR_SOURCE_ROW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (gtk_widget_activate_action (widget, SHOW_LINK_ACTION, "s",
                                  vtr_source_get_url (self->source)))
    return;

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                vtr_source_get_url (self->source), GDK_CURRENT_TIME);
}

static void
vtr_source_row_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (vtr_source_row_parent_class)->root (widget);

  update_link_button (VTR_SOURCE_ROW (widget));
}

static void
vtr_source_row_dispose (GObject *object)
{
  VtrSourceRow *self = (VtrSourceRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_SOURCE_ROW);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (vtr_source_row_parent_class)->dispose (object);
}

static void
vtr_source_row_class_init (VtrSourceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_source_row_dispose;

  widget_class->root = vtr_source_row_root;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vtr-source-row.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrSourceRow, link_button);

  gtk_widget_class_install_action (widget_class, "source.open", NULL, open_action);
}

static void
vtr_source_row_init (VtrSourceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vtr_source_row_new (VtrSource *source)
{
  VtrSourceRow *self;
  const char *url;
  g_autofree char *publication = NULL;

  g_return_val_if_fail (VTR_IS_SOURCE (source), NULL);

  self = g_object_new (VTR_TYPE_SOURCE_ROW, NULL);
  self->source = g_object_ref (source);
  url = vtr_source_get_url (source);
  publication = describe_publication (source);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), vtr_source_get_title (source));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), publication);

  /* An action row keeps room for its suffixes once it has had one, so a source without an
   * address never gets the button rather than a hidden one. */
  if (url != NULL)
    {
      /* The address itself is in the tooltip and the description. */
      gtk_widget_set_tooltip_text (self->link_button, url);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->link_button),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, url,
                                      -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->link_button);

      /* The whole row is a large target for the link. */
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), self->link_button);
    }

  return GTK_WIDGET (self);
}

/**
 * vtr_source_row_create:
 * @item: a #VtrSource
 * @user_data: unused
 *
 * Makes the row for a source, for gtk_list_box_bind_model() and
 * vtr_list_section_bind_model().
 *
 * Returns: (transfer floating): a new #VtrSourceRow
 */
GtkWidget *
vtr_source_row_create (gpointer item,
                       gpointer user_data)
{
  return vtr_source_row_new (VTR_SOURCE (item));
}

/**
 * vtr_source_row_get_source:
 *
 * Returns: (transfer none): the source shown
 */
VtrSource *
vtr_source_row_get_source (VtrSourceRow *self)
{
  g_return_val_if_fail (VTR_IS_SOURCE_ROW (self), NULL);

  return self->source;
}
