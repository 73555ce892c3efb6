/* test-pack-builtin.c: the built-in pack and the documented example load cleanly
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <string.h>

#include "vtr-date.h"
#include "vtr-pack-loader.h"
#include "vtr-test-utils.h"

static VtrPack *
load_clean (GFile *location)
{
  g_autoptr(VtrPackLoader) loader = vtr_pack_loader_new (location);
  g_autoptr(GError) error = NULL;
  VtrPack *pack;
  GListModel *diagnostics;

  pack = vtr_pack_loader_load (loader, &error);

  /* Print what is wrong, so a failure names the problem instead of a count. */
  diagnostics = vtr_pack_loader_get_diagnostics (loader);
  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(VtrDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      g_autofree char *line = vtr_diagnostic_to_string (diagnostic);

      g_test_message ("%s", line);
    }

  g_assert_no_error (error);
  g_assert_nonnull (pack);
  g_assert_cmpuint (vtr_pack_loader_get_n_errors (loader), ==, 0);
  g_assert_cmpuint (vtr_pack_loader_get_n_warnings (loader), ==, 0);

  return pack;
}

static void
assert_has_sources (GListModel *sources)
{
  g_assert_cmpuint (g_list_model_get_n_items (sources), >=, 1);
}

static void
assert_image_decodes (VtrImage *image)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (image);
  g_assert_cmpuint (strlen (vtr_image_get_alt (image)), >=, 20);

  stream = G_INPUT_STREAM (g_file_read (vtr_image_get_file (image), NULL, &error));
  g_assert_no_error (error);
  pixbuf = gdk_pixbuf_new_from_stream (stream, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), >=, 320);
}

static void
test_builtin_loads (void)
{
  g_autoptr(GFile) location = vtr_pack_get_builtin_location ();
  g_autoptr(VtrPack) pack = load_clean (location);

  g_assert_true (vtr_pack_is_builtin (pack));
  g_assert_cmpstr (vtr_pack_get_id (pack), ==, "wic-wuzhen-decade");
  g_assert_cmpuint (g_list_model_get_n_items (vtr_pack_get_categories (pack)), >=, 6);
  g_assert_cmpuint (g_list_model_get_n_items (vtr_pack_get_exhibits (pack)), >=, 30);
  g_assert_cmpuint (g_list_model_get_n_items (vtr_pack_get_events (pack)), >=, 25);
  g_assert_cmpuint (g_list_model_get_n_items (vtr_pack_get_figures (pack)), >=, 8);
  g_assert_cmpuint (g_list_model_get_n_items (vtr_pack_get_tours (pack)), ==, 2);
  g_assert_true (g_strv_contains ((const char * const *)vtr_pack_get_languages (pack), "ar"));
}

static void
test_builtin_exhibits (void)
{
  g_autoptr(GFile) location = vtr_pack_get_builtin_location ();
  g_autoptr(VtrPack) pack = load_clean (location);
  GListModel *exhibits = vtr_pack_get_exhibits (pack);
  g_autoptr(GHashTable) categories_used = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (exhibits); i++)
    {
      g_autoptr(VtrExhibit) exhibit = g_list_model_get_item (exhibits, i);

      g_assert_nonnull (vtr_exhibit_get_category (exhibit));
      g_hash_table_add (categories_used,
                        (gpointer)vtr_category_get_id (vtr_exhibit_get_category (exhibit)));
      g_assert_cmpuint (g_strv_length ((char **)vtr_exhibit_get_body (exhibit)), >=, 1);
      assert_has_sources (vtr_exhibit_get_sources (exhibit));
      assert_image_decodes (vtr_exhibit_get_image (exhibit));
    }

  g_assert_cmpuint (g_hash_table_size (categories_used), >=, 6);
}

static void
test_builtin_timeline (void)
{
  g_autoptr(GFile) location = vtr_pack_get_builtin_location ();
  g_autoptr(VtrPack) pack = load_clean (location);
  GListModel *events = vtr_pack_get_events (pack);
  gboolean years[10] = { FALSE };
  VtrDate previous = { 0 };

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(VtrEvent) event = g_list_model_get_item (events, i);
      VtrDate date;

      g_assert_cmpint (vtr_date_parse (vtr_event_get_date (event), &date), ==,
                       VTR_DATE_PARSE_OK);
      if (date.year >= 2014 && date.year <= 2023)
        years[date.year - 2014] = TRUE;

      /* The model hands events out in date order. */
      if (i > 0)
        g_assert_cmpint (vtr_date_compare_start (&previous, &date), <=, 0);
      previous = date;

      assert_has_sources (vtr_event_get_sources (event));
    }

  for (guint year = 0; year < G_N_ELEMENTS (years); year++)
    {
      if (!years[year])
        g_error ("No event in %u", 2014 + year);
    }

  g_assert_cmpuint (g_list_model_get_n_items (vtr_pack_get_eras (pack)), >=, 2);
}

