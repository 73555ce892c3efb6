/* vtr-kiosk-stats.c
 *
 * Local statistics for a museum: how many visits, how long, in which languages, and what
 * visitors looked at. Counts only, summed per day; no time of day, no sequence of actions, no
 * identifier of any kind, and nothing leaves the machine.
 *
 * The file is CSV with the header "date,measure,item,count" and one row per day and counted
 * thing, sorted:
 *
 *   date             local calendar day, YYYY-MM-DD
 *   measure          sessions          visits started (item empty)
 *                    session-seconds   the summed length of the visits ended that day, in
 *                                      seconds (item empty); divide by sessions for the mean
 *                    session-length    visits ended, by length; item is one of under-30s,
 *                                      30s-1m, 1m-2m, 2m-5m, 5m-10m, 10m-plus
 *                    language          visits started in, or switched to, a language; item is
 *                                      its code, such as fr
 *                    exhibit           exhibits opened; item is the exhibit's id
 *                    tour              tours started; item is the tour's id
 *   count            a whole number
 *
 * Fields holding a comma or a quote are quoted as RFC 4180 says; control characters in ids
 * become spaces, so that every row is one line. The file is
 * rewritten whole when a visit ends, through g_file_set_contents_full() with CONSISTENT and
 * DURABLE: the new text goes to a temporary file, is flushed to disk with fsync(), then
 * renamed over the old one, so a crash or a power cut leaves either the old file or the new
 * one, never half of one. Temporary files a crash left behind are removed at the next load.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "vtr-kiosk-stats.h"

#define FILE_NAME "kiosk-statistics.csv"

struct _VtrKioskStats
{
  GObject             parent_instance;

  GFile              *file;
  VtrClock           *clock;
  gboolean            enabled;

  /* "date\x1fmeasure\x1fitem" → count, boxed as guint64. */
  GHashTable         *counts;

  gboolean            in_session;
  gint64              session_start;

  VtrKioskController *controller;
  GSettings          *settings;
};

enum {
  PROP_0,
  PROP_FILE,
  PROP_CLOCK,
  PROP_ENABLED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrKioskStats, vtr_kiosk_stats, G_TYPE_OBJECT)
G_DEFINE_QUARK (vtr-kiosk-stats-error-quark, vtr_kiosk_stats_error)

static GParamSpec *properties[N_PROPS];

/* The unit separator cannot appear in a date, a measure name or an id we count. */
#define KEY_SEPARATOR "\x1f"

static const struct {
  gint64      below_seconds;
  const char *name;
} length_buckets[] = {
  { 30, "under-30s" },
  { 60, "30s-1m" },
  { 120, "1m-2m" },
  { 300, "2m-5m" },
  { 600, "5m-10m" },
  { G_MAXINT64, "10m-plus" },
};

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static void
add_count (GHashTable *counts,
           const char *date,
           const char *measure,
           const char *item,
           guint64     amount)
{
  char *key = g_strjoin (KEY_SEPARATOR, date, measure, item != NULL ? item : "", NULL);
  guint64 *count = g_hash_table_lookup (counts, key);

  if (count != NULL)
    {
      *count += amount;
      g_free (key);
      return;
    }

  count = g_new (guint64, 1);
  *count = amount;
  g_hash_table_insert (counts, key, count);
}

/* Ids come from content packs. Control characters would break the one-row-per-line file,
 * and the unit separator our keys; they become spaces. */
static char *
clean_item (const char *item)
{
  char *clean = g_strdup (item != NULL ? item : "");

  for (char *c = clean; *c != '\0'; c++)
    if ((guchar)*c < 0x20 || *c == 0x7f)
      *c = ' ';

  return clean;
}

static void
record (VtrKioskStats *self,
        const char    *measure,
        const char    *item,
        guint64        amount)
{
  g_autofree char *date = NULL;
  g_autofree char *clean = NULL;

  if (!self->enabled)
    return;

  date = today ();
  clean = clean_item (item);
  add_count (self->counts, date, measure, clean, amount);
}

static void
append_field (GString    *csv,
              const char *field)
{
  if (strpbrk (field, ",\"") == NULL)
    {
      g_string_append (csv, field);
      return;
    }

  g_string_append_c (csv, '"');
  for (const char *c = field; *c != '\0'; c++)
    {
      if (*c == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *c);
    }
  g_string_append_c (csv, '"');
}

/* Splits one CSV record into fields, unquoting them. Returns NULL when a quote is not
 * closed or is followed by something other than a comma. */
