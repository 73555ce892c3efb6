/* vtr-presenter.h: presenter mode: the show, its two windows, their monitors and the actions
 * that drive it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vtr-content-manager.h"
#include "vtr-show-state.h"

G_BEGIN_DECLS

#define VTR_PRESENTER_ERROR (vtr_presenter_error_quark ())

typedef enum
{
  VTR_PRESENTER_ERROR_NO_PACK,
  VTR_PRESENTER_ERROR_NO_TOUR,
  VTR_PRESENTER_ERROR_UNKNOWN_TOUR,
  VTR_PRESENTER_ERROR_EMPTY_TOUR,
} VtrPresenterError;

#define VTR_TYPE_PRESENTER (vtr_presenter_get_type ())

G_DECLARE_FINAL_TYPE (VtrPresenter, vtr_presenter, VTR, PRESENTER, GObject)

GQuark        vtr_presenter_error_quark   (void);
VtrPresenter *vtr_presenter_new           (GtkApplication    *application,
                                           VtrContentManager *content);
VtrTour      *vtr_presenter_find_tour     (VtrPack           *pack,
                                           const char        *tour_id,
                                           GError           **error);
gboolean      vtr_presenter_start         (VtrPresenter      *self,
                                           const char        *tour_id,
                                           GError           **error);
void          vtr_presenter_stop          (VtrPresenter      *self);
void          vtr_presenter_rebuild_windows (VtrPresenter    *self);
gboolean      vtr_presenter_is_presenting (VtrPresenter      *self);
VtrShowState *vtr_presenter_get_state     (VtrPresenter      *self);
GtkWindow    *vtr_presenter_get_audience  (VtrPresenter      *self);
GtkWindow    *vtr_presenter_get_console   (VtrPresenter      *self);
gboolean      vtr_presenter_handle_key    (VtrPresenter      *self,
                                           guint              keyval,
                                           GdkModifierType    modifiers);

G_END_DECLS
