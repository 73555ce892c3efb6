/* vtr-search-page.c
 *
 * The page is a thin view over VtrSearchIndex: it rebuilds the index when the pack changes and
 * queries it whenever the window passes on a keystroke. Rows are plain text; the matched word
 * in a snippet is set in bold through Pango attributes, never markup, since content may hold
 * any characters.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-format.h"
#include "vtr-search-index.h"
#include "vtr-search-page.h"
#include "vtr-search-result.h"

/* Enough to scroll through, few enough that every keystroke stays quick on a huge pack. GTK 4.8's
 * list view builds a row for every result up to 200, not just the visible ones, and laying out
 * those rows' wrapped labels is most of what a keystroke costs: 200 results took about four
 * times as long as 50 (docs/performance.md). */
#define MAX_RESULTS 50

/* The rows shown at once, enough to fill a tall window; the rest of the results are added
 * once the first rows are on screen, so that a keystroke lays out fewer rows before its
 * frame. */
#define FIRST_RESULTS 20

struct _VtrSearchPage
{
  AdwBin          parent_instance;

  VtrPack        *pack;
  char           *query;
  VtrSearchIndex *index;
  GListModel     *results;
  GListStore     *shown;
  guint           fill_idle;

  GtkStack       *stack;
  GtkLabel       *count_label;
  GtkListView    *list_view;
  AdwStatusPage  *no_results_page;
};

enum {
  PROP_0,
  PROP_PACK,
  PROP_QUERY,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrSearchPage, vtr_search_page, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static const char *
kind_icon_name (VtrSearchResultKind kind)
{
  switch (kind)
    {
    case VTR_SEARCH_RESULT_EVENT:
      return "x-office-calendar-symbolic";

    case VTR_SEARCH_RESULT_FIGURE:
      return "vtr-figure-symbolic";

    case VTR_SEARCH_RESULT_EXHIBIT:
    default:
      return "image-x-generic-symbolic";
    }
}

static const char *
kind_name (VtrSearchResultKind kind)
{
  switch (kind)
    {
    case VTR_SEARCH_RESULT_EVENT:
      return C_("search result", "Event");

    case VTR_SEARCH_RESULT_FIGURE:
      return C_("search result", "Key figure");

    case VTR_SEARCH_RESULT_EXHIBIT:
    default:
      return C_("search result", "Exhibit");
    }
}

static const char *
kind_action (VtrSearchResultKind kind)
{
  switch (kind)
    {
    case VTR_SEARCH_RESULT_EVENT:
      return "win.show-event";

    case VTR_SEARCH_RESULT_FIGURE:
      return "win.show-figure";

    case VTR_SEARCH_RESULT_EXHIBIT:
    default:
      return "win.show-exhibit";
    }
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

/* Adds the results after those shown, up to @n_results of them, to the list the view
 * shows. */
static void
show_more_results (VtrSearchPage *self,
                   guint          n_results)
{
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->shown));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  n_results = MIN (n_results, g_list_model_get_n_items (self->results));
  for (guint i = n_shown; i < n_results; i++)
    g_ptr_array_add (items, g_list_model_get_item (self->results, i));

  g_list_store_splice (self->shown, n_shown, 0, items->pdata, items->len);
}

static gboolean
fill_results_cb (gpointer user_data)
{
  VtrSearchPage *self = user_data;

  self->fill_idle = 0;
  show_more_results (self, G_MAXUINT);

  return G_SOURCE_REMOVE;
}

static void
show_results (VtrSearchPage *self,
              GListModel    *results,
              guint          n_matches)
{
  g_autoptr(GtkNoSelection) selection = NULL;
  guint n_results = results != NULL ? g_list_model_get_n_items (results) : 0;
  g_autofree char *count = NULL;

  /* A new list rather than a changed one: the view starts again at the top, with no row
   * focused, as for a new query it should. */
  g_clear_handle_id (&self->fill_idle, g_source_remove);
  g_set_object (&self->results, results);
  g_clear_object (&self->shown);
  self->shown = g_list_store_new (VTR_TYPE_SEARCH_RESULT);
  if (n_results > 0)
    show_more_results (self, FIRST_RESULTS);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

  /* The rest come after the frame that shows the first ones: an idle at the default priority
   * runs after GTK's layout and paint. */
  if (n_results > FIRST_RESULTS)
    self->fill_idle = g_idle_add (fill_results_cb, self);

  if (n_matches > n_results)
    {
      g_autofree char *shown = vtr_format_number (n_results);
      g_autofree char *all = vtr_format_number (n_matches);

      /* Translators: shown above a list of search results that was cut short, as in "The
       * first 200 of 1,500 results"; the numbers are already formatted. */
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The first %1$s of %2$s result",
                                            "The first %1$s of %2$s results", n_matches),
                               shown, all);
    }
  else
    {
      g_autofree char *all = vtr_format_number (n_results);

      /* Translators: how many search results there are; the number is already formatted. */
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s result", "%s results",
                                            n_results), all);
    }
  gtk_label_set_text (self->count_label, count);
}

