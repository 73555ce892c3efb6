/* vtr-show-stage.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-format.h"
#include "vtr-show-stage.h"
#include "vtr-timeline-band.h"

#define TRANSITION_MS 350

struct _VtrShowStage
{
  GtkWidget    parent_instance;

  GtkStack    *stack;
  VtrTourStop *stop;
  char        *title;
  guint        serial;
};

G_DEFINE_FINAL_TYPE (VtrShowStage, vtr_show_stage, GTK_TYPE_WIDGET)

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
new_text_column (void)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 28);

  gtk_widget_set_valign (column, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (column, TRUE);

  return column;
}

static GtkWidget *
create_exhibit_page (VtrExhibit *exhibit,
                     char      **title)
{
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 80);
  GtkWidget *column = new_text_column ();
  VtrImage *image = vtr_exhibit_get_image (exhibit);
  const char *exhibitor = vtr_exhibit_get_exhibitor (exhibit);
  int year = vtr_exhibit_get_year (exhibit);
  g_autofree char *eyebrow = NULL;

  if (image != NULL)
    {
      GtkWidget *picture = gtk_picture_new_for_file (vtr_image_get_file (image));

      gtk_picture_set_alternative_text (GTK_PICTURE (picture), vtr_image_get_alt (image));
      gtk_picture_set_content_fit (GTK_PICTURE (picture), GTK_CONTENT_FIT_CONTAIN);
      gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
            gtk_widget_add_css_class (picture, "stage-picture");
      gtk_box_append (GTK_BOX (page), picture);

      /* Picture and text share the stage evenly, whatever the picture's own size. */
      gtk_box_set_homogeneous (GTK_BOX (page), TRUE);
    }

  if (year > 0 && exhibitor != NULL && exhibitor[0] != '\0')
    /* Translators: above an exhibit on the presenter's stage: "2017 · Google". */
    eyebrow = g_strdup_printf (C_("stage", "%1$d · %2$s"), year, exhibitor);
  else if (year > 0)
    eyebrow = g_strdup_printf ("%d", year);
  else
    eyebrow = g_strdup (exhibitor != NULL ? exhibitor : "");

  gtk_box_append (GTK_BOX (column), new_label (eyebrow, "stage-eyebrow"));
  gtk_box_append (GTK_BOX (column), new_label (vtr_exhibit_get_title (exhibit), "stage-title"));
  gtk_box_append (GTK_BOX (column), new_label (vtr_exhibit_get_summary (exhibit),
                                               "stage-text"));
  gtk_box_append (GTK_BOX (page), column);

  *title = g_strdup (vtr_exhibit_get_title (exhibit));

  return page;
}

static GtkWidget *
create_event_page (VtrPack   *pack,
                   VtrEvent  *event,
                   char     **title)
{
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 48);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 80);
  GtkWidget *column = new_text_column ();
  GtkWidget *band = vtr_timeline_band_new ();
  VtrImage *image = vtr_event_get_image (event);
  g_autofree char *date = vtr_format_date_span (vtr_event_get_date (event),
                                                vtr_event_get_end (event));

  gtk_widget_set_vexpand (top, TRUE);
  gtk_box_append (GTK_BOX (column), new_label (date, "stage-eyebrow"));
  gtk_box_append (GTK_BOX (column), new_label (vtr_event_get_title (event), "stage-title"));
  gtk_box_append (GTK_BOX (column), new_label (vtr_event_get_text (event), "stage-text"));
  gtk_box_append (GTK_BOX (top), column);

  if (image != NULL)
    {
      GtkWidget *picture = gtk_picture_new_for_file (vtr_image_get_file (image));

      gtk_picture_set_alternative_text (GTK_PICTURE (picture), vtr_image_get_alt (image));
      gtk_picture_set_content_fit (GTK_PICTURE (picture), GTK_CONTENT_FIT_CONTAIN);
      gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
            gtk_widget_add_css_class (picture, "stage-picture");
      gtk_box_append (GTK_BOX (top), picture);
      gtk_box_set_homogeneous (GTK_BOX (top), TRUE);
    }
  gtk_box_append (GTK_BOX (page), top);

  /* The event on the decade band, so that the audience sees where in the ten years it is. */
  vtr_timeline_band_set_pack (VTR_TIMELINE_BAND (band), pack);
  vtr_timeline_band_select_event (VTR_TIMELINE_BAND (band), vtr_event_get_id (event));
  gtk_widget_set_size_request (band, -1, 300);
  gtk_widget_set_can_focus (band, FALSE);
  gtk_widget_set_can_target (band, FALSE);
  gtk_widget_add_css_class (band, "stage-band");
  gtk_box_append (GTK_BOX (page), band);

  *title = g_strdup (vtr_event_get_title (event));

  return page;
}

