/* vtr-attract-view.c
 *
 * The screen a kiosk shows while nobody uses it. It walks slowly through the pack's attract
 * tour (featured exhibits with large pictures, key figures that count up, events), while a
 * "Touch to explore" prompt cycles through the offered languages, each in its own words. A
 * row of large language buttons lets a visitor come in in their language; a touch anywhere
 * else comes in in the language already chosen.
 *
 * The view only shows and reports: ::enter says a visitor came in, and the kiosk window
 * tells the kiosk controller.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <libintl.h>

#include "vtr-attract-view.h"
#include "vtr-event.h"
#include "vtr-exhibit.h"
#include "vtr-figure-tile.h"
#include "vtr-focus.h"
#include "vtr-format.h"
#include "vtr-image.h"
#include "vtr-language-manager.h"
#include "vtr-thumbnail-loader.h"
#include "vtr-tour-stop.h"
#include "vtr-tour.h"

/* Slow enough to read a title and a sentence from a few steps away. */
#define SLIDE_SECONDS 9

/* Each language's prompt stays long enough to be read twice. */
#define PROMPT_SECONDS 3

/* How long a key figure takes to count up to its value. */
#define COUNT_UP_MS 2000

/* Pictures are decoded at this width, about half of a full HD screen. */
#define PICTURE_WIDTH 1024

/* The id of the pack's tour with the attract purpose, by convention. */
#define ATTRACT_TOUR_ID "attract-loop"

struct _VtrAttractView
{
  AdwBin        parent_instance;

  VtrPack      *pack;
  char         *language;
  GStrv         prompts;
  GStrv         prompt_languages;
  guint         prompt_index;
  guint         slide_timeout;
  guint         prompt_timeout;
  GCancellable *cancellable;
  AdwAnimation *count_up;

  /* Set when the language changed while the screen was hidden: its texts are read again
   * when it is next shown, rather than once for every switch a visitor makes meanwhile. */
  gboolean      stale;

  GtkLabel     *title_label;
  GtkStack     *slide_stack;
  GtkButton    *prompt_button;
  GtkLabel     *prompt_label;
  GtkBox       *language_box;
};

enum {
  PROP_0,
  PROP_PACK,
  PROP_LANGUAGE,
  N_PROPS
};

enum {
  ENTER,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (VtrAttractView, vtr_attract_view, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static VtrTour *
find_attract_tour (VtrPack *pack)
{
  GListModel *tours;
  VtrTour *tour = vtr_pack_find_tour (pack, ATTRACT_TOUR_ID);

  if (tour != NULL)
    return tour;

  /* A pack may name its loop differently; any tour meant for attracting will do. */
  tours = vtr_pack_get_tours (pack);
  for (guint i = 0; i < g_list_model_get_n_items (tours); i++)
    {
      g_autoptr(VtrTour) candidate = g_list_model_get_item (tours, i);

      if (vtr_tour_get_purpose (candidate) == VTR_TOUR_PURPOSE_ATTRACT)
        return candidate;
    }

  return NULL;
}

static GtkWidget *
new_label (const char *text,
           const char *css_class,
           float       xalign,
           int         lines)
{
  GtkWidget *label = gtk_label_new (text);

  /* A long text is cut after a few lines rather than making the screen taller than the
   * display: the visitor reads the rest inside. */
  if (lines > 0)
    {
      gtk_label_set_lines (GTK_LABEL (label), lines);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
    }

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_justify (GTK_LABEL (label),
                         xalign == 0.5f ? GTK_JUSTIFY_CENTER : GTK_JUSTIFY_LEFT);
  gtk_widget_add_css_class (label, css_class);

  return label;
}

static void
picture_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GtkPicture) picture = user_data;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  texture = vtr_thumbnail_load_finish (result, &error);
  if (texture != NULL)
    gtk_picture_set_paintable (picture, GDK_PAINTABLE (texture));
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("An attract picture did not load: %s", error->message);
}

