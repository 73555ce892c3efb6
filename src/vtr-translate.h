/* vtr-translate.h: content text in the visitor's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *vtr_translate_field      (const char *domain,
                                      const char *context,
                                      const char *field,
                                      const char *text);
guint       vtr_translate_get_serial (void);
void        vtr_translate_changed    (void);

G_END_DECLS
