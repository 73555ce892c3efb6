/* vtr-attract-view.h: the kiosk's idle screen, which invites a visitor in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vtr-pack.h"

G_BEGIN_DECLS

#define VTR_TYPE_ATTRACT_VIEW (vtr_attract_view_get_type ())

G_DECLARE_FINAL_TYPE (VtrAttractView, vtr_attract_view, VTR, ATTRACT_VIEW, AdwBin)

GtkWidget  *vtr_attract_view_new              (void);
VtrPack    *vtr_attract_view_get_pack         (VtrAttractView *self);
void        vtr_attract_view_set_pack         (VtrAttractView *self,
                                               VtrPack        *pack);
void        vtr_attract_view_retranslate      (VtrAttractView *self);
const char *vtr_attract_view_get_language     (VtrAttractView *self);
void        vtr_attract_view_set_language     (VtrAttractView *self,
                                               const char     *language);
guint       vtr_attract_view_get_n_slides     (VtrAttractView *self);
guint       vtr_attract_view_get_slide        (VtrAttractView *self);
void        vtr_attract_view_show_slide       (VtrAttractView *self,
                                               guint           index);
char       *vtr_attract_view_translate_prompt (const char     *language);

G_END_DECLS
