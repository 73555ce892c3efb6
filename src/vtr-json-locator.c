/* vtr-json-locator.c
 *
 * json-glib 1.6 builds a tree without positions, so curators would get no line numbers from it.
 * This scanner walks the same text and maps each JSON Pointer to the line and column where its
 * value (or its key) starts. It is deliberately forgiving: on text that is not JSON it stops
 * quietly and leaves the error message to json-glib, which is the parser of record.
 *
 * The walk that always runs only tracks nesting depth and duplicate keys, and allocates little.
 * Positions are recorded by a second walk that runs only when a diagnostic needs one, so that a
 * valid pack pays nothing for them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vtr-json-locator.h"

struct _VtrJsonLocator
{
  GBytes     *text;
  GHashTable *values;
  GHashTable *keys;
  GArray     *duplicates;
  VtrJsonProblem problem;
  VtrJsonPlace problem_place;

  /* The keys of the root object's members that hold arrays, in the order of the text, or
   * %NULL when the walk did not read a root object to its end. */
  GPtrArray  *root_arrays;
};

typedef struct
{
  const char *start;
  const char *end;
} Span;

typedef struct
{
  const char *p;
  const char *end;
  guint       line;
  guint       column;
  guint       depth;
  gboolean    failed;
  GString    *path;
  GHashTable *values;
  GHashTable *keys;
  GArray     *duplicates;
  GPtrArray  *root_arrays;
  guint       n_values;
  VtrJsonProblem problem;
  VtrJsonPlace *problem_place;
} Scanner;

static void scan_value (Scanner *s);

static inline guint64
pack_place (guint line,
            guint column)
{
  return ((guint64)line << 32) | column;
}

static void
place_clear (gpointer data)
{
  VtrJsonPlace *place = data;

  g_clear_pointer (&place->pointer, g_free);
}

/* Stops the walk at a limit or a bad escape, and keeps the place of the first such problem. */
static void
refuse (Scanner        *s,
        VtrJsonProblem  problem,
        guint           line,
        guint           column)
{
  if (s->problem == VTR_JSON_PROBLEM_NONE && s->problem_place != NULL)
    {
      s->problem_place->pointer = g_strdup (s->path->str);
      s->problem_place->line = line;
      s->problem_place->column = column;
    }
  if (s->problem == VTR_JSON_PROBLEM_NONE)
    s->problem = problem;
  s->failed = TRUE;
}

static void
advance (Scanner *s)
{
  if (*s->p == '\n')
    {
      s->line++;
      s->column = 1;
    }
  else if (((guchar)*s->p & 0xC0) != 0x80)
    {
      /* Columns count characters, not bytes: continuation bytes do not move the column. */
      s->column++;
    }
  else
    {
      /* A continuation byte belongs to the character already counted. */
    }
  s->p++;
}

static void
skip_space (Scanner *s)
{
  while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
    advance (s);
}

static void
record (Scanner    *s,
        GHashTable *table,
        guint       line,
        guint       column)
{
  guint64 *place;

  if (table == NULL || g_hash_table_contains (table, s->path->str))
    return;

  place = g_new (guint64, 1);
  *place = pack_place (line, column);
  g_hash_table_insert (table, g_strdup (s->path->str), place);
}

static void
append_token (GString    *path,
              const char *token,
              gsize       length)
{
  g_string_append_c (path, '/');
  for (gsize i = 0; i < length; i++)
    {
      if (token[i] == '~')
        g_string_append (path, "~0");
      else if (token[i] == '/')
        g_string_append (path, "~1");
      else
        g_string_append_c (path, token[i]);
    }
}

static guint
hex_value (const char *p)
{
  guint value = 0;

  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return G_MAXUINT;
      value = (value << 4) | (guint)digit;
    }

  return value;
}

/* Scans a string starting at its opening quote. When @decoded is given, the unescaped text is
 * appended to it. */
