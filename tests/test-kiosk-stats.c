/* test-kiosk-stats.c: kiosk statistics count the right things, and survive a crash mid-write
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "vtr-fake-clock.h"
#include "vtr-kiosk-stats.h"

/* This test program, for running itself as a writer that the kill test interrupts. */
static const char *self_path;

typedef struct
{
  char          *folder;
  GFile         *file;
  VtrClock      *clock;
  VtrKioskStats *stats;
  char          *today;
} Fixture;

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;

  fixture->folder = g_dir_make_tmp ("vitrine-stats-XXXXXX", NULL);
  g_assert_nonnull (fixture->folder);
  path = g_build_filename (fixture->folder, "kiosk-statistics.csv", NULL);
  fixture->file = g_file_new_for_path (path);
  fixture->clock = vtr_fake_clock_new ();
  fixture->stats = vtr_kiosk_stats_new (fixture->file, fixture->clock);
  fixture->today = today ();
}

static void
remove_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_unlink (path);
    }
  g_rmdir (folder);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->stats);
  g_assert_finalize_object (fixture->clock);
  g_clear_object (&fixture->file);
  remove_folder (fixture->folder);
  g_clear_pointer (&fixture->folder, g_free);
  g_clear_pointer (&fixture->today, g_free);
}

static guint64
count (Fixture    *fixture,
       const char *measure,
       const char *item)
{
  return vtr_kiosk_stats_get_count (fixture->stats, fixture->today, measure, item);
}

static void
test_off_by_default (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  vtr_kiosk_stats_bind_settings (fixture->stats, settings);
  g_assert_false (vtr_kiosk_stats_get_enabled (fixture->stats));

  vtr_kiosk_stats_session_started (fixture->stats, "fr");
  vtr_kiosk_stats_exhibit_opened (fixture->stats, "eniac");
  vtr_kiosk_stats_tour_started (fixture->stats, "decade-talk");
  vtr_kiosk_stats_session_ended (fixture->stats);

  g_assert_cmpuint (count (fixture, "sessions", NULL), ==, 0);
  g_assert_cmpuint (count (fixture, "exhibit", "eniac"), ==, 0);
  g_assert_false (g_file_query_exists (fixture->file, NULL));

  /* The setting turns it on. */
  g_settings_set_boolean (settings, "kiosk-statistics", TRUE);
  g_assert_true (vtr_kiosk_stats_get_enabled (fixture->stats));
  g_settings_reset (settings, "kiosk-statistics");
  g_assert_false (vtr_kiosk_stats_get_enabled (fixture->stats));
}

