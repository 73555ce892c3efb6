/* vtr-exhibit-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-exhibit-page.h"

struct _VtrExhibitPage
{
  AdwBin parent_instance;

  VtrPack *pack;
  VtrExhibit *exhibit;
  GListModel *siblings;
};

enum {
  PROP_0,
  PROP_PACK,
  PROP_EXHIBIT,
  PROP_SIBLINGS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrExhibitPage, vtr_exhibit_page, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static void
vtr_exhibit_page_dispose (GObject *object)
{
  VtrExhibitPage *self = (VtrExhibitPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_EXHIBIT_PAGE);
  g_clear_object (&self->pack);
  g_clear_object (&self->exhibit);
  g_clear_object (&self->siblings);

  G_OBJECT_CLASS (vtr_exhibit_page_parent_class)->dispose (object);
}

static void
vtr_exhibit_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VtrExhibitPage *self = VTR_EXHIBIT_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;

    case PROP_EXHIBIT:
      g_value_set_object (value, self->exhibit);
      break;

    case PROP_SIBLINGS:
      g_value_set_object (value, self->siblings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_exhibit_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VtrExhibitPage *self = VTR_EXHIBIT_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      vtr_exhibit_page_set_pack (self, g_value_get_object (value));
      break;

    case PROP_EXHIBIT:
      vtr_exhibit_page_set_exhibit (self, g_value_get_object (value));
      break;

    case PROP_SIBLINGS:
      vtr_exhibit_page_set_siblings (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_exhibit_page_class_init (VtrExhibitPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_exhibit_page_dispose;
  object_class->get_property = vtr_exhibit_page_get_property;
  object_class->set_property = vtr_exhibit_page_set_property;

  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, VTR_TYPE_PACK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EXHIBIT] =
    g_param_spec_object ("exhibit", NULL, NULL, VTR_TYPE_EXHIBIT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SIBLINGS] =
    g_param_spec_object ("siblings", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vtr-exhibit-page.ui");
}

static void
vtr_exhibit_page_init (VtrExhibitPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vtr_exhibit_page_new (void)
{
  return g_object_new (VTR_TYPE_EXHIBIT_PAGE, NULL);
}

VtrPack *
vtr_exhibit_page_get_pack (VtrExhibitPage *self)
{
  g_return_val_if_fail (VTR_IS_EXHIBIT_PAGE (self), NULL);

  return self->pack;
}

void
vtr_exhibit_page_set_pack (VtrExhibitPage *self,
    VtrPack *pack)
{
  g_return_if_fail (VTR_IS_EXHIBIT_PAGE (self));

  if (g_set_object (&self->pack, pack))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
}

VtrExhibit *
vtr_exhibit_page_get_exhibit (VtrExhibitPage *self)
{
  g_return_val_if_fail (VTR_IS_EXHIBIT_PAGE (self), NULL);

  return self->exhibit;
}

void
vtr_exhibit_page_set_exhibit (VtrExhibitPage *self,
    VtrExhibit *exhibit)
{
  g_return_if_fail (VTR_IS_EXHIBIT_PAGE (self));

  if (g_set_object (&self->exhibit, exhibit))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXHIBIT]);
}

GListModel *
vtr_exhibit_page_get_siblings (VtrExhibitPage *self)
{
  g_return_val_if_fail (VTR_IS_EXHIBIT_PAGE (self), NULL);

  return self->siblings;
}

void
vtr_exhibit_page_set_siblings (VtrExhibitPage *self,
    GListModel *siblings)
{
  g_return_if_fail (VTR_IS_EXHIBIT_PAGE (self));

  if (g_set_object (&self->siblings, siblings))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIBLINGS]);
}
