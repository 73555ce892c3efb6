/* vtr-pack-loader.c
 *
 * One loader serves the built-in pack (a GResource folder) and curators' folders alike. It works
 * in two passes. The first checks every file against the format and records every problem, so a
 * curator sees them all at once, each with its file, line, column and JSON Pointer. Only when
 * that pass found no error does the second pass build the VtrPack, which is why the app never
 * shows a half-loaded pack.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vtr-array-model.h"
#include "vtr-catalog.h"
#include "vtr-date.h"
#include "vtr-fact.h"
#include "vtr-json-locator.h"
#include "vtr-pack-loader.h"
#include "vtr-pack-strings.h"
#include "vtr-resources.h"
#include "vtr-source.h"
#include "vtr-thumbnail-loader.h"
#include "vtr-tour-stop.h"

typedef enum {
  FILE_PACK,
  FILE_EXHIBITS,
  FILE_TIMELINE,
  FILE_FIGURES,
  FILE_TOURS,
  N_FILES
} FileKind;

static const char *file_names[N_FILES] = {
  "pack.json",
  "exhibits.json",
  "timeline.json",
  "figures.json",
  "tours.json",
};

/* The kinds of id that references can name. Each has its own namespace. */
typedef enum {
  ID_CATEGORY,
  ID_EXHIBIT,
  ID_EVENT,
  ID_FIGURE,
  ID_ERA,
  ID_TOUR,
  N_ID_KINDS
} IdKind;

typedef enum {
  KIND_ID,
  KIND_REF,
  KIND_TEXT,
  KIND_DATE,
  KIND_COLOR,
  KIND_URL,
  KIND_INT,
  KIND_NUMBER,
  KIND_OBJECT,
  KIND_ARRAY,
} FieldKind;

typedef struct {
  const char *name;
  FieldKind   kind;
  gboolean    required;
} Field;

typedef struct {
  FileKind    file;
  char       *pointer;
  char       *id;
  IdKind      kind;
} PendingRef;

typedef struct {
  GBytes         *bytes;
  JsonParser     *parser;
  JsonNode       *root;
  VtrJsonLocator *locator;
} PackFile;

/* The long lists of a pack. The loader checks and builds their items one at a time, as
 * json-glib parses them, and drops each item's tree once it is built: the trees of a pack of
 * 10,000 exhibits would take several times the size of its text. */
typedef enum {
  LIST_EXHIBITS,
  LIST_ERAS,
  LIST_EVENTS,
  N_LISTS
} ListKind;

/* What the parser of one file is doing with the lists, while it parses. */
typedef struct {
  FileKind            file;
  const char * const *root_arrays;
  guint               n_root_arrays;
  guint               depth;
  int                 list;
  guint               index;
  gboolean            streamed[N_LISTS];
} Stream;

typedef enum {
  PLACE_VALUE,
  PLACE_KEY,
  PLACE_NONE,
} PlaceKind;

struct _VtrPackLoader
{
  GObject     parent_instance;

  GFile      *location;
  char       *real_root;
  GListStore *diagnostics;
  guint       n_errors;
  guint       n_warnings;
  guint       n_unlisted;

  PackFile    files[N_FILES];
  GHashTable *ids[N_ID_KINDS];
  GArray     *refs;

  /* Set for a kind of id whose list could not be read at all (its file is missing or not
   * JSON): references to such ids are not reported, since the real problem is already. */
  gboolean    ids_unknown[N_ID_KINDS];

  /* Whether loading also checks the catalogs of the offered languages. Only --validate asks:
   * it reads the pack a second time, which the app has no use for on every load and reload. */
  gboolean    check_catalogs;

  /* The manifest's gettext domain, while the pack is being built. */
  const char *domain;

  /* The pack's categories and the items of its lists, built as they are checked for as long
   * as the pack has no error; a pack with errors is never built. */
  GListModel *categories;
  GPtrArray  *items[N_LISTS];
  gboolean    building;

  Stream      stream;
};

enum {
  PROP_0,
  PROP_LOCATION,
  PROP_CHECK_CATALOGS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrPackLoader, vtr_pack_loader, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static const Field pack_fields[] = {
  { "$schema", KIND_TEXT, FALSE },
  { "format", KIND_INT, TRUE },
  { "id", KIND_ID, TRUE },
  { "title", KIND_TEXT, TRUE },
  { "description", KIND_TEXT, TRUE },
  { "source_language", KIND_TEXT, TRUE },
  { "languages", KIND_ARRAY, TRUE },
  { "gettext_domain", KIND_TEXT, TRUE },
  { "categories", KIND_ARRAY, TRUE },
  { "hero", KIND_OBJECT, FALSE },
  { NULL }
};

static const Field category_fields[] = {
  { "id", KIND_ID, TRUE },
  { "name", KIND_TEXT, TRUE },
  { "icon", KIND_TEXT, TRUE },
  { "color", KIND_COLOR, TRUE },
  { NULL }
};

static const Field image_fields[] = {
  { "path", KIND_TEXT, TRUE },
  { "alt", KIND_TEXT, TRUE },
  { NULL }
};

static const Field source_fields[] = {
  { "title", KIND_TEXT, TRUE },
  { "publisher", KIND_TEXT, TRUE },
  { "date", KIND_DATE, FALSE },
  { "url", KIND_URL, FALSE },
  { NULL }
};

static const Field fact_fields[] = {
  { "label", KIND_TEXT, TRUE },
  { "value", KIND_TEXT, TRUE },
  { NULL }
};

static const Field exhibits_file_fields[] = {
  { "$schema", KIND_TEXT, FALSE },
  { "exhibits", KIND_ARRAY, TRUE },
  { NULL }
};

static const Field exhibit_fields[] = {
  { "id", KIND_ID, TRUE },
  { "title", KIND_TEXT, TRUE },
  { "exhibitor", KIND_TEXT, TRUE },
  { "category", KIND_REF, TRUE },
  { "year", KIND_INT, FALSE },
  { "summary", KIND_TEXT, TRUE },
  { "body", KIND_ARRAY, TRUE },
  { "image", KIND_OBJECT, TRUE },
  { "facts", KIND_ARRAY, FALSE },
  { "related", KIND_ARRAY, FALSE },
  { "events", KIND_ARRAY, FALSE },
  { "sources", KIND_ARRAY, TRUE },
  { NULL }
};

static const Field timeline_file_fields[] = {
  { "$schema", KIND_TEXT, FALSE },
  { "eras", KIND_ARRAY, TRUE },
  { "events", KIND_ARRAY, TRUE },
  { NULL }
};

static const Field era_fields[] = {
  { "id", KIND_ID, TRUE },
  { "name", KIND_TEXT, TRUE },
  { "start", KIND_DATE, TRUE },
  { "end", KIND_DATE, TRUE },
  { "color", KIND_COLOR, TRUE },
  { NULL }
};

static const Field event_fields[] = {
  { "id", KIND_ID, TRUE },
  { "date", KIND_DATE, TRUE },
  { "end", KIND_DATE, FALSE },
  { "title", KIND_TEXT, TRUE },
  { "text", KIND_TEXT, TRUE },
  { "category", KIND_REF, TRUE },
  { "image", KIND_OBJECT, FALSE },
  { "exhibits", KIND_ARRAY, FALSE },
  { "sources", KIND_ARRAY, TRUE },
  { NULL }
};

static const Field figures_file_fields[] = {
  { "$schema", KIND_TEXT, FALSE },
  { "figures", KIND_ARRAY, TRUE },
  { NULL }
};

static const Field figure_fields[] = {
  { "id", KIND_ID, TRUE },
  { "value", KIND_NUMBER, TRUE },
  { "unit", KIND_TEXT, TRUE },
  { "label", KIND_TEXT, TRUE },
  { "qualifier", KIND_TEXT, FALSE },
  { "sources", KIND_ARRAY, TRUE },
  { NULL }
};

static const Field tours_file_fields[] = {
  { "$schema", KIND_TEXT, FALSE },
  { "tours", KIND_ARRAY, TRUE },
  { NULL }
};

static const Field tour_fields[] = {
  { "id", KIND_ID, TRUE },
  { "title", KIND_TEXT, TRUE },
  { "description", KIND_TEXT, FALSE },
  { "purpose", KIND_TEXT, TRUE },
  { "stops", KIND_ARRAY, TRUE },
  { NULL }
};

static const Field stop_fields[] = {
  { "exhibit", KIND_REF, FALSE },
  { "event", KIND_REF, FALSE },
  { "figure", KIND_REF, FALSE },
  { "notes", KIND_TEXT, FALSE },
  { "seconds", KIND_INT, TRUE },
  { NULL }
};

/* Helpers: reporting */

static void
pending_ref_clear (gpointer data)
{
  PendingRef *ref = data;

  g_clear_pointer (&ref->pointer, g_free);
  g_clear_pointer (&ref->id, g_free);
}

static void
pack_file_clear (PackFile *file)
{
  g_clear_pointer (&file->locator, vtr_json_locator_free);
  g_clear_object (&file->parser);
  g_clear_pointer (&file->bytes, g_bytes_unref);
  file->root = NULL;
}

static void
position_from_offset (GBytes *bytes,
                      gsize   offset,
                      guint  *line,
                      guint  *column)
{
  const char *data = g_bytes_get_data (bytes, NULL);

  *line = 1;
  *column = 1;
  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar)data[i] & 0xC0) != 0x80)
        {
          (*column)++;
        }
    }
}

static void
add_diagnostic (VtrPackLoader *self,
                VtrPackError   code,
                FileKind       file,
                guint          line,
                guint          column,
                const char    *pointer,
                const char    *message)
{
  g_autoptr(VtrDiagnostic) diagnostic = NULL;
  g_autofree char *valid_message = NULL;
  g_autofree char *valid_pointer = NULL;
  VtrSeverity severity = code == VTR_PACK_ERROR_UNKNOWN_KEY ||
                         code == VTR_PACK_ERROR_MISSING_CATALOG ||
                         code == VTR_PACK_ERROR_UNTRANSLATED
                       ? VTR_SEVERITY_WARNING : VTR_SEVERITY_ERROR;

  if (severity == VTR_SEVERITY_ERROR)
    self->n_errors++;
  else
    self->n_warnings++;

  /* Past the limit, problems are counted but not listed: a pack with a million wrong values
   * would otherwise cost a million diagnostics. vtr_pack_loader_load() adds one more saying how
   * many were left out. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->diagnostics)) >= VTR_PACK_MAX_DIAGNOSTICS)
    {
      self->n_unlisted++;
      return;
    }

  /* Messages quote keys and values of the pack, and json-glib's own messages quote the text
   * it choked on; a label must never receive invalid UTF-8. */
  valid_message = g_utf8_make_valid (message, -1);
  valid_pointer = pointer != NULL ? g_utf8_make_valid (pointer, -1) : NULL;
  diagnostic = vtr_diagnostic_new (severity, code, file_names[file], line, column,
                                   valid_pointer, valid_message);
  g_list_store_append (self->diagnostics, diagnostic);
}