static GPtrArray *
split_record (const char *line)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  const char *c = line;

  for (;;)
    {
      GString *field = g_string_new (NULL);

      if (*c == '"')
        {
          c++;
          for (;;)
            {
              if (*c == '\0')
                {
                  g_string_free (field, TRUE);
                  return NULL;
                }
              if (*c == '"' && c[1] == '"')
                {
                  g_string_append_c (field, '"');
                  c += 2;
                  continue;
                }
              if (*c == '"')
                {
                  c++;
                  break;
                }
              g_string_append_c (field, *c++);
            }
          if (*c != ',' && *c != '\0')
            {
              g_string_free (field, TRUE);
              return NULL;
            }
        }
      else
        {
          while (*c != ',' && *c != '\0')
            g_string_append_c (field, *c++);
        }

      g_ptr_array_add (fields, g_string_free (field, FALSE));
      if (*c == '\0')
        break;
      c++;
    }

  return g_steal_pointer (&fields);
}

static gboolean
is_date (const char *text)
{
  guint year, month, day;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  if (sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3)
    return FALSE;

  return g_date_valid_dmy (day, month, year);
}

/* Reads "date,measure,item,count" CSV into @counts; errors name the file and line. */
static gboolean
parse_csv (const char  *name,
           const char  *text,
           GHashTable  *counts,
           GError     **error)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  /* g_strsplit() gives no line at all for an empty text; the header is still missing. */
  if (lines[0] == NULL)
    {
      g_set_error (error, VTR_KIOSK_STATS_ERROR, VTR_KIOSK_STATS_ERROR_PARSE,
                   _("%s:1: the first line must be “%s”"), name, VTR_KIOSK_STATS_HEADER);
      return FALSE;
    }

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) fields = NULL;
      char *line = lines[i];
      gsize length = strlen (line);
      guint64 count;
      const char *problem = NULL;

      if (length > 0 && line[length - 1] == '\r')
        line[length - 1] = '\0';

      if (i == 0)
        {
          if (!g_str_equal (line, VTR_KIOSK_STATS_HEADER))
            {
              g_set_error (error, VTR_KIOSK_STATS_ERROR, VTR_KIOSK_STATS_ERROR_PARSE,
                           _("%s:1: the first line must be “%s”"),
                           name, VTR_KIOSK_STATS_HEADER);
              return FALSE;
            }
          continue;
        }

      if (*line == '\0')
        continue;

      fields = split_record (line);
      if (fields == NULL)
        problem = _("a quoted field is not closed properly");
      else if (fields->len != 4)
        problem = _("a row must have four fields: date, measure, item and count");
      else if (!is_date (g_ptr_array_index (fields, 0)))
        problem = _("the date must be a day written as YYYY-MM-DD");
      else if (*(char *)g_ptr_array_index (fields, 1) == '\0')
        problem = _("the measure is empty");
      else if (!g_ascii_string_to_unsigned (g_ptr_array_index (fields, 3), 10, 0, G_MAXUINT64,
                                            &count, NULL))
        problem = _("the count must be a whole number");

      if (problem != NULL)
        {
          g_set_error (error, VTR_KIOSK_STATS_ERROR, VTR_KIOSK_STATS_ERROR_PARSE,
                       "%s:%u: %s", name, i + 1, problem);
          return FALSE;
        }

      add_count (counts, g_ptr_array_index (fields, 0), g_ptr_array_index (fields, 1),
                 g_ptr_array_index (fields, 2), count);
    }

  return TRUE;
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char **)a, *(const char **)b);
}

static char *
counts_to_csv (GHashTable *counts)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  GString *csv = g_string_new (VTR_KIOSK_STATS_HEADER "\n");
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (keys, key);

  g_ptr_array_sort (keys, compare_keys);
  for (guint i = 0; i < keys->len; i++)
    {
      const char *row = g_ptr_array_index (keys, i);
      g_auto(GStrv) parts = g_strsplit (row, KEY_SEPARATOR, 3);
      guint64 *count = g_hash_table_lookup (counts, row);

      append_field (csv, parts[0]);
      g_string_append_c (csv, ',');
      append_field (csv, parts[1]);
      g_string_append_c (csv, ',');
      append_field (csv, parts[2]);
      g_string_append_printf (csv, ",%" G_GUINT64_FORMAT "\n", *count);
    }

  return g_string_free (csv, FALSE);
}

