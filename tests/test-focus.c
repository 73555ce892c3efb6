/* test-focus.c: the keyboard focus leaves what is hidden or dropped, and nothing is kept alive
 *
 * GTK 4.8's window takes a reference on a focused widget that is hidden, and lets it go in its
 * next frame; hidden twice before that frame, the widget is never let go. These tests hide and
 * drop focused widgets twice without a frame in between, as a kiosk reset does, and check
 * that the widgets are finalized.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "vtr-focus.h"
#include "vtr-kiosk-explorer.h"
#include "vtr-test-utils.h"

static void
test_move_out_of (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *first = gtk_button_new_with_label ("First");
  GtkWidget *second = gtk_button_new_with_label ("Second");
  GtkWidget *loose = gtk_button_new_with_label ("Not in a window");
  GtkWidget *window;

  g_object_ref_sink (loose);
  gtk_box_append (GTK_BOX (inner), first);
  gtk_box_append (GTK_BOX (box), inner);
  gtk_box_append (GTK_BOX (box), second);
  window = vtr_test_present_window (box, NULL, 300, 200);

  g_assert_true (gtk_widget_grab_focus (first));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == first);

  /* The focus is elsewhere: nothing changes. */
  g_assert_false (vtr_focus_move_out_of (second));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == first);

  /* The focus is inside: it goes. */
  g_assert_true (vtr_focus_move_out_of (inner));
  g_assert_null (gtk_root_get_focus (GTK_ROOT (window)));

  /* On the widget itself. */
  g_assert_true (gtk_widget_grab_focus (second));
  g_assert_true (vtr_focus_move_out_of (second));
  g_assert_null (gtk_root_get_focus (GTK_ROOT (window)));

  g_assert_false (vtr_focus_move_out_of (loose));
  g_object_unref (loose);

  gtk_window_destroy (GTK_WINDOW (window));
  vtr_test_spin (50);
}

/* What a kiosk reset does to a focused button, twice before a frame: hide it, and later drop
 * it. Once the focus has been moved out first, the button is finalized when dropped. */
static void
test_hidden_twice_is_released (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *button = gtk_button_new_with_label ("Back");
  GtkWidget *other = gtk_button_new_with_label ("Overview");
  GtkWidget *window;

  gtk_box_append (GTK_BOX (box), button);
  gtk_box_append (GTK_BOX (box), other);
  window = vtr_test_present_window (box, NULL, 300, 200);

  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (gtk_widget_grab_focus (button));
      g_assert_true (vtr_focus_move_out_of (button));
      gtk_widget_set_visible (button, FALSE);
      gtk_widget_set_visible (button, TRUE);
    }

  g_object_ref (button);
  gtk_box_remove (GTK_BOX (box), button);
  vtr_test_spin (100);
  g_assert_finalize_object (button);

  gtk_window_destroy (GTK_WINDOW (window));
  vtr_test_spin (50);
}

static gboolean
is_back_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.back") == 0;
}

/* The soak's case: a visitor focuses Back, and resets hide it twice before a frame; then a
 * language switch drops the whole explorer. The Back button must go with it. */
static void
test_kiosk_back_button_is_released (void)
{
  g_autoptr(VtrPack) pack = vtr_test_load_builtin_pack ();
  g_autoptr(VtrExhibit) exhibit = g_list_model_get_item (vtr_pack_get_exhibits (pack), 0);
  g_autofree char *location = g_strdup_printf ("exhibit:%s", vtr_exhibit_get_id (exhibit));
  GtkWidget *explorer = vtr_kiosk_explorer_new ();
  GtkWidget *window;
  GtkWidget *back;

  vtr_kiosk_explorer_set_pack (VTR_KIOSK_EXPLORER (explorer), pack);
  window = vtr_test_present_window (explorer, NULL, 1280, 800);
  back = vtr_test_find_widget (explorer, is_back_button, NULL);
  g_assert_nonnull (back);

  for (guint i = 0; i < 3; i++)
    {
      vtr_kiosk_explorer_go_to (VTR_KIOSK_EXPLORER (explorer), location);
      g_assert_true (gtk_widget_get_visible (back));
      g_assert_true (gtk_widget_grab_focus (back));
      vtr_kiosk_explorer_reset (VTR_KIOSK_EXPLORER (explorer));
      g_assert_false (gtk_widget_get_visible (back));
      /* The focus stays in the explorer, for a keyboard, rather than leaving the window. */
      g_assert_nonnull (gtk_root_get_focus (GTK_ROOT (window)));
      g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), explorer));
    }

  g_object_ref (back);
  adw_window_set_content (ADW_WINDOW (window), NULL);
  vtr_test_spin (100);
  g_assert_finalize_object (back);

  gtk_window_destroy (GTK_WINDOW (window));
  vtr_test_spin (50);
}

int
main (int   argc,
      char *argv[])
{
  vtr_test_init_with_display (&argc, &argv);

  g_test_add_func ("/focus/move-out-of", test_move_out_of);
  g_test_add_func ("/focus/hidden-twice-is-released", test_hidden_twice_is_released);
  g_test_add_func ("/focus/kiosk-back-button-is-released", test_kiosk_back_button_is_released);

  return g_test_run ();
}
