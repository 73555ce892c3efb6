/* vtr-image-viewer.c
 *
 * Shows one picture on a dark background, as large as the screen allows. Zooming scales the
 * snapshot of the paintable the exhibit page already loaded, so the file is read only once and
 * zooming stays smooth whatever the format.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "vtr-image-viewer.h"
#include "vtr-image-viewport.h"
#include "vtr-zoom-keys.h"

/* How far one arrow key press moves a zoomed image, as a share of the view. */
#define KEY_PAN_FRACTION 0.1

/* How far one notch of a mouse wheel moves a zoomed image, in pixels. */
#define WHEEL_PAN_DISTANCE 48.0

/* Touchpads report scrolling in pixels; this many make one zoom step with Ctrl held. */
#define SURFACE_PIXELS_PER_ZOOM_STEP 40.0

/* The zoom a double click jumps to. */
#define DOUBLE_CLICK_ZOOM 2.0

struct _VtrImageViewer
{
  GtkWidget         parent_instance;

  GdkPaintable     *paintable;
  char             *alternative_text;
  VtrImageViewport  viewport;

  double            gesture_start_zoom;
  double            drag_start_pan_x;
  double            drag_start_pan_y;
  double            pointer_x;
  double            pointer_y;
  gboolean          has_pointer;
  gboolean          dragging;

  GtkGesture       *zoom_gesture;
  GtkWidget        *controls;
};

