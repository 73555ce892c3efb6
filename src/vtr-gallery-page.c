/* vtr-gallery-page.c
 *
 * A thin view over VtrExhibitQuery, which does the filtering and sorting: the category
 * toggles and the sort drop-down write to the query, and the grid shows its model.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-category-chip.h"
#include "vtr-exhibit-card.h"
#include "vtr-exhibit-query.h"
#include "vtr-focus.h"
#include "vtr-gallery-page.h"

/* Each category toggle remembers its category's id under this key; "All" has none. */
#define CATEGORY_ID_KEY "vtr-category-id"

/* How far from the edge of the row of toggles a toggle scrolled into view ends up. */
#define REVEAL_MARGIN 32

struct _VtrGalleryPage
{
  AdwBin             parent_instance;

  VtrPack           *pack;
  VtrExhibitQuery   *query;
  guint              reveal_tick_id;

  GtkScrolledWindow *chip_scroller;
  GtkBox            *chip_box;
  GtkDropDown       *sort_dropdown;
  GtkStack          *stack;
  GtkScrolledWindow *grid_scroller;
  GtkGridView       *grid_view;
  AdwStatusPage     *empty_page;
  GtkWidget         *show_all_button;
};

enum {
  PROP_0,
  PROP_PACK,
  PROP_CATEGORY,
  PROP_VISIBLE_EXHIBITS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrGalleryPage, vtr_gallery_page, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static void category_toggled_cb (VtrGalleryPage  *self,
                                 GtkToggleButton *toggle);

static void
scroll_to_top (VtrGalleryPage *self)
{
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->grid_scroller), 0);
}

static GtkWidget *
create_toggle (VtrGalleryPage  *self,
               VtrCategory     *category,
               GtkToggleButton *group)
{
  GtkWidget *toggle = gtk_toggle_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *check;
  const char *name = category != NULL ? vtr_category_get_name (category) : _("All");

  if (category != NULL)
    {
      GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                      "icon-name", vtr_category_get_icon_name (category),
                                      "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                      NULL);

      gtk_widget_add_css_class (icon, "category-icon");
      gtk_box_append (GTK_BOX (box), icon);
      g_object_set_data_full (G_OBJECT (toggle), CATEGORY_ID_KEY,
                              g_strdup (vtr_category_get_id (category)), g_free);
    }

  gtk_box_append (GTK_BOX (box), gtk_label_new (name));

  /* The check mark says which toggle is on to those who cannot tell the colours apart. */
  check = g_object_new (GTK_TYPE_IMAGE,
                        "icon-name", "object-select-symbolic",
                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                        NULL);
  g_object_bind_property (toggle, "active", check, "visible", G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (box), check);

  gtk_button_set_child (GTK_BUTTON (toggle), box);
  gtk_widget_add_css_class (toggle, "category-toggle");
  if (category == NULL)
    gtk_widget_add_css_class (toggle, "category-all");
  vtr_category_chip_paint_widget (toggle, category);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  category != NULL ? name : _("All Categories"),
                                  -1);

  if (group != NULL)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (toggle), group);
  g_signal_connect_object (toggle, "toggled", G_CALLBACK (category_toggled_cb), self,
                           G_CONNECT_SWAPPED);

  return toggle;
}

static GtkWidget *
find_toggle (VtrGalleryPage *self,
             const char     *category_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->chip_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_strcmp0 (g_object_get_data (G_OBJECT (child), CATEGORY_ID_KEY), category_id) == 0)
        return child;
    }

  return NULL;
}

static gboolean
reveal_active_toggle_tick_cb (GtkWidget     *widget,
                              GdkFrameClock *frame_clock,
                              gpointer       user_data)
{
  VtrGalleryPage *self = VTR_GALLERY_PAGE (widget);
  GtkWidget *toggle = find_toggle (self, vtr_exhibit_query_get_category (self->query));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (self->chip_scroller);
  double value = gtk_adjustment_get_value (adjustment);
  double page_size = gtk_adjustment_get_page_size (adjustment);
  graphene_rect_t bounds;

  /* A toggle made for a new pack has no place until the next layout. */
  if (toggle != NULL && gtk_widget_get_width (toggle) == 0)
    return G_SOURCE_CONTINUE;

  self->reveal_tick_id = 0;
  if (toggle == NULL || !gtk_widget_compute_bounds (toggle, GTK_WIDGET (self->chip_box), &bounds))
    return G_SOURCE_REMOVE;

  /* The margin keeps the toggle clear of the faded edge of the row. */
  if (bounds.origin.x < value)
    gtk_adjustment_set_value (adjustment, bounds.origin.x - REVEAL_MARGIN);
  else if (bounds.origin.x + bounds.size.width > value + page_size)
    gtk_adjustment_set_value (adjustment,
                              bounds.origin.x + bounds.size.width + REVEAL_MARGIN - page_size);

  return G_SOURCE_REMOVE;
}

