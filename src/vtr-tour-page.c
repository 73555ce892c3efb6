/* vtr-tour-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-tour-page.h"
#include "vtr-tour-stop-row.h"
#include "vtr-tour-summary.h"

struct _VtrTourPage
{
  AdwBin             parent_instance;

  VtrPack           *pack;
  VtrTour           *tour;

  GtkScrolledWindow *scroller;
  GtkListView       *stops_view;
};

enum {
  PROP_0,
  PROP_PACK,
  PROP_TOUR,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrTourPage, vtr_tour_page, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
create_header (VtrTour *tour)
{
  const char *description = vtr_tour_get_description (tour);
  g_autofree char *summary = vtr_tour_summary_describe (tour);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *summary_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *clock = g_object_new (GTK_TYPE_IMAGE,
                                   "icon-name", "preferences-system-time-symbolic",
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);
  GtkWidget *stops_heading = new_label (_("Stops"), "title-4");
  GtkWidget *present;

  gtk_widget_add_css_class (header, "tour-header");
  gtk_box_append (GTK_BOX (header), new_label (vtr_tour_get_title (tour), "title-1"));

  gtk_widget_add_css_class (clock, "dim-label");
  gtk_box_append (GTK_BOX (summary_box), clock);
  gtk_box_append (GTK_BOX (summary_box), new_label (summary, "dim-label"));
  gtk_box_append (GTK_BOX (header), summary_box);

  if (description != NULL && *description != '\0')
    gtk_box_append (GTK_BOX (header), new_label (description, "body"));

  /* Presenter mode takes the tour to a stage screen; see docs/presenting.md. */
  present = gtk_button_new_with_mnemonic (_("_Present"));
  gtk_widget_set_tooltip_text (present, _("Present this tour on a stage screen, with a "
                                          "presenter console"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (present), "app.present");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (present), "s", vtr_tour_get_id (tour));
  gtk_widget_set_halign (present, GTK_ALIGN_START);
  gtk_widget_add_css_class (present, "pill");
  gtk_widget_add_css_class (present, "suggested-action");
  gtk_box_append (GTK_BOX (header), present);

  gtk_widget_set_margin_top (stops_heading, 12);
  gtk_box_append (GTK_BOX (header), stops_heading);

  return header;
}

/* The list shows the tour itself first, as the heading of its stops, so that the heading
 * scrolls with them while the stops stay in a recycling list view. */
static void
update (VtrTourPage *self)
{
  g_autoptr(GListStore) parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GListStore) heading = g_list_store_new (VTR_TYPE_TOUR);
  g_autoptr(GtkNoSelection) selection = NULL;

  if (self->tour != NULL)
    {
      g_list_store_append (heading, self->tour);
      g_list_store_append (parts, heading);
      g_list_store_append (parts, vtr_tour_get_stops (self->tour));
    }

  /* A new model, even for the same stops, rebinds every row, so that rows look their targets
   * up again in a pack that has just changed. */
  selection = gtk_no_selection_new (G_LIST_MODEL (gtk_flatten_list_model_new (
                                      G_LIST_MODEL (g_steal_pointer (&parts)))));
  gtk_list_view_set_model (self->stops_view, GTK_SELECTION_MODEL (selection));

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              VtrTourPage              *self)
{
  GObject *object = gtk_list_item_get_item (item);
  GtkWidget *child = gtk_list_item_get_child (item);
  GListModel *stops;

  if (VTR_IS_TOUR (object))
    {
      gtk_list_item_set_activatable (item, FALSE);
      gtk_list_item_set_child (item, create_header (VTR_TOUR (object)));
      return;
    }

  if (!VTR_IS_TOUR_STOP_ROW (child))
    {
      child = vtr_tour_stop_row_new ();
      gtk_list_item_set_child (item, child);
    }

  /* The tour comes first, so a stop's place in the tour is one less than in the list. */
  stops = self->tour != NULL ? vtr_tour_get_stops (self->tour) : NULL;
  gtk_list_item_set_activatable (item, TRUE);
  vtr_tour_stop_row_bind (VTR_TOUR_STOP_ROW (child), self->pack, VTR_TOUR_STOP (object),
                          gtk_list_item_get_position (item) - 1,
                          stops != NULL ? g_list_model_get_n_items (stops) : 0);
}

