/* vtr-timeline-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-timeline-page.h"

struct _VtrTimelinePage
{
  AdwBin parent_instance;

  VtrPack *pack;
};

enum {
  PROP_0,
  PROP_PACK,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrTimelinePage, vtr_timeline_page, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static void
vtr_timeline_page_dispose (GObject *object)
{
  VtrTimelinePage *self = (VtrTimelinePage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_TIMELINE_PAGE);
  g_clear_object (&self->pack);

  G_OBJECT_CLASS (vtr_timeline_page_parent_class)->dispose (object);
}

static void
vtr_timeline_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VtrTimelinePage *self = VTR_TIMELINE_PAGE (object);

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
vtr_timeline_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  VtrTimelinePage *self = VTR_TIMELINE_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      vtr_timeline_page_set_pack (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_timeline_page_class_init (VtrTimelinePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_timeline_page_dispose;
  object_class->get_property = vtr_timeline_page_get_property;
  object_class->set_property = vtr_timeline_page_set_property;

  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, VTR_TYPE_PACK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vtr-timeline-page.ui");
}

static void
vtr_timeline_page_init (VtrTimelinePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vtr_timeline_page_new (void)
{
  return g_object_new (VTR_TYPE_TIMELINE_PAGE, NULL);
}

VtrPack *
vtr_timeline_page_get_pack (VtrTimelinePage *self)
{
  g_return_val_if_fail (VTR_IS_TIMELINE_PAGE (self), NULL);

  return self->pack;
}

void
vtr_timeline_page_set_pack (VtrTimelinePage *self,
    VtrPack *pack)
{
  g_return_if_fail (VTR_IS_TIMELINE_PAGE (self));

  if (g_set_object (&self->pack, pack))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
}