static GtkWidget *
create_figure_page (VtrFigure  *figure,
                    char      **title)
{
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  g_autofree char *value = vtr_format_figure_value (figure);
  GtkWidget *value_label = new_label (value, "stage-figure-value");
  GtkWidget *unit_label = new_label (vtr_figure_get_unit (figure), "stage-figure-unit");
  GtkWidget *text_label = new_label (vtr_figure_get_label (figure), "stage-text");

  gtk_widget_set_valign (page, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (page), new_label (_("Key figure"), "stage-eyebrow"));
  gtk_box_append (GTK_BOX (page), value_label);
  gtk_box_append (GTK_BOX (page), unit_label);
  gtk_box_append (GTK_BOX (page), text_label);

  for (GtkWidget *child = gtk_widget_get_first_child (page); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gtk_label_set_xalign (GTK_LABEL (child), 0.5);
      gtk_label_set_justify (GTK_LABEL (child), GTK_JUSTIFY_CENTER);
    }

  /* Translators: a key figure's number and unit, as in "about 12,000 guests". */
  *title = g_strdup_printf (C_("figure", "%1$s %2$s"), value, vtr_figure_get_unit (figure));

  return page;
}

/* A stop whose exhibit, event or figure the pack lacks still gets a screen: the show goes on,
 * and the presenter sees which id is missing. */
static GtkWidget *
create_missing_page (VtrTourStop  *stop,
                     char        **title)
{
  GtkWidget *page = new_text_column ();

  gtk_box_append (GTK_BOX (page), new_label (_("Not in this content pack"), "stage-eyebrow"));
  gtk_box_append (GTK_BOX (page), new_label (vtr_tour_stop_get_target_id (stop),
                                             "stage-title"));
  *title = g_strdup (vtr_tour_stop_get_target_id (stop));

  return page;
}

static GtkWidget *
create_page (VtrPack      *pack,
             VtrTourStop  *stop,
             char        **title)
{
  const char *id = vtr_tour_stop_get_target_id (stop);
  GtkWidget *page = NULL;
  GtkWidget *group;

  switch (vtr_tour_stop_get_kind (stop))
    {
    case VTR_STOP_KIND_EVENT:
      {
        VtrEvent *event = pack != NULL ? vtr_pack_find_event (pack, id) : NULL;

        if (event != NULL)
          page = create_event_page (pack, event, title);
      }
      break;

    case VTR_STOP_KIND_FIGURE:
      {
        VtrFigure *figure = pack != NULL ? vtr_pack_find_figure (pack, id) : NULL;

        if (figure != NULL)
          page = create_figure_page (figure, title);
      }
      break;

    case VTR_STOP_KIND_EXHIBIT:
    default:
      {
        VtrExhibit *exhibit = pack != NULL ? vtr_pack_find_exhibit (pack, id) : NULL;

        if (exhibit != NULL)
          page = create_exhibit_page (exhibit, title);
      }
      break;
    }

  if (page == NULL)
    page = create_missing_page (stop, title);

  /* One group per stop, named after it, so that a screen reader (and the end-to-end tests)
   * can tell which stop the audience sees. */
  group = g_object_new (GTK_TYPE_BOX, "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (group), GTK_ACCESSIBLE_PROPERTY_LABEL, *title,
                                  -1);
  gtk_widget_set_hexpand (page, TRUE);
  gtk_box_append (GTK_BOX (group), page);
  gtk_widget_add_css_class (page, "stage-page");

  return group;
}

/* Pages left behind by a transition go once it is over. */
static void
transition_running_cb (VtrShowStage *self,
                       GParamSpec   *pspec,
                       GtkStack     *stack)
{
  GtkWidget *visible = gtk_stack_get_visible_child (stack);
  GtkWidget *child;

  if (gtk_stack_get_transition_running (stack))
    return;

  child = gtk_widget_get_first_child (GTK_WIDGET (stack));
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (child != visible)
        gtk_stack_remove (stack, child);
      child = next;
    }
}

static void
vtr_show_stage_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  /* Any size will do, as the stage scales; previews ask for a quarter of the design size. */
  *minimum = 16;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? VTR_SHOW_STAGE_WIDTH / 4
                                                       : VTR_SHOW_STAGE_HEIGHT / 4;
}

static void
vtr_show_stage_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  VtrShowStage *self = VTR_SHOW_STAGE (widget);
  int design_height = VTR_SHOW_STAGE_HEIGHT;
  int minimum_height;
  double scale;
  GskTransform *transform;

  gtk_widget_measure (GTK_WIDGET (self->stack), GTK_ORIENTATION_HORIZONTAL, -1,
                      NULL, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (self->stack), GTK_ORIENTATION_VERTICAL,
                      VTR_SHOW_STAGE_WIDTH, &minimum_height, NULL, NULL, NULL);

  /* A stop with a great deal of text gets a taller stage rather than cut-off text. */
  design_height = MAX (design_height, minimum_height);
  scale = MIN ((double)width / VTR_SHOW_STAGE_WIDTH, (double)height / design_height);
  if (scale <= 0)
    scale = 1.0 / VTR_SHOW_STAGE_WIDTH;

  transform = gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (
                                         (width - VTR_SHOW_STAGE_WIDTH * scale) / 2,
                                         (height - design_height * scale) / 2));
  transform = gsk_transform_scale (transform, scale, scale);
  gtk_widget_allocate (GTK_WIDGET (self->stack), VTR_SHOW_STAGE_WIDTH, design_height, -1,
                       transform);
}

