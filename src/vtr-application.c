/* vtr-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <stdio.h>
#ifdef __GLIBC__
# include <malloc.h>
#endif

#include "vtr-application.h"
#include "vtr-diagnostic.h"
#include "vtr-gtk-fixes.h"
#include "vtr-kiosk-stats.h"
#include "vtr-kiosk-window.h"
#include "vtr-language-manager.h"
#include "vtr-pack-loader.h"
#include "vtr-pack-strings.h"
#include "vtr-preferences-window.h"
#include "vtr-presenter.h"
#include "vtr-source.h"
#include "vtr-staff-exit.h"
#include "vtr-timings.h"
#include "vtr-window.h"

/* The exit statuses of --validate, as documented in docs/content-format.md. */
enum {
  VALIDATE_OK = 0,
  VALIDATE_ERRORS = 1,
  VALIDATE_UNREADABLE = 2,
};

struct _VtrApplication
{
  AdwApplication     parent_instance;

  VtrContentManager    *content;
  GSettings            *settings;
  GtkFileChooserNative *chooser;

  /* The display's text resolution before our text size was applied. */
  int                base_dpi;

  /* Set when --content named a folder, which then wins over the remembered one. */
  gboolean           content_from_command_line;

  /* The language --language asked for, which wins over the setting for this run. */
  char              *pinned_language;

  /* Presenter mode, and the tour --present asked for ("" for the default one). */
  VtrPresenter      *presenter;
  char              *present_tour;

  /* Set by --kiosk or the kiosk-mode setting: one full-screen window that visitors cannot
   * leave, and no menus, dialogs or shortcuts that would take them out. */
  gboolean           kiosk;
};

G_DEFINE_FINAL_TYPE (VtrApplication, vtr_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "content", 'c', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Show the content pack in DIR instead of the built-in pack"), N_("DIR") },
  { "validate", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Check the content pack in DIR, or the built-in pack for “builtin”, and exit"),
    N_("DIR") },
  { "extract-strings", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Print the translatable text of the content pack in DIR, or of the built-in pack for "
       "“builtin”, as a gettext template, and exit"), N_("DIR") },
  { "output", 'o', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("With --extract-strings, write the template to FILE instead of standard output"),
    N_("FILE") },
  { "language", 'l', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Start in LANGUAGE, such as fr or zh_CN, instead of the system’s language"),
    N_("LANGUAGE") },
  { "present", 'p', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Present TOUR, or the pack’s first talk without TOUR, on a stage screen with a "
       "presenter console"), N_("[TOUR]") },
  { "kiosk", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Run as a museum kiosk: full screen, locked down, back to the start when left alone"),
    NULL },
  { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { "new-window", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Open a new window, also when Vitrine is already running"), NULL },
  { "set-kiosk-pin", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Set the PIN that lets staff leave kiosk mode, read from standard input or asked for "
       "twice, and exit"), NULL },
  { "export-stats", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the kiosk statistics to FILE as CSV, or to standard output for “-”, and exit "
       "(status 1 if they are unreadable or FILE cannot be written)"), N_("FILE") },
  { NULL }
};

static GtkWindow *
ensure_window (VtrApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL && self->kiosk)
    window = GTK_WINDOW (vtr_kiosk_window_new (self));
  else if (window == NULL)
    window = GTK_WINDOW (vtr_window_new (self));

  return window;
}

static void
quit_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

/* The desktop file's "New Window" action comes here through --new-window. Before the first
 * window the pack is not loaded yet, so that case goes through activation, which loads it. */
static void
new_window_activated_cb (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  VtrApplication *self = user_data;

  if (vtr_content_manager_get_pack (self->content) == NULL)
    {
      g_application_activate (G_APPLICATION (self));
      return;
    }

  gtk_window_present (GTK_WINDOW (vtr_window_new (self)));
}

static void
add_publishers (GHashTable *seen,
                GListModel *sources)
{
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(VtrSource) source = g_list_model_get_item (sources, i);

      g_hash_table_add (seen, (gpointer)vtr_source_get_publisher (source));
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char **)a, *(const char **)b);
}

/* Every publisher the pack on show cites, for the About window's credits: the content
 * stands on their work. Returns a NULL-terminated array. */