static void
sync_toggles (VtrGalleryPage *self)
{
  GtkWidget *toggle = find_toggle (self, vtr_exhibit_query_get_category (self->query));

  if (toggle != NULL)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);

  /* A category chosen elsewhere, such as on the overview, may be scrolled out of sight. */
  if (self->reveal_tick_id == 0)
    self->reveal_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self),
                                                         reveal_active_toggle_tick_cb,
                                                         NULL, NULL);
}

static void
rebuild_toggles (VtrGalleryPage *self)
{
  GListModel *categories = self->pack != NULL ? vtr_pack_get_categories (self->pack) : NULL;
  gboolean had_focus = vtr_focus_move_out_of (GTK_WIDGET (self->chip_box));
  GtkWidget *child;
  GtkWidget *all;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->chip_box))) != NULL)
    gtk_box_remove (self->chip_box, child);

  all = create_toggle (self, NULL, NULL);
  gtk_box_append (self->chip_box, all);

  for (guint i = 0; categories != NULL && i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(VtrCategory) category = g_list_model_get_item (categories, i);

      gtk_box_append (self->chip_box, create_toggle (self, category, GTK_TOGGLE_BUTTON (all)));
    }

  sync_toggles (self);
  if (had_focus)
    gtk_widget_child_focus (GTK_WIDGET (self->chip_box), GTK_DIR_TAB_FORWARD);
}

static void
update_empty_state (VtrGalleryPage *self)
{
  GListModel *visible = vtr_exhibit_query_get_model (self->query);
  GListModel *all = vtr_exhibit_query_get_exhibits (self->query);
  const char *category_id = vtr_exhibit_query_get_category (self->query);
  VtrCategory *category = NULL;
  g_autofree char *description = NULL;

  if (g_list_model_get_n_items (visible) > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "exhibits");
      return;
    }

  if (self->pack != NULL && category_id != NULL)
    category = vtr_pack_find_category (self->pack, category_id);

  if (category != NULL && all != NULL && g_list_model_get_n_items (all) > 0)
    /* Translators: %s is the name of a category of exhibits. */
    description = g_strdup_printf (_("There are no exhibits in “%s”."),
                                   vtr_category_get_name (category));
  else
    description = g_strdup (_("This content pack has no exhibits."));

  adw_status_page_set_description (self->empty_page, description);
  gtk_widget_set_visible (self->show_all_button, category != NULL);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
setup_card_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               VtrGalleryPage           *self)
{
  gtk_list_item_set_child (item, vtr_exhibit_card_new ());
}

static void
bind_card_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              VtrGalleryPage           *self)
{
  vtr_exhibit_card_set_exhibit (VTR_EXHIBIT_CARD (gtk_list_item_get_child (item)),
                                gtk_list_item_get_item (item));
}

static void
unbind_card_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                VtrGalleryPage           *self)
{
  vtr_exhibit_card_set_exhibit (VTR_EXHIBIT_CARD (gtk_list_item_get_child (item)), NULL);
}

static void
card_activated_cb (VtrGalleryPage *self,
                   guint           position,
                   GtkGridView    *grid_view)
{
  g_autoptr(VtrExhibit) exhibit =
    g_list_model_get_item (vtr_exhibit_query_get_model (self->query), position);

  if (exhibit != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-exhibit", "s",
                                vtr_exhibit_get_id (exhibit));
}

static void
category_toggled_cb (VtrGalleryPage  *self,
                     GtkToggleButton *toggle)
{
  /* Turning one toggle on turns the previous one off; only the one turned on matters. */
  if (!gtk_toggle_button_get_active (toggle))
    return;

  vtr_gallery_page_set_category (self, g_object_get_data (G_OBJECT (toggle), CATEGORY_ID_KEY));
}

static void
sort_selected_cb (VtrGalleryPage *self,
                  GParamSpec     *pspec,
                  GtkDropDown    *dropdown)
{
  VtrExhibitSort sort = gtk_drop_down_get_selected (dropdown) == 1 ? VTR_EXHIBIT_SORT_TITLE
                                                                   : VTR_EXHIBIT_SORT_YEAR;

  if (sort == vtr_exhibit_query_get_sort (self->query))
    return;

  vtr_exhibit_query_set_sort (self->query, sort);
  scroll_to_top (self);
}