static void
test_counts_and_csv (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *csv = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *on_disk = NULL;

  vtr_kiosk_stats_set_enabled (fixture->stats, TRUE);

  vtr_kiosk_stats_session_started (fixture->stats, "fr");
  vtr_kiosk_stats_exhibit_opened (fixture->stats, "eniac");
  vtr_kiosk_stats_exhibit_opened (fixture->stats, "eniac");
  vtr_kiosk_stats_exhibit_opened (fixture->stats, "odd,id \"quoted\"");
  vtr_kiosk_stats_language_chosen (fixture->stats, "ar");
  vtr_kiosk_stats_tour_started (fixture->stats, "decade-talk");
  vtr_fake_clock_advance (VTR_FAKE_CLOCK (fixture->clock), 75 * 1000);
  vtr_kiosk_stats_session_ended (fixture->stats);

  vtr_kiosk_stats_session_started (fixture->stats, "fr");
  vtr_fake_clock_advance (VTR_FAKE_CLOCK (fixture->clock), 12 * 60 * 1000);
  vtr_kiosk_stats_session_ended (fixture->stats);
  /* A second end without a start counts nothing. */
  vtr_kiosk_stats_session_ended (fixture->stats);

  g_assert_cmpuint (count (fixture, "sessions", NULL), ==, 2);
  g_assert_cmpuint (count (fixture, "session-seconds", NULL), ==, 75 + 720);
  g_assert_cmpuint (count (fixture, "session-length", "1m-2m"), ==, 1);
  g_assert_cmpuint (count (fixture, "session-length", "10m-plus"), ==, 1);
  g_assert_cmpuint (count (fixture, "language", "fr"), ==, 2);
  g_assert_cmpuint (count (fixture, "language", "ar"), ==, 1);
  g_assert_cmpuint (count (fixture, "exhibit", "eniac"), ==, 2);
  g_assert_cmpuint (count (fixture, "tour", "decade-talk"), ==, 1);

  csv = vtr_kiosk_stats_to_csv (fixture->stats);
  expected = g_strdup_printf ("date,measure,item,count\n"
                              "%1$s,exhibit,eniac,2\n"
                              "%1$s,exhibit,\"odd,id \"\"quoted\"\"\",1\n"
                              "%1$s,language,ar,1\n"
                              "%1$s,language,fr,2\n"
                              "%1$s,session-length,10m-plus,1\n"
                              "%1$s,session-length,1m-2m,1\n"
                              "%1$s,session-seconds,,795\n"
                              "%1$s,sessions,,2\n"
                              "%1$s,tour,decade-talk,1\n",
                              fixture->today);
  g_assert_cmpstr (csv, ==, expected);

  /* Saved when the visit ended. */
  g_assert_true (g_file_load_contents (fixture->file, NULL, &on_disk, NULL, NULL, NULL));
  g_assert_cmpstr (on_disk, ==, expected);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(VtrKioskStats) again = vtr_kiosk_stats_new (fixture->file, fixture->clock);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  vtr_kiosk_stats_set_enabled (fixture->stats, TRUE);
  vtr_kiosk_stats_session_started (fixture->stats, "zh_CN");
  vtr_kiosk_stats_exhibit_opened (fixture->stats, "a\nline break");
  vtr_kiosk_stats_session_ended (fixture->stats);
  first = vtr_kiosk_stats_to_csv (fixture->stats);
  /* Every row stays one line. */
  g_assert_cmpuint (count (fixture, "exhibit", "a line break"), ==, 1);

  g_assert_true (vtr_kiosk_stats_load (again, &error));
  g_assert_no_error (error);
  second = vtr_kiosk_stats_to_csv (again);
  g_assert_cmpstr (first, ==, second);

  /* Loading goes on from the kept counts. */
  vtr_kiosk_stats_set_enabled (again, TRUE);
  vtr_kiosk_stats_session_started (again, "zh_CN");
  g_assert_cmpuint (vtr_kiosk_stats_get_count (again, fixture->today, "sessions", NULL), ==, 2);
  g_assert_cmpuint (vtr_kiosk_stats_get_count (again, fixture->today, "language", "zh_CN"),
                    ==, 2);
}

static void
test_bad_files (Fixture       *fixture,
                gconstpointer  data)
{
  const struct {
    const char *text;
    const char *message;
  } cases[] = {
    { "", ":1: the first line must be" },
    { "day,what,count\n", ":1: the first line must be" },
    { "date,measure,item,count\n2026-11-29,sessions,,1\n2026-11-29,sessions,1\n",
      ":3: a row must have four fields" },
    { "date,measure,item,count\n29/11/2026,sessions,,1\n", ":2: the date must be" },
    { "date,measure,item,count\n2026-02-30,sessions,,1\n", ":2: the date must be" },
    { "date,measure,item,count\n2026-11-29,,,1\n", ":2: the measure is empty" },
    { "date,measure,item,count\n2026-11-29,sessions,,-1\n", ":2: the count must be" },
    { "date,measure,item,count\n2026-11-29,sessions,,1x\n", ":2: the count must be" },
    { "date,measure,item,count\n2026-11-29,exhibit,\"open,1\n", ":2: a quoted field" },
  };
  g_autofree char *name = g_file_get_parse_name (fixture->file);

  vtr_kiosk_stats_set_enabled (fixture->stats, TRUE);
  vtr_kiosk_stats_session_started (fixture->stats, "es");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *expected = g_strconcat (name, cases[i].message, NULL);

      g_assert_true (g_file_set_contents (g_file_peek_path (fixture->file), cases[i].text, -1,
                                          NULL));
      g_assert_false (vtr_kiosk_stats_load (fixture->stats, &error));
      g_assert_error (error, VTR_KIOSK_STATS_ERROR, VTR_KIOSK_STATS_ERROR_PARSE);
      g_assert_true (g_str_has_prefix (error->message, expected));

      /* A bad file leaves the counts in memory alone. */
      g_assert_cmpuint (count (fixture, "sessions", NULL), ==, 1);
    }

  /* CRLF line ends and blank lines are fine. */
  g_assert_true (g_file_set_contents (g_file_peek_path (fixture->file),
                                      "date,measure,item,count\r\n\r\n"
                                      "2026-11-29,sessions,,41\r\n", -1, NULL));
  g_assert_true (vtr_kiosk_stats_load (fixture->stats, NULL));
  g_assert_cmpuint (vtr_kiosk_stats_get_count (fixture->stats, "2026-11-29", "sessions", NULL),
                    ==, 41);
}

