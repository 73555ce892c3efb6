/* vtr-timeline-band.c
 *
 * The band draws the whole timeline itself, in snapshot(), and only what is in view: a pack
 * may hold thousands of events, and a widget for each would make every zoom step relayout
 * them all. VtrTimelineLayout does the arithmetic; this widget draws, and turns pointer,
 * touch and keys into changes of zoom, scroll and selection.
 *
 * From top to bottom the band shows a ruler of years (and months, once a year fills the
 * band), the eras as coloured bars, and the events in lanes. An event is a pill that starts at
 * its date, with a marker holding its category's icon on the category's colour; an event with
 * an end date has a bar along the pill's foot over its span.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "vtr-category-chip.h"
#include "vtr-format.h"
#include "vtr-timeline-band.h"
#include "vtr-timeline-layout.h"

#define YEAR_ROW_HEIGHT        28
#define MONTH_ROW_HEIGHT       20
#define ERA_ROW_HEIGHT         26
#define ROW_GAP                10
#define BOTTOM_PADDING         8
#define LANE_HEIGHT            34
#define ITEM_HEIGHT            28
#define DOT_SIZE               12
#define ITEM_GAP               8
#define ITEM_PADDING           5
#define MARKER_SIZE            20
#define ICON_SIZE              14
#define LABEL_SPACING          6
#define LABEL_END_PADDING      12
#define MAX_LABEL_WIDTH        220
#define SPAN_BAR_HEIGHT        4
#define MIN_YEAR_LABEL_SPACING 56
#define MIN_MONTH_SPACING      28
#define SHORT_MONTH_SPACING    80
#define SCROLL_MARGIN          32
#define WHEEL_STEP             48
#define ANIMATION_MSEC         250
#define SPRITE_BUDGET_BYTES    (8 * 1024 * 1024)
#define SPRITE_MAX_WIDTH       1024

typedef struct
{
  VtrEra *era;
  double  start;
  double  end;
  GdkRGBA color;
  GdkRGBA text_color;
} Era;

typedef struct
{
  GdkRGBA color;
  GdkRGBA on_color;
} EventStyle;

typedef struct
{
  GdkRGBA  fg;
  GdkRGBA  bg;
  GdkRGBA  accent_bg;
  GdkRGBA  accent_fg;
  GdkRGBA  focus;
  GdkRGBA  grid;
  GdkRGBA  border;
  gboolean dark;
  gboolean high_contrast;
} Palette;

/* An event drawn once into an image, placed relative to the whole pixel its date falls on. */
typedef struct
{
  cairo_surface_t *surface;
  int              x;
  int              y;
  int              width;
  int              height;
  guint64          frame;
} Sprite;

/* What a sprite's pixels depend on besides its event; sprites drawn under another are
 * dropped. */
typedef struct
{
  double   pixels_per_year;
  double   lanes_top;
  guint    lanes_serial;
  guint    pango_serial;
  int      scale;
  gboolean rtl;
  Palette  palette;
} SpriteContext;

struct _VtrTimelineBand
{
  GtkWidget          parent_instance;

  VtrPack           *pack;
  VtrTimelineLayout *layout;
  GPtrArray         *events;
  GArray            *event_styles;
  GPtrArray         *eras;
  GHashTable        *icons;
  GHashTable        *labels;
  GHashTable        *sprites;
  SpriteContext      sprite_context;
  gsize              sprite_bytes;
  guint64            frame;
  guint              lanes_serial;

  double             zoom;
  double             first_year;
  guint              selected;
  guint              hovered;
  gboolean           scroll_pending;

  double             lanes_scale;
  guint              lanes_max;
  double             lanes_top;

  gboolean           keyboard_mode;
  double             pointer_x;
  gboolean           pointer_inside;
  double             drag_first_year;
  gboolean           dragging;
  double             pinch_zoom;

  AdwAnimation      *animation;
  gboolean           animation_zooms;
  double             animation_from;
  double             animation_to;
  double             animation_anchor_x;

  GtkAdjustment     *adjustment;
  gboolean           updating_adjustment;
};

enum {
  PROP_0,
  PROP_PACK,
  PROP_SELECTED_EVENT,
  PROP_ZOOM,
  PROP_MAX_ZOOM,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (VtrTimelineBand, vtr_timeline_band, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
era_free (gpointer data)
{
  Era *era = data;

  g_clear_object (&era->era);
  g_free (era);
}

static void
parse_color (const char *text,
             GdkRGBA    *color,
             GdkRGBA    *on_color)
{
  if (text == NULL || !gdk_rgba_parse (color, text))
    {
      /* The loader validates colours, so this only guards against a broken pack. */
      gdk_rgba_parse (color, "#77767b");
      text = "#77767b";
    }

  gdk_rgba_parse (on_color, vtr_category_chip_text_color_for (text));
}

static GdkRGBA
mix (const GdkRGBA *a,
     const GdkRGBA *b,
     float          amount)
{
  return (GdkRGBA) {
    .red = a->red + (b->red - a->red) * amount,
    .green = a->green + (b->green - a->green) * amount,
    .blue = a->blue + (b->blue - a->blue) * amount,
    .alpha = a->alpha,
  };
}

static GdkRGBA
with_alpha (const GdkRGBA *color,
            float          alpha)
{
  GdkRGBA result = *color;

  result.alpha *= alpha;

  return result;
}

static void
lookup_color (GtkWidget  *widget,
              const char *name,
              const char *fallback,
              GdkRGBA    *color)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (!gtk_style_context_lookup_color (context, name, color))
    gdk_rgba_parse (color, fallback);
}

static void
get_palette (VtrTimelineBand *self,
             Palette         *palette)
{
  GtkWidget *widget = GTK_WIDGET (self);
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  palette->dark = adw_style_manager_get_dark (style_manager);
  palette->high_contrast = adw_style_manager_get_high_contrast (style_manager);

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &palette->fg);
  lookup_color (widget, "view_bg_color", palette->dark ? "#1e1e1e" : "#ffffff", &palette->bg);
  lookup_color (widget, "accent_bg_color", "#3584e4", &palette->accent_bg);
  lookup_color (widget, "accent_fg_color", "#ffffff", &palette->accent_fg);
  lookup_color (widget, "accent_color", "#1c71d8", &palette->focus);

  palette->focus = with_alpha (&palette->focus, 0.5);
  palette->grid = with_alpha (&palette->fg, palette->high_contrast ? 0.35 : 0.1);
  palette->border = with_alpha (&palette->fg, palette->high_contrast ? 0.8 : 0.15);
}

static void
append_rounded (GtkSnapshot           *snapshot,
                const graphene_rect_t *rect,
                float                  radius,
                const GdkRGBA         *color)
{
  GskRoundedRect rounded;

  gsk_rounded_rect_init_from_rect (&rounded, rect, MIN (radius, MIN (rect->size.width,
                                                                      rect->size.height) / 2));
  gtk_snapshot_push_rounded_clip (snapshot, &rounded);
  gtk_snapshot_append_color (snapshot, color, rect);
  gtk_snapshot_pop (snapshot);
}

static void
append_outline (GtkSnapshot           *snapshot,
                const graphene_rect_t *rect,
                float                  radius,
                float                  width,
                const GdkRGBA         *color)
{
  GskRoundedRect rounded;
  const float widths[4] = { width, width, width, width };
  const GdkRGBA colors[4] = { *color, *color, *color, *color };

  gsk_rounded_rect_init_from_rect (&rounded, rect, MIN (radius, MIN (rect->size.width,
                                                                      rect->size.height) / 2));
  gtk_snapshot_append_border (snapshot, &rounded, widths, colors);
}

static gboolean
is_rtl (VtrTimelineBand *self)
{
  return gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
}

/* GTK hides the focus ring again after a key that leaves focus where it was, as the band's
 * arrow keys do, so the band keeps its own note of being driven by the keyboard. */
