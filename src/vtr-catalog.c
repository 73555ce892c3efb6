/* vtr-catalog.c
 *
 * The validator counts a pack's untranslated strings per language. gettext itself cannot say
 * whether a message has a translation (it returns the original either way), so this reads the
 * .mo file: a header, then a table of original strings, each "CONTEXT\004MSGID". msgfmt leaves
 * untranslated and fuzzy messages out, so a message listed there is translated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vtr-catalog.h"

#define MO_MAGIC 0x950412de
#define MO_MAGIC_SWAPPED 0xde120495

static gboolean
read_u32 (const guint8 *data,
          gsize         length,
          gsize         offset,
          gboolean      swapped,
          guint32      *value)
{
  guint32 raw;

  if (offset > length || length - offset < 4)
    return FALSE;

  memcpy (&raw, data + offset, 4);
  *value = swapped ? GUINT32_SWAP_LE_BE (raw) : raw;

  return TRUE;
}

/**
 * vtr_catalog_key:
 *
 * Returns: (transfer full): the key gettext files a message under: "CONTEXT\004MSGID"
 */
char *
vtr_catalog_key (const char *context,
                 const char *msgid)
{
  return context != NULL ? g_strdup_printf ("%s\004%s", context, msgid) : g_strdup (msgid);
}

/**
 * vtr_catalog_read_keys:
 * @file: a compiled catalog (.mo)
 *
 * Returns: (transfer full): the set of keys (see vtr_catalog_key()) of the messages the catalog
 *   translates, or %NULL with @error set when @file is not a readable catalog
 */
GHashTable *
vtr_catalog_read_keys (GFile   *file,
                       GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GHashTable) keys = NULL;
  const guint8 *data;
  gsize length;
  guint32 magic, count, originals;
  gboolean swapped;

  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  if (!read_u32 (data, length, 0, FALSE, &magic) ||
      (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED))
    goto invalid;

  swapped = magic == MO_MAGIC_SWAPPED;
  if (!read_u32 (data, length, 8, swapped, &count) ||
      !read_u32 (data, length, 12, swapped, &originals))
    goto invalid;

  keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint32 i = 0; i < count; i++)
    {
      guint32 string_length, string_offset;

      if (!read_u32 (data, length, (gsize)originals + 8 * (gsize)i, swapped, &string_length) ||
          !read_u32 (data, length, (gsize)originals + 8 * (gsize)i + 4, swapped,
                     &string_offset) ||
          string_offset > length || length - string_offset < string_length)
        goto invalid;

      /* The header is the empty message; it is no translation. */
      if (string_length > 0)
        g_hash_table_add (keys, g_strndup ((const char *)data + string_offset, string_length));
    }

  return g_steal_pointer (&keys);

invalid:
  {
    g_autofree char *name = g_file_get_parse_name (file);

    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                 _("%s is not a compiled gettext catalog"), name);
  }
  return NULL;
}
