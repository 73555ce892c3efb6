/* vtr-language-manager.c
 *
 * gettext reads the language from the environment once per catalog lookup, so switching at
 * run time is three steps (see shared/TESTING-NOTES.md): make sure the locale is not "C",
 * where glibc ignores LANGUAGE; set LANGUAGE; and bump glibc's catalog counter, without which
 * cached translations of the old language come back. Content and UI read their strings through
 * gettext on every access, so the next read after a switch is in the new language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vtr-language-manager.h"
#include "vtr-translate.h"

/* glibc's count of catalog changes; gettext drops its cache when it moves. */
extern int _nl_msg_cat_cntr;

struct _VtrLanguageManager
{
  GObject  parent_instance;

  char    *language;
};

enum {
  PROP_0,
  PROP_LANGUAGE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrLanguageManager, vtr_language_manager, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* Each language in its own name and script, the way a visitor looks for it. No flags: a flag
 * names a country, not a language. */
static const struct {
  const char *code;
  const char *native_name;
} native_names[] = {
  { "ar", "العربية" },
  { "de", "Deutsch" },
  { "en", "English" },
  { "es", "Español" },
  { "fr", "Français" },
  { "ja", "日本語" },
  { "ru", "Русский" },
  { "zh_CN", "中文" },
};

static gboolean
is_c_locale (const char *locale)
{
  return locale == NULL || g_str_equal (locale, "C") || g_str_equal (locale, "POSIX");
}

static void
vtr_language_manager_finalize (GObject *object)
{
  VtrLanguageManager *self = (VtrLanguageManager *)object;

  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (vtr_language_manager_parent_class)->finalize (object);
}

static void
vtr_language_manager_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  VtrLanguageManager *self = VTR_LANGUAGE_MANAGER (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_language_manager_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  VtrLanguageManager *self = VTR_LANGUAGE_MANAGER (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      vtr_language_manager_set_language (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_language_manager_class_init (VtrLanguageManagerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vtr_language_manager_finalize;
  object_class->get_property = vtr_language_manager_get_property;
  object_class->set_property = vtr_language_manager_set_property;

  /**
   * VtrLanguageManager:language:
   *
   * The language in use, as a gettext code such as "fr" or "zh_CN", or %NULL before one was
   * chosen (the system's language applies then).
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_language_manager_init (VtrLanguageManager *self)
{
}

/**
 * vtr_language_manager_get_default:
 *
 * The language of a process is process-wide, so there is one manager.
 *
 * Returns: (transfer none): the language manager
 */
VtrLanguageManager *
vtr_language_manager_get_default (void)
{
  static VtrLanguageManager *instance;

  if (instance == NULL)
    instance = g_object_new (VTR_TYPE_LANGUAGE_MANAGER, NULL);

  return instance;
}

const char *
vtr_language_manager_get_language (VtrLanguageManager *self)
{
  g_return_val_if_fail (VTR_IS_LANGUAGE_MANAGER (self), NULL);

  return self->language;
}

/**
 * vtr_language_manager_set_language:
 * @code: a gettext language code, such as "ar" or "zh_CN"
 *
 * Switches every later gettext lookup, UI and content alike, to @code.
 */
void
vtr_language_manager_set_language (VtrLanguageManager *self,
                                   const char         *code)
{
  g_return_if_fail (VTR_IS_LANGUAGE_MANAGER (self));
  g_return_if_fail (code != NULL && code[0] != '\0');

  if (g_strcmp0 (self->language, code) == 0)
    return;

  /* Under the C locale glibc ignores LANGUAGE; C.UTF-8 is always there and honours it. */
  if (is_c_locale (setlocale (LC_MESSAGES, NULL)))
    setlocale (LC_ALL, "C.UTF-8");

  g_setenv ("LANGUAGE", code, TRUE);
  ++_nl_msg_cat_cntr;
  vtr_translate_changed ();

  g_free (self->language);
  self->language = g_strdup (code);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

static gboolean
same_language (const char *a,
               const char *b)
{
  gsize length_a = strcspn (a, "_.@");
  gsize length_b = strcspn (b, "_.@");

  return length_a == length_b && strncmp (a, b, length_a) == 0;
}

/**
 * vtr_language_pick:
 * @offered: the languages the content offers
 * @pinned: (nullable): a language asked for by option or setting, or %NULL or ""
 * @preferred: the system's languages, best first, as g_get_language_names() gives them
 *
 * Chooses the language to start in: the pinned one if it is offered, else the first of the
 * system's languages that is offered (exactly, or by language alone: "fr_CA" finds "fr"),
 * else English, else the first offered.
 *
 * Returns: (transfer full): a language code from @offered
 */
char *
vtr_language_pick (const char * const *offered,
                   const char         *pinned,
                   const char * const *preferred)
{
  g_return_val_if_fail (offered != NULL && offered[0] != NULL, NULL);

  if (pinned != NULL && pinned[0] != '\0' && g_strv_contains (offered, pinned))
    return g_strdup (pinned);

  for (guint i = 0; preferred != NULL && preferred[i] != NULL; i++)
    {
      if (is_c_locale (preferred[i]))
        continue;
      if (g_strv_contains (offered, preferred[i]))
        return g_strdup (preferred[i]);
    }

  for (guint i = 0; preferred != NULL && preferred[i] != NULL; i++)
    {
      if (is_c_locale (preferred[i]))
        continue;
      for (guint j = 0; offered[j] != NULL; j++)
        {
          if (same_language (preferred[i], offered[j]))
            return g_strdup (offered[j]);
        }
    }

  if (g_strv_contains (offered, "en"))
    return g_strdup ("en");

  return g_strdup (offered[0]);
}

/**
 * vtr_language_get_native_name:
 *
 * Returns: the language's name in itself, such as "Français", or @code when it is not known
 */
const char *
vtr_language_get_native_name (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (native_names); i++)
    {
      if (g_str_equal (native_names[i].code, code))
        return native_names[i].native_name;
    }

  return code;
}

gboolean
vtr_language_is_right_to_left (const char *code)
{
  static const char *rtl[] = { "ar", "fa", "he", "ur", NULL };

  for (guint i = 0; rtl[i] != NULL; i++)
    {
      if (same_language (code, rtl[i]))
        return TRUE;
    }

  return FALSE;
}
