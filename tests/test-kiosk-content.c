/* test-kiosk-content.c: a kiosk takes new content from its watched pack folder only when
 * nobody is looking, and refuses broken content while keeping the old
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "vtr-fake-clock.h"
#include "vtr-kiosk-controller.h"
#include "vtr-test-utils.h"

/* Warnings the controller logs, caught here instead of aborting the test. */
static GPtrArray *warnings;

static GLogWriterOutput
log_writer (GLogLevelFlags   log_level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  if (log_level & G_LOG_LEVEL_WARNING)
    {
      for (gsize i = 0; i < n_fields; i++)
        if (g_str_equal (fields[i].key, "MESSAGE"))
          g_ptr_array_add (warnings, g_strdup (fields[i].value));
      return G_LOG_WRITER_HANDLED;
    }

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

static void
copy_tree (GFile *source,
           GFile *target)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GError) error = NULL;
  GFileInfo *info;

  g_file_make_directory_with_parents (target, NULL, NULL);
  children = g_file_enumerate_children (source, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, &error);
  g_assert_no_error (error);

  while ((info = g_file_enumerator_next_file (children, NULL, &error)) != NULL)
    {
      g_autoptr(GFileInfo) owned = info;
      g_autoptr(GFile) from = g_file_get_child (source, g_file_info_get_name (owned));
      g_autoptr(GFile) to = g_file_get_child (target, g_file_info_get_name (owned));

      if (g_file_info_get_file_type (owned) == G_FILE_TYPE_DIRECTORY)
        copy_tree (from, to);
      else
        g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
    }
}

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autoptr(GFileInfo) owned = info;
      g_autoptr(GFile) child = g_file_get_child (file, g_file_info_get_name (owned));

      if (g_file_info_get_file_type (owned) == G_FILE_TYPE_DIRECTORY)
        remove_tree (child);
      else
        g_file_delete (child, NULL, NULL);
    }
  g_file_delete (file, NULL, NULL);
}

static void
write_file (GFile      *folder,
            const char *name,
            const char *text)
{
  g_autoptr(GFile) file = g_file_get_child (folder, name);
  g_autoptr(GError) error = NULL;

  g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                           NULL, &error);
  g_assert_no_error (error);
}

static void
replace_in_file (GFile      *folder,
                 const char *name,
                 const char *from,
                 const char *to)
{
  g_autoptr(GFile) file = g_file_get_child (folder, name);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) edited = NULL;

  g_file_load_contents (file, NULL, &text, NULL, NULL, &error);
  g_assert_no_error (error);
  edited = g_string_new (text);
  g_assert_cmpuint (g_string_replace (edited, from, to, 1), ==, 1);
  write_file (folder, name, edited->str);
}

typedef struct
{
  char               *temp;
  GFile              *folder;
  GFile              *source;
  VtrContentManager  *content;
  VtrClock           *clock;
  VtrKioskController *kiosk;
  guint               offers;
  guint               swaps;
  guint               failures;
} Fixture;

static void
pending_cb (VtrKioskController *kiosk,
            GParamSpec         *pspec,
            Fixture            *fixture)
{
  if (vtr_kiosk_controller_get_pending_pack (kiosk) != NULL)
    fixture->offers++;
}

static void
swap_cb (VtrKioskController *kiosk,
         VtrPack            *pack,
         Fixture            *fixture)
{
  fixture->swaps++;
}

static void
failed_cb (VtrContentManager *content,
           const char        *message,
           Fixture           *fixture)
{
  fixture->failures++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->temp = g_dir_make_tmp ("vitrine-kiosk-content-XXXXXX", NULL);
  fixture->folder = g_file_new_build_filename (fixture->temp, "pack", NULL);
  fixture->source = vtr_test_source_file ("data/minimal");
  copy_tree (fixture->source, fixture->folder);

  fixture->content = vtr_content_manager_new ();
  g_assert_true (vtr_content_manager_open_folder (fixture->content, fixture->folder));
  g_signal_connect (fixture->content, "reload-failed", G_CALLBACK (failed_cb), fixture);

  fixture->clock = vtr_fake_clock_new ();
  fixture->kiosk = vtr_kiosk_controller_new (fixture->clock);
  vtr_kiosk_controller_watch_content (fixture->kiosk, fixture->content);
  g_signal_connect (fixture->kiosk, "notify::pending-pack", G_CALLBACK (pending_cb), fixture);
  g_signal_connect (fixture->kiosk, "swap-pack", G_CALLBACK (swap_cb), fixture);

  g_ptr_array_set_size (warnings, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->kiosk);
  g_assert_finalize_object (fixture->content);
  g_assert_finalize_object (fixture->clock);
  remove_tree (fixture->folder);
  g_rmdir (fixture->temp);
  g_clear_object (&fixture->folder);
  g_clear_object (&fixture->source);
  g_clear_pointer (&fixture->temp, g_free);
}