G_GNUC_PRINTF (6, 7)
static void
report (VtrPackLoader *self,
        FileKind       file,
        VtrPackError   code,
        PlaceKind      place,
        const char    *pointer,
        const char    *format,
        ...)
{
  g_autofree char *message = NULL;
  VtrJsonLocator *locator = self->files[file].locator;
  guint line = 0;
  guint column = 0;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (place != PLACE_NONE && locator != NULL)
    {
      gboolean found = place == PLACE_KEY
                     ? vtr_json_locator_find_key (locator, pointer, &line, &column)
                     : vtr_json_locator_find_value (locator, pointer, &line, &column);

      if (!found)
        line = column = 0;
    }

  add_diagnostic (self, code, file, line, column, place == PLACE_NONE ? NULL : pointer, message);
}

static guint
edit_distance (const char *a,
               const char *b)
{
  gsize la = strlen (a);
  gsize lb = strlen (b);
  g_autofree guint *row = g_new (guint, lb + 1);

  for (gsize j = 0; j <= lb; j++)
    row[j] = j;

  for (gsize i = 1; i <= la; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (gsize j = 1; j <= lb; j++)
        {
          guint above = row[j];
          guint cost = g_ascii_tolower (a[i - 1]) == g_ascii_tolower (b[j - 1]) ? 0 : 1;

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + cost);
          diagonal = above;
        }
    }

  return row[lb];
}

static const char *
suggest_key (const char  *key,
             const Field *fields)
{
  const char *best = NULL;
  guint best_distance = G_MAXUINT;
  guint limit = MIN (2, MAX (1, strlen (key) / 2));

  for (const Field *field = fields; field->name != NULL; field++)
    {
      guint distance = edit_distance (key, field->name);

      if (distance < best_distance)
        {
          best = field->name;
          best_distance = distance;
        }
    }

  return best_distance <= limit ? best : NULL;
}

/* Helpers: checking values */

static gboolean
is_valid_id (const char *id)
{
  if (id[0] == '\0' || !(g_ascii_islower (id[0]) || g_ascii_isdigit (id[0])))
    return FALSE;

  for (const char *p = id; *p; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_valid_color (const char *color)
{
  if (strlen (color) != 7 || color[0] != '#')
    return FALSE;

  for (guint i = 1; i < 7; i++)
    {
      if (!g_ascii_isxdigit (color[i]))
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_valid_language (const char *code)
{
  /* The codes gettext uses for catalogs: "fr", "zh_CN", "sr@latin". */
  static const char *pattern = "^[a-z]{2,3}(_[A-Z]{2})?(@[a-z]+)?$";

  return g_regex_match_simple (pattern, code, 0, 0);
}

static const char *
kind_name (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");

    case JSON_NODE_ARRAY:
      return _("an array");

    case JSON_NODE_NULL:
      return _("null");

    case JSON_NODE_VALUE:
    default:
      {
        GType type = json_node_get_value_type (node);

        if (type == G_TYPE_STRING)
          return _("a string");
        if (type == G_TYPE_BOOLEAN)
          return _("a boolean");
        return _("a number");
      }
    }
}

static gboolean
node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
node_is_int (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
}

static gboolean
node_is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);

  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

static gboolean
check_date (VtrPackLoader *self,
            FileKind       file,
            const char    *pointer,
            const char    *text,
            VtrDate       *date)
{
  VtrDate scratch;

  switch (vtr_date_parse (text, date != NULL ? date : &scratch))
    {
    case VTR_DATE_PARSE_OK:
      return TRUE;

    case VTR_DATE_PARSE_IMPOSSIBLE:
      report (self, file, VTR_PACK_ERROR_INVALID_DATE, PLACE_VALUE, pointer,
              _("'%s' is not a real date"), text);
      return FALSE;

    case VTR_DATE_PARSE_MALFORMED:
    default:
      report (self, file, VTR_PACK_ERROR_INVALID_DATE, PLACE_VALUE, pointer,
              _("'%s' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"), text);
      return FALSE;
    }
}

/* Checks one value against its field's kind. Returns FALSE when the value cannot be used. */
static gboolean
check_value (VtrPackLoader *self,
             FileKind       file,
             const char    *pointer,
             const Field   *field,
             JsonNode      *node)
{
  const char *text;

  switch (field->kind)
    {
    case KIND_OBJECT:
      if (JSON_NODE_HOLDS_OBJECT (node))
        return TRUE;
      report (self, file, VTR_PACK_ERROR_WRONG_TYPE, PLACE_VALUE, pointer,
              _("'%s' must be an object, not %s"), field->name, kind_name (node));
      return FALSE;

    case KIND_ARRAY:
      if (JSON_NODE_HOLDS_ARRAY (node))
        return TRUE;
      report (self, file, VTR_PACK_ERROR_WRONG_TYPE, PLACE_VALUE, pointer,
              _("'%s' must be an array, not %s"), field->name, kind_name (node));
      return FALSE;

    case KIND_INT:
      if (node_is_int (node))
        return TRUE;
      report (self, file, VTR_PACK_ERROR_WRONG_TYPE, PLACE_VALUE, pointer,
              _("'%s' must be a whole number, not %s"), field->name, kind_name (node));
      return FALSE;

    case KIND_NUMBER:
      if (node_is_number (node))
        return TRUE;
      report (self, file, VTR_PACK_ERROR_WRONG_TYPE, PLACE_VALUE, pointer,
              _("'%s' must be a number, not %s"), field->name, kind_name (node));
      return FALSE;

    case KIND_ID:
    case KIND_REF:
    case KIND_TEXT:
    case KIND_DATE:
    case KIND_COLOR:
    case KIND_URL:
    default:
      break;
    }

  if (!node_is_string (node))
    {
      report (self, file, VTR_PACK_ERROR_WRONG_TYPE, PLACE_VALUE, pointer,
              _("'%s' must be a string, not %s"), field->name, kind_name (node));
      return FALSE;
    }

  text = json_node_get_string (node);

  if (is_blank (text))
    {
      VtrPackError code = g_str_equal (field->name, "alt") ? VTR_PACK_ERROR_MISSING_ALT_TEXT
                                                           : VTR_PACK_ERROR_EMPTY_TEXT;

      report (self, file, code, PLACE_VALUE, pointer, _("'%s' must not be empty"), field->name);
      return FALSE;
    }

  switch (field->kind)
    {
    case KIND_ID:
      if (is_valid_id (text))
        return TRUE;
      report (self, file, VTR_PACK_ERROR_INVALID_ID, PLACE_VALUE, pointer,
              _("'%s' is not a valid id: use lowercase letters, digits and hyphens"), text);
      return FALSE;

    case KIND_DATE:
      return check_date (self, file, pointer, text, NULL);

    case KIND_COLOR:
      if (is_valid_color (text))
        return TRUE;
      report (self, file, VTR_PACK_ERROR_INVALID_VALUE, PLACE_VALUE, pointer,
              _("'%s' is not a colour of the form #rrggbb"), text);
      return FALSE;

    case KIND_URL:
      if (g_str_has_prefix (text, "https://") || g_str_has_prefix (text, "http://"))
        return TRUE;
      report (self, file, VTR_PACK_ERROR_INVALID_VALUE, PLACE_VALUE, pointer,
              _("'%s' is not a web address starting with https:// or http://"), text);
      return FALSE;

    case KIND_REF:
    case KIND_TEXT:
    case KIND_INT:
    case KIND_NUMBER:
    case KIND_OBJECT:
    case KIND_ARRAY:
    default:
      return TRUE;
    }
}

/* Checks that @node is an object with the keys of @fields: reports unknown keys, missing
 * required keys and values of the wrong kind. Returns the object when it can be used further,
 * that is when it is an object at all. */
static JsonObject *
check_object (VtrPackLoader *self,
              FileKind       file,
              const char    *pointer,
              const char    *what,
              JsonNode      *node,
              const Field   *fields,
              gboolean      *valid)
{
  JsonObject *object;
  JsonObjectIter iter;
  const char *key;
  JsonNode *member;
  gboolean ok = TRUE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      report (self, file, VTR_PACK_ERROR_WRONG_TYPE, PLACE_VALUE, pointer,
              _("%s must be an object, not %s"), what, kind_name (node));
      if (valid != NULL)
        *valid = FALSE;
      return NULL;
    }

  object = json_node_get_object (node);

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &key, &member))
    {
      g_autofree char *member_pointer = vtr_json_pointer_append (pointer, key);
      const Field *field = NULL;

      for (const Field *f = fields; f->name != NULL; f++)
        {
          if (g_str_equal (f->name, key))
            {
              field = f;
              break;
            }
        }

      if (field == NULL)
        {
          const char *suggestion = suggest_key (key, fields);

          if (suggestion != NULL)
            report (self, file, VTR_PACK_ERROR_UNKNOWN_KEY, PLACE_KEY, member_pointer,
                    _("unknown key '%s' in %s; did you mean '%s'?"), key, what, suggestion);
          else
            report (self, file, VTR_PACK_ERROR_UNKNOWN_KEY, PLACE_KEY, member_pointer,
                    _("unknown key '%s' in %s; it is ignored"), key, what);
          continue;
        }

      if (!check_value (self, file, member_pointer, field, member))
        ok = FALSE;
    }

  for (const Field *field = fields; field->name != NULL; field++)
    {
      if (!field->required || json_object_has_member (object, field->name))
        continue;

      ok = FALSE;
      if (g_str_equal (field->name, "alt"))
        report (self, file, VTR_PACK_ERROR_MISSING_ALT_TEXT, PLACE_VALUE, pointer,
                _("the image has no alt text: describe it for people who cannot see it"));
      else
        report (self, file, VTR_PACK_ERROR_MISSING_FIELD, PLACE_VALUE, pointer,
                _("%s is missing the required key '%s'"), what, field->name);
    }

  if (valid != NULL)
    *valid = ok;

  return object;
}

/* Returns the member's node only when it is present and passed check_object's kind check. */
static JsonNode *
get_member (JsonObject *object,
            const char *key)
{
  if (object == NULL)
    return NULL;

  return json_object_get_member (object, key);
}

static const char *
get_string (JsonObject *object,
            const char *key)
{
  JsonNode *node = get_member (object, key);

  return node != NULL && node_is_string (node) ? json_node_get_string (node) : NULL;
}

