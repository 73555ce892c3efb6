/* vtr-test-utils.c: plumbing shared by the unit and widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-test-utils.h"

#include "vtr-gtk-fixes.h"

typedef struct
{
  const guint *counter;
  guint        target;
} CountTarget;

static gboolean
count_reached (gconstpointer data)
{
  const CountTarget *count = data;

  return *count->counter >= count->target;
}

static gboolean
set_flag_cb (gpointer user_data)
{
  gboolean *flag = user_data;

  *flag = TRUE;

  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the predicate holds or the time is up. A timeout source wakes the
 * loop, so that it can block between events instead of burning a core while it waits. */
static gboolean
iterate_until (VtrTestPredicate predicate,
               gconstpointer    data,
               guint            timeout_ms)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add (timeout_ms, set_flag_cb, &timed_out);

  while (!timed_out && (predicate == NULL || !predicate (data)))
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (timeout_id);

  return predicate != NULL && predicate (data);
}

static void
record_activation_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  GPtrArray *activations = user_data;

  g_ptr_array_add (activations,
                   g_strdup_printf ("%s %s", g_action_get_name (G_ACTION (action)),
                                    g_variant_get_string (parameter, NULL)));
}

static gboolean
has_type (GtkWidget     *widget,
          gconstpointer  data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

static gboolean
is_label_with_text (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

static gboolean
is_button_for_action (GtkWidget     *widget,
                      gconstpointer  data)
{
  return GTK_IS_BUTTON (widget)
         && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), data) == 0;
}

/* Lets the main loop run for a while, for layout, animations and idle work to settle. */
void
vtr_test_spin (guint milliseconds)
{
  iterate_until (NULL, NULL, milliseconds);
}

/* Returns whether @predicate held before @timeout_ms ran out; callers assert on it. */
gboolean
vtr_test_wait_until (VtrTestPredicate predicate,
                     gconstpointer    data,
                     guint            timeout_ms)
{
  g_return_val_if_fail (predicate != NULL, FALSE);

  return iterate_until (predicate, data, timeout_ms);
}

/* Waits until a counter that callbacks bump reaches @target. */
gboolean
vtr_test_wait_for_count (const guint *counter,
                         guint        target,
                         guint        timeout_ms)
{
  CountTarget count = { counter, target };

  return vtr_test_wait_until (count_reached, &count, timeout_ms);
}

/* A file or folder below tests/ in the source tree, e.g. "data/minimal". */
GFile *
vtr_test_source_file (const char *relative_path)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, relative_path, NULL);

  return g_file_new_for_path (path);
}

/* Loads a pack that the test relies on, failing the test if it does not load. */
VtrPack *
vtr_test_load_pack (GFile *location)
{
  g_autoptr(VtrPackLoader) loader = vtr_pack_loader_new (location);
  g_autoptr(GError) error = NULL;
  VtrPack *pack = vtr_pack_loader_load (loader, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pack);

  return pack;
}

VtrPack *
vtr_test_load_builtin_pack (void)
{
  g_autoptr(GFile) location = vtr_pack_get_builtin_location ();

  return vtr_test_load_pack (location);
}

/* A content manager showing the built-in pack, as the application starts with. */
VtrContentManager *
vtr_test_builtin_content (void)
{
  VtrContentManager *content = vtr_content_manager_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (vtr_content_manager_open_builtin (content, &error));
  g_assert_no_error (error);

  return content;
}

/* Counts notifications: connect it to "notify::NAME" with a guint to bump. */
void
vtr_test_count_cb (GObject    *object,
                   GParamSpec *pspec,
                   guint      *count)
{
  (*count)++;
}

/* The "id" of every item, in the order the model holds them, joined with spaces. */
char *
vtr_test_join_ids (GListModel *model)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *id = NULL;

      g_object_get (item, "id", &id, NULL);
      g_string_append_printf (ids, "%s%s", i > 0 ? " " : "", id);
    }

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/* The item at @position, borrowed: for models that keep their items, as stores and the
 * lists built on them do, so that a test need not drop a reference for every look. */
gpointer
vtr_test_item_at (GListModel *model,
                  guint       position)
{
  g_autoptr(GObject) item = g_list_model_get_item (model, position);

  return item;
}

/* Stands in for the window's actions, which all take a string: each activation is added to
 * @activations as "NAME PARAMETER", so a test can check what a page asked the window to do.
 * @names ends with NULL; @activations must outlive the group's use. */
