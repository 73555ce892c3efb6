/* bench-pack-load.c: loading and validating a pack, against json-glib's bare parse
 *
 * Usage: bench-pack-load PACK-DIR [RUNS]
 *
 * The floor is what json-glib alone needs to read and parse the same five files into a tree;
 * the figure is VtrPackLoader reading, parsing, validating and building the models. Runs of
 * the two alternate, so that a noisy neighbour slows both alike. Prints "bench: KEY VALUE"
 * lines for tests/bench/run-benchmarks.py.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdlib.h>

#include "vtr-pack-loader.h"

static const char * const pack_files[] = {
  "pack.json", "exhibits.json", "timeline.json", "figures.json", "tours.json",
};

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

static double
bare_parse (const char *folder)
{
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < G_N_ELEMENTS (pack_files); i++)
    {
      g_autofree char *path = g_build_filename (folder, pack_files[i], NULL);
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      gsize length;

      if (!g_file_get_contents (path, &contents, &length, &error) ||
          !json_parser_load_from_data (parser, contents, length, &error))
        g_error ("%s: %s", path, error->message);
    }

  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
load_and_validate (const char *folder,
                   guint      *n_exhibits)
{
  g_autoptr(GFile) location = g_file_new_for_path (folder);
  g_autoptr(VtrPackLoader) loader = vtr_pack_loader_new (location);
  g_autoptr(VtrPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  double elapsed;

  pack = vtr_pack_loader_load (loader, &error);
  elapsed = (g_get_monotonic_time () - start) / 1000.0;
  if (pack == NULL || vtr_pack_loader_get_n_errors (loader) > 0)
    g_error ("%s does not load: %s", folder, error != NULL ? error->message : "errors");
  *n_exhibits = g_list_model_get_n_items (vtr_pack_get_exhibits (pack));

  return elapsed;
}

int
main (int   argc,
      char *argv[])
{
  guint runs = argc > 2 ? (guint) atoi (argv[2]) : 7;
  g_autofree double *parse = NULL;
  g_autofree double *load = NULL;
  guint n_exhibits = 0;

  if (argc < 2 || runs == 0)
    {
      g_printerr ("usage: %s PACK-DIR [RUNS]\n", argv[0]);
      return 2;
    }

  vtr_ensure_resources ();
  parse = g_new (double, runs);
  load = g_new (double, runs);

  /* One untimed round fills the page cache and GLib's type system. */
  bare_parse (argv[1]);
  load_and_validate (argv[1], &n_exhibits);

  for (guint i = 0; i < runs; i++)
    {
      parse[i] = bare_parse (argv[1]);
      load[i] = load_and_validate (argv[1], &n_exhibits);
    }
  qsort (parse, runs, sizeof (double), compare_doubles);
  qsort (load, runs, sizeof (double), compare_doubles);

  g_print ("bench: pack-exhibits %u\n", n_exhibits);
  g_print ("bench: bare-parse-ms %.1f\n", parse[runs / 2]);
  g_print ("bench: load-validate-ms %.1f\n", load[runs / 2]);

  return 0;
}
