/* vtr-window.c
 *
 * The window owns navigation. Pages never switch screens themselves: they activate the
 * window's actions (win.show-exhibit and friends), the window records the step in a
 * VtrHistory, and one function, show_location(), turns the current location into what is on
 * screen. Back, the last screen restored at start-up, and a pack reloaded under the visitor's
 * feet all go through that same function.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-diagnostic.h"
#include "vtr-event-page.h"
#include "vtr-exhibit-page.h"
#include "vtr-focus.h"
#include "vtr-gallery-page.h"
#include "vtr-history.h"
#include "vtr-language-manager.h"
#include "vtr-overview-page.h"
#include "vtr-page-slot.h"
#include "vtr-search-page.h"
#include "vtr-timeline-page.h"
#include "vtr-tour-page.h"
#include "vtr-window.h"

/* How far from the leading edge a drag must start, and how far it must travel, to count as
 * the "swipe from the edge" that goes back. */
#define EDGE_SWIPE_START 32
#define EDGE_SWIPE_DISTANCE 120

/* The mouse's "back" side button, as X11 and Wayland number it. */
#define MOUSE_BUTTON_BACK 8

/* Pages are built the first time they are needed; each of these builds its page if it has
 * not been built yet. */
#define OVERVIEW_PAGE(self) VTR_OVERVIEW_PAGE (vtr_page_slot_get_page ((self)->overview_slot))
#define GALLERY_PAGE(self) VTR_GALLERY_PAGE (vtr_page_slot_get_page ((self)->gallery_slot))
#define TIMELINE_PAGE(self) VTR_TIMELINE_PAGE (vtr_page_slot_get_page ((self)->timeline_slot))
#define EXHIBIT_PAGE(self) VTR_EXHIBIT_PAGE (vtr_page_slot_get_page ((self)->exhibit_slot))
#define EVENT_PAGE(self) VTR_EVENT_PAGE (vtr_page_slot_get_page ((self)->event_slot))
#define TOUR_PAGE(self) VTR_TOUR_PAGE (vtr_page_slot_get_page ((self)->tour_slot))
#define SEARCH_PAGE(self) VTR_SEARCH_PAGE (vtr_page_slot_get_page ((self)->search_slot))

struct _VtrWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  VtrContentManager    *content;
  VtrHistory           *history;
  double                drag_start_x;
  gboolean              drag_from_edge;

  /* Set while show_location() changes widgets, so that the view stack's own notifications do
   * not record a second step. */
  gboolean              showing;

  AdwToastOverlay      *toast_overlay;
  GtkButton            *back_button;
  GtkMenuButton        *language_button;
  GtkStack             *title_stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwWindowTitle       *page_title;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkRevealer          *problem_revealer;
  GtkLabel             *problem_label;
  GtkStack             *page_stack;
  AdwViewStack         *view_stack;
  VtrPageSlot          *overview_slot;
  VtrPageSlot          *gallery_slot;
  VtrPageSlot          *timeline_slot;
  VtrPageSlot          *exhibit_slot;
  VtrPageSlot          *event_slot;
  VtrPageSlot          *tour_slot;
  VtrPageSlot          *search_slot;
  AdwViewSwitcherBar   *switcher_bar;
};