enum {
  PROP_0,
  PROP_PAINTABLE,
  PROP_ALTERNATIVE_TEXT,
  PROP_ZOOM,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrImageViewer, vtr_image_viewer, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static void
sync_view_size (VtrImageViewer *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  /* A paintable without an intrinsic size, such as a solid colour, fills the view. */
  if (self->paintable != NULL
      && (gdk_paintable_get_intrinsic_width (self->paintable) <= 0
          || gdk_paintable_get_intrinsic_height (self->paintable) <= 0))
    {
      self->viewport.image_width = width;
      self->viewport.image_height = height;
    }

  vtr_image_viewport_set_view_size (&self->viewport, width, height);
}

static void
update_state (VtrImageViewer *self)
{
  gboolean can_pan = vtr_image_viewport_can_pan (&self->viewport);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.zoom-in",
                                 self->viewport.zoom < VTR_IMAGE_VIEWPORT_MAX_ZOOM);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.zoom-out",
                                 self->viewport.zoom > VTR_IMAGE_VIEWPORT_MIN_ZOOM);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.zoom-reset",
                                 self->viewport.zoom > VTR_IMAGE_VIEWPORT_MIN_ZOOM);

  if (self->dragging)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
  else
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), can_pan ? "grab" : NULL);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
zoom_at (VtrImageViewer *self,
         double          zoom,
         double          x,
         double          y)
{
  double old_zoom = self->viewport.zoom;

  sync_view_size (self);
  vtr_image_viewport_zoom_at (&self->viewport, zoom, x, y);
  update_state (self);

  if (old_zoom != self->viewport.zoom)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

/* Buttons and keys zoom towards the pointer when it is over the image, so that the visitor
 * can aim with the mouse and zoom with the keyboard; otherwise towards the centre. */
static void
zoom_by_step (VtrImageViewer *self,
              double          factor)
{
  double x = self->has_pointer ? self->pointer_x : gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  double y = self->has_pointer ? self->pointer_y
                               : gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;

  zoom_at (self, self->viewport.zoom * factor, x, y);
}

static void
pan_to (VtrImageViewer *self,
        double          pan_x,
        double          pan_y)
{
  sync_view_size (self);
  vtr_image_viewport_pan_to (&self->viewport, pan_x, pan_y);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
reset_viewport (VtrImageViewer *self)
{
  double old_zoom = self->viewport.zoom;

  vtr_image_viewport_init (&self->viewport,
                           self->paintable ? gdk_paintable_get_intrinsic_width (self->paintable)
                                           : 0,
                           self->paintable ? gdk_paintable_get_intrinsic_height (self->paintable)
                                           : 0);
  sync_view_size (self);
  update_state (self);

  if (old_zoom != self->viewport.zoom)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static gboolean
pan_by_key (GtkWidget *widget,
            GVariant  *args,
            gpointer   user_data)
{
  VtrImageViewer *self = VTR_IMAGE_VIEWER (widget);
  int direction_x, direction_y;

  sync_view_size (self);

  /* Unhandled when there is nothing to pan, so that the arrows still move the focus. */
  if (!vtr_image_viewport_can_pan (&self->viewport))
    return FALSE;

  g_variant_get (args, "(ii)", &direction_x, &direction_y);
  pan_to (self,
          self->viewport.pan_x - direction_x * KEY_PAN_FRACTION * self->viewport.view_width,
          self->viewport.pan_y - direction_y * KEY_PAN_FRACTION * self->viewport.view_height);

  return TRUE;
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  zoom_by_step (VTR_IMAGE_VIEWER (widget), VTR_IMAGE_VIEWPORT_ZOOM_STEP);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  zoom_by_step (VTR_IMAGE_VIEWER (widget), 1 / VTR_IMAGE_VIEWPORT_ZOOM_STEP);
}

static void
zoom_reset_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  VtrImageViewer *self = VTR_IMAGE_VIEWER (widget);

  zoom_at (self, VTR_IMAGE_VIEWPORT_MIN_ZOOM, 0, 0);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (GTK_IS_WINDOW (root))
    gtk_window_close (GTK_WINDOW (root));
}

static void
paintable_contents_changed_cb (VtrImageViewer *self,
                               GdkPaintable   *paintable)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
paintable_size_changed_cb (VtrImageViewer *self,
                           GdkPaintable   *paintable)
{
  reset_viewport (self);
}

static void
zoom_begin_cb (VtrImageViewer   *self,
               GdkEventSequence *sequence,
               GtkGesture       *gesture)
{
  self->gesture_start_zoom = self->viewport.zoom;
}

static void
zoom_scale_changed_cb (VtrImageViewer *self,
                       double          scale,
                       GtkGestureZoom *gesture)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    {
      x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
    }

  zoom_at (self, self->gesture_start_zoom * scale, x, y);
}

static void
drag_begin_cb (VtrImageViewer *self,
               double          start_x,
               double          start_y,
               GtkGestureDrag *gesture)
{
  sync_view_size (self);

  /* Leave the events to the pinch gesture and to double clicks when there is nothing to pan. */
  if (!vtr_image_viewport_can_pan (&self->viewport))
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }

  self->drag_start_pan_x = self->viewport.pan_x;
  self->drag_start_pan_y = self->viewport.pan_y;
  self->dragging = TRUE;
  update_state (self);
}

static void
drag_update_cb (VtrImageViewer *self,
                double          offset_x,
                double          offset_y,
                GtkGestureDrag *gesture)
{
  if (!self->dragging)
    return;

  /* During a pinch the zoom gesture places the image; the drag picks up from wherever that
   * leaves it, so the image does not jump when one finger lifts. */
  if (gtk_gesture_is_recognized (self->zoom_gesture))
    {
      self->drag_start_pan_x = self->viewport.pan_x - offset_x;
      self->drag_start_pan_y = self->viewport.pan_y - offset_y;
      return;
    }

  pan_to (self, self->drag_start_pan_x + offset_x, self->drag_start_pan_y + offset_y);
}

static void
drag_end_cb (VtrImageViewer *self,
             double          offset_x,
             double          offset_y,
             GtkGestureDrag *gesture)
{
  self->dragging = FALSE;
  update_state (self);
}

static void
click_pressed_cb (VtrImageViewer  *self,
                  int              n_press,
                  double           x,
                  double           y,
                  GtkGestureClick *gesture)
{
  if (n_press != 2)
    return;

  if (self->viewport.zoom > VTR_IMAGE_VIEWPORT_MIN_ZOOM)
    zoom_at (self, VTR_IMAGE_VIEWPORT_MIN_ZOOM, x, y);
  else
    zoom_at (self, DOUBLE_CLICK_ZOOM, x, y);
}

