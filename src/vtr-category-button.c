/* vtr-category-button.c
 *
 * The detail pages show the category of what they show as a chip in the category's colour,
 * which leads to the exhibits view filtered to that category. Without a category there is
 * nothing to show, so the button hides itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-category-button.h"
#include "vtr-category-chip.h"

struct _VtrCategoryButton
{
  GtkButton    parent_instance;

  VtrCategory *category;

  GtkImage    *icon;
  GtkLabel    *name_label;
};

G_DEFINE_FINAL_TYPE (VtrCategoryButton, vtr_category_button, GTK_TYPE_BUTTON)

static void
update (VtrCategoryButton *self)
{
  VtrCategory *category = self->category;

  gtk_widget_set_visible (GTK_WIDGET (self), category != NULL);
  vtr_category_chip_paint_widget (GTK_WIDGET (self), category);

  if (category == NULL)
    return;

  gtk_label_set_text (self->name_label, vtr_category_get_name (category));
  gtk_image_set_from_icon_name (self->icon, vtr_category_get_icon_name (category));

  /* The target first: the action takes a string, and a name without one would not match
   * it. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "s", vtr_category_get_id (category));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self), "win.show-category");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  vtr_category_get_name (category),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Show All Exhibits in This Category"),
                                  -1);
}

static void
vtr_category_button_dispose (GObject *object)
{
  VtrCategoryButton *self = (VtrCategoryButton *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_CATEGORY_BUTTON);
  g_clear_object (&self->category);

  G_OBJECT_CLASS (vtr_category_button_parent_class)->dispose (object);
}

static void
vtr_category_button_class_init (VtrCategoryButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_category_button_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vtr-category-button.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrCategoryButton, icon);
  gtk_widget_class_bind_template_child (widget_class, VtrCategoryButton, name_label);
}

static void
vtr_category_button_init (VtrCategoryButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  update (self);
}

GtkWidget *
vtr_category_button_new (void)
{
  return g_object_new (VTR_TYPE_CATEGORY_BUTTON, NULL);
}

/**
 * vtr_category_button_get_category:
 *
 * Returns: (transfer none) (nullable): the category shown
 */
VtrCategory *
vtr_category_button_get_category (VtrCategoryButton *self)
{
  g_return_val_if_fail (VTR_IS_CATEGORY_BUTTON (self), NULL);

  return self->category;
}

void
vtr_category_button_set_category (VtrCategoryButton *self,
                                  VtrCategory       *category)
{
  g_return_if_fail (VTR_IS_CATEGORY_BUTTON (self));
  g_return_if_fail (category == NULL || VTR_IS_CATEGORY (category));

  if (!g_set_object (&self->category, category))
    return;

  update (self);
}