enum {
  PROP_0,
  PROP_CONTENT_MANAGER,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrWindow, vtr_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

static VtrPack *
get_pack (VtrWindow *self)
{
  return vtr_content_manager_get_pack (self->content);
}

static void
show_page (VtrWindow  *self,
           const char *page,
           const char *title)
{
  GtkWidget *child = gtk_stack_get_child_by_name (self->page_stack, page);
  GtkWidget *focus;

  gtk_stack_set_visible_child_name (self->page_stack, page);
  gtk_stack_set_visible_child_name (self->title_stack, "page");
  adw_window_title_set_title (self->page_title, title);

  /* Keyboard and screen reader users land in the page they opened, not back in the header,
   * unless the page already placed the focus itself. Search results are the exception: the
   * visitor is still typing in the search entry. */
  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (!g_str_equal (page, "search") &&
      (focus == NULL || !gtk_widget_is_ancestor (focus, child)))
    gtk_widget_child_focus (child, GTK_DIR_TAB_FORWARD);
}

/* Puts the current location of the history on screen. Returns FALSE when it names something
 * the pack does not have, such as an exhibit removed by a reload. */
static gboolean
show_location (VtrWindow *self)
{
  const char *location = vtr_history_get_current (self->history);
  VtrPack *pack = get_pack (self);
  g_autofree char *kind = NULL;
  g_autofree char *id = NULL;

  if (pack == NULL || !vtr_location_parse (location, &kind, &id))
    return FALSE;

  if (g_str_equal (kind, "view"))
    {
      if (adw_view_stack_get_child_by_name (self->view_stack, id) == NULL)
        return FALSE;

      adw_view_stack_set_visible_child_name (self->view_stack, id);
      gtk_stack_set_visible_child_name (self->page_stack, "main");
      gtk_stack_set_visible_child_name (self->title_stack, "switcher");
    }
  else if (g_str_equal (kind, "exhibit"))
    {
      VtrExhibit *exhibit = vtr_pack_find_exhibit (pack, id);
      GtkWidget *gallery;

      if (exhibit == NULL)
        return FALSE;

      gallery = vtr_page_slot_peek_page (self->gallery_slot);
      vtr_exhibit_page_set_siblings (EXHIBIT_PAGE (self),
                                     vtr_gallery_page_siblings_for ((VtrGalleryPage *)gallery,
                                                                    pack, exhibit));
      vtr_exhibit_page_set_exhibit (EXHIBIT_PAGE (self), exhibit);
      show_page (self, "exhibit", vtr_exhibit_get_title (exhibit));
    }
  else if (g_str_equal (kind, "event"))
    {
      VtrEvent *event = vtr_pack_find_event (pack, id);

      if (event == NULL)
        return FALSE;

      vtr_event_page_set_event (EVENT_PAGE (self), event);
      show_page (self, "event", vtr_event_get_title (event));
    }
  else if (g_str_equal (kind, "tour"))
    {
      VtrTour *tour = vtr_pack_find_tour (pack, id);

      if (tour == NULL)
        return FALSE;

      vtr_tour_page_set_tour (TOUR_PAGE (self), tour);
      show_page (self, "tour", vtr_tour_get_title (tour));
    }
  else if (g_str_equal (kind, "search"))
    {
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), id) != 0)
        gtk_editable_set_text (GTK_EDITABLE (self->search_entry), id);
      gtk_search_bar_set_search_mode (self->search_bar, TRUE);
      vtr_search_page_set_query (SEARCH_PAGE (self), id);
      show_page (self, "search", _("Search"));
    }
  else
    {
      return FALSE;
    }

  if (!g_str_equal (kind, "search") &&
      gtk_search_bar_get_search_mode (self->search_bar))
    gtk_search_bar_set_search_mode (self->search_bar, FALSE);

  return TRUE;
}

/* The bottom switcher takes over when the header has no room for the top one, and only on
 * the main views: a detail page has a Back button instead. */
static void
update_switcher_bar (VtrWindow *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->page_stack);
  gboolean narrow = adw_view_switcher_title_get_title_visible (self->switcher_title);

  adw_view_switcher_bar_set_reveal (self->switcher_bar, g_strcmp0 (page, "main") == 0 && narrow);
}

static void
refresh (VtrWindow *self)
{
  self->showing = TRUE;

  if (!show_location (self))
    {
      /* What was shown is gone; start over from the overview rather than show nothing. */
      vtr_history_reset (self->history, "view:overview");
      show_location (self);
    }

  self->showing = FALSE;

  update_switcher_bar (self);
  if (!vtr_history_get_can_go_back (self->history))
    vtr_focus_move_out_of (GTK_WIDGET (self->back_button));
  gtk_widget_set_visible (GTK_WIDGET (self->back_button),
                          vtr_history_get_can_go_back (self->history));
  g_settings_set_string (self->settings, "last-location",
                         vtr_history_get_current (self->history));
}

static void
go (VtrWindow  *self,
    const char *kind,
    const char *id,
    gboolean    replace)
{
  g_autofree char *location = g_strdup_printf ("%s:%s", kind, id);

  if (replace)
    vtr_history_replace (self->history, location);
  else
    vtr_history_push (self->history, location);
}

static void
set_pages_pack (VtrWindow *self,
                VtrPack   *pack)
{
  vtr_page_slot_set_pack (self->overview_slot, pack);
  vtr_page_slot_set_pack (self->gallery_slot, pack);
  vtr_page_slot_set_pack (self->timeline_slot, pack);
  vtr_page_slot_set_pack (self->exhibit_slot, pack);
  vtr_page_slot_set_pack (self->event_slot, pack);
  vtr_page_slot_set_pack (self->tour_slot, pack);
  vtr_page_slot_set_pack (self->search_slot, pack);
}

