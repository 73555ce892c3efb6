/* vtr-overview-page.c
 *
 * The landing view. Figures, tours and categories are small sets that a curator keeps short,
 * so they are flow boxes bound to the pack's models rather than recycling list views.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-category-chip.h"
#include "vtr-date.h"
#include "vtr-figure-tile.h"
#include "vtr-overview-page.h"
#include "vtr-thumbnail-loader.h"
#include "vtr-tour-summary.h"

struct _VtrOverviewPage
{
  AdwBin             parent_instance;

  VtrPack           *pack;
  GHashTable        *exhibits_per_category;
  char              *figure_to_focus;
  guint              focus_tick_id;
  gboolean           focus_grabbed;

  GtkScrolledWindow *scroller;
  GtkWidget         *content;
  GtkOverlay        *hero;
  GtkPicture        *hero_picture;
  GtkWidget         *hero_text;
  GCancellable      *hero_cancellable;
  GtkLabel          *title_label;
  GtkLabel          *description_label;
  GtkWidget         *figures_section;
  GtkFlowBox        *figures_box;
  GtkWidget         *timeline_button;
  GtkLabel          *timeline_label;
  GtkWidget         *exhibits_button;
  GtkLabel          *exhibits_label;
  GtkWidget         *tours_section;
  GtkFlowBox        *tours_box;
  GtkWidget         *categories_section;
  GtkFlowBox        *categories_box;
};

enum {
  PROP_0,
  PROP_PACK,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrOverviewPage, vtr_overview_page, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static GListModel *
pack_list (VtrOverviewPage *self,
           GListModel      *(*getter) (VtrPack *))
{
  return self->pack != NULL ? getter (self->pack) : NULL;
}

static guint
count_items (GListModel *model)
{
  return model != NULL ? g_list_model_get_n_items (model) : 0;
}

static GtkWidget *
new_tile (GtkWidget  *content,
          const char *accessible_label)
{
  GtkWidget *child = gtk_flow_box_child_new ();

  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), content);
  gtk_widget_add_css_class (child, "card");
  gtk_widget_add_css_class (child, "activatable");
  gtk_widget_add_css_class (child, "overview-tile");
  gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);

  return child;
}

static GtkWidget *
new_wrapping_label (const char *text,
                    const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* A flow box puts as many children on a line as fit at their natural width; without a
   * limit, a long label would ask for a line of its own. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
create_figure_tile_cb (gpointer item,
                       gpointer user_data)
{
  GtkWidget *tile = vtr_figure_tile_new ();
  g_autofree char *accessible = vtr_figure_tile_dup_accessible_text (VTR_FIGURE (item));

  vtr_figure_tile_set_figure (VTR_FIGURE_TILE (tile), VTR_FIGURE (item));

  return new_tile (tile, accessible);
}

static GtkWidget *
create_tour_tile_cb (gpointer item,
                     gpointer user_data)
{
  VtrTour *tour = VTR_TOUR (item);
  const char *description = vtr_tour_get_description (tour);
  g_autofree char *summary = vtr_tour_summary_describe (tour);
  g_autofree char *accessible = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "icon-name", "view-list-ordered-symbolic",
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  "valign", GTK_ALIGN_START,
                                  NULL);

  gtk_box_append (GTK_BOX (heading), icon);
  gtk_box_append (GTK_BOX (heading), new_wrapping_label (vtr_tour_get_title (tour), "heading"));
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), new_wrapping_label (summary, "dim-label"));

  if (description != NULL && *description != '\0')
    {
      GtkWidget *label = new_wrapping_label (description, NULL);

      /* The tour page shows the whole description; three lines are enough to choose. */
      gtk_label_set_lines (GTK_LABEL (label), 3);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_margin_top (label, 4);
      gtk_box_append (GTK_BOX (box), label);
    }

  /* Translators: how a screen reader names a tour: its title, then its size, as in
   * "Ten years in ten minutes, 16 stops · 10 minutes". */
  accessible = g_strdup_printf (C_("tour tile", "%1$s, %2$s"), vtr_tour_get_title (tour),
                                summary);

  return new_tile (box, accessible);
}

