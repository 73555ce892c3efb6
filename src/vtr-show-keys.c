/* vtr-show-keys.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-show-keys.h"

/**
 * vtr_show_key_lookup:
 * @keyval: the key pressed
 * @modifiers: the modifiers held
 * @digit: (out) (optional): the digit, for %VTR_SHOW_KEY_DIGIT
 *
 * Maps a key press to what it does in presenter mode. Keys with Control or Alt are left to
 * the application's own shortcuts, such as Control+Q.
 *
 * Returns: what the key does, or %VTR_SHOW_KEY_NONE
 */
VtrShowKey
vtr_show_key_lookup (guint            keyval,
                     GdkModifierType  modifiers,
                     guint           *digit)
{
  if (digit != NULL)
    *digit = 0;

  if (modifiers & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return VTR_SHOW_KEY_NONE;

  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    {
      if (digit != NULL)
        *digit = keyval - GDK_KEY_0;
      return VTR_SHOW_KEY_DIGIT;
    }
  if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    {
      if (digit != NULL)
        *digit = keyval - GDK_KEY_KP_0;
      return VTR_SHOW_KEY_DIGIT;
    }

  switch (gdk_keyval_to_lower (keyval))
    {
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
    case GDK_KEY_space:
    case GDK_KEY_n:
      return VTR_SHOW_KEY_NEXT;

    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
    case GDK_KEY_BackSpace:
    case GDK_KEY_p:
      return VTR_SHOW_KEY_PREVIOUS;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      return VTR_SHOW_KEY_FIRST;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      return VTR_SHOW_KEY_LAST;

    case GDK_KEY_b:
    case GDK_KEY_period:
    case GDK_KEY_KP_Decimal:
      return VTR_SHOW_KEY_BLACK;

    case GDK_KEY_w:
    case GDK_KEY_comma:
      return VTR_SHOW_KEY_WHITE;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      return VTR_SHOW_KEY_GO_TYPED;

    case GDK_KEY_g:
      return VTR_SHOW_KEY_CHOOSE_STOP;

    case GDK_KEY_t:
      return VTR_SHOW_KEY_RESET_TIMER;

    case GDK_KEY_f:
      return VTR_SHOW_KEY_FULLSCREEN;

    case GDK_KEY_s:
      return VTR_SHOW_KEY_SWAP_SCREENS;

    case GDK_KEY_Escape:
      return VTR_SHOW_KEY_LEAVE;

    default:
      return VTR_SHOW_KEY_NONE;
    }
}
