/* vtr-exhibit-card.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-exhibit-card.h"
#include "vtr-thumbnail-loader.h"

/* The widest a card's picture gets before the grid makes room for another column, in
 * logical pixels. */
#define PICTURE_WIDTH 440

struct _VtrExhibitCard
{
  GtkWidget   parent_instance;

  VtrExhibit   *exhibit;
  GCancellable *picture_cancellable;

  /* The width in device pixels the picture was last given, which is the width its texture is
   * decoded at; 0 until the card is first allocated. */
  int           picture_width;
  guint         picture_idle;

  GtkPicture *picture;
  GtkLabel   *title_label;
  GtkLabel   *exhibitor_label;
  GtkImage   *category_icon;
  GtkLabel   *category_label;
};

enum {
  PROP_0,
  PROP_EXHIBIT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrExhibitCard, vtr_exhibit_card, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static void
picture_loaded_cb (GObject      *source_object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(VtrExhibitCard) self = user_data;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  texture = vtr_thumbnail_load_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (texture == NULL)
    g_debug ("Cannot show the picture of an exhibit card: %s", error->message);

  gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (texture));
}

/* Cards are bound and rebound as the grid scrolls, so the picture comes from the thumbnail
 * cache when it can, and otherwise arrives when a worker thread has decoded it. */
static void
show_picture (VtrExhibitCard *self,
              VtrImage       *image)
{
  GFile *file = image != NULL ? vtr_image_get_file (image) : NULL;
  int width = self->picture_width;
  GdkTexture *texture;

  g_cancellable_cancel (self->picture_cancellable);
  g_clear_object (&self->picture_cancellable);

  /* A card not yet allocated does not know its width: it asks once it does. */
  texture = file != NULL && width > 0 ? vtr_thumbnail_lookup (file, width) : NULL;
  gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (texture));
  if (file == NULL || width <= 0 || texture != NULL)
    return;

  self->picture_cancellable = g_cancellable_new ();
  vtr_thumbnail_load_async (file, width, self->picture_cancellable, picture_loaded_cb,
                            g_object_ref (self));
}

static gboolean
show_picture_cb (gpointer user_data)
{
  VtrExhibitCard *self = user_data;

  self->picture_idle = 0;
  if (self->exhibit != NULL)
    show_picture (self, vtr_exhibit_get_image (self->exhibit));

  return G_SOURCE_REMOVE;
}

static void
update (VtrExhibitCard *self)
{
  VtrImage *image = self->exhibit ? vtr_exhibit_get_image (self->exhibit) : NULL;
  VtrCategory *category = self->exhibit ? vtr_exhibit_get_category (self->exhibit) : NULL;

  show_picture (self, image);
  gtk_picture_set_alternative_text (self->picture, image ? vtr_image_get_alt (image) : NULL);
  gtk_label_set_text (self->title_label,
                      self->exhibit ? vtr_exhibit_get_title (self->exhibit) : "");
  gtk_label_set_text (self->exhibitor_label,
                      self->exhibit ? vtr_exhibit_get_exhibitor (self->exhibit) : "");
  gtk_label_set_text (self->category_label, category ? vtr_category_get_name (category) : "");
  gtk_image_set_from_icon_name (self->category_icon,
                                category ? vtr_category_get_icon_name (category) : NULL);

  /* The card is read as one item, by its title, like a button in a list. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->exhibit ? vtr_exhibit_get_title (self->exhibit) : "",
                                  -1);
}

static void
vtr_exhibit_card_dispose (GObject *object)
{
  VtrExhibitCard *self = (VtrExhibitCard *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_EXHIBIT_CARD);

  /* The template's outer box has no id, so dispose_template() does not know it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_cancellable_cancel (self->picture_cancellable);
  g_clear_object (&self->picture_cancellable);
  g_clear_handle_id (&self->picture_idle, g_source_remove);
  g_clear_object (&self->exhibit);

  G_OBJECT_CLASS (vtr_exhibit_card_parent_class)->dispose (object);
}

/* The card lays out its one child itself, like GtkBinLayout, rather than through a layout
 * manager: with a layout manager GTK never calls size_allocate(), and the card needs it to
 * learn its picture's width. */
static GtkSizeRequestMode
vtr_exhibit_card_get_request_mode (GtkWidget *widget)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  return child != NULL ? gtk_widget_get_request_mode (child) : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
vtr_exhibit_card_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  if (child != NULL)
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline,
                        natural_baseline);
}

