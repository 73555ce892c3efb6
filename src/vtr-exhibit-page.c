/* vtr-exhibit-page.c
 *
 * One exhibit in full: its picture, its story, its facts, where it sits on the timeline, what
 * is related and where the story comes from. The page never navigates by itself: links and
 * stepping activate the window's actions, and the window keeps the history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-category-button.h"
#include "vtr-exhibit-neighbour.h"
#include "vtr-exhibit-page.h"
#include "vtr-fact.h"
#include "vtr-focus.h"
#include "vtr-image-viewer.h"
#include "vtr-link-row.h"
#include "vtr-list-section.h"
#include "vtr-source-row.h"
#include "vtr-thumbnail-loader.h"

/* The picture is never taller than this, so that on a laptop screen the title and the start of
 * the text show below it without scrolling. */
#define IMAGE_MAX_HEIGHT 500

/* Nor wider than this, on a 4K screen, where it would otherwise dwarf the text. */
#define IMAGE_MAX_WIDTH 1200

/* The tightening threshold of the text's clamp in the template. */
#define TEXT_TIGHTENING 600

struct _VtrExhibitPage
{
  AdwBin             parent_instance;

  VtrPack           *pack;
  VtrExhibit        *exhibit;
  GListModel        *siblings;

  GListStore        *events;
  GListStore        *related;
  gboolean           focus_pending;

  AdwClamp          *image_clamp;
  GtkButton         *image_button;
  GtkPicture        *picture;
  GtkLabel          *title_label;
  GtkLabel          *exhibitor_label;
  VtrCategoryButton *category_button;
  GtkLabel          *year_label;
  GtkLabel          *summary_label;
  GtkBox            *body_box;
  VtrListSection    *facts_section;
  VtrListSection    *events_section;
  VtrListSection    *related_section;
  VtrListSection    *sources_section;
  GtkButton         *previous_button;
  GtkLabel          *previous_label;
  GtkButton         *next_button;
  GtkLabel          *next_label;
};

enum {
  PROP_0,
  PROP_PACK,
  PROP_EXHIBIT,
  PROP_SIBLINGS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrExhibitPage, vtr_exhibit_page, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static GtkWidget *
new_paragraph (const char *text)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* Content is plain text: set_text() never reads markup. */
  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* Not selectable: in GTK 4.8 a selectable label claims Tab focus even when it is not
   * focusable, which traps keyboard users; paragraphs must not be Tab stops. */

  return label;
}

static GtkWidget *
create_fact_row (gpointer item,
                 gpointer user_data)
{
  VtrFact *fact = VTR_FACT (item);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *value = gtk_label_new (NULL);
  g_autofree char *spoken = NULL;

  gtk_label_set_text (GTK_LABEL (label), vtr_fact_get_label (fact));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");

  gtk_label_set_text (GTK_LABEL (value), vtr_fact_get_value (fact));
  gtk_label_set_wrap (GTK_LABEL (value), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (value), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (value), 1);
  gtk_label_set_justify (GTK_LABEL (value), GTK_JUSTIFY_RIGHT);
  gtk_widget_set_hexpand (value, TRUE);

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), value);
  gtk_widget_add_css_class (box, "fact");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  /* Translators: a fact about an exhibit as a screen reader reads it, such as "Status:
   * Internet Standard"; %1$s is the label and %2$s the value. */
  spoken = g_strdup_printf (_("%1$s: %2$s"), vtr_fact_get_label (fact), vtr_fact_get_value (fact));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);

  return row;
}

static GtkWidget *
create_event_row (gpointer item,
                  gpointer user_data)
{
  return vtr_link_row_new_for_event (VTR_EVENT (item));
}

static GtkWidget *
create_related_row (gpointer item,
                    gpointer user_data)
{
  VtrExhibit *exhibit = VTR_EXHIBIT (item);
  VtrCategory *category = vtr_exhibit_get_category (exhibit);

  return vtr_link_row_new_for_exhibit (exhibit,
                                       category != NULL ? vtr_category_get_name (category)
                                                        : NULL);
}

static GListModel *
all_exhibits (VtrExhibitPage *self)
{
  return self->pack != NULL ? vtr_pack_get_exhibits (self->pack) : NULL;
}

