/* vtr-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-application.h"
#include "vtr-preferences-window.h"

struct _VtrPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  VtrContentManager    *content;

  AdwComboRow          *style_row;
  AdwComboRow          *text_size_row;
  AdwActionRow         *pack_row;
  GtkButton            *builtin_button;
};

enum {
  PROP_0,
  PROP_CONTENT_MANAGER,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrPreferencesWindow, vtr_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static GParamSpec *properties[N_PROPS];

/* The order of the rows' choices, which is also the order of the schema's choices. */
static const char *style_values[] = { "default", "light", "dark", NULL };
static const char *text_size_values[] = { "normal", "large", "larger", NULL };

static gboolean
choice_to_index (GValue   *value,
                 GVariant *variant,
                 gpointer  user_data)
{
  const char **values = user_data;
  const char *choice = g_variant_get_string (variant, NULL);

  for (guint i = 0; values[i] != NULL; i++)
    {
      if (g_str_equal (values[i], choice))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
index_to_choice (const GValue       *value,
                 const GVariantType *expected_type,
                 gpointer            user_data)
{
  const char **values = user_data;
  guint index = g_value_get_uint (value);

  if (index >= g_strv_length ((char **)values))
    return NULL;

  return g_variant_new_string (values[index]);
}

static void
update_pack_row (VtrPreferencesWindow *self)
{
  VtrPack *pack = vtr_content_manager_get_pack (self->content);
  gboolean builtin = pack == NULL || vtr_pack_is_builtin (pack);
  g_autofree char *where = NULL;

  if (builtin)
    where = g_strdup (_("The built-in pack"));
  else
    where = g_file_get_parse_name (vtr_pack_get_location (pack));

  adw_action_row_set_subtitle (self->pack_row, where);
  gtk_widget_set_sensitive (GTK_WIDGET (self->builtin_button), !builtin);
}

static void
problem_changed_cb (VtrPreferencesWindow *self,
                    GParamSpec           *pspec,
                    VtrContentManager    *content)
{
  AdwToast *toast;

  if (vtr_content_manager_get_problem (content) == NULL)
    return;

  toast = adw_toast_new (_("That folder could not be opened; the main window says why"));
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

static void
pack_changed_cb (VtrPreferencesWindow *self,
                 GParamSpec           *pspec,
                 VtrContentManager    *content)
{
  update_pack_row (self);
}

static void
choose_folder_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GApplication *app = g_application_get_default ();

  if (VTR_IS_APPLICATION (app))
    vtr_application_choose_pack_folder (VTR_APPLICATION (app), GTK_WINDOW (widget));
}

static void
use_builtin_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  GApplication *app = g_application_get_default ();

  if (VTR_IS_APPLICATION (app))
    vtr_application_use_builtin_pack (VTR_APPLICATION (app));
}

static void
vtr_preferences_window_constructed (GObject *object)
{
  VtrPreferencesWindow *self = (VtrPreferencesWindow *)object;

  G_OBJECT_CLASS (vtr_preferences_window_parent_class)->constructed (object);

  g_signal_connect_object (self->content, "notify::pack",
                           G_CALLBACK (pack_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->content, "notify::problem",
                           G_CALLBACK (problem_changed_cb), self, G_CONNECT_SWAPPED);
  update_pack_row (self);
}

static void
vtr_preferences_window_dispose (GObject *object)
{
  VtrPreferencesWindow *self = (VtrPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_PREFERENCES_WINDOW);

  g_clear_object (&self->content);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (vtr_preferences_window_parent_class)->dispose (object);
}

static void
vtr_preferences_window_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  VtrPreferencesWindow *self = VTR_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTENT_MANAGER:
      g_value_set_object (value, self->content);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_preferences_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  VtrPreferencesWindow *self = VTR_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTENT_MANAGER:
      self->content = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_preferences_window_class_init (VtrPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vtr_preferences_window_constructed;
  object_class->dispose = vtr_preferences_window_dispose;
  object_class->get_property = vtr_preferences_window_get_property;
  object_class->set_property = vtr_preferences_window_set_property;

  properties[PROP_CONTENT_MANAGER] =
    g_param_spec_object ("content-manager", NULL, NULL, VTR_TYPE_CONTENT_MANAGER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vtr-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, VtrPreferencesWindow, text_size_row);
  gtk_widget_class_bind_template_child (widget_class, VtrPreferencesWindow, pack_row);
  gtk_widget_class_bind_template_child (widget_class, VtrPreferencesWindow, builtin_button);

  gtk_widget_class_install_action (widget_class, "preferences.choose-folder", NULL,
                                   choose_folder_action);
  gtk_widget_class_install_action (widget_class, "preferences.use-builtin", NULL,
                                   use_builtin_action);
}

static void
vtr_preferences_window_init (VtrPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind_with_mapping (self->settings, "color-scheme", self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, choice_to_index, index_to_choice,
                                style_values, NULL);
  g_settings_bind_with_mapping (self->settings, "text-size", self->text_size_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, choice_to_index, index_to_choice,
                                text_size_values, NULL);
}

GtkWidget *
vtr_preferences_window_new (GtkWindow         *parent,
                            VtrContentManager *content)
{
  return g_object_new (VTR_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       "content-manager", content,
                       NULL);
}
