/* vtr-qr-code.h: a QR code as a GdkPaintable, so a visitor can take a link home on their phone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VTR_QR_CODE_ERROR (vtr_qr_code_error_quark ())

/**
 * VtrQrCodeError:
 * @VTR_QR_CODE_ERROR_EMPTY: there is no text to encode
 * @VTR_QR_CODE_ERROR_TOO_LONG: the text does not fit in the largest QR code
 * @VTR_QR_CODE_ERROR_FAILED: libqrencode failed for another reason
 */
typedef enum {
  VTR_QR_CODE_ERROR_EMPTY,
  VTR_QR_CODE_ERROR_TOO_LONG,
  VTR_QR_CODE_ERROR_FAILED,
} VtrQrCodeError;

/* The blank margin around the code, in modules, that scanners need. */
#define VTR_QR_CODE_QUIET_ZONE 4

#define VTR_TYPE_QR_CODE (vtr_qr_code_get_type ())

G_DECLARE_FINAL_TYPE (VtrQrCode, vtr_qr_code, VTR, QR_CODE, GObject)

GQuark      vtr_qr_code_error_quark (void);

VtrQrCode  *vtr_qr_code_new         (const char  *text,
                                     GError     **error);
const char *vtr_qr_code_get_text    (VtrQrCode   *self);
int         vtr_qr_code_get_version (VtrQrCode   *self);
int         vtr_qr_code_get_size    (VtrQrCode   *self);
gboolean    vtr_qr_code_get_module  (VtrQrCode   *self,
                                     int          x,
                                     int          y);

G_END_DECLS