static GtkWidget *
create_category_tile_cb (gpointer item,
                         gpointer user_data)
{
  VtrOverviewPage *self = VTR_OVERVIEW_PAGE (user_data);
  VtrCategory *category = VTR_CATEGORY (item);
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (self->exhibits_per_category,
                                                       vtr_category_get_id (category)));
  g_autofree char *count_text = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *chip = vtr_category_chip_new ();

  vtr_category_chip_set_category (VTR_CATEGORY_CHIP (chip), category);
  gtk_widget_set_halign (chip, GTK_ALIGN_START);
  count_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u exhibit", "%u exhibits",
                                             count), count);
  gtk_box_append (GTK_BOX (box), chip);
  gtk_box_append (GTK_BOX (box), new_wrapping_label (count_text, "dim-label"));

  /* Translators: how a screen reader names a category: its name and how many exhibits it
   * has, as in "Networks, 4 exhibits". */
  accessible = g_strdup_printf (C_("category tile", "%1$s, %2$s"),
                                vtr_category_get_name (category), count_text);

  return new_tile (box, accessible);
}

static void
count_exhibits_per_category (VtrOverviewPage *self)
{
  GListModel *exhibits = pack_list (self, vtr_pack_get_exhibits);

  g_hash_table_remove_all (self->exhibits_per_category);

  for (guint i = 0; i < count_items (exhibits); i++)
    {
      g_autoptr(VtrExhibit) exhibit = g_list_model_get_item (exhibits, i);
      VtrCategory *category = vtr_exhibit_get_category (exhibit);
      const char *id;
      guint count;

      if (category == NULL)
        continue;

      id = vtr_category_get_id (category);
      count = GPOINTER_TO_UINT (g_hash_table_lookup (self->exhibits_per_category, id));
      g_hash_table_insert (self->exhibits_per_category, g_strdup (id),
                           GUINT_TO_POINTER (count + 1));
    }
}

/* The largest picture in the app, and the slowest to decode. A window rebuilt for a language
 * switch takes it from the shared texture cache instead of decoding it again. The first time,
 * it is decoded as before, and a worker thread fills the cache for the next window. */
#define HERO_WIDTH 1280

static void
hero_loaded_cb (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(VtrOverviewPage) self = user_data;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  texture = vtr_thumbnail_load_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (texture == NULL)
    g_message ("Cannot show the overview picture: %s", error->message);

  gtk_picture_set_paintable (self->hero_picture, GDK_PAINTABLE (texture));
}

static void
show_hero_picture (VtrOverviewPage *self,
                   GFile           *file)
{
  GdkTexture *texture;

  g_cancellable_cancel (self->hero_cancellable);
  g_clear_object (&self->hero_cancellable);

  texture = file != NULL ? vtr_thumbnail_lookup (file, HERO_WIDTH) : NULL;
  gtk_picture_set_paintable (self->hero_picture, GDK_PAINTABLE (texture));
  if (file == NULL || texture != NULL)
    return;

  /* Decoded on a worker thread, not before the window's first frame: an illustrated SVG as
   * wide as the hero took librsvg about 165 M instructions on the main thread
   * (docs/performance.md). The picture shows when it is ready. */
  self->hero_cancellable = g_cancellable_new ();
  vtr_thumbnail_load_async (file, HERO_WIDTH, self->hero_cancellable, hero_loaded_cb,
                            g_object_ref (self));
}

static void
update_hero (VtrOverviewPage *self)
{
  VtrImage *image = self->pack != NULL ? vtr_pack_get_hero (self->pack) : NULL;
  GListModel *exhibits = pack_list (self, vtr_pack_get_exhibits);
  g_autoptr(VtrExhibit) first = NULL;

  /* Without a hero picture, the first exhibit's picture stands in: it is the one the curator
   * put first, and a pack's pictures share a style. */
  if (image == NULL && count_items (exhibits) > 0)
    {
      first = g_list_model_get_item (exhibits, 0);
      image = vtr_exhibit_get_image (first);
    }

  show_hero_picture (self, image != NULL ? vtr_image_get_file (image) : NULL);
  gtk_picture_set_alternative_text (self->hero_picture,
                                    image != NULL ? vtr_image_get_alt (image) : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->hero_picture), image != NULL);

  if (image != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->hero), "plain");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->hero), "plain");

  gtk_label_set_text (self->title_label, self->pack != NULL ? vtr_pack_get_title (self->pack)
                                                            : "");
  gtk_label_set_text (self->description_label,
                      self->pack != NULL ? vtr_pack_get_description (self->pack) : "");
}