static GPtrArray *
content_publishers (VtrPack *pack)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *publishers = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer publisher;
  GListModel *lists[3];

  if (pack != NULL)
    {
      lists[0] = vtr_pack_get_exhibits (pack);
      lists[1] = vtr_pack_get_events (pack);
      lists[2] = vtr_pack_get_figures (pack);

      for (guint i = 0; i < g_list_model_get_n_items (lists[0]); i++)
        {
          g_autoptr(VtrExhibit) exhibit = g_list_model_get_item (lists[0], i);

          add_publishers (seen, vtr_exhibit_get_sources (exhibit));
        }
      for (guint i = 0; i < g_list_model_get_n_items (lists[1]); i++)
        {
          g_autoptr(VtrEvent) event = g_list_model_get_item (lists[1], i);

          add_publishers (seen, vtr_event_get_sources (event));
        }
      for (guint i = 0; i < g_list_model_get_n_items (lists[2]); i++)
        {
          g_autoptr(VtrFigure) figure = g_list_model_get_item (lists[2], i);

          add_publishers (seen, vtr_figure_get_sources (figure));
        }
    }

  g_hash_table_iter_init (&iter, seen);
  while (g_hash_table_iter_next (&iter, &publisher, NULL))
    g_ptr_array_add (publishers, publisher);
  g_ptr_array_sort (publishers, compare_strings);
  g_ptr_array_add (publishers, NULL);

  return publishers;
}

static void
about_activated_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  VtrApplication *self = user_data;
  static const char *developers[] = { "The Vitrine developers", NULL };
  g_autoptr(GPtrArray) publishers = NULL;
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-name", _("Vitrine"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Vitrine developers"),
                        "version", PACKAGE_VERSION,
                        "developers", developers,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "comments", _("Exhibits and a decade timeline, for desktops, museum "
                                      "kiosks and stages"),
                        NULL);
  publishers = content_publishers (vtr_content_manager_get_pack (self->content));
  if (publishers->len > 1)
    adw_about_window_add_credit_section (ADW_ABOUT_WINDOW (about), _("Content Sources"),
                                         (const char **)publishers->pdata);
  gtk_window_present (GTK_WINDOW (about));
}

static void
remember_folder (VtrApplication *self,
                 GFile          *folder)
{
  g_autofree char *path = folder != NULL ? g_file_get_path (folder) : NULL;

  g_settings_set_string (self->settings, "content-folder", path != NULL ? path : "");
}

static void
chooser_response_cb (VtrApplication       *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) folder = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_clear_object (&self->chooser);

  /* A folder with problems is not remembered: the next start should not open on them. */
  if (folder != NULL && vtr_content_manager_open_folder (self->content, folder))
    remember_folder (self, folder);
}

static void
preferences_activated_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  VtrApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (vtr_preferences_window_new (parent, self->content)));
}

static void
color_scheme_changed_cb (VtrApplication *self,
                         const char     *key,
                         GSettings      *settings)
{
  g_autofree char *scheme = g_settings_get_string (settings, "color-scheme");
  AdwColorScheme color_scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (scheme, "light"))
    color_scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (scheme, "dark"))
    color_scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), color_scheme);
}

static void
text_size_changed_cb (VtrApplication *self,
                      const char     *key,
                      GSettings      *settings)
{
  g_autofree char *size = g_settings_get_string (settings, "text-size");
  GtkSettings *gtk_settings = gtk_settings_get_default ();
  double factor = 1.0;

  if (gtk_settings == NULL)
    return;

  if (g_str_equal (size, "large"))
    factor = 1.25;
  else if (g_str_equal (size, "larger"))
    factor = 1.5;

  /* Scaling the text resolution is what the desktop's own "large text" does: every label
   * grows, layouts included, without a stylesheet for each widget. */
  if (self->base_dpi <= 0)
    g_object_get (gtk_settings, "gtk-xft-dpi", &self->base_dpi, NULL);
  if (self->base_dpi <= 0)
    self->base_dpi = 96 * 1024;

  g_object_set (gtk_settings, "gtk-xft-dpi", (int)(self->base_dpi * factor), NULL);
}

static GFile *
pack_location_for_path (const char *path)
{
  if (g_strcmp0 (path, "builtin") == 0)
    return vtr_pack_get_builtin_location ();

  return g_file_new_for_commandline_arg (path);
}

