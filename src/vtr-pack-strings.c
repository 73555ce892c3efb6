/* vtr-pack-strings.c
 *
 * xgettext cannot read JSON, so the translatable text of a pack is gathered here with
 * json-glib and written as a gettext template (.pot). From there the usual tools take over:
 * msginit, msgmerge, msgfmt, Poedit and Weblate.
 *
 * Each string's msgctxt names its place by kind and id ("exhibit/ipv6/title") rather than by
 * position in the file, so a translation survives when a curator reorders exhibits, and the same
 * English words in two places stay two entries: a translator may need to word them differently.
 * Ids, dates, numbers, URLs, colours, icon names and language codes are never extracted, nor are
 * the titles and publishers of sources, which name real publications.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "vtr-diagnostic.h"
#include "vtr-json-locator.h"
#include "vtr-pack-loader.h"
#include "vtr-pack-strings.h"

/* Where the built-in pack sits in Vitrine's source tree. References in its template point
 * there, so that po/builtin-pack.pot reads like any other source file to xgettext and to
 * translators' tools that open the file a string comes from. */
#define BUILTIN_PACK_SOURCE_DIR "resources/pack/"

struct _VtrPackStrings
{
  GObject     parent_instance;

  GPtrArray  *strings;
  /* Keyed by "CONTEXT\004MSGID", the key gettext itself uses, so that no pair is written
   * twice: a .pot with a repeated pair is refused by msgfmt. */
  GHashTable *by_key;
  GHashTable *by_context;
  char       *pack_id;
  char       *pack_title;
};

G_DEFINE_FINAL_TYPE (VtrPackStrings, vtr_pack_strings, G_TYPE_OBJECT)

/* One file being walked: where its strings are added and how their references read. */
typedef struct
{
  VtrPackStrings *self;
  const char     *reference;
  VtrJsonLocator *locator;
} Walk;

typedef void (*AddItemFunc) (Walk       *walk,
                             JsonObject *item,
                             const char *pointer,
                             const char *prefix);

