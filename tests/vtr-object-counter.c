/* vtr-object-counter.c: live GObjects and resident memory, for the soak tests
 *
 * Debian's GLib is built without instance counting (g_type_get_instance_count() is always 0),
 * so this counts live GObjects itself: vtr_object_counter_start() wraps the constructed and
 * finalize methods of every leaf GObject class registered so far, ours and GLib's and GTK's
 * alike, and keeps the set of objects constructed since and not yet finalized. Classes derived
 * later inherit the wrappers. Call it once every type in use is registered, and only once.
 *
 * Objects of a class that has subclasses (a plain GtkButton, say) are not counted, because
 * only leaves are wrapped; their parts are (a widget's CSS node and accessibility context, its
 * controllers), so a leak of them still shows in the count.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include "vtr-object-counter.h"

typedef void (*ObjectFunc) (GObject *object);

static GMutex counting_lock;
static GHashTable *live_objects;
static GHashTable *original_constructed;
static GHashTable *original_finalize;

/* The method a wrapped class had; a class derived later inherits its ancestor's. */
static ObjectFunc
find_original (GHashTable *originals,
               GType       type)
{
  for (; type != 0; type = g_type_parent (type))
    {
      ObjectFunc func = g_hash_table_lookup (originals, GSIZE_TO_POINTER (type));

      if (func != NULL)
        return func;
    }

  g_assert_not_reached ();
}

static void
counting_constructed (GObject *object)
{
  ObjectFunc original;

  g_mutex_lock (&counting_lock);
  g_hash_table_add (live_objects, object);
  original = find_original (original_constructed, G_OBJECT_TYPE (object));
  g_mutex_unlock (&counting_lock);

  original (object);
}

static void
counting_finalize (GObject *object)
{
  ObjectFunc original;

  g_mutex_lock (&counting_lock);
  g_hash_table_remove (live_objects, object);
  original = find_original (original_finalize, G_OBJECT_TYPE (object));
  g_mutex_unlock (&counting_lock);

  original (object);
}

/* Only leaves are wrapped, so that no chain of parent calls meets the wrapper twice. */
static void
wrap_leaves (GType  type,
             guint *n_wrapped)
{
  g_autofree GType *children = NULL;
  guint n_children;
  GObjectClass *klass;

  children = g_type_children (type, &n_children);
  for (guint i = 0; i < n_children; i++)
    wrap_leaves (children[i], n_wrapped);

  if (n_children > 0 || G_TYPE_IS_ABSTRACT (type))
    return;

  /* Kept for good, so that the wrapped methods stay in place. */
  klass = g_type_class_ref (type);
  g_hash_table_insert (original_constructed, GSIZE_TO_POINTER (type), klass->constructed);
  g_hash_table_insert (original_finalize, GSIZE_TO_POINTER (type), klass->finalize);
  klass->constructed = counting_constructed;
  klass->finalize = counting_finalize;
  (*n_wrapped)++;
}

guint
vtr_object_counter_start (void)
{
  guint n_wrapped = 0;

  live_objects = g_hash_table_new (NULL, NULL);
  original_constructed = g_hash_table_new (NULL, NULL);
  original_finalize = g_hash_table_new (NULL, NULL);

  g_mutex_lock (&counting_lock);
  wrap_leaves (G_TYPE_OBJECT, &n_wrapped);
  g_mutex_unlock (&counting_lock);

  return n_wrapped;
}

guint
vtr_object_counter_get_live (void)
{
  guint n;

  g_mutex_lock (&counting_lock);
  n = g_hash_table_size (live_objects);
  g_mutex_unlock (&counting_lock);

  return n;
}

gsize
vtr_resident_bytes (void)
{
  g_autofree char *statm = NULL;
  unsigned long size = 0, resident = 0;

  g_assert_true (g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL));
  g_assert_cmpint (sscanf (statm, "%lu %lu", &size, &resident), ==, 2);

  return (gsize)resident * (gsize)sysconf (_SC_PAGESIZE);
}


static int
compare_counts (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  GHashTable *counts = user_data;
  guint count_a = GPOINTER_TO_UINT (g_hash_table_lookup (counts, *(gpointer *)a));
  guint count_b = GPOINTER_TO_UINT (g_hash_table_lookup (counts, *(gpointer *)b));

  return (count_b > count_a) - (count_b < count_a);
}

char *
vtr_object_counter_describe (guint n_types)
{
  g_autoptr(GHashTable) counts = vtr_object_counter_snapshot ();
  g_autoptr(GPtrArray) types = g_ptr_array_new ();
  g_autoptr(GString) description = g_string_new (NULL);
  GHashTableIter iter;
  gpointer type;

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &type, NULL))
    g_ptr_array_add (types, type);
  g_ptr_array_sort_with_data (types, compare_counts, counts);
  for (guint i = 0; i < MIN (n_types, types->len); i++)
    g_string_append_printf (description, "%s%s %u", i > 0 ? ", " : "",
                            g_type_name (GPOINTER_TO_SIZE (types->pdata[i])),
                            GPOINTER_TO_UINT (g_hash_table_lookup (counts, types->pdata[i])));

  return g_string_free (g_steal_pointer (&description), FALSE);
}

/* Returns a new reference to every live object of @type (or derived from it), so that a test
 * can tell what the ones left over are. */
GPtrArray *
vtr_object_counter_collect (GType type)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer object;

  g_mutex_lock (&counting_lock);
  g_hash_table_iter_init (&iter, live_objects);
  while (g_hash_table_iter_next (&iter, &object, NULL))
    {
      if (g_type_is_a (G_OBJECT_TYPE (object), type))
        g_ptr_array_add (found, g_object_ref (object));
    }
  g_mutex_unlock (&counting_lock);

  return found;
}

/* Returns how many live objects each class has, keyed by GType. */
GHashTable *
vtr_object_counter_snapshot (void)
{
  GHashTable *counts = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer object;

  g_mutex_lock (&counting_lock);
  g_hash_table_iter_init (&iter, live_objects);
  while (g_hash_table_iter_next (&iter, &object, NULL))
    {
      gpointer type = GSIZE_TO_POINTER (G_OBJECT_TYPE (object));

      g_hash_table_insert (counts, type,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, type))
                                             + 1));
    }
  g_mutex_unlock (&counting_lock);

  return counts;
}

/* Describes the classes whose counts differ between two snapshots, largest change first. */
char *
vtr_object_counter_describe_change (GHashTable *before,
                                    GHashTable *after)
{
  g_autoptr(GHashTable) change = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) types = g_ptr_array_new ();
  g_autoptr(GString) description = g_string_new (NULL);
  GHashTableIter iter;
  gpointer type, count;

  g_hash_table_iter_init (&iter, after);
  while (g_hash_table_iter_next (&iter, &type, &count))
    g_hash_table_insert (change, type, GINT_TO_POINTER (GPOINTER_TO_INT (count)));
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &type, &count))
    g_hash_table_insert (change, type,
                         GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (change, type))
                                          - GPOINTER_TO_INT (count)));

  g_hash_table_iter_init (&iter, change);
  while (g_hash_table_iter_next (&iter, &type, &count))
    if (GPOINTER_TO_INT (count) != 0)
      g_ptr_array_add (types, type);

  for (guint i = 0; i < types->len; i++)
    {
      int n = GPOINTER_TO_INT (g_hash_table_lookup (change, types->pdata[i]));

      g_string_append_printf (description, "%s%s %+d", i > 0 ? ", " : "",
                              g_type_name (GPOINTER_TO_SIZE (types->pdata[i])), n);
    }

  return g_string_free (g_steal_pointer (&description), FALSE);
}
