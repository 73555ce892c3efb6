/* vtr-item.h: what every piece of pack content shares: where its translations are
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define VTR_TYPE_ITEM (vtr_item_get_type ())

G_DECLARE_DERIVABLE_TYPE (VtrItem, vtr_item, VTR, ITEM, GObject)

struct _VtrItemClass
{
  GObjectClass parent_class;
};

const char *vtr_item_get_translation_domain (VtrItem    *self);
const char *vtr_item_get_context            (VtrItem    *self);
const char *vtr_item_translate              (VtrItem    *self,
                                             const char *field,
                                             const char *text);
char      **vtr_item_take_context_place     (VtrItem    *self);

G_END_DECLS
