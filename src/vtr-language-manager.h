/* vtr-language-manager.h: the language Vitrine speaks, switched while it runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define VTR_TYPE_LANGUAGE_MANAGER (vtr_language_manager_get_type ())

G_DECLARE_FINAL_TYPE (VtrLanguageManager, vtr_language_manager, VTR, LANGUAGE_MANAGER, GObject)

VtrLanguageManager *vtr_language_manager_get_default  (void);
const char         *vtr_language_manager_get_language (VtrLanguageManager  *self);
void                vtr_language_manager_set_language (VtrLanguageManager  *self,
                                                       const char          *code);
char               *vtr_language_pick                 (const char * const  *offered,
                                                       const char          *pinned,
                                                       const char * const  *preferred);
const char         *vtr_language_get_native_name      (const char          *code);
gboolean            vtr_language_is_right_to_left     (const char          *code);

G_END_DECLS
