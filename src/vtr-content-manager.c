/* vtr-content-manager.c
 *
 * Holds the pack on show. A folder that fails to load never replaces good content: if nothing
 * is on show yet, the built-in pack takes its place, and the folder's problems stay available
 * so that the window can tell the curator what went wrong.
 *
 * A folder on show is watched. When a curator saves a file, the pack is read again shortly
 * after the last change; an edit that breaks the pack leaves the old content on show and is
 * reported through ::reload-failed, so a curator can edit JSON and watch the result live.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-content-manager.h"
#include "vtr-diagnostic.h"
#include "vtr-pack-loader.h"

/* Editors save in several steps (write a temporary file, rename it); waiting this long after
 * the last change reads the pack once, when the save is complete. */
#define RELOAD_DELAY_MS 250

/* While the folder itself is gone, look for it again this often. */
#define MISSING_FOLDER_POLL_MS 1000

struct _VtrContentManager
{
  GObject     parent_instance;

  VtrPack    *pack;
  GFile      *rejected_folder;
  GListStore *diagnostics;
  char       *problem;

  GFile      *watched_folder;
  GPtrArray  *monitors;
  guint       reload_source;
};

enum {
  PROP_0,
  PROP_PACK,
  PROP_REJECTED_FOLDER,
  PROP_PROBLEM,
  N_PROPS
};

enum {
  RELOAD_FAILED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (VtrContentManager, vtr_content_manager, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void watch_folder (VtrContentManager *self,
                          GFile             *folder);

/* A folder pack's translations are in its own locale/ folder. The app's own domain is never
 * rebound: a pack that borrowed it would otherwise take the app's UI translations away. */
static void
bind_translations (VtrPack *pack)
{
  const char *domain = vtr_pack_get_gettext_domain (pack);
  g_autofree char *folder = NULL;
  g_autofree char *locale = NULL;

  if (vtr_pack_is_builtin (pack) || domain == NULL || g_str_equal (domain, GETTEXT_PACKAGE))
    return;

  folder = g_file_get_path (vtr_pack_get_location (pack));
  if (folder == NULL)
    return;

  locale = g_build_filename (folder, "locale", NULL);
  bindtextdomain (domain, locale);
  bind_textdomain_codeset (domain, "UTF-8");
}

static void
set_pack (VtrContentManager *self,
          VtrPack           *pack)
{
  if (pack != NULL)
    bind_translations (pack);

  if (g_set_object (&self->pack, pack))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
}

static void
set_rejection (VtrContentManager *self,
               GFile             *folder,
               GListModel        *diagnostics,
               const char        *problem)
{
  g_list_store_remove_all (self->diagnostics);
  for (guint i = 0; diagnostics != NULL && i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(GObject) diagnostic = g_list_model_get_item (diagnostics, i);

      g_list_store_append (self->diagnostics, diagnostic);
    }

  if (g_set_object (&self->rejected_folder, folder))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REJECTED_FOLDER]);

  if (g_strcmp0 (self->problem, problem) != 0)
    {
      g_free (self->problem);
      self->problem = g_strdup (problem);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEM]);
    }
}

static void
stop_watching (VtrContentManager *self)
{
  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->monitors != NULL)
    {
      for (guint i = 0; i < self->monitors->len; i++)
        g_file_monitor_cancel (g_ptr_array_index (self->monitors, i));
      g_ptr_array_set_size (self->monitors, 0);
    }
  g_clear_object (&self->watched_folder);
}

static char *
first_error (GListModel *diagnostics)
{
  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(VtrDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      if (vtr_diagnostic_get_severity (diagnostic) == VTR_SEVERITY_ERROR)
        return vtr_diagnostic_to_string (diagnostic);
    }

  return NULL;
}

