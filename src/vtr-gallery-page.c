/* vtr-gallery-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-gallery-page.h"

struct _VtrGalleryPage
{
  AdwBin parent_instance;

  VtrPack *pack;
};

enum {
  PROP_0,
  PROP_PACK,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrGalleryPage, vtr_gallery_page, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static void
vtr_gallery_page_dispose (GObject *object)
{
  VtrGalleryPage *self = (VtrGalleryPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_GALLERY_PAGE);
  g_clear_object (&self->pack);

  G_OBJECT_CLASS (vtr_gallery_page_parent_class)->dispose (object);
}

static void
vtr_gallery_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VtrGalleryPage *self = VTR_GALLERY_PAGE (object);

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
vtr_gallery_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VtrGalleryPage *self = VTR_GALLERY_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      vtr_gallery_page_set_pack (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_gallery_page_class_init (VtrGalleryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_gallery_page_dispose;
  object_class->get_property = vtr_gallery_page_get_property;
  object_class->set_property = vtr_gallery_page_set_property;

  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, VTR_TYPE_PACK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vtr-gallery-page.ui");
}

static void
vtr_gallery_page_init (VtrGalleryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vtr_gallery_page_new (void)
{
  return g_object_new (VTR_TYPE_GALLERY_PAGE, NULL);
}

VtrPack *
vtr_gallery_page_get_pack (VtrGalleryPage *self)
{
  g_return_val_if_fail (VTR_IS_GALLERY_PAGE (self), NULL);

  return self->pack;
}

void
vtr_gallery_page_set_pack (VtrGalleryPage *self,
    VtrPack *pack)
{
  g_return_if_fail (VTR_IS_GALLERY_PAGE (self));

  if (g_set_object (&self->pack, pack))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
}
