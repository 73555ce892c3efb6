/* vtr-pack-strings.h: the translatable text of a content pack, as a gettext template
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * VtrPackString:
 * @context: the msgctxt, saying where the text lives, such as "exhibit/ipv6/title"
 * @msgid: the text as the pack's JSON holds it
 * @comment: the extracted comment for translators, naming the field
 * @references: (element-type utf8): "FILE:LINE" places of the text; more than one only when
 *   an invalid pack repeats an id
 *
 * One entry of the template. Owned by its #VtrPackStrings.
 */
typedef struct
{
  char      *context;
  char      *msgid;
  char      *comment;
  GPtrArray *references;
} VtrPackString;

#define VTR_TYPE_PACK_STRINGS (vtr_pack_strings_get_type ())

G_DECLARE_FINAL_TYPE (VtrPackStrings, vtr_pack_strings, VTR, PACK_STRINGS, GObject)

VtrPackStrings      *vtr_pack_strings_new_for_location (GFile           *location,
                                                        GError         **error);
guint                vtr_pack_strings_get_n_strings    (VtrPackStrings  *self);
const VtrPackString *vtr_pack_strings_get_string       (VtrPackStrings  *self,
                                                        guint            index);
const VtrPackString *vtr_pack_strings_lookup           (VtrPackStrings  *self,
                                                        const char      *context);
char                *vtr_pack_strings_to_pot           (VtrPackStrings  *self);

G_END_DECLS