static gboolean
reload_cb (gpointer user_data)
{
  VtrContentManager *self = user_data;
  g_autoptr(VtrPackLoader) loader = NULL;
  g_autoptr(VtrPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = g_object_ref (self->watched_folder);
  g_autofree char *message = NULL;

  self->reload_source = 0;

  loader = vtr_pack_loader_new (folder);
  pack = vtr_pack_loader_load (loader, &error);

  if (pack != NULL)
    {
      set_pack (self, pack);
      watch_folder (self, folder);
      return G_SOURCE_REMOVE;
    }

  message = first_error (vtr_pack_loader_get_diagnostics (loader));
  if (message == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (folder);

      message = g_strdup_printf ("%s: %s", name, error->message);
    }
  g_signal_emit (self, signals[RELOAD_FAILED], 0, message);

  /* A deleted folder sends no more events, so look for it until it is back. */
  if (g_error_matches (error, VTR_PACK_ERROR, VTR_PACK_ERROR_UNREADABLE))
    self->reload_source = g_timeout_add (MISSING_FOLDER_POLL_MS, reload_cb, self);

  return G_SOURCE_REMOVE;
}

static void
folder_changed_cb (VtrContentManager *self,
                   GFile             *file,
                   GFile             *other_file,
                   GFileMonitorEvent  event,
                   GFileMonitor      *monitor)
{
  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED ||
      event == G_FILE_MONITOR_EVENT_PRE_UNMOUNT ||
      event == G_FILE_MONITOR_EVENT_UNMOUNTED)
    return;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  self->reload_source = g_timeout_add (RELOAD_DELAY_MS, reload_cb, self);
}

