/* test-qr-code.c: the QR matrix and its paintable, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-qr-code.h"

/* Whether a 7×7 finder pattern sits with its top-left module at @x, @y: a dark ring, a light
 * ring, and a dark 3×3 centre. */
static gboolean
has_finder (VtrQrCode *code,
            int        x,
            int        y)
{
  for (int dy = 0; dy < 7; dy++)
    for (int dx = 0; dx < 7; dx++)
      {
        int ring = MIN (MIN (dx, dy), MIN (6 - dx, 6 - dy));
        gboolean dark = ring != 1;

        if (vtr_qr_code_get_module (code, x + dx, y + dy) != dark)
          return FALSE;
      }

  return TRUE;
}

static guint
count_dark (VtrQrCode *code)
{
  guint dark = 0;

  for (int y = 0; y < vtr_qr_code_get_size (code); y++)
    for (int x = 0; x < vtr_qr_code_get_size (code); x++)
      dark += vtr_qr_code_get_module (code, x, y);

  return dark;
}

static void
test_version_one (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtrQrCode) code = vtr_qr_code_new ("HELLO WORLD", &error);
  int size;

  g_assert_no_error (error);
  g_assert_cmpstr (vtr_qr_code_get_text (code), ==, "HELLO WORLD");
  /* Eleven bytes fit version 1 at level M (14 bytes), which is 21 modules a side. */
  g_assert_cmpint (vtr_qr_code_get_version (code), ==, 1);
  size = vtr_qr_code_get_size (code);
  g_assert_cmpint (size, ==, 21);

  g_assert_true (has_finder (code, 0, 0));
  g_assert_true (has_finder (code, size - 7, 0));
  g_assert_true (has_finder (code, 0, size - 7));
  g_assert_false (has_finder (code, size - 7, size - 7));

  /* The timing pattern alternates along row and column 6 between the finders. */
  for (int i = 8; i < size - 8; i++)
    {
      g_assert_cmpint (vtr_qr_code_get_module (code, i, 6), ==, i % 2 == 0);
      g_assert_cmpint (vtr_qr_code_get_module (code, 6, i), ==, i % 2 == 0);
    }

  /* Outside the code is the quiet zone: light. */
  g_assert_false (vtr_qr_code_get_module (code, -1, 0));
  g_assert_false (vtr_qr_code_get_module (code, size, size));
}

static void
test_sizes_grow_with_text (void)
{
  int last_version = 0;

  for (gsize length = 1; length <= 2331; length = length * 3 + 1)
    {
      g_autofree char *text = g_strnfill (length, 'x');
      g_autoptr(VtrQrCode) code = vtr_qr_code_new (text, NULL);

      g_assert_nonnull (code);
      g_assert_cmpint (vtr_qr_code_get_version (code), >=, last_version);
      g_assert_cmpint (vtr_qr_code_get_size (code), ==, 17 + 4 * vtr_qr_code_get_version (code));
      last_version = vtr_qr_code_get_version (code);
    }
  g_assert_cmpint (last_version, >, 20);
}

static void
test_deterministic (void)
{
  const char *url = "https://www.computerhistory.org/timeline/computers/";
  g_autoptr(VtrQrCode) a = vtr_qr_code_new (url, NULL);
  g_autoptr(VtrQrCode) b = vtr_qr_code_new (url, NULL);
  g_autoptr(VtrQrCode) other = vtr_qr_code_new ("https://www.computerhistory.org/timeline/", NULL);
  gboolean differs = FALSE;
  guint dark = count_dark (a);

  g_assert_cmpint (vtr_qr_code_get_size (a), ==, vtr_qr_code_get_size (b));
  g_assert_cmpuint (dark, ==, count_dark (b));
  for (int y = 0; y < vtr_qr_code_get_size (a); y++)
    for (int x = 0; x < vtr_qr_code_get_size (a); x++)
      g_assert_cmpint (vtr_qr_code_get_module (a, x, y), ==, vtr_qr_code_get_module (b, x, y));

  /* Masking keeps dark and light modules roughly balanced. */
  g_assert_cmpuint (dark * 100 / (guint)(vtr_qr_code_get_size (a) * vtr_qr_code_get_size (a)),
                    >, 35);
  g_assert_cmpuint (dark * 100 / (guint)(vtr_qr_code_get_size (a) * vtr_qr_code_get_size (a)),
                    <, 65);

  for (int y = 0; y < vtr_qr_code_get_size (other) && !differs; y++)
    for (int x = 0; x < vtr_qr_code_get_size (other) && !differs; x++)
      differs = vtr_qr_code_get_module (a, x, y) != vtr_qr_code_get_module (other, x, y);
  g_assert_true (differs);
}