static JsonArray *
get_array (JsonObject *object,
           const char *key)
{
  JsonNode *node = get_member (object, key);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static void
register_id (VtrPackLoader *self,
             FileKind       file,
             IdKind         kind,
             const char    *pointer,
             JsonObject    *object)
{
  g_autofree char *id_pointer = vtr_json_pointer_append (pointer, "id");
  const char *id = get_string (object, "id");
  const char *first;

  if (id == NULL || !is_valid_id (id))
    return;

  first = g_hash_table_lookup (self->ids[kind], id);
  if (first != NULL)
    {
      report (self, file, VTR_PACK_ERROR_DUPLICATE_ID, PLACE_VALUE, id_pointer,
              _("the id '%s' is already used by %s"), id, first);
      return;
    }

  g_hash_table_insert (self->ids[kind], g_strdup (id), g_strdup (pointer));
}

static void
add_ref (VtrPackLoader *self,
         FileKind       file,
         IdKind         kind,
         const char    *pointer,
         const char    *id)
{
  PendingRef ref = { file, g_strdup (pointer), g_strdup (id), kind };

  g_array_append_val (self->refs, ref);
}

static void
check_ref_member (VtrPackLoader *self,
                  FileKind       file,
                  IdKind         kind,
                  const char    *pointer,
                  JsonObject    *object,
                  const char    *key)
{
  g_autofree char *member_pointer = vtr_json_pointer_append (pointer, key);
  const char *id = get_string (object, key);

  if (id != NULL && !is_blank (id))
    add_ref (self, file, kind, member_pointer, id);
}

static void
check_ref_array (VtrPackLoader *self,
                 FileKind       file,
                 IdKind         kind,
                 const char    *pointer,
                 JsonObject    *object,
                 const char    *key)
{
  g_autofree char *array_pointer = vtr_json_pointer_append (pointer, key);
  JsonArray *array = get_array (object, key);
  guint length = array != NULL ? json_array_get_length (array) : 0;

  for (guint i = 0; i < length; i++)
    {
      g_autofree char *item_pointer = vtr_json_pointer_append_index (array_pointer, i);
      JsonNode *item = json_array_get_element (array, i);

      if (!node_is_string (item))
        {
          report (self, file, VTR_PACK_ERROR_WRONG_TYPE, PLACE_VALUE, item_pointer,
                  _("each entry of '%s' must be an id string, not %s"), key, kind_name (item));
          continue;
        }

      add_ref (self, file, kind, item_pointer, json_node_get_string (item));
    }
}

static void
check_text_array (VtrPackLoader *self,
                  FileKind       file,
                  const char    *pointer,
                  JsonObject    *object,
                  const char    *key)
{
  static const Field paragraph = { "body", KIND_TEXT, TRUE };
  g_autofree char *array_pointer = vtr_json_pointer_append (pointer, key);
  JsonArray *array = get_array (object, key);
  guint length;

  if (array == NULL)
    return;

  length = json_array_get_length (array);
  if (length == 0)
    report (self, file, VTR_PACK_ERROR_EMPTY_LIST, PLACE_VALUE, array_pointer,
            _("'%s' needs at least one paragraph"), key);

  for (guint i = 0; i < length; i++)
    {
      g_autofree char *item_pointer = vtr_json_pointer_append_index (array_pointer, i);

      check_value (self, file, item_pointer, &paragraph, json_array_get_element (array, i));
    }
}

static gboolean
path_has_dot_dot (const char *path)
{
  g_auto(GStrv) parts = g_strsplit_set (path, "/\\", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (g_str_equal (parts[i], ".."))
        return TRUE;
    }

  return FALSE;
}

static gboolean
looks_like_uri (const char *path)
{
  g_autofree char *scheme = g_uri_parse_scheme (path);

  return scheme != NULL && strlen (scheme) > 1;
}

static gboolean
is_inside (const char *root,
           const char *path)
{
  gsize length = strlen (root);

  return strncmp (root, path, length) == 0 && (path[length] == '/' || path[length] == '\0');
}

/* Names the kind of picture @head (the first bytes of a file) starts like, or returns NULL. */
static const char *
sniff_image (const guint8 *head,
             gsize         length)
{
  g_autofree char *text = NULL;

  if (length >= 8 && memcmp (head, "\x89PNG\r\n\x1a\n", 8) == 0)
    return "png";
  if (length >= 3 && memcmp (head, "\xff\xd8\xff", 3) == 0)
    return "jpeg";
  if (length >= 6 && (memcmp (head, "GIF87a", 6) == 0 || memcmp (head, "GIF89a", 6) == 0))
    return "gif";
  if (length >= 12 && memcmp (head, "RIFF", 4) == 0 && memcmp (head + 8, "WEBP", 4) == 0)
    return "webp";

  /* An SVG is XML whose root is <svg>, after an optional declaration, doctype and comments. */
  text = g_strndup ((const char *)head, length);
  if (strstr (text, "<svg") != NULL)
    return "svg";

  return NULL;
}

/* Reads the start of a picture: it must be one of the formats Vitrine shows, within the size
 * limits. Decoding it all would cost too much on every load; the thumbnail loader enforces
 * the limits again when it decodes, for what only decoding finds. */
static void
check_image_content (VtrPackLoader *self,
                     FileKind       file,
                     const char    *pointer,
                     GFile         *child,
                     const char    *path)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  guint8 head[4096];
  gsize length = 0;
  const char *format;

  stream = g_file_read (child, NULL, NULL);
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), head, sizeof head, &length, NULL, NULL))
    {
      report (self, file, VTR_PACK_ERROR_INVALID_IMAGE, PLACE_VALUE, pointer,
              _("'%s' cannot be read"), path);
      return;
    }

  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, NULL, NULL);
  if (info != NULL && g_file_info_get_size (info) > VTR_IMAGE_MAX_FILE_SIZE)
    {
      report (self, file, VTR_PACK_ERROR_TOO_LARGE, PLACE_VALUE, pointer,
              _("'%s' is larger than the limit of %u MB for a picture"), path,
              VTR_IMAGE_MAX_FILE_SIZE / (1024 * 1024));
      return;
    }

  format = sniff_image (head, length);
  if (format == NULL)
    {
      report (self, file, VTR_PACK_ERROR_INVALID_IMAGE, PLACE_VALUE, pointer,
              _("'%s' is not a PNG, JPEG, GIF, WebP or SVG picture"), path);
      return;
    }

  /* A PNG gives its size in its first chunk: refuse a bitmap too big to decode. */
  if (g_str_equal (format, "png"))
    {
      guint32 width, height;

      if (length < 24 || memcmp (head + 12, "IHDR", 4) != 0)
        {
          report (self, file, VTR_PACK_ERROR_INVALID_IMAGE, PLACE_VALUE, pointer,
                  _("'%s' is not a complete PNG picture"), path);
          return;
        }

      memcpy (&width, head + 16, sizeof width);
      memcpy (&height, head + 20, sizeof height);
      width = GUINT32_FROM_BE (width);
      height = GUINT32_FROM_BE (height);
      if ((guint64)width * height > VTR_IMAGE_MAX_PIXELS)
        {
          g_autofree char *size = g_strdup_printf ("%u × %u", width, height);

          report (self, file, VTR_PACK_ERROR_TOO_LARGE, PLACE_VALUE, pointer,
                  _("'%s' is %s pixels, more than the limit of %u million"), path, size,
                  VTR_IMAGE_MAX_PIXELS / 1000000);
        }
    }
}

static void
check_image_path (VtrPackLoader *self,
                  FileKind       file,
                  const char    *pointer,
                  const char    *path)
{
  g_autoptr(GFile) child = NULL;
  GFileType type;

  if (looks_like_uri (path))
    {
      report (self, file, VTR_PACK_ERROR_IMAGE_OUTSIDE_PACK, PLACE_VALUE, pointer,
              _("'%s' is a URI; give a path inside the pack, such as images/picture.png"), path);
      return;
    }

  if (g_path_is_absolute (path) || path[0] == '/' || path[0] == '\\')
    {
      report (self, file, VTR_PACK_ERROR_IMAGE_OUTSIDE_PACK, PLACE_VALUE, pointer,
              _("'%s' is an absolute path; give a path inside the pack, such as "
                "images/picture.png"), path);
      return;
    }

  if (path_has_dot_dot (path))
    {
      report (self, file, VTR_PACK_ERROR_IMAGE_OUTSIDE_PACK, PLACE_VALUE, pointer,
              _("'%s' leaves the pack folder through '..'"), path);
      return;
    }

  child = g_file_resolve_relative_path (self->location, path);
  type = g_file_query_file_type (child, G_FILE_QUERY_INFO_NONE, NULL);

  if (type == G_FILE_TYPE_UNKNOWN)
    {
      report (self, file, VTR_PACK_ERROR_MISSING_IMAGE, PLACE_VALUE, pointer,
              _("'%s' does not exist in the pack"), path);
      return;
    }

  if (self->real_root != NULL)
    {
      g_autofree char *child_path = g_file_get_path (child);
      g_autofree char *real_child = realpath (child_path, NULL);

      if (real_child == NULL || !is_inside (self->real_root, real_child))
        {
          report (self, file, VTR_PACK_ERROR_IMAGE_OUTSIDE_PACK, PLACE_VALUE, pointer,
                  _("'%s' is a link to a file outside the pack folder"), path);
          return;
        }
    }

  if (type != G_FILE_TYPE_REGULAR && type != G_FILE_TYPE_SYMBOLIC_LINK)
    {
      report (self, file, VTR_PACK_ERROR_MISSING_IMAGE, PLACE_VALUE, pointer,
              _("'%s' is not a file"), path);
      return;
    }

  check_image_content (self, file, pointer, child, path);
}

static void
check_image (VtrPackLoader *self,
             FileKind       file,
             const char    *pointer,
             JsonObject    *object,
             const char    *key)
{
  g_autofree char *image_pointer = vtr_json_pointer_append (pointer, key);
  g_autofree char *path_pointer = vtr_json_pointer_append (image_pointer, "path");
  JsonNode *node = get_member (object, key);
  JsonObject *image;
  const char *path;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return;

  image = check_object (self, file, image_pointer, _("an image"), node, image_fields, NULL);
  path = get_string (image, "path");
  if (path != NULL && !is_blank (path))
    check_image_path (self, file, path_pointer, path);
}

static void
check_sources (VtrPackLoader *self,
               FileKind       file,
               const char    *pointer,
               JsonObject    *object)
{
  g_autofree char *array_pointer = vtr_json_pointer_append (pointer, "sources");
  JsonArray *array = get_array (object, "sources");
  guint length;

  if (array == NULL)
    return;

  length = json_array_get_length (array);
  if (length == 0)
    report (self, file, VTR_PACK_ERROR_EMPTY_LIST, PLACE_VALUE, array_pointer,
            _("'sources' needs at least one source"));

  for (guint i = 0; i < length; i++)
    {
      g_autofree char *item_pointer = vtr_json_pointer_append_index (array_pointer, i);

      check_object (self, file, item_pointer, _("a source"), json_array_get_element (array, i),
                    source_fields, NULL);
    }
}

