/* test-presenter.c: presenter mode's two windows, keys and actions against a real display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-audience-window.h"
#include "vtr-language-manager.h"
#include "vtr-presenter-console.h"
#include "vtr-presenter.h"
#include "vtr-test-utils.h"

typedef struct
{
  GtkApplication    *application;
  VtrContentManager *content;
  VtrPresenter      *presenter;
  guint              activations;
} Fixture;

static void
activated_cb (GApplication *application,
              Fixture      *fixture)
{
  fixture->activations++;
}

static void
set_up (Fixture       *fixture,
        gconstpointer  data)
{
  static guint serial;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup_printf ("io.github.vitrine.VitrineTest%u", ++serial);

  /* Each test registers its own application: an object path stays exported on the bus for as
   * long as the process lives. */
  fixture->application = gtk_application_new (id, G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (fixture->application), NULL, &error));
  g_assert_no_error (error);
  g_signal_connect (fixture->application, "activate", G_CALLBACK (activated_cb), fixture);
  fixture->content = vtr_test_builtin_content ();
  fixture->presenter = vtr_presenter_new (fixture->application, fixture->content);
}

static void
tear_down (Fixture       *fixture,
           gconstpointer  data)
{
  g_clear_object (&fixture->presenter);
  g_clear_object (&fixture->content);
  g_clear_object (&fixture->application);
}

static const char *
audience_title (Fixture *fixture)
{
  GtkWindow *audience = vtr_presenter_get_audience (fixture->presenter);

  return vtr_show_stage_get_title (vtr_audience_window_get_stage (VTR_AUDIENCE_WINDOW (audience)));
}

static const char *
console_title (Fixture *fixture)
{
  GtkWindow *console = vtr_presenter_get_console (fixture->presenter);

  return vtr_show_stage_get_title (
           vtr_presenter_console_get_stage (VTR_PRESENTER_CONSOLE (console)));
}

static void
activate (Fixture    *fixture,
          const char *name,
          GVariant   *parameter)
{
  g_action_group_activate_action (G_ACTION_GROUP (fixture->application), name, parameter);
}

static gboolean
action_enabled (Fixture    *fixture,
                const char *name)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->application), name);
}

static void
test_start_and_actions (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  VtrShowState *state;
  GtkWindow *audience;

  /* Nothing to drive before the show. */
  g_assert_true (action_enabled (fixture, "present"));
  g_assert_false (action_enabled (fixture, "present-next"));

  g_assert_true (vtr_presenter_start (fixture->presenter, "decade-talk", &error));
  g_assert_no_error (error);
  g_assert_true (vtr_presenter_is_presenting (fixture->presenter));
  g_assert_true (action_enabled (fixture, "present-next"));
  state = vtr_presenter_get_state (fixture->presenter);
  audience = vtr_presenter_get_audience (fixture->presenter);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (audience)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (vtr_presenter_get_console (
                                           fixture->presenter))));
  g_assert_cmpstr (audience_title (fixture), ==, "The first World Internet Conference");
  g_assert_cmpstr (console_title (fixture), ==, "The first World Internet Conference");

  activate (fixture, "present-next", NULL);
  g_assert_cmpuint (vtr_show_state_get_current (state), ==, 1);
  g_assert_cmpstr (audience_title (fixture), ==, "Wuzhen, the permanent site");
  g_assert_cmpstr (console_title (fixture), ==, "Wuzhen, the permanent site");

  activate (fixture, "present-goto", g_variant_new_int32 (-1));
  g_assert_cmpuint (vtr_show_state_get_current (state), ==, 15);
  activate (fixture, "present-goto", g_variant_new_int32 (0));
  activate (fixture, "present-goto", g_variant_new_int32 (-99));
  g_assert_cmpuint (vtr_show_state_get_current (state), ==, 15);
  activate (fixture, "present-goto-stop", g_variant_new_string ("ipv6"));
  g_assert_cmpstr (audience_title (fixture), ==, "IPv6: an address for everything");
  activate (fixture, "present-first", NULL);
  activate (fixture, "present-previous", NULL);
  g_assert_cmpuint (vtr_show_state_get_current (state), ==, 0);

  activate (fixture, "present-blank", NULL);
  g_assert_cmpint (vtr_show_state_get_blank (state), ==, VTR_SHOW_BLANK_BLACK);
  activate (fixture, "present-white", NULL);
  g_assert_cmpint (vtr_show_state_get_blank (state), ==, VTR_SHOW_BLANK_WHITE);
  activate (fixture, "present-unblank", NULL);
  g_assert_cmpint (vtr_show_state_get_blank (state), ==, VTR_SHOW_BLANK_NONE);

  activate (fixture, "present-auto-advance", NULL);
  g_assert_true (vtr_show_state_get_auto_advance (state));
  g_assert_true (g_variant_get_boolean (g_action_group_get_action_state (
                   G_ACTION_GROUP (fixture->application), "present-auto-advance")));

  /* Ending the show gives the presenter the application's window back. */
  g_object_add_weak_pointer (G_OBJECT (audience), (gpointer *)&audience);
  activate (fixture, "present-end", NULL);
  g_assert_cmpuint (fixture->activations, ==, 1);
  g_assert_false (vtr_presenter_is_presenting (fixture->presenter));
  g_assert_false (action_enabled (fixture, "present-next"));
  vtr_test_spin (50);
  g_assert_null (audience);
}

