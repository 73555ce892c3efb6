/* vtr-history.c
 *
 * The main views (overview, exhibits, timeline) are siblings, not steps: switching between
 * them replaces the top of the history instead of growing it, so Back leaves a detail page for
 * the view it was opened from, the way GNOME apps behave.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vtr-history.h"

/* Enough for any real visit; older steps are forgotten rather than kept forever in a kiosk. */
#define MAX_DEPTH 100

struct _VtrHistory
{
  GObject    parent_instance;

  GPtrArray *stack;
};

enum {
  PROP_0,
  PROP_CURRENT,
  PROP_CAN_GO_BACK,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrHistory, vtr_history, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static gboolean
is_view (const char *location)
{
  return g_str_has_prefix (location, "view:");
}

static void
notify_changed (VtrHistory *self,
                gboolean    could_go_back)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
  if (could_go_back != vtr_history_get_can_go_back (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_BACK]);
}

static void
vtr_history_finalize (GObject *object)
{
  VtrHistory *self = (VtrHistory *)object;

  g_clear_pointer (&self->stack, g_ptr_array_unref);

  G_OBJECT_CLASS (vtr_history_parent_class)->finalize (object);
}

static void
vtr_history_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  VtrHistory *self = VTR_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CURRENT:
      g_value_set_string (value, vtr_history_get_current (self));
      break;

    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, vtr_history_get_can_go_back (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_history_class_init (VtrHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vtr_history_finalize;
  object_class->get_property = vtr_history_get_property;

  properties[PROP_CURRENT] =
    g_param_spec_string ("current", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_GO_BACK] =
    g_param_spec_boolean ("can-go-back", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_history_init (VtrHistory *self)
{
  self->stack = g_ptr_array_new_with_free_func (g_free);
}

/**
 * vtr_history_new:
 * @root: the first location, such as "view:overview"
 */
VtrHistory *
vtr_history_new (const char *root)
{
  VtrHistory *self = g_object_new (VTR_TYPE_HISTORY, NULL);

  g_ptr_array_add (self->stack, g_strdup (root));

  return self;
}

const char *
vtr_history_get_current (VtrHistory *self)
{
  g_return_val_if_fail (VTR_IS_HISTORY (self), NULL);

  return g_ptr_array_index (self->stack, self->stack->len - 1);
}

gboolean
vtr_history_get_can_go_back (VtrHistory *self)
{
  g_return_val_if_fail (VTR_IS_HISTORY (self), FALSE);

  return self->stack->len > 1;
}

/**
 * vtr_history_push:
 *
 * Goes to @location. Going to a main view from a main view replaces it; going to where the
 * visitor already is does nothing.
 */
void
vtr_history_push (VtrHistory *self,
                  const char *location)
{
  gboolean could_go_back;

  g_return_if_fail (VTR_IS_HISTORY (self));
  g_return_if_fail (location != NULL);

  if (g_str_equal (location, vtr_history_get_current (self)))
    return;

  if (is_view (location) && is_view (vtr_history_get_current (self)))
    {
      vtr_history_replace (self, location);
      return;
    }

  could_go_back = vtr_history_get_can_go_back (self);
  g_ptr_array_add (self->stack, g_strdup (location));
  if (self->stack->len > MAX_DEPTH)
    g_ptr_array_remove_index (self->stack, 1);

  notify_changed (self, could_go_back);
}

/**
 * vtr_history_replace:
 *
 * Changes where the visitor is without adding a step, as when stepping to the next exhibit or
 * typing in the search.
 */
void
vtr_history_replace (VtrHistory *self,
                     const char *location)
{
  g_return_if_fail (VTR_IS_HISTORY (self));
  g_return_if_fail (location != NULL);

  if (g_str_equal (location, vtr_history_get_current (self)))
    return;

  g_free (g_ptr_array_index (self->stack, self->stack->len - 1));
  g_ptr_array_index (self->stack, self->stack->len - 1) = g_strdup (location);

  notify_changed (self, vtr_history_get_can_go_back (self));
}

/**
 * vtr_history_go_back:
 *
 * Returns: %TRUE if there was a step to go back to
 */
gboolean
vtr_history_go_back (VtrHistory *self)
{
  g_return_val_if_fail (VTR_IS_HISTORY (self), FALSE);

  if (!vtr_history_get_can_go_back (self))
    return FALSE;

  g_ptr_array_remove_index (self->stack, self->stack->len - 1);
  notify_changed (self, TRUE);

  return TRUE;
}

/**
 * vtr_history_reset:
 *
 * Forgets every step and starts again at @root.
 */
void
vtr_history_reset (VtrHistory *self,
                   const char *root)
{
  gboolean could_go_back;

  g_return_if_fail (VTR_IS_HISTORY (self));
  g_return_if_fail (root != NULL);

  could_go_back = vtr_history_get_can_go_back (self);
  g_ptr_array_set_size (self->stack, 0);
  g_ptr_array_add (self->stack, g_strdup (root));

  notify_changed (self, could_go_back);
}

/**
 * vtr_location_parse:
 * @kind: (out) (transfer full): the part before the colon
 * @id: (out) (transfer full): the part after it
 *
 * Returns: %TRUE when @location has the form KIND:ID with a non-empty kind
 */
gboolean
vtr_location_parse (const char  *location,
                    char       **kind,
                    char       **id)
{
  const char *colon;

  if (location == NULL || (colon = strchr (location, ':')) == NULL || colon == location)
    return FALSE;

  *kind = g_strndup (location, colon - location);
  *id = g_strdup (colon + 1);

  return TRUE;
}
