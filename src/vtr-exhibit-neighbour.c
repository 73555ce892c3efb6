/* vtr-exhibit-neighbour.c
 *
 * The exhibit page steps through the gallery as the visitor last saw it: the same filter and
 * the same order. This file holds that logic apart from the widget, so that it can be tested
 * without a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "vtr-exhibit-neighbour.h"

/* A swipe slower than this, in pixels per second, is a slow drag (selecting text, or a hand
 * resting on a touchscreen) rather than a deliberate flick to the next exhibit. */
#define SWIPE_MIN_VELOCITY 500.0

/**
 * vtr_exhibit_neighbour_find_position:
 * @exhibits: a list of #VtrExhibit
 * @exhibit: the exhibit to look for
 * @position: (out) (optional): where to store its position
 *
 * Exhibits are compared by id rather than by pointer, so that a list from before a pack was
 * reloaded still finds the exhibit of the new pack.
 *
 * Returns: whether @exhibits holds @exhibit
 */
gboolean
vtr_exhibit_neighbour_find_position (GListModel *exhibits,
                                     VtrExhibit *exhibit,
                                     guint      *position)
{
  const char *id;
  guint n_items;

  g_return_val_if_fail (exhibits == NULL || G_IS_LIST_MODEL (exhibits), FALSE);
  g_return_val_if_fail (exhibit == NULL || VTR_IS_EXHIBIT (exhibit), FALSE);

  if (exhibits == NULL || exhibit == NULL)
    return FALSE;

  id = vtr_exhibit_get_id (exhibit);
  n_items = g_list_model_get_n_items (exhibits);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (exhibits, i);

      if (VTR_IS_EXHIBIT (item)
          && ((VtrExhibit *)item == exhibit
              || g_strcmp0 (vtr_exhibit_get_id (VTR_EXHIBIT (item)), id) == 0))
        {
          if (position != NULL)
            *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * vtr_exhibit_neighbour:
 * @exhibits: (nullable): a list of #VtrExhibit
 * @exhibit: (nullable): an exhibit in @exhibits
 * @step: how many places to move: -1 for the previous exhibit, 1 for the next
 *
 * Stepping stops at either end of the list instead of wrapping around, so that the visitor
 * knows when they have seen everything.
 *
 * Returns: (transfer full) (nullable): the exhibit @step places from @exhibit, or %NULL when
 *   @exhibit is not in the list or there is nothing that far away
 */
VtrExhibit *
vtr_exhibit_neighbour (GListModel *exhibits,
                       VtrExhibit *exhibit,
                       int         step)
{
  guint position;
  gint64 target;

  if (step == 0 || !vtr_exhibit_neighbour_find_position (exhibits, exhibit, &position))
    return NULL;

  target = (gint64)position + step;
  if (target < 0 || target >= g_list_model_get_n_items (exhibits))
    return NULL;

  return g_list_model_get_item (exhibits, (guint)target);
}

/**
 * vtr_exhibit_neighbour_in:
 * @siblings: (nullable): the exhibits the visitor came from, as the gallery showed them
 * @fallback: (nullable): all exhibits of the pack
 * @exhibit: (nullable): the exhibit shown
 * @step: how many places to move
 *
 * Steps within @siblings when it holds @exhibit. A visitor who followed a link from the
 * timeline to an exhibit that the gallery's filter hides steps through the whole pack instead.
 *
 * Returns: (transfer full) (nullable): the neighbour, or %NULL at either end
 */
VtrExhibit *
vtr_exhibit_neighbour_in (GListModel *siblings,
                          GListModel *fallback,
                          VtrExhibit *exhibit,
                          int         step)
{
  if (vtr_exhibit_neighbour_find_position (siblings, exhibit, NULL))
    return vtr_exhibit_neighbour (siblings, exhibit, step);

  return vtr_exhibit_neighbour (fallback, exhibit, step);
}

/**
 * vtr_exhibit_neighbour_step_for_key:
 * @keyval: the key pressed
 * @state: the modifiers held
 * @right_to_left: whether the page is laid out right to left
 *
 * Only bare arrow keys step: Alt+Left is the window's Back, and Ctrl or Shift with an arrow
 * belong to text selection.
 *
 * Returns: -1 for the previous exhibit, 1 for the next, 0 when the key does not step
 */
int
vtr_exhibit_neighbour_step_for_key (guint           keyval,
                                    GdkModifierType state,
                                    gboolean        right_to_left)
{
  int visual;

  if ((state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK
                | GDK_META_MASK | GDK_HYPER_MASK)) != 0)
    return 0;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      visual = -1;
      break;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      visual = 1;
      break;

    default:
      return 0;
    }

  /* In a right-to-left layout the next exhibit lies to the left. */
  return right_to_left ? -visual : visual;
}

/**
 * vtr_exhibit_neighbour_step_for_swipe:
 * @velocity_x: horizontal speed of the swipe, in pixels per second, positive to the right
 * @velocity_y: vertical speed of the swipe
 * @right_to_left: whether the page is laid out right to left
 *
 * Swiping drags the page along with the finger: a swipe to the left pulls in what lies to the
 * right, which is the next exhibit in a left-to-right layout.
 *
 * Returns: -1 for the previous exhibit, 1 for the next, 0 when the movement is too slow or
 *   mostly vertical (scrolling the page)
 */
int
vtr_exhibit_neighbour_step_for_swipe (double   velocity_x,
                                      double   velocity_y,
                                      gboolean right_to_left)
{
  int visual;

  if (fabs (velocity_x) < SWIPE_MIN_VELOCITY || fabs (velocity_x) < 2 * fabs (velocity_y))
    return 0;

  visual = velocity_x < 0 ? 1 : -1;

  return right_to_left ? -visual : visual;
}
