/* vtr-category-chip.c
 *
 * Categories bring their own colours, which no style sheet can know in advance. Each colour
 * gets a style class, "category-color-RRGGBB", and one application-wide CSS provider holds
 * the rules for every colour seen so far. The text on a colour is black or white, whichever
 * contrasts more, so that a pack's choice of colours cannot make a name unreadable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "vtr-category-chip.h"

#define COLOR_CLASS_PREFIX "category-color-"

struct _VtrCategoryChip
{
  GtkWidget    parent_instance;

  VtrCategory *category;

  GtkImage    *icon;
  GtkLabel    *name_label;
};

enum {
  PROP_0,
  PROP_CATEGORY,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrCategoryChip, vtr_category_chip, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static gboolean
is_hex_color (const char *color)
{
  if (color == NULL || color[0] != '#' || strlen (color) != 7)
    return FALSE;

  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (color[i]))
      return FALSE;

  return TRUE;
}

/* The relative luminance of WCAG 2: how light a colour looks, from 0 (black) to 1 (white). */
static double
relative_luminance (const char *color)
{
  double channels[3];

  for (guint i = 0; i < 3; i++)
    {
      double value = (g_ascii_xdigit_value (color[1 + 2 * i]) * 16 +
                      g_ascii_xdigit_value (color[2 + 2 * i])) / 255.0;

      channels[i] = value <= 0.04045 ? value / 12.92 : pow ((value + 0.055) / 1.055, 2.4);
    }

  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

static void
ensure_color_rules (const char *color)
{
  static GtkCssProvider *provider;
  static GHashTable *known_colors;
  static GString *css;
  const char *hex = color + 1;

  /* Without a display there is nothing to style. */
  if (gdk_display_get_default () == NULL)
    return;

  if (known_colors == NULL)
    {
      known_colors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      css = g_string_new (NULL);
      provider = gtk_css_provider_new ();
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }

  if (g_hash_table_contains (known_colors, hex))
    return;

  g_hash_table_add (known_colors, g_ascii_strdown (hex, -1));

  /* A filled chip, a checked category toggle and the icon of an unchecked one. */
  g_string_append_printf (css,
                          "." COLOR_CLASS_PREFIX "%1$s.category-chip,"
                          "." COLOR_CLASS_PREFIX "%1$s.category-toggle:checked"
                          " { background-color: #%1$s; color: %2$s; }\n"
                          "." COLOR_CLASS_PREFIX "%1$s.category-toggle:not(:checked)"
                          " .category-icon { color: #%1$s; }\n",
                          hex, vtr_category_chip_text_color_for (color));
  gtk_css_provider_load_from_data (provider, css->str, -1);
}

static void
update (VtrCategoryChip *self)
{
  gtk_image_set_from_icon_name (self->icon,
                                self->category != NULL
                                  ? vtr_category_get_icon_name (self->category) : NULL);
  gtk_label_set_text (self->name_label,
                      self->category != NULL ? vtr_category_get_name (self->category) : "");
  vtr_category_chip_paint_widget (GTK_WIDGET (self), self->category);
}

static void
vtr_category_chip_dispose (GObject *object)
{
  VtrCategoryChip *self = (VtrCategoryChip *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_CATEGORY_CHIP);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->category);

  G_OBJECT_CLASS (vtr_category_chip_parent_class)->dispose (object);
}

static void
vtr_category_chip_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VtrCategoryChip *self = VTR_CATEGORY_CHIP (object);

  switch (prop_id)
    {
    case PROP_CATEGORY:
      g_value_set_object (value, self->category);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_category_chip_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  VtrCategoryChip *self = VTR_CATEGORY_CHIP (object);

  switch (prop_id)
    {
    case PROP_CATEGORY:
      vtr_category_chip_set_category (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_category_chip_class_init (VtrCategoryChipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_category_chip_dispose;
  object_class->get_property = vtr_category_chip_get_property;
  object_class->set_property = vtr_category_chip_set_property;

  properties[PROP_CATEGORY] =
    g_param_spec_object ("category", NULL, NULL, VTR_TYPE_CATEGORY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vtr-category-chip.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrCategoryChip, icon);
  gtk_widget_class_bind_template_child (widget_class, VtrCategoryChip, name_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "category-chip");
}

static void
vtr_category_chip_init (VtrCategoryChip *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "category-chip");
}

GtkWidget *
vtr_category_chip_new (void)
{
  return g_object_new (VTR_TYPE_CATEGORY_CHIP, NULL);
}

/**
 * vtr_category_chip_get_category:
 *
 * Returns: (transfer none) (nullable): the category shown
 */
VtrCategory *
vtr_category_chip_get_category (VtrCategoryChip *self)
{
  g_return_val_if_fail (VTR_IS_CATEGORY_CHIP (self), NULL);

  return self->category;
}

void
vtr_category_chip_set_category (VtrCategoryChip *self,
                                VtrCategory     *category)
{
  g_return_if_fail (VTR_IS_CATEGORY_CHIP (self));
  g_return_if_fail (category == NULL || VTR_IS_CATEGORY (category));

  if (!g_set_object (&self->category, category))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

/**
 * vtr_category_chip_paint_widget:
 * @category: (nullable): the category whose colour to use, or %NULL for none
 *
 * Gives @widget the colour class of @category, replacing any it had. A widget with the style
 * class "category-chip" is then filled with the colour, a "category-toggle" is filled while
 * checked, and the "category-icon" inside an unchecked toggle is drawn in the colour.
 */
void
vtr_category_chip_paint_widget (GtkWidget   *widget,
                                VtrCategory *category)
{
  g_auto(GStrv) classes = NULL;
  const char *color = category != NULL ? vtr_category_get_color (category) : NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  classes = gtk_widget_get_css_classes (widget);
  for (guint i = 0; classes[i] != NULL; i++)
    if (g_str_has_prefix (classes[i], COLOR_CLASS_PREFIX))
      gtk_widget_remove_css_class (widget, classes[i]);

  if (is_hex_color (color))
    {
      g_autofree char *lower = g_ascii_strdown (color + 1, -1);
      g_autofree char *name = g_strconcat (COLOR_CLASS_PREFIX, lower, NULL);

      ensure_color_rules (color);
      gtk_widget_add_css_class (widget, name);
    }
}

/**
 * vtr_category_chip_text_color_for:
 * @color: a colour as "#rrggbb"
 *
 * Returns: "#000000" or "#ffffff", whichever has the higher contrast ratio on @color
 */
const char *
vtr_category_chip_text_color_for (const char *color)
{
  double luminance;

  g_return_val_if_fail (is_hex_color (color), "#000000");

  luminance = relative_luminance (color);

  /* Contrast ratios are (lighter + 0.05) / (darker + 0.05); black is 0 and white is 1. */
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? "#000000" : "#ffffff";
}
