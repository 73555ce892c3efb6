/* vtr-page-slot.c
 *
 * A window has seven pages and shows one at a time. Building all of them up front was most of
 * the time to the first frame, and a language switch builds a new window, so it paid that
 * again. A slot stands in the page's place and builds the page the first time it is shown, or
 * the first time its owner asks for the page to put something on it; until then it holds only
 * the pack to give the page.
 *
 * The page type must be a widget with a writable "pack" property, as every Vitrine page has.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-page-slot.h"

#include "vtr-focus.h"

struct _VtrPageSlot
{
  AdwBin   parent_instance;

  GType    page_type;
  VtrPack *pack;
};

enum {
  PROP_0,
  PROP_PAGE_TYPE,
  PROP_PACK,
  PROP_PAGE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrPageSlot, vtr_page_slot, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

/* The page is built before the slot's children are mapped, so it is mapped with them, in the
 * same frame. */
static void
vtr_page_slot_map (GtkWidget *widget)
{
  vtr_page_slot_get_page (VTR_PAGE_SLOT (widget));

  GTK_WIDGET_CLASS (vtr_page_slot_parent_class)->map (widget);
}

static void
vtr_page_slot_dispose (GObject *object)
{
  VtrPageSlot *self = (VtrPageSlot *)object;

  g_clear_object (&self->pack);

  G_OBJECT_CLASS (vtr_page_slot_parent_class)->dispose (object);
}

static void
vtr_page_slot_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  VtrPageSlot *self = VTR_PAGE_SLOT (object);

  switch (prop_id)
    {
    case PROP_PAGE_TYPE:
      g_value_set_gtype (value, self->page_type);
      break;

    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;

    case PROP_PAGE:
      g_value_set_object (value, vtr_page_slot_peek_page (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_page_slot_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  VtrPageSlot *self = VTR_PAGE_SLOT (object);

  switch (prop_id)
    {
    case PROP_PAGE_TYPE:
      self->page_type = g_value_get_gtype (value);
      break;

    case PROP_PACK:
      vtr_page_slot_set_pack (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_page_slot_class_init (VtrPageSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_page_slot_dispose;
  object_class->get_property = vtr_page_slot_get_property;
  object_class->set_property = vtr_page_slot_set_property;

  widget_class->map = vtr_page_slot_map;

  /**
   * VtrPageSlot:page-type:
   *
   * The type of the page, a widget with a "pack" property.
   */
  properties[PROP_PAGE_TYPE] =
    g_param_spec_gtype ("page-type", NULL, NULL, GTK_TYPE_WIDGET,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * VtrPageSlot:pack:
   *
   * The pack the page shows, handed to it when it is built and whenever it changes.
   */
  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, VTR_TYPE_PACK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * VtrPageSlot:page:
   *
   * The page, or %NULL until it has been needed.
   */
  properties[PROP_PAGE] =
    g_param_spec_object ("page", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_page_slot_init (VtrPageSlot *self)
{
  self->page_type = G_TYPE_INVALID;
}

/**
 * vtr_page_slot_new:
 * @page_type: the type of the page, a widget with a "pack" property
 *
 * Returns: (transfer floating): a slot that builds a @page_type when it is needed
 */
GtkWidget *
vtr_page_slot_new (GType page_type)
{
  g_return_val_if_fail (g_type_is_a (page_type, GTK_TYPE_WIDGET), NULL);

  return g_object_new (VTR_TYPE_PAGE_SLOT, "page-type", page_type, NULL);
}

GType
vtr_page_slot_get_page_type (VtrPageSlot *self)
{
  g_return_val_if_fail (VTR_IS_PAGE_SLOT (self), G_TYPE_INVALID);

  return self->page_type;
}

/**
 * vtr_page_slot_get_pack:
 *
 * Returns: (transfer none) (nullable): the pack given to the page
 */
VtrPack *
vtr_page_slot_get_pack (VtrPageSlot *self)
{
  g_return_val_if_fail (VTR_IS_PAGE_SLOT (self), NULL);

  return self->pack;
}

/**
 * vtr_page_slot_set_pack:
 * @pack: (nullable): the pack to show
 *
 * Gives @pack to the page if it has been built, and to the page built later otherwise.
 */
void
vtr_page_slot_set_pack (VtrPageSlot *self,
                        VtrPack     *pack)
{
  GtkWidget *page;

  g_return_if_fail (VTR_IS_PAGE_SLOT (self));
  g_return_if_fail (pack == NULL || VTR_IS_PACK (pack));

  if (!g_set_object (&self->pack, pack))
    return;

  page = vtr_page_slot_peek_page (self);
  if (page != NULL)
    g_object_set (page, "pack", pack, NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
}

/**
 * vtr_page_slot_get_page:
 *
 * Builds the page if it has not been built yet.
 *
 * Returns: (transfer none): the page
 */
GtkWidget *
vtr_page_slot_get_page (VtrPageSlot *self)
{
  GtkWidget *page;

  g_return_val_if_fail (VTR_IS_PAGE_SLOT (self), NULL);
  g_return_val_if_fail (g_type_is_a (self->page_type, GTK_TYPE_WIDGET), NULL);

  page = adw_bin_get_child (ADW_BIN (self));
  if (page != NULL)
    return page;

  page = g_object_new (self->page_type, "pack", self->pack, NULL);
  adw_bin_set_child (ADW_BIN (self), page);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);

  return page;
}

/**
 * vtr_page_slot_peek_page:
 *
 * Returns: (transfer none) (nullable): the page, or %NULL if it has not been needed yet
 */
GtkWidget *
vtr_page_slot_peek_page (VtrPageSlot *self)
{
  g_return_val_if_fail (VTR_IS_PAGE_SLOT (self), NULL);

  return adw_bin_get_child (ADW_BIN (self));
}

/**
 * vtr_page_slot_discard:
 *
 * Lets go of the page, and everything shown on it. A slot on screen builds a new page at
 * once; one off screen builds it when it is next needed.
 */
void
vtr_page_slot_discard (VtrPageSlot *self)
{
  GtkWidget *page;
  gboolean had_focus;

  g_return_if_fail (VTR_IS_PAGE_SLOT (self));

  page = vtr_page_slot_peek_page (self);
  if (page == NULL)
    return;

  had_focus = vtr_focus_move_out_of (page);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      page = vtr_page_slot_get_page (self);
      if (had_focus)
        gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
    }
}
