/* vtr-icon-keeper.h: icons that would die on a worker thread are kept instead
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void  vtr_icon_keeper_install    (void);
guint vtr_icon_keeper_get_n_kept (void);

G_END_DECLS