static GtkWidget *
new_picture (VtrAttractView *self,
             VtrImage       *image)
{
  GtkWidget *picture = gtk_picture_new ();
  GFile *file = image != NULL ? vtr_image_get_file (image) : NULL;
  GdkTexture *cached;

  gtk_picture_set_content_fit (GTK_PICTURE (picture), GTK_CONTENT_FIT_COVER);
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_widget_set_hexpand (picture, TRUE);
  gtk_widget_set_vexpand (picture, TRUE);
  gtk_widget_set_overflow (picture, GTK_OVERFLOW_HIDDEN);
  gtk_widget_add_css_class (picture, "attract-picture");

  if (file == NULL)
    return picture;

  gtk_picture_set_alternative_text (GTK_PICTURE (picture), vtr_image_get_alt (image));
  cached = vtr_thumbnail_lookup (file, PICTURE_WIDTH);
  if (cached != NULL)
    gtk_picture_set_paintable (GTK_PICTURE (picture), GDK_PAINTABLE (cached));
  else
    vtr_thumbnail_load_async (file, PICTURE_WIDTH, self->cancellable, picture_loaded_cb,
                              g_object_ref (picture));

  return picture;
}

/* A picture beside a title and a sentence: an exhibit or an event. */
static GtkWidget *
new_story_slide (VtrAttractView *self,
                 VtrImage       *image,
                 const char     *kicker,
                 const char     *title,
                 const char     *text)
{
  GtkWidget *slide = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 48);
  GtkWidget *words = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  gtk_widget_add_css_class (slide, "attract-slide");
  if (image != NULL)
    gtk_box_append (GTK_BOX (slide), new_picture (self, image));

  gtk_widget_set_valign (words, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (words, TRUE);
  gtk_widget_set_size_request (words, 480, -1);
  if (kicker != NULL)
    gtk_box_append (GTK_BOX (words), new_label (kicker, "attract-kicker", 0, 1));
  gtk_box_append (GTK_BOX (words), new_label (title, "attract-title", 0, 3));
  if (text != NULL)
    gtk_box_append (GTK_BOX (words), new_label (text, "attract-text", 0, 5));
  gtk_box_append (GTK_BOX (slide), words);

  return slide;
}

/* One number, as large as the screen allows, over what it counts. */
static GtkWidget *
new_figure_slide (VtrFigure *figure)
{
  GtkWidget *slide = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  g_autofree char *value = vtr_format_figure_value (figure);
  g_autofree char *description = vtr_figure_tile_dup_accessible_text (figure);
  GtkWidget *number = new_label (value, "attract-figure-value", 0.5f, 0);

  gtk_widget_add_css_class (slide, "attract-slide");
  gtk_widget_set_valign (slide, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (slide, GTK_ALIGN_CENTER);
  gtk_widget_set_name (number, "figure-value");
  g_object_set_data_full (G_OBJECT (slide), "vtr-figure", g_object_ref (figure), g_object_unref);
  gtk_box_append (GTK_BOX (slide), number);
  gtk_box_append (GTK_BOX (slide),
                  new_label (vtr_figure_get_unit (figure), "attract-figure-unit", 0.5f, 1));
  gtk_box_append (GTK_BOX (slide),
                  new_label (vtr_figure_get_label (figure), "attract-figure-label", 0.5f, 3));
  gtk_accessible_update_property (GTK_ACCESSIBLE (slide),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);

  return slide;
}

static GtkWidget *
new_slide (VtrAttractView *self,
           VtrTourStop    *stop)
{
  const char *id = vtr_tour_stop_get_target_id (stop);

  switch (vtr_tour_stop_get_kind (stop))
    {
    case VTR_STOP_KIND_EXHIBIT:
      {
        VtrExhibit *exhibit = vtr_pack_find_exhibit (self->pack, id);
        g_autofree char *year = NULL;

        if (exhibit == NULL)
          return NULL;
        year = vtr_exhibit_get_year (exhibit) > 0
             ? g_strdup_printf ("%d", vtr_exhibit_get_year (exhibit)) : NULL;

        return new_story_slide (self, vtr_exhibit_get_image (exhibit), year,
                                vtr_exhibit_get_title (exhibit),
                                vtr_exhibit_get_summary (exhibit));
      }

    case VTR_STOP_KIND_EVENT:
      {
        VtrEvent *event = vtr_pack_find_event (self->pack, id);
        g_autofree char *dates = NULL;

        if (event == NULL)
          return NULL;
        dates = vtr_format_date_span (vtr_event_get_date (event), vtr_event_get_end (event));

        return new_story_slide (self, vtr_event_get_image (event), dates,
                                vtr_event_get_title (event), vtr_event_get_text (event));
      }

    case VTR_STOP_KIND_FIGURE:
      {
        VtrFigure *figure = vtr_pack_find_figure (self->pack, id);

        return figure != NULL ? new_figure_slide (figure) : NULL;
      }

    default:
      return NULL;
    }
}

static void
count_up_cb (double   value,
             gpointer user_data)
{
  GtkLabel *label = user_data;
  g_autofree char *text = vtr_format_number (floor (value));

  gtk_label_set_text (label, text);
}

static void
count_up_done_cb (AdwAnimation *animation,
                  gpointer      user_data)
{
  GtkLabel *label = GTK_LABEL (adw_animation_get_widget (animation));
  VtrFigure *figure = g_object_get_data (G_OBJECT (gtk_widget_get_parent (GTK_WIDGET (label))),
                                         "vtr-figure");
  g_autofree char *value = figure != NULL ? vtr_format_figure_value (figure) : NULL;

  /* The last step shows the figure as written elsewhere, with its "about" or "+". */
  if (value != NULL)
    gtk_label_set_text (label, value);
}

/* A figure counts up from zero whenever its slide comes round. libadwaita skips the
 * animation to its end when the system asks for reduced motion. */
static void
start_count_up (VtrAttractView *self,
                GtkWidget      *slide)
{
  VtrFigure *figure = g_object_get_data (G_OBJECT (slide), "vtr-figure");
  GtkWidget *number;
  AdwAnimationTarget *target;

  if (self->count_up != NULL)
    adw_animation_skip (self->count_up);
  g_clear_object (&self->count_up);

  if (figure == NULL)
    return;

  number = gtk_widget_get_first_child (slide);
  target = adw_callback_animation_target_new (count_up_cb, number, NULL);
  self->count_up = adw_timed_animation_new (number, 0, vtr_figure_get_value (figure),
                                            COUNT_UP_MS, target);
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->count_up), ADW_EASE_OUT_CUBIC);
  g_signal_connect (self->count_up, "done", G_CALLBACK (count_up_done_cb), NULL);
  adw_animation_play (self->count_up);
}