static const char *
title_on_show (Fixture *fixture)
{
  return vtr_pack_get_title (vtr_kiosk_controller_get_pack (fixture->kiosk));
}

static void
test_valid_content_waits_for_reset (Fixture       *fixture,
                                    gconstpointer  data)
{
  VtrPack *first = vtr_kiosk_controller_get_pack (fixture->kiosk);

  /* The kiosk starts on the content manager's pack. */
  g_assert_nonnull (first);
  g_assert_true (first == vtr_content_manager_get_pack (fixture->content));
  g_assert_cmpstr (title_on_show (fixture), ==, "Minimal test pack");

  vtr_kiosk_controller_enter (fixture->kiosk, "de");
  replace_in_file (fixture->folder, "pack.json", "\"Minimal", "\"Updated minimal");
  g_assert_true (vtr_test_wait_for_count (&fixture->offers, 1, 10000));

  /* Loaded and valid, but a visitor is there: it waits. */
  g_assert_nonnull (vtr_kiosk_controller_get_pending_pack (fixture->kiosk));
  g_assert_true (vtr_kiosk_controller_get_pack (fixture->kiosk) == first);
  vtr_kiosk_controller_input (fixture->kiosk);
  vtr_fake_clock_advance (VTR_FAKE_CLOCK (fixture->clock), 95 * 1000);
  g_assert_cmpint (vtr_kiosk_controller_get_state (fixture->kiosk), ==,
                   VTR_KIOSK_STATE_WARNING);
  g_assert_cmpuint (fixture->swaps, ==, 0);
  g_assert_cmpstr (title_on_show (fixture), ==, "Minimal test pack");

  /* The idle reset takes it. */
  vtr_fake_clock_advance (VTR_FAKE_CLOCK (fixture->clock), 15 * 1000);
  g_assert_cmpint (vtr_kiosk_controller_get_state (fixture->kiosk), ==,
                   VTR_KIOSK_STATE_ATTRACT);
  g_assert_cmpuint (fixture->swaps, ==, 1);
  g_assert_cmpstr (title_on_show (fixture), ==, "Updated minimal test pack");
  g_assert_null (vtr_kiosk_controller_get_pending_pack (fixture->kiosk));
  g_assert_cmpuint (warnings->len, ==, 0);

  /* On the attract screen nobody is looking: the next update is taken at once. */
  replace_in_file (fixture->folder, "pack.json", "\"Updated", "\"Again updated");
  g_assert_true (vtr_test_wait_for_count (&fixture->swaps, 2, 10000));
  g_assert_cmpstr (title_on_show (fixture), ==, "Again updated minimal test pack");
}