static gboolean
scroll_cb (VtrImageViewer           *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GdkModifierType state;
  gboolean in_pixels;

  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  in_pixels = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_SURFACE;

  if ((state & GDK_CONTROL_MASK) != 0)
    {
      double steps = in_pixels ? dy / SURFACE_PIXELS_PER_ZOOM_STEP : dy;
      double x = self->has_pointer ? self->pointer_x
                                   : gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      double y = self->has_pointer ? self->pointer_y
                                   : gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;

      zoom_at (self, self->viewport.zoom * pow (VTR_IMAGE_VIEWPORT_ZOOM_STEP, -steps), x, y);
      return GDK_EVENT_STOP;
    }

  sync_view_size (self);
  if (!vtr_image_viewport_can_pan (&self->viewport))
    return GDK_EVENT_PROPAGATE;

  if (!in_pixels)
    {
      dx *= WHEEL_PAN_DISTANCE;
      dy *= WHEEL_PAN_DISTANCE;
    }

  pan_to (self, self->viewport.pan_x - dx, self->viewport.pan_y - dy);

  return GDK_EVENT_STOP;
}

static void
pointer_motion_cb (VtrImageViewer           *self,
                   double                    x,
                   double                    y,
                   GtkEventControllerMotion *controller)
{
  self->pointer_x = x;
  self->pointer_y = y;
  self->has_pointer = TRUE;
}

static void
pointer_leave_cb (VtrImageViewer           *self,
                  GtkEventControllerMotion *controller)
{
  self->has_pointer = FALSE;
}

static void
vtr_image_viewer_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  VtrImageViewer *self = VTR_IMAGE_VIEWER (widget);
  double x, y, width, height, scale;

  sync_view_size (self);
  scale = vtr_image_viewport_get_scale (&self->viewport);

  if (self->paintable != NULL && scale > 0)
    {
      vtr_image_viewport_get_image_rect (&self->viewport, &x, &y, &width, &height);

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
      gtk_snapshot_scale (snapshot, scale, scale);
      gdk_paintable_snapshot (self->paintable, snapshot,
                              self->viewport.image_width, self->viewport.image_height);
      gtk_snapshot_restore (snapshot);
    }

  /* The controls float above the image. */
  GTK_WIDGET_CLASS (vtr_image_viewer_parent_class)->snapshot (widget, snapshot);
}

static void
vtr_image_viewer_dispose (GObject *object)
{
  VtrImageViewer *self = (VtrImageViewer *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_IMAGE_VIEWER);
  g_clear_object (&self->paintable);

  G_OBJECT_CLASS (vtr_image_viewer_parent_class)->dispose (object);
}

static void
vtr_image_viewer_finalize (GObject *object)
{
  VtrImageViewer *self = (VtrImageViewer *)object;

  g_clear_pointer (&self->alternative_text, g_free);

  G_OBJECT_CLASS (vtr_image_viewer_parent_class)->finalize (object);
}