static void
update_image (VtrExhibitPage *self)
{
  VtrImage *image = self->exhibit != NULL ? vtr_exhibit_get_image (self->exhibit) : NULL;
  const char *alt = image != NULL ? vtr_image_get_alt (image) : NULL;
  GdkPaintable *paintable;
  double aspect_ratio;
  int max_width = IMAGE_MAX_WIDTH;

  vtr_thumbnail_set_picture (self->picture, image != NULL ? vtr_image_get_file (image) : NULL,
                             VTR_PICTURE_MAX_WIDTH);
  gtk_picture_set_alternative_text (self->picture, alt);
  gtk_widget_set_visible (GTK_WIDGET (self->image_clamp), image != NULL);

  if (alt != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->image_button),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, alt,
                                    -1);

  /* Cap the height by capping the width at the image's shape: a wide picture may fill the
   * column, a tall one stays narrow, and the button around it is never wider than the image. */
  paintable = gtk_picture_get_paintable (self->picture);
  aspect_ratio = paintable != NULL ? gdk_paintable_get_intrinsic_aspect_ratio (paintable) : 0;
  if (aspect_ratio > 0)
    max_width = MIN (max_width, (int)(IMAGE_MAX_HEIGHT * aspect_ratio));

  /* Tighten like the text's clamp, so that a full-width picture lines up with the text. */
  adw_clamp_set_maximum_size (self->image_clamp, max_width);
  adw_clamp_set_tightening_threshold (self->image_clamp, MIN (max_width, TEXT_TIGHTENING));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exhibit.open-image", paintable != NULL);
}

static void
update_header (VtrExhibitPage *self)
{
  VtrCategory *category = self->exhibit != NULL ? vtr_exhibit_get_category (self->exhibit) : NULL;
  int year = self->exhibit != NULL ? vtr_exhibit_get_year (self->exhibit) : 0;
  g_autofree char *year_text = year > 0 ? g_strdup_printf ("%d", year) : NULL;

  gtk_label_set_text (self->title_label,
                      self->exhibit != NULL ? vtr_exhibit_get_title (self->exhibit) : "");
  gtk_label_set_text (self->exhibitor_label,
                      self->exhibit != NULL ? vtr_exhibit_get_exhibitor (self->exhibit) : "");

  vtr_category_button_set_category (self->category_button, category);

  gtk_label_set_text (self->year_label, year_text != NULL ? year_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->year_label), year_text != NULL);
}

static void
update_text (VtrExhibitPage *self)
{
  const char * const *body = self->exhibit != NULL ? vtr_exhibit_get_body (self->exhibit) : NULL;
  gboolean had_focus = vtr_focus_move_out_of (GTK_WIDGET (self->body_box));
  GtkWidget *child;

  gtk_label_set_text (self->summary_label,
                      self->exhibit != NULL ? vtr_exhibit_get_summary (self->exhibit) : "");

  /* An exhibit has a handful of paragraphs, so plain labels in a box are enough. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->body_box))) != NULL)
    gtk_box_remove (self->body_box, child);

  for (guint i = 0; body != NULL && body[i] != NULL; i++)
    gtk_box_append (self->body_box, new_paragraph (body[i]));
  if (had_focus)
    gtk_widget_child_focus (GTK_WIDGET (self->body_box), GTK_DIR_TAB_FORWARD);
}

static void
update_facts (VtrExhibitPage *self)
{
  GListModel *facts = self->exhibit != NULL ? vtr_exhibit_get_facts (self->exhibit) : NULL;

  vtr_list_section_bind_model (self->facts_section, facts, create_fact_row, NULL);
}

static void
update_links (VtrExhibitPage *self)
{
  const char * const *event_ids = NULL;
  const char * const *related_ids = NULL;
  g_autoptr(GPtrArray) events = g_ptr_array_new ();
  g_autoptr(GPtrArray) related = g_ptr_array_new ();

  if (self->exhibit != NULL && self->pack != NULL)
    {
      event_ids = vtr_exhibit_get_events (self->exhibit);
      related_ids = vtr_exhibit_get_related (self->exhibit);
    }

  /* A link that the pack cannot resolve is left out rather than shown broken. */
  for (guint i = 0; event_ids != NULL && event_ids[i] != NULL; i++)
    {
      VtrEvent *event = vtr_pack_find_event (self->pack, event_ids[i]);

      if (event != NULL)
        g_ptr_array_add (events, event);
    }

  for (guint i = 0; related_ids != NULL && related_ids[i] != NULL; i++)
    {
      VtrExhibit *exhibit = vtr_pack_find_exhibit (self->pack, related_ids[i]);

      if (exhibit != NULL && exhibit != self->exhibit)
        g_ptr_array_add (related, exhibit);
    }

  g_list_store_splice (self->events, 0, g_list_model_get_n_items (G_LIST_MODEL (self->events)),
                       events->pdata, events->len);
  g_list_store_splice (self->related, 0, g_list_model_get_n_items (G_LIST_MODEL (self->related)),
                       related->pdata, related->len);
}

