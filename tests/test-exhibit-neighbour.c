/* test-exhibit-neighbour.c: stepping from one exhibit to the next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-exhibit-neighbour.h"
#include "vtr-test-utils.h"

static VtrExhibit *
new_exhibit (const char *id)
{
  return g_object_new (VTR_TYPE_EXHIBIT, "id", id, "title", id, NULL);
}

/* A list of exhibits named by the letters of @ids: "abc" makes a, b and c. */
static GListModel *
new_list (const char *ids)
{
  GListStore *store = g_list_store_new (VTR_TYPE_EXHIBIT);

  for (const char *c = ids; *c != '\0'; c++)
    {
      char id[2] = { *c, '\0' };
      g_autoptr(VtrExhibit) exhibit = new_exhibit (id);

      g_list_store_append (store, exhibit);
    }

  return G_LIST_MODEL (store);
}

static void
assert_neighbour (VtrExhibit *neighbour,
                  const char *expected_id)
{
  g_autoptr(VtrExhibit) owned = neighbour;

  if (expected_id == NULL)
    g_assert_null (owned);
  else
    g_assert_cmpstr (owned != NULL ? vtr_exhibit_get_id (owned) : NULL, ==, expected_id);
}

static void
test_middle (void)
{
  g_autoptr(GListModel) list = new_list ("abc");

  assert_neighbour (vtr_exhibit_neighbour (list, vtr_test_item_at (list, 1), -1), "a");
  assert_neighbour (vtr_exhibit_neighbour (list, vtr_test_item_at (list, 1), 1), "c");
  assert_neighbour (vtr_exhibit_neighbour (list, vtr_test_item_at (list, 1), 0), NULL);
}

static void
test_first (void)
{
  g_autoptr(GListModel) list = new_list ("abc");

  assert_neighbour (vtr_exhibit_neighbour (list, vtr_test_item_at (list, 0), -1), NULL);
  assert_neighbour (vtr_exhibit_neighbour (list, vtr_test_item_at (list, 0), 1), "b");
}

static void
test_last (void)
{
  g_autoptr(GListModel) list = new_list ("abc");

  assert_neighbour (vtr_exhibit_neighbour (list, vtr_test_item_at (list, 2), -1), "b");
  assert_neighbour (vtr_exhibit_neighbour (list, vtr_test_item_at (list, 2), 1), NULL);
  assert_neighbour (vtr_exhibit_neighbour (list, vtr_test_item_at (list, 2), 2), NULL);
  assert_neighbour (vtr_exhibit_neighbour (list, vtr_test_item_at (list, 2), -2), "a");
}

static void
test_single (void)
{
  g_autoptr(GListModel) list = new_list ("a");

  assert_neighbour (vtr_exhibit_neighbour (list, vtr_test_item_at (list, 0), -1), NULL);
  assert_neighbour (vtr_exhibit_neighbour (list, vtr_test_item_at (list, 0), 1), NULL);
}

static void
test_not_found (void)
{
  g_autoptr(GListModel) list = new_list ("abc");
  g_autoptr(GListModel) empty = new_list ("");
  g_autoptr(VtrExhibit) stranger = new_exhibit ("z");
  guint position = 42;

  g_assert_false (vtr_exhibit_neighbour_find_position (list, stranger, &position));
  g_assert_cmpuint (position, ==, 42);
  assert_neighbour (vtr_exhibit_neighbour (list, stranger, 1), NULL);
  assert_neighbour (vtr_exhibit_neighbour (empty, stranger, 1), NULL);
  assert_neighbour (vtr_exhibit_neighbour (NULL, stranger, 1), NULL);
  assert_neighbour (vtr_exhibit_neighbour (list, NULL, 1), NULL);
}

static void
test_same_id_other_object (void)
{
  g_autoptr(GListModel) list = new_list ("abc");
  g_autoptr(VtrExhibit) reloaded = new_exhibit ("b");
  guint position;

  /* After a pack is reloaded the objects differ, but the ids still match. */
  g_assert_true (vtr_exhibit_neighbour_find_position (list, reloaded, &position));
  g_assert_cmpuint (position, ==, 1);
  assert_neighbour (vtr_exhibit_neighbour (list, reloaded, 1), "c");
}

