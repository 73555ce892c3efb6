/* vtr-icon-keeper.c: icons that would die on a worker thread are kept instead
 *
 * GTK 4.8's icon theme keeps the icons it has looked up in a cache that does not own them: an
 * icon takes itself out of the cache when it is finalized. A widget that shows an icon has it
 * loaded on a worker thread, and the loading task holds the icon. When the widget is gone
 * before the load ends, the task drops the icon's last reference on the worker thread, and
 * between the count reaching zero and the icon taking itself out of the cache, the main thread
 * can find it there and take a reference on an object being finalized: a critical in
 * gtk_icon_theme_lookup_icon(), then a crash. A kiosk that rebuilds its screens for thousands
 * of visitors met it a few hundred sessions into a soak, and a loop of icon lookups on a busy
 * machine meets it within a minute.
 *
 * So an icon whose last reference is dropped on any thread but GTK's is never finalized: its
 * dispose gives it a reference that this file keeps for the life of the process. Letting go of
 * that reference later on the main thread would not do, because GObject's unref on the worker
 * can still be running and would then finalize the icon itself. A kept icon stays in the theme's
 * cache, so later lookups of the same icon get it back and it is not kept twice: what is kept
 * is bounded by the icons the application shows, at each size and text direction, unless the
 * icon theme itself changes. The window soak prints how many were kept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-icon-keeper.h"

static GThread *gtk_thread;
static void (*gtk_icon_paintable_dispose) (GObject *object);
static GMutex kept_lock;
static GPtrArray *kept;

static void
icon_paintable_dispose (GObject *object)
{
  if (g_thread_self () != gtk_thread)
    {
      /* GObject finalizes nothing that dispose gave a new reference to. */
      g_mutex_lock (&kept_lock);
      g_ptr_array_add (kept, g_object_ref (object));
      g_mutex_unlock (&kept_lock);
      return;
    }

  gtk_icon_paintable_dispose (object);
}

/**
 * vtr_icon_keeper_install:
 *
 * Keeps every `GtkIconPaintable` whose last reference is dropped on a thread other than the
 * calling one, which must be the thread that runs GTK. Call it once GTK is initialized and
 * before any icon is shown; calling it again does nothing.
 */
void
vtr_icon_keeper_install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      /* The class reference is never given back, so the class and its new dispose stay. */
      GObjectClass *icon_class = g_type_class_ref (GTK_TYPE_ICON_PAINTABLE);

      gtk_thread = g_thread_self ();
      kept = g_ptr_array_new ();
      gtk_icon_paintable_dispose = icon_class->dispose;
      icon_class->dispose = icon_paintable_dispose;
      g_once_init_leave (&installed, 1);
    }
}

/**
 * vtr_icon_keeper_get_n_kept:
 *
 * Returns: how many icons have been kept alive so far
 */
guint
vtr_icon_keeper_get_n_kept (void)
{
  guint n_kept;

  g_mutex_lock (&kept_lock);
  n_kept = kept != NULL ? kept->len : 0;
  g_mutex_unlock (&kept_lock);

  return n_kept;
}