static void
update_sources (VtrExhibitPage *self)
{
  GListModel *sources = self->exhibit != NULL ? vtr_exhibit_get_sources (self->exhibit) : NULL;

  vtr_list_section_bind_model (self->sources_section, sources, vtr_source_row_create, NULL);
}

static void
update_step_button (VtrExhibitPage *self,
                    GtkButton      *button,
                    GtkLabel       *label,
                    const char     *action_name,
                    int             step)
{
  g_autoptr(VtrExhibit) neighbour = vtr_exhibit_neighbour_in (self->siblings, all_exhibits (self),
                                                              self->exhibit, step);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), action_name, neighbour != NULL);
  gtk_widget_set_visible (GTK_WIDGET (button), neighbour != NULL);

  if (neighbour == NULL)
    return;

  gtk_label_set_text (label, vtr_exhibit_get_title (neighbour));
  gtk_widget_set_tooltip_text (GTK_WIDGET (button), vtr_exhibit_get_title (neighbour));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  vtr_exhibit_get_title (neighbour),
                                  -1);
}

static void
update_stepping (VtrExhibitPage *self)
{
  update_step_button (self, self->previous_button, self->previous_label, "exhibit.previous", -1);
  update_step_button (self, self->next_button, self->next_label, "exhibit.next", 1);
}

static void
update (VtrExhibitPage *self)
{
  update_image (self);
  update_header (self);
  update_text (self);
  update_facts (self);
  update_links (self);
  update_sources (self);
  update_stepping (self);
}

static void
focus_start (VtrExhibitPage *self)
{
  self->focus_pending = FALSE;

  if (gtk_widget_get_visible (GTK_WIDGET (self->image_clamp))
      && gtk_widget_is_sensitive (GTK_WIDGET (self->image_button))
      && gtk_widget_grab_focus (GTK_WIDGET (self->image_button)))
    return;

  /* Without a picture to open, the first control of the page will do. */
  gtk_widget_child_focus (adw_bin_get_child (ADW_BIN (self)), GTK_DIR_TAB_FORWARD);
}

/* Keyboard and screen reader users land at the start of a new exhibit, not wherever the
 * previous one left them. */
static void
return_to_start (VtrExhibitPage *self)
{
  GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (adw_bin_get_child (ADW_BIN (self)));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));

  /* A page that is not on screen yet takes the focus when it gets there. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    focus_start (self);
  else
    self->focus_pending = TRUE;
}

static gboolean
step (VtrExhibitPage *self,
      int             direction)
{
  g_autoptr(VtrExhibit) neighbour = vtr_exhibit_neighbour_in (self->siblings, all_exhibits (self),
                                                              self->exhibit, direction);

  if (neighbour == NULL)
    return FALSE;

  /* The window replaces the history entry, so Back leaves the exhibits rather than retracing
   * every step. */
  gtk_widget_activate_action (GTK_WIDGET (self), "win.replace-exhibit", "s",
                              vtr_exhibit_get_id (neighbour));

  return TRUE;
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  step (VTR_EXHIBIT_PAGE (widget), g_str_equal (action_name, "exhibit.next") ? 1 : -1);
}

static void
open_image_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  VtrExhibitPage *self = VTR_EXHIBIT_PAGE (widget);
  GdkPaintable *paintable = gtk_picture_get_paintable (self->picture);

  if (paintable == NULL)
    return;

  vtr_image_viewer_open (widget, paintable, gtk_picture_get_alternative_text (self->picture));
}

static gboolean
key_pressed_cb (VtrExhibitPage        *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean right_to_left = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  int direction;

  /* Arrows move the cursor in text fields. */
  if (focus != NULL && GTK_IS_EDITABLE (focus))
    return GDK_EVENT_PROPAGATE;

  direction = vtr_exhibit_neighbour_step_for_key (keyval, state, right_to_left);
  if (direction == 0)
    return GDK_EVENT_PROPAGATE;

  return step (self, direction) ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;
}

