/* vtr-tour-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-tour-page.h"

struct _VtrTourPage
{
  AdwBin parent_instance;

  VtrPack *pack;
  VtrTour *tour;
};

enum {
  PROP_0,
  PROP_PACK,
  PROP_TOUR,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrTourPage, vtr_tour_page, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static void
vtr_tour_page_dispose (GObject *object)
{
  VtrTourPage *self = (VtrTourPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_TOUR_PAGE);
  g_clear_object (&self->pack);
  g_clear_object (&self->tour);

  G_OBJECT_CLASS (vtr_tour_page_parent_class)->dispose (object);
}

static void
vtr_tour_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  VtrTourPage *self = VTR_TOUR_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;

    case PROP_TOUR:
      g_value_set_object (value, self->tour);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_tour_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  VtrTourPage *self = VTR_TOUR_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      vtr_tour_page_set_pack (self, g_value_get_object (value));
      break;

    case PROP_TOUR:
      vtr_tour_page_set_tour (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_tour_page_class_init (VtrTourPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_tour_page_dispose;
  object_class->get_property = vtr_tour_page_get_property;
  object_class->set_property = vtr_tour_page_set_property;

  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, VTR_TYPE_PACK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TOUR] =
    g_param_spec_object ("tour", NULL, NULL, VTR_TYPE_TOUR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vtr-tour-page.ui");
}

static void
vtr_tour_page_init (VtrTourPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vtr_tour_page_new (void)
{
  return g_object_new (VTR_TYPE_TOUR_PAGE, NULL);
}

VtrPack *
vtr_tour_page_get_pack (VtrTourPage *self)
{
  g_return_val_if_fail (VTR_IS_TOUR_PAGE (self), NULL);

  return self->pack;
}

void
vtr_tour_page_set_pack (VtrTourPage *self,
    VtrPack *pack)
{
  g_return_if_fail (VTR_IS_TOUR_PAGE (self));

  if (g_set_object (&self->pack, pack))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
}

VtrTour *
vtr_tour_page_get_tour (VtrTourPage *self)
{
  g_return_val_if_fail (VTR_IS_TOUR_PAGE (self), NULL);

  return self->tour;
}

void
vtr_tour_page_set_tour (VtrTourPage *self,
    VtrTour *tour)
{
  g_return_if_fail (VTR_IS_TOUR_PAGE (self));

  if (g_set_object (&self->tour, tour))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOUR]);
}
