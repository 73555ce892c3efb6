/* vtr-catalog.h: which messages a compiled gettext catalog translates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GHashTable *vtr_catalog_read_keys (GFile   *file,
                                   GError **error);
char       *vtr_catalog_key       (const char *context,
                                   const char *msgid);

G_END_DECLS