static void
set_keyboard_mode (VtrTimelineBand *self,
                   gboolean         keyboard_mode)
{
  if (self->keyboard_mode == keyboard_mode)
    return;

  self->keyboard_mode = keyboard_mode;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
shows_focus (VtrTimelineBand *self)
{
  return gtk_widget_has_visible_focus (GTK_WIDGET (self)) ||
         (self->keyboard_mode && gtk_widget_has_focus (GTK_WIDGET (self)));
}

static int
span_years (VtrTimelineBand *self)
{
  return vtr_timeline_layout_get_last_year (self->layout) -
         vtr_timeline_layout_get_first_year (self->layout) + 1;
}

static double
max_zoom (VtrTimelineBand *self)
{
  /* At the closest zoom, one year fills the band. */
  return MAX (1, span_years (self));
}

static void
get_view (VtrTimelineBand *self,
          VtrTimelineView *view)
{
  double width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);

  view->first_year = self->first_year;
  view->width = width;
  view->pixels_per_year = width / span_years (self) * self->zoom;
  view->rtl = is_rtl (self);
}

static gboolean
shows_months (const VtrTimelineView *view)
{
  return view->pixels_per_year / 12 >= MIN_MONTH_SPACING;
}

static double
era_row_top (const VtrTimelineView *view)
{
  return YEAR_ROW_HEIGHT + (shows_months (view) ? MONTH_ROW_HEIGHT : 0);
}

static void
get_metrics (VtrTimelineBand       *self,
             const VtrTimelineView *view,
             VtrTimelineMetrics    *metrics)
{
  metrics->lanes_top = era_row_top (view) + ROW_GAP;
  if (self->eras->len > 0)
    metrics->lanes_top += ERA_ROW_HEIGHT + ROW_GAP;
  metrics->lane_height = LANE_HEIGHT;
  metrics->item_height = ITEM_HEIGHT;
  metrics->dot_size = DOT_SIZE;
  metrics->gap = ITEM_GAP;
}

/* Lanes are worked out again only when the rounded zoom or the room for lanes changes, so a
 * pinch redraws without rearranging events at every step. */
static void
ensure_lanes (VtrTimelineBand          *self,
              const VtrTimelineView    *view,
              const VtrTimelineMetrics *metrics)
{
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double scale = vtr_timeline_quantize_scale (view->pixels_per_year);
  guint max_lanes = (guint)MAX (1, floor ((height - metrics->lanes_top - BOTTOM_PADDING) /
                                          metrics->lane_height));

  if (scale == self->lanes_scale && max_lanes == self->lanes_max &&
      metrics->lanes_top == self->lanes_top)
    return;

  vtr_timeline_layout_assign_lanes (self->layout, view->pixels_per_year, metrics, max_lanes);
  self->lanes_serial++;
  self->lanes_scale = scale;
  self->lanes_max = max_lanes;
  self->lanes_top = metrics->lanes_top;
}

static void
prepare (VtrTimelineBand    *self,
         VtrTimelineView    *view,
         VtrTimelineMetrics *metrics)
{
  get_view (self, view);
  get_metrics (self, view, metrics);
  ensure_lanes (self, view, metrics);
}

static VtrEvent *
get_event (VtrTimelineBand *self,
           guint            index)
{
  if (index >= vtr_timeline_layout_get_n_items (self->layout))
    return NULL;

  return g_ptr_array_index (self->events, vtr_timeline_layout_get_id (self->layout, index));
}

static const EventStyle *
get_event_style (VtrTimelineBand *self,
                 guint            index)
{
  return &g_array_index (self->event_styles, EventStyle,
                         vtr_timeline_layout_get_id (self->layout, index));
}

static char *
describe_event (VtrEvent *event)
{
  g_autofree char *date = vtr_format_date_span (vtr_event_get_date (event),
                                                vtr_event_get_end (event));

  /* Translators: an event as a screen reader or tooltip gives it; %1$s is its date, such as
   * "19–21 November 2014", and %2$s its title. */
  return g_strdup_printf (C_("event", "%1$s: %2$s"), date, vtr_event_get_title (event));
}

static void
update_accessible (VtrTimelineBand *self)
{
  VtrEvent *event = get_event (self, self->selected);
  g_autofree char *description = NULL;

  if (event != NULL)
    description = describe_event (event);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL
                                    ? description
                                    : _("Use the Left and Right arrow keys to move between "
                                        "events, and Enter to open one."),
                                  -1);
}

static void
update_adjustment (VtrTimelineBand *self)
{
  VtrTimelineView view;
  double width, first;

  get_view (self, &view);
  width = view.width;
  first = vtr_timeline_layout_get_first_year (self->layout);

  self->updating_adjustment = TRUE;
  gtk_adjustment_configure (self->adjustment,
                            (self->first_year - first) * view.pixels_per_year,
                            0,
                            span_years (self) * view.pixels_per_year,
                            width / 10,
                            width * 0.9,
                            width);
  self->updating_adjustment = FALSE;
}

static void
set_first_year (VtrTimelineBand *self,
                double           first_year)
{
  VtrTimelineView view;

  get_view (self, &view);
  view.first_year = first_year;
  self->first_year = vtr_timeline_layout_clamp_first_year (self->layout, &view);

  update_adjustment (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_zoom_at (VtrTimelineBand *self,
             double           zoom,
             double           anchor_x)
{
  VtrTimelineView view;
  double first_year;

  zoom = CLAMP (zoom, 1, max_zoom (self));
  get_view (self, &view);
  first_year = vtr_timeline_view_zoom_around (&view, view.pixels_per_year / self->zoom * zoom,
                                              anchor_x);

  if (zoom != self->zoom)
    {
      self->zoom = zoom;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
    }

  set_first_year (self, first_year);
}

static void
stop_animation (VtrTimelineBand *self)
{
  if (self->animation == NULL)
    return;

  adw_animation_pause (self->animation);
  g_clear_object (&self->animation);
}

static void
animation_cb (double   value,
              gpointer user_data)
{
  VtrTimelineBand *self = user_data;
  double current = self->animation_from + (self->animation_to - self->animation_from) * value;

  /* Zoom moves along a logarithmic scale, so each frame zooms by the same factor. */
  if (self->animation_zooms)
    set_zoom_at (self, exp (current), self->animation_anchor_x);
  else
    set_first_year (self, current);
}

static void
animation_done_cb (VtrTimelineBand *self,
                   AdwAnimation    *animation)
{
  g_clear_object (&self->animation);
}

static void
animate (VtrTimelineBand *self,
         gboolean         zooms,
         double           from,
         double           to,
         double           anchor_x)
{
  AdwAnimationTarget *target;

  stop_animation (self);

  self->animation_zooms = zooms;
  self->animation_from = from;
  self->animation_to = to;
  self->animation_anchor_x = anchor_x;

  /* AdwAnimation jumps straight to the end when the system turns animations off. */
  target = adw_callback_animation_target_new (animation_cb, self, NULL);
  self->animation = adw_timed_animation_new (GTK_WIDGET (self), 0, 1, ANIMATION_MSEC, target);
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->animation), ADW_EASE_OUT_CUBIC);
  g_signal_connect_swapped (self->animation, "done", G_CALLBACK (animation_done_cb), self);
  adw_animation_play (self->animation);
}

static double
zoom_anchor (VtrTimelineBand *self)
{
  VtrTimelineView view;
  VtrTimelineMetrics metrics;
  double x;

  prepare (self, &view, &metrics);

  /* Zooming keeps the selected event in place when it is in view, else the middle. */
  if (self->selected != VTR_TIMELINE_NO_ITEM)
    {
      x = vtr_timeline_view_year_to_x (&view, vtr_timeline_layout_get_start (self->layout,
                                                                             self->selected));
      if (x >= 0 && x <= view.width)
        return x;
    }

  return view.width / 2;
}

static void
animate_zoom (VtrTimelineBand *self,
              double           zoom)
{
  double target = CLAMP (zoom, 1, max_zoom (self));

  animate (self, TRUE, log (self->zoom), log (target), zoom_anchor (self));
}

static double
target_zoom (VtrTimelineBand *self)
{
  /* Repeated clicks during an animation build on where it is going. */
  if (self->animation != NULL && self->animation_zooms)
    return exp (self->animation_to);

  return self->zoom;
}