static void
test_keys (Fixture       *fixture,
           gconstpointer  data)
{
  VtrShowState *state;

  g_assert_true (vtr_presenter_start (fixture->presenter, NULL, NULL));
  state = vtr_presenter_get_state (fixture->presenter);
  g_assert_cmpstr (vtr_tour_get_id (vtr_show_state_get_tour (state)), ==, "decade-talk");

  g_assert_true (vtr_presenter_handle_key (fixture->presenter, GDK_KEY_Page_Down, 0));
  g_assert_true (vtr_presenter_handle_key (fixture->presenter, GDK_KEY_space, 0));
  g_assert_cmpuint (vtr_show_state_get_current (state), ==, 2);
  g_assert_true (vtr_presenter_handle_key (fixture->presenter, GDK_KEY_BackSpace, 0));
  g_assert_cmpuint (vtr_show_state_get_current (state), ==, 1);
  g_assert_true (vtr_presenter_handle_key (fixture->presenter, GDK_KEY_End, 0));
  g_assert_cmpuint (vtr_show_state_get_current (state), ==, 15);
  g_assert_true (vtr_presenter_handle_key (fixture->presenter, GDK_KEY_Home, 0));
  g_assert_cmpuint (vtr_show_state_get_current (state), ==, 0);

  /* 1, 2, Enter: stop 12. Enter alone is left to the focused widget. */
  g_assert_false (vtr_presenter_handle_key (fixture->presenter, GDK_KEY_Return, 0));
  vtr_presenter_handle_key (fixture->presenter, GDK_KEY_1, 0);
  vtr_presenter_handle_key (fixture->presenter, GDK_KEY_2, 0);
  g_assert_true (vtr_presenter_handle_key (fixture->presenter, GDK_KEY_Return, 0));
  g_assert_cmpuint (vtr_show_state_get_current (state), ==, 11);

  /* G shows the prompt; Escape then cancels it instead of leaving. */
  vtr_presenter_handle_key (fixture->presenter, GDK_KEY_g, 0);
  g_assert_true (vtr_presenter_console_get_choosing (VTR_PRESENTER_CONSOLE (
                   vtr_presenter_get_console (fixture->presenter))));
  vtr_presenter_handle_key (fixture->presenter, GDK_KEY_Escape, 0);
  g_assert_false (vtr_presenter_console_get_choosing (VTR_PRESENTER_CONSOLE (
                    vtr_presenter_get_console (fixture->presenter))));
  g_assert_true (vtr_presenter_is_presenting (fixture->presenter));

  vtr_presenter_handle_key (fixture->presenter, GDK_KEY_period, 0);
  g_assert_cmpint (vtr_show_state_get_blank (state), ==, VTR_SHOW_BLANK_BLACK);
  vtr_presenter_handle_key (fixture->presenter, GDK_KEY_b, 0);
  g_assert_cmpint (vtr_show_state_get_blank (state), ==, VTR_SHOW_BLANK_NONE);

  /* While the tour runs by itself, a key only pauses it. */
  vtr_show_state_set_auto_advance (state, TRUE);
  g_assert_true (vtr_presenter_handle_key (fixture->presenter, GDK_KEY_Right, 0));
  g_assert_false (vtr_show_state_get_auto_advance (state));
  g_assert_cmpuint (vtr_show_state_get_current (state), ==, 11);

  /* Control+Q stays the application's. */
  g_assert_false (vtr_presenter_handle_key (fixture->presenter, GDK_KEY_q, GDK_CONTROL_MASK));

  /* Escape asks before leaving. */
  vtr_presenter_handle_key (fixture->presenter, GDK_KEY_Escape, 0);
  g_assert_true (vtr_presenter_is_presenting (fixture->presenter));
  vtr_presenter_stop (fixture->presenter);
  g_assert_false (vtr_presenter_is_presenting (fixture->presenter));
}

