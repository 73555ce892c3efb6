/* vtr-item.c
 *
 * Content is stored as the pack wrote it and translated whenever it is read (see
 * vtr-translate.c). To do that, an item needs the pack's gettext domain and the message
 * context prefix that says where it lives, such as "exhibit/ipv6"; every content type
 * derives from VtrItem for them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-item.h"
#include "vtr-translate.h"

typedef struct
{
  /* Interned: every item of a pack has the same one, and a pack has many thousands. */
  const char *translation_domain;
  char       *context;

  /* Whether a subclass has moved the context into its own block of strings. */
  gboolean    context_taken;
} VtrItemPrivate;

enum {
  PROP_0,
  PROP_TRANSLATION_DOMAIN,
  PROP_CONTEXT,
  N_PROPS
};

G_DEFINE_TYPE_WITH_PRIVATE (VtrItem, vtr_item, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
vtr_item_finalize (GObject *object)
{
  VtrItemPrivate *priv = vtr_item_get_instance_private (VTR_ITEM (object));

  if (!priv->context_taken)
    g_clear_pointer (&priv->context, g_free);

  G_OBJECT_CLASS (vtr_item_parent_class)->finalize (object);
}

static void
vtr_item_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  VtrItemPrivate *priv = vtr_item_get_instance_private (VTR_ITEM (object));

  switch (prop_id)
    {
    case PROP_TRANSLATION_DOMAIN:
      g_value_set_string (value, priv->translation_domain);
      break;

    case PROP_CONTEXT:
      g_value_set_string (value, priv->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_item_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  VtrItemPrivate *priv = vtr_item_get_instance_private (VTR_ITEM (object));

  switch (prop_id)
    {
    case PROP_TRANSLATION_DOMAIN:
      priv->translation_domain = g_intern_string (g_value_get_string (value));
      break;

    case PROP_CONTEXT:
      priv->context = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_item_class_init (VtrItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vtr_item_finalize;
  object_class->get_property = vtr_item_get_property;
  object_class->set_property = vtr_item_set_property;

  /**
   * VtrItem:translation-domain:
   *
   * The gettext domain of the pack the item belongs to. Without it, texts stay as written.
   */
  properties[PROP_TRANSLATION_DOMAIN] =
    g_param_spec_string ("translation-domain", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * VtrItem:context:
   *
   * Where the item lives in the pack, such as "exhibit/ipv6": the prefix of its texts' message
   * contexts, as vitrine --extract-strings writes them.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_string ("context", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_item_init (VtrItem *self)
{
}

const char *
vtr_item_get_translation_domain (VtrItem *self)
{
  VtrItemPrivate *priv;

  g_return_val_if_fail (VTR_IS_ITEM (self), NULL);

  priv = vtr_item_get_instance_private (self);

  return priv->translation_domain;
}

const char *
vtr_item_get_context (VtrItem *self)
{
  VtrItemPrivate *priv;

  g_return_val_if_fail (VTR_IS_ITEM (self), NULL);

  priv = vtr_item_get_instance_private (self);

  return priv->context;
}

/**
 * vtr_item_translate:
 * @field: the field of the item, such as "title" or "body/0"
 * @text: (nullable): the text as the pack wrote it
 *
 * Returns: (nullable): @text in the current language
 */
const char *
vtr_item_translate (VtrItem    *self,
                    const char *field,
                    const char *text)
{
  VtrItemPrivate *priv;

  g_return_val_if_fail (VTR_IS_ITEM (self), text);

  priv = vtr_item_get_instance_private (self);

  return vtr_translate_field (priv->translation_domain, priv->context, field, text);
}

/**
 * vtr_item_take_context_place:
 *
 * For a subclass's constructed(): the place of the context string, so that the subclass can
 * move the string into its own block (see vtr_string_block_new()), which a pack of 10,000
 * exhibits makes worth it. The item no longer frees the string; the subclass frees the block
 * in its finalize(), and the context must not change afterwards.
 *
 * Returns: the place of the context string
 */
char **
vtr_item_take_context_place (VtrItem *self)
{
  VtrItemPrivate *priv;

  g_return_val_if_fail (VTR_IS_ITEM (self), NULL);

  priv = vtr_item_get_instance_private (self);
  priv->context_taken = TRUE;

  return &priv->context;
}