static void
vtr_image_viewer_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VtrImageViewer *self = VTR_IMAGE_VIEWER (object);

  switch (prop_id)
    {
    case PROP_PAINTABLE:
      g_value_set_object (value, self->paintable);
      break;

    case PROP_ALTERNATIVE_TEXT:
      g_value_set_string (value, self->alternative_text);
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->viewport.zoom);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_image_viewer_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VtrImageViewer *self = VTR_IMAGE_VIEWER (object);

  switch (prop_id)
    {
    case PROP_PAINTABLE:
      vtr_image_viewer_set_paintable (self, g_value_get_object (value));
      break;

    case PROP_ALTERNATIVE_TEXT:
      vtr_image_viewer_set_alternative_text (self, g_value_get_string (value));
      break;

    case PROP_ZOOM:
      vtr_image_viewer_set_zoom (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_image_viewer_class_init (VtrImageViewerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_image_viewer_dispose;
  object_class->finalize = vtr_image_viewer_finalize;
  object_class->get_property = vtr_image_viewer_get_property;
  object_class->set_property = vtr_image_viewer_set_property;

  widget_class->snapshot = vtr_image_viewer_snapshot;

  properties[PROP_PAINTABLE] =
    g_param_spec_object ("paintable", NULL, NULL, GDK_TYPE_PAINTABLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ALTERNATIVE_TEXT] =
    g_param_spec_string ("alternative-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         VTR_IMAGE_VIEWPORT_MIN_ZOOM, VTR_IMAGE_VIEWPORT_MAX_ZOOM,
                         VTR_IMAGE_VIEWPORT_MIN_ZOOM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vtr-image-viewer.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrImageViewer, zoom_gesture);
  gtk_widget_class_bind_template_child (widget_class, VtrImageViewer, controls);
  gtk_widget_class_bind_template_callback (widget_class, zoom_begin_cb);
  gtk_widget_class_bind_template_callback (widget_class, zoom_scale_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, drag_begin_cb);
  gtk_widget_class_bind_template_callback (widget_class, drag_update_cb);
  gtk_widget_class_bind_template_callback (widget_class, drag_end_cb);
  gtk_widget_class_bind_template_callback (widget_class, click_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, scroll_cb);
  gtk_widget_class_bind_template_callback (widget_class, pointer_motion_cb);
  gtk_widget_class_bind_template_callback (widget_class, pointer_leave_cb);

  gtk_widget_class_install_action (widget_class, "viewer.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "viewer.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "viewer.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_install_action (widget_class, "viewer.close", NULL, close_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "viewer.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "viewer.close", NULL);

  /* The viewer has nothing to type into, so the zoom keys need no Ctrl; with Ctrl they work
   * as they do on the timeline. */
  vtr_zoom_keys_add_bindings (widget_class, 0,
                              "viewer.zoom-in", "viewer.zoom-out", "viewer.zoom-reset");
  vtr_zoom_keys_add_bindings (widget_class, GDK_CONTROL_MASK,
                              "viewer.zoom-in", "viewer.zoom-out", "viewer.zoom-reset");

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, 0, pan_by_key, "(ii)", -1, 0);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, 0, pan_by_key, "(ii)", 1, 0);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, 0, pan_by_key, "(ii)", 0, -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, 0, pan_by_key, "(ii)", 0, 1);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "image-viewer");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
vtr_image_viewer_init (VtrImageViewer *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  vtr_image_viewport_init (&self->viewport, 0, 0);
  update_state (self);
}

GtkWidget *
vtr_image_viewer_new (void)
{
  return g_object_new (VTR_TYPE_IMAGE_VIEWER, NULL);
}

/**
 * vtr_image_viewer_get_paintable:
 *
 * Returns: (transfer none) (nullable): the picture shown
 */
GdkPaintable *
vtr_image_viewer_get_paintable (VtrImageViewer *self)
{
  g_return_val_if_fail (VTR_IS_IMAGE_VIEWER (self), NULL);

  return self->paintable;
}

