/* vtr-show-keys.h: the keys of presenter mode, as clickers send them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gdk/gdk.h>

G_BEGIN_DECLS

typedef enum
{
  VTR_SHOW_KEY_NONE,
  VTR_SHOW_KEY_NEXT,
  VTR_SHOW_KEY_PREVIOUS,
  VTR_SHOW_KEY_FIRST,
  VTR_SHOW_KEY_LAST,
  VTR_SHOW_KEY_BLACK,
  VTR_SHOW_KEY_WHITE,
  VTR_SHOW_KEY_DIGIT,
  VTR_SHOW_KEY_GO_TYPED,
  VTR_SHOW_KEY_CHOOSE_STOP,
  VTR_SHOW_KEY_RESET_TIMER,
  VTR_SHOW_KEY_FULLSCREEN,
  VTR_SHOW_KEY_SWAP_SCREENS,
  VTR_SHOW_KEY_LEAVE,
} VtrShowKey;

VtrShowKey vtr_show_key_lookup (guint            keyval,
                                GdkModifierType  modifiers,
                                guint           *digit);

G_END_DECLS