static void
add_monitor (VtrContentManager *self,
             GFile             *directory)
{
  g_autoptr(GFileMonitor) monitor = NULL;

  monitor = g_file_monitor_directory (directory, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (monitor == NULL)
    return;

  g_file_monitor_set_rate_limit (monitor, 100);
  g_signal_connect_object (monitor, "changed",
                           G_CALLBACK (folder_changed_cb), self, G_CONNECT_SWAPPED);
  g_ptr_array_add (self->monitors, g_steal_pointer (&monitor));
}

static void
watch_folder (VtrContentManager *self,
              GFile             *folder)
{
  g_autoptr(GFile) kept = g_object_ref (folder);
  g_autoptr(GFile) images = g_file_get_child (folder, "images");

  stop_watching (self);
  self->watched_folder = g_steal_pointer (&kept);

  add_monitor (self, self->watched_folder);
  if (g_file_query_file_type (images, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
    add_monitor (self, images);
}

static void
vtr_content_manager_finalize (GObject *object)
{
  VtrContentManager *self = (VtrContentManager *)object;

  stop_watching (self);
  g_clear_pointer (&self->monitors, g_ptr_array_unref);
  g_clear_object (&self->pack);
  g_clear_object (&self->rejected_folder);
  g_clear_object (&self->diagnostics);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (vtr_content_manager_parent_class)->finalize (object);
}

static void
vtr_content_manager_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  VtrContentManager *self = VTR_CONTENT_MANAGER (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;

    case PROP_REJECTED_FOLDER:
      g_value_set_object (value, self->rejected_folder);
      break;

    case PROP_PROBLEM:
      g_value_set_string (value, self->problem);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_content_manager_class_init (VtrContentManagerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vtr_content_manager_finalize;
  object_class->get_property = vtr_content_manager_get_property;

  /**
   * VtrContentManager:pack:
   *
   * The pack on show. It is only ever a pack that loaded without errors.
   */
  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, VTR_TYPE_PACK,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * VtrContentManager:rejected-folder:
   *
   * The last folder that was asked for and could not be shown, or %NULL.
   */
  properties[PROP_REJECTED_FOLDER] =
    g_param_spec_object ("rejected-folder", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * VtrContentManager:problem:
   *
   * Why the rejected folder is not shown, as a clause such as “it has 3 errors”, or %NULL.
   */
  properties[PROP_PROBLEM] =
    g_param_spec_string ("problem", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VtrContentManager::reload-failed:
   * @message: the first problem found, as one line
   *
   * Emitted when a change in the folder on show left it unloadable. The pack on show stays.
   */
  signals[RELOAD_FAILED] =
    g_signal_new ("reload-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
vtr_content_manager_init (VtrContentManager *self)
{
  self->diagnostics = g_list_store_new (VTR_TYPE_DIAGNOSTIC);
  self->monitors = g_ptr_array_new_with_free_func (g_object_unref);
}

VtrContentManager *
vtr_content_manager_new (void)
{
  return g_object_new (VTR_TYPE_CONTENT_MANAGER, NULL);
}

/**
 * vtr_content_manager_get_pack:
 *
 * Returns: (transfer none) (nullable): the pack on show
 */
VtrPack *
vtr_content_manager_get_pack (VtrContentManager *self)
{
  g_return_val_if_fail (VTR_IS_CONTENT_MANAGER (self), NULL);

  return self->pack;
}

/**
 * vtr_content_manager_get_rejected_folder:
 *
 * Returns: (transfer none) (nullable): the last folder that could not be shown
 */
GFile *
vtr_content_manager_get_rejected_folder (VtrContentManager *self)
{
  g_return_val_if_fail (VTR_IS_CONTENT_MANAGER (self), NULL);

  return self->rejected_folder;
}

/**
 * vtr_content_manager_get_diagnostics:
 *
 * Returns: (transfer none): the problems of the rejected folder, as VtrDiagnostic
 */
GListModel *
vtr_content_manager_get_diagnostics (VtrContentManager *self)
{
  g_return_val_if_fail (VTR_IS_CONTENT_MANAGER (self), NULL);

  return G_LIST_MODEL (self->diagnostics);
}

/**
 * vtr_content_manager_get_problem:
 *
 * Returns: (nullable): why the rejected folder is not shown
 */
const char *
vtr_content_manager_get_problem (VtrContentManager *self)
{
  g_return_val_if_fail (VTR_IS_CONTENT_MANAGER (self), NULL);

  return self->problem;
}

/**
 * vtr_content_manager_open_builtin:
 *
 * Shows the pack compiled into Vitrine. It is checked by the test suite, so failing here means
 * a broken build, not bad content.
 */
gboolean
vtr_content_manager_open_builtin (VtrContentManager  *self,
                                  GError            **error)
{
  g_autoptr(GFile) location = vtr_pack_get_builtin_location ();
  g_autoptr(VtrPackLoader) loader = vtr_pack_loader_new (location);
  g_autoptr(VtrPack) pack = NULL;

  g_return_val_if_fail (VTR_IS_CONTENT_MANAGER (self), FALSE);

  pack = vtr_pack_loader_load (loader, error);
  if (pack == NULL)
    return FALSE;

  stop_watching (self);
  set_rejection (self, NULL, NULL, NULL);
  set_pack (self, pack);

  return TRUE;
}

/**
 * vtr_content_manager_open_folder:
 * @folder: a pack folder
 *
 * Shows the pack in @folder if it loads without errors. Otherwise the pack on show stays, or
 * the built-in pack is shown when there was none, and :rejected-folder, :problem and the
 * diagnostics say why.
 *
 * Returns: %TRUE when @folder's pack is now on show
 */
gboolean
vtr_content_manager_open_folder (VtrContentManager *self,
                                 GFile             *folder)
{
  g_autoptr(VtrPackLoader) loader = NULL;
  g_autoptr(VtrPack) pack = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (VTR_IS_CONTENT_MANAGER (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);

  loader = vtr_pack_loader_new (folder);
  pack = vtr_pack_loader_load (loader, &error);

  if (pack == NULL)
    {
      if (self->pack == NULL)
        {
          g_autoptr(GError) builtin_error = NULL;

          if (!vtr_content_manager_open_builtin (self, &builtin_error))
            g_critical ("The built-in pack does not load: %s", builtin_error->message);
        }

      set_rejection (self, folder, vtr_pack_loader_get_diagnostics (loader), error->message);

      return FALSE;
    }

  set_rejection (self, NULL, NULL, NULL);
  set_pack (self, pack);
  watch_folder (self, folder);

  return TRUE;
}