static void
show_problem (VtrWindow *self)
{
  const char *problem = vtr_content_manager_get_problem (self->content);
  GFile *folder = vtr_content_manager_get_rejected_folder (self->content);
  g_autofree char *text = NULL;

  if (problem != NULL && folder != NULL)
    {
      VtrPack *pack = get_pack (self);
      g_autofree char *name = g_file_get_basename (folder);

      /* Translators: the first %s is a folder name, the second why it could not be opened,
       * such as "it has 3 errors", and the third the title of the pack shown instead. */
      text = g_strdup_printf (_("The content pack “%s” could not be opened: %s. Showing “%s” "
                                "instead."),
                              name, problem, pack != NULL ? vtr_pack_get_title (pack) : "");
    }

  gtk_label_set_text (self->problem_label, text != NULL ? text : "");
  gtk_revealer_set_reveal_child (self->problem_revealer, text != NULL);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self),
                                                                             "show-problems")),
                               text != NULL);
}

/* The pack decides which languages are offered; each is listed in its own name and script. */
static void
update_language_menu (VtrWindow *self)
{
  VtrPack *pack = get_pack (self);
  const char * const *languages = pack != NULL
                                ? (const char * const *)vtr_pack_get_languages (pack) : NULL;
  g_autoptr(GMenu) menu = g_menu_new ();
  const char *current;
  guint n_languages = languages != NULL ? g_strv_length ((char **)languages) : 0;

  for (guint i = 0; i < n_languages; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (vtr_language_get_native_name (languages[i]),
                                                   NULL);

      g_menu_item_set_action_and_target (item, "app.language", "s", languages[i]);
      g_menu_append_item (menu, item);
    }

  gtk_menu_button_set_menu_model (self->language_button, G_MENU_MODEL (menu));

  /* The button names the language in use in its own script rather than showing an icon:
   * the usual one looks like a flag, and a flag names a country, not a language. */
  current = vtr_language_manager_get_language (vtr_language_manager_get_default ());
  gtk_menu_button_set_label (self->language_button,
                             vtr_language_get_native_name (current != NULL ? current : "en"));
  gtk_widget_set_visible (GTK_WIDGET (self->language_button), n_languages > 1);
}

static void
pack_changed_cb (VtrWindow         *self,
                 GParamSpec        *pspec,
                 VtrContentManager *content)
{
  VtrPack *pack = get_pack (self);

  gtk_window_set_title (GTK_WINDOW (self), pack != NULL ? vtr_pack_get_title (pack) : _("Vitrine"));
  adw_view_switcher_title_set_title (self->switcher_title,
                                     pack != NULL ? vtr_pack_get_title (pack) : "");
  set_pages_pack (self, pack);
  update_language_menu (self);
  refresh (self);
  show_problem (self);
}

static void
problem_changed_cb (VtrWindow         *self,
                    GParamSpec        *pspec,
                    VtrContentManager *content)
{
  show_problem (self);
}

static void
reload_failed_cb (VtrWindow         *self,
                  const char        *message,
                  VtrContentManager *content)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* Translators: %s is the first problem found, such as "exhibits.json:14:5: …". */
  title = g_strdup_printf (_("The edit was not loaded: %s"), message);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 8);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
history_changed_cb (VtrWindow  *self,
                    GParamSpec *pspec,
                    VtrHistory *history)
{
  refresh (self);
}

static void
view_changed_cb (VtrWindow    *self,
                 GParamSpec   *pspec,
                 AdwViewStack *view_stack)
{
  const char *name = adw_view_stack_get_visible_child_name (view_stack);

  if (self->showing || name == NULL ||
      !g_str_equal (gtk_stack_get_visible_child_name (self->page_stack), "main"))
    return;

  go (self, "view", name, FALSE);
}

static void
search_changed_cb (VtrWindow      *self,
                   GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  gboolean searching = g_str_has_prefix (vtr_history_get_current (self->history), "search:");
  g_autofree char *query = g_strstrip (g_strdup (text));

  if (self->showing)
    return;

  if (query[0] != '\0')
    go (self, "search", text, searching);
  else if (searching)
    vtr_history_go_back (self->history);
}

static void
search_activate_cb (VtrWindow      *self,
                    GtkSearchEntry *entry)
{
  vtr_search_page_activate_first (SEARCH_PAGE (self));
}