static void
scroll_to_selected (VtrTimelineBand *self,
                    gboolean         animated)
{
  VtrTimelineView view;
  VtrTimelineMetrics metrics;
  double target;

  if (self->selected == VTR_TIMELINE_NO_ITEM)
    return;

  /* Before the first allocation there is no width to scroll within. */
  if (gtk_widget_get_width (GTK_WIDGET (self)) <= 0)
    {
      self->scroll_pending = TRUE;
      return;
    }

  self->scroll_pending = FALSE;
  prepare (self, &view, &metrics);
  target = vtr_timeline_layout_scroll_to_item (self->layout, &view, &metrics, self->selected,
                                               SCROLL_MARGIN);

  if (target == self->first_year)
    return;

  if (animated && gtk_widget_get_mapped (GTK_WIDGET (self)))
    animate (self, FALSE, self->first_year, target, 0);
  else
    set_first_year (self, target);
}

static void
select_index (VtrTimelineBand *self,
              guint            index,
              gboolean         scroll)
{
  if (index != self->selected)
    {
      self->selected = index;
      update_accessible (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EVENT]);
    }

  if (scroll)
    scroll_to_selected (self, TRUE);
}

static double
measure_label (PangoLayout *measurer,
               const char  *title)
{
  int width;

  /* Titles this long fill the widest label anyway, and measuring thousands of them would
   * slow down opening a big pack. */
  if (g_utf8_strlen (title, -1) > 60)
    return MAX_LABEL_WIDTH;

  pango_layout_set_text (measurer, title, -1);
  pango_layout_get_pixel_size (measurer, &width, NULL);

  return MIN (width, MAX_LABEL_WIDTH);
}

static void
rebuild (VtrTimelineBand *self)
{
  GListModel *events = self->pack != NULL ? vtr_pack_get_events (self->pack) : NULL;
  GListModel *eras = self->pack != NULL ? vtr_pack_get_eras (self->pack) : NULL;
  guint n_events = events != NULL ? g_list_model_get_n_items (events) : 0;
  guint n_eras = eras != NULL ? g_list_model_get_n_items (eras) : 0;
  g_autoptr(PangoLayout) measurer = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);

  g_clear_pointer (&self->layout, vtr_timeline_layout_free);
  self->layout = vtr_timeline_layout_new ();
  g_ptr_array_set_size (self->events, 0);
  g_array_set_size (self->event_styles, 0);
  g_ptr_array_set_size (self->eras, 0);
  g_hash_table_remove_all (self->icons);
  g_hash_table_remove_all (self->labels);
  g_hash_table_remove_all (self->sprites);
  self->sprite_bytes = 0;
  self->lanes_scale = 0;

  for (guint i = 0; i < n_events; i++)
    {
      g_autoptr(VtrEvent) event = g_list_model_get_item (events, i);
      VtrCategory *category = vtr_event_get_category (event);
      EventStyle style;
      double start, end;

      if (!vtr_timeline_date_range (vtr_event_get_date (event), vtr_event_get_end (event),
                                    &start, &end))
        continue;

      parse_color (category != NULL ? vtr_category_get_color (category) : NULL,
                   &style.color, &style.on_color);
      vtr_timeline_layout_add_item (self->layout, self->events->len, start, end,
                                    ITEM_PADDING + MARKER_SIZE + LABEL_SPACING +
                                    measure_label (measurer, vtr_event_get_title (event)) +
                                    LABEL_END_PADDING);
      g_ptr_array_add (self->events, g_object_ref (event));
      g_array_append_val (self->event_styles, style);
    }

  for (guint i = 0; i < n_eras; i++)
    {
      g_autoptr(VtrEra) item = g_list_model_get_item (eras, i);
      Era *era = g_new0 (Era, 1);

      if (!vtr_timeline_date_range (vtr_era_get_start (item), vtr_era_get_end (item),
                                    &era->start, &era->end))
        {
          g_free (era);
          continue;
        }

      era->era = g_object_ref (item);
      parse_color (vtr_era_get_color (item), &era->color, &era->text_color);
      vtr_timeline_layout_include (self->layout, era->start, era->end);
      g_ptr_array_add (self->eras, era);
    }
}

static GtkIconPaintable *
lookup_icon (VtrTimelineBand *self,
             VtrCategory     *category)
{
  const char *name = category != NULL ? vtr_category_get_icon_name (category) : NULL;
  GtkIconPaintable *icon;

  if (name == NULL)
    return NULL;

  icon = g_hash_table_lookup (self->icons, name);
  if (icon == NULL)
    {
      GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (
                                                              GTK_WIDGET (self)));

      icon = gtk_icon_theme_lookup_icon (theme, name, NULL, ICON_SIZE,
                                         gtk_widget_get_scale_factor (GTK_WIDGET (self)),
                                         gtk_widget_get_direction (GTK_WIDGET (self)), 0);
      g_hash_table_insert (self->icons, g_strdup (name), icon);
    }

  return icon;
}

static PangoLayout *
get_label (VtrTimelineBand *self,
           guint            index)
{
  guint id = vtr_timeline_layout_get_id (self->layout, index);
  PangoLayout *label = g_hash_table_lookup (self->labels, GUINT_TO_POINTER (id + 1));

  /* Shaped labels are kept while they are likely to be drawn again; a band shows at most a
   * few hundred at a time, so a full cache has mostly scrolled out of view. */
  if (label == NULL)
    {
      if (g_hash_table_size (self->labels) > 2000)
        g_hash_table_remove_all (self->labels);

      label = gtk_widget_create_pango_layout (GTK_WIDGET (self),
                                              vtr_event_get_title (get_event (self, index)));
      pango_layout_set_width (label, MAX_LABEL_WIDTH * PANGO_SCALE);
      pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
      pango_layout_set_single_paragraph_mode (label, TRUE);
      g_hash_table_insert (self->labels, GUINT_TO_POINTER (id + 1), label);
    }

  return label;
}

/* Draws @layout with its text starting at @x (or ending there, in right to left) and its
 * middle at @middle_y. */
static void
append_text (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             double         x,
             gboolean       rtl,
             double         middle_y,
             const GdkRGBA *color)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (round ((rtl ? x - logical.width : x) -
                                                       logical.x),
                                                round (middle_y - logical.height / 2.0)));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static const char *
month_label (guint    month,
             gboolean short_name)
{
  /* Translators: abbreviated month names for the timeline's ruler where full names do not
   * fit. */
  static const char *short_names[] = {
    NC_("month abbreviation", "Jan"), NC_("month abbreviation", "Feb"),
    NC_("month abbreviation", "Mar"), NC_("month abbreviation", "Apr"),
    NC_("month abbreviation", "May"), NC_("month abbreviation", "Jun"),
    NC_("month abbreviation", "Jul"), NC_("month abbreviation", "Aug"),
    NC_("month abbreviation", "Sep"), NC_("month abbreviation", "Oct"),
    NC_("month abbreviation", "Nov"), NC_("month abbreviation", "Dec"),
  };

  g_return_val_if_fail (month >= 1 && month <= 12, "");

  if (short_name)
    return g_dpgettext2 (GETTEXT_PACKAGE, "month abbreviation", short_names[month - 1]);

  return vtr_format_month (month);
}

/* Where the label of tick @i must end: at the next tick that has a label in the same row. */
static double
label_limit (GArray                *ticks,
             guint                  i,
             gboolean               years_only,
             const VtrTimelineView *view)
{
  for (guint j = i + 1; j < ticks->len; j++)
    {
      VtrTimelineTick *next = &g_array_index (ticks, VtrTimelineTick, j);

      if (next->labelled && (!years_only || next->month == 0))
        return next->x;
    }

  return view->rtl ? 0 : view->width;
}

static void
append_tick_label (GtkSnapshot           *snapshot,
                   PangoLayout           *layout,
                   const char            *text,
                   double                 tick_x,
                   double                 limit_x,
                   double                 middle_y,
                   const VtrTimelineView *view,
                   const GdkRGBA         *color)
{
  /* A label whose tick has scrolled off stays at the edge while its year or month is in
   * view. */
  double label_x = view->rtl ? MIN (tick_x, view->width) - 6 : MAX (tick_x, 0) + 6;
  double room = (view->rtl ? label_x - limit_x : limit_x - label_x) - 6;

  if (room < 16)
    return;

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int)room * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  append_text (snapshot, layout, label_x, view->rtl, middle_y, color);
}

