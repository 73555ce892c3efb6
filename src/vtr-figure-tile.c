/* vtr-figure-tile.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-figure-tile.h"
#include "vtr-format.h"

struct _VtrFigureTile
{
  AdwBin     parent_instance;

  VtrFigure *figure;

  GtkLabel  *value_label;
  GtkLabel  *unit_label;
  GtkLabel  *description_label;
};

enum {
  PROP_0,
  PROP_FIGURE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrFigureTile, vtr_figure_tile, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static void
update (VtrFigureTile *self)
{
  g_autofree char *value = self->figure != NULL ? vtr_format_figure_value (self->figure) : NULL;

  gtk_label_set_text (self->value_label, value != NULL ? value : "");
  gtk_label_set_text (self->unit_label,
                      self->figure != NULL ? vtr_figure_get_unit (self->figure) : "");
  gtk_label_set_text (self->description_label,
                      self->figure != NULL ? vtr_figure_get_label (self->figure) : "");
}

static void
vtr_figure_tile_dispose (GObject *object)
{
  VtrFigureTile *self = (VtrFigureTile *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_FIGURE_TILE);
  g_clear_object (&self->figure);

  G_OBJECT_CLASS (vtr_figure_tile_parent_class)->dispose (object);
}

static void
vtr_figure_tile_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VtrFigureTile *self = VTR_FIGURE_TILE (object);

  switch (prop_id)
    {
    case PROP_FIGURE:
      g_value_set_object (value, self->figure);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_figure_tile_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  VtrFigureTile *self = VTR_FIGURE_TILE (object);

  switch (prop_id)
    {
    case PROP_FIGURE:
      vtr_figure_tile_set_figure (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_figure_tile_class_init (VtrFigureTileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_figure_tile_dispose;
  object_class->get_property = vtr_figure_tile_get_property;
  object_class->set_property = vtr_figure_tile_set_property;

  properties[PROP_FIGURE] =
    g_param_spec_object ("figure", NULL, NULL, VTR_TYPE_FIGURE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vtr-figure-tile.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrFigureTile, value_label);
  gtk_widget_class_bind_template_child (widget_class, VtrFigureTile, unit_label);
  gtk_widget_class_bind_template_child (widget_class, VtrFigureTile, description_label);

  gtk_widget_class_set_css_name (widget_class, "figure-tile");
}

static void
vtr_figure_tile_init (VtrFigureTile *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vtr_figure_tile_new (void)
{
  return g_object_new (VTR_TYPE_FIGURE_TILE, NULL);
}

/**
 * vtr_figure_tile_get_figure:
 *
 * Returns: (transfer none) (nullable): the figure shown
 */
VtrFigure *
vtr_figure_tile_get_figure (VtrFigureTile *self)
{
  g_return_val_if_fail (VTR_IS_FIGURE_TILE (self), NULL);

  return self->figure;
}

void
vtr_figure_tile_set_figure (VtrFigureTile *self,
                            VtrFigure     *figure)
{
  g_return_if_fail (VTR_IS_FIGURE_TILE (self));
  g_return_if_fail (figure == NULL || VTR_IS_FIGURE (figure));

  if (!g_set_object (&self->figure, figure))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIGURE]);
}

/**
 * vtr_figure_tile_dup_accessible_text:
 *
 * The tile's three labels read as one sentence, for the widget a screen reader lands on.
 *
 * Returns: (transfer full): such as "about 12,000 guests: guests who came to the summit"
 */
char *
vtr_figure_tile_dup_accessible_text (VtrFigure *figure)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (VTR_IS_FIGURE (figure), NULL);

  value = vtr_format_figure_value (figure);

  /* Translators: a key figure read aloud: %1$s is the number, such as "about 12,000",
   * %2$s its unit, such as "guests", and %3$s what it counts. */
  return g_strdup_printf (C_("figure", "%1$s %2$s: %3$s"), value,
                          vtr_figure_get_unit (figure), vtr_figure_get_label (figure));
}
