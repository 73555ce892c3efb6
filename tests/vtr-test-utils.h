/* vtr-test-utils.h: plumbing shared by the unit and widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vtr-content-manager.h"
#include "vtr-pack-loader.h"

G_BEGIN_DECLS

/* Without a display: these work in the unit tests too. */

typedef gboolean (*VtrTestPredicate) (gconstpointer data);

void                vtr_test_spin                         (guint               milliseconds);
gboolean            vtr_test_wait_until                   (VtrTestPredicate    predicate,
                                                           gconstpointer       data,
                                                           guint               timeout_ms);
gboolean            vtr_test_wait_for_count               (const guint        *counter,
                                                           guint               target,
                                                           guint               timeout_ms);

GFile              *vtr_test_source_file                  (const char         *relative_path);
VtrPack            *vtr_test_load_pack                    (GFile              *location);
VtrPack            *vtr_test_load_builtin_pack            (void);
VtrContentManager  *vtr_test_builtin_content              (void);

void                vtr_test_count_cb                     (GObject            *object,
                                                           GParamSpec         *pspec,
                                                           guint              *count);
char               *vtr_test_join_ids                     (GListModel         *model);
gpointer            vtr_test_item_at                      (GListModel         *model,
                                                           guint               position);

GSimpleActionGroup *vtr_test_recording_actions_new        (const char * const *names,
                                                           GPtrArray          *activations);
const char         *vtr_test_last_activation              (GPtrArray          *activations);

/* Compares a string the caller owns with the expected one, then frees it. A macro, so that a
 * failure names the line of the test rather than a line in here. */
#define vtr_test_assert_cmpstr_free(owned, expected) \
  G_STMT_START { \
    char *vtr_test_owned_ = (owned); \
    g_assert_cmpstr (vtr_test_owned_, ==, (expected)); \
    g_free (vtr_test_owned_); \
  } G_STMT_END

/* With a display: for the widget tests. */

typedef gboolean (*VtrTestWidgetMatch) (GtkWidget     *widget,
                                        gconstpointer  data);

/* A page showing the built-in pack in a window of its own, whose "win" actions record what
 * the page asks of them (see vtr_test_recording_actions_new()). */
typedef struct
{
  VtrPack   *pack;
  GtkWidget *window;
  GtkWidget *page;
  GPtrArray *activations;
} VtrTestPageFixture;

void                vtr_test_init_with_display            (int                *argc,
                                                           char             ***argv);

void                vtr_test_page_fixture_set_up          (VtrTestPageFixture *fixture,
                                                           GtkWidget          *page,
                                                           const char * const *action_names,
                                                           int                 width,
                                                           int                 height);
void                vtr_test_page_fixture_tear_down       (VtrTestPageFixture *fixture,
                                                           gconstpointer       data);

/* Adds a test run on a VtrTestPageFixture that @set_up prepares for it. */
#define vtr_test_add_page_test(path, data, set_up, test) \
  g_test_add ((path), VtrTestPageFixture, (data), (set_up), (test), \
              vtr_test_page_fixture_tear_down)

GtkWidget          *vtr_test_present_window               (GtkWidget          *content,
                                                           GActionGroup       *win_actions,
                                                           int                 width,
                                                           int                 height);
void                vtr_test_destroy_and_assert_finalized (GtkWidget          *window,
                                                           gpointer            object);

GtkWidget          *vtr_test_find_widget                  (GtkWidget          *root,
                                                           VtrTestWidgetMatch  match,
                                                           gconstpointer       data);
GtkWidget          *vtr_test_find_descendant              (GtkWidget          *root,
                                                           GType               type);
void                vtr_test_collect_descendants          (GtkWidget          *root,
                                                           GType               type,
                                                           GPtrArray          *found);
GtkLabel           *vtr_test_find_label                   (GtkWidget          *root,
                                                           const char         *text);
GtkWidget          *vtr_test_find_action_button           (GtkWidget          *root,
                                                           const char         *action_name);

G_END_DECLS
