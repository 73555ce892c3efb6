/* vtr-show-state.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-show-state.h"
#include "vtr-enums.h"

/* A presenter types a stop number of at most this many digits. */
#define MAX_TYPED_NUMBER 9999

struct _VtrShowState
{
  GObject          parent_instance;

  VtrTour         *tour;
  GListModel      *stops;
  guint            current;
  VtrShowBlank     blank;
  guint            typed_number;
  gboolean         auto_advance;

  VtrShowTimeFunc  time_func;
  gpointer         time_data;
  gint64           timer_start;
  gint64           stop_start;
};

enum {
  PROP_0,
  PROP_TOUR,
  PROP_CURRENT,
  PROP_BLANK,
  PROP_TYPED_NUMBER,
  PROP_AUTO_ADVANCE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrShowState, vtr_show_state, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static gint64
monotonic_time (gpointer user_data)
{
  return g_get_monotonic_time ();
}

static gint64
now (VtrShowState *self)
{
  return self->time_func (self->time_data);
}

static void
set_typed_number (VtrShowState *self,
                  guint         number)
{
  if (self->typed_number == number)
    return;

  self->typed_number = number;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TYPED_NUMBER]);
}

static gboolean
move_to (VtrShowState *self,
         guint         index)
{
  guint n_stops = vtr_show_state_get_n_stops (self);

  set_typed_number (self, 0);

  if (n_stops == 0 || index >= n_stops || index == self->current)
    return FALSE;

  /* The blanking stays as it is: a presenter may line up the next stop behind a black screen
   * and only then show it. */
  self->current = index;
  self->stop_start = now (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);

  return TRUE;
}

static void
vtr_show_state_finalize (GObject *object)
{
  VtrShowState *self = (VtrShowState *)object;

  g_clear_object (&self->tour);

  G_OBJECT_CLASS (vtr_show_state_parent_class)->finalize (object);
}