static char *
describe_timeline (VtrOverviewPage *self)
{
  GListModel *events = pack_list (self, vtr_pack_get_events);
  guint n_events = count_items (events);
  g_autoptr(VtrEvent) first = NULL;
  g_autoptr(VtrEvent) last = NULL;
  g_autofree char *count = NULL;
  VtrDate start, end;

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", n_events),
                           n_events);
  if (n_events == 0)
    return g_steal_pointer (&count);

  /* The pack keeps its events in date order, so the first and last give the span. */
  first = g_list_model_get_item (events, 0);
  last = g_list_model_get_item (events, n_events - 1);
  if (vtr_date_parse (vtr_event_get_date (first), &start) != VTR_DATE_PARSE_OK ||
      vtr_date_parse (vtr_event_get_date (last), &end) != VTR_DATE_PARSE_OK)
    return g_steal_pointer (&count);

  if (start.year == end.year)
    /* Translators: the size of the timeline: the number of events, then their year, as in
     * "3 events, 2014". */
    return g_strdup_printf (C_("timeline summary", "%1$s, %2$u"), count, start.year);

  /* Translators: the size of the timeline: the number of events, then the years they span,
   * as in "48 events, 2014–2023". */
  return g_strdup_printf (C_("timeline summary", "%1$s, %2$u–%3$u"), count, start.year,
                          end.year);
}

static char *
describe_exhibits (VtrOverviewPage *self)
{
  guint n_exhibits = count_items (pack_list (self, vtr_pack_get_exhibits));
  guint n_categories = count_items (pack_list (self, vtr_pack_get_categories));
  g_autofree char *exhibits = NULL;
  g_autofree char *categories = NULL;

  exhibits = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u exhibit", "%u exhibits",
                                           n_exhibits), n_exhibits);
  categories = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u category", "%u categories",
                                             n_categories), n_categories);

  /* Translators: the size of the gallery, as in "33 exhibits in 7 categories". */
  return g_strdup_printf (C_("gallery summary", "%1$s in %2$s"), exhibits, categories);
}

static void
update_entry_buttons (VtrOverviewPage *self)
{
  g_autofree char *timeline = describe_timeline (self);
  g_autofree char *exhibits = describe_exhibits (self);

  gtk_label_set_text (self->timeline_label, timeline);
  gtk_label_set_text (self->exhibits_label, exhibits);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->timeline_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, timeline,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->exhibits_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("All Exhibits"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, exhibits,
                                  -1);
}