/* g_file_set_contents_full() names its temporary files FILE.XXXXXX; a crash leaves them. */
static void
remove_stale_temporaries (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_prefix (name, base) && strlen (name) == strlen (base) + 7 &&
          name[strlen (base)] == '.')
        {
          g_autofree char *stale = g_build_filename (folder, name, NULL);

          g_unlink (stale);
        }
    }
}

static void
controller_state_cb (VtrKioskStats      *self,
                     GParamSpec         *pspec,
                     VtrKioskController *controller)
{
  VtrKioskState state = vtr_kiosk_controller_get_state (controller);

  if (state == VTR_KIOSK_STATE_ATTRACT && self->in_session)
    vtr_kiosk_stats_session_ended (self);
  else if (state != VTR_KIOSK_STATE_ATTRACT && !self->in_session)
    vtr_kiosk_stats_session_started (self, vtr_kiosk_controller_get_language (controller));
}

/* Only a switch during a visit is a choice; the reset back to the default is not. */
static void
controller_language_cb (VtrKioskStats      *self,
                        GParamSpec         *pspec,
                        VtrKioskController *controller)
{
  if (self->in_session && vtr_kiosk_controller_get_state (controller) != VTR_KIOSK_STATE_ATTRACT)
    vtr_kiosk_stats_language_chosen (self, vtr_kiosk_controller_get_language (controller));
}

static void
vtr_kiosk_stats_dispose (GObject *object)
{
  VtrKioskStats *self = (VtrKioskStats *)object;

  if (self->controller != NULL)
    g_signal_handlers_disconnect_by_data (self->controller, self);
  g_clear_object (&self->controller);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (vtr_kiosk_stats_parent_class)->dispose (object);
}

static void
vtr_kiosk_stats_finalize (GObject *object)
{
  VtrKioskStats *self = (VtrKioskStats *)object;

  g_clear_object (&self->file);
  g_clear_object (&self->clock);
  g_clear_pointer (&self->counts, g_hash_table_unref);

  G_OBJECT_CLASS (vtr_kiosk_stats_parent_class)->finalize (object);
}

