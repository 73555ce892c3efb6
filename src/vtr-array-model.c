/* vtr-array-model.c
 *
 * A list that never changes, over a plain array. A pack of 10,000 exhibits and 10,000 events
 * has some 30,000 small lists (the facts and sources of each item, most of them empty or of
 * one or two entries). A GListStore keeps its items in a GSequence, a tree with a node per
 * item and an end node per list, which made these lists take about three times the memory of
 * an array.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-array-model.h"

struct _VtrArrayModel
{
  GObject   parent_instance;

  GType     item_type;
  guint     n_items;
  gpointer *items;
};

G_LOCK_DEFINE_STATIC (empty_lists);

static void vtr_array_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VtrArrayModel, vtr_array_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      vtr_array_model_list_model_init))

static GType
vtr_array_model_get_item_type (GListModel *model)
{
  return VTR_ARRAY_MODEL (model)->item_type;
}

static guint
vtr_array_model_get_n_items (GListModel *model)
{
  return VTR_ARRAY_MODEL (model)->n_items;
}

static gpointer
vtr_array_model_get_item (GListModel *model,
                          guint       position)
{
  VtrArrayModel *self = VTR_ARRAY_MODEL (model);

  if (position >= self->n_items)
    return NULL;

  return g_object_ref (self->items[position]);
}

static void
vtr_array_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = vtr_array_model_get_item_type;
  iface->get_n_items = vtr_array_model_get_n_items;
  iface->get_item = vtr_array_model_get_item;
}

static void
vtr_array_model_finalize (GObject *object)
{
  VtrArrayModel *self = (VtrArrayModel *)object;

  for (guint i = 0; i < self->n_items; i++)
    g_object_unref (self->items[i]);
  g_clear_pointer (&self->items, g_free);

  G_OBJECT_CLASS (vtr_array_model_parent_class)->finalize (object);
}

static void
vtr_array_model_class_init (VtrArrayModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vtr_array_model_finalize;
}

static void
vtr_array_model_init (VtrArrayModel *self)
{
}

/**
 * vtr_array_model_new:
 * @item_type: the type of the items, a GObject type
 * @items: (element-type GObject) (nullable): the items, each of @item_type
 *
 * Returns: (transfer full): a list of @items, which holds its own references to them and
 *   never changes; empty lists of one item type are one and the same
 */
GListModel *
vtr_array_model_new (GType      item_type,
                     GPtrArray *items)
{
  VtrArrayModel *self;

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);
  for (guint i = 0; items != NULL && i < items->len; i++)
    g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (items->pdata[i], item_type), NULL);

  /* An empty list never changes either: one per item type does for every item without facts
   * or sources. */
  if (items == NULL || items->len == 0)
    {
      static GHashTable *empty_lists;
      GListModel *empty;

      G_LOCK (empty_lists);
      if (empty_lists == NULL)
        empty_lists = g_hash_table_new (NULL, NULL);
      empty = g_hash_table_lookup (empty_lists, GSIZE_TO_POINTER (item_type));
      if (empty == NULL)
        {
          self = g_object_new (VTR_TYPE_ARRAY_MODEL, NULL);
          self->item_type = item_type;
          empty = G_LIST_MODEL (self);
          g_hash_table_insert (empty_lists, GSIZE_TO_POINTER (item_type), empty);
        }
      G_UNLOCK (empty_lists);

      return g_object_ref (empty);
    }

  self = g_object_new (VTR_TYPE_ARRAY_MODEL, NULL);
  self->item_type = item_type;
  self->n_items = items != NULL ? items->len : 0;
  if (self->n_items > 0)
    self->items = g_new (gpointer, self->n_items);
  for (guint i = 0; i < self->n_items; i++)
    self->items[i] = g_object_ref (items->pdata[i]);

  return G_LIST_MODEL (self);
}
