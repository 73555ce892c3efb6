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

/* The radius of the picture's top corners, as style.css rounds them for the picture's
 * background while it loads. */
#define PICTURE_RADIUS 12

struct _VtrExhibitCard
{
  GtkWidget   parent_instance;

  VtrExhibit   *exhibit;
  GCancellable *picture_cancellable;

  /* The width in device pixels the picture was last given, which is the width its texture is
   * decoded at, and its height, which the rounded picture is cut to; 0 until the card is first
   * allocated. */
  int           picture_width;
  int           picture_height;
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
append_rounded_top_path (cairo_t *cr,
                         double   width,
                         double   height,
                         double   radius)
{
  cairo_new_path (cr);
  cairo_arc (cr, radius, radius, radius, G_PI, 3 * G_PI / 2);
  cairo_arc (cr, width - radius, radius, radius, 3 * G_PI / 2, 2 * G_PI);
  cairo_line_to (cr, width, height);
  cairo_line_to (cr, 0, height);
  cairo_close_path (cr);
}

/* Returns @texture as the card shows it in a picture of @width by @height device pixels: cut
 * to cover the picture as GtkPicture's "cover" fit does, with its top corners rounded and
 * transparent. GtkPicture clips its content to its rounded corners, and the software renderer
 * makes that clip a mask, for every card on every frame of a scroll; a picture that is already
 * rounded is only copied, under a rectangular clip. The result is kept on @texture, which the
 * thumbnail cache shares between cards. */
static GdkTexture *
round_picture (GdkTexture *texture,
               int         width,
               int         height,
               int         scale)
{
  g_autofree char *key = g_strdup_printf ("vtr-exhibit-card-%dx%d@%d", width, height, scale);
  GdkTexture *rounded = g_object_get_data (G_OBJECT (texture), key);
  int texture_width = gdk_texture_get_width (texture);
  int texture_height = gdk_texture_get_height (texture);
  double ratio = (double)texture_width / texture_height;
  double logical_width = (double)width / scale, logical_height = (double)height / scale;
  cairo_surface_t *source, *target;
  g_autoptr(GBytes) bytes = NULL;
  cairo_pattern_t *pattern;
  cairo_matrix_t matrix;
  double w, h;
  int x, y;
  cairo_t *cr;

  if (rounded != NULL)
    return g_object_ref (rounded);

  source = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, texture_width, texture_height);
  gdk_texture_download (texture, cairo_image_surface_get_data (source),
                        cairo_image_surface_get_stride (source));
  cairo_surface_mark_dirty (source);

  /* The same geometry as gtk_picture_snapshot() in GTK 4.8 for GTK_CONTENT_FIT_COVER, and the
   * same drawing as the renderer's texture node, so the picture looks as it did. */
  if (ratio > logical_width / logical_height)
    {
      w = logical_height * ratio;
      h = logical_height;
    }
  else
    {
      w = logical_width;
      h = logical_width / ratio;
    }
  x = ((int)logical_width - ceil (w)) / 2;
  y = floor ((int)logical_height - ceil (h)) / 2;

  target = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (target);
  cairo_scale (cr, scale, scale);
  append_rounded_top_path (cr, logical_width, logical_height, PICTURE_RADIUS);
  cairo_clip (cr);

  pattern = cairo_pattern_create_for_surface (source);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_PAD);
  cairo_matrix_init_scale (&matrix, texture_width / w, texture_height / h);
  cairo_matrix_translate (&matrix, -x, -y);
  cairo_pattern_set_matrix (pattern, &matrix);
  cairo_set_source (cr, pattern);
  cairo_rectangle (cr, x, y, w, h);
  cairo_fill (cr);
  cairo_pattern_destroy (pattern);
  cairo_destroy (cr);
  cairo_surface_flush (target);

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (target),
                                      (gsize)height * cairo_image_surface_get_stride (target),
                                      (GDestroyNotify) cairo_surface_destroy, target);
  rounded = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (target));
  cairo_surface_destroy (source);

  g_object_set_data_full (G_OBJECT (texture), key, g_object_ref (rounded), g_object_unref);

  return rounded;
}

/* Shows @texture (or nothing), rounded when the card knows its picture's size. */
static void
set_picture (VtrExhibitCard *self,
             GdkTexture     *texture)
{
  GtkWidget *picture = GTK_WIDGET (self->picture);
  int scale = gtk_widget_get_scale_factor (picture);
  int width = gtk_widget_get_width (picture) * scale;
  int height = gtk_widget_get_height (picture) * scale;
  g_autoptr(GdkTexture) rounded = NULL;

  if (texture != NULL && width > 0 && height > 0)
    rounded = round_picture (texture, width, height, scale);

  /* A rounded picture needs neither the rounded clip nor the background shown while it
   * loads. */
  if (rounded != NULL)
    gtk_widget_add_css_class (picture, "rounded");
  else
    gtk_widget_remove_css_class (picture, "rounded");

  gtk_picture_set_paintable (self->picture,
                             GDK_PAINTABLE (rounded != NULL ? rounded : texture));
}

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

  set_picture (self, texture);
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
  set_picture (self, texture);
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
  int scale = gtk_widget_get_scale_factor (widget);
  int picture_width, picture_height;

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);

  picture_width = MIN (gtk_widget_get_width (GTK_WIDGET (self->picture)) * scale,
                       2 * PICTURE_WIDTH * scale);
  picture_height = gtk_widget_get_height (GTK_WIDGET (self->picture)) * scale;
  if (picture_width <= 0 || picture_height <= 0 ||
      (picture_width == self->picture_width && picture_height == self->picture_height))
    return;

  self->picture_width = picture_width;
  self->picture_height = picture_height;
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