static void
vtr_kiosk_stats_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VtrKioskStats *self = VTR_KIOSK_STATS (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;
    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_kiosk_stats_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  VtrKioskStats *self = VTR_KIOSK_STATS (object);

  switch (prop_id)
    {
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;
    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      if (self->clock == NULL)
        self->clock = vtr_clock_new ();
      break;
    case PROP_ENABLED:
      vtr_kiosk_stats_set_enabled (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_kiosk_stats_class_init (VtrKioskStatsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vtr_kiosk_stats_dispose;
  object_class->finalize = vtr_kiosk_stats_finalize;
  object_class->get_property = vtr_kiosk_stats_get_property;
  object_class->set_property = vtr_kiosk_stats_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL,
                         VTR_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_kiosk_stats_init (VtrKioskStats *self)
{
  self->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * vtr_kiosk_stats_get_default_file:
 *
 * Returns: (transfer full): vitrine/kiosk-statistics.csv in the user data folder
 */
GFile *
vtr_kiosk_stats_get_default_file (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "vitrine", FILE_NAME, NULL);

  return g_file_new_for_path (path);
}

/**
 * vtr_kiosk_stats_new:
 * @file: (nullable): where to keep the counts, or %NULL for the default file
 * @clock: (nullable): the clock visits are timed on, or %NULL for the real one
 *
 * Returns: (transfer full): statistics, off until enabled; call vtr_kiosk_stats_load() to
 *   go on from the counts already in @file
 */
VtrKioskStats *
vtr_kiosk_stats_new (GFile    *file,
                     VtrClock *clock)
{
  g_autoptr(GFile) default_file = NULL;

  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);
  g_return_val_if_fail (clock == NULL || VTR_IS_CLOCK (clock), NULL);

  if (file == NULL)
    file = default_file = vtr_kiosk_stats_get_default_file ();

  return g_object_new (VTR_TYPE_KIOSK_STATS, "file", file, "clock", clock, NULL);
}

/**
 * vtr_kiosk_stats_get_file:
 *
 * Returns: (transfer none): the CSV file
 */
GFile *
vtr_kiosk_stats_get_file (VtrKioskStats *self)
{
  g_return_val_if_fail (VTR_IS_KIOSK_STATS (self), NULL);

  return self->file;
}

gboolean
vtr_kiosk_stats_get_enabled (VtrKioskStats *self)
{
  g_return_val_if_fail (VTR_IS_KIOSK_STATS (self), FALSE);

  return self->enabled;
}

/**
 * vtr_kiosk_stats_set_enabled:
 *
 * While off, nothing is counted and nothing is written.
 */
void
vtr_kiosk_stats_set_enabled (VtrKioskStats *self,
                             gboolean       enabled)
{
  g_return_if_fail (VTR_IS_KIOSK_STATS (self));

  enabled = !!enabled;
  if (self->enabled == enabled)
    return;

  self->enabled = enabled;
  if (!enabled)
    self->in_session = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
}

/**
 * vtr_kiosk_stats_bind_settings:
 *
 * Follows kiosk-statistics.
 */
void
vtr_kiosk_stats_bind_settings (VtrKioskStats *self,
                               GSettings     *settings)
{
  g_return_if_fail (VTR_IS_KIOSK_STATS (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_set_object (&self->settings, settings);
  g_settings_bind (settings, "kiosk-statistics", self, "enabled", G_SETTINGS_BIND_GET);
}

/**
 * vtr_kiosk_stats_load:
 *
 * Reads the counts kept in the file, replacing those in memory. A missing file is no error:
 * nothing was counted yet. Also removes temporary files that a crash during a save left.
 *
 * Returns: %FALSE with @error set, naming the file and line, if the file is unreadable or
 *   not in the expected format; the counts in memory are then unchanged
 */
gboolean
vtr_kiosk_stats_load (VtrKioskStats  *self,
                      GError        **error)
{
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (VTR_IS_KIOSK_STATS (self), FALSE);

  path = g_file_get_path (self->file);
  name = g_file_get_parse_name (self->file);
  counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (path != NULL)
    remove_stale_temporaries (path);

  if (!g_file_load_contents (self->file, NULL, &text, NULL, NULL, &local_error))
    {
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
          return FALSE;
        }
    }
  else if (!parse_csv (name, text, counts, error))
    return FALSE;

  g_clear_pointer (&self->counts, g_hash_table_unref);
  self->counts = g_steal_pointer (&counts);

  return TRUE;
}

/**
 * vtr_kiosk_stats_save:
 *
 * Writes all counts to the file, atomically and durably (see the top of this file).
 */
gboolean
vtr_kiosk_stats_save (VtrKioskStats  *self,
                      GError        **error)
{
  g_autofree char *path = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *csv = NULL;

  g_return_val_if_fail (VTR_IS_KIOSK_STATS (self), FALSE);

  path = g_file_get_path (self->file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (self->file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s: statistics can only be kept in a local file"), uri);
      return FALSE;
    }

  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", folder, g_strerror (saved_errno));
      return FALSE;
    }

  csv = counts_to_csv (self->counts);

  return g_file_set_contents_full (path, csv, -1,
                                   G_FILE_SET_CONTENTS_CONSISTENT |
                                   G_FILE_SET_CONTENTS_DURABLE,
                                   0644, error);
}

/**
 * vtr_kiosk_stats_to_csv:
 *
 * Returns: (transfer full): the counts as the file would hold them
 */
char *
vtr_kiosk_stats_to_csv (VtrKioskStats *self)
{
  g_return_val_if_fail (VTR_IS_KIOSK_STATS (self), NULL);

  return counts_to_csv (self->counts);
}

/**
 * vtr_kiosk_stats_get_count:
 * @date: a day as YYYY-MM-DD
 * @measure: as in the file, such as "sessions"
 * @item: (nullable): as in the file, or %NULL for none
 *
 * Returns: the count, 0 if nothing was counted
 */
guint64
vtr_kiosk_stats_get_count (VtrKioskStats *self,
                           const char    *date,
                           const char    *measure,
                           const char    *item)
{
  g_autofree char *key = NULL;
  guint64 *count;

  g_return_val_if_fail (VTR_IS_KIOSK_STATS (self), 0);
  g_return_val_if_fail (date != NULL && measure != NULL, 0);

  key = g_strjoin (KEY_SEPARATOR, date, measure, item != NULL ? item : "", NULL);
  count = g_hash_table_lookup (self->counts, key);

  return count != NULL ? *count : 0;
}

/**
 * vtr_kiosk_stats_session_started:
 * @language: (nullable): the language the visitor chose on the attract screen
 */
void
vtr_kiosk_stats_session_started (VtrKioskStats *self,
                                 const char    *language)
{
  g_return_if_fail (VTR_IS_KIOSK_STATS (self));

  if (!self->enabled)
    return;

  self->in_session = TRUE;
  self->session_start = vtr_clock_get_time (self->clock);
  record (self, "sessions", NULL, 1);
  if (language != NULL && *language != '\0')
    record (self, "language", language, 1);
}

/**
 * vtr_kiosk_stats_session_ended:
 *
 * Counts the visit's length, and saves. A save that fails is logged and tried again at the
 * next visit's end: statistics never stop the kiosk.
 */
void
vtr_kiosk_stats_session_ended (VtrKioskStats *self)
{
  g_autoptr(GError) error = NULL;
  gint64 seconds;

  g_return_if_fail (VTR_IS_KIOSK_STATS (self));

  if (!self->enabled || !self->in_session)
    return;

  self->in_session = FALSE;
  seconds = (vtr_clock_get_time (self->clock) - self->session_start) / G_USEC_PER_SEC;
  record (self, "session-seconds", NULL, (guint64)MAX (seconds, 0));
  for (guint i = 0; i < G_N_ELEMENTS (length_buckets); i++)
    if (seconds < length_buckets[i].below_seconds)
      {
        record (self, "session-length", length_buckets[i].name, 1);
        break;
      }

  if (!vtr_kiosk_stats_save (self, &error))
    g_warning ("Kiosk statistics not saved: %s", error->message);
}

void
vtr_kiosk_stats_language_chosen (VtrKioskStats *self,
                                 const char    *language)
{
  g_return_if_fail (VTR_IS_KIOSK_STATS (self));

  if (language != NULL && *language != '\0')
    record (self, "language", language, 1);
}

void
vtr_kiosk_stats_exhibit_opened (VtrKioskStats *self,
                                const char    *exhibit_id)
{
  g_return_if_fail (VTR_IS_KIOSK_STATS (self));
  g_return_if_fail (exhibit_id != NULL);

  record (self, "exhibit", exhibit_id, 1);
}

void
vtr_kiosk_stats_tour_started (VtrKioskStats *self,
                              const char    *tour_id)
{
  g_return_if_fail (VTR_IS_KIOSK_STATS (self));
  g_return_if_fail (tour_id != NULL);

  record (self, "tour", tour_id, 1);
}

/**
 * vtr_kiosk_stats_watch:
 * @controller: the kiosk's controller
 *
 * Counts a session from each ATTRACT → ACTIVE to the next reset, with its language, and each
 * language switch during it.
 */
void
vtr_kiosk_stats_watch (VtrKioskStats      *self,
                       VtrKioskController *controller)
{
  g_return_if_fail (VTR_IS_KIOSK_STATS (self));
  g_return_if_fail (VTR_IS_KIOSK_CONTROLLER (controller));

  if (self->controller != NULL)
    g_signal_handlers_disconnect_by_data (self->controller, self);
  g_set_object (&self->controller, controller);

  g_signal_connect_object (controller, "notify::state",
                           G_CALLBACK (controller_state_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (controller, "notify::language",
                           G_CALLBACK (controller_language_cb), self, G_CONNECT_SWAPPED);
}

/**
 * vtr_kiosk_stats_export:
 * @from: the statistics file
 * @to: the file to write, or "-" for @out
 * @out: standard output
 * @err: where problems are told
 *
 * What "vitrine --export-stats FILE" does: checks the statistics file and writes it to @to in
 * the same CSV format. Without a statistics file, writes the header alone.
 *
 * Returns: the exit status: 0 when written, 1 when the statistics file is unreadable or
 *   damaged, or @to cannot be written
 */
int
vtr_kiosk_stats_export (GFile      *from,
                        const char *to,
                        FILE       *out,
                        FILE       *err)
{
  g_autoptr(VtrKioskStats) stats = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;

  g_return_val_if_fail (G_IS_FILE (from), 1);
  g_return_val_if_fail (to != NULL, 1);

  stats = vtr_kiosk_stats_new (from, NULL);
  if (!vtr_kiosk_stats_load (stats, &error))
    {
      fprintf (err, "vitrine: %s\n", error->message);
      return 1;
    }

  csv = vtr_kiosk_stats_to_csv (stats);
  if (g_str_equal (to, "-"))
    {
      fputs (csv, out);
      return fflush (out) == 0 ? 0 : 1;
    }

  if (!g_file_set_contents_full (to, csv, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &error))
    {
      fprintf (err, "vitrine: %s\n", error->message);
      return 1;
    }

  return 0;
}
