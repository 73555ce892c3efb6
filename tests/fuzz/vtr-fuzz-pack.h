/* vtr-fuzz-pack.h: one run of the pack loader on a fuzzed input, shared by the libFuzzer
 * target and the corpus replay test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void        vtr_fuzz_pack_init       (const char   *source_dir);
const char *vtr_fuzz_pack_get_folder (void);
void        vtr_fuzz_pack_run        (const guint8 *data,
                                      gsize         size);

G_END_DECLS
