/* vtr-exhibit-query.c
 *
 * The gallery's filter and sort, kept apart from the widgets so that they can be tested
 * without a display. The result is one GtkSortListModel over one GtkFilterListModel that stay
 * the same objects for the life of the query: the views bound to it, and the exhibit page
 * that steps through it, see changes as ordinary items-changed signals.
 *
 * Sorting uses GTK's own sorters rather than a compare function, because they compute each
 * exhibit's key (such as the collation key of its title) once per sort instead of once per
 * comparison; that keeps a pack of 10,000 exhibits quick to re-sort.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vtr-enums.h"
#include "vtr-exhibit-query.h"

struct _VtrExhibitQuery
{
  GObject             parent_instance;

  char               *category;
  VtrExhibitSort      sort;

  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkSorter          *year_sorter;
  GtkSorter          *title_sorter;
};

enum {
  PROP_0,
  PROP_EXHIBITS,
  PROP_CATEGORY,
  PROP_SORT,
  PROP_MODEL,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrExhibitQuery, vtr_exhibit_query, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* Undated exhibits get the largest key, so that they come after every dated one. */
static int
year_sort_key (VtrExhibit *exhibit,
               gpointer    user_data)
{
  int year = vtr_exhibit_get_year (exhibit);

  return year != 0 ? year : G_MAXINT;
}

/* The generic marshaller takes ownership of a returned string, so this returns a copy. */
static char *
title_sort_key (VtrExhibit *exhibit,
                gpointer    user_data)
{
  return g_strdup (vtr_exhibit_get_title (exhibit));
}

static GtkExpression *
title_expression (void)
{
  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                      G_CALLBACK (title_sort_key), NULL, NULL);
}

static GtkSorter *
current_sorter (VtrExhibitQuery *self)
{
  return self->sort == VTR_EXHIBIT_SORT_TITLE ? self->title_sorter : self->year_sorter;
}

static gboolean
filter_match_cb (gpointer item,
                 gpointer user_data)
{
  return vtr_exhibit_query_matches (VTR_EXHIBIT_QUERY (user_data), VTR_EXHIBIT (item));
}

static void
vtr_exhibit_query_dispose (GObject *object)
{
  VtrExhibitQuery *self = (VtrExhibitQuery *)object;

  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->year_sorter);
  g_clear_object (&self->title_sorter);

  G_OBJECT_CLASS (vtr_exhibit_query_parent_class)->dispose (object);
}

static void
vtr_exhibit_query_finalize (GObject *object)
{
  VtrExhibitQuery *self = (VtrExhibitQuery *)object;

  g_clear_pointer (&self->category, g_free);

  G_OBJECT_CLASS (vtr_exhibit_query_parent_class)->finalize (object);
}