static void
swipe_update_cb (VtrExhibitPage   *self,
                 GdkEventSequence *sequence,
                 GtkGesture       *gesture)
{
  double velocity_x, velocity_y;

  /* Once the movement is a swipe, take it from the widgets under it, so that a swipe across
   * the picture does not also open it, nor one across a row follow its link. */
  if (gtk_gesture_swipe_get_velocity (GTK_GESTURE_SWIPE (gesture), &velocity_x, &velocity_y)
      && vtr_exhibit_neighbour_step_for_swipe (velocity_x, velocity_y, FALSE) != 0)
    gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
swipe_cb (VtrExhibitPage  *self,
          double           velocity_x,
          double           velocity_y,
          GtkGestureSwipe *gesture)
{
  gboolean right_to_left = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  int direction = vtr_exhibit_neighbour_step_for_swipe (velocity_x, velocity_y, right_to_left);

  if (direction != 0)
    step (self, direction);
}

static void
siblings_changed_cb (VtrExhibitPage *self,
                     guint           position,
                     guint           removed,
                     guint           added,
                     GListModel     *siblings)
{
  update_stepping (self);
}

static void
vtr_exhibit_page_map (GtkWidget *widget)
{
  VtrExhibitPage *self = VTR_EXHIBIT_PAGE (widget);

  GTK_WIDGET_CLASS (vtr_exhibit_page_parent_class)->map (widget);

  if (self->focus_pending)
    focus_start (self);
}

static void
vtr_exhibit_page_dispose (GObject *object)
{
  VtrExhibitPage *self = (VtrExhibitPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_EXHIBIT_PAGE);
  g_clear_object (&self->pack);
  g_clear_object (&self->exhibit);
  g_clear_object (&self->siblings);
  g_clear_object (&self->events);
  g_clear_object (&self->related);

  G_OBJECT_CLASS (vtr_exhibit_page_parent_class)->dispose (object);
}

static void
vtr_exhibit_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VtrExhibitPage *self = VTR_EXHIBIT_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;

    case PROP_EXHIBIT:
      g_value_set_object (value, self->exhibit);
      break;

    case PROP_SIBLINGS:
      g_value_set_object (value, self->siblings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_exhibit_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VtrExhibitPage *self = VTR_EXHIBIT_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      vtr_exhibit_page_set_pack (self, g_value_get_object (value));
      break;

    case PROP_EXHIBIT:
      vtr_exhibit_page_set_exhibit (self, g_value_get_object (value));
      break;

    case PROP_SIBLINGS:
      vtr_exhibit_page_set_siblings (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_exhibit_page_class_init (VtrExhibitPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_exhibit_page_dispose;
  object_class->get_property = vtr_exhibit_page_get_property;
  object_class->set_property = vtr_exhibit_page_set_property;

  widget_class->map = vtr_exhibit_page_map;

  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, VTR_TYPE_PACK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EXHIBIT] =
    g_param_spec_object ("exhibit", NULL, NULL, VTR_TYPE_EXHIBIT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SIBLINGS] =
    g_param_spec_object ("siblings", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vtr-exhibit-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrExhibitPage, image_clamp);
  gtk_widget_class_bind_template_child (widget_class, VtrExhibitPage, image_button);
  gtk_widget_class_bind_template_child (widget_class, VtrExhibitPage, picture);
  gtk_widget_class_bind_template_child (widget_class, VtrExhibitPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, VtrExhibitPage, exhibitor_label);
  gtk_widget_class_bind_template_child (widget_class, VtrExhibitPage, category_button);
  gtk_widget_class_bind_template_child (widget_class, VtrExhibitPage, year_label);
  gtk_widget_class_bind_template_child (widget_class, VtrExhibitPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, VtrExhibitPage, body_box);
  gtk_widget_class_bind_template_child (widget_class, VtrExhibitPage, facts_section);
  gtk_widget_class_bind_template_child (widget_class, VtrExhibitPage, events_section);
  gtk_widget_class_bind_template_child (widget_class, VtrExhibitPage, related_section);
  gtk_widget_class_bind_template_child (widget_class, VtrExhibitPage, sources_section);
  gtk_widget_class_bind_template_child (widget_class, VtrExhibitPage, previous_button);
  gtk_widget_class_bind_template_child (widget_class, VtrExhibitPage, previous_label);
  gtk_widget_class_bind_template_child (widget_class, VtrExhibitPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, VtrExhibitPage, next_label);
  gtk_widget_class_bind_template_callback (widget_class, key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, swipe_update_cb);
  gtk_widget_class_bind_template_callback (widget_class, swipe_cb);

  gtk_widget_class_install_action (widget_class, "exhibit.previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "exhibit.next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "exhibit.open-image", NULL, open_image_action);

  g_type_ensure (VTR_TYPE_CATEGORY_BUTTON);
  g_type_ensure (VTR_TYPE_LIST_SECTION);
}

static void
vtr_exhibit_page_init (VtrExhibitPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->events = g_list_store_new (VTR_TYPE_EVENT);
  self->related = g_list_store_new (VTR_TYPE_EXHIBIT);
  vtr_list_section_bind_model (self->events_section, G_LIST_MODEL (self->events),
                               create_event_row, NULL);
  vtr_list_section_bind_model (self->related_section, G_LIST_MODEL (self->related),
                               create_related_row, NULL);

  update (self);
}

GtkWidget *
vtr_exhibit_page_new (void)
{
  return g_object_new (VTR_TYPE_EXHIBIT_PAGE, NULL);
}

/**
 * vtr_exhibit_page_get_pack:
 *
 * Returns: (transfer none) (nullable): the pack the exhibit's links are looked up in
 */
VtrPack *
vtr_exhibit_page_get_pack (VtrExhibitPage *self)
{
  g_return_val_if_fail (VTR_IS_EXHIBIT_PAGE (self), NULL);

  return self->pack;
}

/**
 * vtr_exhibit_page_set_pack:
 * @pack: (nullable): the pack
 *
 * When the pack changes under a page that shows an exhibit, the page shows the exhibit with the
 * same id from the new pack, if it has one.
 */
void
vtr_exhibit_page_set_pack (VtrExhibitPage *self,
                           VtrPack        *pack)
{
  VtrExhibit *same = NULL;

  g_return_if_fail (VTR_IS_EXHIBIT_PAGE (self));
  g_return_if_fail (pack == NULL || VTR_IS_PACK (pack));

  if (!g_set_object (&self->pack, pack))
    return;

  if (pack != NULL && self->exhibit != NULL)
    same = vtr_pack_find_exhibit (pack, vtr_exhibit_get_id (self->exhibit));

  if (same != NULL && same != self->exhibit)
    {
      g_set_object (&self->exhibit, same);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXHIBIT]);
    }

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
}