static void
scan_string (Scanner *s,
             GString *decoded)
{
  const char *start = s->p;
  guint start_line = s->line;
  guint start_column = s->column;

  advance (s);

  while (s->p < s->end && *s->p != '"')
    {
      if ((gsize)(s->p - start) > VTR_JSON_MAX_STRING_LENGTH)
        {
          refuse (s, VTR_JSON_PROBLEM_STRING_TOO_LONG, start_line, start_column);
          return;
        }

      if (*s->p == '\\')
        {
          guint escape_line = s->line;
          guint escape_column = s->column;

          advance (s);
          if (s->p >= s->end)
            break;

          if (*s->p == 'u' && s->end - s->p >= 5)
            {
              guint code = hex_value (s->p + 1);

              for (guint i = 0; i < 5; i++)
                advance (s);

              if (code >= 0xD800 && code <= 0xDBFF && s->end - s->p >= 6 &&
                  s->p[0] == '\\' && s->p[1] == 'u')
                {
                  guint low = hex_value (s->p + 2);

                  if (low >= 0xDC00 && low <= 0xDFFF)
                    {
                      code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                      for (guint i = 0; i < 6; i++)
                        advance (s);
                    }
                }

              /* NUL would end the string early in json-glib's tree, and half a surrogate
               * pair would reach the widgets as invalid UTF-8. Bad hex digits are left to
               * json-glib, which refuses them with an error of its own. */
              if (code == 0 || (code >= 0xD800 && code <= 0xDFFF))
                {
                  refuse (s, VTR_JSON_PROBLEM_BAD_ESCAPE, escape_line, escape_column);
                  return;
                }

              if (decoded != NULL && code != G_MAXUINT && g_unichar_validate (code))
                g_string_append_unichar (decoded, code);
              continue;
            }

          if (decoded != NULL)
            {
              switch (*s->p)
                {
                case 'n': g_string_append_c (decoded, '\n'); break;
                case 't': g_string_append_c (decoded, '\t'); break;
                case 'r': g_string_append_c (decoded, '\r'); break;
                case 'b': g_string_append_c (decoded, '\b'); break;
                case 'f': g_string_append_c (decoded, '\f'); break;
                default: g_string_append_c (decoded, *s->p); break;
                }
            }
          advance (s);
          continue;
        }

      if (decoded != NULL)
        g_string_append_c (decoded, *s->p);
      advance (s);
    }

  if (s->p >= s->end)
    {
      s->failed = TRUE;
      return;
    }

  advance (s);
}

static gboolean
enter (Scanner *s,
       guint    line,
       guint    column)
{
  s->depth++;
  if (s->depth <= VTR_JSON_MAX_DEPTH)
    return TRUE;

  refuse (s, VTR_JSON_PROBLEM_TOO_DEEP, line, column);

  return FALSE;
}

/* Whether the key spanning @span repeats one of @spans. Past a few keys, a table replaces the
 * linear search, so that an object with very many keys costs linear time, not quadratic. */
static gboolean
is_duplicate_key (GArray      *spans,
                  GHashTable **table,
                  const Span  *span)
{
  gsize length = span->end - span->start;

  if (*table == NULL && spans->len >= 16)
    {
      *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < spans->len; i++)
        {
          const Span *other = &g_array_index (spans, Span, i);

          g_hash_table_add (*table, g_strndup (other->start, other->end - other->start));
        }
    }

  if (*table != NULL)
    {
      char *key = g_strndup (span->start, length);

      if (g_hash_table_contains (*table, key))
        {
          g_free (key);
          return TRUE;
        }
      g_hash_table_add (*table, key);
      return FALSE;
    }

  for (guint i = 0; i < spans->len; i++)
    {
      const Span *other = &g_array_index (spans, Span, i);

      if ((gsize)(other->end - other->start) == length &&
          memcmp (other->start, span->start, length) == 0)
        return TRUE;
    }

  g_array_append_val (spans, *span);

  return FALSE;
}