/* Prints one line per problem, then a summary line when there were any. */
static void
print_diagnostics (VtrPackLoader *loader,
                   FILE          *out)
{
  GListModel *diagnostics = vtr_pack_loader_get_diagnostics (loader);
  guint n_errors = vtr_pack_loader_get_n_errors (loader);
  guint n_warnings = vtr_pack_loader_get_n_warnings (loader);
  g_autofree char *errors = NULL;
  g_autofree char *warnings = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(VtrDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      g_autofree char *line = vtr_diagnostic_to_string (diagnostic);

      fprintf (out, "%s\n", line);
    }

  if (n_errors == 0 && n_warnings == 0)
    return;

  errors = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", n_errors),
                            n_errors);
  warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings",
                                           n_warnings), n_warnings);
  /* Translators: the summary line of vitrine --validate, e.g. "2 errors, 1 warning". */
  fprintf (out, _("%s, %s\n"), errors, warnings);
}

/* vitrine --extract-strings: the pack is validated first, because a template made from a
 * broken pack would send translators text that is about to change. Exit statuses are those of
 * --validate; 2 also covers an output file that cannot be written. */
static int
extract_pack_strings (const char *path,
                      const char *output)
{
  g_autoptr(GFile) location = pack_location_for_path (path);
  g_autoptr(VtrPackLoader) loader = vtr_pack_loader_new (location);
  g_autoptr(VtrPack) pack = NULL;
  g_autoptr(VtrPackStrings) strings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pot = NULL;

  pack = vtr_pack_loader_load (loader, &error);
  if (g_error_matches (error, VTR_PACK_ERROR, VTR_PACK_ERROR_UNREADABLE))
    {
      g_printerr ("vitrine: %s: %s\n", path, error->message);
      return VALIDATE_UNREADABLE;
    }

  print_diagnostics (loader, stderr);
  if (vtr_pack_loader_get_n_errors (loader) > 0)
    return VALIDATE_ERRORS;

  strings = vtr_pack_strings_new_for_location (location, &error);
  if (strings == NULL)
    {
      g_printerr ("vitrine: %s: %s\n", path, error->message);
      return VALIDATE_UNREADABLE;
    }

  pot = vtr_pack_strings_to_pot (strings);
  if (output != NULL)
    {
      if (!g_file_set_contents (output, pot, -1, &error))
        {
          g_printerr ("vitrine: %s\n", error->message);
          return VALIDATE_UNREADABLE;
        }
    }
  else if (fputs (pot, stdout) == EOF || fflush (stdout) != 0)
    {
      g_printerr ("vitrine: %s\n", g_strerror (errno));
      return VALIDATE_UNREADABLE;
    }

  return VALIDATE_OK;
}

static gboolean
offers_language (VtrApplication *self,
                 const char     *code)
{
  VtrPack *pack = vtr_content_manager_get_pack (self->content);

  return pack != NULL &&
         g_strv_contains ((const char * const *)vtr_pack_get_languages (pack), code);
}

static void
language_change_state_cb (GSimpleAction *action,
                          GVariant      *state,
                          gpointer       user_data)
{
  VtrApplication *self = user_data;
  const char *code = g_variant_get_string (state, NULL);

  if (offers_language (self, code))
    vtr_language_manager_set_language (vtr_language_manager_get_default (), code);
}

/* UI strings are read from the catalogs when widgets are built, so a new language means new
 * windows. Each one comes back on the screen its predecessor showed, and a show on stage goes
 * on from the same stop. */
static void
language_changed_cb (VtrApplication     *self,
                     GParamSpec         *pspec,
                     VtrLanguageManager *languages)
{
  const char *code = vtr_language_manager_get_language (languages);
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "language");
  g_autoptr(GList) windows = NULL;

  gtk_widget_set_default_direction (vtr_language_is_right_to_left (code) ? GTK_TEXT_DIR_RTL
                                                                         : GTK_TEXT_DIR_LTR);
  if (action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (code));

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l != NULL; l = l->next)
    {
      VtrWindow *window;

      if (!VTR_IS_WINDOW (l->data))
        continue;

      window = vtr_window_new (self);
      vtr_window_take_place (window, l->data);
      gtk_window_present (GTK_WINDOW (window));
      gtk_window_destroy (GTK_WINDOW (l->data));
    }

  if (self->presenter != NULL)
    vtr_presenter_rebuild_windows (self->presenter);
}

static void
choose_startup_language (VtrApplication *self)
{
  VtrLanguageManager *languages = vtr_language_manager_get_default ();
  VtrPack *pack = vtr_content_manager_get_pack (self->content);
  g_autofree char *setting = g_settings_get_string (self->settings, "language");
  g_autofree char *code = NULL;

  if (pack == NULL || vtr_language_manager_get_language (languages) != NULL)
    return;

  code = vtr_language_pick ((const char * const *)vtr_pack_get_languages (pack),
                            self->pinned_language != NULL ? self->pinned_language : setting,
                            g_get_language_names ());
  vtr_language_manager_set_language (languages, code);
}