static void
check_facts (VtrPackLoader *self,
             FileKind       file,
             const char    *pointer,
             JsonObject    *object)
{
  g_autofree char *array_pointer = vtr_json_pointer_append (pointer, "facts");
  JsonArray *array = get_array (object, "facts");
  guint length = array != NULL ? json_array_get_length (array) : 0;

  for (guint i = 0; i < length; i++)
    {
      g_autofree char *item_pointer = vtr_json_pointer_append_index (array_pointer, i);

      check_object (self, file, item_pointer, _("a fact"), json_array_get_element (array, i),
                    fact_fields, NULL);
    }
}

/* Checks the top-level object of a file and returns the array under @key, if usable. */
static JsonArray *
check_file_array (VtrPackLoader *self,
                  FileKind       file,
                  const Field   *fields,
                  const char    *key)
{
  JsonNode *root = self->files[file].root;
  JsonObject *object;

  if (root == NULL)
    return NULL;

  object = check_object (self, file, "", file_names[file], root, fields, NULL);

  return get_array (object, key);
}

typedef void (*CheckItemFunc) (VtrPackLoader *self,
                               const char    *pointer,
                               JsonObject    *object);

static void
check_items (VtrPackLoader *self,
             FileKind       file,
             JsonArray     *array,
             const char    *array_pointer,
             const char    *what,
             const Field   *fields,
             IdKind         id_kind,
             CheckItemFunc  check_item)
{
  guint length = array != NULL ? json_array_get_length (array) : 0;

  self->ids_unknown[id_kind] = array == NULL;

  for (guint i = 0; i < length; i++)
    {
      g_autofree char *pointer = vtr_json_pointer_append_index (array_pointer, i);
      JsonObject *object = check_object (self, file, pointer, what,
                                         json_array_get_element (array, i), fields, NULL);

      if (object == NULL)
        continue;

      register_id (self, file, id_kind, pointer, object);
      if (check_item != NULL)
        check_item (self, pointer, object);
    }
}

/* Callbacks: the rules of each kind of item beyond its keys */

static void
check_category_cb (VtrPackLoader *self,
                   const char    *pointer,
                   JsonObject    *object)
{
  g_autofree char *icon_pointer = vtr_json_pointer_append (pointer, "icon");
  const char *icon = get_string (object, "icon");

  if (icon != NULL && !is_blank (icon) && !g_str_has_suffix (icon, "-symbolic"))
    report (self, FILE_PACK, VTR_PACK_ERROR_INVALID_VALUE, PLACE_VALUE, icon_pointer,
            _("'%s' is not a symbolic icon name; it must end in '-symbolic'"), icon);
}

static void
check_exhibit_cb (VtrPackLoader *self,
                  const char    *pointer,
                  JsonObject    *object)
{
  check_ref_member (self, FILE_EXHIBITS, ID_CATEGORY, pointer, object, "category");
  check_text_array (self, FILE_EXHIBITS, pointer, object, "body");
  check_image (self, FILE_EXHIBITS, pointer, object, "image");
  check_facts (self, FILE_EXHIBITS, pointer, object);
  check_ref_array (self, FILE_EXHIBITS, ID_EXHIBIT, pointer, object, "related");
  check_ref_array (self, FILE_EXHIBITS, ID_EVENT, pointer, object, "events");
  check_sources (self, FILE_EXHIBITS, pointer, object);
}

static void
check_date_order (VtrPackLoader *self,
                  FileKind       file,
                  const char    *pointer,
                  JsonObject    *object,
                  const char    *start_key,
                  const char    *end_key)
{
  const char *start_text = get_string (object, start_key);
  const char *end_text = get_string (object, end_key);
  g_autofree char *end_pointer = vtr_json_pointer_append (pointer, end_key);
  VtrDate start, end;

  if (start_text == NULL || end_text == NULL ||
      vtr_date_parse (start_text, &start) != VTR_DATE_PARSE_OK ||
      vtr_date_parse (end_text, &end) != VTR_DATE_PARSE_OK)
    return;

  if (vtr_date_ends_before (&end, &start))
    report (self, file, VTR_PACK_ERROR_DATE_ORDER, PLACE_VALUE, end_pointer,
            _("the end '%s' comes before the start '%s'"), end_text, start_text);
}

static void
check_era_cb (VtrPackLoader *self,
              const char    *pointer,
              JsonObject    *object)
{
  check_date_order (self, FILE_TIMELINE, pointer, object, "start", "end");
}

static void
check_event_cb (VtrPackLoader *self,
                const char    *pointer,
                JsonObject    *object)
{
  check_date_order (self, FILE_TIMELINE, pointer, object, "date", "end");
  check_ref_member (self, FILE_TIMELINE, ID_CATEGORY, pointer, object, "category");
  check_image (self, FILE_TIMELINE, pointer, object, "image");
  check_ref_array (self, FILE_TIMELINE, ID_EXHIBIT, pointer, object, "exhibits");
  check_sources (self, FILE_TIMELINE, pointer, object);
}

static gboolean
parse_qualifier (const char         *text,
                 VtrFigureQualifier *qualifier)
{
  if (text == NULL || g_str_equal (text, "exact"))
    *qualifier = VTR_FIGURE_QUALIFIER_EXACT;
  else if (g_str_equal (text, "approximate"))
    *qualifier = VTR_FIGURE_QUALIFIER_APPROXIMATE;
  else if (g_str_equal (text, "at-least"))
    *qualifier = VTR_FIGURE_QUALIFIER_AT_LEAST;
  else
    return FALSE;

  return TRUE;
}

static void
check_figure_cb (VtrPackLoader *self,
                 const char    *pointer,
                 JsonObject    *object)
{
  g_autofree char *qualifier_pointer = vtr_json_pointer_append (pointer, "qualifier");
  const char *qualifier = get_string (object, "qualifier");
  VtrFigureQualifier parsed;

  if (qualifier != NULL && !is_blank (qualifier) && !parse_qualifier (qualifier, &parsed))
    report (self, FILE_FIGURES, VTR_PACK_ERROR_INVALID_VALUE, PLACE_VALUE, qualifier_pointer,
            _("'%s' is not a qualifier; use exact, approximate or at-least"), qualifier);

  check_sources (self, FILE_FIGURES, pointer, object);
}

static void
check_stop (VtrPackLoader *self,
            const char    *pointer,
            JsonObject    *object)
{
  static const struct {
    const char *key;
    IdKind      kind;
  } targets[] = {
    { "exhibit", ID_EXHIBIT },
    { "event", ID_EVENT },
    { "figure", ID_FIGURE },
  };
  g_autofree char *seconds_pointer = vtr_json_pointer_append (pointer, "seconds");
  JsonNode *seconds = get_member (object, "seconds");
  guint n_targets = 0;

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      if (!json_object_has_member (object, targets[i].key))
        continue;
      n_targets++;
      check_ref_member (self, FILE_TOURS, targets[i].kind, pointer, object, targets[i].key);
    }

  if (n_targets != 1)
    report (self, FILE_TOURS, VTR_PACK_ERROR_INVALID_VALUE, PLACE_VALUE, pointer,
            _("a stop must name exactly one of 'exhibit', 'event' or 'figure'; this one names "
              "%u"), n_targets);

  if (seconds != NULL && node_is_int (seconds))
    {
      gint64 value = json_node_get_int (seconds);

      /* The number is formatted apart: a G_GINT64_FORMAT inside _() would hide the message
       * from translators, since xgettext cannot see through the macro. */
      if (value < 1 || value > 3600)
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, value);

          report (self, FILE_TOURS, VTR_PACK_ERROR_INVALID_VALUE, PLACE_VALUE, seconds_pointer,
                  _("'seconds' must be from 1 to 3600, not %s"), number);
        }
    }
}

static gboolean
parse_purpose (const char     *text,
               VtrTourPurpose *purpose)
{
  if (g_strcmp0 (text, "talk") == 0)
    *purpose = VTR_TOUR_PURPOSE_TALK;
  else if (g_strcmp0 (text, "attract") == 0)
    *purpose = VTR_TOUR_PURPOSE_ATTRACT;
  else
    return FALSE;

  return TRUE;
}

static void
check_tour_cb (VtrPackLoader *self,
               const char    *pointer,
               JsonObject    *object)
{
  g_autofree char *purpose_pointer = vtr_json_pointer_append (pointer, "purpose");
  g_autofree char *stops_pointer = vtr_json_pointer_append (pointer, "stops");
  const char *purpose = get_string (object, "purpose");
  JsonArray *stops = get_array (object, "stops");
  VtrTourPurpose parsed;
  guint length;

  if (purpose != NULL && !is_blank (purpose) && !parse_purpose (purpose, &parsed))
    report (self, FILE_TOURS, VTR_PACK_ERROR_INVALID_VALUE, PLACE_VALUE, purpose_pointer,
            _("'%s' is not a purpose; use talk or attract"), purpose);

  if (stops == NULL)
    return;

  length = json_array_get_length (stops);
  if (length == 0)
    report (self, FILE_TOURS, VTR_PACK_ERROR_EMPTY_LIST, PLACE_VALUE, stops_pointer,
            _("a tour needs at least one stop"));

  for (guint i = 0; i < length; i++)
    {
      g_autofree char *stop_pointer = vtr_json_pointer_append_index (stops_pointer, i);
      JsonObject *stop = check_object (self, FILE_TOURS, stop_pointer, _("a stop"),
                                       json_array_get_element (stops, i), stop_fields, NULL);

      if (stop != NULL)
        check_stop (self, stop_pointer, stop);
    }
}

/* Helpers: the long lists, one item at a time */

static gpointer build_exhibit (VtrPackLoader *self,
                               JsonObject    *object);
static gpointer build_era     (VtrPackLoader *self,
                               JsonObject    *object);
static gpointer build_event   (VtrPackLoader *self,
                               JsonObject    *object);

typedef gpointer (*BuildItemFunc) (VtrPackLoader *self,
                                   JsonObject    *object);

typedef struct {
  FileKind       file;
  const char    *key;
  const char    *pointer;
  const char    *what;
  const Field   *fields;
  IdKind         id_kind;
  CheckItemFunc  check_item;
  BuildItemFunc  build_item;
} ItemList;