static void
snapshot_ruler (VtrTimelineBand       *self,
                GtkSnapshot           *snapshot,
                const VtrTimelineView *view,
                const Palette         *palette)
{
  g_autoptr(GArray) ticks = vtr_timeline_view_get_ticks (view, MIN_YEAR_LABEL_SPACING,
                                                         MIN_MONTH_SPACING);
  g_autoptr(PangoLayout) year_layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  g_autoptr(PangoLayout) month_layout = gtk_widget_create_pango_layout (GTK_WIDGET (self),
                                                                        NULL);
  g_autoptr(PangoAttrList) bold = pango_attr_list_new ();
  g_autoptr(PangoAttrList) small = pango_attr_list_new ();
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  gboolean short_months = view->pixels_per_year / 12 < SHORT_MONTH_SPACING;
  double month_y = YEAR_ROW_HEIGHT + MONTH_ROW_HEIGHT / 2.0;
  GdkRGBA month_grid = with_alpha (&palette->grid, 0.6);
  GdkRGBA month_text = with_alpha (&palette->fg, palette->high_contrast ? 1 : 0.7);

  pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (year_layout, bold);
  pango_attr_list_insert (small, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_layout_set_attributes (month_layout, small);

  for (guint i = 0; i < ticks->len; i++)
    {
      VtrTimelineTick *tick = &g_array_index (ticks, VtrTimelineTick, i);
      double x = round (tick->x);

      /* Labelled years rule the whole band; the years between them, packed close on a far
       * zoom, only notch the ruler. */
      if (tick->month != 0)
        gtk_snapshot_append_color (snapshot, &month_grid,
                                   &GRAPHENE_RECT_INIT (x, YEAR_ROW_HEIGHT, 1, height));
      else if (tick->labelled)
        gtk_snapshot_append_color (snapshot, &palette->grid,
                                   &GRAPHENE_RECT_INIT (x, 0, 1, height));
      else
        gtk_snapshot_append_color (snapshot, &palette->grid,
                                   &GRAPHENE_RECT_INIT (x, YEAR_ROW_HEIGHT - 6, 1, 6));

      if (!tick->labelled)
        continue;

      if (tick->month != 0)
        {
          append_tick_label (snapshot, month_layout, month_label (tick->month, short_months),
                             x, label_limit (ticks, i, FALSE, view), month_y, view,
                             &month_text);
          continue;
        }

      {
        g_autofree char *year = g_strdup_printf ("%d", tick->year);

        append_tick_label (snapshot, year_layout, year, x, label_limit (ticks, i, TRUE, view),
                           YEAR_ROW_HEIGHT / 2.0, view, &palette->fg);
      }

      /* January has no tick of its own: it starts with the year. */
      if (shows_months (view))
        append_tick_label (snapshot, month_layout, month_label (1, short_months), x,
                           label_limit (ticks, i, FALSE, view), month_y, view, &month_text);
    }
}

static void
snapshot_eras (VtrTimelineBand       *self,
               GtkSnapshot           *snapshot,
               const VtrTimelineView *view,
               const Palette         *palette)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();
  double top = era_row_top (view) + ROW_GAP;

  pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attributes);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);

  for (guint i = 0; i < self->eras->len; i++)
    {
      Era *era = g_ptr_array_index (self->eras, i);
      double a = vtr_timeline_view_year_to_x (view, era->start);
      double b = vtr_timeline_view_year_to_x (view, era->end);
      double x0 = MAX (MIN (a, b), -8) + 1;
      double x1 = MIN (MAX (a, b), view->width + 8) - 1;
      graphene_rect_t rect;
      double room;

      if (x1 <= x0)
        continue;

      rect = GRAPHENE_RECT_INIT (x0, top, x1 - x0, ERA_ROW_HEIGHT);
      append_rounded (snapshot, &rect, 6, &era->color);
      if (palette->high_contrast)
        append_outline (snapshot, &rect, 6, 1, &palette->fg);

      /* The name stays in view while any of its era is. */
      x0 = MAX (x0, 0) + 8;
      x1 = MIN (x1, view->width) - 8;
      room = x1 - x0;
      if (room < 24)
        continue;

      pango_layout_set_text (layout, vtr_era_get_name (era->era), -1);
      pango_layout_set_width (layout, (int)room * PANGO_SCALE);
      append_text (snapshot, layout, view->rtl ? x1 : x0, view->rtl, top + ERA_ROW_HEIGHT / 2.0,
                   &era->text_color);
    }
}

static void
snapshot_marker (VtrTimelineBand  *self,
                 GtkSnapshot      *snapshot,
                 guint             index,
                 double            middle_x,
                 double            middle_y,
                 const Palette    *palette)
{
  const EventStyle *style = get_event_style (self, index);
  GtkIconPaintable *icon = lookup_icon (self, vtr_event_get_category (get_event (self, index)));
  graphene_rect_t rect = GRAPHENE_RECT_INIT (middle_x - MARKER_SIZE / 2.0,
                                             middle_y - MARKER_SIZE / 2.0,
                                             MARKER_SIZE, MARKER_SIZE);

  append_rounded (snapshot, &rect, MARKER_SIZE / 2.0, &style->color);

  /* An outline keeps a dark marker apart from a dark background, and in high contrast it
   * does not rely on the colour at all. */
  if (palette->high_contrast)
    append_outline (snapshot, &rect, MARKER_SIZE / 2.0, 2, &palette->fg);
  else if (palette->dark)
    {
      GdkRGBA outline = with_alpha (&palette->fg, 0.35);

      append_outline (snapshot, &rect, MARKER_SIZE / 2.0, 1, &outline);
    }

  if (icon != NULL)
    {
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (round (middle_x - ICON_SIZE / 2.0),
                                                              round (middle_y -
                                                                     ICON_SIZE / 2.0)));
      gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (icon), snapshot,
                                                ICON_SIZE, ICON_SIZE, &style->on_color, 1);
      gtk_snapshot_restore (snapshot);
    }
}

