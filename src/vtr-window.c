/* vtr-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-diagnostic.h"
#include "vtr-exhibit-card.h"
#include "vtr-window.h"

struct _VtrWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  VtrContentManager    *content;

  AdwWindowTitle       *window_title;
  GtkRevealer          *problem_revealer;
  GtkLabel             *problem_label;
  GtkGridView          *gallery;
};

enum {
  PROP_0,
  PROP_CONTENT_MANAGER,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrWindow, vtr_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

static void
show_pack (VtrWindow *self)
{
  VtrPack *pack = vtr_content_manager_get_pack (self->content);
  GListModel *exhibits = pack != NULL ? vtr_pack_get_exhibits (pack) : NULL;
  g_autoptr(GtkNoSelection) selection = NULL;
  g_autofree char *subtitle = NULL;
  guint n_exhibits = exhibits != NULL ? g_list_model_get_n_items (exhibits) : 0;

  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u exhibit", "%u exhibits",
                                           n_exhibits), n_exhibits);
  adw_window_title_set_title (self->window_title, pack != NULL ? vtr_pack_get_title (pack) : "");
  adw_window_title_set_subtitle (self->window_title, subtitle);

  selection = gtk_no_selection_new (exhibits != NULL ? g_object_ref (exhibits) : NULL);
  gtk_grid_view_set_model (self->gallery, GTK_SELECTION_MODEL (selection));
}

static void
show_problem (VtrWindow *self)
{
  const char *problem = vtr_content_manager_get_problem (self->content);
  GFile *folder = vtr_content_manager_get_rejected_folder (self->content);
  g_autofree char *text = NULL;

  if (problem != NULL && folder != NULL)
    {
      VtrPack *pack = vtr_content_manager_get_pack (self->content);
      g_autofree char *name = g_file_get_basename (folder);

      /* Translators: the first %s is a folder name, the second why it could not be opened,
       * such as "it has 3 errors", and the third the title of the pack shown instead. */
      text = g_strdup_printf (_("The content pack “%s” could not be opened: %s. Showing “%s” "
                                "instead."),
                              name, problem, pack != NULL ? vtr_pack_get_title (pack) : "");
    }

  gtk_label_set_text (self->problem_label, text != NULL ? text : "");
  gtk_revealer_set_reveal_child (self->problem_revealer, text != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-problems", text != NULL);
}

static void
setup_card_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               VtrWindow                *self)
{
  gtk_list_item_set_child (item, vtr_exhibit_card_new ());
}

static void
bind_card_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              VtrWindow                *self)
{
  VtrExhibitCard *card = VTR_EXHIBIT_CARD (gtk_list_item_get_child (item));

  vtr_exhibit_card_set_exhibit (card, gtk_list_item_get_item (item));
}

static void
unbind_card_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                VtrWindow                *self)
{
  vtr_exhibit_card_set_exhibit (VTR_EXHIBIT_CARD (gtk_list_item_get_child (item)), NULL);
}

static void
pack_changed_cb (VtrWindow         *self,
                 GParamSpec        *pspec,
                 VtrContentManager *content)
{
  show_pack (self);
  show_problem (self);
}

static void
problem_changed_cb (VtrWindow         *self,
                    GParamSpec        *pspec,
                    VtrContentManager *content)
{
  show_problem (self);
}

static void
show_problems_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  VtrWindow *self = VTR_WINDOW (widget);
  GListModel *diagnostics = vtr_content_manager_get_diagnostics (self->content);
  GFile *folder = vtr_content_manager_get_rejected_folder (self->content);
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autofree char *name = folder != NULL ? g_file_get_parse_name (folder) : g_strdup ("");
  GtkWidget *dialog, *scroller, *label;

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(VtrDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      g_autofree char *line = vtr_diagnostic_to_string (diagnostic);

      g_string_append_printf (lines, "%s%s", i > 0 ? "\n" : "", line);
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Problems in the Content Pack"), name);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));

  label = gtk_label_new (lines->len > 0 ? lines->str
                                        : vtr_content_manager_get_problem (self->content));
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_widget_add_css_class (label, "monospace");

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  /* A fixed height: wrapped lines measured at the dialog's width would otherwise be clipped. */
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 200);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
vtr_window_constructed (GObject *object)
{
  VtrWindow *self = (VtrWindow *)object;

  G_OBJECT_CLASS (vtr_window_parent_class)->constructed (object);

  g_signal_connect_object (self->content, "notify::pack",
                           G_CALLBACK (pack_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->content, "notify::problem",
                           G_CALLBACK (problem_changed_cb), self, G_CONNECT_SWAPPED);

  show_pack (self);
  show_problem (self);
}

static void
vtr_window_dispose (GObject *object)
{
  VtrWindow *self = (VtrWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_WINDOW);
  g_clear_object (&self->content);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (vtr_window_parent_class)->dispose (object);
}

static void
vtr_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  VtrWindow *self = VTR_WINDOW (object);

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
vtr_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  VtrWindow *self = VTR_WINDOW (object);

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
vtr_window_class_init (VtrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vtr_window_constructed;
  object_class->dispose = vtr_window_dispose;
  object_class->get_property = vtr_window_get_property;
  object_class->set_property = vtr_window_set_property;

  /**
   * VtrWindow:content-manager:
   *
   * The content manager whose pack the window shows.
   */
  properties[PROP_CONTENT_MANAGER] =
    g_param_spec_object ("content-manager", NULL, NULL, VTR_TYPE_CONTENT_MANAGER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vtr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, VtrWindow, problem_revealer);
  gtk_widget_class_bind_template_child (widget_class, VtrWindow, problem_label);
  gtk_widget_class_bind_template_child (widget_class, VtrWindow, gallery);
  gtk_widget_class_bind_template_callback (widget_class, setup_card_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_card_cb);
  gtk_widget_class_bind_template_callback (widget_class, unbind_card_cb);

  gtk_widget_class_install_action (widget_class, "win.show-problems", NULL, show_problems_action);

  g_type_ensure (VTR_TYPE_EXHIBIT_CARD);
}

static void
vtr_window_init (VtrWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized",
                   G_SETTINGS_BIND_DEFAULT);
}

VtrWindow *
vtr_window_new (VtrApplication *application)
{
  return g_object_new (VTR_TYPE_WINDOW,
                       "application", application,
                       "content-manager", vtr_application_get_content_manager (application),
                       NULL);
}