static const ItemList item_lists[N_LISTS] = {
  { FILE_EXHIBITS, "exhibits", "/exhibits", N_("an exhibit"), exhibit_fields, ID_EXHIBIT,
    check_exhibit_cb, build_exhibit },
  { FILE_TIMELINE, "eras", "/eras", N_("an era"), era_fields, ID_ERA,
    check_era_cb, build_era },
  { FILE_TIMELINE, "events", "/events", N_("an event"), event_fields, ID_EVENT,
    check_event_cb, build_event },
};

/* Builds the item at once while the pack has no error, so that its tree can be dropped. */
static void
build_list_item (VtrPackLoader *self,
                 ListKind       list,
                 JsonObject    *object)
{
  if (!self->building)
    return;

  if (self->n_errors > 0)
    {
      /* The pack will not be built: what was built so far is of no use. */
      self->building = FALSE;
      for (guint i = 0; i < N_LISTS; i++)
        g_ptr_array_set_size (self->items[i], 0);
      return;
    }

  g_ptr_array_add (self->items[list], item_lists[list].build_item (self, object));
}

static void
check_list_item (VtrPackLoader *self,
                 ListKind       list,
                 guint          index,
                 JsonNode      *node)
{
  const ItemList *l = &item_lists[list];
  g_autofree char *pointer = vtr_json_pointer_append_index (l->pointer, index);
  JsonObject *object = check_object (self, l->file, pointer, _(l->what), node, l->fields, NULL);

  if (object == NULL)
    return;

  register_id (self, l->file, l->id_kind, pointer, object);
  l->check_item (self, pointer, object);
  build_list_item (self, list, object);
}

/* Checks the items of @array, unless the parser has already handed them over one by one. */
static void
check_list (VtrPackLoader *self,
            ListKind       list,
            JsonArray     *array)
{
  self->ids_unknown[item_lists[list].id_kind] = array == NULL;

  if (array == NULL || self->stream.streamed[list])
    return;

  for (guint i = 0; i < json_array_get_length (array); i++)
    check_list_item (self, list, i, json_array_get_element (array, i));
}

/* Callbacks: json-glib's parser, while it parses a file whose lists are streamed */

static void
object_start_cb (JsonParser    *parser,
                 VtrPackLoader *self)
{
  self->stream.depth++;
}

static void
object_end_cb (JsonParser    *parser,
               JsonObject    *object,
               VtrPackLoader *self)
{
  self->stream.depth--;
}

static void
array_start_cb (JsonParser    *parser,
                VtrPackLoader *self)
{
  Stream *stream = &self->stream;
  const char *key;

  /* Depth 1 is the root object, so an array at depth 2 is a member of it. The locator gave
   * the keys of those members in the order of the text, which is the parser's order too. */
  if (++stream->depth != 2 || stream->root_arrays[stream->n_root_arrays] == NULL)
    return;

  key = stream->root_arrays[stream->n_root_arrays++];
  stream->list = -1;
  stream->index = 0;
  for (guint i = 0; i < N_LISTS; i++)
    {
      if (item_lists[i].file == stream->file && g_str_equal (item_lists[i].key, key))
        {
          stream->list = i;
          stream->streamed[i] = TRUE;
          break;
        }
    }
}

static void
array_element_cb (JsonParser    *parser,
                  JsonArray     *array,
                  int            index,
                  VtrPackLoader *self)
{
  Stream *stream = &self->stream;
  guint last;

  if (stream->depth != 2 || stream->list < 0)
    return;

  /* The element is checked and built, then dropped from the tree being parsed. */
  last = json_array_get_length (array) - 1;
  check_list_item (self, stream->list, stream->index++, json_array_get_element (array, last));
  json_array_remove_element (array, last);
}

static void
array_end_cb (JsonParser    *parser,
              JsonArray     *array,
              VtrPackLoader *self)
{
  if (--self->stream.depth == 1)
    self->stream.list = -1;
}

/* Undoes what the items of @file did to the loader, when its text turns out not to be JSON
 * after some of its items were checked: such a file gets the parse error alone, as when it is
 * parsed in one go. */
typedef struct {
  guint n_diagnostics;
  guint n_errors;
  guint n_warnings;
  guint n_unlisted;
  guint n_refs;
} Checkpoint;

static void
checkpoint_save (VtrPackLoader *self,
                 Checkpoint    *checkpoint)
{
  checkpoint->n_diagnostics = g_list_model_get_n_items (G_LIST_MODEL (self->diagnostics));
  checkpoint->n_errors = self->n_errors;
  checkpoint->n_warnings = self->n_warnings;
  checkpoint->n_unlisted = self->n_unlisted;
  checkpoint->n_refs = self->refs->len;
}

static void
checkpoint_restore (VtrPackLoader    *self,
                    const Checkpoint *checkpoint,
                    FileKind          file)
{
  guint n_diagnostics = g_list_model_get_n_items (G_LIST_MODEL (self->diagnostics));

  g_list_store_splice (self->diagnostics, checkpoint->n_diagnostics,
                       n_diagnostics - checkpoint->n_diagnostics, NULL, 0);
  self->n_errors = checkpoint->n_errors;
  self->n_warnings = checkpoint->n_warnings;
  self->n_unlisted = checkpoint->n_unlisted;
  g_array_set_size (self->refs, checkpoint->n_refs);

  for (guint i = 0; i < N_LISTS; i++)
    {
      if (item_lists[i].file != file)
        continue;
      g_hash_table_remove_all (self->ids[item_lists[i].id_kind]);
      g_ptr_array_set_size (self->items[i], 0);
      self->stream.streamed[i] = FALSE;
    }
}

static void
check_manifest (VtrPackLoader *self)
{
  JsonNode *root = self->files[FILE_PACK].root;
  JsonObject *object;
  JsonNode *format;
  JsonArray *languages;
  const char *source_language;

  if (root == NULL)
    return;

  object = check_object (self, FILE_PACK, "", file_names[FILE_PACK], root, pack_fields, NULL);
  if (object == NULL)
    return;

  format = get_member (object, "format");
  if (format != NULL && node_is_int (format) && json_node_get_int (format) != 1)
    {
      g_autofree char *version = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                  json_node_get_int (format));

      report (self, FILE_PACK, VTR_PACK_ERROR_UNSUPPORTED_FORMAT, PLACE_VALUE, "/format",
              _("format version %s is not supported; this Vitrine reads version 1"), version);
    }

  languages = get_array (object, "languages");
  source_language = get_string (object, "source_language");
  if (languages != NULL)
    {
      guint length = json_array_get_length (languages);
      gboolean offered = FALSE;

      if (length == 0)
        report (self, FILE_PACK, VTR_PACK_ERROR_EMPTY_LIST, PLACE_VALUE, "/languages",
                _("'languages' needs at least the source language"));

      for (guint i = 0; i < length; i++)
        {
          g_autofree char *pointer = vtr_json_pointer_append_index ("/languages", i);
          JsonNode *item = json_array_get_element (languages, i);
          const char *code;

          if (!node_is_string (item))
            {
              report (self, FILE_PACK, VTR_PACK_ERROR_WRONG_TYPE, PLACE_VALUE, pointer,
                      _("each language must be a string, not %s"), kind_name (item));
              continue;
            }

          code = json_node_get_string (item);
          if (!is_valid_language (code))
            report (self, FILE_PACK, VTR_PACK_ERROR_INVALID_VALUE, PLACE_VALUE, pointer,
                    _("'%s' is not a language code such as en, fr or zh_CN"), code);
          if (g_strcmp0 (code, source_language) == 0)
            offered = TRUE;
        }

      if (length > 0 && source_language != NULL && !offered)
        report (self, FILE_PACK, VTR_PACK_ERROR_INVALID_VALUE, PLACE_VALUE, "/languages",
                _("the source language '%s' must be one of the languages offered"),
                source_language);
    }

  if (json_object_has_member (object, "categories"))
    {
      JsonArray *categories = get_array (object, "categories");

      if (categories != NULL && json_array_get_length (categories) == 0)
        report (self, FILE_PACK, VTR_PACK_ERROR_EMPTY_LIST, PLACE_VALUE, "/categories",
                _("a pack needs at least one category"));

      check_items (self, FILE_PACK, categories, "/categories", _("a category"),
                   category_fields, ID_CATEGORY, check_category_cb);
    }

  check_image (self, FILE_PACK, "", object, "hero");
}

static void
check_references (VtrPackLoader *self)
{
  static const char *kind_names[N_ID_KINDS] = {
    N_("category"), N_("exhibit"), N_("event"), N_("figure"), N_("era"), N_("tour"),
  };

  for (guint i = 0; i < self->refs->len; i++)
    {
      PendingRef *ref = &g_array_index (self->refs, PendingRef, i);

      if (self->ids_unknown[ref->kind] || g_hash_table_contains (self->ids[ref->kind], ref->id))
        continue;

      report (self, ref->file, VTR_PACK_ERROR_UNKNOWN_REFERENCE, PLACE_VALUE, ref->pointer,
              _("there is no %s with the id '%s'"), _(kind_names[ref->kind]), ref->id);
    }
}

static void
check_duplicate_keys (VtrPackLoader *self,
                      FileKind       file)
{
  const VtrJsonPlace *places;
  guint n_places;

  places = vtr_json_locator_get_duplicate_keys (self->files[file].locator, &n_places);
  for (guint i = 0; i < n_places; i++)
    {
      /* The locator knows the second key's place; json-glib silently keeps only one value. */
      add_diagnostic (self, VTR_PACK_ERROR_DUPLICATE_KEY, file,
                      places[i].line, places[i].column, places[i].pointer,
                      _("duplicate key: this object already has this key, and only one of the "
                        "two values would be used"));
    }
}

static void
report_json_error (VtrPackLoader *self,
                   FileKind       file,
                   const GError  *error)
{
  g_autofree char *text = NULL;
  const char *message = error->message;
  guint line = 0;
  guint column = 0;
  int consumed = 0;

  /* json-glib words its errors as "<data>:LINE:COL: Parse error: MESSAGE". */
  if (sscanf (message, "<data>:%u:%u: %n", &line, &column, &consumed) == 2 && consumed > 0)
    {
      message += consumed;
      if (g_str_has_prefix (message, "Parse error: "))
        message += strlen ("Parse error: ");

      /* At the end of the text json-glib gives column 0; columns count from 1. */
      if (line > 0 && column == 0)
        column = 1;
    }

  text = g_strdup_printf (_("invalid JSON: %s"), message);
  add_diagnostic (self, VTR_PACK_ERROR_INVALID_JSON, file, line, column, NULL, text);
}