static void
snapshot_item (VtrTimelineBand          *self,
               GtkSnapshot              *snapshot,
               const VtrTimelineView    *view,
               const VtrTimelineMetrics *metrics,
               guint                     index,
               double                    x0,
               double                    x1,
               const Palette            *palette)
{
  const EventStyle *style = get_event_style (self, index);
  gboolean selected = index == self->selected;
  gboolean hovered = index == self->hovered;
  guint lane = vtr_timeline_layout_get_lane (self->layout, index);
  double top = metrics->lanes_top + lane * metrics->lane_height;
  double start_x = vtr_timeline_view_year_to_x (view, vtr_timeline_layout_get_start (self->layout,
                                                                                     index));
  double end_x = vtr_timeline_view_year_to_x (view, vtr_timeline_layout_get_end (self->layout,
                                                                                 index));
  gboolean flipped = vtr_timeline_layout_is_flipped (self->layout, index);
  gboolean marker_on_left;
  double marker_x, text_x;
  graphene_rect_t rect;
  GdkRGBA fill;
  PangoLayout *label;
  double room;

  /* A compact item is a dot; when selected it opens out into a full pill over its lane, so
   * the selection is always readable. */
  if (vtr_timeline_layout_is_compact (self->layout, index) && !selected)
    {
      rect = GRAPHENE_RECT_INIT (start_x - DOT_SIZE / 2.0,
                                 top + (ITEM_HEIGHT - DOT_SIZE) / 2.0, DOT_SIZE, DOT_SIZE);
      append_rounded (snapshot, &rect, DOT_SIZE / 2.0, &style->color);
      if (palette->high_contrast || hovered)
        append_outline (snapshot, &rect, DOT_SIZE / 2.0, hovered ? 2 : 1, &palette->fg);
      return;
    }

  if (vtr_timeline_layout_is_compact (self->layout, index))
    {
      PangoRectangle logical;
      double length;

      pango_layout_get_pixel_extents (get_label (self, index), NULL, &logical);
      length = MAX (fabs (end_x - start_x), ITEM_PADDING + MARKER_SIZE + LABEL_SPACING +
                                            logical.width + LABEL_END_PADDING);

      /* Like the events in lanes, it turns back where it would run off the band. */
      flipped = view->rtl ? start_x - length < 0 : start_x + length > view->width;
      x0 = view->rtl != flipped ? start_x - length : start_x;
      x1 = view->rtl != flipped ? start_x : start_x + length;
    }

  /* The marker sits where the event's time starts to be drawn: at the date, or at the end of
   * a flipped event. */
  marker_on_left = view->rtl == flipped;
  marker_x = marker_on_left ? x0 + ITEM_PADDING + MARKER_SIZE / 2.0
                            : x1 - ITEM_PADDING - MARKER_SIZE / 2.0;
  text_x = marker_on_left ? marker_x + MARKER_SIZE / 2.0 + LABEL_SPACING
                          : marker_x - MARKER_SIZE / 2.0 - LABEL_SPACING;

  rect = GRAPHENE_RECT_INIT (x0, top, x1 - x0, ITEM_HEIGHT);
  fill = selected ? palette->accent_bg
                  : mix (&palette->bg, &style->color, palette->dark ? 0.3 : 0.14);
  append_rounded (snapshot, &rect, ITEM_HEIGHT / 2.0, &fill);

  if (hovered && !selected)
    {
      GdkRGBA hover = with_alpha (&palette->fg, 0.07);

      append_rounded (snapshot, &rect, ITEM_HEIGHT / 2.0, &hover);
    }

  if (!selected || palette->high_contrast)
    append_outline (snapshot, &rect, ITEM_HEIGHT / 2.0, 1, &palette->border);

  /* The span, along the foot of the pill. */
  if (end_x != start_x)
    {
      GskRoundedRect clip;
      double bar_x0 = MIN (start_x, end_x), bar_x1 = MAX (start_x, end_x);

      gsk_rounded_rect_init_from_rect (&clip, &rect, ITEM_HEIGHT / 2.0);
      gtk_snapshot_push_rounded_clip (snapshot, &clip);
      gtk_snapshot_append_color (snapshot, selected ? &palette->accent_fg : &style->color,
                                 &GRAPHENE_RECT_INIT (bar_x0, top + ITEM_HEIGHT - SPAN_BAR_HEIGHT,
                                                      MAX (bar_x1 - bar_x0, 2),
                                                      SPAN_BAR_HEIGHT));
      gtk_snapshot_pop (snapshot);
    }

  snapshot_marker (self, snapshot, index, marker_x, top + ITEM_HEIGHT / 2.0, palette);

  room = (marker_on_left ? x1 - text_x : text_x - x0) - LABEL_END_PADDING / 2.0;
  if (room >= 12)
    {
      label = get_label (self, index);
      pango_layout_set_width (label, (int)MIN (room, MAX_LABEL_WIDTH) * PANGO_SCALE);
      append_text (snapshot, label, text_x, !marker_on_left, top + ITEM_HEIGHT / 2.0,
                   selected ? &palette->accent_fg : &palette->fg);
    }

  if (selected && shows_focus (self))
    {
      graphene_rect_t ring = GRAPHENE_RECT_INIT (x0 - 3, top - 3, x1 - x0 + 6, ITEM_HEIGHT + 6);

      append_outline (snapshot, &ring, ITEM_HEIGHT / 2.0 + 3, 2, &palette->focus);
    }
}

static void
sprite_free (gpointer data)
{
  Sprite *sprite = data;

  g_clear_pointer (&sprite->surface, cairo_surface_destroy);
  g_free (sprite);
}

/* Sets @local to @view moved so that @year falls at x = 0, exactly. Only an event that is not
 * selected may be drawn in it: its width is gone. */
static void
anchor_view (const VtrTimelineView *view,
             double                 year,
             VtrTimelineView       *local)
{
  *local = *view;
  local->first_year = year;
  local->width = 0;
}

/* Sprites are for the software renderer, which rasterises every rounded shape and every
 * glyph of every event in view on the CPU, on every frame of a pan: at 16x zoom that was
 * most of a frame (docs/performance.md). A sprite is drawn once, with the renderer's own
 * gsk_render_node_draw(), and then copied. It is a cairo surface behind a cairo node rather
 * than a texture: GTK 4.8's software renderer converts a texture's pixels afresh on every
 * frame. A GPU renderer draws the shapes itself, and would upload a cairo node on every
 * frame. Returns whether sprites may be used for this frame. */
static gboolean
prepare_sprites (VtrTimelineBand          *self,
                 const VtrTimelineView    *view,
                 const VtrTimelineMetrics *metrics,
                 const Palette            *palette)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkNative *native = gtk_widget_get_native (widget);
  GskRenderer *renderer = native != NULL ? gtk_native_get_renderer (native) : NULL;
  SpriteContext context;

  self->frame++;
  if (renderer == NULL || !GSK_IS_CAIRO_RENDERER (renderer))
    return FALSE;

  memset (&context, 0, sizeof context);
  context.pixels_per_year = view->pixels_per_year;
  context.lanes_top = metrics->lanes_top;
  context.lanes_serial = self->lanes_serial;
  context.pango_serial = pango_context_get_serial (gtk_widget_get_pango_context (widget));
  context.scale = gtk_widget_get_scale_factor (widget);
  context.rtl = view->rtl;
  context.palette = *palette;

  if (memcmp (&context, &self->sprite_context, sizeof context) != 0)
    {
      g_hash_table_remove_all (self->sprites);
      self->sprite_bytes = 0;
      self->sprite_context = context;
    }

  return TRUE;
}

/* Drops the sprites not drawn on this frame once they take more than the budget. */
static void
trim_sprites (VtrTimelineBand *self)
{
  GHashTableIter iter;
  Sprite *sprite;

  if (self->sprite_bytes <= SPRITE_BUDGET_BYTES)
    return;

  g_hash_table_iter_init (&iter, self->sprites);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &sprite))
    {
      if (sprite->frame == self->frame)
        continue;

      self->sprite_bytes -= (gsize) cairo_image_surface_get_stride (sprite->surface) *
                            cairo_image_surface_get_height (sprite->surface);
      g_hash_table_iter_remove (&iter);
    }
}

static Sprite *
get_sprite (VtrTimelineBand          *self,
            const VtrTimelineView    *view,
            const VtrTimelineMetrics *metrics,
            guint                     index,
            const Palette            *palette)
{
  guint id = vtr_timeline_layout_get_id (self->layout, index);
  Sprite *sprite = g_hash_table_lookup (self->sprites, GUINT_TO_POINTER (id + 1));
  int scale = self->sprite_context.scale;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  VtrTimelineView local;
  graphene_rect_t bounds;
  double x0, x1;
  cairo_t *cr;

  if (sprite != NULL)
    {
      sprite->frame = self->frame;
      return sprite;
    }

  anchor_view (view, vtr_timeline_layout_get_start (self->layout, index), &local);
  vtr_timeline_layout_get_extent (self->layout, &local, metrics, index, &x0, &x1);
  snapshot = gtk_snapshot_new ();
  snapshot_item (self, snapshot, &local, metrics, index, x0, x1, palette);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return NULL;

  /* The image covers whole pixels, so it is copied to the screen as it is. */
  gsk_render_node_get_bounds (node, &bounds);
  sprite = g_new0 (Sprite, 1);
  sprite->x = floor (bounds.origin.x);
  sprite->y = floor (bounds.origin.y);
  sprite->width = ceil (bounds.origin.x + bounds.size.width) - sprite->x;
  sprite->height = ceil (bounds.origin.y + bounds.size.height) - sprite->y;
  sprite->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, sprite->width * scale,
                                                sprite->height * scale);
  cairo_surface_set_device_scale (sprite->surface, scale, scale);
  cr = cairo_create (sprite->surface);
  cairo_translate (cr, -sprite->x, -sprite->y);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  sprite->frame = self->frame;
  self->sprite_bytes += (gsize) cairo_image_surface_get_stride (sprite->surface) *
                        cairo_image_surface_get_height (sprite->surface);
  g_hash_table_insert (self->sprites, GUINT_TO_POINTER (id + 1), sprite);

  return sprite;
}

/* Draws an event with its date on a whole pixel, from its sprite when @sprites allows and it
 * is not hovered: the same pixels however far the band has panned. A selected compact event
 * needs the view's width to open out, which its own view has not: it is not drawn here. */
