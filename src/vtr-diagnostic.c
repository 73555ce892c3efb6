/* vtr-diagnostic.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-diagnostic.h"
#include "vtr-enums.h"

struct _VtrDiagnostic
{
  GObject       parent_instance;

  VtrSeverity   severity;
  VtrPackError  code;
  char         *file;
  guint         line;
  guint         column;
  char         *pointer;
  char         *message;
};

enum {
  PROP_0,
  PROP_SEVERITY,
  PROP_CODE,
  PROP_FILE,
  PROP_LINE,
  PROP_COLUMN,
  PROP_POINTER,
  PROP_MESSAGE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrDiagnostic, vtr_diagnostic, G_TYPE_OBJECT)

G_DEFINE_QUARK (vtr-pack-error-quark, vtr_pack_error)

static GParamSpec *properties[N_PROPS];

static void
vtr_diagnostic_finalize (GObject *object)
{
  VtrDiagnostic *self = (VtrDiagnostic *)object;

  g_clear_pointer (&self->file, g_free);
  g_clear_pointer (&self->pointer, g_free);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (vtr_diagnostic_parent_class)->finalize (object);
}

static void
vtr_diagnostic_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VtrDiagnostic *self = VTR_DIAGNOSTIC (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;

    case PROP_CODE:
      g_value_set_enum (value, self->code);
      break;

    case PROP_FILE:
      g_value_set_string (value, self->file);
      break;

    case PROP_LINE:
      g_value_set_uint (value, self->line);
      break;

    case PROP_COLUMN:
      g_value_set_uint (value, self->column);
      break;

    case PROP_POINTER:
      g_value_set_string (value, self->pointer);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_diagnostic_class_init (VtrDiagnosticClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vtr_diagnostic_finalize;
  object_class->get_property = vtr_diagnostic_get_property;

  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL,
                       VTR_TYPE_SEVERITY, VTR_SEVERITY_ERROR,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CODE] =
    g_param_spec_enum ("code", NULL, NULL,
                       VTR_TYPE_PACK_ERROR, VTR_PACK_ERROR_INVALID_PACK,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_string ("file", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINE] =
    g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLUMN] =
    g_param_spec_uint ("column", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_POINTER] =
    g_param_spec_string ("pointer", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_diagnostic_init (VtrDiagnostic *self)
{
}

/**
 * vtr_diagnostic_new:
 * @line: the 1-based line, or 0 when the problem has no place in a file
 * @pointer: (nullable): a JSON Pointer, or %NULL
 *
 * Returns: (transfer full): a new diagnostic
 */
VtrDiagnostic *
vtr_diagnostic_new (VtrSeverity   severity,
                    VtrPackError  code,
                    const char   *file,
                    guint         line,
                    guint         column,
                    const char   *pointer,
                    const char   *message)
{
  VtrDiagnostic *self;

  g_return_val_if_fail (file != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  self = g_object_new (VTR_TYPE_DIAGNOSTIC, NULL);
  self->severity = severity;
  self->code = code;
  self->file = g_strdup (file);
  self->line = line;
  self->column = column;
  self->pointer = g_strdup (pointer ? pointer : "");
  self->message = g_strdup (message);

  return self;
}

VtrSeverity
vtr_diagnostic_get_severity (VtrDiagnostic *self)
{
  g_return_val_if_fail (VTR_IS_DIAGNOSTIC (self), VTR_SEVERITY_ERROR);

  return self->severity;
}

VtrPackError
vtr_diagnostic_get_code (VtrDiagnostic *self)
{
  g_return_val_if_fail (VTR_IS_DIAGNOSTIC (self), VTR_PACK_ERROR_INVALID_PACK);

  return self->code;
}

const char *
vtr_diagnostic_get_file (VtrDiagnostic *self)
{
  g_return_val_if_fail (VTR_IS_DIAGNOSTIC (self), NULL);

  return self->file;
}

guint
vtr_diagnostic_get_line (VtrDiagnostic *self)
{
  g_return_val_if_fail (VTR_IS_DIAGNOSTIC (self), 0);

  return self->line;
}

guint
vtr_diagnostic_get_column (VtrDiagnostic *self)
{
  g_return_val_if_fail (VTR_IS_DIAGNOSTIC (self), 0);

  return self->column;
}

const char *
vtr_diagnostic_get_pointer (VtrDiagnostic *self)
{
  g_return_val_if_fail (VTR_IS_DIAGNOSTIC (self), NULL);

  return self->pointer;
}

const char *
vtr_diagnostic_get_message (VtrDiagnostic *self)
{
  g_return_val_if_fail (VTR_IS_DIAGNOSTIC (self), NULL);

  return self->message;
}

/**
 * vtr_diagnostic_to_string:
 *
 * Formats the diagnostic the way compilers do, so that editors and terminals can jump to the
 * place: `exhibits.json:14:5: error: /exhibits/3/image: message`.
 *
 * Returns: (transfer full): the line, without a trailing newline
 */
char *
vtr_diagnostic_to_string (VtrDiagnostic *self)
{
  GString *str;
  /* The severity stays untranslated, like a compiler's, so that editors and scripts can pick
   * the lines out of --validate's output whatever the curator's language. */
  const char *severity = self->severity == VTR_SEVERITY_ERROR ? "error" : "warning";

  g_return_val_if_fail (VTR_IS_DIAGNOSTIC (self), NULL);

  str = g_string_new (self->file);
  if (self->line > 0)
    g_string_append_printf (str, ":%u:%u", self->line, self->column);
  g_string_append_printf (str, ": %s: ", severity);
  if (self->pointer[0] != '\0')
    g_string_append_printf (str, "%s: ", self->pointer);
  g_string_append (str, self->message);

  return g_string_free (str, FALSE);
}

const char *
vtr_pack_error_to_nick (VtrPackError code)
{
  GEnumClass *klass = g_type_class_ref (VTR_TYPE_PACK_ERROR);
  GEnumValue *value = g_enum_get_value (klass, code);

  g_type_class_unref (klass);

  return value != NULL ? value->value_nick : "unknown";
}