static void
controller_session (VtrKioskController *kiosk,
                    VtrFakeClock       *clock,
                    const char         *language,
                    guint               seconds)
{
  vtr_kiosk_controller_enter (kiosk, language);
  vtr_fake_clock_advance (clock, seconds * 1000);
}

static void
test_watch_controller (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(VtrKioskController) kiosk = vtr_kiosk_controller_new (fixture->clock);
  VtrFakeClock *clock = VTR_FAKE_CLOCK (fixture->clock);

  vtr_kiosk_stats_set_enabled (fixture->stats, TRUE);
  vtr_kiosk_stats_watch (fixture->stats, kiosk);

  /* Left alone: 90 s idle and 15 s of warning make a visit of 105 s. */
  controller_session (kiosk, clock, "fr", 200);
  g_assert_cmpuint (count (fixture, "sessions", NULL), ==, 1);
  g_assert_cmpuint (count (fixture, "session-seconds", NULL), ==, 105);
  g_assert_cmpuint (count (fixture, "session-length", "1m-2m"), ==, 1);
  g_assert_cmpuint (count (fixture, "language", "fr"), ==, 1);
  /* The reset back to English is not a visitor's choice. */
  g_assert_cmpuint (count (fixture, "language", "en"), ==, 0);

  /* A warning dismissed is still the same visit; a language switch is counted. */
  vtr_kiosk_controller_enter (kiosk, "es");
  vtr_fake_clock_advance (clock, 100 * 1000);
  vtr_kiosk_controller_set_language (kiosk, "ru");
  vtr_fake_clock_advance (clock, 10 * 1000);
  vtr_kiosk_controller_reset (kiosk);
  g_assert_cmpuint (count (fixture, "sessions", NULL), ==, 2);
  g_assert_cmpuint (count (fixture, "session-seconds", NULL), ==, 105 + 110);
  g_assert_cmpuint (count (fixture, "language", "es"), ==, 1);
  g_assert_cmpuint (count (fixture, "language", "ru"), ==, 1);
  g_assert_cmpuint (count (fixture, "language", "en"), ==, 0);
  g_assert_true (g_file_query_exists (fixture->file, NULL));
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *target = g_build_filename (fixture->folder, "export.csv", NULL);
  g_autofree char *missing = g_build_filename (fixture->folder, "none", "x.csv", NULL);
  g_autoptr(GFile) nothing = g_file_new_for_path (missing);
  g_autofree char *exported = NULL;
  g_autofree char *kept = NULL;
  char buffer[512] = { 0 };
  FILE *out = fmemopen (buffer, sizeof buffer, "w");
  FILE *err = fopen ("/dev/null", "w");

  vtr_kiosk_stats_set_enabled (fixture->stats, TRUE);
  vtr_kiosk_stats_session_started (fixture->stats, "fr");
  vtr_kiosk_stats_session_ended (fixture->stats);

  g_assert_cmpint (vtr_kiosk_stats_export (fixture->file, target, out, err), ==, 0);
  g_assert_true (g_file_get_contents (target, &exported, NULL, NULL));
  g_assert_true (g_file_load_contents (fixture->file, NULL, &kept, NULL, NULL, NULL));
  g_assert_cmpstr (exported, ==, kept);

  g_assert_cmpint (vtr_kiosk_stats_export (fixture->file, "-", out, err), ==, 0);
  fclose (out);
  g_assert_cmpstr (buffer, ==, kept);

  /* No statistics yet: the header alone. An unwritable target: failure. */
  g_assert_cmpint (vtr_kiosk_stats_export (nothing, target, stdout, err), ==, 0);
  g_clear_pointer (&exported, g_free);
  g_assert_true (g_file_get_contents (target, &exported, NULL, NULL));
  g_assert_cmpstr (exported, ==, VTR_KIOSK_STATS_HEADER "\n");
  g_assert_cmpint (vtr_kiosk_stats_export (fixture->file, missing, stdout, err), ==, 1);

  /* A damaged statistics file: failure. */
  g_assert_true (g_file_set_contents (g_file_peek_path (fixture->file), "garbage\n", -1, NULL));
  g_assert_cmpint (vtr_kiosk_stats_export (fixture->file, target, stdout, err), ==, 1);
  fclose (err);
}