static void
snapshot_item_on_pixel (VtrTimelineBand          *self,
                        GtkSnapshot              *snapshot,
                        const VtrTimelineView    *view,
                        const VtrTimelineMetrics *metrics,
                        guint                     index,
                        const Palette            *palette,
                        gboolean                  sprites)
{
  double start = vtr_timeline_layout_get_start (self->layout, index);
  double anchor = round (vtr_timeline_view_year_to_x (view, start));
  VtrTimelineView local;
  double x0, x1;

  anchor_view (view, start, &local);
  vtr_timeline_layout_get_extent (self->layout, &local, metrics, index, &x0, &x1);

  /* An event spanning years is a pill as long as its span on a close zoom: a sprite of it
   * would take more memory than drawing it takes time. */
  if (sprites && index != self->hovered && x1 - x0 <= SPRITE_MAX_WIDTH)
    {
      Sprite *sprite = get_sprite (self, view, metrics, index, palette);
      cairo_t *cr;

      if (sprite == NULL)
        return;

      cr = gtk_snapshot_append_cairo (snapshot,
                                      &GRAPHENE_RECT_INIT (anchor + sprite->x, sprite->y,
                                                           sprite->width, sprite->height));
      cairo_set_source_surface (cr, sprite->surface, anchor + sprite->x, sprite->y);
      cairo_paint (cr);
      cairo_destroy (cr);
      return;
    }

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (anchor, 0));
  snapshot_item (self, snapshot, &local, metrics, index, x0, x1, palette);
  gtk_snapshot_restore (snapshot);
}

static void
snapshot_items (VtrTimelineBand          *self,
                GtkSnapshot              *snapshot,
                const VtrTimelineView    *view,
                const VtrTimelineMetrics *metrics,
                const Palette            *palette)
{
  guint begin, end;
  double last_dot_x = -G_MAXDOUBLE;
  gboolean sprites = prepare_sprites (self, view, metrics, palette);

  vtr_timeline_layout_get_visible_range (self->layout, view, metrics, &begin, &end);

  for (guint i = begin; i < end; i++)
    {
      double x0, x1;

      if (i == self->selected)
        continue;

      vtr_timeline_layout_get_extent (self->layout, view, metrics, i, &x0, &x1);
      if (x1 < 0 || x0 > view->width)
        continue;

      /* Thousands of dots can pile up on a far zoom; one per pixel is all the eye sees. */
      if (vtr_timeline_layout_is_compact (self->layout, i) && i != self->hovered)
        {
          if (fabs (x0 - last_dot_x) < 1)
            continue;
          last_dot_x = x0;
        }

      snapshot_item_on_pixel (self, snapshot, view, metrics, i, palette, sprites);
    }
  trim_sprites (self);

  /* The selection goes on top of everything, where the other events are drawn, so that it
   * does not move when selected. */
  if (self->selected != VTR_TIMELINE_NO_ITEM &&
      !vtr_timeline_layout_is_compact (self->layout, self->selected))
    snapshot_item_on_pixel (self, snapshot, view, metrics, self->selected, palette, FALSE);
  else if (self->selected != VTR_TIMELINE_NO_ITEM)
    {
      double x0, x1;

      vtr_timeline_layout_get_extent (self->layout, view, metrics, self->selected, &x0, &x1);
      snapshot_item (self, snapshot, view, metrics, self->selected, x0, x1, palette);
    }
}

static void
snapshot_empty (VtrTimelineBand *self,
                GtkSnapshot     *snapshot,
                const Palette   *palette)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self),
                                                                  _("No events to show"));
  GdkRGBA dim = with_alpha (&palette->fg, 0.55);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (round ((gtk_widget_get_width (GTK_WIDGET (self))
                                                        - width) / 2.0),
                                                round ((gtk_widget_get_height (GTK_WIDGET (self))
                                                        - height) / 2.0)));
  gtk_snapshot_append_layout (snapshot, layout, &dim);
  gtk_snapshot_restore (snapshot);
}

static void
update_hover (VtrTimelineBand *self,
              guint            hovered)
{
  if (hovered == self->hovered)
    return;

  self->hovered = hovered;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   hovered != VTR_TIMELINE_NO_ITEM ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static guint
hit_test (VtrTimelineBand *self,
          double           x,
          double           y)
{
  VtrTimelineView view;
  VtrTimelineMetrics metrics;

  prepare (self, &view, &metrics);

  /* The selected item is drawn on top, and may be opened out from a dot. */
  if (self->selected != VTR_TIMELINE_NO_ITEM &&
      !vtr_timeline_layout_is_compact (self->layout, self->selected))
    {
      double x0, x1;
      double top = metrics.lanes_top +
                   vtr_timeline_layout_get_lane (self->layout, self->selected) *
                   metrics.lane_height;

      vtr_timeline_layout_get_extent (self->layout, &view, &metrics, self->selected, &x0, &x1);
      if (x >= x0 && x <= x1 && y >= top && y <= top + metrics.item_height)
        return self->selected;
    }

  return vtr_timeline_layout_hit_test (self->layout, &view, &metrics, x, y);
}

static void
pan_by_pixels (VtrTimelineBand *self,
               double           pixels)
{
  VtrTimelineView view;

  get_view (self, &view);
  set_first_year (self, self->first_year + pixels / view.pixels_per_year);
}

static void
activate_selected (VtrTimelineBand *self)
{
  VtrEvent *event = get_event (self, self->selected);

  if (event != NULL)
    g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event);
}

static gboolean
move_cb (GtkWidget *widget,
         GVariant  *args,
         gpointer   user_data)
{
  VtrTimelineBand *self = VTR_TIMELINE_BAND (widget);
  VtrTimelineView view;
  VtrTimelineMetrics metrics;
  int move;

  g_variant_get (args, "i", &move);
  prepare (self, &view, &metrics);
  set_keyboard_mode (self, TRUE);

  select_index (self, vtr_timeline_layout_navigate (self->layout, &view, self->selected,
                                                    (VtrTimelineMove)move), TRUE);

  return TRUE;
}

static gboolean
page_cb (GtkWidget *widget,
         GVariant  *args,
         gpointer   user_data)
{
  VtrTimelineBand *self = VTR_TIMELINE_BAND (widget);
  int direction;

  g_variant_get (args, "i", &direction);
  set_keyboard_mode (self, TRUE);
  pan_by_pixels (self, direction * gtk_widget_get_width (widget) * 0.8);

  return TRUE;
}

static gboolean
activate_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  VtrTimelineBand *self = VTR_TIMELINE_BAND (widget);

  if (self->selected == VTR_TIMELINE_NO_ITEM)
    return FALSE;

  set_keyboard_mode (self, TRUE);
  activate_selected (self);

  return TRUE;
}

static gboolean
scroll_cb (VtrTimelineBand          *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GdkModifierType state =
    gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;

  stop_animation (self);

  if (state & GDK_CONTROL_MASK)
    {
      double factor = wheel ? pow (1.25, -dy) : exp (-dy / 100);
      double anchor = self->pointer_inside ? self->pointer_x
                                           : gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;

      set_zoom_at (self, self->zoom * factor, anchor);
      return TRUE;
    }

  /* Scrolling sideways follows what the eye sees; scrolling down goes forward in time. */
  if (dx != 0)
    pan_by_pixels (self, (is_rtl (self) ? -dx : dx) * (wheel ? WHEEL_STEP : 1));
  else
    pan_by_pixels (self, dy * (wheel ? WHEEL_STEP : 1));

  return TRUE;
}

static void
drag_begin_cb (VtrTimelineBand *self,
               double           x,
               double           y,
               GtkGestureDrag  *gesture)
{
  stop_animation (self);
  set_keyboard_mode (self, FALSE);
  self->drag_first_year = self->first_year;
  self->dragging = FALSE;
}

static void
drag_update_cb (VtrTimelineBand *self,
                double           offset_x,
                double           offset_y,
                GtkGestureDrag  *gesture)
{
  VtrTimelineView view;
  double start_x, start_y;

  gtk_gesture_drag_get_start_point (gesture, &start_x, &start_y);

  if (!self->dragging)
    {
      if (!gtk_drag_check_threshold (GTK_WIDGET (self), start_x, start_y, start_x + offset_x,
                                     start_y + offset_y))
        return;

      self->dragging = TRUE;
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
    }

  get_view (self, &view);
  view.first_year = self->drag_first_year;
  set_first_year (self, self->drag_first_year +
                        vtr_timeline_view_x_to_year (&view, start_x) -
                        vtr_timeline_view_x_to_year (&view, start_x + offset_x));
}