static void
scan_object (Scanner *s)
{
  g_autoptr(GArray) spans = NULL;
  g_autoptr(GHashTable) span_table = NULL;
  g_autoptr(GString) key = g_string_new (NULL);
  gsize path_length = s->path->len;
  guint start_line = s->line;
  guint start_column = s->column;
  guint n_members = 0;

  if (!enter (s, s->line, s->column))
    return;

  if (s->duplicates != NULL)
    spans = g_array_new (FALSE, FALSE, sizeof (Span));

  advance (s);
  skip_space (s);

  if (s->p < s->end && *s->p == '}')
    {
      advance (s);
      s->depth--;
      return;
    }

  while (!s->failed && s->p < s->end)
    {
      const char *key_start = s->p;
      guint key_line = s->line;
      guint key_column = s->column;

      if (*s->p != '"')
        {
          s->failed = TRUE;
          return;
        }

      g_string_truncate (key, 0);
      scan_string (s, key);
      if (s->failed)
        return;

      append_token (s->path, key->str, key->len);
      record (s, s->keys, key_line, key_column);

      if (++n_members > VTR_JSON_MAX_ENTRIES)
        {
          g_string_truncate (s->path, path_length);
          refuse (s, VTR_JSON_PROBLEM_TOO_MANY_ENTRIES, start_line, start_column);
          return;
        }

      if (spans != NULL)
        {
          Span span = { key_start, s->p };

          if (is_duplicate_key (spans, &span_table, &span))
            {
              VtrJsonPlace place = { g_strdup (s->path->str), key_line, key_column };

              g_array_append_val (s->duplicates, place);
            }
        }

      skip_space (s);
      if (s->p >= s->end || *s->p != ':')
        {
          s->failed = TRUE;
          return;
        }
      advance (s);
      skip_space (s);

      if (s->root_arrays != NULL && s->depth == 1 && s->p < s->end && *s->p == '[')
        g_ptr_array_add (s->root_arrays, g_strndup (key->str, key->len));

      scan_value (s);
      g_string_truncate (s->path, path_length);
      if (s->failed)
        return;

      skip_space (s);
      if (s->p < s->end && *s->p == ',')
        {
          advance (s);
          skip_space (s);
          continue;
        }
      if (s->p < s->end && *s->p == '}')
        {
          advance (s);
          s->depth--;
          return;
        }

      s->failed = TRUE;
    }

  s->failed = TRUE;
}

static void
scan_array (Scanner *s)
{
  gsize path_length = s->path->len;
  guint start_line = s->line;
  guint start_column = s->column;
  guint index = 0;

  if (!enter (s, s->line, s->column))
    return;

  advance (s);
  skip_space (s);

  if (s->p < s->end && *s->p == ']')
    {
      advance (s);
      s->depth--;
      return;
    }

  while (!s->failed && s->p < s->end)
    {
      if (index >= VTR_JSON_MAX_ENTRIES)
        {
          refuse (s, VTR_JSON_PROBLEM_TOO_MANY_ENTRIES, start_line, start_column);
          return;
        }

      g_string_append_printf (s->path, "/%u", index++);
      scan_value (s);
      g_string_truncate (s->path, path_length);
      if (s->failed)
        return;

      skip_space (s);
      if (s->p < s->end && *s->p == ',')
        {
          advance (s);
          skip_space (s);
          continue;
        }
      if (s->p < s->end && *s->p == ']')
        {
          advance (s);
          s->depth--;
          return;
        }

      s->failed = TRUE;
    }

  s->failed = TRUE;
}