static void
read_file (VtrPackLoader *self,
           FileKind       file)
{
  PackFile *pack_file = &self->files[file];
  g_autoptr(GFile) child = g_file_get_child (self->location, file_names[file]);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char * const *root_arrays;
  Checkpoint checkpoint;
  VtrJsonProblem problem;
  VtrJsonPlace place;
  const char *data;
  const char *invalid;
  gboolean parsed;
  guint n_duplicates;
  gsize length;

  info = g_file_query_info (child, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &error);
  if (info == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        report (self, file, VTR_PACK_ERROR_MISSING_FILE, PLACE_NONE, NULL,
                _("the file is missing; every pack needs it"));
      else
        report (self, file, VTR_PACK_ERROR_UNREADABLE, PLACE_NONE, NULL,
                _("the file cannot be read: %s"), error->message);
      return;
    }

  if (g_file_info_get_size (info) > VTR_PACK_MAX_FILE_SIZE)
    {
      report (self, file, VTR_PACK_ERROR_TOO_LARGE, PLACE_NONE, NULL,
              _("the file is larger than the limit of %u MB"),
              VTR_PACK_MAX_FILE_SIZE / (1024 * 1024));
      return;
    }

  bytes = g_file_load_bytes (child, NULL, NULL, &error);
  if (bytes == NULL)
    {
      report (self, file, VTR_PACK_ERROR_UNREADABLE, PLACE_NONE, NULL,
              _("the file cannot be read: %s"), error->message);
      return;
    }

  data = g_bytes_get_data (bytes, &length);
  if (!g_utf8_validate (data, length, &invalid))
    {
      guint line, column;

      position_from_offset (bytes, invalid - data, &line, &column);
      add_diagnostic (self, VTR_PACK_ERROR_INVALID_JSON, file, line, column, NULL,
                      *invalid == '\0' ? _("invalid JSON: the file contains a NUL byte")
                                       : _("invalid JSON: the text is not valid UTF-8"));
      return;
    }

  pack_file->bytes = g_steal_pointer (&bytes);
  pack_file->locator = vtr_json_locator_new (pack_file->bytes);

  problem = vtr_json_locator_get_problem (pack_file->locator, &place);
  if (problem != VTR_JSON_PROBLEM_NONE)
    {
      g_autofree char *message = NULL;
      VtrPackError code = VTR_PACK_ERROR_TOO_LARGE;

      switch (problem)
        {
        case VTR_JSON_PROBLEM_TOO_DEEP:
          message = g_strdup_printf (_("the JSON is nested more than %u levels deep"),
                                     VTR_JSON_MAX_DEPTH);
          break;

        case VTR_JSON_PROBLEM_STRING_TOO_LONG:
          message = g_strdup_printf (_("this string is longer than the limit of %u KB"),
                                     VTR_JSON_MAX_STRING_LENGTH / 1024);
          break;

        case VTR_JSON_PROBLEM_TOO_MANY_ENTRIES:
          message = g_strdup_printf (_("this list or object has more than the limit of %u "
                                       "entries"), VTR_JSON_MAX_ENTRIES);
          break;

        case VTR_JSON_PROBLEM_TOO_MANY_VALUES:
          message = g_strdup_printf (_("the file holds more than the limit of %u values"),
                                     VTR_JSON_MAX_VALUES);
          break;

        case VTR_JSON_PROBLEM_BAD_ESCAPE:
        case VTR_JSON_PROBLEM_NONE:
        default:
          code = VTR_PACK_ERROR_INVALID_JSON;
          message = g_strdup (_("invalid JSON: this \\u escape is not a character: it is NUL "
                                "or half of a surrogate pair"));
          break;
        }

      add_diagnostic (self, code, file, place.line, place.column, place.pointer, message);
      return;
    }

  pack_file->parser = json_parser_new_immutable ();

  /* The lists of a root object are handed over item by item while json-glib parses, when the
   * locator could tell which member each array is: it read the root object to its end, and
   * found no key twice (json-glib would keep one of two arrays, the stream would see both). */
  root_arrays = vtr_json_locator_get_root_arrays (pack_file->locator);
  vtr_json_locator_get_duplicate_keys (pack_file->locator, &n_duplicates);
  if (root_arrays != NULL && n_duplicates == 0 &&
      (file == FILE_EXHIBITS || file == FILE_TIMELINE))
    {
      self->stream = (Stream) { .file = file, .root_arrays = root_arrays, .list = -1 };
      g_signal_connect (pack_file->parser, "object-start", G_CALLBACK (object_start_cb), self);
      g_signal_connect (pack_file->parser, "object-end", G_CALLBACK (object_end_cb), self);
      g_signal_connect (pack_file->parser, "array-start", G_CALLBACK (array_start_cb), self);
      g_signal_connect (pack_file->parser, "array-element", G_CALLBACK (array_element_cb),
                        self);
      g_signal_connect (pack_file->parser, "array-end", G_CALLBACK (array_end_cb), self);
    }

  checkpoint_save (self, &checkpoint);
  parsed = json_parser_load_from_data (pack_file->parser, data, length, &error);
  g_signal_handlers_disconnect_by_data (pack_file->parser, self);
  if (!parsed)
    {
      checkpoint_restore (self, &checkpoint, file);
      report_json_error (self, file, error);
      return;
    }

  pack_file->root = json_parser_get_root (pack_file->parser);
  if (pack_file->root == NULL)
    {
      report (self, file, VTR_PACK_ERROR_INVALID_JSON, PLACE_NONE, NULL,
              _("invalid JSON: the file is empty"));
      return;
    }

  check_duplicate_keys (self, file);
}

static int
compare_diagnostics (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  VtrDiagnostic *da = (VtrDiagnostic *)a;
  VtrDiagnostic *db = (VtrDiagnostic *)b;
  guint fa = 0, fb = 0;

  for (guint i = 0; i < N_FILES; i++)
    {
      if (g_str_equal (file_names[i], vtr_diagnostic_get_file (da)))
        fa = i;
      if (g_str_equal (file_names[i], vtr_diagnostic_get_file (db)))
        fb = i;
    }

  if (fa != fb)
    return fa < fb ? -1 : 1;
  if (vtr_diagnostic_get_line (da) != vtr_diagnostic_get_line (db))
    return vtr_diagnostic_get_line (da) < vtr_diagnostic_get_line (db) ? -1 : 1;
  if (vtr_diagnostic_get_column (da) != vtr_diagnostic_get_column (db))
    return vtr_diagnostic_get_column (da) < vtr_diagnostic_get_column (db) ? -1 : 1;

  return 0;
}

/* Warns about each offered language whose catalog is missing or incomplete. Only a folder
 * pack has its catalogs beside it; the built-in pack's are Vitrine's own, checked by the test
 * suite. */
static void
check_catalogs (VtrPackLoader *self)
{
  JsonObject *manifest = json_node_get_object (self->files[FILE_PACK].root);
  JsonArray *languages = get_array (manifest, "languages");
  const char *domain = get_string (manifest, "gettext_domain");
  const char *source_language = get_string (manifest, "source_language");
  g_autoptr(VtrPackStrings) strings = NULL;
  guint n_strings;

  if (self->real_root == NULL || languages == NULL || json_array_get_length (languages) < 2)
    return;

  strings = vtr_pack_strings_new_for_location (self->location, NULL);
  if (strings == NULL)
    return;
  n_strings = vtr_pack_strings_get_n_strings (strings);

  for (guint i = 0; i < json_array_get_length (languages); i++)
    {
      const char *language = json_array_get_string_element (languages, i);
      g_autofree char *pointer = vtr_json_pointer_append_index ("/languages", i);
      g_autofree char *mo_name = g_strconcat (domain, ".mo", NULL);
      g_autofree char *relative = g_build_filename ("locale", language, "LC_MESSAGES", mo_name,
                                                    NULL);
      g_autoptr(GFile) catalog = g_file_resolve_relative_path (self->location, relative);
      g_autoptr(GHashTable) keys = NULL;
      g_autoptr(GError) error = NULL;
      guint untranslated = 0;

      if (g_strcmp0 (language, source_language) == 0)
        continue;

      if (!g_file_query_exists (catalog, NULL))
        {
          report (self, FILE_PACK, VTR_PACK_ERROR_MISSING_CATALOG, PLACE_VALUE, pointer,
                  _("there is no catalog for '%s': %s is missing, so visitors see the "
                    "source language"), language, relative);
          continue;
        }

      keys = vtr_catalog_read_keys (catalog, &error);
      if (keys == NULL)
        {
          report (self, FILE_PACK, VTR_PACK_ERROR_MISSING_CATALOG, PLACE_VALUE, pointer,
                  _("the catalog for '%s' cannot be read: %s"), language, error->message);
          continue;
        }

      for (guint j = 0; j < n_strings; j++)
        {
          const VtrPackString *string = vtr_pack_strings_get_string (strings, j);
          g_autofree char *key = vtr_catalog_key (string->context, string->msgid);

          if (!g_hash_table_contains (keys, key))
            untranslated++;
        }

      if (untranslated > 0)
        report (self, FILE_PACK, VTR_PACK_ERROR_UNTRANSLATED, PLACE_VALUE, pointer,
                g_dngettext (GETTEXT_PACKAGE,
                             "'%s': %u of %u strings has no translation in %s",
                             "'%s': %u of %u strings have no translation in %s", untranslated),
                language, untranslated, n_strings, relative);
    }
}

/* Helpers: building the pack from validated JSON */

static char **
dup_string_array (JsonObject *object,
                  const char *key)
{
  JsonArray *array = get_array (object, key);
  guint length = array != NULL ? json_array_get_length (array) : 0;
  char **strv = g_new0 (char *, length + 1);

  for (guint i = 0; i < length; i++)
    strv[i] = g_strdup (json_array_get_string_element (array, i));

  return strv;
}

static VtrImage *
build_image (VtrPackLoader *self,
             JsonObject    *object,
             const char    *key,
             const char    *owner_context)
{
  g_autofree char *context = g_strdup_printf ("%s/%s", owner_context, key);
  JsonNode *node = get_member (object, key);
  JsonObject *image;

  if (node == NULL)
    return NULL;

  image = json_node_get_object (node);

  return g_object_new (VTR_TYPE_IMAGE,
                       "path", get_string (image, "path"),
                       "alt", get_string (image, "alt"),
                       "folder", self->location,
                       "translation-domain", self->domain,
                       "context", context,
                       NULL);
}

static GListModel *
build_sources (JsonObject *object)
{
  JsonArray *array = get_array (object, "sources");
  guint length = array != NULL ? json_array_get_length (array) : 0;
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (length, g_object_unref);

  for (guint i = 0; i < length; i++)
    {
      JsonObject *source = json_array_get_object_element (array, i);
      g_autoptr(VtrSource) item = NULL;

      item = g_object_new (VTR_TYPE_SOURCE,
                           "title", get_string (source, "title"),
                           "publisher", get_string (source, "publisher"),
                           "date", get_string (source, "date"),
                           "url", get_string (source, "url"),
                           NULL);
      g_ptr_array_add (items, g_steal_pointer (&item));
    }

  return vtr_array_model_new (VTR_TYPE_SOURCE, items);
}