static void
pack_string_free (gpointer data)
{
  VtrPackString *entry = data;

  g_clear_pointer (&entry->context, g_free);
  g_clear_pointer (&entry->msgid, g_free);
  g_clear_pointer (&entry->comment, g_free);
  g_clear_pointer (&entry->references, g_ptr_array_unref);
  g_free (entry);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

/* The walk tolerates any shape of JSON: a member of the wrong type is skipped, and reporting
 * it is the validator's job. */
static JsonNode *
get_member (JsonObject *object,
            const char *key)
{
  return object != NULL ? json_object_get_member (object, key) : NULL;
}

static const char *
get_string (JsonObject *object,
            const char *key)
{
  JsonNode *node = get_member (object, key);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static JsonObject *
get_object (JsonObject *object,
            const char *key)
{
  JsonNode *node = get_member (object, key);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
get_array (JsonObject *object,
           const char *key)
{
  JsonNode *node = get_member (object, key);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static const char *
get_element_string (JsonArray *array,
                    guint      index)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static JsonObject *
get_element_object (JsonArray *array,
                    guint      index)
{
  JsonNode *node = json_array_get_element (array, index);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static void
add_text (Walk       *walk,
          const char *pointer,
          const char *context,
          const char *text,
          const char *comment)
{
  VtrPackStrings *self = walk->self;
  g_autofree char *key = NULL;
  g_autofree char *reference = NULL;
  VtrPackString *entry;
  guint line, column;

  /* The empty msgid belongs to the header, and blank text has nothing to translate. */
  if (text == NULL || is_blank (text))
    return;

  if (vtr_json_locator_find_value (walk->locator, pointer, &line, &column))
    reference = g_strdup_printf ("%s:%u", walk->reference, line);
  else
    reference = g_strdup (walk->reference);

  key = g_strconcat (context, "\004", text, NULL);
  entry = g_hash_table_lookup (self->by_key, key);
  if (entry != NULL)
    {
      if (!g_ptr_array_find_with_equal_func (entry->references, reference, g_str_equal, NULL))
        g_ptr_array_add (entry->references, g_steal_pointer (&reference));
      return;
    }

  entry = g_new0 (VtrPackString, 1);
  entry->context = g_strdup (context);
  entry->msgid = g_strdup (text);
  entry->comment = g_strdup (comment);
  entry->references = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (entry->references, g_steal_pointer (&reference));

  g_ptr_array_add (self->strings, entry);
  g_hash_table_insert (self->by_key, g_steal_pointer (&key), entry);
  if (!g_hash_table_contains (self->by_context, entry->context))
    g_hash_table_insert (self->by_context, entry->context, entry);
}

/* Adds the string member @key of @object, whose JSON Pointer is @pointer, with the context
 * "@prefix/@key". */
static void
add_member (Walk       *walk,
            JsonObject *object,
            const char *pointer,
            const char *prefix,
            const char *key,
            const char *comment)
{
  g_autofree char *member_pointer = vtr_json_pointer_append (pointer, key);
  g_autofree char *context = g_strconcat (prefix, "/", key, NULL);

  add_text (walk, member_pointer, context, get_string (object, key), comment);
}

static void
add_image_alt (Walk       *walk,
               JsonObject *object,
               const char *pointer,
               const char *prefix,
               const char *key,
               const char *comment)
{
  g_autofree char *image_pointer = vtr_json_pointer_append (pointer, key);
  g_autofree char *image_prefix = g_strconcat (prefix, "/", key, NULL);

  add_member (walk, get_object (object, key), image_pointer, image_prefix, "alt", comment);
}

/* Calls @add_item for every object of the array @key of @root, with the context prefix
 * "@kind/ID". */
static void
add_items (Walk        *walk,
           JsonObject  *root,
           const char  *key,
           const char  *kind,
           AddItemFunc  add_item)
{
  JsonArray *array = get_array (root, key);
  g_autofree char *array_pointer = vtr_json_pointer_append ("", key);
  guint length = array != NULL ? json_array_get_length (array) : 0;

  for (guint i = 0; i < length; i++)
    {
      JsonObject *item = get_element_object (array, i);
      const char *id = get_string (item, "id");
      g_autofree char *pointer = NULL;
      g_autofree char *prefix = NULL;

      /* Without an id there is no context that stays put; the validator reports the item. */
      if (id == NULL || *id == '\0')
        continue;

      pointer = vtr_json_pointer_append_index (array_pointer, i);
      prefix = g_strconcat (kind, "/", id, NULL);
      add_item (walk, item, pointer, prefix);
    }
}

static void
add_category (Walk       *walk,
              JsonObject *category,
              const char *pointer,
              const char *prefix)
{
  add_member (walk, category, pointer, prefix, "name", "Category name");
}

static void
add_body (Walk       *walk,
          JsonObject *exhibit,
          const char *pointer,
          const char *prefix)
{
  JsonArray *body = get_array (exhibit, "body");
  g_autofree char *body_pointer = vtr_json_pointer_append (pointer, "body");
  guint length = body != NULL ? json_array_get_length (body) : 0;

  for (guint i = 0; i < length; i++)
    {
      g_autofree char *paragraph_pointer = vtr_json_pointer_append_index (body_pointer, i);
      g_autofree char *context = g_strdup_printf ("%s/body/%u", prefix, i);
      g_autofree char *comment = g_strdup_printf ("Exhibit body, paragraph %u", i + 1);

      add_text (walk, paragraph_pointer, context, get_element_string (body, i), comment);
    }
}

static void
add_facts (Walk       *walk,
           JsonObject *exhibit,
           const char *pointer,
           const char *prefix)
{
  JsonArray *facts = get_array (exhibit, "facts");
  g_autofree char *facts_pointer = vtr_json_pointer_append (pointer, "facts");
  guint length = facts != NULL ? json_array_get_length (facts) : 0;

  for (guint i = 0; i < length; i++)
    {
      JsonObject *fact = get_element_object (facts, i);
      g_autofree char *fact_pointer = vtr_json_pointer_append_index (facts_pointer, i);
      g_autofree char *fact_prefix = g_strdup_printf ("%s/facts/%u", prefix, i);
      g_autofree char *label_comment = NULL;
      g_autofree char *value_comment = NULL;

      label_comment = g_strdup_printf ("Exhibit fact %u, label: what the fact is about", i + 1);
      value_comment = g_strdup_printf ("Exhibit fact %u, value", i + 1);
      add_member (walk, fact, fact_pointer, fact_prefix, "label", label_comment);
      add_member (walk, fact, fact_pointer, fact_prefix, "value", value_comment);
    }
}

static void
add_exhibit (Walk       *walk,
             JsonObject *exhibit,
             const char *pointer,
             const char *prefix)
{
  add_member (walk, exhibit, pointer, prefix, "title", "Exhibit title");
  add_member (walk, exhibit, pointer, prefix, "exhibitor",
              "Exhibit exhibitor: who made or owns what is shown");
  add_member (walk, exhibit, pointer, prefix, "summary",
              "Exhibit summary, one or two sentences shown on cards");
  add_body (walk, exhibit, pointer, prefix);
  add_image_alt (walk, exhibit, pointer, prefix, "image",
                 "Exhibit image alt text: describes the picture for people who cannot see it");
  add_facts (walk, exhibit, pointer, prefix);
}

static void
add_era (Walk       *walk,
         JsonObject *era,
         const char *pointer,
         const char *prefix)
{
  add_member (walk, era, pointer, prefix, "name", "Era name, shown on the timeline");
}

static void
add_event (Walk       *walk,
           JsonObject *event,
           const char *pointer,
           const char *prefix)
{
  add_member (walk, event, pointer, prefix, "title", "Event title");
  add_member (walk, event, pointer, prefix, "text", "Event text, a short paragraph");
  add_image_alt (walk, event, pointer, prefix, "image",
                 "Event image alt text: describes the picture for people who cannot see it");
}

static void
add_figure (Walk       *walk,
            JsonObject *figure,
            const char *pointer,
            const char *prefix)
{
  add_member (walk, figure, pointer, prefix, "label",
              "Figure label: what the number counts, shown after the number and its unit");
  add_member (walk, figure, pointer, prefix, "unit",
              "Figure unit, shown right after the number");
}

static void
add_tour (Walk       *walk,
          JsonObject *tour,
          const char *pointer,
          const char *prefix)
{
  JsonArray *stops = get_array (tour, "stops");
  g_autofree char *stops_pointer = vtr_json_pointer_append (pointer, "stops");
  guint length = stops != NULL ? json_array_get_length (stops) : 0;

  add_member (walk, tour, pointer, prefix, "title", "Tour title");
  add_member (walk, tour, pointer, prefix, "description", "Tour description");

  for (guint i = 0; i < length; i++)
    {
      g_autofree char *stop_pointer = vtr_json_pointer_append_index (stops_pointer, i);
      g_autofree char *stop_prefix = g_strdup_printf ("%s/stops/%u", prefix, i);
      g_autofree char *comment = g_strdup_printf ("Tour stop %u, notes for the presenter",
                                                  i + 1);

      add_member (walk, get_element_object (stops, i), stop_pointer, stop_prefix, "notes",
                  comment);
    }
}

static void
walk_manifest (Walk       *walk,
               JsonObject *root)
{
  VtrPackStrings *self = walk->self;

  g_free (self->pack_id);
  self->pack_id = g_strdup (get_string (root, "id"));
  g_free (self->pack_title);
  self->pack_title = g_strdup (get_string (root, "title"));

  add_member (walk, root, "", "pack", "title", "Pack title, shown in the header and overview");
  add_member (walk, root, "", "pack", "description",
              "Pack description, one or two sentences on the overview");
  add_image_alt (walk, root, "", "pack", "hero",
                 "Pack hero image alt text: describes the picture for people who cannot see it");
  add_items (walk, root, "categories", "category", add_category);
}

static void
walk_exhibits (Walk       *walk,
               JsonObject *root)
{
  add_items (walk, root, "exhibits", "exhibit", add_exhibit);
}

static void
walk_timeline (Walk       *walk,
               JsonObject *root)
{
  add_items (walk, root, "eras", "era", add_era);
  add_items (walk, root, "events", "event", add_event);
}

static void
walk_figures (Walk       *walk,
              JsonObject *root)
{
  add_items (walk, root, "figures", "figure", add_figure);
}

static void
walk_tours (Walk       *walk,
            JsonObject *root)
{
  add_items (walk, root, "tours", "tour", add_tour);
}

static const struct
{
  const char *name;
  void      (*walk) (Walk       *walk,
                     JsonObject *root);
} pack_files[] = {
  { "pack.json", walk_manifest },
  { "exhibits.json", walk_exhibits },
  { "timeline.json", walk_timeline },
  { "figures.json", walk_figures },
  { "tours.json", walk_tours },
};

static gboolean
walk_file (VtrPackStrings  *self,
           GFile           *location,
           const char      *reference_dir,
           guint            index,
           GError         **error)
{
  const char *name = pack_files[index].name;
  g_autoptr(GFile) file = g_file_get_child (location, name);
  g_autofree char *reference = g_strconcat (reference_dir, name, NULL);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(VtrJsonLocator) locator = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *data;
  gsize length;
  JsonNode *root;
  Walk walk;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, VTR_PACK_ERROR, VTR_PACK_ERROR_MISSING_FILE, "%s: %s", name,
                     _("the file is missing; every pack needs it"));
      else
        g_set_error (error, VTR_PACK_ERROR, VTR_PACK_ERROR_UNREADABLE, "%s: %s", name,
                     local_error->message);
      return FALSE;
    }

  if (g_file_info_get_size (info) > VTR_PACK_MAX_FILE_SIZE)
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("the file is larger than the limit of %u MB"),
                                 VTR_PACK_MAX_FILE_SIZE / (1024 * 1024));
      g_set_error (error, VTR_PACK_ERROR, VTR_PACK_ERROR_TOO_LARGE, "%s: %s", name, message);
      return FALSE;
    }

  bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, VTR_PACK_ERROR, VTR_PACK_ERROR_UNREADABLE, "%s: %s", name,
                   local_error->message);
      return FALSE;
    }

  data = g_bytes_get_data (bytes, &length);
  if (length == 0)
    {
      g_set_error (error, VTR_PACK_ERROR, VTR_PACK_ERROR_INVALID_JSON, "%s: %s", name,
                   _("invalid JSON: the file is empty"));
      return FALSE;
    }
  if (!g_utf8_validate (data, (gssize)length, NULL))
    {
      g_set_error (error, VTR_PACK_ERROR, VTR_PACK_ERROR_INVALID_JSON, "%s: %s", name,
                   _("invalid JSON: the text is not valid UTF-8"));
      return FALSE;
    }

  /* json-glib's parser recurses, so nesting is bounded before it sees the text. */
  locator = vtr_json_locator_new (bytes);
  if (vtr_json_locator_is_too_deep (locator, NULL))
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("the JSON is nested more than %u levels deep"),
                                 VTR_JSON_MAX_DEPTH);
      g_set_error (error, VTR_PACK_ERROR, VTR_PACK_ERROR_TOO_LARGE, "%s: %s", name, message);
      return FALSE;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize)length, &local_error))
    {
      g_set_error (error, VTR_PACK_ERROR, VTR_PACK_ERROR_INVALID_JSON, "%s: %s", name,
                   local_error->message);
      return FALSE;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, VTR_PACK_ERROR, VTR_PACK_ERROR_WRONG_TYPE, "%s: %s", name,
                   _("the file must hold one JSON object"));
      return FALSE;
    }

  walk.self = self;
  walk.reference = reference;
  walk.locator = locator;
  pack_files[index].walk (&walk, json_node_get_object (root));

  return TRUE;
}

