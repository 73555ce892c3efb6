/* vtr-audience-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-audience-window.h"

struct _VtrAudienceWindow
{
  AdwWindow     parent_instance;

  VtrPack      *pack;
  VtrShowState *state;
  guint         shown;

  GtkStack     *blank_stack;
  VtrShowStage *stage;
  GtkWidget    *black_box;
  GtkWidget    *white_box;
};

enum {
  PROP_0,
  PROP_PACK,
  PROP_STATE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrAudienceWindow, vtr_audience_window, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];

static void
current_changed_cb (VtrAudienceWindow *self)
{
  guint current = vtr_show_state_get_current (self->state);
  int direction = 0;

  if (current == self->shown + 1)
    direction = 1;
  else if (current + 1 == self->shown)
    direction = -1;

  self->shown = current;
  vtr_show_stage_set_stop (self->stage, self->pack, vtr_show_state_get_current_stop (self->state),
                           direction);
}

static void
blank_changed_cb (VtrAudienceWindow *self)
{
  VtrShowBlank blank = vtr_show_state_get_blank (self->state);
  struct { GtkWidget *page; gboolean shown; } pages[] = {
    { GTK_WIDGET (self->stage), blank == VTR_SHOW_BLANK_NONE },
    { self->black_box, blank == VTR_SHOW_BLANK_BLACK },
    { self->white_box, blank == VTR_SHOW_BLANK_WHITE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      /* A stack's hidden pages are still in the accessibility tree; marking them hidden
       * tells a screen reader what the audience actually sees. */
      gtk_accessible_update_state (GTK_ACCESSIBLE (pages[i].page),
                                   GTK_ACCESSIBLE_STATE_HIDDEN, !pages[i].shown,
                                   -1);
      if (pages[i].shown)
        gtk_stack_set_visible_child (self->blank_stack, pages[i].page);
    }
}

static void
vtr_audience_window_constructed (GObject *object)
{
  VtrAudienceWindow *self = (VtrAudienceWindow *)object;

  G_OBJECT_CLASS (vtr_audience_window_parent_class)->constructed (object);

  g_signal_connect_object (self->state, "notify::current",
                           G_CALLBACK (current_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::blank",
                           G_CALLBACK (blank_changed_cb), self, G_CONNECT_SWAPPED);
  self->shown = vtr_show_state_get_current (self->state);
  vtr_show_stage_set_stop (self->stage, self->pack,
                           vtr_show_state_get_current_stop (self->state), 0);
  blank_changed_cb (self);

  /* A pointer left over the stage would hang in the middle of the projection. */
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->stage), "none");
}

static void
vtr_audience_window_dispose (GObject *object)
{
  VtrAudienceWindow *self = (VtrAudienceWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_AUDIENCE_WINDOW);
  g_clear_object (&self->pack);
  g_clear_object (&self->state);

  G_OBJECT_CLASS (vtr_audience_window_parent_class)->dispose (object);
}

static void
vtr_audience_window_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  VtrAudienceWindow *self = VTR_AUDIENCE_WINDOW (object);

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
vtr_audience_window_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  VtrAudienceWindow *self = VTR_AUDIENCE_WINDOW (object);

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
vtr_audience_window_class_init (VtrAudienceWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vtr_audience_window_constructed;
  object_class->dispose = vtr_audience_window_dispose;
  object_class->get_property = vtr_audience_window_get_property;
  object_class->set_property = vtr_audience_window_set_property;

  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, VTR_TYPE_PACK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, VTR_TYPE_SHOW_STATE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VTR_TYPE_SHOW_STAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vtr-audience-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrAudienceWindow, blank_stack);
  gtk_widget_class_bind_template_child (widget_class, VtrAudienceWindow, stage);
  gtk_widget_class_bind_template_child (widget_class, VtrAudienceWindow, black_box);
  gtk_widget_class_bind_template_child (widget_class, VtrAudienceWindow, white_box);
}

static void
vtr_audience_window_init (VtrAudienceWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

VtrAudienceWindow *
vtr_audience_window_new (GtkApplication *application,
                         VtrPack        *pack,
                         VtrShowState   *state)
{
  g_return_val_if_fail (VTR_IS_SHOW_STATE (state), NULL);

  return g_object_new (VTR_TYPE_AUDIENCE_WINDOW,
                       "application", application,
                       "pack", pack,
                       "state", state,
                       NULL);
}

/**
 * vtr_audience_window_get_stage:
 *
 * Returns: (transfer none): the stage that shows the current stop
 */
VtrShowStage *
vtr_audience_window_get_stage (VtrAudienceWindow *self)
{
  g_return_val_if_fail (VTR_IS_AUDIENCE_WINDOW (self), NULL);

  return self->stage;
}