static void
search_stop_cb (VtrWindow      *self,
                GtkSearchEntry *entry)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
search_mode_cb (VtrWindow    *self,
                GParamSpec   *pspec,
                GtkSearchBar *search_bar)
{
  if (gtk_search_bar_get_search_mode (search_bar))
    return;

  /* Closing the search bar ends the search, and Back from a result no longer returns to it. */
  if (g_str_has_prefix (vtr_history_get_current (self->history), "search:"))
    vtr_history_go_back (self->history);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static gboolean
search_key_pressed_cb (VtrWindow             *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    {
      vtr_search_page_focus_results (SEARCH_PAGE (self));
      return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

static void
mouse_back_pressed_cb (VtrWindow       *self,
                       int              n_press,
                       double           x,
                       double           y,
                       GtkGestureClick *gesture)
{
  if (vtr_history_go_back (self->history))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
edge_drag_begin_cb (VtrWindow      *self,
                    double          x,
                    double          y,
                    GtkGestureDrag *gesture)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->page_stack));
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;

  self->drag_start_x = x;
  self->drag_from_edge = rtl ? x > width - EDGE_SWIPE_START : x < EDGE_SWIPE_START;
}

static void
edge_drag_end_cb (VtrWindow      *self,
                  double          offset_x,
                  double          offset_y,
                  GtkGestureDrag *gesture)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  double travelled = rtl ? -offset_x : offset_x;

  if (self->drag_from_edge && travelled > EDGE_SWIPE_DISTANCE && ABS (offset_y) < travelled)
    vtr_history_go_back (self->history);

  self->drag_from_edge = FALSE;
}

static void
string_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  VtrWindow *self = VTR_WINDOW (user_data);
  const char *action_name = g_action_get_name (G_ACTION (action));
  const char *id = g_variant_get_string (parameter, NULL);

  if (g_str_equal (action_name, "show-view"))
    go (self, "view", id, FALSE);
  else if (g_str_equal (action_name, "show-exhibit"))
    go (self, "exhibit", id, FALSE);
  else if (g_str_equal (action_name, "replace-exhibit"))
    go (self, "exhibit", id, TRUE);
  else if (g_str_equal (action_name, "show-event"))
    go (self, "event", id, FALSE);
  else if (g_str_equal (action_name, "show-tour"))
    go (self, "tour", id, FALSE);
  else if (g_str_equal (action_name, "show-category"))
    {
      vtr_gallery_page_set_category (GALLERY_PAGE (self), id[0] != '\0' ? id : NULL);
      go (self, "view", "exhibits", FALSE);
    }
  else if (g_str_equal (action_name, "show-figure"))
    {
      go (self, "view", "overview", FALSE);
      vtr_overview_page_focus_figure (OVERVIEW_PAGE (self), id);
    }
}

static void
back_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  vtr_history_go_back (VTR_WINDOW (user_data)->history);
}

static void
search_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  VtrWindow *self = VTR_WINDOW (user_data);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
open_pack_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  VtrWindow *self = VTR_WINDOW (user_data);
  GApplication *app = g_application_get_default ();

  if (VTR_IS_APPLICATION (app))
    vtr_application_choose_pack_folder (VTR_APPLICATION (app), GTK_WINDOW (self));
}

static void
open_builtin_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  GApplication *app = g_application_get_default ();

  if (VTR_IS_APPLICATION (app))
    vtr_application_use_builtin_pack (VTR_APPLICATION (app));
}

static void
show_problems_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  VtrWindow *self = VTR_WINDOW (user_data);
  GListModel *diagnostics = vtr_content_manager_get_diagnostics (self->content);
  GFile *folder = vtr_content_manager_get_rejected_folder (self->content);
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autofree char *name = folder != NULL ? g_file_get_parse_name (folder) : g_strdup ("");
  GtkWidget *dialog, *scroller, *label;

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(VtrDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      g_autofree char *line = vtr_diagnostic_to_string (diagnostic);

      g_string_append_printf (lines, "%s%s", i > 0 ? "\n" : "", line);
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Problems in the Content Pack"), name);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));

  label = gtk_label_new (lines->len > 0 ? lines->str
                                        : vtr_content_manager_get_problem (self->content));
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_widget_add_css_class (label, "monospace");

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  /* A fixed height: wrapped lines measured at the dialog's width would otherwise be clipped. */
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 200);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);

  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