static void
update_results (VtrSearchPage *self)
{
  g_autoptr(GListModel) results = NULL;
  g_autofree char *hint = NULL;
  g_autofree char *words = NULL;
  guint n_matches = 0;

  if (self->index == NULL || is_blank (self->query))
    {
      show_results (self, NULL, 0);
      gtk_stack_set_visible_child_name (self->stack, "start");
      return;
    }

  results = vtr_search_index_query_full (self->index, self->query, MAX_RESULTS, &n_matches);
  show_results (self, results, n_matches);

  if (n_matches > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "results");
      return;
    }

  /* The status page reads its description as markup, so the query is escaped. */
  words = g_strstrip (g_strdup (self->query));
  hint = g_markup_printf_escaped (_("Nothing matches “%s”. Check the spelling, or try "
                                    "fewer or other words."),
                                  words);
  adw_status_page_set_description (self->no_results_page, hint);
  gtk_stack_set_visible_child_name (self->stack, "none");
}

static void
rebuild_index (VtrSearchPage *self)
{
  g_clear_object (&self->index);

  if (self->pack != NULL)
    self->index = vtr_search_index_new (self->pack);

  update_results (self);
}

static void
activate_result (VtrSearchPage   *self,
                 VtrSearchResult *result)
{
  gtk_widget_activate_action (GTK_WIDGET (self),
                              kind_action (vtr_search_result_get_kind (result)),
                              "s", vtr_search_result_get_id (result));
}

static GtkWidget *
new_label (const char *style_class,
           gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (wrap)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), 2);
    }
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);

  return label;
}

static void
set_optional_text (GtkWidget  *label,
                   const char *text)
{
  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
  gtk_widget_set_visible (label, text != NULL && *text != '\0');
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              VtrSearchPage            *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  "valign", GTK_ALIGN_START,
                                  NULL);
  GtkWidget *subtitle = new_label ("caption", FALSE);

  gtk_widget_add_css_class (row, "search-result");
  gtk_widget_add_css_class (icon, "search-result-icon");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_set_hexpand (text, TRUE);

  /* The bind callback finds the parts in this order: icon, then title, subtitle, snippet. */
  gtk_box_append (GTK_BOX (row), icon);
  gtk_box_append (GTK_BOX (row), text);
  gtk_box_append (GTK_BOX (text), new_label ("heading", TRUE));
  gtk_box_append (GTK_BOX (text), subtitle);
  gtk_box_append (GTK_BOX (text), new_label ("search-snippet", TRUE));

  gtk_list_item_set_child (item, row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             VtrSearchPage            *self)
{
  VtrSearchResult *result = gtk_list_item_get_item (item);
  VtrSearchResultKind kind = vtr_search_result_get_kind (result);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *icon = gtk_widget_get_first_child (row);
  GtkWidget *title = gtk_widget_get_first_child (gtk_widget_get_next_sibling (icon));
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  GtkWidget *snippet = gtk_widget_get_next_sibling (subtitle);
  guint match_start = vtr_search_result_get_match_start (result);
  guint match_end = vtr_search_result_get_match_end (result);
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();
  g_autofree char *accessible_name = NULL;

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), kind_icon_name (kind));
  gtk_label_set_text (GTK_LABEL (title), vtr_search_result_get_title (result));
  set_optional_text (subtitle, vtr_search_result_get_subtitle (result));
  set_optional_text (snippet, vtr_search_result_get_snippet (result));

  /* Bold, not colour, marks the match, so it shows in every theme and without colour. */
  if (match_end > match_start)
    {
      PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

      bold->start_index = match_start;
      bold->end_index = match_end;
      pango_attr_list_insert (attributes, bold);
    }
  gtk_label_set_attributes (GTK_LABEL (snippet), attributes);

  /* The kind is shown by the icon alone, so the name says it in words. */
  if (vtr_search_result_get_subtitle (result) != NULL)
    /* Translators: how a screen reader names a search result: its kind, such as "Exhibit",
     * its title and its subtitle (an exhibitor, a date or a number). */
    accessible_name = g_strdup_printf (C_("search result", "%1$s: %2$s, %3$s"),
                                       kind_name (kind),
                                       vtr_search_result_get_title (result),
                                       vtr_search_result_get_subtitle (result));
  else
    /* Translators: how a screen reader names a search result without a subtitle. */
    accessible_name = g_strdup_printf (C_("search result", "%1$s: %2$s"),
                                       kind_name (kind), vtr_search_result_get_title (result));

  /* The focusable row is the list's own item widget, which GTK 4.8 gives no accessible
   * name (gtk_list_item_set_accessible_label() came in 4.12), so name it through our child. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (row)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  vtr_search_result_get_snippet (result),
                                  -1);
}

static void
activate_row_cb (VtrSearchPage *self,
                 guint          position,
                 GtkListView   *list_view)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list_view));
  g_autoptr(VtrSearchResult) result = g_list_model_get_item (model, position);

  if (result != NULL)
    activate_result (self, result);
}

static void
vtr_search_page_dispose (GObject *object)
{
  VtrSearchPage *self = (VtrSearchPage *)object;

  /* The bin's child is the stack, a template child: taking it out through the bin keeps the
   * bin from unparenting it a second time. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_SEARCH_PAGE);
  g_clear_handle_id (&self->fill_idle, g_source_remove);
  g_clear_object (&self->results);
  g_clear_object (&self->shown);
  g_clear_object (&self->index);
  g_clear_object (&self->pack);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (vtr_search_page_parent_class)->dispose (object);
}

static void
vtr_search_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VtrSearchPage *self = VTR_SEARCH_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;

    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_search_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  VtrSearchPage *self = VTR_SEARCH_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      vtr_search_page_set_pack (self, g_value_get_object (value));
      break;

    case PROP_QUERY:
      vtr_search_page_set_query (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_search_page_class_init (VtrSearchPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_search_page_dispose;
  object_class->get_property = vtr_search_page_get_property;
  object_class->set_property = vtr_search_page_set_property;

  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, VTR_TYPE_PACK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vtr-search-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrSearchPage, stack);
  gtk_widget_class_bind_template_child (widget_class, VtrSearchPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, VtrSearchPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, VtrSearchPage, no_results_page);
  gtk_widget_class_bind_template_callback (widget_class, setup_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_row_cb);
}

static void
vtr_search_page_init (VtrSearchPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vtr_search_page_new (void)
{
  return g_object_new (VTR_TYPE_SEARCH_PAGE, NULL);
}

/**
 * vtr_search_page_get_pack:
 *
 * Returns: (transfer none) (nullable): the pack searched
 */