static GListModel *
build_facts (VtrPackLoader *self,
             JsonObject    *object,
             const char    *owner_context)
{
  JsonArray *array = get_array (object, "facts");
  guint length = array != NULL ? json_array_get_length (array) : 0;
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (length, g_object_unref);

  for (guint i = 0; i < length; i++)
    {
      JsonObject *fact = json_array_get_object_element (array, i);
      g_autoptr(VtrFact) item = NULL;
      g_autofree char *context = g_strdup_printf ("%s/facts/%u", owner_context, i);

      item = g_object_new (VTR_TYPE_FACT,
                           "label", get_string (fact, "label"),
                           "value", get_string (fact, "value"),
                           "translation-domain", self->domain,
                           "context", context,
                           NULL);
      g_ptr_array_add (items, g_steal_pointer (&item));
    }

  return vtr_array_model_new (VTR_TYPE_FACT, items);
}

static JsonArray *
get_file_array (VtrPackLoader *self,
                FileKind       file,
                const char    *key)
{
  return json_object_get_array_member (json_node_get_object (self->files[file].root), key);
}

static GListModel *
build_categories (VtrPackLoader *self,
                  JsonArray     *array)
{
  GListStore *store = g_list_store_new (VTR_TYPE_CATEGORY);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      g_autoptr(VtrCategory) item = NULL;
      g_autofree char *context = g_strdup_printf ("category/%s", get_string (object, "id"));

      item = g_object_new (VTR_TYPE_CATEGORY,
                           "id", get_string (object, "id"),
                           "name", get_string (object, "name"),
                           "icon-name", get_string (object, "icon"),
                           "color", get_string (object, "color"),
                           "translation-domain", self->domain,
                           "context", context,
                           NULL);
      g_list_store_append (store, item);
    }

  return G_LIST_MODEL (store);
}

static VtrCategory *
find_category (GListModel *categories,
               const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(VtrCategory) category = g_list_model_get_item (categories, i);

      if (g_str_equal (vtr_category_get_id (category), id))
        return category;
    }

  return NULL;
}

static gpointer
build_exhibit (VtrPackLoader *self,
               JsonObject    *object)
{
  g_autofree char *context = g_strdup_printf ("exhibit/%s", get_string (object, "id"));
  g_autoptr(VtrImage) image = build_image (self, object, "image", context);
  g_autoptr(GListModel) facts = build_facts (self, object, context);
  g_autoptr(GListModel) sources = build_sources (object);
  g_auto(GStrv) body = dup_string_array (object, "body");
  g_auto(GStrv) related = dup_string_array (object, "related");
  g_auto(GStrv) events = dup_string_array (object, "events");
  JsonNode *year = get_member (object, "year");

  return g_object_new (VTR_TYPE_EXHIBIT,
                       "id", get_string (object, "id"),
                       "title", get_string (object, "title"),
                       "exhibitor", get_string (object, "exhibitor"),
                       "category", find_category (self->categories,
                                                  get_string (object, "category")),
                       "year", year != NULL ? (int)json_node_get_int (year) : 0,
                       "summary", get_string (object, "summary"),
                       "body", body,
                       "image", image,
                       "facts", facts,
                       "related", related,
                       "events", events,
                       "sources", sources,
                       "translation-domain", self->domain,
                       "context", context,
                       NULL);
}

static gpointer
build_era (VtrPackLoader *self,
           JsonObject    *object)
{
  g_autofree char *context = g_strdup_printf ("era/%s", get_string (object, "id"));

  return g_object_new (VTR_TYPE_ERA,
                       "id", get_string (object, "id"),
                       "name", get_string (object, "name"),
                       "start", get_string (object, "start"),
                       "end", get_string (object, "end"),
                       "color", get_string (object, "color"),
                       "translation-domain", self->domain,
                       "context", context,
                       NULL);
}

static int
compare_events (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  VtrDate da, db;

  vtr_date_parse (vtr_event_get_date ((VtrEvent *)a), &da);
  vtr_date_parse (vtr_event_get_date ((VtrEvent *)b), &db);

  return vtr_date_compare_start (&da, &db);
}

static int
compare_event_places (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  return compare_events (*(gconstpointer *)a, *(gconstpointer *)b, user_data);
}

static gpointer
build_event (VtrPackLoader *self,
             JsonObject    *object)
{
  g_autofree char *context = g_strdup_printf ("event/%s", get_string (object, "id"));
  g_autoptr(VtrImage) image = build_image (self, object, "image", context);
  g_autoptr(GListModel) sources = build_sources (object);
  g_auto(GStrv) exhibits = dup_string_array (object, "exhibits");

  return g_object_new (VTR_TYPE_EVENT,
                       "id", get_string (object, "id"),
                       "date", get_string (object, "date"),
                       "end", get_string (object, "end"),
                       "title", get_string (object, "title"),
                       "text", get_string (object, "text"),
                       "category", find_category (self->categories,
                                                  get_string (object, "category")),
                       "image", image,
                       "exhibits", exhibits,
                       "sources", sources,
                       "translation-domain", self->domain,
                       "context", context,
                       NULL);
}

static GListModel *
build_figures (VtrPackLoader *self)
{
  JsonArray *array = get_file_array (self, FILE_FIGURES, "figures");
  GListStore *store = g_list_store_new (VTR_TYPE_FIGURE);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      g_autoptr(VtrFigure) item = NULL;
      g_autofree char *context = g_strdup_printf ("figure/%s", get_string (object, "id"));
      g_autoptr(GListModel) sources = build_sources (object);
      VtrFigureQualifier qualifier;

      parse_qualifier (get_string (object, "qualifier"), &qualifier);
      item = g_object_new (VTR_TYPE_FIGURE,
                           "id", get_string (object, "id"),
                           "value", json_object_get_double_member (object, "value"),
                           "unit", get_string (object, "unit"),
                           "label", get_string (object, "label"),
                           "qualifier", qualifier,
                           "sources", sources,
                           "translation-domain", self->domain,
                           "context", context,
                           NULL);
      g_list_store_append (store, item);
    }

  return G_LIST_MODEL (store);
}

static GListModel *
build_stops (VtrPackLoader *self,
             JsonArray     *array,
             const char    *tour_context)
{
  GListStore *store = g_list_store_new (VTR_TYPE_TOUR_STOP);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      g_autoptr(VtrTourStop) item = NULL;
      g_autofree char *context = g_strdup_printf ("%s/stops/%u", tour_context, i);
      VtrStopKind kind = VTR_STOP_KIND_EXHIBIT;
      const char *target = get_string (object, "exhibit");

      if (target == NULL && (target = get_string (object, "event")) != NULL)
        kind = VTR_STOP_KIND_EVENT;
      else if (target == NULL && (target = get_string (object, "figure")) != NULL)
        kind = VTR_STOP_KIND_FIGURE;

      item = g_object_new (VTR_TYPE_TOUR_STOP,
                           "kind", kind,
                           "target-id", target,
                           "notes", get_string (object, "notes"),
                           "seconds", (guint)json_object_get_int_member (object, "seconds"),
                           "translation-domain", self->domain,
                           "context", context,
                           NULL);
      g_list_store_append (store, item);
    }

  return G_LIST_MODEL (store);
}

static GListModel *
build_tours (VtrPackLoader *self)
{
  JsonArray *array = get_file_array (self, FILE_TOURS, "tours");
  GListStore *store = g_list_store_new (VTR_TYPE_TOUR);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      g_autoptr(VtrTour) item = NULL;
      g_autofree char *context = g_strdup_printf ("tour/%s", get_string (object, "id"));
      g_autoptr(GListModel) stops = build_stops (self, get_array (object, "stops"), context);
      VtrTourPurpose purpose = VTR_TOUR_PURPOSE_TALK;

      parse_purpose (get_string (object, "purpose"), &purpose);
      item = g_object_new (VTR_TYPE_TOUR,
                           "id", get_string (object, "id"),
                           "title", get_string (object, "title"),
                           "description", get_string (object, "description"),
                           "purpose", purpose,
                           "stops", stops,
                           "translation-domain", self->domain,
                           "context", context,
                           NULL);
      g_list_store_append (store, item);
    }

  return G_LIST_MODEL (store);
}

static VtrPack *
build_pack (VtrPackLoader *self)
{
  JsonObject *manifest = json_node_get_object (self->files[FILE_PACK].root);
  g_autoptr(GListModel) figures = NULL;
  g_autoptr(GListModel) tours = NULL;
  g_autoptr(VtrImage) hero = NULL;
  g_auto(GStrv) languages = dup_string_array (manifest, "languages");

  g_autoptr(GListModel) exhibits = NULL;
  g_autoptr(GListModel) eras = NULL;
  g_autoptr(GListModel) events = NULL;

  /* The timeline reads events in date order; g_ptr_array_sort_with_data() is stable, so
   * events of the same day keep the order the curator gave them. */
  g_ptr_array_sort_with_data (self->items[LIST_EVENTS], compare_event_places, NULL);
  exhibits = vtr_array_model_new (VTR_TYPE_EXHIBIT, self->items[LIST_EXHIBITS]);
  eras = vtr_array_model_new (VTR_TYPE_ERA, self->items[LIST_ERAS]);
  events = vtr_array_model_new (VTR_TYPE_EVENT, self->items[LIST_EVENTS]);

  figures = build_figures (self);
  tours = build_tours (self);
  hero = build_image (self, manifest, "hero", "pack");

  return g_object_new (VTR_TYPE_PACK,
                       "id", get_string (manifest, "id"),
                       "title", get_string (manifest, "title"),
                       "description", get_string (manifest, "description"),
                       "source-language", get_string (manifest, "source_language"),
                       "languages", languages,
                       "gettext-domain", get_string (manifest, "gettext_domain"),
                       "hero", hero,
                       "location", self->location,
                       "categories", self->categories,
                       "exhibits", exhibits,
                       "eras", eras,
                       "events", events,
                       "figures", figures,
                       "tours", tours,
                       "translation-domain", self->domain,
                       "context", "pack",
                       NULL);
}

/* Lets go of what was built: the pack, if any, holds its own references. */
static void
clear_items (VtrPackLoader *self)
{
  g_clear_object (&self->categories);
  for (guint i = 0; i < N_LISTS; i++)
    g_clear_pointer (&self->items[i], g_ptr_array_unref);
}

