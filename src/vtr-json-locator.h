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
const VtrJsonPlace *
                vtr_json_locator_get_duplicate_keys (VtrJsonLocator  *self,
                                                     guint           *n_places);
char           *vtr_json_pointer_append             (const char      *pointer,
                                                     const char      *token);
char           *vtr_json_pointer_append_index       (const char      *pointer,
                                                     guint            index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtrJsonLocator, vtr_json_locator_free)

G_END_DECLS
