/* vtr-presenter-console.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-presenter-console.h"

struct _VtrPresenterConsole
{
  AdwWindow       parent_instance;

  VtrPack        *pack;
  VtrShowState   *state;
  guint           shown;
  gboolean        choosing;

  AdwWindowTitle *window_title;
  GtkMenuButton  *monitor_button;
  GtkRevealer    *status_revealer;
  GtkLabel       *status_label;
  GtkLabel       *current_caption;
  VtrShowStage   *current_stage;
  GtkLabel       *current_title;
  GtkLabel       *notes_label;
  VtrShowStage   *next_stage;
  GtkLabel       *next_title;
  GtkLabel       *elapsed_label;
  GtkLabel       *clock_label;
  GtkLabel       *pacing_label;
  GtkLabel       *stop_time_label;
  GtkLabel       *typed_label;
  GtkListView    *stops_view;
};

enum {
  PROP_0,
  PROP_PACK,
  PROP_STATE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrPresenterConsole, vtr_presenter_console, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];

static void
update_status (VtrPresenterConsole *self)
{
  const char *status = NULL;

  switch (vtr_show_state_get_blank (self->state))
    {
    case VTR_SHOW_BLANK_BLACK:
      status = _("The audience sees a black screen. Press B to show the stop.");
      break;

    case VTR_SHOW_BLANK_WHITE:
      status = _("The audience sees a white screen. Press W to show the stop.");
      break;

    case VTR_SHOW_BLANK_NONE:
    default:
      if (vtr_show_state_get_auto_advance (self->state))
        status = _("The tour runs by itself. Press any key to take over.");
      break;
    }

  if (status != NULL)
    gtk_label_set_text (self->status_label, status);
  gtk_revealer_set_reveal_child (self->status_revealer, status != NULL);
}

static void
update_typed (VtrPresenterConsole *self)
{
  guint number = vtr_show_state_get_typed_number (self->state);
  g_autofree char *text = NULL;

  if (number > 0)
    /* Translators: shown while the presenter types a stop number, before Enter. */
    text = g_strdup_printf (_("Go to stop %u…"), number);
  else if (self->choosing)
    text = g_strdup (_("Go to stop: type its number, then Enter"));

  gtk_label_set_text (self->typed_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->typed_label), text != NULL);
}

static void
update_stop (VtrPresenterConsole *self)
{
  guint current = vtr_show_state_get_current (self->state);
  guint n_stops = vtr_show_state_get_n_stops (self->state);
  VtrTourStop *stop = vtr_show_state_get_current_stop (self->state);
  VtrTourStop *next = vtr_show_state_get_next_stop (self->state);
  g_autofree char *caption = NULL;
  g_autofree char *title = NULL;
  g_autofree char *next_title = NULL;
  const char *notes = stop != NULL ? vtr_tour_stop_get_notes (stop) : NULL;
  int direction = 0;

  if (current == self->shown + 1)
    direction = 1;
  else if (current + 1 == self->shown)
    direction = -1;
  self->shown = current;

  /* Translators: the caption of the current stop in the presenter console. */
  caption = g_strdup_printf (_("Now: stop %u of %u"), MIN (current + 1, n_stops), n_stops);
  gtk_label_set_text (self->current_caption, caption);
  adw_window_title_set_subtitle (self->window_title, caption);

  vtr_show_stage_set_stop (self->current_stage, self->pack, stop, direction);
  title = stop != NULL ? vtr_show_describe_stop (self->pack, stop) : g_strdup ("");
  gtk_label_set_text (self->current_title, title);

  gtk_label_set_text (self->notes_label, notes != NULL && notes[0] != '\0'
                                         ? notes : _("No notes for this stop."));
  gtk_widget_set_opacity (GTK_WIDGET (self->notes_label),
                          notes != NULL && notes[0] != '\0' ? 1.0 : 0.55);

  vtr_show_stage_set_stop (self->next_stage, self->pack, next, direction);
  next_title = next != NULL ? vtr_show_describe_stop (self->pack, next)
                            : g_strdup (_("End of the tour"));
  gtk_label_set_text (self->next_title, next_title);
  gtk_widget_set_opacity (GTK_WIDGET (self->next_stage), next != NULL ? 1.0 : 0.3);

  gtk_selection_model_select_item (gtk_list_view_get_model (self->stops_view), current, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (self->stops_view), "list.scroll-to-item", "u",
                              current);

  vtr_presenter_console_update_time (self);
}