/* --present takes an optional tour, which GOption has no way to say for a string option:
 * a bare --present (last, or before another option) becomes --present= here. */
static gboolean
vtr_application_local_command_line (GApplication   *application,
                                    char         ***arguments,
                                    int            *exit_status)
{
  char **argv = *arguments;

  for (guint i = 1; argv[i] != NULL; i++)
    {
      if (g_str_equal (argv[i], "--"))
        break;
      if ((g_str_equal (argv[i], "--present") || g_str_equal (argv[i], "-p")) &&
          (argv[i + 1] == NULL || argv[i + 1][0] == '-'))
        {
          g_free (argv[i]);
          argv[i] = g_strdup ("--present=");
        }
    }

  return G_APPLICATION_CLASS (vtr_application_parent_class)->local_command_line (application,
                                                                                 arguments,
                                                                                 exit_status);
}

static void
ensure_pack (VtrApplication *self)
{
  g_autofree char *remembered = NULL;
  g_autoptr(GError) error = NULL;

  if (vtr_content_manager_get_pack (self->content) != NULL)
    return;

  remembered = g_settings_get_string (self->settings, "content-folder");
  if (remembered[0] != '\0' && !self->content_from_command_line)
    {
      g_autoptr(GFile) folder = g_file_new_for_path (remembered);

      vtr_content_manager_open_folder (self->content, folder);
    }
  else if (!vtr_content_manager_open_builtin (self->content, &error))
    {
      g_critical ("The built-in pack does not load: %s", error->message);
    }
}

/* vitrine --present [TOUR]: a running Vitrine starts presenting through its "present" action;
 * a new one checks the tour first, so that a wrong id gets an error and exit status 1. */
static int
handle_present_option (VtrApplication *self,
                       const char     *tour_id,
                       const char     *content_path)
{
  GApplication *application = G_APPLICATION (self);
  g_autoptr(GError) error = NULL;
  VtrPack *pack;

  if (!g_application_register (application, NULL, &error))
    {
      g_printerr ("vitrine: %s\n", error->message);
      return 1;
    }

  if (g_application_get_is_remote (application))
    {
      g_action_group_activate_action (G_ACTION_GROUP (self), "present",
                                      g_variant_new_string (tour_id));
      return 0;
    }

  if (content_path != NULL)
    {
      g_autoptr(GFile) folder = g_file_new_for_commandline_arg (content_path);

      self->content_from_command_line = TRUE;
      vtr_content_manager_open_folder (self->content, folder);
    }

  ensure_pack (self);
  pack = vtr_content_manager_get_pack (self->content);
  if (pack != NULL && vtr_presenter_find_tour (pack, tour_id, &error) == NULL)
    {
      g_printerr ("vitrine: --present: %s\n", error->message);
      return 1;
    }

  g_free (self->present_tour);
  self->present_tour = g_strdup (tour_id);

  return -1;
}

static int
vtr_application_handle_local_options (GApplication *application,
                                      GVariantDict *options)
{
  VtrApplication *self = VTR_APPLICATION (application);
  const char *path = NULL;
  const char *output = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "vitrine", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_contains (options, "set-kiosk-pin"))
    {
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);

      return vtr_staff_exit_set_pin_command (settings, stdin, stdout, stderr);
    }

  if (g_variant_dict_lookup (options, "export-stats", "^&ay", &path))
    {
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);
      g_autoptr(GFile) file = vtr_kiosk_stats_get_default_file ();

      if (!g_settings_get_boolean (settings, "kiosk-statistics"))
        g_printerr (_("vitrine: kiosk statistics are off, so none are being counted; turn them "
                      "on with “gsettings set %s kiosk-statistics true”\n"), APP_ID);
      return vtr_kiosk_stats_export (file, path, stdout, stderr);
    }

  if (g_variant_dict_lookup (options, "validate", "^&ay", &path))
    return vtr_validate_pack (path, stdout, stderr);

  g_variant_dict_lookup (options, "language", "s", &self->pinned_language);
  self->kiosk = self->kiosk || g_variant_dict_contains (options, "kiosk");
  g_variant_dict_lookup (options, "output", "^&ay", &output);
  if (g_variant_dict_lookup (options, "extract-strings", "^&ay", &path))
    return extract_pack_strings (path, output);
  if (output != NULL)
    {
      g_printerr (_("vitrine: --output works only with --extract-strings\n"));
      return 1;
    }

  if (g_variant_dict_contains (options, "new-window"))
    {
      g_autoptr(GError) error = NULL;

      if (!g_application_register (application, NULL, &error))
        {
          g_printerr ("vitrine: %s\n", error->message);
          return 1;
        }
      /* A running Vitrine opens the window; a first instance starts with one anyway. */
      if (g_application_get_is_remote (application))
        {
          g_action_group_activate_action (G_ACTION_GROUP (application), "new-window", NULL);
          return 0;
        }
    }

  if (g_variant_dict_lookup (options, "present", "&s", &path))
    {
      const char *content_path = NULL;

      g_variant_dict_lookup (options, "content", "^&ay", &content_path);
      return handle_present_option (self, path, content_path);
    }

  if (g_variant_dict_lookup (options, "content", "^&ay", &path))
    {
      g_autoptr(GFile) folder = g_file_new_for_commandline_arg (path);
      g_autoptr(GError) error = NULL;

      /* Going through "open" lets a running Vitrine show the folder too. */
      if (!g_application_register (application, NULL, &error))
        {
          g_printerr ("vitrine: %s\n", error->message);
          return 1;
        }
      g_application_open (application, &folder, 1, "");

      return 0;
    }

  return -1;
}

