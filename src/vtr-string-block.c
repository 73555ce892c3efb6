/* vtr-string-block.c
 *
 * The models of a pack hold hundreds of thousands of short strings, and each allocation of
 * its own costs malloc's header and rounding on top of the text: a quarter more, for the
 * titles, dates and names of a pack of 10,000 exhibits. A model whose strings never change
 * after construction moves them into one block instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vtr-string-block.h"

/**
 * vtr_string_block_new:
 * @strings: (array length=n_strings): the places of strings allocated with g_malloc(), each
 *   of them %NULL or a string
 *
 * Copies the strings into one block, frees them, and points each place at its copy; %NULL
 * stays %NULL. The strings must not be freed one by one afterwards: only the block.
 *
 * Returns: (transfer full) (nullable): the block, or %NULL when every string is %NULL
 */
char *
vtr_string_block_new (char  **strings[],
                      guint   n_strings)
{
  gsize size = 0;
  char *block;
  char *p;

  for (guint i = 0; i < n_strings; i++)
    {
      if (*strings[i] != NULL)
        size += strlen (*strings[i]) + 1;
    }

  if (size == 0)
    return NULL;

  block = p = g_malloc (size);
  for (guint i = 0; i < n_strings; i++)
    {
      gsize length;

      if (*strings[i] == NULL)
        continue;

      length = strlen (*strings[i]) + 1;
      memcpy (p, *strings[i], length);
      g_free (*strings[i]);
      *strings[i] = p;
      p += length;
    }

  return block;
}

/**
 * vtr_string_block_new_strv:
 * @strv: (transfer full) (nullable): a string array allocated with g_malloc()
 *
 * Returns: (transfer full) (nullable): a copy of @strv in one block, the array followed by its
 *   strings, to be freed with g_free() rather than g_strfreev(); @strv is freed
 */
char **
vtr_string_block_new_strv (char **strv)
{
  gsize length;
  gsize size;
  char **copy;
  char *p;

  if (strv == NULL)
    return NULL;

  length = g_strv_length (strv);
  size = (length + 1) * sizeof (char *);
  for (gsize i = 0; i < length; i++)
    size += strlen (strv[i]) + 1;

  copy = g_malloc (size);
  p = (char *)(copy + length + 1);
  for (gsize i = 0; i < length; i++)
    {
      gsize bytes = strlen (strv[i]) + 1;

      memcpy (p, strv[i], bytes);
      copy[i] = p;
      p += bytes;
    }
  copy[length] = NULL;
  g_strfreev (strv);

  return copy;
}