static guint
count_slides (VtrAttractView *self)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->slide_stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

static GtkWidget *
nth_slide (VtrAttractView *self,
           guint           index)
{
  g_autofree char *name = g_strdup_printf ("slide-%u", index);

  return gtk_stack_get_child_by_name (self->slide_stack, name);
}

static gboolean
next_slide_cb (gpointer user_data)
{
  VtrAttractView *self = user_data;
  guint n = count_slides (self);

  if (n > 1)
    vtr_attract_view_show_slide (self, (vtr_attract_view_get_slide (self) + 1) % n);

  return G_SOURCE_CONTINUE;
}

/* Screen readers hear the prompt in the kiosk's default language, under one name, while the
 * words on screen go round the languages. */
static void
label_prompt (VtrAttractView *self)
{
  g_autofree char *prompt = vtr_attract_view_translate_prompt (self->language != NULL
                                                               ? self->language : "en");

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->prompt_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, prompt, -1);
}

static void
show_prompt (VtrAttractView *self)
{
  const char *code;

  if (self->prompts == NULL || self->prompts[0] == NULL)
    return;

  code = self->prompt_languages[self->prompt_index];
  gtk_label_set_text (self->prompt_label, self->prompts[self->prompt_index]);
  gtk_widget_set_direction (GTK_WIDGET (self->prompt_label),
                            vtr_language_is_right_to_left (code) ? GTK_TEXT_DIR_RTL
                                                                 : GTK_TEXT_DIR_LTR);
}

static gboolean
next_prompt_cb (gpointer user_data)
{
  VtrAttractView *self = user_data;
  guint n = self->prompts != NULL ? g_strv_length (self->prompts) : 0;

  if (n > 0)
    {
      self->prompt_index = (self->prompt_index + 1) % n;
      show_prompt (self);
    }

  return G_SOURCE_CONTINUE;
}

static void
stop_timers (VtrAttractView *self)
{
  g_clear_handle_id (&self->slide_timeout, g_source_remove);
  g_clear_handle_id (&self->prompt_timeout, g_source_remove);
}