/* The picture is decoded at exactly the width it is shown at. The software renderer then
 * copies it to the screen as it is; a larger texture would be filtered down on every frame
 * of a scroll, which is most of the cost of drawing a grid of cards. */
static void
vtr_exhibit_card_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  VtrExhibitCard *self = VTR_EXHIBIT_CARD (widget);
  GtkWidget *child = gtk_widget_get_first_child (widget);
  int picture_width;

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);

  picture_width = gtk_widget_get_width (GTK_WIDGET (self->picture)) *
                  gtk_widget_get_scale_factor (widget);
  if (picture_width <= 0 || picture_width == self->picture_width)
    return;

  self->picture_width = MIN (picture_width, 2 * PICTURE_WIDTH *
                                            gtk_widget_get_scale_factor (widget));
  /* Not now: a new picture changes the card's size, which must not happen while it is being
   * allocated. */
  if (self->picture_idle == 0)
    self->picture_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, show_picture_cb, self, NULL);
}

static void
vtr_exhibit_card_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VtrExhibitCard *self = VTR_EXHIBIT_CARD (object);

  switch (prop_id)
    {
    case PROP_EXHIBIT:
      g_value_set_object (value, self->exhibit);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_exhibit_card_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VtrExhibitCard *self = VTR_EXHIBIT_CARD (object);

  switch (prop_id)
    {
    case PROP_EXHIBIT:
      vtr_exhibit_card_set_exhibit (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_exhibit_card_class_init (VtrExhibitCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_exhibit_card_dispose;
  object_class->get_property = vtr_exhibit_card_get_property;
  object_class->set_property = vtr_exhibit_card_set_property;
  widget_class->get_request_mode = vtr_exhibit_card_get_request_mode;
  widget_class->measure = vtr_exhibit_card_measure;
  widget_class->size_allocate = vtr_exhibit_card_size_allocate;

  properties[PROP_EXHIBIT] =
    g_param_spec_object ("exhibit", NULL, NULL, VTR_TYPE_EXHIBIT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vtr-exhibit-card.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrExhibitCard, picture);
  gtk_widget_class_bind_template_child (widget_class, VtrExhibitCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, VtrExhibitCard, exhibitor_label);
  gtk_widget_class_bind_template_child (widget_class, VtrExhibitCard, category_icon);
  gtk_widget_class_bind_template_child (widget_class, VtrExhibitCard, category_label);

  gtk_widget_class_set_css_name (widget_class, "exhibit-card");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
vtr_exhibit_card_init (VtrExhibitCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vtr_exhibit_card_new (void)
{
  return g_object_new (VTR_TYPE_EXHIBIT_CARD, NULL);
}

/**
 * vtr_exhibit_card_get_exhibit:
 *
 * Returns: (transfer none) (nullable): the exhibit shown
 */
VtrExhibit *
vtr_exhibit_card_get_exhibit (VtrExhibitCard *self)
{
  g_return_val_if_fail (VTR_IS_EXHIBIT_CARD (self), NULL);

  return self->exhibit;
}

void
vtr_exhibit_card_set_exhibit (VtrExhibitCard *self,
                              VtrExhibit     *exhibit)
{
  g_return_if_fail (VTR_IS_EXHIBIT_CARD (self));
  g_return_if_fail (exhibit == NULL || VTR_IS_EXHIBIT (exhibit));

  if (!g_set_object (&self->exhibit, exhibit))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXHIBIT]);
}