/* After a language switch the windows are built again in the new language, and the show goes
 * on from where it was. */
static void
test_rebuild_windows (Fixture       *fixture,
                      gconstpointer  data)
{
  VtrLanguageManager *languages = vtr_language_manager_get_default ();
  g_autofree char *before = g_strdup (vtr_language_manager_get_language (languages));
  g_autoptr(GError) error = NULL;
  VtrShowState *state;
  GtkWindow *old_audience, *old_console, *audience;

  g_assert_true (vtr_presenter_start (fixture->presenter, "decade-talk", &error));
  g_assert_no_error (error);
  state = vtr_presenter_get_state (fixture->presenter);
  activate (fixture, "present-next", NULL);
  activate (fixture, "present-blank", NULL);
  g_assert_cmpstr (audience_title (fixture), ==, "Wuzhen, the permanent site");

  old_audience = vtr_presenter_get_audience (fixture->presenter);
  old_console = vtr_presenter_get_console (fixture->presenter);
  g_object_add_weak_pointer (G_OBJECT (old_audience), (gpointer *)&old_audience);
  g_object_add_weak_pointer (G_OBJECT (old_console), (gpointer *)&old_console);

  vtr_language_manager_set_language (languages, "fr");
  vtr_presenter_rebuild_windows (fixture->presenter);
  vtr_test_spin (50);

  g_assert_null (old_audience);
  g_assert_null (old_console);
  audience = vtr_presenter_get_audience (fixture->presenter);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (audience)));
  g_assert_true (vtr_presenter_get_state (fixture->presenter) == state);
  g_assert_cmpuint (vtr_show_state_get_current (state), ==, 1);
  g_assert_cmpint (vtr_show_state_get_blank (state), ==, VTR_SHOW_BLANK_BLACK);
  g_assert_cmpstr (audience_title (fixture), ==, console_title (fixture));

  /* The clicker still reaches the show through the new windows. */
  g_assert_true (vtr_presenter_handle_key (fixture->presenter, GDK_KEY_Page_Down, 0));
  g_assert_cmpuint (vtr_show_state_get_current (state), ==, 2);

  vtr_presenter_stop (fixture->presenter);
  vtr_language_manager_set_language (languages, before != NULL ? before : "en");
}

static void
test_unknown_tour (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (vtr_presenter_start (fixture->presenter, "no-such-tour", &error));
  g_assert_error (error, VTR_PRESENTER_ERROR, VTR_PRESENTER_ERROR_UNKNOWN_TOUR);
  g_assert_false (vtr_presenter_is_presenting (fixture->presenter));
  g_assert_null (vtr_presenter_get_audience (fixture->presenter));
}

int
main (int   argc,
      char *argv[])
{
  vtr_test_init_with_display (&argc, &argv);

  g_test_add ("/presenter/start-and-actions", Fixture, NULL, set_up, test_start_and_actions,
              tear_down);
  g_test_add ("/presenter/keys", Fixture, NULL, set_up, test_keys, tear_down);
  g_test_add ("/presenter/rebuild-windows", Fixture, NULL, set_up, test_rebuild_windows,
              tear_down);
  g_test_add ("/presenter/unknown-tour", Fixture, NULL, set_up, test_unknown_tour, tear_down);

  return g_test_run ();
}