static void
start_timers (VtrAttractView *self)
{
  stop_timers (self);
  self->slide_timeout = g_timeout_add_seconds (SLIDE_SECONDS, next_slide_cb, self);
  self->prompt_timeout = g_timeout_add_seconds (PROMPT_SECONDS, next_prompt_cb, self);
}

static void
update_language_buttons (VtrAttractView *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->language_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *code = g_object_get_data (G_OBJECT (child), "vtr-language");

      if (g_strcmp0 (code, self->language) == 0)
        gtk_widget_add_css_class (child, "suggested-action");
      else
        gtk_widget_remove_css_class (child, "suggested-action");
    }
}

static void
language_clicked_cb (VtrAttractView *self,
                     GtkButton      *button)
{
  const char *code = g_object_get_data (G_OBJECT (button), "vtr-language");

  g_signal_emit (self, signals[ENTER], 0, code);
}

static void
rebuild_languages (VtrAttractView *self)
{
  const char * const *languages = self->pack != NULL
                                 ? (const char * const *)vtr_pack_get_languages (self->pack)
                                 : NULL;
  g_autoptr(GPtrArray) prompts = g_ptr_array_new ();
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  gboolean had_focus = vtr_focus_move_out_of (GTK_WIDGET (self->language_box));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->language_box))) != NULL)
    gtk_box_remove (self->language_box, child);

  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    {
      GtkWidget *button = gtk_button_new_with_label (vtr_language_get_native_name (languages[i]));
      char *prompt = vtr_attract_view_translate_prompt (languages[i]);
      gboolean seen = FALSE;

      g_object_set_data_full (G_OBJECT (button), "vtr-language", g_strdup (languages[i]), g_free);
      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "attract-language");
      g_signal_connect_object (button, "clicked",
                               G_CALLBACK (language_clicked_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (self->language_box, button);

      /* The same sentence in two languages (an untranslated one, say) is shown once. */
      for (guint j = 0; j < prompts->len; j++)
        seen = seen || g_str_equal (g_ptr_array_index (prompts, j), prompt);
      if (seen)
        {
          g_free (prompt);
          continue;
        }
      g_ptr_array_add (prompts, prompt);
      g_ptr_array_add (codes, g_strdup (languages[i]));
    }

  g_ptr_array_add (prompts, NULL);
  g_ptr_array_add (codes, NULL);
  g_clear_pointer (&self->prompts, g_strfreev);
  g_clear_pointer (&self->prompt_languages, g_strfreev);
  self->prompts = (GStrv)g_ptr_array_steal (prompts, NULL);
  self->prompt_languages = (GStrv)g_ptr_array_steal (codes, NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->language_box),
                          languages != NULL && g_strv_length ((char **)languages) > 1);
  self->prompt_index = 0;
  show_prompt (self);
  update_language_buttons (self);
  if (had_focus && !gtk_widget_child_focus (GTK_WIDGET (self->language_box), GTK_DIR_TAB_FORWARD))
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
rebuild_slides (VtrAttractView *self)
{
  VtrTour *tour = self->pack != NULL ? find_attract_tour (self->pack) : NULL;
  GListModel *stops = tour != NULL ? vtr_tour_get_stops (tour) : NULL;
  GtkWidget *child;
  guint n = 0;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_clear_object (&self->count_up);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->slide_stack))) != NULL)
    gtk_stack_remove (self->slide_stack, child);

  for (guint i = 0; stops != NULL && i < g_list_model_get_n_items (stops); i++)
    {
      g_autoptr(VtrTourStop) stop = g_list_model_get_item (stops, i);
      GtkWidget *slide = new_slide (self, stop);
      g_autofree char *name = NULL;

      if (slide == NULL)
        continue;

      name = g_strdup_printf ("slide-%u", n++);
      gtk_stack_add_named (self->slide_stack, slide, name);
    }

  /* A pack without an attract tour still gets a screen: its title and description. */
  if (n == 0 && self->pack != NULL)
    gtk_stack_add_named (self->slide_stack,
                         new_story_slide (self, vtr_pack_get_hero (self->pack), NULL,
                                          vtr_pack_get_title (self->pack),
                                          vtr_pack_get_description (self->pack)),
                         "slide-0");

  gtk_label_set_text (self->title_label, self->pack != NULL ? vtr_pack_get_title (self->pack)
                                                            : "");
  vtr_attract_view_show_slide (self, 0);
}