static void
test_siblings_then_fallback (void)
{
  g_autoptr(GListModel) all = new_list ("abcde");
  g_autoptr(GListModel) filtered = new_list ("eca");
  g_autoptr(VtrExhibit) b = new_exhibit ("b");
  g_autoptr(VtrExhibit) c = new_exhibit ("c");

  /* In the filtered list, in its order. */
  assert_neighbour (vtr_exhibit_neighbour_in (filtered, all, c, 1), "a");
  assert_neighbour (vtr_exhibit_neighbour_in (filtered, all, c, -1), "e");

  /* Not in the filtered list: through the whole pack. */
  assert_neighbour (vtr_exhibit_neighbour_in (filtered, all, b, 1), "c");
  assert_neighbour (vtr_exhibit_neighbour_in (filtered, all, b, -1), "a");

  /* No siblings at all. */
  assert_neighbour (vtr_exhibit_neighbour_in (NULL, all, b, 1), "c");
  assert_neighbour (vtr_exhibit_neighbour_in (NULL, NULL, b, 1), NULL);
}

static void
test_keys (void)
{
  g_assert_cmpint (vtr_exhibit_neighbour_step_for_key (GDK_KEY_Right, 0, FALSE), ==, 1);
  g_assert_cmpint (vtr_exhibit_neighbour_step_for_key (GDK_KEY_Left, 0, FALSE), ==, -1);
  g_assert_cmpint (vtr_exhibit_neighbour_step_for_key (GDK_KEY_KP_Right, 0, FALSE), ==, 1);

  /* Right to left: the next exhibit lies to the left. */
  g_assert_cmpint (vtr_exhibit_neighbour_step_for_key (GDK_KEY_Right, 0, TRUE), ==, -1);
  g_assert_cmpint (vtr_exhibit_neighbour_step_for_key (GDK_KEY_Left, 0, TRUE), ==, 1);

  /* Caps Lock does not get in the way; Alt+Left is Back, Shift and Ctrl select text. */
  g_assert_cmpint (vtr_exhibit_neighbour_step_for_key (GDK_KEY_Right, GDK_LOCK_MASK, FALSE),
                   ==, 1);
  g_assert_cmpint (vtr_exhibit_neighbour_step_for_key (GDK_KEY_Left, GDK_ALT_MASK, FALSE), ==, 0);
  g_assert_cmpint (vtr_exhibit_neighbour_step_for_key (GDK_KEY_Left, GDK_SHIFT_MASK, FALSE),
                   ==, 0);
  g_assert_cmpint (vtr_exhibit_neighbour_step_for_key (GDK_KEY_Right, GDK_CONTROL_MASK, FALSE),
                   ==, 0);

  g_assert_cmpint (vtr_exhibit_neighbour_step_for_key (GDK_KEY_Up, 0, FALSE), ==, 0);
  g_assert_cmpint (vtr_exhibit_neighbour_step_for_key (GDK_KEY_space, 0, FALSE), ==, 0);
}

static void
test_swipes (void)
{
  /* A flick to the left pulls in the next exhibit. */
  g_assert_cmpint (vtr_exhibit_neighbour_step_for_swipe (-1500, 0, FALSE), ==, 1);
  g_assert_cmpint (vtr_exhibit_neighbour_step_for_swipe (1500, 100, FALSE), ==, -1);
  g_assert_cmpint (vtr_exhibit_neighbour_step_for_swipe (-1500, 0, TRUE), ==, -1);
  g_assert_cmpint (vtr_exhibit_neighbour_step_for_swipe (1500, 0, TRUE), ==, 1);

  /* Too slow: a drag that selects text. Mostly vertical: scrolling. */
  g_assert_cmpint (vtr_exhibit_neighbour_step_for_swipe (-100, 0, FALSE), ==, 0);
  g_assert_cmpint (vtr_exhibit_neighbour_step_for_swipe (-1500, 1400, FALSE), ==, 0);
  g_assert_cmpint (vtr_exhibit_neighbour_step_for_swipe (0, 0, FALSE), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exhibit-neighbour/middle", test_middle);
  g_test_add_func ("/exhibit-neighbour/first", test_first);
  g_test_add_func ("/exhibit-neighbour/last", test_last);
  g_test_add_func ("/exhibit-neighbour/single", test_single);
  g_test_add_func ("/exhibit-neighbour/not-found", test_not_found);
  g_test_add_func ("/exhibit-neighbour/same-id-other-object", test_same_id_other_object);
  g_test_add_func ("/exhibit-neighbour/siblings-then-fallback", test_siblings_then_fallback);
  g_test_add_func ("/exhibit-neighbour/keys", test_keys);
  g_test_add_func ("/exhibit-neighbour/swipes", test_swipes);

  return g_test_run ();
}
