/* vtr-translate.c
 *
 * Content is stored as the pack wrote it and translated each time it is read, so a language
 * switch needs no reload: the next read returns the new language. The message context says
 * where a text lives ("exhibit/ipv6/title"), the same context the string extractor writes, so
 * two identical English texts can be translated differently where they mean different things.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-translate.h"

/* Bumped at every language switch, so that values built from translations can tell they are
 * stale. */
static guint serial = 1;

/**
 * vtr_translate_field:
 * @domain: (nullable): the gettext domain of the pack, or %NULL for none
 * @context: where the item lives, such as "exhibit/ipv6"
 * @field: the field, such as "title" or "body/0"
 * @text: (nullable): the text as the pack wrote it
 *
 * Returns: (nullable): the translation of @text in the current language, or @text itself
 */
const char *
vtr_translate_field (const char *domain,
                     const char *context,
                     const char *field,
                     const char *text)
{
  char msgctxt[256];
  int length;

  if (text == NULL || text[0] == '\0' || domain == NULL || context == NULL)
    return text;

  length = g_snprintf (msgctxt, sizeof msgctxt, "%s/%s", context, field);
  if (length < 0 || (gsize)length >= sizeof msgctxt)
    return text;

  return g_dpgettext2 (domain, msgctxt, text);
}

/**
 * vtr_translate_get_serial:
 *
 * Returns: a number that changes whenever the language changes
 */
guint
vtr_translate_get_serial (void)
{
  return serial;
}

/**
 * vtr_translate_changed:
 *
 * Tells the translation caches that the language has changed.
 */
void
vtr_translate_changed (void)
{
  serial++;
}
