/* vtr-diagnostic.h: one problem found in a content pack
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define VTR_PACK_ERROR (vtr_pack_error_quark ())

/**
 * VtrPackError:
 *
 * One code for each kind of problem a curator can meet in a pack. The nick of each value
 * (for example `missing-image`) is the stable name used in tests and documentation.
 */
typedef enum
{
  VTR_PACK_ERROR_UNREADABLE,
  VTR_PACK_ERROR_MISSING_FILE,
  VTR_PACK_ERROR_INVALID_JSON,
  VTR_PACK_ERROR_TOO_LARGE,
  VTR_PACK_ERROR_WRONG_TYPE,
  VTR_PACK_ERROR_MISSING_FIELD,
  VTR_PACK_ERROR_EMPTY_TEXT,
  VTR_PACK_ERROR_INVALID_ID,
  VTR_PACK_ERROR_DUPLICATE_ID,
  VTR_PACK_ERROR_DUPLICATE_KEY,
  VTR_PACK_ERROR_UNKNOWN_REFERENCE,
  VTR_PACK_ERROR_INVALID_DATE,
  VTR_PACK_ERROR_DATE_ORDER,
  VTR_PACK_ERROR_MISSING_IMAGE,
  VTR_PACK_ERROR_IMAGE_OUTSIDE_PACK,
  VTR_PACK_ERROR_MISSING_ALT_TEXT,
  VTR_PACK_ERROR_UNKNOWN_KEY,
  VTR_PACK_ERROR_UNSUPPORTED_FORMAT,
  VTR_PACK_ERROR_INVALID_VALUE,
  VTR_PACK_ERROR_EMPTY_LIST,
  VTR_PACK_ERROR_MISSING_CATALOG,
  VTR_PACK_ERROR_UNTRANSLATED,
  VTR_PACK_ERROR_INVALID_PACK,
  VTR_PACK_ERROR_INVALID_IMAGE,
  VTR_PACK_ERROR_TOO_MANY_PROBLEMS,
} VtrPackError;

typedef enum
{
  VTR_SEVERITY_ERROR,
  VTR_SEVERITY_WARNING,
} VtrSeverity;

#define VTR_TYPE_DIAGNOSTIC (vtr_diagnostic_get_type ())

G_DECLARE_FINAL_TYPE (VtrDiagnostic, vtr_diagnostic, VTR, DIAGNOSTIC, GObject)

GQuark         vtr_pack_error_quark          (void);

VtrDiagnostic *vtr_diagnostic_new            (VtrSeverity    severity,
                                              VtrPackError   code,
                                              const char    *file,
                                              guint          line,
                                              guint          column,
                                              const char    *pointer,
                                              const char    *message);
VtrSeverity    vtr_diagnostic_get_severity   (VtrDiagnostic *self);
VtrPackError   vtr_diagnostic_get_code       (VtrDiagnostic *self);
const char    *vtr_diagnostic_get_file       (VtrDiagnostic *self);
guint          vtr_diagnostic_get_line       (VtrDiagnostic *self);
guint          vtr_diagnostic_get_column     (VtrDiagnostic *self);
const char    *vtr_diagnostic_get_pointer    (VtrDiagnostic *self);
const char    *vtr_diagnostic_get_message    (VtrDiagnostic *self);
char          *vtr_diagnostic_to_string      (VtrDiagnostic *self);
const char    *vtr_pack_error_to_nick        (VtrPackError   code);

G_END_DECLS
