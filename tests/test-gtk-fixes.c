/* test-icon-keeper.c: icons dropped on a worker thread are kept, not finalized there
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-icon-keeper.h"
#include "vtr-test-utils.h"

#define ICON_URI \
  "resource:///io/github/vitrine/Vitrine/icons/scalable/actions/vtr-figure-symbolic.svg"

static gpointer
drop_icon_thread (gpointer icon)
{
  g_object_unref (icon);

  return NULL;
}

static GtkIconPaintable *
new_icon (void)
{
  g_autoptr(GFile) file = g_file_new_for_uri (ICON_URI);

  return gtk_icon_paintable_new_for_file (file, 16, 1);
}

/* GTK's icon cache can hand out an icon that a worker thread is finalizing; the keeper makes
 * sure no worker thread finalizes one. */
static void
test_dropped_in_worker_is_kept (void)
{
  GtkIconPaintable *icon = new_icon ();
  guint n_kept = vtr_icon_keeper_get_n_kept ();
  GThread *worker;

  g_object_add_weak_pointer (G_OBJECT (icon), (gpointer *)&icon);
  worker = g_thread_new ("drop-icon", drop_icon_thread, icon);
  g_thread_join (worker);
  vtr_test_spin (10);

  g_assert_nonnull (icon);
  g_assert_cmpuint (vtr_icon_keeper_get_n_kept (), ==, n_kept + 1);
}

static void
test_dropped_on_main_thread_is_finalized (void)
{
  GtkIconPaintable *icon = new_icon ();
  guint n_kept = vtr_icon_keeper_get_n_kept ();

  g_assert_finalize_object (icon);
  g_assert_cmpuint (vtr_icon_keeper_get_n_kept (), ==, n_kept);
}

int
main (int   argc,
      char *argv[])
{
  vtr_test_init_with_display (&argc, &argv);

  g_test_add_func ("/icon-keeper/dropped-in-worker-is-kept", test_dropped_in_worker_is_kept);
  g_test_add_func ("/icon-keeper/dropped-on-main-thread-is-finalized",
                   test_dropped_on_main_thread_is_finalized);

  return g_test_run ();
}