/* Replaces line breaks and other control characters, which would end a comment or header
 * line early. */
static char *
single_line (const char *text)
{
  char *line = g_strdup (text);

  for (char *p = line; *p != '\0'; p++)
    {
      if ((guchar)*p < 0x20 || *p == 0x7F)
        *p = ' ';
    }

  return line;
}

static void
append_escaped (GString    *out,
                const char *text,
                gsize       length)
{
  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar)text[i];

      switch (c)
        {
        case '\\': g_string_append (out, "\\\\"); break;
        case '"': g_string_append (out, "\\\""); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\a': g_string_append (out, "\\a"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        case '\v': g_string_append (out, "\\v"); break;
        default:
          if (c < 0x20 || c == 0x7F)
            g_string_append_printf (out, "\\%03o", c);
          else
            g_string_append_c (out, (char)c);
          break;
        }
    }
}

/* Writes "KEYWORD "TEXT"". Text with line breaks inside is written one line per row, as
 * xgettext does, so that translators see the breaks; other text stays on one row however
 * long it is. */
static void
append_po_string (GString    *out,
                  const char *keyword,
                  const char *text)
{
  const char *newline = strchr (text, '\n');

  g_string_append (out, keyword);

  if (newline == NULL || newline[1] == '\0')
    {
      g_string_append (out, " \"");
      append_escaped (out, text, strlen (text));
      g_string_append (out, "\"\n");
      return;
    }

  g_string_append (out, " \"\"\n");
  for (const char *line = text; *line != '\0';)
    {
      const char *end = strchr (line, '\n');
      gsize length = end != NULL ? (gsize)(end - line) + 1 : strlen (line);

      g_string_append_c (out, '"');
      append_escaped (out, line, length);
      g_string_append (out, "\"\n");
      line += length;
    }
}