static void
test_invalid_content_refused (Fixture       *fixture,
                              gconstpointer  data)
{
  VtrPack *first = vtr_kiosk_controller_get_pack (fixture->kiosk);
  const char *warning;

  vtr_kiosk_controller_enter (fixture->kiosk, NULL);
  replace_in_file (fixture->folder, "exhibits.json", "\"exhibits\"", "\"exhibits\" ,,");
  g_assert_true (vtr_test_wait_for_count (&fixture->failures, 1, 10000));

  /* Refused: nothing waits, and the journal says where the problem is. */
  g_assert_null (vtr_kiosk_controller_get_pending_pack (fixture->kiosk));
  g_assert_cmpuint (warnings->len, ==, 1);
  warning = g_ptr_array_index (warnings, 0);
  g_assert_nonnull (strstr (warning, "Kiosk keeps the content on show"));
  g_assert_true (g_regex_match_simple ("exhibits\\.json:[0-9]+:[0-9]+: error: ", warning, 0, 0));

  vtr_kiosk_controller_reset (fixture->kiosk);
  g_assert_cmpuint (fixture->swaps, ==, 0);
  g_assert_true (vtr_kiosk_controller_get_pack (fixture->kiosk) == first);

  /* Mended, it is taken (on the attract screen, at once). */
  replace_in_file (fixture->folder, "exhibits.json", "\"exhibits\" ,,", "\"exhibits\"");
  g_assert_true (vtr_test_wait_for_count (&fixture->swaps, 1, 10000));
  g_assert_true (vtr_kiosk_controller_get_pack (fixture->kiosk) != first);
  g_assert_cmpstr (vtr_pack_get_id (vtr_kiosk_controller_get_pack (fixture->kiosk)), ==,
                   "minimal-test");
}

/* Issue 8: while the folder is watched, delete it, break it, fill it with garbage, restore it,
 * a few times over; the kiosk always has the last good pack and never swaps in a bad one. */
static void
test_folder_faults (Fixture       *fixture,
                    gconstpointer  data)
{
  const guint rounds = 3;

  vtr_kiosk_controller_enter (fixture->kiosk, "de");

  for (guint round = 0; round < rounds; round++)
    {
      VtrPack *before = vtr_kiosk_controller_get_pack (fixture->kiosk);
      guint failures = fixture->failures;
      guint offers = fixture->offers;
      g_autofree char *title = NULL;
      g_autofree char *edited = NULL;

      remove_tree (fixture->folder);
      g_assert_true (vtr_test_wait_for_count (&fixture->failures, failures + 1, 10000));
      g_assert_true (vtr_kiosk_controller_get_pack (fixture->kiosk) == before);

      copy_tree (fixture->source, fixture->folder);
      write_file (fixture->folder, "timeline.json", "{ \"events\": [ { \"id\": ");
      g_assert_true (vtr_test_wait_for_count (&fixture->failures, failures + 2, 10000));
      g_assert_true (vtr_kiosk_controller_get_pack (fixture->kiosk) == before);

      write_file (fixture->folder, "pack.json", "\x89PNG\r\n\x1a\n\xff\xfe garbage \x01\x02");
      g_assert_true (vtr_test_wait_for_count (&fixture->failures, failures + 3, 10000));
      g_assert_null (vtr_kiosk_controller_get_pending_pack (fixture->kiosk));
      g_assert_cmpuint (fixture->offers, ==, offers);

      /* Restored, with a visible change, so that the new pack can be told apart. */
      remove_tree (fixture->folder);
      copy_tree (fixture->source, fixture->folder);
      edited = g_strdup_printf ("\"Round %u minimal", round);
      replace_in_file (fixture->folder, "pack.json", "\"Minimal", edited);
      g_assert_true (vtr_test_wait_for_count (&fixture->offers, offers + 1, 10000));

      /* Still the old pack in front of the visitor; the new one at the reset. */
      g_assert_true (vtr_kiosk_controller_get_pack (fixture->kiosk) == before);
      vtr_kiosk_controller_reset (fixture->kiosk);
      title = g_strdup_printf ("Round %u minimal test pack", round);
      g_assert_cmpstr (title_on_show (fixture), ==, title);
      vtr_kiosk_controller_enter (fixture->kiosk, "de");
    }

  g_assert_cmpuint (fixture->swaps, ==, rounds);
  g_assert_cmpuint (warnings->len, >=, rounds * 3);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  warnings = g_ptr_array_new_with_free_func (g_free);
  g_log_set_writer_func (log_writer, NULL, NULL);

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)

  ADD ("/kiosk-content/valid-waits-for-reset", test_valid_content_waits_for_reset);
  ADD ("/kiosk-content/invalid-refused", test_invalid_content_refused);
  ADD ("/kiosk-content/folder-faults", test_folder_faults);

#undef ADD

  status = g_test_run ();
  g_ptr_array_unref (warnings);

  return status;
}
