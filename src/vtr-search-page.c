/* vtr-search-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-search-page.h"

struct _VtrSearchPage
{
  AdwBin parent_instance;

  VtrPack *pack;
  char *query;
};

enum {
  PROP_0,
  PROP_PACK,
  PROP_QUERY,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrSearchPage, vtr_search_page, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static void
vtr_search_page_dispose (GObject *object)
{
  VtrSearchPage *self = (VtrSearchPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_SEARCH_PAGE);
  g_clear_object (&self->pack);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (vtr_search_page_parent_class)->dispose (object);
}

static void
vtr_search_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VtrSearchPage *self = VTR_SEARCH_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;

    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_search_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  VtrSearchPage *self = VTR_SEARCH_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      vtr_search_page_set_pack (self, g_value_get_object (value));
      break;

    case PROP_QUERY:
      vtr_search_page_set_query (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_search_page_class_init (VtrSearchPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_search_page_dispose;
  object_class->get_property = vtr_search_page_get_property;
  object_class->set_property = vtr_search_page_set_property;

  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, VTR_TYPE_PACK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vtr-search-page.ui");
}

static void
vtr_search_page_init (VtrSearchPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vtr_search_page_new (void)
{
  return g_object_new (VTR_TYPE_SEARCH_PAGE, NULL);
}

VtrPack *
vtr_search_page_get_pack (VtrSearchPage *self)
{
  g_return_val_if_fail (VTR_IS_SEARCH_PAGE (self), NULL);

  return self->pack;
}

void
vtr_search_page_set_pack (VtrSearchPage *self,
    VtrPack *pack)
{
  g_return_if_fail (VTR_IS_SEARCH_PAGE (self));

  if (g_set_object (&self->pack, pack))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
}

const char *
vtr_search_page_get_query (VtrSearchPage *self)
{
  g_return_val_if_fail (VTR_IS_SEARCH_PAGE (self), NULL);

  return self->query;
}

void
vtr_search_page_set_query (VtrSearchPage *self,
    const char *query)
{
  g_return_if_fail (VTR_IS_SEARCH_PAGE (self));

  if (g_strcmp0 (self->query, query) == 0)
    return;

  g_free (self->query);
  self->query = g_strdup (query);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}