void
vtr_image_viewer_set_paintable (VtrImageViewer *self,
                                GdkPaintable   *paintable)
{
  g_return_if_fail (VTR_IS_IMAGE_VIEWER (self));
  g_return_if_fail (paintable == NULL || GDK_IS_PAINTABLE (paintable));

  if (self->paintable == paintable)
    return;

  if (self->paintable != NULL)
    g_signal_handlers_disconnect_by_data (self->paintable, self);

  g_set_object (&self->paintable, paintable);

  if (paintable != NULL)
    {
      g_signal_connect_object (paintable, "invalidate-contents",
                               G_CALLBACK (paintable_contents_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (paintable, "invalidate-size",
                               G_CALLBACK (paintable_size_changed_cb), self, G_CONNECT_SWAPPED);
    }

  reset_viewport (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAINTABLE]);
}

/**
 * vtr_image_viewer_get_alternative_text:
 *
 * Returns: (nullable): the description of the picture for people who cannot see it
 */
const char *
vtr_image_viewer_get_alternative_text (VtrImageViewer *self)
{
  g_return_val_if_fail (VTR_IS_IMAGE_VIEWER (self), NULL);

  return self->alternative_text;
}

void
vtr_image_viewer_set_alternative_text (VtrImageViewer *self,
                                       const char     *alternative_text)
{
  g_return_if_fail (VTR_IS_IMAGE_VIEWER (self));

  if (g_strcmp0 (self->alternative_text, alternative_text) == 0)
    return;

  g_free (self->alternative_text);
  self->alternative_text = g_strdup (alternative_text);

  if (alternative_text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, alternative_text,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALTERNATIVE_TEXT]);
}

/**
 * vtr_image_viewer_get_zoom:
 *
 * Returns: the zoom: 1 when the whole picture fits the view, 2 when it is twice that size
 */
double
vtr_image_viewer_get_zoom (VtrImageViewer *self)
{
  g_return_val_if_fail (VTR_IS_IMAGE_VIEWER (self), VTR_IMAGE_VIEWPORT_MIN_ZOOM);

  return self->viewport.zoom;
}

/**
 * vtr_image_viewer_set_zoom:
 * @zoom: the new zoom, towards the centre of the view
 */
void
vtr_image_viewer_set_zoom (VtrImageViewer *self,
                           double          zoom)
{
  g_return_if_fail (VTR_IS_IMAGE_VIEWER (self));

  zoom_at (self, zoom,
           gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
           gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

/**
 * vtr_image_viewer_open:
 * @parent: the widget the picture was opened from; the viewer covers its window
 * @paintable: the picture
 * @alternative_text: (nullable): the description of the picture
 *
 * Opens a full-screen window that shows @paintable, above and modal to @parent's window.
 * Closing it (Escape, or the Close button) returns the visitor to where they were.
 *
 * Returns: (transfer none): the new window
 */
GtkWindow *
vtr_image_viewer_open (GtkWidget    *parent,
                       GdkPaintable *paintable,
                       const char   *alternative_text)
{
  GtkRoot *root;
  GtkWidget *window, *viewer;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (GDK_IS_PAINTABLE (paintable), NULL);

  root = gtk_widget_get_root (parent);
  window = adw_window_new ();
  viewer = vtr_image_viewer_new ();
  vtr_image_viewer_set_paintable (VTR_IMAGE_VIEWER (viewer), paintable);
  vtr_image_viewer_set_alternative_text (VTR_IMAGE_VIEWER (viewer), alternative_text);

  gtk_window_set_title (GTK_WINDOW (window), _("Image Viewer"));
  gtk_widget_add_css_class (window, "image-viewer-window");
  adw_window_set_content (ADW_WINDOW (window), viewer);
  gtk_window_set_focus (GTK_WINDOW (window), viewer);

  if (GTK_IS_WINDOW (root))
    {
      GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (root));
      GdkMonitor *monitor = NULL;

      gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
      gtk_window_set_modal (GTK_WINDOW (window), TRUE);
      gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);

      /* Where no window manager honours full screen (a kiosk session, say), the viewer
       * still covers the window it came from. */
      gtk_window_set_default_size (GTK_WINDOW (window),
                                   gtk_widget_get_width (GTK_WIDGET (root)),
                                   gtk_widget_get_height (GTK_WIDGET (root)));

      if (surface != NULL)
        monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (parent), surface);

      if (monitor != NULL)
        gtk_window_fullscreen_on_monitor (GTK_WINDOW (window), monitor);
      else
        gtk_window_fullscreen (GTK_WINDOW (window));
    }
  else
    {
      gtk_window_fullscreen (GTK_WINDOW (window));
    }

  gtk_window_present (GTK_WINDOW (window));

  return GTK_WINDOW (window);
}