static void
drag_end_cb (VtrTimelineBand *self,
             double           offset_x,
             double           offset_y,
             GtkGestureDrag  *gesture)
{
  double start_x, start_y;
  guint index;

  if (self->dragging)
    {
      self->dragging = FALSE;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                       self->hovered != VTR_TIMELINE_NO_ITEM ? "pointer" : NULL);
      return;
    }

  /* A press and release without moving is a click. */
  gtk_gesture_drag_get_start_point (gesture, &start_x, &start_y);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  index = hit_test (self, start_x, start_y);
  if (index == VTR_TIMELINE_NO_ITEM)
    return;

  select_index (self, index, FALSE);
  activate_selected (self);
}

static void
zoom_begin_cb (VtrTimelineBand  *self,
               GdkEventSequence *sequence,
               GtkGestureZoom   *gesture)
{
  stop_animation (self);
  self->pinch_zoom = self->zoom;

  /* Two fingers zoom; claiming their touches stops the drag from panning at the same time. */
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
zoom_scale_changed_cb (VtrTimelineBand *self,
                       double           scale,
                       GtkGestureZoom  *gesture)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;

  set_zoom_at (self, self->pinch_zoom * scale, x);
}

static void
motion_cb (VtrTimelineBand          *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  self->pointer_x = x;
  self->pointer_inside = TRUE;

  if (!self->dragging)
    update_hover (self, hit_test (self, x, y));
}

static void
leave_cb (VtrTimelineBand          *self,
          GtkEventControllerMotion *controller)
{
  self->pointer_inside = FALSE;
  update_hover (self, VTR_TIMELINE_NO_ITEM);
}

static void
adjustment_value_changed_cb (VtrTimelineBand *self,
                             GtkAdjustment   *adjustment)
{
  VtrTimelineView view;

  if (self->updating_adjustment)
    return;

  stop_animation (self);
  get_view (self, &view);
  set_first_year (self, vtr_timeline_layout_get_first_year (self->layout) +
                        gtk_adjustment_get_value (adjustment) / view.pixels_per_year);
}

static void
vtr_timeline_band_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = 600;
    }
  else
    {
      *minimum = YEAR_ROW_HEIGHT + ROW_GAP + ERA_ROW_HEIGHT + ROW_GAP + LANE_HEIGHT +
                 BOTTOM_PADDING;
      *natural = *minimum + 5 * LANE_HEIGHT;
    }
}

static void
vtr_timeline_band_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  VtrTimelineBand *self = VTR_TIMELINE_BAND (widget);

  /* The zoom is a share of the span, so a wider band shows the same years, larger. */
  set_first_year (self, self->first_year);

  if (self->scroll_pending)
    scroll_to_selected (self, FALSE);
}

static void
vtr_timeline_band_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  VtrTimelineBand *self = VTR_TIMELINE_BAND (widget);
  VtrTimelineView view;
  VtrTimelineMetrics metrics;
  Palette palette;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  prepare (self, &view, &metrics);
  get_palette (self, &palette);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  snapshot_ruler (self, snapshot, &view, &palette);
  snapshot_eras (self, snapshot, &view, &palette);
  snapshot_items (self, snapshot, &view, &metrics, &palette);

  if (vtr_timeline_layout_get_n_items (self->layout) == 0)
    snapshot_empty (self, snapshot, &palette);

  /* With nothing selected, the focus ring goes around the band itself. */
  if (self->selected == VTR_TIMELINE_NO_ITEM && shows_focus (self))
    append_outline (snapshot, &GRAPHENE_RECT_INIT (1, 1, width - 2, height - 2), 8, 2,
                    &palette.focus);

  gtk_snapshot_pop (snapshot);
}

static gboolean
vtr_timeline_band_query_tooltip (GtkWidget  *widget,
                                 int         x,
                                 int         y,
                                 gboolean    keyboard_tooltip,
                                 GtkTooltip *tooltip)
{
  VtrTimelineBand *self = VTR_TIMELINE_BAND (widget);
  guint index = keyboard_tooltip ? self->selected : hit_test (self, x, y);
  VtrEvent *event = get_event (self, index);
  g_autofree char *text = NULL;

  if (event == NULL)
    return FALSE;

  text = describe_event (event);
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static void
vtr_timeline_band_state_flags_changed (GtkWidget     *widget,
                                       GtkStateFlags  previous_state)
{
  GtkStateFlags changed = previous_state ^ gtk_widget_get_state_flags (widget);

  GTK_WIDGET_CLASS (vtr_timeline_band_parent_class)->state_flags_changed (widget,
                                                                          previous_state);

  /* The band draws its own focus ring. */
  if (changed & (GTK_STATE_FLAG_FOCUSED | GTK_STATE_FLAG_FOCUS_VISIBLE))
    gtk_widget_queue_draw (widget);
}

static void
vtr_timeline_band_direction_changed (GtkWidget        *widget,
                                     GtkTextDirection  previous_direction)
{
  VtrTimelineBand *self = VTR_TIMELINE_BAND (widget);

  g_hash_table_remove_all (self->icons);
  g_hash_table_remove_all (self->sprites);
  self->sprite_bytes = 0;
  gtk_widget_queue_draw (widget);
}

static void
vtr_timeline_band_dispose (GObject *object)
{
  VtrTimelineBand *self = (VtrTimelineBand *)object;

  stop_animation (self);
  g_clear_object (&self->pack);

  G_OBJECT_CLASS (vtr_timeline_band_parent_class)->dispose (object);
}

static void
vtr_timeline_band_finalize (GObject *object)
{
  VtrTimelineBand *self = (VtrTimelineBand *)object;

  g_clear_pointer (&self->layout, vtr_timeline_layout_free);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->event_styles, g_array_unref);
  g_clear_pointer (&self->eras, g_ptr_array_unref);
  g_clear_pointer (&self->icons, g_hash_table_unref);
  g_clear_pointer (&self->labels, g_hash_table_unref);
  g_clear_pointer (&self->sprites, g_hash_table_unref);
  g_clear_object (&self->adjustment);

  G_OBJECT_CLASS (vtr_timeline_band_parent_class)->finalize (object);
}