/* A kiosk runs for months, so the allocator must not slowly grow it. glibc raises its mmap
 * threshold each time a large block is freed: after the first decoded picture is let go, later
 * ones come from the heap, and each visitor leaves holes there that stay resident. It also
 * gives each worker thread that decodes pictures or icons an arena of its own, each with holes
 * of its own. A fixed threshold gives large blocks back to the system when they are freed, and
 * the app's few worker threads need no more than two arenas. The window soak shows it: without
 * these settings its resident size swung between 132 and 161 MB over 6,000 visitors, and with
 * them it stayed between 129 and 136 MB over 10,000. */
static void
tune_allocator (void)
{
#ifdef __GLIBC__
  mallopt (M_MMAP_THRESHOLD, 128 * 1024);
  mallopt (M_ARENA_MAX, 2);
#endif
}

static void
vtr_application_startup (GApplication *application)
{
  VtrApplication *self = VTR_APPLICATION (application);
  static const GActionEntry actions[] = {
    { "quit", quit_activated_cb },
    { "about", about_activated_cb },
    { "preferences", preferences_activated_cb },
    { "new-window", new_window_activated_cb },
  };

  g_autoptr(GSimpleAction) language = NULL;

  /* Before GTK starts its threads, which would each get an arena of their own. */
  tune_allocator ();
  G_APPLICATION_CLASS (vtr_application_parent_class)->startup (application);

  vtr_gtk_fixes_install ();
  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
  language = g_simple_action_new_stateful ("language", G_VARIANT_TYPE_STRING,
                                           g_variant_new_string (""));
  g_signal_connect_object (language, "change-state",
                           G_CALLBACK (language_change_state_cb), self, 0);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (language));
  g_signal_connect_object (vtr_language_manager_get_default (), "notify::language",
                           G_CALLBACK (language_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close",
                                         (const char *[]) { "<Control>w", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.new-window",
                                         (const char *[]) { "<Control>n", NULL });

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (color_scheme_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::text-size",
                           G_CALLBACK (text_size_changed_cb), self, G_CONNECT_SWAPPED);
  color_scheme_changed_cb (self, NULL, self->settings);
  text_size_changed_cb (self, NULL, self->settings);

  self->presenter = vtr_presenter_new (GTK_APPLICATION (self), self->content);

  /* In kiosk mode nothing a visitor can press quits, closes, opens a dialog or another window,
   * or starts a show: the actions are off, so neither shortcuts nor the session bus reach
   * them. Staff leave through the kiosk window's PIN. */
  self->kiosk = self->kiosk || g_settings_get_boolean (self->settings, "kiosk-mode");
  if (self->kiosk)
    {
      static const char *locked[] = { "quit", "about", "preferences", "new-window", "present" };
      static const char *accels[] = {
        "app.quit", "window.close", "app.preferences", "app.new-window",
      };

      for (guint i = 0; i < G_N_ELEMENTS (locked); i++)
        g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (
                                       G_ACTION_MAP (self), locked[i])), FALSE);
      for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
        gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i],
                                               (const char *[]) { NULL });
    }
  vtr_timings_attach (GTK_APPLICATION (self));
}