static void
results_changed_cb (VtrGalleryPage *self,
                    guint           position,
                    guint           removed,
                    guint           added,
                    GListModel     *model)
{
  update_empty_state (self);
}

static void
show_all_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  vtr_gallery_page_set_category (VTR_GALLERY_PAGE (widget), NULL);
}

static void
vtr_gallery_page_dispose (GObject *object)
{
  VtrGalleryPage *self = (VtrGalleryPage *)object;

  if (self->reveal_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->reveal_tick_id);
  self->reveal_tick_id = 0;
  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_GALLERY_PAGE);
  g_clear_object (&self->pack);
  g_clear_object (&self->query);

  G_OBJECT_CLASS (vtr_gallery_page_parent_class)->dispose (object);
}

static void
vtr_gallery_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VtrGalleryPage *self = VTR_GALLERY_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;

    case PROP_CATEGORY:
      g_value_set_string (value, vtr_gallery_page_get_category (self));
      break;

    case PROP_VISIBLE_EXHIBITS:
      g_value_set_object (value, vtr_gallery_page_get_visible_exhibits (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_gallery_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VtrGalleryPage *self = VTR_GALLERY_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      vtr_gallery_page_set_pack (self, g_value_get_object (value));
      break;

    case PROP_CATEGORY:
      vtr_gallery_page_set_category (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_gallery_page_class_init (VtrGalleryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_gallery_page_dispose;
  object_class->get_property = vtr_gallery_page_get_property;
  object_class->set_property = vtr_gallery_page_set_property;

  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, VTR_TYPE_PACK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * VtrGalleryPage:category:
   *
   * The id of the only category shown, or %NULL for all. An id that the pack does not have
   * shows all categories.
   */
  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * VtrGalleryPage:visible-exhibits:
   *
   * The exhibits shown, filtered and in order, for stepping through them elsewhere. The
   * model is the same object for the life of the page.
   */
  properties[PROP_VISIBLE_EXHIBITS] =
    g_param_spec_object ("visible-exhibits", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vtr-gallery-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrGalleryPage, chip_scroller);
  gtk_widget_class_bind_template_child (widget_class, VtrGalleryPage, chip_box);
  gtk_widget_class_bind_template_child (widget_class, VtrGalleryPage, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VtrGalleryPage, stack);
  gtk_widget_class_bind_template_child (widget_class, VtrGalleryPage, grid_scroller);
  gtk_widget_class_bind_template_child (widget_class, VtrGalleryPage, grid_view);
  gtk_widget_class_bind_template_child (widget_class, VtrGalleryPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, VtrGalleryPage, show_all_button);
  gtk_widget_class_bind_template_callback (widget_class, setup_card_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_card_cb);
  gtk_widget_class_bind_template_callback (widget_class, unbind_card_cb);
  gtk_widget_class_bind_template_callback (widget_class, card_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, sort_selected_cb);

  gtk_widget_class_install_action (widget_class, "gallery.show-all", NULL, show_all_action);

  g_type_ensure (VTR_TYPE_EXHIBIT_CARD);
}

static void
vtr_gallery_page_init (VtrGalleryPage *self)
{
  GListModel *results;
  g_autoptr(GtkNoSelection) selection = NULL;

  self->query = vtr_exhibit_query_new ();
  results = vtr_exhibit_query_get_model (self->query);

  gtk_widget_init_template (GTK_WIDGET (self));

  selection = gtk_no_selection_new (g_object_ref (results));
  gtk_grid_view_set_model (self->grid_view, GTK_SELECTION_MODEL (selection));
  g_signal_connect_object (results, "items-changed", G_CALLBACK (results_changed_cb), self,
                           G_CONNECT_SWAPPED);

  rebuild_toggles (self);
  update_empty_state (self);
}

GtkWidget *
vtr_gallery_page_new (void)
{
  return g_object_new (VTR_TYPE_GALLERY_PAGE, NULL);
}

/**
 * vtr_gallery_page_get_pack:
 *
 * Returns: (transfer none) (nullable): the pack whose exhibits are shown
 */
VtrPack *
vtr_gallery_page_get_pack (VtrGalleryPage *self)
{
  g_return_val_if_fail (VTR_IS_GALLERY_PAGE (self), NULL);

  return self->pack;
}

void
vtr_gallery_page_set_pack (VtrGalleryPage *self,
                           VtrPack        *pack)
{
  const char *category;

  g_return_if_fail (VTR_IS_GALLERY_PAGE (self));
  g_return_if_fail (pack == NULL || VTR_IS_PACK (pack));

  if (!g_set_object (&self->pack, pack))
    return;

  g_object_freeze_notify (G_OBJECT (self));

  /* A category of the previous pack means nothing in this one. */
  category = vtr_exhibit_query_get_category (self->query);
  if (category != NULL && (pack == NULL || vtr_pack_find_category (pack, category) == NULL))
    vtr_gallery_page_set_category (self, NULL);

  vtr_exhibit_query_set_exhibits (self->query, pack != NULL ? vtr_pack_get_exhibits (pack)
                                                            : NULL);
  rebuild_toggles (self);
  update_empty_state (self);
  scroll_to_top (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * vtr_gallery_page_get_category:
 *
 * Returns: (nullable): the id of the only category shown, or %NULL for all
 */
const char *
vtr_gallery_page_get_category (VtrGalleryPage *self)
{
  g_return_val_if_fail (VTR_IS_GALLERY_PAGE (self), NULL);

  return vtr_exhibit_query_get_category (self->query);
}

/**
 * vtr_gallery_page_set_category:
 * @category_id: (nullable): the id of the only category to show, or %NULL for all
 */
void
vtr_gallery_page_set_category (VtrGalleryPage *self,
                               const char     *category_id)
{
  g_return_if_fail (VTR_IS_GALLERY_PAGE (self));

  if (category_id != NULL && self->pack != NULL &&
      vtr_pack_find_category (self->pack, category_id) == NULL)
    category_id = NULL;

  if (g_strcmp0 (category_id, vtr_exhibit_query_get_category (self->query)) == 0)
    return;

  vtr_exhibit_query_set_category (self->query, category_id);
  sync_toggles (self);
  update_empty_state (self);
  scroll_to_top (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

/**
 * vtr_gallery_page_get_visible_exhibits:
 *
 * Returns: (transfer none): the exhibits shown, in the order shown
 */
GListModel *
vtr_gallery_page_get_visible_exhibits (VtrGalleryPage *self)
{
  g_return_val_if_fail (VTR_IS_GALLERY_PAGE (self), NULL);

  return vtr_exhibit_query_get_model (self->query);
}

/**
 * vtr_gallery_page_reset:
 *
 * Shows all categories in the default order from the top, as a new visitor should find the
 * gallery.
 */
void
vtr_gallery_page_reset (VtrGalleryPage *self)
{
  g_return_if_fail (VTR_IS_GALLERY_PAGE (self));

  vtr_gallery_page_set_category (self, NULL);
  gtk_drop_down_set_selected (self->sort_dropdown, 0);
  scroll_to_top (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_hadjustment (self->chip_scroller), 0);
}

/**
 * vtr_gallery_page_siblings_for:
 * @gallery: (nullable): the window's gallery, if it has been built
 * @pack: the pack @exhibit belongs to
 * @exhibit: an exhibit of @pack
 *
 * The exhibits that Previous and Next step through from @exhibit: the gallery's, in its order
 * and with its filter, when @exhibit is among them, and otherwise all of the pack's in the
 * order a gallery shows them before a visitor changes anything, as a gallery not built yet
 * would.
 *
 * Returns: (transfer none): the exhibits around @exhibit
 */
GListModel *
vtr_gallery_page_siblings_for (VtrGalleryPage *gallery,
                               VtrPack        *pack,
                               VtrExhibit     *exhibit)
{
  GListModel *visible;
  VtrExhibitQuery *default_order;

  g_return_val_if_fail (gallery == NULL || VTR_IS_GALLERY_PAGE (gallery), NULL);
  g_return_val_if_fail (VTR_IS_PACK (pack), NULL);

  visible = gallery != NULL ? vtr_gallery_page_get_visible_exhibits (gallery) : NULL;
  for (guint i = 0; visible != NULL && i < g_list_model_get_n_items (visible); i++)
    {
      g_autoptr(VtrExhibit) item = g_list_model_get_item (visible, i);

      if (item == exhibit)
        return visible;
    }

  /* Sorted once per pack, and kept with it for every window that asks. */
  default_order = g_object_get_data (G_OBJECT (pack), "vtr-gallery-default-order");
  if (default_order == NULL)
    {
      default_order = vtr_exhibit_query_new ();
      vtr_exhibit_query_set_exhibits (default_order, vtr_pack_get_exhibits (pack));
      g_object_set_data_full (G_OBJECT (pack), "vtr-gallery-default-order", default_order,
                              g_object_unref);
    }

  return vtr_exhibit_query_get_model (default_order);
}