/* Rows are compact, one line each, so that the whole tour fits beside the notes. */
static GtkWidget *
create_row (void)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *number = gtk_label_new (NULL);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *seconds = gtk_label_new (NULL);

  gtk_label_set_width_chars (GTK_LABEL (number), 2);
  gtk_label_set_xalign (GTK_LABEL (number), 1);
  gtk_widget_add_css_class (number, "numeric");
  gtk_widget_add_css_class (number, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (seconds, "numeric");
  gtk_widget_add_css_class (seconds, "dim-label");
  gtk_box_append (GTK_BOX (row), number);
  gtk_box_append (GTK_BOX (row), title);
  gtk_box_append (GTK_BOX (row), seconds);

  return row;
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              VtrPresenterConsole      *self)
{
  GtkWidget *row = gtk_list_item_get_child (item);
  VtrTourStop *stop = gtk_list_item_get_item (item);
  guint position = gtk_list_item_get_position (item);
  g_autofree char *number = g_strdup_printf ("%u", position + 1);
  g_autofree char *title = vtr_show_describe_stop (self->pack, stop);
  g_autofree char *seconds = vtr_show_format_duration (
                               vtr_show_state_get_stop_seconds (self->state, position));
  GtkWidget *label;

  if (row == NULL)
    {
      row = create_row ();
      gtk_list_item_set_child (item, row);
    }

  label = gtk_widget_get_first_child (row);
  gtk_label_set_text (GTK_LABEL (label), number);
  label = gtk_widget_get_next_sibling (label);
  gtk_label_set_text (GTK_LABEL (label), title);
  label = gtk_widget_get_next_sibling (label);
  gtk_label_set_text (GTK_LABEL (label), seconds);
}

static void
item_activated_cb (VtrPresenterConsole *self,
                   guint                position,
                   GtkListView         *view)
{
  vtr_show_state_interrupt (self->state);
  vtr_show_state_go_to (self->state, position);
}

static void
vtr_presenter_console_constructed (GObject *object)
{
  VtrPresenterConsole *self = (VtrPresenterConsole *)object;
  g_autoptr(GtkSingleSelection) selection = NULL;
  VtrTour *tour = vtr_show_state_get_tour (self->state);

  G_OBJECT_CLASS (vtr_presenter_console_parent_class)->constructed (object);

  selection = gtk_single_selection_new (g_object_ref (vtr_tour_get_stops (tour)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, FALSE);
  gtk_list_view_set_model (self->stops_view, GTK_SELECTION_MODEL (selection));

  adw_window_title_set_title (self->window_title, vtr_tour_get_title (tour));

  g_signal_connect_object (self->state, "notify::current",
                           G_CALLBACK (update_stop), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::blank",
                           G_CALLBACK (update_status), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::auto-advance",
                           G_CALLBACK (update_status), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::typed-number",
                           G_CALLBACK (update_typed), self, G_CONNECT_SWAPPED);

  self->shown = vtr_show_state_get_current (self->state);
  update_stop (self);
  update_status (self);
  update_typed (self);
}

static void
vtr_presenter_console_dispose (GObject *object)
{
  VtrPresenterConsole *self = (VtrPresenterConsole *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_PRESENTER_CONSOLE);
  g_clear_object (&self->pack);
  g_clear_object (&self->state);

  G_OBJECT_CLASS (vtr_presenter_console_parent_class)->dispose (object);
}

static void
vtr_presenter_console_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  VtrPresenterConsole *self = VTR_PRESENTER_CONSOLE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;

    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_presenter_console_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  VtrPresenterConsole *self = VTR_PRESENTER_CONSOLE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      self->pack = g_value_dup_object (value);
      break;

    case PROP_STATE:
      self->state = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_presenter_console_class_init (VtrPresenterConsoleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vtr_presenter_console_constructed;
  object_class->dispose = vtr_presenter_console_dispose;
  object_class->get_property = vtr_presenter_console_get_property;
  object_class->set_property = vtr_presenter_console_set_property;

  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, VTR_TYPE_PACK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, VTR_TYPE_SHOW_STATE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VTR_TYPE_SHOW_STAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vtr-presenter-console.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrPresenterConsole, window_title);
  gtk_widget_class_bind_template_child (widget_class, VtrPresenterConsole, monitor_button);
  gtk_widget_class_bind_template_child (widget_class, VtrPresenterConsole, status_revealer);
  gtk_widget_class_bind_template_child (widget_class, VtrPresenterConsole, status_label);
  gtk_widget_class_bind_template_child (widget_class, VtrPresenterConsole, current_caption);
  gtk_widget_class_bind_template_child (widget_class, VtrPresenterConsole, current_stage);
  gtk_widget_class_bind_template_child (widget_class, VtrPresenterConsole, current_title);
  gtk_widget_class_bind_template_child (widget_class, VtrPresenterConsole, notes_label);
  gtk_widget_class_bind_template_child (widget_class, VtrPresenterConsole, next_stage);
  gtk_widget_class_bind_template_child (widget_class, VtrPresenterConsole, next_title);
  gtk_widget_class_bind_template_child (widget_class, VtrPresenterConsole, elapsed_label);
  gtk_widget_class_bind_template_child (widget_class, VtrPresenterConsole, clock_label);
  gtk_widget_class_bind_template_child (widget_class, VtrPresenterConsole, pacing_label);
  gtk_widget_class_bind_template_child (widget_class, VtrPresenterConsole, stop_time_label);
  gtk_widget_class_bind_template_child (widget_class, VtrPresenterConsole, typed_label);
  gtk_widget_class_bind_template_child (widget_class, VtrPresenterConsole, stops_view);
  gtk_widget_class_bind_template_callback (widget_class, bind_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, item_activated_cb);
}

