/* vtr-fact.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vtr-item.h"

G_BEGIN_DECLS

#define VTR_TYPE_FACT (vtr_fact_get_type ())

G_DECLARE_FINAL_TYPE (VtrFact, vtr_fact, VTR, FACT, VtrItem)

const char *vtr_fact_get_label (VtrFact *self);
const char *vtr_fact_get_value (VtrFact *self);

G_END_DECLS