static void
update (VtrOverviewPage *self)
{
  GListModel *figures = pack_list (self, vtr_pack_get_figures);
  GListModel *tours = pack_list (self, vtr_pack_get_tours);
  GListModel *categories = pack_list (self, vtr_pack_get_categories);

  count_exhibits_per_category (self);
  update_hero (self);
  update_entry_buttons (self);

  gtk_flow_box_bind_model (self->figures_box, figures, create_figure_tile_cb, self, NULL);
  gtk_flow_box_bind_model (self->tours_box, tours, create_tour_tile_cb, self, NULL);
  gtk_flow_box_bind_model (self->categories_box, categories, create_category_tile_cb, self,
                           NULL);

  gtk_widget_set_visible (self->figures_section, count_items (figures) > 0);
  gtk_widget_set_visible (self->tours_section, count_items (tours) > 0);
  gtk_widget_set_visible (self->categories_section, count_items (categories) > 0);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/* Flow box children are made in the model's order, so a child's index is its item's. */
static gpointer
dup_item_of_child (GListModel      *model,
                   GtkFlowBoxChild *child)
{
  return model != NULL ? g_list_model_get_item (model, gtk_flow_box_child_get_index (child))
                       : NULL;
}

static gboolean
focus_figure_tick_cb (GtkWidget     *widget,
                      GdkFrameClock *frame_clock,
                      gpointer       user_data)
{
  VtrOverviewPage *self = VTR_OVERVIEW_PAGE (widget);
  GListModel *figures = pack_list (self, vtr_pack_get_figures);
  GtkFlowBoxChild *tile = NULL;
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;

  for (guint i = 0; self->figure_to_focus != NULL && i < count_items (figures); i++)
    {
      g_autoptr(VtrFigure) figure = g_list_model_get_item (figures, i);

      if (g_strcmp0 (vtr_figure_get_id (figure), self->figure_to_focus) == 0)
        {
          tile = gtk_flow_box_get_child_at_index (self->figures_box, i);
          break;
        }
    }

  if (tile == NULL)
    {
      g_clear_pointer (&self->figure_to_focus, g_free);
      self->focus_tick_id = 0;
      return G_SOURCE_REMOVE;
    }

  /* Focus can move at once, but the tile's place is only known once the page has been laid
   * out, which has happened by the next frame. */
  if (!self->focus_grabbed)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      if (GTK_IS_WINDOW (root))
        gtk_window_set_focus_visible (GTK_WINDOW (root), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (tile));
      self->focus_grabbed = TRUE;
      return G_SOURCE_CONTINUE;
    }

  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  if (gtk_widget_compute_bounds (GTK_WIDGET (tile), self->content, &bounds))
    gtk_adjustment_set_value (adjustment,
                              bounds.origin.y + bounds.size.height / 2 -
                              gtk_adjustment_get_page_size (adjustment) / 2);

  g_clear_pointer (&self->figure_to_focus, g_free);
  self->focus_tick_id = 0;
  return G_SOURCE_REMOVE;
}

static void
schedule_figure_focus (VtrOverviewPage *self)
{
  if (self->figure_to_focus == NULL || self->focus_tick_id != 0 ||
      !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  self->focus_grabbed = FALSE;
  self->focus_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_figure_tick_cb,
                                                      NULL, NULL);
}

static void
cancel_figure_focus (VtrOverviewPage *self)
{
  if (self->focus_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->focus_tick_id);
  self->focus_tick_id = 0;
}

static void
figure_activated_cb (VtrOverviewPage *self,
                     GtkFlowBoxChild *child,
                     GtkFlowBox      *box)
{
  g_autoptr(VtrFigure) figure = dup_item_of_child (pack_list (self, vtr_pack_get_figures),
                                                   child);

  if (figure != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-figure", "s",
                                vtr_figure_get_id (figure));
}

static void
tour_activated_cb (VtrOverviewPage *self,
                   GtkFlowBoxChild *child,
                   GtkFlowBox      *box)
{
  g_autoptr(VtrTour) tour = dup_item_of_child (pack_list (self, vtr_pack_get_tours), child);

  if (tour != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-tour", "s",
                                vtr_tour_get_id (tour));
}

static void
category_activated_cb (VtrOverviewPage *self,
                       GtkFlowBoxChild *child,
                       GtkFlowBox      *box)
{
  g_autoptr(VtrCategory) category =
    dup_item_of_child (pack_list (self, vtr_pack_get_categories), child);

  if (category != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-category", "s",
                                vtr_category_get_id (category));
}

static void
vtr_overview_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (vtr_overview_page_parent_class)->map (widget);

  schedule_figure_focus (VTR_OVERVIEW_PAGE (widget));
}

static void
vtr_overview_page_unmap (GtkWidget *widget)
{
  cancel_figure_focus (VTR_OVERVIEW_PAGE (widget));

  GTK_WIDGET_CLASS (vtr_overview_page_parent_class)->unmap (widget);
}