GSimpleActionGroup *
vtr_test_recording_actions_new (const char * const *names,
                                GPtrArray          *activations)
{
  GSimpleActionGroup *group = g_simple_action_group_new ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GSimpleAction) action = g_simple_action_new (names[i], G_VARIANT_TYPE_STRING);

      g_signal_connect (action, "activate", G_CALLBACK (record_activation_cb), activations);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
    }

  return group;
}

/* The latest activation recorded, or NULL if there is none. */
const char *
vtr_test_last_activation (GPtrArray *activations)
{
  if (activations->len == 0)
    return NULL;

  return g_ptr_array_index (activations, activations->len - 1);
}

/* What every widget test's main() does first. */
void
vtr_test_init_with_display (int    *argc,
                            char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  vtr_gtk_fixes_install ();
  vtr_ensure_resources ();
}

/* Gives @page (which takes its floating reference) the built-in pack and presents it in a
 * window of @width by @height whose "win" actions @action_names (ending with NULL) are
 * recorded. The main loop has not run yet: callers set what else the page needs, then spin. */
void
vtr_test_page_fixture_set_up (VtrTestPageFixture *fixture,
                              GtkWidget          *page,
                              const char * const *action_names,
                              int                 width,
                              int                 height)
{
  g_autoptr(GSimpleActionGroup) group = NULL;

  fixture->pack = vtr_test_load_builtin_pack ();
  fixture->activations = g_ptr_array_new_with_free_func (g_free);
  group = vtr_test_recording_actions_new (action_names, fixture->activations);
  fixture->page = page;
  g_object_set (fixture->page, "pack", fixture->pack, NULL);
  fixture->window = vtr_test_present_window (fixture->page, G_ACTION_GROUP (group),
                                             width, height);
}

void
vtr_test_page_fixture_tear_down (VtrTestPageFixture *fixture,
                                 gconstpointer       data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  /* Lets whatever the page queued on its way out run while the pack is still alive. */
  vtr_test_spin (20);
  g_clear_pointer (&fixture->activations, g_ptr_array_unref);
  g_clear_object (&fixture->pack);
}

/* Shows @content in a new window, with @win_actions (if any) as its "win" actions. A width or
 * height of -1 leaves the window's natural size. */
GtkWidget *
vtr_test_present_window (GtkWidget    *content,
                         GActionGroup *win_actions,
                         int           width,
                         int           height)
{
  GtkWidget *window = adw_window_new ();

  if (win_actions != NULL)
    gtk_widget_insert_action_group (window, "win", win_actions);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  adw_window_set_content (ADW_WINDOW (window), content);
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

/* Destroys @window and asserts that @object (the window or a widget in it) goes with it: a
 * leaked reference, for instance a signal handler left connected, fails the test. */
void
vtr_test_destroy_and_assert_finalized (GtkWidget *window,
                                       gpointer   object)
{
  g_object_ref (object);
  gtk_window_destroy (GTK_WINDOW (window));
  vtr_test_spin (100);
  g_assert_finalize_object (object);
}

/* The first widget in @root's tree, @root included, depth first, for which @match holds. */
GtkWidget *
vtr_test_find_widget (GtkWidget          *root,
                      VtrTestWidgetMatch  match,
                      gconstpointer       data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = vtr_test_find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

GtkWidget *
vtr_test_find_descendant (GtkWidget *root,
                          GType      type)
{
  return vtr_test_find_widget (root, has_type, GSIZE_TO_POINTER (type));
}

/* Adds every widget of @type in @root's tree to @found, depth first. */
void
vtr_test_collect_descendants (GtkWidget *root,
                              GType      type,
                              GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    vtr_test_collect_descendants (child, type, found);
}

/* The first label that reads exactly @text, shown or not. */
GtkLabel *
vtr_test_find_label (GtkWidget  *root,
                     const char *text)
{
  GtkWidget *label = vtr_test_find_widget (root, is_label_with_text, text);

  return label != NULL ? GTK_LABEL (label) : NULL;
}

/* The first button that activates @action_name, e.g. "win.show-view". */
GtkWidget *
vtr_test_find_action_button (GtkWidget  *root,
                             const char *action_name)
{
  return vtr_test_find_widget (root, is_button_for_action, action_name);
}