restored_location (VtrWindow *self)
{
  g_autofree char *saved = g_settings_get_string (self->settings, "last-location");
  g_autofree char *kind = NULL;
  g_autofree char *id = NULL;

  if (!vtr_location_parse (saved, &kind, &id) || g_str_equal (kind, "search"))
    return NULL;

  return g_steal_pointer (&saved);
}

/* A detail page is shown on top of the view it belongs to, so Back leads somewhere. */
static const char *
parent_view (const char *location)
{
  if (g_str_has_prefix (location, "exhibit:"))
    return "view:exhibits";
  if (g_str_has_prefix (location, "event:"))
    return "view:timeline";
  if (g_str_has_prefix (location, "view:"))
    return location;

  return "view:overview";
}

static void
restore_history (VtrWindow *self)
{
  g_autofree char *saved = restored_location (self);

  self->history = vtr_history_new (saved != NULL ? parent_view (saved) : "view:overview");
  if (saved != NULL)
    vtr_history_push (self->history, saved);
}

static void
vtr_window_constructed (GObject *object)
{
  VtrWindow *self = (VtrWindow *)object;

  G_OBJECT_CLASS (vtr_window_parent_class)->constructed (object);

  restore_history (self);
  g_signal_connect_object (self->history, "notify::current",
                           G_CALLBACK (history_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->content, "notify::pack",
                           G_CALLBACK (pack_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->content, "notify::problem",
                           G_CALLBACK (problem_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->content, "reload-failed",
                           G_CALLBACK (reload_failed_cb), self, G_CONNECT_SWAPPED);

  pack_changed_cb (self, NULL, self->content);
}

static void
vtr_window_dispose (GObject *object)
{
  VtrWindow *self = (VtrWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_WINDOW);

  g_clear_object (&self->history);
  g_clear_object (&self->content);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (vtr_window_parent_class)->dispose (object);
}

static void
vtr_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  VtrWindow *self = VTR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTENT_MANAGER:
      g_value_set_object (value, self->content);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  VtrWindow *self = VTR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTENT_MANAGER:
      self->content = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_window_class_init (VtrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vtr_window_constructed;
  object_class->dispose = vtr_window_dispose;
  object_class->get_property = vtr_window_get_property;
  object_class->set_property = vtr_window_set_property;

  /**
   * VtrWindow:content-manager:
   *
   * The content manager whose pack the window shows.
   */
  properties[PROP_CONTENT_MANAGER] =
    g_param_spec_object ("content-manager", NULL, NULL, VTR_TYPE_CONTENT_MANAGER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VTR_TYPE_PAGE_SLOT);
  g_type_ensure (VTR_TYPE_OVERVIEW_PAGE);
  g_type_ensure (VTR_TYPE_GALLERY_PAGE);
  g_type_ensure (VTR_TYPE_TIMELINE_PAGE);
  g_type_ensure (VTR_TYPE_EXHIBIT_PAGE);
  g_type_ensure (VTR_TYPE_EVENT_PAGE);
  g_type_ensure (VTR_TYPE_TOUR_PAGE);
  g_type_ensure (VTR_TYPE_SEARCH_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vtr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VtrWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, VtrWindow, language_button);
  gtk_widget_class_bind_template_child (widget_class, VtrWindow, title_stack);
  gtk_widget_class_bind_template_child (widget_class, VtrWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, VtrWindow, page_title);
  gtk_widget_class_bind_template_child (widget_class, VtrWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, VtrWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VtrWindow, problem_revealer);
  gtk_widget_class_bind_template_child (widget_class, VtrWindow, problem_label);
  gtk_widget_class_bind_template_child (widget_class, VtrWindow, page_stack);
  gtk_widget_class_bind_template_child (widget_class, VtrWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, VtrWindow, overview_slot);
  gtk_widget_class_bind_template_child (widget_class, VtrWindow, gallery_slot);
  gtk_widget_class_bind_template_child (widget_class, VtrWindow, timeline_slot);
  gtk_widget_class_bind_template_child (widget_class, VtrWindow, exhibit_slot);
  gtk_widget_class_bind_template_child (widget_class, VtrWindow, event_slot);
  gtk_widget_class_bind_template_child (widget_class, VtrWindow, tour_slot);
  gtk_widget_class_bind_template_child (widget_class, VtrWindow, search_slot);
  gtk_widget_class_bind_template_child (widget_class, VtrWindow, switcher_bar);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.open-pack", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK,
                                       "win.show-view", "s", "overview");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK,
                                       "win.show-view", "s", "exhibits");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK,
                                       "win.show-view", "s", "timeline");
}

