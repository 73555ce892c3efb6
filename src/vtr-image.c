/* vtr-image.c
 *
 * A picture in a pack with the text that describes it.
 * Instances are immutable: the pack loader builds them with g_object_new() from content it
 * has already validated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-image.h"
#include "vtr-string-block.h"

struct _VtrImage
{
  VtrItem parent_instance;

  char  *path;
  char  *alt;
  GFile *file;

  /* The pack's folder, against which the path is resolved the first time the file is asked
   * for: a pack of 10,000 exhibits shows few of its pictures, and needs no GFile for the
   * others. */
  GFile *folder;

  /* The block that holds the strings above and the item's context, which never change (see
   * vtr-string-block.c). */
  char  *strings;
};

enum {
  PROP_0,
  PROP_PATH,
  PROP_ALT,
  PROP_FILE,
  PROP_FOLDER,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrImage, vtr_image, VTR_TYPE_ITEM)

static GParamSpec *properties[N_PROPS];

static void
vtr_image_constructed (GObject *object)
{
  VtrImage *self = (VtrImage *)object;
  char **strings[] = { &self->path, &self->alt,
                       vtr_item_take_context_place (VTR_ITEM (self)) };

  G_OBJECT_CLASS (vtr_image_parent_class)->constructed (object);

  self->strings = vtr_string_block_new (strings, G_N_ELEMENTS (strings));
}

static void
vtr_image_finalize (GObject *object)
{
  VtrImage *self = (VtrImage *)object;

  g_clear_pointer (&self->strings, g_free);
  g_clear_object (&self->file);
  g_clear_object (&self->folder);

  G_OBJECT_CLASS (vtr_image_parent_class)->finalize (object);
}

static void
vtr_image_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  VtrImage *self = VTR_IMAGE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_ALT:
      g_value_set_string (value, self->alt);
      break;

    case PROP_FILE:
      g_value_set_object (value, vtr_image_get_file (self));
      break;

    case PROP_FOLDER:
      g_value_set_object (value, self->folder);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_image_set_property (GObject    *object,
                        guint       prop_id,
                        const GValue *value,
                        GParamSpec *pspec)
{
  VtrImage *self = VTR_IMAGE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;

    case PROP_ALT:
      self->alt = g_value_dup_string (value);
      break;

    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;

    case PROP_FOLDER:
      self->folder = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_image_class_init (VtrImageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = vtr_image_constructed;
  object_class->finalize = vtr_image_finalize;
  object_class->get_property = vtr_image_get_property;
  object_class->set_property = vtr_image_set_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ALT] =
    g_param_spec_string ("alt", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * VtrImage:folder:
   *
   * The folder that the path is inside, when the file is not given: the file is then the path
   * resolved against it.
   */
  properties[PROP_FOLDER] =
    g_param_spec_object ("folder", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_image_init (VtrImage *self)
{
}

/**
 * vtr_image_get_path:
 *
 * Returns: (transfer none) (nullable): the path inside the pack
 */
const char *
vtr_image_get_path (VtrImage *self)
{
  g_return_val_if_fail (VTR_IS_IMAGE (self), NULL);

  return self->path;
}

/**
 * vtr_image_get_alt:
 *
 * Returns: (transfer none) (nullable): the alternative text
 */
const char *
vtr_image_get_alt (VtrImage *self)
{
  g_return_val_if_fail (VTR_IS_IMAGE (self), NULL);

  return vtr_item_translate (VTR_ITEM (self), "alt", self->alt);
}

/**
 * vtr_image_get_file:
 *
 * Returns: (transfer none) (nullable): where the picture is read from
 */
GFile *
vtr_image_get_file (VtrImage *self)
{
  g_return_val_if_fail (VTR_IS_IMAGE (self), NULL);

  if (self->file == NULL && self->folder != NULL && self->path != NULL)
    self->file = g_file_resolve_relative_path (self->folder, self->path);

  return self->file;
}
