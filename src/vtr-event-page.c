/* vtr-event-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-event-page.h"

struct _VtrEventPage
{
  AdwBin parent_instance;

  VtrPack *pack;
  VtrEvent *event;
};

enum {
  PROP_0,
  PROP_PACK,
  PROP_EVENT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrEventPage, vtr_event_page, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static void
vtr_event_page_dispose (GObject *object)
{
  VtrEventPage *self = (VtrEventPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_EVENT_PAGE);
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

  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, VTR_TYPE_PACK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, VTR_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vtr-event-page.ui");
}

static void
vtr_event_page_init (VtrEventPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vtr_event_page_new (void)
{
  return g_object_new (VTR_TYPE_EVENT_PAGE, NULL);
}

VtrPack *
vtr_event_page_get_pack (VtrEventPage *self)
{
  g_return_val_if_fail (VTR_IS_EVENT_PAGE (self), NULL);

  return self->pack;
}

void
vtr_event_page_set_pack (VtrEventPage *self,
    VtrPack *pack)
{
  g_return_if_fail (VTR_IS_EVENT_PAGE (self));

  if (g_set_object (&self->pack, pack))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
}

VtrEvent *
vtr_event_page_get_event (VtrEventPage *self)
{
  g_return_val_if_fail (VTR_IS_EVENT_PAGE (self), NULL);

  return self->event;
}

void
vtr_event_page_set_event (VtrEventPage *self,
    VtrEvent *event)
{
  g_return_if_fail (VTR_IS_EVENT_PAGE (self));

  if (g_set_object (&self->event, event))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}