static void
reset (VtrPackLoader *self)
{
  g_list_store_remove_all (self->diagnostics);
  self->n_errors = 0;
  self->n_warnings = 0;
  self->n_unlisted = 0;
  g_array_set_size (self->refs, 0);
  for (guint i = 0; i < N_ID_KINDS; i++)
    {
      g_hash_table_remove_all (self->ids[i]);
      self->ids_unknown[i] = TRUE;
    }
  clear_items (self);
  for (guint i = 0; i < N_LISTS; i++)
    self->items[i] = g_ptr_array_new_with_free_func (g_object_unref);
  self->building = TRUE;
  self->stream = (Stream) { .list = -1 };
}

static void
release_tree (VtrPackLoader *self,
              FileKind       file)
{
  g_clear_object (&self->files[file].parser);
  self->files[file].root = NULL;
}

static void
release_files (VtrPackLoader *self)
{
  for (guint i = 0; i < N_FILES; i++)
    pack_file_clear (&self->files[i]);
}

static void
vtr_pack_loader_finalize (GObject *object)
{
  VtrPackLoader *self = (VtrPackLoader *)object;

  release_files (self);
  for (guint i = 0; i < N_ID_KINDS; i++)
    g_clear_pointer (&self->ids[i], g_hash_table_unref);
  g_clear_pointer (&self->refs, g_array_unref);
  clear_items (self);
  g_clear_pointer (&self->real_root, g_free);
  g_clear_object (&self->diagnostics);
  g_clear_object (&self->location);

  G_OBJECT_CLASS (vtr_pack_loader_parent_class)->finalize (object);
}

static void
vtr_pack_loader_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VtrPackLoader *self = VTR_PACK_LOADER (object);

  switch (prop_id)
    {
    case PROP_LOCATION:
      g_value_set_object (value, self->location);
      break;

    case PROP_CHECK_CATALOGS:
      g_value_set_boolean (value, self->check_catalogs);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_pack_loader_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  VtrPackLoader *self = VTR_PACK_LOADER (object);

  switch (prop_id)
    {
    case PROP_LOCATION:
      self->location = g_value_dup_object (value);
      break;

    case PROP_CHECK_CATALOGS:
      vtr_pack_loader_set_check_catalogs (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_pack_loader_class_init (VtrPackLoaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vtr_pack_loader_finalize;
  object_class->get_property = vtr_pack_loader_get_property;
  object_class->set_property = vtr_pack_loader_set_property;

  properties[PROP_LOCATION] =
    g_param_spec_object ("location", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * VtrPackLoader:check-catalogs:
   *
   * Whether a pack that loads is also checked for missing or incomplete catalogs of the
   * languages it offers, reported as warnings.
   */
  properties[PROP_CHECK_CATALOGS] =
    g_param_spec_boolean ("check-catalogs", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_pack_loader_init (VtrPackLoader *self)
{
  self->diagnostics = g_list_store_new (VTR_TYPE_DIAGNOSTIC);
  self->refs = g_array_new (FALSE, TRUE, sizeof (PendingRef));
  g_array_set_clear_func (self->refs, pending_ref_clear);
  for (guint i = 0; i < N_ID_KINDS; i++)
    self->ids[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * vtr_pack_loader_new:
 * @location: a pack folder, or the built-in pack's resource folder
 *
 * Returns: (transfer full): a new loader
 */
VtrPackLoader *
vtr_pack_loader_new (GFile *location)
{
  g_return_val_if_fail (G_IS_FILE (location), NULL);

  return g_object_new (VTR_TYPE_PACK_LOADER, "location", location, NULL);
}

/**
 * vtr_pack_loader_get_location:
 *
 * Returns: (transfer none): the folder the loader reads
 */
GFile *
vtr_pack_loader_get_location (VtrPackLoader *self)
{
  g_return_val_if_fail (VTR_IS_PACK_LOADER (self), NULL);

  return self->location;
}

/**
 * vtr_pack_loader_load:
 *
 * Reads and checks every file of the pack. The problems found, errors and warnings alike, are
 * in vtr_pack_loader_get_diagnostics() afterwards, whatever the outcome.
 *
 * Returns: (transfer full) (nullable): the pack, or %NULL with %VTR_PACK_ERROR_UNREADABLE when
 *   the folder cannot be read, or %VTR_PACK_ERROR_INVALID_PACK when it has errors
 */
VtrPack *
vtr_pack_loader_load (VtrPackLoader  *self,
                      GError        **error)
{
  g_autoptr(VtrPack) pack = NULL;
  GFileType type;

  g_return_val_if_fail (VTR_IS_PACK_LOADER (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reset (self);
  g_clear_pointer (&self->real_root, g_free);

  type = g_file_query_file_type (self->location, G_FILE_QUERY_INFO_NONE, NULL);
  if (type != G_FILE_TYPE_DIRECTORY)
    {
      g_set_error_literal (error, VTR_PACK_ERROR, VTR_PACK_ERROR_UNREADABLE,
                           type == G_FILE_TYPE_UNKNOWN ? _("there is no such folder")
                                                       : _("it is not a folder"));
      return NULL;
    }

  if (g_file_is_native (self->location))
    {
      g_autofree char *path = g_file_get_path (self->location);

      /* Symlinks inside the pack are resolved against the real folder, so a link cannot
       * smuggle a file from elsewhere on the disk into a kiosk. */
      self->real_root = realpath (path, NULL);
      if (self->real_root == NULL)
        {
          g_set_error (error, VTR_PACK_ERROR, VTR_PACK_ERROR_UNREADABLE,
                       _("it cannot be read: %s"), g_strerror (errno));
          return NULL;
        }
    }

  /* Each file is checked, and its items built, before the next is read, and the trees of the
   * long ones are dropped once they are: only the small files keep theirs until the end. Each
   * file keeps its text, in which the references checked at the end find their places. */
  read_file (self, FILE_PACK);
  check_manifest (self);
  if (self->n_errors == 0)
    {
      JsonObject *manifest = json_node_get_object (self->files[FILE_PACK].root);

      self->domain = get_string (manifest, "gettext_domain");
      self->categories = build_categories (self, get_array (manifest, "categories"));
    }

  read_file (self, FILE_EXHIBITS);
  check_list (self, LIST_EXHIBITS,
              check_file_array (self, FILE_EXHIBITS, exhibits_file_fields, "exhibits"));
  release_tree (self, FILE_EXHIBITS);

  read_file (self, FILE_TIMELINE);
  check_file_array (self, FILE_TIMELINE, timeline_file_fields, "eras");
  if (self->files[FILE_TIMELINE].root != NULL &&
      JSON_NODE_HOLDS_OBJECT (self->files[FILE_TIMELINE].root))
    {
      JsonObject *timeline = json_node_get_object (self->files[FILE_TIMELINE].root);

      check_list (self, LIST_ERAS, get_array (timeline, "eras"));
      check_list (self, LIST_EVENTS, get_array (timeline, "events"));
    }
  release_tree (self, FILE_TIMELINE);

  read_file (self, FILE_FIGURES);
  read_file (self, FILE_TOURS);
  check_items (self, FILE_FIGURES,
               check_file_array (self, FILE_FIGURES, figures_file_fields, "figures"),
               "/figures", _("a figure"), figure_fields, ID_FIGURE, check_figure_cb);
  check_items (self, FILE_TOURS,
               check_file_array (self, FILE_TOURS, tours_file_fields, "tours"),
               "/tours", _("a tour"), tour_fields, ID_TOUR, check_tour_cb);
  check_references (self);

  /* Catalogs only matter for a pack that loads. */
  if (self->n_errors == 0 && self->check_catalogs)
    check_catalogs (self);

  g_list_store_sort (self->diagnostics, compare_diagnostics, NULL);

  if (self->n_unlisted > 0)
    {
      g_autoptr(VtrDiagnostic) more = NULL;
      g_autofree char *message = NULL;

      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u more problem is not listed; fix these first",
                                              "%u more problems are not listed; fix these first",
                                              self->n_unlisted),
                                 self->n_unlisted);
      more = vtr_diagnostic_new (VTR_SEVERITY_ERROR, VTR_PACK_ERROR_TOO_MANY_PROBLEMS,
                                 file_names[FILE_PACK], 0, 0, NULL, message);
      g_list_store_append (self->diagnostics, more);
    }

  if (self->n_errors == 0)
    pack = build_pack (self);
  self->domain = NULL;
  clear_items (self);

  /* The parsed trees are only needed while checking and building. */
  release_files (self);

  if (pack == NULL)
    {
      g_set_error (error, VTR_PACK_ERROR, VTR_PACK_ERROR_INVALID_PACK,
                   g_dngettext (GETTEXT_PACKAGE, "it has %u error", "it has %u errors",
                                self->n_errors),
                   self->n_errors);
      return NULL;
    }

  return g_steal_pointer (&pack);
}

/**
 * vtr_pack_loader_get_diagnostics:
 *
 * Returns: (transfer none): the problems found by the last load, as VtrDiagnostic, sorted by
 *   file and place
 */
GListModel *
vtr_pack_loader_get_diagnostics (VtrPackLoader *self)
{
  g_return_val_if_fail (VTR_IS_PACK_LOADER (self), NULL);

  return G_LIST_MODEL (self->diagnostics);
}

guint
vtr_pack_loader_get_n_errors (VtrPackLoader *self)
{
  g_return_val_if_fail (VTR_IS_PACK_LOADER (self), 0);

  return self->n_errors;
}

guint
vtr_pack_loader_get_n_warnings (VtrPackLoader *self)
{
  g_return_val_if_fail (VTR_IS_PACK_LOADER (self), 0);

  return self->n_warnings;
}

/**
 * vtr_pack_get_builtin_location:
 *
 * Returns: (transfer full): the resource folder of the pack compiled into Vitrine
 */
GFile *
vtr_pack_get_builtin_location (void)
{
  vtr_ensure_resources ();

  return g_file_new_for_uri ("resource://" RESOURCE_BASE "/pack");
}

/**
 * vtr_ensure_resources:
 *
 * Registers Vitrine's GResource bundle once. The bundle lives in a static library, where a
 * linker would drop an automatic constructor that nothing refers to, so it is registered by
 * hand from the places that need it.
 */
void
vtr_ensure_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      vtr_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

gboolean
vtr_pack_loader_get_check_catalogs (VtrPackLoader *self)
{
  g_return_val_if_fail (VTR_IS_PACK_LOADER (self), FALSE);

  return self->check_catalogs;
}

void
vtr_pack_loader_set_check_catalogs (VtrPackLoader *self,
                                    gboolean       check_catalogs)
{
  g_return_if_fail (VTR_IS_PACK_LOADER (self));

  check_catalogs = !!check_catalogs;
  if (self->check_catalogs == check_catalogs)
    return;

  self->check_catalogs = check_catalogs;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECK_CATALOGS]);
}