static void
test_builtin_figures_and_tours (void)
{
  g_autoptr(GFile) location = vtr_pack_get_builtin_location ();
  g_autoptr(VtrPack) pack = load_clean (location);
  GListModel *figures = vtr_pack_get_figures (pack);
  GListModel *tours = vtr_pack_get_tours (pack);
  gboolean has_talk = FALSE, has_attract = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(VtrFigure) figure = g_list_model_get_item (figures, i);

      assert_has_sources (vtr_figure_get_sources (figure));
    }

  for (guint i = 0; i < g_list_model_get_n_items (tours); i++)
    {
      g_autoptr(VtrTour) tour = g_list_model_get_item (tours, i);
      GListModel *stops = vtr_tour_get_stops (tour);
      guint seconds = 0;

      for (guint j = 0; j < g_list_model_get_n_items (stops); j++)
        {
          g_autoptr(VtrTourStop) stop = g_list_model_get_item (stops, j);
          const char *target = vtr_tour_stop_get_target_id (stop);

          seconds += vtr_tour_stop_get_seconds (stop);
          switch (vtr_tour_stop_get_kind (stop))
            {
            case VTR_STOP_KIND_EXHIBIT:
              g_assert_nonnull (vtr_pack_find_exhibit (pack, target));
              break;
            case VTR_STOP_KIND_EVENT:
              g_assert_nonnull (vtr_pack_find_event (pack, target));
              break;
            case VTR_STOP_KIND_FIGURE:
            default:
              g_assert_nonnull (vtr_pack_find_figure (pack, target));
              break;
            }
        }

      if (vtr_tour_get_purpose (tour) == VTR_TOUR_PURPOSE_TALK)
        {
          /* The stage talk is planned at ten minutes. */
          g_assert_cmpuint (seconds, ==, 600);
          has_talk = TRUE;
        }
      else
        {
          has_attract = TRUE;
        }
    }

  g_assert_true (has_talk);
  g_assert_true (has_attract);
}

static void
test_example_pack (void)
{
  g_autoptr(GFile) location = vtr_test_source_file ("../docs/examples/river-museum");
  g_autoptr(VtrPack) pack = load_clean (location);

  g_assert_false (vtr_pack_is_builtin (pack));
  g_assert_cmpuint (g_list_model_get_n_items (vtr_pack_get_exhibits (pack)), >=, 1);
}

static void
test_minimal_pack (void)
{
  g_autoptr(GFile) location = vtr_test_source_file ("data/minimal");
  g_autoptr(VtrPack) pack = load_clean (location);
  VtrExhibit *exhibit;

  g_assert_nonnull (pack);
  exhibit = VTR_EXHIBIT (g_list_model_get_item (vtr_pack_get_exhibits (pack), 0));
  g_assert_true (vtr_pack_find_exhibit (pack, vtr_exhibit_get_id (exhibit)) == exhibit);
  g_object_unref (exhibit);
  g_assert_null (vtr_pack_find_exhibit (pack, "no-such-exhibit"));
}

static void
test_unreadable_folder (void)
{
  g_autoptr(GFile) location = g_file_new_for_path ("/nonexistent/vitrine/pack");
  g_autoptr(VtrPackLoader) loader = vtr_pack_loader_new (location);
  g_autoptr(GError) error = NULL;
  g_autoptr(VtrPack) pack = vtr_pack_loader_load (loader, &error);

  g_assert_null (pack);
  g_assert_error (error, VTR_PACK_ERROR, VTR_PACK_ERROR_UNREADABLE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pack/builtin/loads", test_builtin_loads);
  g_test_add_func ("/pack/builtin/exhibits", test_builtin_exhibits);
  g_test_add_func ("/pack/builtin/timeline", test_builtin_timeline);
  g_test_add_func ("/pack/builtin/figures-and-tours", test_builtin_figures_and_tours);
  g_test_add_func ("/pack/example", test_example_pack);
  g_test_add_func ("/pack/minimal", test_minimal_pack);
  g_test_add_func ("/pack/unreadable-folder", test_unreadable_folder);

  return g_test_run ();
}