static void
vtr_timeline_band_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VtrTimelineBand *self = VTR_TIMELINE_BAND (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;

    case PROP_SELECTED_EVENT:
      g_value_set_object (value, vtr_timeline_band_get_selected_event (self));
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    case PROP_MAX_ZOOM:
      g_value_set_double (value, max_zoom (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_timeline_band_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  VtrTimelineBand *self = VTR_TIMELINE_BAND (object);

  switch (prop_id)
    {
    case PROP_PACK:
      vtr_timeline_band_set_pack (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_timeline_band_class_init (VtrTimelineBandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const struct {
    guint keyval;
    VtrTimelineMove move;
  } moves[] = {
    { GDK_KEY_Left, VTR_TIMELINE_MOVE_LEFT },
    { GDK_KEY_KP_Left, VTR_TIMELINE_MOVE_LEFT },
    { GDK_KEY_Right, VTR_TIMELINE_MOVE_RIGHT },
    { GDK_KEY_KP_Right, VTR_TIMELINE_MOVE_RIGHT },
    { GDK_KEY_Home, VTR_TIMELINE_MOVE_FIRST },
    { GDK_KEY_KP_Home, VTR_TIMELINE_MOVE_FIRST },
    { GDK_KEY_End, VTR_TIMELINE_MOVE_LAST },
    { GDK_KEY_KP_End, VTR_TIMELINE_MOVE_LAST },
  };
  const guint activate_keys[] = {
    GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter, GDK_KEY_space, GDK_KEY_KP_Space,
  };

  object_class->dispose = vtr_timeline_band_dispose;
  object_class->finalize = vtr_timeline_band_finalize;
  object_class->get_property = vtr_timeline_band_get_property;
  object_class->set_property = vtr_timeline_band_set_property;

  widget_class->measure = vtr_timeline_band_measure;
  widget_class->size_allocate = vtr_timeline_band_size_allocate;
  widget_class->snapshot = vtr_timeline_band_snapshot;
  widget_class->query_tooltip = vtr_timeline_band_query_tooltip;
  widget_class->state_flags_changed = vtr_timeline_band_state_flags_changed;
  widget_class->direction_changed = vtr_timeline_band_direction_changed;

  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, VTR_TYPE_PACK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * VtrTimelineBand:selected-event:
   *
   * The event the keyboard or a click last landed on, shown highlighted.
   */
  properties[PROP_SELECTED_EVENT] =
    g_param_spec_object ("selected-event", NULL, NULL, VTR_TYPE_EVENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * VtrTimelineBand:zoom:
   *
   * How far the band is zoomed in: 1 shows the whole span, and VtrTimelineBand:max-zoom a
   * single year.
   */
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 1, G_MAXDOUBLE, 1,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_MAX_ZOOM] =
    g_param_spec_double ("max-zoom", NULL, NULL, 1, G_MAXDOUBLE, 1,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VtrTimelineBand::event-activated:
   * @event: the event
   *
   * Emitted when an event is clicked, or Enter is pressed on it.
   */
  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, VTR_TYPE_EVENT);

  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    gtk_widget_class_add_binding (widget_class, moves[i].keyval, 0, move_cb, "i",
                                  moves[i].move);
  for (guint i = 0; i < G_N_ELEMENTS (activate_keys); i++)
    gtk_widget_class_add_binding (widget_class, activate_keys[i], 0, activate_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Page_Up, 0, page_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Page_Down, 0, page_cb, "i", 1);

  gtk_widget_class_set_css_name (widget_class, "timeline-band");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
vtr_timeline_band_init (VtrTimelineBand *self)
{
  GtkEventController *scroll;
  GtkEventController *motion;
  GtkGesture *drag;
  GtkGesture *zoom;

  self->layout = vtr_timeline_layout_new ();
  self->events = g_ptr_array_new_with_free_func (g_object_unref);
  self->event_styles = g_array_new (FALSE, FALSE, sizeof (EventStyle));
  self->eras = g_ptr_array_new_with_free_func (era_free);
  self->icons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->labels = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_object_unref);
  self->sprites = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, sprite_free);
  self->zoom = 1;
  self->first_year = vtr_timeline_layout_get_first_year (self->layout);
  self->selected = VTR_TIMELINE_NO_ITEM;
  self->hovered = VTR_TIMELINE_NO_ITEM;
  self->adjustment = g_object_ref_sink (gtk_adjustment_new (0, 0, 1, 0.1, 0.9, 1));
  g_signal_connect_object (self->adjustment, "value-changed",
                           G_CALLBACK (adjustment_value_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  drag = gtk_gesture_drag_new ();
  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  zoom = gtk_gesture_zoom_new ();
  g_signal_connect_swapped (zoom, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect_swapped (zoom, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  /* The band draws in colours it looks up itself, so it redraws when they change. */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"),
                                  -1);
  update_accessible (self);
}

GtkWidget *
vtr_timeline_band_new (void)
{
  return g_object_new (VTR_TYPE_TIMELINE_BAND, NULL);
}

VtrPack *
vtr_timeline_band_get_pack (VtrTimelineBand *self)
{
  g_return_val_if_fail (VTR_IS_TIMELINE_BAND (self), NULL);

  return self->pack;
}

/**
 * vtr_timeline_band_set_pack:
 *
 * Shows @pack's eras and events. The selected event stays selected if the new pack has an
 * event with its id, such as the same pack in another language; the zoom stays too if the
 * span of years is the same.
 */
void
vtr_timeline_band_set_pack (VtrTimelineBand *self,
                            VtrPack         *pack)
{
  VtrEvent *selected;
  g_autofree char *selected_id = NULL;
  int first_year, last_year;

  g_return_if_fail (VTR_IS_TIMELINE_BAND (self));
  g_return_if_fail (pack == NULL || VTR_IS_PACK (pack));

  if (!g_set_object (&self->pack, pack))
    return;

  stop_animation (self);
  selected = get_event (self, self->selected);
  selected_id = selected != NULL ? g_strdup (vtr_event_get_id (selected)) : NULL;
  first_year = vtr_timeline_layout_get_first_year (self->layout);
  last_year = vtr_timeline_layout_get_last_year (self->layout);

  rebuild (self);
  update_hover (self, VTR_TIMELINE_NO_ITEM);

  if (first_year != vtr_timeline_layout_get_first_year (self->layout) ||
      last_year != vtr_timeline_layout_get_last_year (self->layout))
    {
      self->zoom = 1;
      self->first_year = vtr_timeline_layout_get_first_year (self->layout);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_ZOOM]);
    }

  self->selected = VTR_TIMELINE_NO_ITEM;
  if (selected_id == NULL || !vtr_timeline_band_select_event (self, selected_id))
    {
      update_accessible (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EVENT]);
    }

  set_first_year (self, self->first_year);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
}

/**
 * vtr_timeline_band_get_selected_event:
 *
 * Returns: (transfer none) (nullable): the selected event
 */
VtrEvent *
vtr_timeline_band_get_selected_event (VtrTimelineBand *self)
{
  g_return_val_if_fail (VTR_IS_TIMELINE_BAND (self), NULL);

  return get_event (self, self->selected);
}

/**
 * vtr_timeline_band_select_event:
 * @event_id: (nullable): the id of an event of the pack, or %NULL to select none
 *
 * Selects the event and scrolls it into view, keeping the zoom.
 *
 * Returns: %TRUE if the pack has such an event
 */
gboolean
vtr_timeline_band_select_event (VtrTimelineBand *self,
                                const char      *event_id)
{
  g_return_val_if_fail (VTR_IS_TIMELINE_BAND (self), FALSE);

  if (event_id == NULL)
    {
      select_index (self, VTR_TIMELINE_NO_ITEM, FALSE);
      return TRUE;
    }

  for (guint id = 0; id < self->events->len; id++)
    if (g_str_equal (vtr_event_get_id (g_ptr_array_index (self->events, id)), event_id))
      {
        select_index (self, vtr_timeline_layout_find_id (self->layout, id), TRUE);
        return TRUE;
      }

  return FALSE;
}

double
vtr_timeline_band_get_zoom (VtrTimelineBand *self)
{
  g_return_val_if_fail (VTR_IS_TIMELINE_BAND (self), 1);

  return self->zoom;
}

double
vtr_timeline_band_get_max_zoom (VtrTimelineBand *self)
{
  g_return_val_if_fail (VTR_IS_TIMELINE_BAND (self), 1);

  return max_zoom (self);
}

void
vtr_timeline_band_zoom_in (VtrTimelineBand *self)
{
  g_return_if_fail (VTR_IS_TIMELINE_BAND (self));

  animate_zoom (self, target_zoom (self) * 2);
}

void
vtr_timeline_band_zoom_out (VtrTimelineBand *self)
{
  g_return_if_fail (VTR_IS_TIMELINE_BAND (self));

  animate_zoom (self, target_zoom (self) / 2);
}

void
vtr_timeline_band_zoom_to_fit (VtrTimelineBand *self)
{
  g_return_if_fail (VTR_IS_TIMELINE_BAND (self));

  animate_zoom (self, 1);
}

/**
 * vtr_timeline_band_reset:
 *
 * Shows the whole span from its start, with nothing selected.
 */
void
vtr_timeline_band_reset (VtrTimelineBand *self)
{
  g_return_if_fail (VTR_IS_TIMELINE_BAND (self));

  stop_animation (self);
  self->scroll_pending = FALSE;
  select_index (self, VTR_TIMELINE_NO_ITEM, FALSE);

  if (self->zoom != 1)
    {
      self->zoom = 1;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
    }

  set_first_year (self, vtr_timeline_layout_get_first_year (self->layout));
}

/**
 * vtr_timeline_band_get_span:
 * @first_year: (out) (optional): the first year the band covers
 * @last_year: (out) (optional): the last year it covers
 *
 * The years from the earliest to the latest event or era of the pack.
 */
void
vtr_timeline_band_get_span (VtrTimelineBand *self,
                            int             *first_year,
                            int             *last_year)
{
  g_return_if_fail (VTR_IS_TIMELINE_BAND (self));

  if (first_year != NULL)
    *first_year = vtr_timeline_layout_get_first_year (self->layout);
  if (last_year != NULL)
    *last_year = vtr_timeline_layout_get_last_year (self->layout);
}

/**
 * vtr_timeline_band_get_adjustment:
 *
 * Returns: (transfer none): the horizontal scroll position, for a scrollbar
 */
GtkAdjustment *
vtr_timeline_band_get_adjustment (VtrTimelineBand *self)
{
  g_return_val_if_fail (VTR_IS_TIMELINE_BAND (self), NULL);

  return self->adjustment;
}