/* The writer the kill test runs in a child process: it goes on from the file, counts one
 * more session with many exhibits (so that each write takes a while), saves, and again,
 * until killed. */
static int
run_writer (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(VtrClock) clock = vtr_fake_clock_new ();
  g_autoptr(VtrKioskStats) stats = vtr_kiosk_stats_new (file, clock);
  g_autoptr(GError) error = NULL;

  if (!vtr_kiosk_stats_load (stats, &error))
    {
      g_printerr ("writer: %s\n", error->message);
      return 1;
    }
  vtr_kiosk_stats_set_enabled (stats, TRUE);

  for (guint round = 0; ; round++)
    {
      vtr_kiosk_stats_session_started (stats, "fr");
      for (guint i = 0; i < 50; i++)
        {
          g_autofree char *id = g_strdup_printf ("exhibit-%04u", (round * 50 + i) % 4000);

          vtr_kiosk_stats_exhibit_opened (stats, id);
        }
      vtr_fake_clock_advance (VTR_FAKE_CLOCK (clock), 1000);
      vtr_kiosk_stats_session_ended (stats);
    }

  return 0;
}

static guint
count_temporaries (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "kiosk-statistics.csv."))
      n++;

  return n;
}

static void
test_kill_during_writes (Fixture       *fixture,
                         gconstpointer  data)
{
  const guint n_kills = 40;
  guint64 last_sessions = 0;
  guint n_interrupted = 0;

  vtr_kiosk_stats_set_enabled (fixture->stats, TRUE);
  vtr_kiosk_stats_session_started (fixture->stats, "en");
  vtr_kiosk_stats_session_ended (fixture->stats);

  for (guint i = 0; i < n_kills; i++)
    {
      const char *argv[] = { self_path, "--stats-writer", g_file_peek_path (fixture->file),
                             NULL };
      g_autoptr(GSubprocess) writer = NULL;
      g_autoptr(VtrKioskStats) check = vtr_kiosk_stats_new (fixture->file, fixture->clock);
      g_autoptr(GError) error = NULL;
      guint64 sessions;

      writer = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_NONE, &error);
      g_assert_no_error (error);
      g_usleep (g_random_int_range (20, 150) * 1000);
      g_subprocess_force_exit (writer);
      g_assert_true (g_subprocess_wait (writer, NULL, NULL));
      g_assert_true (g_subprocess_get_if_signaled (writer));
      g_assert_cmpint (g_subprocess_get_term_sig (writer), ==, SIGKILL);

      n_interrupted += count_temporaries (fixture->folder) > 0;

      /* Whenever the writer died, the file is whole: it parses, and no count went back. */
      g_assert_true (vtr_kiosk_stats_load (check, &error));
      g_assert_no_error (error);
      sessions = vtr_kiosk_stats_get_count (check, fixture->today, "sessions", NULL);
      g_assert_cmpuint (sessions, >=, last_sessions);
      last_sessions = sessions;

      /* Loading cleared what the killed writer left behind. */
      g_assert_cmpuint (count_temporaries (fixture->folder), ==, 0);
    }

  /* The writers did write: sessions piled up across the kills. */
  g_assert_cmpuint (last_sessions, >, n_kills);
  g_test_message ("%u kills, %u during a write; %" G_GUINT64_FORMAT " sessions written",
                  n_kills, n_interrupted, last_sessions);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--stats-writer"))
    return run_writer (argv[2]);

  self_path = argv[0];
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)

  ADD ("/kiosk-stats/off-by-default", test_off_by_default);
  ADD ("/kiosk-stats/counts-and-csv", test_counts_and_csv);
  ADD ("/kiosk-stats/round-trip", test_round_trip);
  ADD ("/kiosk-stats/bad-files", test_bad_files);
  ADD ("/kiosk-stats/watch-controller", test_watch_controller);
  ADD ("/kiosk-stats/export", test_export);
  ADD ("/kiosk-stats/kill-during-writes", test_kill_during_writes);

#undef ADD

  return g_test_run ();
}