static void
vtr_application_activate (GApplication *application)
{
  VtrApplication *self = VTR_APPLICATION (application);
  g_autofree char *present_tour = g_steal_pointer (&self->present_tour);

  ensure_pack (self);
  vtr_timings_mark ("pack-loaded");
  choose_startup_language (self);

  if (present_tour != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (vtr_presenter_start (self->presenter, present_tour, &error))
        return;
      g_printerr ("vitrine: --present: %s\n", error->message);
    }

  gtk_window_present (GTK_WINDOW (ensure_window (self)));
  vtr_timings_mark ("window-presented");
}

static void
vtr_application_open (GApplication  *application,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  VtrApplication *self = VTR_APPLICATION (application);

  if (n_files > 0)
    {
      self->content_from_command_line = TRUE;
      vtr_content_manager_open_folder (self->content, files[0]);
    }

  vtr_application_activate (application);
}

static void
vtr_application_dispose (GObject *object)
{
  VtrApplication *self = (VtrApplication *)object;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->content);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->pinned_language, g_free);
  g_clear_object (&self->presenter);
  g_clear_pointer (&self->present_tour, g_free);

  G_OBJECT_CLASS (vtr_application_parent_class)->dispose (object);
}

static void
vtr_application_class_init (VtrApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = vtr_application_dispose;

  vtr_ensure_resources ();

  app_class->local_command_line = vtr_application_local_command_line;
  app_class->handle_local_options = vtr_application_handle_local_options;
  app_class->startup = vtr_application_startup;
  app_class->activate = vtr_application_activate;
  app_class->open = vtr_application_open;
}

static void
vtr_application_init (VtrApplication *self)
{
  self->content = vtr_content_manager_new ();

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Exhibits and a decade timeline from content "
                                              "packs."));
}

VtrApplication *
vtr_application_new (void)
{
  return g_object_new (VTR_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", RESOURCE_BASE,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}

/**
 * vtr_application_choose_pack_folder:
 * @parent: the window the folder chooser belongs to
 *
 * Asks for a pack folder, shows it if it loads, and remembers it for the next start.
 */
void
vtr_application_choose_pack_folder (VtrApplication *self,
                                    GtkWindow      *parent)
{
  g_return_if_fail (VTR_IS_APPLICATION (self));

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Open Content Pack"), parent,
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                               _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/**
 * vtr_application_use_builtin_pack:
 *
 * Shows the built-in pack, and starts with it next time.
 */
void
vtr_application_use_builtin_pack (VtrApplication *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (VTR_IS_APPLICATION (self));

  if (!vtr_content_manager_open_builtin (self->content, &error))
    g_critical ("The built-in pack does not load: %s", error->message);
  remember_folder (self, NULL);
}

/**
 * vtr_application_get_content_manager:
 *
 * Returns: (transfer none): the content manager that holds the pack on show
 */
VtrContentManager *
vtr_application_get_content_manager (VtrApplication *self)
{
  g_return_val_if_fail (VTR_IS_APPLICATION (self), NULL);

  return self->content;
}

/**
 * vtr_validate_pack:
 * @path: a pack folder, or "builtin"
 *
 * Checks a pack the way `vitrine --validate` does: one line per problem on @out, then a
 * summary line.
 *
 * Returns: 0 when there are no errors, 1 when there are, 2 when @path cannot be read
 */
int
vtr_validate_pack (const char *path,
                   FILE       *out,
                   FILE       *err)
{
  g_autoptr(GFile) location = pack_location_for_path (path);
  g_autoptr(VtrPackLoader) loader = NULL;
  g_autoptr(VtrPack) pack = NULL;
  g_autoptr(GError) error = NULL;

  loader = vtr_pack_loader_new (location);
  vtr_pack_loader_set_check_catalogs (loader, TRUE);
  pack = vtr_pack_loader_load (loader, &error);

  if (g_error_matches (error, VTR_PACK_ERROR, VTR_PACK_ERROR_UNREADABLE))
    {
      fprintf (err, "vitrine: %s: %s\n", path, error->message);
      return VALIDATE_UNREADABLE;
    }

  print_diagnostics (loader, out);
  if (vtr_pack_loader_get_n_errors (loader) == 0 && vtr_pack_loader_get_n_warnings (loader) == 0)
    fprintf (out, _("The pack is valid.\n"));

  return vtr_pack_loader_get_n_errors (loader) > 0 ? VALIDATE_ERRORS : VALIDATE_OK;
}