static void
vtr_pack_strings_finalize (GObject *object)
{
  VtrPackStrings *self = (VtrPackStrings *)object;

  /* The tables point into the entries, so they go first. */
  g_clear_pointer (&self->by_key, g_hash_table_unref);
  g_clear_pointer (&self->by_context, g_hash_table_unref);
  g_clear_pointer (&self->strings, g_ptr_array_unref);
  g_clear_pointer (&self->pack_id, g_free);
  g_clear_pointer (&self->pack_title, g_free);

  G_OBJECT_CLASS (vtr_pack_strings_parent_class)->finalize (object);
}

static void
vtr_pack_strings_class_init (VtrPackStringsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vtr_pack_strings_finalize;
}

static void
vtr_pack_strings_init (VtrPackStrings *self)
{
  self->strings = g_ptr_array_new_with_free_func (pack_string_free);
  self->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->by_context = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * vtr_pack_strings_new_for_location:
 * @location: a pack folder, or vtr_pack_get_builtin_location()
 *
 * Collects the translatable text of the pack at @location, file by file in the order pack.json,
 * exhibits.json, timeline.json, figures.json, tours.json, and within a file in the order of its
 * arrays. References are relative to the pack folder; for the built-in pack they are relative
 * to Vitrine's source tree ("resources/pack/exhibits.json:14").
 *
 * The pack is not validated: parts of the wrong shape are skipped. Run the #VtrPackLoader first
 * to tell a curator what is wrong.
 *
 * Returns: (transfer full): the strings, or %NULL with @error set (in the %VTR_PACK_ERROR
 *   domain) when a file is missing, unreadable or not JSON
 */
VtrPackStrings *
vtr_pack_strings_new_for_location (GFile   *location,
                                   GError **error)
{
  g_autoptr(VtrPackStrings) self = NULL;
  g_autoptr(GFile) builtin = NULL;
  const char *reference_dir = "";

  g_return_val_if_fail (G_IS_FILE (location), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (VTR_TYPE_PACK_STRINGS, NULL);

  builtin = vtr_pack_get_builtin_location ();
  if (g_file_equal (location, builtin))
    reference_dir = BUILTIN_PACK_SOURCE_DIR;

  for (guint i = 0; i < G_N_ELEMENTS (pack_files); i++)
    {
      if (!walk_file (self, location, reference_dir, i, error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

guint
vtr_pack_strings_get_n_strings (VtrPackStrings *self)
{
  g_return_val_if_fail (VTR_IS_PACK_STRINGS (self), 0);

  return self->strings->len;
}

/**
 * vtr_pack_strings_get_string:
 *
 * Returns: (transfer none): the string at @index, in template order
 */
const VtrPackString *
vtr_pack_strings_get_string (VtrPackStrings *self,
                             guint           index)
{
  g_return_val_if_fail (VTR_IS_PACK_STRINGS (self), NULL);
  g_return_val_if_fail (index < self->strings->len, NULL);

  return g_ptr_array_index (self->strings, index);
}

/**
 * vtr_pack_strings_lookup:
 * @context: a msgctxt, such as "exhibit/ipv6/title"
 *
 * Returns: (transfer none) (nullable): the first string with @context
 */
const VtrPackString *
vtr_pack_strings_lookup (VtrPackStrings *self,
                         const char     *context)
{
  g_return_val_if_fail (VTR_IS_PACK_STRINGS (self), NULL);
  g_return_val_if_fail (context != NULL, NULL);

  return g_hash_table_lookup (self->by_context, context);
}

/**
 * vtr_pack_strings_to_pot:
 *
 * Writes the strings as a gettext template. The header carries no creation date, so that the
 * same pack always gives the same file and a template kept under version control changes only
 * when the text does.
 *
 * Returns: (transfer full): the text of the .pot file, in UTF-8
 */
char *
vtr_pack_strings_to_pot (VtrPackStrings *self)
{
  g_autoptr(GString) pot = g_string_new (NULL);
  g_autoptr(GString) header = g_string_new (NULL);
  g_autofree char *pack_id = NULL;

  g_return_val_if_fail (VTR_IS_PACK_STRINGS (self), NULL);

  if (self->pack_title != NULL)
    {
      g_autofree char *title = single_line (self->pack_title);

      g_string_append_printf (pot, "# Translatable text of the content pack “%s”.\n", title);
    }
  else
    {
      g_string_append (pot, "# Translatable text of a content pack.\n");
    }
  g_string_append (pot,
                   "# Written by vitrine --extract-strings from the pack's JSON files: change the\n"
                   "# text there, then extract again.\n"
                   "#\n"
                   "#, fuzzy\n");

  pack_id = single_line (self->pack_id != NULL ? self->pack_id : "PACKAGE VERSION");
  g_string_append_printf (header, "Project-Id-Version: %s\n", pack_id);
  g_string_append (header,
                   "Report-Msgid-Bugs-To: \n"
                   "PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\n"
                   "Last-Translator: FULL NAME <EMAIL@ADDRESS>\n"
                   "Language-Team: LANGUAGE <LL@li.org>\n"
                   "Language: \n"
                   "MIME-Version: 1.0\n"
                   "Content-Type: text/plain; charset=UTF-8\n"
                   "Content-Transfer-Encoding: 8bit\n"
                   "X-Generator: Vitrine pack string extractor\n");
  append_po_string (pot, "msgid", "");
  append_po_string (pot, "msgstr", header->str);

  for (guint i = 0; i < self->strings->len; i++)
    {
      const VtrPackString *entry = g_ptr_array_index (self->strings, i);
      g_autofree char *comment = single_line (entry->comment);

      g_string_append_printf (pot, "\n#. %s\n#:", comment);
      for (guint j = 0; j < entry->references->len; j++)
        {
          const char *reference = g_ptr_array_index (entry->references, j);

          g_string_append_printf (pot, " %s", reference);
        }
      g_string_append_c (pot, '\n');
      append_po_string (pot, "msgctxt", entry->context);
      append_po_string (pot, "msgid", entry->msgid);
      append_po_string (pot, "msgstr", "");
    }

  return g_string_free (g_steal_pointer (&pot), FALSE);
}