static void
prompt_clicked_cb (VtrAttractView *self,
                   GtkButton      *button)
{
  g_signal_emit (self, signals[ENTER], 0, self->language);
}

/* A touch anywhere outside the language buttons comes in in the chosen language. The
 * buttons report their own clicks. */
static void
touch_released_cb (VtrAttractView *self,
                   int             n_press,
                   double          x,
                   double          y,
                   GtkGestureClick *gesture)
{
  GtkWidget *target = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);

  if (target != NULL && gtk_widget_get_ancestor (target, GTK_TYPE_BUTTON) != NULL)
    return;

  g_signal_emit (self, signals[ENTER], 0, self->language);
}

static void
vtr_attract_view_map (GtkWidget *widget)
{
  VtrAttractView *self = VTR_ATTRACT_VIEW (widget);

  if (self->stale)
    {
      self->stale = FALSE;
      rebuild_slides (self);
      rebuild_languages (self);
    }

  GTK_WIDGET_CLASS (vtr_attract_view_parent_class)->map (widget);

  /* Every visitor who walks up sees the loop from its start. */
  vtr_attract_view_show_slide (self, 0);
  self->prompt_index = 0;
  show_prompt (self);
  start_timers (self);
}

static void
vtr_attract_view_unmap (GtkWidget *widget)
{
  VtrAttractView *self = VTR_ATTRACT_VIEW (widget);

  stop_timers (self);

  GTK_WIDGET_CLASS (vtr_attract_view_parent_class)->unmap (widget);
}

static void
vtr_attract_view_dispose (GObject *object)
{
  VtrAttractView *self = (VtrAttractView *)object;

  stop_timers (self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->count_up);
  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_ATTRACT_VIEW);
  g_clear_object (&self->pack);

  G_OBJECT_CLASS (vtr_attract_view_parent_class)->dispose (object);
}

static void
vtr_attract_view_finalize (GObject *object)
{
  VtrAttractView *self = (VtrAttractView *)object;

  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->prompts, g_strfreev);
  g_clear_pointer (&self->prompt_languages, g_strfreev);

  G_OBJECT_CLASS (vtr_attract_view_parent_class)->finalize (object);
}