VtrPack *
vtr_search_page_get_pack (VtrSearchPage *self)
{
  g_return_val_if_fail (VTR_IS_SEARCH_PAGE (self), NULL);

  return self->pack;
}

/**
 * vtr_search_page_set_pack:
 * @pack: (nullable): the pack to search
 *
 * Indexes @pack at once, and shows the results of the current query in it.
 */
void
vtr_search_page_set_pack (VtrSearchPage *self,
                          VtrPack       *pack)
{
  g_return_if_fail (VTR_IS_SEARCH_PAGE (self));
  g_return_if_fail (pack == NULL || VTR_IS_PACK (pack));

  if (!g_set_object (&self->pack, pack))
    return;

  rebuild_index (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
}

/**
 * vtr_search_page_get_query:
 *
 * Returns: (transfer none) (nullable): the words searched for
 */
const char *
vtr_search_page_get_query (VtrSearchPage *self)
{
  g_return_val_if_fail (VTR_IS_SEARCH_PAGE (self), NULL);

  return self->query;
}

/**
 * vtr_search_page_set_query:
 * @query: (nullable): the words to search for, as the visitor typed them
 */
void
vtr_search_page_set_query (VtrSearchPage *self,
                           const char    *query)
{
  g_return_if_fail (VTR_IS_SEARCH_PAGE (self));

  if (g_strcmp0 (self->query, query) == 0)
    return;

  g_free (self->query);
  self->query = g_strdup (query);
  update_results (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

/**
 * vtr_search_page_activate_first:
 *
 * Opens the best result, as Enter in the search entry does.
 *
 * Returns: %TRUE if there was a result to open
 */
gboolean
vtr_search_page_activate_first (VtrSearchPage *self)
{
  GListModel *model;
  g_autoptr(VtrSearchResult) result = NULL;

  g_return_val_if_fail (VTR_IS_SEARCH_PAGE (self), FALSE);

  model = G_LIST_MODEL (gtk_list_view_get_model (self->list_view));
  if (model == NULL || g_list_model_get_n_items (model) == 0)
    return FALSE;

  result = g_list_model_get_item (model, 0);
  activate_result (self, result);

  return TRUE;
}

/**
 * vtr_search_page_focus_results:
 *
 * Moves the keyboard focus to the first result, as Down in the search entry does.
 *
 * Returns: %TRUE if there were results to focus
 */
gboolean
vtr_search_page_focus_results (VtrSearchPage *self)
{
  GListModel *model;

  g_return_val_if_fail (VTR_IS_SEARCH_PAGE (self), FALSE);

  model = G_LIST_MODEL (gtk_list_view_get_model (self->list_view));
  if (model == NULL || g_list_model_get_n_items (model) == 0)
    return FALSE;

  /* GTK 4.8 has no call to focus a row: scrolling to one makes it the list's focus row, and
   * moving the focus into the list from outside lands on that row. */
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);

  return gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD) ||
         gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}