/**
 * vtr_exhibit_page_get_exhibit:
 *
 * Returns: (transfer none) (nullable): the exhibit shown
 */
VtrExhibit *
vtr_exhibit_page_get_exhibit (VtrExhibitPage *self)
{
  g_return_val_if_fail (VTR_IS_EXHIBIT_PAGE (self), NULL);

  return self->exhibit;
}

void
vtr_exhibit_page_set_exhibit (VtrExhibitPage *self,
                              VtrExhibit     *exhibit)
{
  g_return_if_fail (VTR_IS_EXHIBIT_PAGE (self));
  g_return_if_fail (exhibit == NULL || VTR_IS_EXHIBIT (exhibit));

  if (!g_set_object (&self->exhibit, exhibit))
    return;

  update (self);
  return_to_start (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXHIBIT]);
}

/**
 * vtr_exhibit_page_get_siblings:
 *
 * Returns: (transfer none) (nullable): the exhibits that Previous and Next step through
 */
GListModel *
vtr_exhibit_page_get_siblings (VtrExhibitPage *self)
{
  g_return_val_if_fail (VTR_IS_EXHIBIT_PAGE (self), NULL);

  return self->siblings;
}

/**
 * vtr_exhibit_page_set_siblings:
 * @siblings: (nullable): the exhibits as the gallery shows them, filtered and sorted
 *
 * Previous and Next step through @siblings. When it does not hold the exhibit, or is %NULL,
 * they step through all exhibits of the pack.
 */
void
vtr_exhibit_page_set_siblings (VtrExhibitPage *self,
                               GListModel     *siblings)
{
  g_return_if_fail (VTR_IS_EXHIBIT_PAGE (self));
  g_return_if_fail (siblings == NULL || G_IS_LIST_MODEL (siblings));

  if (self->siblings == siblings)
    return;

  if (self->siblings != NULL)
    g_signal_handlers_disconnect_by_func (self->siblings, siblings_changed_cb, self);

  g_set_object (&self->siblings, siblings);

  /* The gallery's filter may change while the page shows, and with it the neighbours. */
  if (siblings != NULL)
    g_signal_connect_object (siblings, "items-changed",
                             G_CALLBACK (siblings_changed_cb), self, G_CONNECT_SWAPPED);

  update_stepping (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIBLINGS]);
}
