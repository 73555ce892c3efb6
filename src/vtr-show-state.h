/* vtr-show-state.h: where a presentation is, what the audience sees, and how it keeps time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vtr-tour.h"

G_BEGIN_DECLS

typedef enum
{
  VTR_SHOW_BLANK_NONE,
  VTR_SHOW_BLANK_BLACK,
  VTR_SHOW_BLANK_WHITE,
} VtrShowBlank;

/**
 * VtrShowTimeFunc:
 * @user_data: the data given with the function
 *
 * A monotonic clock in microseconds, like g_get_monotonic_time(). Tests give their own to
 * move time by hand.
 */
typedef gint64 (*VtrShowTimeFunc) (gpointer user_data);

/* The planned time of a stop that has none, for pacing and auto-advance. */
#define VTR_SHOW_DEFAULT_STOP_SECONDS 30

#define VTR_TYPE_SHOW_STATE (vtr_show_state_get_type ())

G_DECLARE_FINAL_TYPE (VtrShowState, vtr_show_state, VTR, SHOW_STATE, GObject)

VtrShowState *vtr_show_state_new                  (VtrTour         *tour);
void          vtr_show_state_set_time_func        (VtrShowState    *self,
                                                   VtrShowTimeFunc  func,
                                                   gpointer         user_data);
VtrTour      *vtr_show_state_get_tour             (VtrShowState    *self);
guint         vtr_show_state_get_n_stops          (VtrShowState    *self);
VtrTourStop  *vtr_show_state_get_stop             (VtrShowState    *self,
                                                   guint            index);
guint         vtr_show_state_get_stop_seconds     (VtrShowState    *self,
                                                   guint            index);
guint         vtr_show_state_get_current          (VtrShowState    *self);
VtrTourStop  *vtr_show_state_get_current_stop     (VtrShowState    *self);
VtrTourStop  *vtr_show_state_get_next_stop        (VtrShowState    *self);
gboolean      vtr_show_state_go_to                (VtrShowState    *self,
                                                   guint            index);
gboolean      vtr_show_state_go_to_id             (VtrShowState    *self,
                                                   const char      *target_id);
gboolean      vtr_show_state_next                 (VtrShowState    *self);
gboolean      vtr_show_state_previous             (VtrShowState    *self);
gboolean      vtr_show_state_first                (VtrShowState    *self);
gboolean      vtr_show_state_last                 (VtrShowState    *self);
VtrShowBlank  vtr_show_state_get_blank            (VtrShowState    *self);
void          vtr_show_state_set_blank            (VtrShowState    *self,
                                                   VtrShowBlank     blank);
void          vtr_show_state_toggle_blank         (VtrShowState    *self,
                                                   VtrShowBlank     blank);
void          vtr_show_state_type_digit           (VtrShowState    *self,
                                                   guint            digit);
guint         vtr_show_state_get_typed_number     (VtrShowState    *self);
gboolean      vtr_show_state_commit_typed_number  (VtrShowState    *self);
void          vtr_show_state_clear_typed_number   (VtrShowState    *self);
void          vtr_show_state_reset_timer          (VtrShowState    *self);
gint64        vtr_show_state_get_elapsed_seconds  (VtrShowState    *self);
guint         vtr_show_state_get_planned_start    (VtrShowState    *self,
                                                   guint            index);
guint         vtr_show_state_get_planned_total    (VtrShowState    *self);
gint64        vtr_show_state_get_pacing           (VtrShowState    *self);
gboolean      vtr_show_state_get_auto_advance     (VtrShowState    *self);
void          vtr_show_state_set_auto_advance     (VtrShowState    *self,
                                                   gboolean         auto_advance);
gint64        vtr_show_state_get_stop_remaining   (VtrShowState    *self);
gboolean      vtr_show_state_tick                 (VtrShowState    *self);
gboolean      vtr_show_state_interrupt            (VtrShowState    *self);
char         *vtr_show_state_describe_pacing      (VtrShowState    *self);

char         *vtr_show_format_duration            (gint64           seconds);

G_END_DECLS