static void
scan_value (Scanner *s)
{
  if (s->p >= s->end)
    {
      s->failed = TRUE;
      return;
    }

  if (++s->n_values > VTR_JSON_MAX_VALUES)
    {
      refuse (s, VTR_JSON_PROBLEM_TOO_MANY_VALUES, s->line, s->column);
      return;
    }

  record (s, s->values, s->line, s->column);

  switch (*s->p)
    {
    case '{':
      scan_object (s);
      break;

    case '[':
      scan_array (s);
      break;

    case '"':
      scan_string (s, NULL);
      break;

    default:
      /* Numbers, true, false and null: their exact spelling is json-glib's business. */
      if (!g_ascii_isalnum (*s->p) && *s->p != '-' && *s->p != '+' && *s->p != '.')
        {
          s->failed = TRUE;
          return;
        }
      while (s->p < s->end &&
             (g_ascii_isalnum (*s->p) || *s->p == '-' || *s->p == '+' || *s->p == '.'))
        advance (s);
      break;
    }
}

static gboolean
scan (VtrJsonLocator *self,
      GHashTable     *values,
      GHashTable     *keys,
      GArray         *duplicates,
      GPtrArray      *root_arrays,
      VtrJsonPlace   *problem_place,
      VtrJsonProblem *problem)
{
  gsize length;
  const char *data = g_bytes_get_data (self->text, &length);
  g_autoptr(GString) path = g_string_new (NULL);
  Scanner s = {
    .p = data,
    .end = data + length,
    .line = 1,
    .column = 1,
    .path = path,
    .values = values,
    .keys = keys,
    .duplicates = duplicates,
    .root_arrays = root_arrays,
    .problem_place = problem_place,
  };
  gboolean is_object;

  /* A byte order mark is not part of the JSON text; json-glib skips it as well. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    s.p += 3;

  skip_space (&s);
  is_object = s.p < s.end && *s.p == '{';
  scan_value (&s);

  if (problem != NULL)
    *problem = s.problem;

  /* The list is only of use when it names every array of a root object. */
  if (root_arrays != NULL && (s.failed || !is_object))
    g_ptr_array_set_size (root_arrays, 0);
  return is_object && !s.failed;
}

/**
 * vtr_json_locator_new:
 * @text: the JSON text
 *
 * Walks @text once to find what goes past the limits (see #VtrJsonProblem) and keys that
 * appear twice in one object.
 *
 * Returns: (transfer full): a new locator
 */
VtrJsonLocator *
vtr_json_locator_new (GBytes *text)
{
  VtrJsonLocator *self;

  g_return_val_if_fail (text != NULL, NULL);

  self = g_new0 (VtrJsonLocator, 1);
  self->text = g_bytes_ref (text);
  self->duplicates = g_array_new (FALSE, FALSE, sizeof (VtrJsonPlace));
  g_array_set_clear_func (self->duplicates, place_clear);

  self->root_arrays = g_ptr_array_new_with_free_func (g_free);
  if (!scan (self, NULL, NULL, self->duplicates, self->root_arrays, &self->problem_place,
             &self->problem))
    g_clear_pointer (&self->root_arrays, g_ptr_array_unref);
  else
    g_ptr_array_add (self->root_arrays, NULL);

  return self;
}

void
vtr_json_locator_free (VtrJsonLocator *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->text, g_bytes_unref);
  g_clear_pointer (&self->values, g_hash_table_unref);
  g_clear_pointer (&self->keys, g_hash_table_unref);
  g_clear_pointer (&self->duplicates, g_array_unref);
  g_clear_pointer (&self->root_arrays, g_ptr_array_unref);
  g_clear_pointer (&self->problem_place.pointer, g_free);
  g_free (self);
}

static void
ensure_places (VtrJsonLocator *self)
{
  if (self->values != NULL)
    return;

  self->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  scan (self, self->values, self->keys, NULL, NULL, NULL, NULL);
}

static gboolean
find_place (GHashTable *table,
            const char *pointer,
            guint      *line,
            guint      *column)
{
  guint64 *place = g_hash_table_lookup (table, pointer);

  if (place == NULL)
    return FALSE;

  *line = (guint)(*place >> 32);
  *column = (guint)(*place & 0xFFFFFFFF);

  return TRUE;
}