static void
vtr_show_state_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VtrShowState *self = VTR_SHOW_STATE (object);

  switch (prop_id)
    {
    case PROP_TOUR:
      g_value_set_object (value, self->tour);
      break;

    case PROP_CURRENT:
      g_value_set_uint (value, self->current);
      break;

    case PROP_BLANK:
      g_value_set_enum (value, self->blank);
      break;

    case PROP_TYPED_NUMBER:
      g_value_set_uint (value, self->typed_number);
      break;

    case PROP_AUTO_ADVANCE:
      g_value_set_boolean (value, self->auto_advance);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_show_state_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  VtrShowState *self = VTR_SHOW_STATE (object);

  switch (prop_id)
    {
    case PROP_TOUR:
      self->tour = g_value_dup_object (value);
      self->stops = self->tour != NULL ? vtr_tour_get_stops (self->tour) : NULL;
      break;

    case PROP_CURRENT:
      vtr_show_state_go_to (self, g_value_get_uint (value));
      break;

    case PROP_BLANK:
      vtr_show_state_set_blank (self, g_value_get_enum (value));
      break;

    case PROP_AUTO_ADVANCE:
      vtr_show_state_set_auto_advance (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_show_state_class_init (VtrShowStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vtr_show_state_finalize;
  object_class->get_property = vtr_show_state_get_property;
  object_class->set_property = vtr_show_state_set_property;

  properties[PROP_TOUR] =
    g_param_spec_object ("tour", NULL, NULL, VTR_TYPE_TOUR,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CURRENT] =
    g_param_spec_uint ("current", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_BLANK] =
    g_param_spec_enum ("blank", NULL, NULL, VTR_TYPE_SHOW_BLANK, VTR_SHOW_BLANK_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TYPED_NUMBER] =
    g_param_spec_uint ("typed-number", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AUTO_ADVANCE] =
    g_param_spec_boolean ("auto-advance", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_show_state_init (VtrShowState *self)
{
  self->time_func = monotonic_time;
  self->timer_start = self->stop_start = now (self);
}

/**
 * vtr_show_state_new:
 * @tour: the tour to present
 *
 * Returns: (transfer full): a show on the first stop of @tour, its timer running
 */
VtrShowState *
vtr_show_state_new (VtrTour *tour)
{
  g_return_val_if_fail (VTR_IS_TOUR (tour), NULL);

  return g_object_new (VTR_TYPE_SHOW_STATE, "tour", tour, NULL);
}

/**
 * vtr_show_state_set_time_func:
 * @func: (nullable): the clock, or NULL for g_get_monotonic_time()
 *
 * Replaces the clock, and starts the timer and the current stop again on the new one.
 */
void
vtr_show_state_set_time_func (VtrShowState    *self,
                              VtrShowTimeFunc  func,
                              gpointer         user_data)
{
  g_return_if_fail (VTR_IS_SHOW_STATE (self));

  self->time_func = func != NULL ? func : monotonic_time;
  self->time_data = func != NULL ? user_data : NULL;
  self->timer_start = self->stop_start = now (self);
}

/**
 * vtr_show_state_get_tour:
 *
 * Returns: (transfer none): the tour presented
 */
VtrTour *
vtr_show_state_get_tour (VtrShowState *self)
{
  g_return_val_if_fail (VTR_IS_SHOW_STATE (self), NULL);

  return self->tour;
}

guint
vtr_show_state_get_n_stops (VtrShowState *self)
{
  g_return_val_if_fail (VTR_IS_SHOW_STATE (self), 0);

  return self->stops != NULL ? g_list_model_get_n_items (self->stops) : 0;
}

/**
 * vtr_show_state_get_stop:
 *
 * Returns: (transfer none) (nullable): the stop at @index, or NULL past the last
 */
VtrTourStop *
vtr_show_state_get_stop (VtrShowState *self,
                         guint         index)
{
  g_autoptr(VtrTourStop) stop = NULL;

  g_return_val_if_fail (VTR_IS_SHOW_STATE (self), NULL);

  if (self->stops == NULL || index >= g_list_model_get_n_items (self->stops))
    return NULL;

  /* The tour's list holds the stop, so a borrowed pointer stays valid as long as we do. */
  stop = g_list_model_get_item (self->stops, index);

  return stop;
}

/**
 * vtr_show_state_get_stop_seconds:
 *
 * Returns: the planned seconds of the stop at @index, %VTR_SHOW_DEFAULT_STOP_SECONDS when it
 *   has none, or 0 past the last stop
 */
guint
vtr_show_state_get_stop_seconds (VtrShowState *self,
                                 guint         index)
{
  VtrTourStop *stop = vtr_show_state_get_stop (self, index);
  guint seconds;

  if (stop == NULL)
    return 0;

  seconds = vtr_tour_stop_get_seconds (stop);

  return seconds > 0 ? seconds : VTR_SHOW_DEFAULT_STOP_SECONDS;
}

guint
vtr_show_state_get_current (VtrShowState *self)
{
  g_return_val_if_fail (VTR_IS_SHOW_STATE (self), 0);

  return self->current;
}

/**
 * vtr_show_state_get_current_stop:
 *
 * Returns: (transfer none) (nullable): the stop on show, NULL for a tour without stops
 */
VtrTourStop *
vtr_show_state_get_current_stop (VtrShowState *self)
{
  return vtr_show_state_get_stop (self, vtr_show_state_get_current (self));
}

/**
 * vtr_show_state_get_next_stop:
 *
 * Returns: (transfer none) (nullable): the stop that "next" shows; NULL on the last stop
 */
VtrTourStop *
vtr_show_state_get_next_stop (VtrShowState *self)
{
  return vtr_show_state_get_stop (self, vtr_show_state_get_current (self) + 1);
}

/**
 * vtr_show_state_go_to:
 * @index: a stop, counted from 0
 *
 * Returns: whether the current stop changed; FALSE for the current stop or one past the last
 */
gboolean
vtr_show_state_go_to (VtrShowState *self,
                      guint         index)
{
  g_return_val_if_fail (VTR_IS_SHOW_STATE (self), FALSE);

  return move_to (self, index);
}

/**
 * vtr_show_state_go_to_id:
 * @target_id: the id of the exhibit, event or figure a stop shows, or a stop number from 1
 *
 * Returns: whether the current stop changed
 */
gboolean
vtr_show_state_go_to_id (VtrShowState *self,
                         const char   *target_id)
{
  guint64 number;

  g_return_val_if_fail (VTR_IS_SHOW_STATE (self), FALSE);
  g_return_val_if_fail (target_id != NULL, FALSE);

  if (g_ascii_string_to_unsigned (target_id, 10, 1, G_MAXUINT, &number, NULL))
    return move_to (self, (guint)number - 1);

  for (guint i = 0; i < vtr_show_state_get_n_stops (self); i++)
    {
      if (g_strcmp0 (vtr_tour_stop_get_target_id (vtr_show_state_get_stop (self, i)),
                     target_id) == 0)
        return move_to (self, i);
    }

  return FALSE;
}

/**
 * vtr_show_state_next:
 *
 * Returns: whether there was a next stop to go to
 */
gboolean
vtr_show_state_next (VtrShowState *self)
{
  g_return_val_if_fail (VTR_IS_SHOW_STATE (self), FALSE);

  return move_to (self, self->current + 1);
}

/**
 * vtr_show_state_previous:
 *
 * Returns: whether there was a previous stop to go to
 */
gboolean
vtr_show_state_previous (VtrShowState *self)
{
  g_return_val_if_fail (VTR_IS_SHOW_STATE (self), FALSE);

  if (self->current == 0)
    {
      set_typed_number (self, 0);
      return FALSE;
    }

  return move_to (self, self->current - 1);
}

gboolean
vtr_show_state_first (VtrShowState *self)
{
  g_return_val_if_fail (VTR_IS_SHOW_STATE (self), FALSE);

  return move_to (self, 0);
}

gboolean
vtr_show_state_last (VtrShowState *self)
{
  guint n_stops;

  g_return_val_if_fail (VTR_IS_SHOW_STATE (self), FALSE);

  n_stops = vtr_show_state_get_n_stops (self);

  return move_to (self, n_stops > 0 ? n_stops - 1 : 0);
}

VtrShowBlank
vtr_show_state_get_blank (VtrShowState *self)
{
  g_return_val_if_fail (VTR_IS_SHOW_STATE (self), VTR_SHOW_BLANK_NONE);

  return self->blank;
}

void
vtr_show_state_set_blank (VtrShowState *self,
                          VtrShowBlank  blank)
{
  g_return_if_fail (VTR_IS_SHOW_STATE (self));

  if (self->blank == blank)
    return;

  self->blank = blank;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BLANK]);
}

/**
 * vtr_show_state_toggle_blank:
 * @blank: black or white
 *
 * Blanks the audience with @blank, or shows the stop again when @blank is on already. Black
 * while white is on turns black, as clickers have a single "blank" button.
 */
void
vtr_show_state_toggle_blank (VtrShowState *self,
                             VtrShowBlank  blank)
{
  g_return_if_fail (VTR_IS_SHOW_STATE (self));

  vtr_show_state_set_blank (self, self->blank == blank ? VTR_SHOW_BLANK_NONE : blank);
}

/**
 * vtr_show_state_type_digit:
 * @digit: 0 to 9
 *
 * Adds a digit to the stop number being typed; Enter then goes to it.
 */
void
vtr_show_state_type_digit (VtrShowState *self,
                           guint         digit)
{
  g_return_if_fail (VTR_IS_SHOW_STATE (self));
  g_return_if_fail (digit <= 9);

  if (self->typed_number * 10 + digit > MAX_TYPED_NUMBER)
    return;

  set_typed_number (self, self->typed_number * 10 + digit);
}

guint
vtr_show_state_get_typed_number (VtrShowState *self)
{
  g_return_val_if_fail (VTR_IS_SHOW_STATE (self), 0);

  return self->typed_number;
}

/**
 * vtr_show_state_commit_typed_number:
 *
 * Goes to the stop whose number (from 1) was typed, and forgets the number.
 *
 * Returns: whether the current stop changed
 */
gboolean
vtr_show_state_commit_typed_number (VtrShowState *self)
{
  guint number;

  g_return_val_if_fail (VTR_IS_SHOW_STATE (self), FALSE);

  number = self->typed_number;
  set_typed_number (self, 0);

  return number > 0 && move_to (self, number - 1);
}

void
vtr_show_state_clear_typed_number (VtrShowState *self)
{
  g_return_if_fail (VTR_IS_SHOW_STATE (self));

  set_typed_number (self, 0);
}

/**
 * vtr_show_state_reset_timer:
 *
 * Starts the elapsed time from zero again, and the current stop's planned time with it.
 */
void
vtr_show_state_reset_timer (VtrShowState *self)
{
  g_return_if_fail (VTR_IS_SHOW_STATE (self));

  self->timer_start = self->stop_start = now (self);
}

/**
 * vtr_show_state_get_elapsed_seconds:
 *
 * Returns: whole seconds since the show started or the timer was last reset
 */
gint64
vtr_show_state_get_elapsed_seconds (VtrShowState *self)
{
  g_return_val_if_fail (VTR_IS_SHOW_STATE (self), 0);

  return MAX (0, now (self) - self->timer_start) / G_USEC_PER_SEC;
}

/**
 * vtr_show_state_get_planned_start:
 * @index: a stop
 *
 * Returns: the planned seconds of all the stops before @index: when @index should come on
 */
guint
vtr_show_state_get_planned_start (VtrShowState *self,
                                  guint         index)
{
  guint start = 0;

  g_return_val_if_fail (VTR_IS_SHOW_STATE (self), 0);

  for (guint i = 0; i < index && i < vtr_show_state_get_n_stops (self); i++)
    start += vtr_show_state_get_stop_seconds (self, i);

  return start;
}

guint
vtr_show_state_get_planned_total (VtrShowState *self)
{
  return vtr_show_state_get_planned_start (self, vtr_show_state_get_n_stops (self));
}

/**
 * vtr_show_state_get_pacing:
 *
 * Compares the elapsed time with the planned time of the current stop. The presenter is on
 * time while the elapsed time falls between the planned start and end of the stop on show.
 *
 * Returns: 0 on time; negative seconds ahead of the plan (the stop came early); positive
 *   seconds behind it (the stop should have ended that long ago)
 */
gint64
vtr_show_state_get_pacing (VtrShowState *self)
{
  gint64 elapsed = vtr_show_state_get_elapsed_seconds (self);
  gint64 start = vtr_show_state_get_planned_start (self, self->current);
  gint64 end = start + vtr_show_state_get_stop_seconds (self, self->current);

  if (vtr_show_state_get_n_stops (self) == 0)
    return 0;
  if (elapsed < start)
    return elapsed - start;
  if (elapsed > end)
    return elapsed - end;

  return 0;
}

gboolean
vtr_show_state_get_auto_advance (VtrShowState *self)
{
  g_return_val_if_fail (VTR_IS_SHOW_STATE (self), FALSE);

  return self->auto_advance;
}

/**
 * vtr_show_state_set_auto_advance:
 *
 * Starts or stops running the tour by itself. Starting gives the current stop its full
 * planned time again.
 */
void
vtr_show_state_set_auto_advance (VtrShowState *self,
                                 gboolean      auto_advance)
{
  g_return_if_fail (VTR_IS_SHOW_STATE (self));

  auto_advance = !!auto_advance;
  if (self->auto_advance == auto_advance)
    return;

  self->auto_advance = auto_advance;
  if (auto_advance)
    self->stop_start = now (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTO_ADVANCE]);
}

/**
 * vtr_show_state_get_stop_remaining:
 *
 * Returns: seconds left of the current stop's planned time, rounded up; negative once over
 */
gint64
vtr_show_state_get_stop_remaining (VtrShowState *self)
{
  gint64 planned;
  gint64 spent;

  g_return_val_if_fail (VTR_IS_SHOW_STATE (self), 0);

  planned = (gint64)vtr_show_state_get_stop_seconds (self, self->current) * G_USEC_PER_SEC;
  spent = now (self) - self->stop_start;
  if (planned - spent >= 0)
    return (planned - spent + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC;

  return (planned - spent) / G_USEC_PER_SEC;
}

/**
 * vtr_show_state_tick:
 *
 * Lets auto-advance move on once the current stop's planned time is over. After the last stop
 * the tour starts again from the first, with the timer reset. Views call this a few times a
 * second; it does nothing while auto-advance is off.
 *
 * Returns: whether the current stop changed
 */
gboolean
vtr_show_state_tick (VtrShowState *self)
{
  guint n_stops;
  gint64 planned;

  g_return_val_if_fail (VTR_IS_SHOW_STATE (self), FALSE);

  n_stops = vtr_show_state_get_n_stops (self);
  if (!self->auto_advance || n_stops == 0)
    return FALSE;

  planned = (gint64)vtr_show_state_get_stop_seconds (self, self->current) * G_USEC_PER_SEC;
  if (now (self) - self->stop_start < planned)
    return FALSE;

  if (self->current + 1 < n_stops)
    return move_to (self, self->current + 1);

  /* A tour of one stop loops onto itself: the stop stays, its time starts again. */
  vtr_show_state_reset_timer (self);
  if (n_stops == 1)
    return FALSE;

  return move_to (self, 0);
}

/**
 * vtr_show_state_interrupt:
 *
 * Called for every key the presenter presses: a running tour stops running by itself.
 *
 * Returns: TRUE when this paused auto-advance, so that the key does nothing else
 */
gboolean
vtr_show_state_interrupt (VtrShowState *self)
{
  g_return_val_if_fail (VTR_IS_SHOW_STATE (self), FALSE);

  if (!self->auto_advance)
    return FALSE;

  vtr_show_state_set_auto_advance (self, FALSE);

  return TRUE;
}

/**
 * vtr_show_state_describe_pacing:
 *
 * Returns: (transfer full): the pacing in words: "On time", "1:05 behind" or "0:20 ahead"
 */
char *
vtr_show_state_describe_pacing (VtrShowState *self)
{
  gint64 pacing = vtr_show_state_get_pacing (self);
  g_autofree char *amount = vtr_show_format_duration (ABS (pacing));

  if (pacing < 0)
    /* Translators: pacing in the presenter console, with a duration such as "0:20". */
    return g_strdup_printf (_("%s ahead"), amount);
  if (pacing > 0)
    /* Translators: pacing in the presenter console, with a duration such as "1:05". */
    return g_strdup_printf (_("%s behind"), amount);

  return g_strdup (_("On time"));
}

/**
 * vtr_show_format_duration:
 * @seconds: a duration; a negative one is written without its sign
 *
 * Returns: (transfer full): @seconds as a stopwatch shows them: "4:05", or "1:02:03" from an
 *   hour on
 */
char *
vtr_show_format_duration (gint64 seconds)
{
  seconds = ABS (seconds);

  if (seconds >= 3600)
    return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d:%02d", seconds / 3600,
                            (int)(seconds / 60 % 60), (int)(seconds % 60));

  return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d", seconds / 60, (int)(seconds % 60));
}
