/* test-gtk-fixes.c: the workarounds for GTK 4.8's bugs (src/vtr-gtk-fixes.c) hold
 *
 * Icons dropped on a worker thread are kept, not finalized there; a scrolled window that is
 * unrealized leaves no handler behind on the display's settings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-gtk-fixes.h"
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

static guint
count_settings_handlers (gpointer data)
{
  GtkSettings *settings = gtk_settings_get_default ();
  guint n = 0;
  gulong id;

  /* Each one found is blocked, so that the next search finds the next one. */
  while ((id = g_signal_handler_find (settings, G_SIGNAL_MATCH_DATA | G_SIGNAL_MATCH_UNBLOCKED,
                                      0, 0, NULL, NULL, data)) != 0)
    {
      g_signal_handler_block (settings, id);
      n++;
    }
  g_signal_handlers_unblock_matched (settings, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, data);

  return n;
}

/* A kiosk realizes and unrealizes a scrolled window for every page a visitor opens. */
static void
test_scrolled_window_leaves_no_handler (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  g_object_ref_sink (scrolled);
  gtk_window_present (GTK_WINDOW (window));
  vtr_test_spin (20);

  for (guint i = 0; i < 3; i++)
    {
      gtk_window_set_child (GTK_WINDOW (window), scrolled);
      vtr_test_spin (20);
      g_assert_true (gtk_widget_get_realized (scrolled));
      /* While it is realized, the scrolled window follows the overlay-scrolling setting. */
      g_assert_cmpuint (count_settings_handlers (scrolled), ==, 1);

      gtk_window_set_child (GTK_WINDOW (window), NULL);
      vtr_test_spin (20);
      g_assert_false (gtk_widget_get_realized (scrolled));
      g_assert_cmpuint (count_settings_handlers (scrolled), ==, 0);
    }

  g_assert_finalize_object (scrolled);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  vtr_test_init_with_display (&argc, &argv);

  g_test_add_func ("/gtk-fixes/icon-dropped-in-worker-is-kept", test_dropped_in_worker_is_kept);
  g_test_add_func ("/gtk-fixes/icon-dropped-on-main-thread-is-finalized",
                   test_dropped_on_main_thread_is_finalized);

  g_test_add_func ("/gtk-fixes/scrolled-window-leaves-no-handler",
                   test_scrolled_window_leaves_no_handler);

  return g_test_run ();
}
