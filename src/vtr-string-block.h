/* vtr-string-block.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char  *vtr_string_block_new      (char  **strings[],
                                  guint   n_strings);
char **vtr_string_block_new_strv (char  **strv);

G_END_DECLS
