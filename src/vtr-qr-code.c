/* vtr-qr-code.c
 *
 * A QR code that a visitor scans with their own phone to take an exhibit's sources home: the
 * kiosk itself never opens a browser. libqrencode makes the matrix; this object draws it as a
 * GdkPaintable, black modules on white with the 4-module quiet zone scanners need, so that it
 * scales sharply to any size in a GtkPicture. Building one needs no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <qrencode.h>

#include "vtr-qr-code.h"

/* The pixels per module at the paintable's natural size: large enough for a phone camera at
 * arm's length on a touchscreen, for the usual short URL. */
#define MODULE_PIXELS 6

struct _VtrQrCode
{
  GObject  parent_instance;

  char    *text;
  int      version;
  int      size;
  /* size × size, row by row, TRUE for a dark module. */
  guint8  *modules;
};

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static void vtr_qr_code_paintable_init (GdkPaintableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VtrQrCode, vtr_qr_code, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GDK_TYPE_PAINTABLE,
                                                      vtr_qr_code_paintable_init))
G_DEFINE_QUARK (vtr-qr-code-error-quark, vtr_qr_code_error)

static GParamSpec *properties[N_PROPS];

static int
total_modules (VtrQrCode *self)
{
  return self->size + 2 * VTR_QR_CODE_QUIET_ZONE;
}

static void
vtr_qr_code_snapshot (GdkPaintable *paintable,
                      GdkSnapshot  *snapshot,
                      double        width,
                      double        height)
{
  VtrQrCode *self = VTR_QR_CODE (paintable);
  static const GdkRGBA white = { 1.0, 1.0, 1.0, 1.0 };
  static const GdkRGBA black = { 0.0, 0.0, 0.0, 1.0 };
  double side = MIN (width, height);
  double module = side / total_modules (self);
  double left = (width - side) / 2.0 + VTR_QR_CODE_QUIET_ZONE * module;
  double top = (height - side) / 2.0 + VTR_QR_CODE_QUIET_ZONE * module;

  /* Always a square, centred, with its own white background: a dark theme must not turn the
   * quiet zone black, or phones cannot read the code. */
  gtk_snapshot_append_color (GTK_SNAPSHOT (snapshot), &white,
                             &GRAPHENE_RECT_INIT ((width - side) / 2.0, (height - side) / 2.0,
                                                  side, side));

  /* One rectangle per horizontal run of dark modules keeps the render nodes few. */
  for (int y = 0; y < self->size; y++)
    {
      int x = 0;

      while (x < self->size)
        {
          int start;

          if (!self->modules[y * self->size + x])
            {
              x++;
              continue;
            }

          start = x;
          while (x < self->size && self->modules[y * self->size + x])
            x++;

          gtk_snapshot_append_color (GTK_SNAPSHOT (snapshot), &black,
                                     &GRAPHENE_RECT_INIT (left + start * module, top + y * module,
                                                          (x - start) * module, module));
        }
    }
}

static int
vtr_qr_code_get_intrinsic_size (GdkPaintable *paintable)
{
  return total_modules (VTR_QR_CODE (paintable)) * MODULE_PIXELS;
}

static double
vtr_qr_code_get_intrinsic_aspect_ratio (GdkPaintable *paintable)
{
  return 1.0;
}

static GdkPaintableFlags
vtr_qr_code_get_flags (GdkPaintable *paintable)
{
  return GDK_PAINTABLE_STATIC_SIZE | GDK_PAINTABLE_STATIC_CONTENTS;
}

static void
vtr_qr_code_paintable_init (GdkPaintableInterface *iface)
{
  iface->snapshot = vtr_qr_code_snapshot;
  iface->get_intrinsic_width = vtr_qr_code_get_intrinsic_size;
  iface->get_intrinsic_height = vtr_qr_code_get_intrinsic_size;
  iface->get_intrinsic_aspect_ratio = vtr_qr_code_get_intrinsic_aspect_ratio;
  iface->get_flags = vtr_qr_code_get_flags;
}

static void
vtr_qr_code_finalize (GObject *object)
{
  VtrQrCode *self = (VtrQrCode *)object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->modules, g_free);

  G_OBJECT_CLASS (vtr_qr_code_parent_class)->finalize (object);
}

static void
vtr_qr_code_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  VtrQrCode *self = VTR_QR_CODE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_qr_code_class_init (VtrQrCodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vtr_qr_code_finalize;
  object_class->get_property = vtr_qr_code_get_property;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_qr_code_init (VtrQrCode *self)
{
}

/**
 * vtr_qr_code_new:
 * @text: what the code says, usually a URL; encoded as UTF-8 bytes
 *
 * Encodes @text at error-correction level M (15% of the code can be damaged or dirty and it
 * still reads), in the smallest version it fits.
 *
 * Returns: (transfer full) (nullable): the code, or %NULL with @error set
 */
VtrQrCode *
vtr_qr_code_new (const char  *text,
                 GError     **error)
{
  g_autoptr(VtrQrCode) self = NULL;
  QRcode *code;

  g_return_val_if_fail (text != NULL, NULL);

  if (*text == '\0')
    {
      g_set_error (error, VTR_QR_CODE_ERROR, VTR_QR_CODE_ERROR_EMPTY,
                   _("There is no link to show as a QR code."));
      return NULL;
    }

  errno = 0;
  code = QRcode_encodeString8bit (text, 0, QR_ECLEVEL_M);
  if (code == NULL)
    {
      if (errno == ERANGE)
        g_set_error (error, VTR_QR_CODE_ERROR, VTR_QR_CODE_ERROR_TOO_LONG,
                     _("The link is too long for a QR code (%zu bytes)."), strlen (text));
      else
        g_set_error (error, VTR_QR_CODE_ERROR, VTR_QR_CODE_ERROR_FAILED,
                     _("Could not make a QR code: %s"), g_strerror (errno));
      return NULL;
    }

  self = g_object_new (VTR_TYPE_QR_CODE, NULL);
  self->text = g_strdup (text);
  self->version = code->version;
  self->size = code->width;
  self->modules = g_new (guint8, (gsize)code->width * code->width);
  /* libqrencode keeps other flags in the upper bits; bit 0 is dark or light. */
  for (int i = 0; i < code->width * code->width; i++)
    self->modules[i] = code->data[i] & 1;
  QRcode_free (code);

  return g_steal_pointer (&self);
}

const char *
vtr_qr_code_get_text (VtrQrCode *self)
{
  g_return_val_if_fail (VTR_IS_QR_CODE (self), NULL);

  return self->text;
}

/**
 * vtr_qr_code_get_version:
 *
 * Returns: the QR version, 1 to 40
 */
int
vtr_qr_code_get_version (VtrQrCode *self)
{
  g_return_val_if_fail (VTR_IS_QR_CODE (self), 0);

  return self->version;
}

/**
 * vtr_qr_code_get_size:
 *
 * Returns: the modules on a side, without the quiet zone: 17 + 4 × version
 */
int
vtr_qr_code_get_size (VtrQrCode *self)
{
  g_return_val_if_fail (VTR_IS_QR_CODE (self), 0);

  return self->size;
}

/**
 * vtr_qr_code_get_module:
 *
 * Returns: whether the module at @x, @y is dark; %FALSE outside the code, as in the quiet zone
 */
gboolean
vtr_qr_code_get_module (VtrQrCode *self,
                        int        x,
                        int        y)
{
  g_return_val_if_fail (VTR_IS_QR_CODE (self), FALSE);

  if (x < 0 || y < 0 || x >= self->size || y >= self->size)
    return FALSE;

  return self->modules[y * self->size + x] != 0;
}