static void
vtr_attract_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VtrAttractView *self = VTR_ATTRACT_VIEW (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_attract_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VtrAttractView *self = VTR_ATTRACT_VIEW (object);

  switch (prop_id)
    {
    case PROP_PACK:
      vtr_attract_view_set_pack (self, g_value_get_object (value));
      break;

    case PROP_LANGUAGE:
      vtr_attract_view_set_language (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_attract_view_class_init (VtrAttractViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_attract_view_dispose;
  object_class->finalize = vtr_attract_view_finalize;
  object_class->get_property = vtr_attract_view_get_property;
  object_class->set_property = vtr_attract_view_set_property;
  widget_class->map = vtr_attract_view_map;
  widget_class->unmap = vtr_attract_view_unmap;

  /**
   * VtrAttractView:pack:
   *
   * The pack whose attract tour is shown.
   */
  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, VTR_TYPE_PACK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * VtrAttractView:language:
   *
   * The language a touch outside the language buttons comes in with: the kiosk's default.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VtrAttractView::enter:
   * @language: the language the visitor chose
   *
   * A visitor touched the screen.
   */
  signals[ENTER] = g_signal_new ("enter", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vtr-attract-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrAttractView, title_label);
  gtk_widget_class_bind_template_child (widget_class, VtrAttractView, slide_stack);
  gtk_widget_class_bind_template_child (widget_class, VtrAttractView, prompt_button);
  gtk_widget_class_bind_template_child (widget_class, VtrAttractView, prompt_label);
  gtk_widget_class_bind_template_child (widget_class, VtrAttractView, language_box);
  gtk_widget_class_bind_template_callback (widget_class, prompt_clicked_cb);
  gtk_widget_class_set_css_name (widget_class, "attract-view");
}

static void
vtr_attract_view_init (VtrAttractView *self)
{
  GtkGesture *touch;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  label_prompt (self);

  touch = gtk_gesture_click_new ();
  g_signal_connect_object (touch, "released",
                           G_CALLBACK (touch_released_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (touch));
}

GtkWidget *
vtr_attract_view_new (void)
{
  return g_object_new (VTR_TYPE_ATTRACT_VIEW, NULL);
}

/**
 * vtr_attract_view_get_pack:
 *
 * Returns: (transfer none) (nullable): the pack shown
 */
VtrPack *
vtr_attract_view_get_pack (VtrAttractView *self)
{
  g_return_val_if_fail (VTR_IS_ATTRACT_VIEW (self), NULL);

  return self->pack;
}

void
vtr_attract_view_set_pack (VtrAttractView *self,
                           VtrPack        *pack)
{
  g_return_if_fail (VTR_IS_ATTRACT_VIEW (self));
  g_return_if_fail (pack == NULL || VTR_IS_PACK (pack));

  if (!g_set_object (&self->pack, pack))
    return;

  rebuild_slides (self);
  rebuild_languages (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
}

/**
 * vtr_attract_view_retranslate:
 *
 * Reads the pack's texts again, after a language switch: they are translated when read. A
 * hidden attract screen does it when it is next shown.
 */
void
vtr_attract_view_retranslate (VtrAttractView *self)
{
  g_return_if_fail (VTR_IS_ATTRACT_VIEW (self));

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }

  self->stale = FALSE;
  rebuild_slides (self);
  rebuild_languages (self);
}

const char *
vtr_attract_view_get_language (VtrAttractView *self)
{
  g_return_val_if_fail (VTR_IS_ATTRACT_VIEW (self), NULL);

  return self->language;
}

void
vtr_attract_view_set_language (VtrAttractView *self,
                               const char     *language)
{
  g_return_if_fail (VTR_IS_ATTRACT_VIEW (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);
  update_language_buttons (self);
  label_prompt (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

guint
vtr_attract_view_get_n_slides (VtrAttractView *self)
{
  g_return_val_if_fail (VTR_IS_ATTRACT_VIEW (self), 0);

  return count_slides (self);
}

/**
 * vtr_attract_view_get_slide:
 *
 * Returns: the position of the slide on show, from 0
 */
guint
vtr_attract_view_get_slide (VtrAttractView *self)
{
  const char *name;

  g_return_val_if_fail (VTR_IS_ATTRACT_VIEW (self), 0);

  name = gtk_stack_get_visible_child_name (self->slide_stack);

  return name != NULL && g_str_has_prefix (name, "slide-")
       ? (guint)g_ascii_strtoull (name + strlen ("slide-"), NULL, 10) : 0;
}

/**
 * vtr_attract_view_show_slide:
 * @index: a slide position, from 0
 *
 * Shows a slide of the loop at once; a figure on it starts counting up.
 */
void
vtr_attract_view_show_slide (VtrAttractView *self,
                             guint           index)
{
  GtkWidget *slide;

  g_return_if_fail (VTR_IS_ATTRACT_VIEW (self));

  slide = nth_slide (self, index);
  if (slide == NULL)
    return;

  gtk_stack_set_visible_child (self->slide_stack, slide);
  start_count_up (self, slide);
}

/**
 * vtr_attract_view_translate_prompt:
 * @language: a language code, such as "fr"
 *
 * The invitation to touch the screen in @language, whatever language the rest of the UI is
 * in. gettext reads the catalogs for the languages in LANGUAGE, so the lookup switches it for
 * one call, bumps gettext's cache counter (as VtrLanguageManager does), and switches back.
 *
 * Returns: (transfer full): the prompt in @language, or in English when it has no catalog
 */
char *
vtr_attract_view_translate_prompt (const char *language)
{
  extern int _nl_msg_cat_cntr;
  g_autofree char *saved = g_strdup (g_getenv ("LANGUAGE"));
  char *prompt;

  g_return_val_if_fail (language != NULL, NULL);

  g_setenv ("LANGUAGE", language, TRUE);
  ++_nl_msg_cat_cntr;
  /* Translators: the invitation on the kiosk's idle screen; keep it short. */
  prompt = g_strdup (dgettext (GETTEXT_PACKAGE, N_("Touch to explore")));

  if (saved != NULL)
    g_setenv ("LANGUAGE", saved, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  ++_nl_msg_cat_cntr;

  return prompt;
}