static void
unbind_item_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                VtrTourPage              *self)
{
  GtkWidget *child = gtk_list_item_get_child (item);

  if (VTR_IS_TOUR_STOP_ROW (child))
    vtr_tour_stop_row_bind (VTR_TOUR_STOP_ROW (child), NULL, NULL, 0, 0);
}

static void
item_activated_cb (VtrTourPage *self,
                   guint        position,
                   GtkListView *view)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (view));
  g_autoptr(GObject) object = g_list_model_get_item (model, position);
  VtrTourStop *stop;
  const char *action;

  if (!VTR_IS_TOUR_STOP (object))
    return;

  stop = VTR_TOUR_STOP (object);
  switch (vtr_tour_stop_get_kind (stop))
    {
    case VTR_STOP_KIND_EVENT:
      action = "win.show-event";
      break;

    case VTR_STOP_KIND_FIGURE:
      action = "win.show-figure";
      break;

    case VTR_STOP_KIND_EXHIBIT:
    default:
      action = "win.show-exhibit";
      break;
    }

  gtk_widget_activate_action (GTK_WIDGET (self), action, "s",
                              vtr_tour_stop_get_target_id (stop));
}

static void
vtr_tour_page_dispose (GObject *object)
{
  VtrTourPage *self = (VtrTourPage *)object;

  /* The bin's child is a template child: taking it out through the bin keeps the bin from
   * unparenting it a second time. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_TOUR_PAGE);
  g_clear_object (&self->pack);
  g_clear_object (&self->tour);

  G_OBJECT_CLASS (vtr_tour_page_parent_class)->dispose (object);
}

static void
vtr_tour_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  VtrTourPage *self = VTR_TOUR_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;

    case PROP_TOUR:
      g_value_set_object (value, self->tour);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_tour_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  VtrTourPage *self = VTR_TOUR_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      vtr_tour_page_set_pack (self, g_value_get_object (value));
      break;

    case PROP_TOUR:
      vtr_tour_page_set_tour (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_tour_page_class_init (VtrTourPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_tour_page_dispose;
  object_class->get_property = vtr_tour_page_get_property;
  object_class->set_property = vtr_tour_page_set_property;

  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, VTR_TYPE_PACK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TOUR] =
    g_param_spec_object ("tour", NULL, NULL, VTR_TYPE_TOUR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vtr-tour-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrTourPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, VtrTourPage, stops_view);
  gtk_widget_class_bind_template_callback (widget_class, bind_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, unbind_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, item_activated_cb);
}

static void
vtr_tour_page_init (VtrTourPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vtr_tour_page_new (void)
{
  return g_object_new (VTR_TYPE_TOUR_PAGE, NULL);
}

/**
 * vtr_tour_page_get_pack:
 *
 * Returns: (transfer none) (nullable): the pack in which the stops are looked up
 */
VtrPack *
vtr_tour_page_get_pack (VtrTourPage *self)
{
  g_return_val_if_fail (VTR_IS_TOUR_PAGE (self), NULL);

  return self->pack;
}

void
vtr_tour_page_set_pack (VtrTourPage *self,
                        VtrPack     *pack)
{
  g_return_if_fail (VTR_IS_TOUR_PAGE (self));
  g_return_if_fail (pack == NULL || VTR_IS_PACK (pack));

  if (!g_set_object (&self->pack, pack))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
}

/**
 * vtr_tour_page_get_tour:
 *
 * Returns: (transfer none) (nullable): the tour shown
 */
VtrTour *
vtr_tour_page_get_tour (VtrTourPage *self)
{
  g_return_val_if_fail (VTR_IS_TOUR_PAGE (self), NULL);

  return self->tour;
}

void
vtr_tour_page_set_tour (VtrTourPage *self,
                        VtrTour     *tour)
{
  g_return_if_fail (VTR_IS_TOUR_PAGE (self));
  g_return_if_fail (tour == NULL || VTR_IS_TOUR (tour));

  if (!g_set_object (&self->tour, tour))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOUR]);
}