static void
vtr_overview_page_dispose (GObject *object)
{
  VtrOverviewPage *self = (VtrOverviewPage *)object;

  g_cancellable_cancel (self->hero_cancellable);
  g_clear_object (&self->hero_cancellable);
  cancel_figure_focus (self);
  /* The bin's child is a template child: taking it out through the bin keeps the bin from
   * unparenting it a second time. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_OVERVIEW_PAGE);
  g_clear_object (&self->pack);

  G_OBJECT_CLASS (vtr_overview_page_parent_class)->dispose (object);
}

static void
vtr_overview_page_finalize (GObject *object)
{
  VtrOverviewPage *self = (VtrOverviewPage *)object;

  g_clear_pointer (&self->exhibits_per_category, g_hash_table_unref);
  g_clear_pointer (&self->figure_to_focus, g_free);

  G_OBJECT_CLASS (vtr_overview_page_parent_class)->finalize (object);
}

static void
vtr_overview_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VtrOverviewPage *self = VTR_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_overview_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  VtrOverviewPage *self = VTR_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      vtr_overview_page_set_pack (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_overview_page_class_init (VtrOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_overview_page_dispose;
  object_class->finalize = vtr_overview_page_finalize;
  object_class->get_property = vtr_overview_page_get_property;
  object_class->set_property = vtr_overview_page_set_property;

  widget_class->map = vtr_overview_page_map;
  widget_class->unmap = vtr_overview_page_unmap;

  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, VTR_TYPE_PACK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vtr-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrOverviewPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, VtrOverviewPage, content);
  gtk_widget_class_bind_template_child (widget_class, VtrOverviewPage, hero);
  gtk_widget_class_bind_template_child (widget_class, VtrOverviewPage, hero_picture);
  gtk_widget_class_bind_template_child (widget_class, VtrOverviewPage, hero_text);
  gtk_widget_class_bind_template_child (widget_class, VtrOverviewPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, VtrOverviewPage, description_label);
  gtk_widget_class_bind_template_child (widget_class, VtrOverviewPage, figures_section);
  gtk_widget_class_bind_template_child (widget_class, VtrOverviewPage, figures_box);
  gtk_widget_class_bind_template_child (widget_class, VtrOverviewPage, timeline_button);
  gtk_widget_class_bind_template_child (widget_class, VtrOverviewPage, timeline_label);
  gtk_widget_class_bind_template_child (widget_class, VtrOverviewPage, exhibits_button);
  gtk_widget_class_bind_template_child (widget_class, VtrOverviewPage, exhibits_label);
  gtk_widget_class_bind_template_child (widget_class, VtrOverviewPage, tours_section);
  gtk_widget_class_bind_template_child (widget_class, VtrOverviewPage, tours_box);
  gtk_widget_class_bind_template_child (widget_class, VtrOverviewPage, categories_section);
  gtk_widget_class_bind_template_child (widget_class, VtrOverviewPage, categories_box);
  gtk_widget_class_bind_template_callback (widget_class, figure_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, tour_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, category_activated_cb);
}

static void
vtr_overview_page_init (VtrOverviewPage *self)
{
  self->exhibits_per_category = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The text decides the hero's height when it needs more room than the picture's minimum,
   * as on a narrow window. */
  gtk_overlay_set_measure_overlay (self->hero, self->hero_text, TRUE);

  update (self);
}

GtkWidget *
vtr_overview_page_new (void)
{
  return g_object_new (VTR_TYPE_OVERVIEW_PAGE, NULL);
}

/**
 * vtr_overview_page_get_pack:
 *
 * Returns: (transfer none) (nullable): the pack shown
 */
VtrPack *
vtr_overview_page_get_pack (VtrOverviewPage *self)
{
  g_return_val_if_fail (VTR_IS_OVERVIEW_PAGE (self), NULL);

  return self->pack;
}

void
vtr_overview_page_set_pack (VtrOverviewPage *self,
                            VtrPack         *pack)
{
  g_return_if_fail (VTR_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (pack == NULL || VTR_IS_PACK (pack));

  if (!g_set_object (&self->pack, pack))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
}

/**
 * vtr_overview_page_focus_figure:
 * @id: the id of a key figure of the pack
 *
 * Scrolls to the figure's tile and moves the keyboard focus to it, now if the page is showing
 * or else as soon as it shows.
 */
void
vtr_overview_page_focus_figure (VtrOverviewPage *self,
                                const char      *id)
{
  g_return_if_fail (VTR_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (id != NULL);

  cancel_figure_focus (self);
  g_free (self->figure_to_focus);
  self->figure_to_focus = g_strdup (id);
  schedule_figure_focus (self);
}