static void
vtr_exhibit_query_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VtrExhibitQuery *self = VTR_EXHIBIT_QUERY (object);

  switch (prop_id)
    {
    case PROP_EXHIBITS:
      g_value_set_object (value, vtr_exhibit_query_get_exhibits (self));
      break;

    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;

    case PROP_SORT:
      g_value_set_enum (value, self->sort);
      break;

    case PROP_MODEL:
      g_value_set_object (value, self->sorted);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_exhibit_query_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  VtrExhibitQuery *self = VTR_EXHIBIT_QUERY (object);

  switch (prop_id)
    {
    case PROP_EXHIBITS:
      vtr_exhibit_query_set_exhibits (self, g_value_get_object (value));
      break;

    case PROP_CATEGORY:
      vtr_exhibit_query_set_category (self, g_value_get_string (value));
      break;

    case PROP_SORT:
      vtr_exhibit_query_set_sort (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_exhibit_query_class_init (VtrExhibitQueryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vtr_exhibit_query_dispose;
  object_class->finalize = vtr_exhibit_query_finalize;
  object_class->get_property = vtr_exhibit_query_get_property;
  object_class->set_property = vtr_exhibit_query_set_property;

  /**
   * VtrExhibitQuery:exhibits:
   *
   * All the exhibits to choose from, usually those of a pack.
   */
  properties[PROP_EXHIBITS] =
    g_param_spec_object ("exhibits", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * VtrExhibitQuery:category:
   *
   * The id of the only category to show, or %NULL for all of them.
   */
  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SORT] =
    g_param_spec_enum ("sort", NULL, NULL, VTR_TYPE_EXHIBIT_SORT, VTR_EXHIBIT_SORT_YEAR,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * VtrExhibitQuery:model:
   *
   * The exhibits that match, in order. The model is the same object for the life of the
   * query.
   */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vtr_exhibit_query_init (VtrExhibitQuery *self)
{
  GtkMultiSorter *by_year = gtk_multi_sorter_new ();
  GtkCustomFilter *filter;

  gtk_multi_sorter_append (by_year,
                           GTK_SORTER (gtk_numeric_sorter_new (
                             gtk_cclosure_expression_new (G_TYPE_INT, NULL, 0, NULL,
                                                          G_CALLBACK (year_sort_key),
                                                          NULL, NULL))));
  gtk_multi_sorter_append (by_year, GTK_SORTER (gtk_string_sorter_new (title_expression ())));
  self->year_sorter = GTK_SORTER (by_year);
  self->title_sorter = GTK_SORTER (gtk_string_sorter_new (title_expression ()));
  self->sort = VTR_EXHIBIT_SORT_YEAR;

  /* The filter only lives as long as the query, so it may point back at it unowned. */
  filter = gtk_custom_filter_new (filter_match_cb, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (filter));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          g_object_ref (current_sorter (self)));
}

VtrExhibitQuery *
vtr_exhibit_query_new (void)
{
  return g_object_new (VTR_TYPE_EXHIBIT_QUERY, NULL);
}

/**
 * vtr_exhibit_query_get_exhibits:
 *
 * Returns: (transfer none) (nullable): the exhibits to choose from
 */
GListModel *
vtr_exhibit_query_get_exhibits (VtrExhibitQuery *self)
{
  g_return_val_if_fail (VTR_IS_EXHIBIT_QUERY (self), NULL);

  return gtk_filter_list_model_get_model (self->filtered);
}

void
vtr_exhibit_query_set_exhibits (VtrExhibitQuery *self,
                                GListModel      *exhibits)
{
  g_return_if_fail (VTR_IS_EXHIBIT_QUERY (self));
  g_return_if_fail (exhibits == NULL || G_IS_LIST_MODEL (exhibits));

  if (gtk_filter_list_model_get_model (self->filtered) == exhibits)
    return;

  gtk_filter_list_model_set_model (self->filtered, exhibits);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXHIBITS]);
}

/**
 * vtr_exhibit_query_get_category:
 *
 * Returns: (nullable): the id of the category shown, or %NULL for all
 */
const char *
vtr_exhibit_query_get_category (VtrExhibitQuery *self)
{
  g_return_val_if_fail (VTR_IS_EXHIBIT_QUERY (self), NULL);

  return self->category;
}

void
vtr_exhibit_query_set_category (VtrExhibitQuery *self,
                                const char      *category_id)
{
  GtkFilterChange change;

  g_return_if_fail (VTR_IS_EXHIBIT_QUERY (self));

  if (g_strcmp0 (self->category, category_id) == 0)
    return;

  /* Telling the filter model how the filter changed lets it look only at the exhibits that
   * may change side, instead of all of them. */
  if (self->category == NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (category_id == NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;

  g_free (self->category);
  self->category = g_strdup (category_id);

  gtk_filter_changed (gtk_filter_list_model_get_filter (self->filtered), change);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

VtrExhibitSort
vtr_exhibit_query_get_sort (VtrExhibitQuery *self)
{
  g_return_val_if_fail (VTR_IS_EXHIBIT_QUERY (self), VTR_EXHIBIT_SORT_YEAR);

  return self->sort;
}

void
vtr_exhibit_query_set_sort (VtrExhibitQuery *self,
                            VtrExhibitSort   sort)
{
  g_return_if_fail (VTR_IS_EXHIBIT_QUERY (self));
  g_return_if_fail (sort == VTR_EXHIBIT_SORT_YEAR || sort == VTR_EXHIBIT_SORT_TITLE);

  if (self->sort == sort)
    return;

  self->sort = sort;
  gtk_sort_list_model_set_sorter (self->sorted, current_sorter (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
}

/**
 * vtr_exhibit_query_get_model:
 *
 * Returns: (transfer none): the matching exhibits, sorted
 */
GListModel *
vtr_exhibit_query_get_model (VtrExhibitQuery *self)
{
  g_return_val_if_fail (VTR_IS_EXHIBIT_QUERY (self), NULL);

  return G_LIST_MODEL (self->sorted);
}

/**
 * vtr_exhibit_query_matches:
 *
 * Returns: whether @exhibit belongs in the result, whatever the order
 */
gboolean
vtr_exhibit_query_matches (VtrExhibitQuery *self,
                           VtrExhibit      *exhibit)
{
  VtrCategory *category;

  g_return_val_if_fail (VTR_IS_EXHIBIT_QUERY (self), FALSE);
  g_return_val_if_fail (VTR_IS_EXHIBIT (exhibit), FALSE);

  if (self->category == NULL)
    return TRUE;

  category = vtr_exhibit_get_category (exhibit);

  return category != NULL && g_strcmp0 (vtr_category_get_id (category), self->category) == 0;
}