static void
vtr_window_init (VtrWindow *self)
{
  GtkGesture *mouse_back;
  GtkGesture *edge_drag;
  GtkEventController *search_keys;
  /* Window actions live in the window's action map rather than on the widget class, so that
   * the session bus exports them: show-control software, the end-to-end tests and the
   * screenshot script drive the window through org.gtk.Actions. */
  static const GActionEntry actions[] = {
    { "show-view", string_action, "s" },
    { "show-exhibit", string_action, "s" },
    { "replace-exhibit", string_action, "s" },
    { "show-event", string_action, "s" },
    { "show-tour", string_action, "s" },
    { "show-category", string_action, "s" },
    { "show-figure", string_action, "s" },
    { "back", back_action },
    { "search", search_action },
    { "open-pack", open_pack_action },
    { "open-builtin", open_builtin_action },
    { "show-problems", show_problems_action },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);

  gtk_widget_init_template (GTK_WIDGET (self));
#if VITRINE_DEVEL
  /* The striped header bar tells a development build from the installed app. */
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized",
                   G_SETTINGS_BIND_DEFAULT);

  g_signal_connect_object (self->switcher_title, "notify::title-visible",
                           G_CALLBACK (update_switcher_bar), self, G_CONNECT_SWAPPED);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_cb), self, G_CONNECT_SWAPPED);

  search_keys = gtk_event_controller_key_new ();
  g_signal_connect_object (search_keys, "key-pressed",
                           G_CALLBACK (search_key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), search_keys);

  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (view_changed_cb), self, G_CONNECT_SWAPPED);

  mouse_back = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (mouse_back), MOUSE_BUTTON_BACK);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (mouse_back),
                                              GTK_PHASE_CAPTURE);
  g_signal_connect_object (mouse_back, "pressed",
                           G_CALLBACK (mouse_back_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (mouse_back));

  /* The drag only watches; it never claims the sequence, so scrolling and clicks inside the
   * pages are untouched. */
  edge_drag = gtk_gesture_drag_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (edge_drag),
                                              GTK_PHASE_CAPTURE);
  g_signal_connect_object (edge_drag, "drag-begin",
                           G_CALLBACK (edge_drag_begin_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (edge_drag, "drag-end",
                           G_CALLBACK (edge_drag_end_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->page_stack), GTK_EVENT_CONTROLLER (edge_drag));
}

VtrWindow *
vtr_window_new (VtrApplication *application)
{
  return g_object_new (VTR_TYPE_WINDOW,
                       "application", application,
                       "content-manager", vtr_application_get_content_manager (application),
                       NULL);
}

/**
 * vtr_window_get_location:
 *
 * Returns: where the window is, as a location string such as "exhibit:ipv6"
 */
const char *
vtr_window_get_location (VtrWindow *self)
{
  g_return_val_if_fail (VTR_IS_WINDOW (self), NULL);

  return vtr_history_get_current (self->history);
}

/**
 * vtr_window_go_to:
 * @location: a location string, such as "view:timeline" or "search:summit"
 *
 * Shows @location on top of the view it belongs to, as if the visitor had just opened it.
 */
void
vtr_window_go_to (VtrWindow  *self,
                  const char *location)
{
  g_return_if_fail (VTR_IS_WINDOW (self));
  g_return_if_fail (location != NULL);

  vtr_history_reset (self->history, parent_view (location));
  vtr_history_push (self->history, location);
}

/**
 * vtr_window_take_place:
 * @previous: the window this one replaces, as after a language switch
 *
 * Shows what @previous showed: the same screen, the same search, the same selected event on
 * the timeline.
 */
void
vtr_window_take_place (VtrWindow *self,
                       VtrWindow *previous)
{
  GtkWidget *timeline;
  const char *event_id;

  g_return_if_fail (VTR_IS_WINDOW (self));
  g_return_if_fail (VTR_IS_WINDOW (previous));

  vtr_window_go_to (self, vtr_window_get_location (previous));

  timeline = vtr_page_slot_peek_page (previous->timeline_slot);
  event_id = timeline != NULL
           ? vtr_timeline_page_get_selected_event_id (VTR_TIMELINE_PAGE (timeline)) : NULL;
  if (event_id != NULL)
    vtr_timeline_page_focus_event (TIMELINE_PAGE (self), event_id);
}