static void
test_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *too_long = g_strnfill (2332, 'x');
  g_autofree char *longest = g_strnfill (2331, 'x');
  g_autoptr(VtrQrCode) fits = NULL;

  g_assert_null (vtr_qr_code_new (too_long, &error));
  g_assert_error (error, VTR_QR_CODE_ERROR, VTR_QR_CODE_ERROR_TOO_LONG);
  g_assert_nonnull (strstr (error->message, "2332"));
  g_clear_error (&error);

  g_assert_null (vtr_qr_code_new ("", &error));
  g_assert_error (error, VTR_QR_CODE_ERROR, VTR_QR_CODE_ERROR_EMPTY);
  g_clear_error (&error);

  /* 2331 bytes is the capacity of version 40 at level M. */
  fits = vtr_qr_code_new (longest, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vtr_qr_code_get_version (fits), ==, 40);
  g_assert_cmpint (vtr_qr_code_get_size (fits), ==, 177);
}

static void
test_paintable (void)
{
  g_autoptr(VtrQrCode) code = vtr_qr_code_new ("HELLO WORLD", NULL);
  GdkPaintable *paintable = GDK_PAINTABLE (code);
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  graphene_rect_t bounds;

  /* GTK registers its render node types in gtk_init(), which needs a display; asking for one
   * of them registers them all. */
  g_type_ensure (GSK_TYPE_CONTAINER_NODE);
  snapshot = gtk_snapshot_new ();
  /* 21 modules plus 4 of quiet zone on each side, 6 pixels each. */
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==, 29 * 6);
  g_assert_cmpint (gdk_paintable_get_intrinsic_height (paintable), ==, 29 * 6);
  g_assert_cmpfloat (gdk_paintable_get_intrinsic_aspect_ratio (paintable), ==, 1.0);
  g_assert_cmpint (gdk_paintable_get_flags (paintable), ==,
                   GDK_PAINTABLE_STATIC_SIZE | GDK_PAINTABLE_STATIC_CONTENTS);

  /* Drawn into a wide area, the code stays square and centred. */
  gdk_paintable_snapshot (paintable, snapshot, 400.0, 290.0);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  gsk_render_node_get_bounds (node, &bounds);
  g_assert_cmpfloat_with_epsilon (bounds.size.width, 290.0, 0.001);
  g_assert_cmpfloat_with_epsilon (bounds.size.height, 290.0, 0.001);
  g_assert_cmpfloat_with_epsilon (bounds.origin.x, 55.0, 0.001);
  g_assert_cmpint (gsk_render_node_get_node_type (node), ==, GSK_CONTAINER_NODE);
  /* The background plus one node per run of dark modules, and no more than one per module. */
  g_assert_cmpuint (gsk_container_node_get_n_children (node), >, 21);
  g_assert_cmpuint (gsk_container_node_get_n_children (node), <=, 1 + count_dark (code));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qr-code/version-one", test_version_one);
  g_test_add_func ("/qr-code/sizes", test_sizes_grow_with_text);
  g_test_add_func ("/qr-code/deterministic", test_deterministic);
  g_test_add_func ("/qr-code/errors", test_errors);
  g_test_add_func ("/qr-code/paintable", test_paintable);

  return g_test_run ();
}
