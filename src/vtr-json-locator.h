/* vtr-json-locator.h: lines and columns of the values in a JSON text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Deeper nesting than this is refused before json-glib, whose parser recurses, sees the text.
 * A content pack needs six levels at most. */
#define VTR_JSON_MAX_DEPTH 64

/* The longest string, in bytes of UTF-8. The longest paragraph of the built-in pack is under
 * 2 KB; a string of many megabytes can only be a mistake or an attack. */
#define VTR_JSON_MAX_STRING_LENGTH (256 * 1024)

/* The most entries of one array, or members of one object. A pack of 10,000 exhibits is the
 * largest the app is built for. */
#define VTR_JSON_MAX_ENTRIES 100000

/* The most values in one file: numbers, strings, literals, arrays and objects together. A pack
 * of 10,000 exhibits has about 400,000. This bounds the memory of the parsed tree, which is
 * several times the size of the text. */
#define VTR_JSON_MAX_VALUES 1000000

/**
 * VtrJsonProblem:
 * @VTR_JSON_PROBLEM_NONE: the text is within every limit
 * @VTR_JSON_PROBLEM_TOO_DEEP: nested more than %VTR_JSON_MAX_DEPTH levels
 * @VTR_JSON_PROBLEM_STRING_TOO_LONG: a string is longer than %VTR_JSON_MAX_STRING_LENGTH
 * @VTR_JSON_PROBLEM_TOO_MANY_ENTRIES: an array or object has more than %VTR_JSON_MAX_ENTRIES
 * @VTR_JSON_PROBLEM_TOO_MANY_VALUES: the text holds more than %VTR_JSON_MAX_VALUES values
 * @VTR_JSON_PROBLEM_BAD_ESCAPE: a \\u escape names no character: NUL, or half of a
 *   surrogate pair; json-glib would cut the string short or let invalid UTF-8 through
 *
 * What the first walk refuses, before json-glib sees the text.
 */
typedef enum
{
  VTR_JSON_PROBLEM_NONE,
  VTR_JSON_PROBLEM_TOO_DEEP,
  VTR_JSON_PROBLEM_STRING_TOO_LONG,
  VTR_JSON_PROBLEM_TOO_MANY_ENTRIES,
  VTR_JSON_PROBLEM_TOO_MANY_VALUES,
  VTR_JSON_PROBLEM_BAD_ESCAPE,
} VtrJsonProblem;

typedef struct _VtrJsonLocator VtrJsonLocator;

typedef struct
{
  char  *pointer;
  guint  line;
  guint  column;
} VtrJsonPlace;

VtrJsonLocator *vtr_json_locator_new                (GBytes          *text);
void            vtr_json_locator_free               (VtrJsonLocator  *self);
gboolean        vtr_json_locator_find_value         (VtrJsonLocator  *self,
                                                     const char      *pointer,
                                                     guint           *line,
                                                     guint           *column);
gboolean        vtr_json_locator_find_key           (VtrJsonLocator  *self,
                                                     const char      *pointer,
                                                     guint           *line,
                                                     guint           *column);
gboolean        vtr_json_locator_is_too_deep        (VtrJsonLocator  *self,
                                                     VtrJsonPlace    *place);
VtrJsonProblem  vtr_json_locator_get_problem        (VtrJsonLocator  *self,
                                                     VtrJsonPlace    *place);
const VtrJsonPlace *
                vtr_json_locator_get_duplicate_keys (VtrJsonLocator  *self,
                                                     guint           *n_places);
const char * const *
                vtr_json_locator_get_root_arrays    (VtrJsonLocator  *self);
char           *vtr_json_pointer_append             (const char      *pointer,
                                                     const char      *token);
char           *vtr_json_pointer_append_index       (const char      *pointer,
                                                     guint            index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtrJsonLocator, vtr_json_locator_free)

G_END_DECLS