/**
 * vtr_json_locator_find_value:
 * @pointer: a JSON Pointer, "" for the whole document
 *
 * Finds where the value at @pointer starts: its opening quote, brace or bracket, or the first
 * character of a number or literal. When two keys of one object have the same name, the first
 * one's place is given.
 *
 * Returns: %TRUE when the value was found
 */
gboolean
vtr_json_locator_find_value (VtrJsonLocator *self,
                             const char     *pointer,
                             guint          *line,
                             guint          *column)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (pointer != NULL, FALSE);

  ensure_places (self);

  return find_place (self->values, pointer, line, column);
}

/**
 * vtr_json_locator_find_key:
 * @pointer: the JSON Pointer of an object member
 *
 * Finds where the key of the member at @pointer starts: its opening quote.
 *
 * Returns: %TRUE when the key was found
 */
gboolean
vtr_json_locator_find_key (VtrJsonLocator *self,
                           const char     *pointer,
                           guint          *line,
                           guint          *column)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (pointer != NULL, FALSE);

  ensure_places (self);

  return find_place (self->keys, pointer, line, column);
}

/**
 * vtr_json_locator_is_too_deep:
 * @place: (out) (optional): where the nesting first went past %VTR_JSON_MAX_DEPTH; owned by
 *   the locator
 */
gboolean
vtr_json_locator_is_too_deep (VtrJsonLocator *self,
                              VtrJsonPlace   *place)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->problem != VTR_JSON_PROBLEM_TOO_DEEP)
    return FALSE;

  if (place != NULL)
    *place = self->problem_place;

  return TRUE;
}

/**
 * vtr_json_locator_get_problem:
 * @place: (out) (optional): where the walk stopped; owned by the locator
 *
 * Returns: the first limit the text goes past, or bad escape it holds; the walk stops there,
 *   so the text should not be handed to json-glib
 */
VtrJsonProblem
vtr_json_locator_get_problem (VtrJsonLocator *self,
                              VtrJsonPlace   *place)
{
  g_return_val_if_fail (self != NULL, VTR_JSON_PROBLEM_NONE);

  if (self->problem != VTR_JSON_PROBLEM_NONE && place != NULL)
    *place = self->problem_place;

  return self->problem;
}

/**
 * vtr_json_locator_get_duplicate_keys:
 *
 * Returns: (array length=n_places): the places of every key that repeats an earlier key of
 *   the same object, in document order
 */
const VtrJsonPlace *
vtr_json_locator_get_duplicate_keys (VtrJsonLocator *self,
                                     guint          *n_places)
{
  g_return_val_if_fail (self != NULL, NULL);

  *n_places = self->duplicates->len;

  return (const VtrJsonPlace *)(gpointer)self->duplicates->data;
}

/**
 * vtr_json_locator_get_root_arrays:
 *
 * Lets a reader handle the arrays of a root object one entry at a time while json-glib parses
 * the text (see JsonParser::array-element), which needs to know which member each array is.
 *
 * Returns: (transfer none) (nullable): the keys of the root object's members whose values are
 *   arrays, in the order of the text, repeats included; %NULL when the text is not an object
 *   that the walk read to its end
 */
const char * const *
vtr_json_locator_get_root_arrays (VtrJsonLocator *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->root_arrays == NULL)
    return NULL;

  return (const char * const *)self->root_arrays->pdata;
}

/**
 * vtr_json_pointer_append:
 *
 * Returns: (transfer full): @pointer with one more reference token, escaped as RFC 6901 says
 */
char *
vtr_json_pointer_append (const char *pointer,
                         const char *token)
{
  GString *path = g_string_new (pointer);

  append_token (path, token, strlen (token));

  return g_string_free (path, FALSE);
}

char *
vtr_json_pointer_append_index (const char *pointer,
                               guint       index)
{
  return g_strdup_printf ("%s/%u", pointer, index);
}