static void
vtr_show_stage_dispose (GObject *object)
{
  VtrShowStage *self = (VtrShowStage *)object;

  if (self->stack != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->stack));
  self->stack = NULL;
  g_clear_object (&self->stop);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (vtr_show_stage_parent_class)->dispose (object);
}

static void
vtr_show_stage_class_init (VtrShowStageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_show_stage_dispose;
  widget_class->measure = vtr_show_stage_measure;
  widget_class->size_allocate = vtr_show_stage_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "show-stage");
}

static void
vtr_show_stage_init (VtrShowStage *self)
{
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_duration (self->stack, TRANSITION_MS);
  gtk_stack_set_interpolate_size (self->stack, FALSE);
  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  g_signal_connect_object (self->stack, "notify::transition-running",
                           G_CALLBACK (transition_running_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
vtr_show_stage_new (void)
{
  return g_object_new (VTR_TYPE_SHOW_STAGE, NULL);
}

/**
 * vtr_show_stage_set_stop:
 * @pack: (nullable): the pack in which the stop's exhibit, event or figure is looked up
 * @stop: (nullable): the stop to show, or NULL for an empty stage
 * @direction: 1 after "next", -1 after "previous", 0 after a jump
 *
 * Shows @stop, sliding in the direction the presenter went, or crossfading after a jump.
 * GtkStack skips the animation when the desktop asks for reduced motion
 * (gtk-enable-animations off).
 */
void
vtr_show_stage_set_stop (VtrShowStage *self,
                         VtrPack      *pack,
                         VtrTourStop  *stop,
                         int           direction)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  GtkWidget *page;
  gboolean rtl;

  g_return_if_fail (VTR_IS_SHOW_STAGE (self));

  g_set_object (&self->stop, stop);

  if (stop == NULL)
    {
      page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      title = g_strdup ("");
    }
  else
    {
      page = create_page (pack, stop, &title);
    }

  g_free (self->title);
  self->title = g_steal_pointer (&title);

  rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  if (direction > 0)
    gtk_stack_set_transition_type (self->stack, rtl ? GTK_STACK_TRANSITION_TYPE_SLIDE_RIGHT
                                                    : GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT);
  else if (direction < 0)
    gtk_stack_set_transition_type (self->stack, rtl ? GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT
                                                    : GTK_STACK_TRANSITION_TYPE_SLIDE_RIGHT);
  else
    gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);

  name = g_strdup_printf ("stop-%u", ++self->serial);
  gtk_stack_add_named (self->stack, page, name);
  gtk_stack_set_visible_child (self->stack, page);

  /* Unmapped stacks do not animate, so the old page has to go at once. */
  if (!gtk_stack_get_transition_running (self->stack))
    transition_running_cb (self, NULL, self->stack);
}

/**
 * vtr_show_stage_get_stop:
 *
 * Returns: (transfer none) (nullable): the stop on the stage
 */
VtrTourStop *
vtr_show_stage_get_stop (VtrShowStage *self)
{
  g_return_val_if_fail (VTR_IS_SHOW_STAGE (self), NULL);

  return self->stop;
}

/**
 * vtr_show_stage_get_title:
 *
 * Returns: the title of the stop on the stage, or "" for none
 */
const char *
vtr_show_stage_get_title (VtrShowStage *self)
{
  g_return_val_if_fail (VTR_IS_SHOW_STAGE (self), NULL);

  return self->title != NULL ? self->title : "";
}

/**
 * vtr_show_describe_stop:
 *
 * Returns: (transfer full): the title under which the presenter knows @stop
 */
char *
vtr_show_describe_stop (VtrPack     *pack,
                        VtrTourStop *stop)
{
  const char *id;

  g_return_val_if_fail (VTR_IS_TOUR_STOP (stop), NULL);

  id = vtr_tour_stop_get_target_id (stop);
  switch (vtr_tour_stop_get_kind (stop))
    {
    case VTR_STOP_KIND_EVENT:
      {
        VtrEvent *event = pack != NULL ? vtr_pack_find_event (pack, id) : NULL;

        if (event != NULL)
          return g_strdup (vtr_event_get_title (event));
      }
      break;

    case VTR_STOP_KIND_FIGURE:
      {
        VtrFigure *figure = pack != NULL ? vtr_pack_find_figure (pack, id) : NULL;
        g_autofree char *value = NULL;

        if (figure != NULL)
          {
            value = vtr_format_figure_value (figure);
            return g_strdup_printf (C_("figure", "%1$s %2$s"), value,
                                    vtr_figure_get_unit (figure));
          }
      }
      break;

    case VTR_STOP_KIND_EXHIBIT:
    default:
      {
        VtrExhibit *exhibit = pack != NULL ? vtr_pack_find_exhibit (pack, id) : NULL;

        if (exhibit != NULL)
          return g_strdup (vtr_exhibit_get_title (exhibit));
      }
      break;
    }

  return g_strdup (id);
}