static void
vtr_presenter_console_init (VtrPresenterConsole *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

VtrPresenterConsole *
vtr_presenter_console_new (GtkApplication *application,
                           VtrPack        *pack,
                           VtrShowState   *state)
{
  g_return_val_if_fail (VTR_IS_SHOW_STATE (state), NULL);

  return g_object_new (VTR_TYPE_PRESENTER_CONSOLE,
                       "application", application,
                       "pack", pack,
                       "state", state,
                       NULL);
}

/**
 * vtr_presenter_console_update_time:
 *
 * Shows the elapsed time, the time of day, the pacing and the current stop's time left as they
 * are now. Called every second or so while presenting.
 */
void
vtr_presenter_console_update_time (VtrPresenterConsole *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *elapsed = NULL;
  g_autofree char *clock = NULL;
  g_autofree char *pacing = NULL;
  g_autofree char *left = NULL;
  g_autofree char *stop_time = NULL;
  gint64 pacing_seconds;
  gint64 remaining;

  g_return_if_fail (VTR_IS_PRESENTER_CONSOLE (self));

  elapsed = vtr_show_format_duration (vtr_show_state_get_elapsed_seconds (self->state));
  gtk_label_set_text (self->elapsed_label, elapsed);

  clock = g_date_time_format (now, "%H:%M");
  gtk_label_set_text (self->clock_label, clock);

  pacing = vtr_show_state_describe_pacing (self->state);
  pacing_seconds = vtr_show_state_get_pacing (self->state);
  gtk_label_set_text (self->pacing_label, pacing);
  gtk_widget_remove_css_class (GTK_WIDGET (self->pacing_label), "pacing-ahead");
  gtk_widget_remove_css_class (GTK_WIDGET (self->pacing_label), "pacing-behind");
  if (pacing_seconds != 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->pacing_label),
                              pacing_seconds < 0 ? "pacing-ahead" : "pacing-behind");

  remaining = vtr_show_state_get_stop_remaining (self->state);
  left = vtr_show_format_duration (remaining);
  if (remaining >= 0)
    /* Translators: the planned time left for the current stop, such as "0:25". */
    stop_time = g_strdup_printf (_("%s left on this stop"), left);
  else
    /* Translators: how long the current stop has run past its planned time. */
    stop_time = g_strdup_printf (_("%s over on this stop"), left);
  gtk_label_set_text (self->stop_time_label, stop_time);
}

/**
 * vtr_presenter_console_set_monitor_menu:
 * @menu: (nullable): the menu of monitors the audience window can go to
 */
void
vtr_presenter_console_set_monitor_menu (VtrPresenterConsole *self,
                                        GMenuModel          *menu)
{
  g_return_if_fail (VTR_IS_PRESENTER_CONSOLE (self));

  gtk_menu_button_set_menu_model (self->monitor_button, menu);
}

/**
 * vtr_presenter_console_set_choosing:
 *
 * Shows or hides the prompt for a stop number, for G.
 */
void
vtr_presenter_console_set_choosing (VtrPresenterConsole *self,
                                    gboolean             choosing)
{
  g_return_if_fail (VTR_IS_PRESENTER_CONSOLE (self));

  self->choosing = choosing;
  update_typed (self);
}

gboolean
vtr_presenter_console_get_choosing (VtrPresenterConsole *self)
{
  g_return_val_if_fail (VTR_IS_PRESENTER_CONSOLE (self), FALSE);

  return self->choosing;
}

/**
 * vtr_presenter_console_get_stage:
 *
 * Returns: (transfer none): the preview of the current stop
 */
VtrShowStage *
vtr_presenter_console_get_stage (VtrPresenterConsole *self)
{
  g_return_val_if_fail (VTR_IS_PRESENTER_CONSOLE (self), NULL);

  return self->current_stage;
}
