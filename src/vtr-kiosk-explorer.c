/* vtr-kiosk-explorer.c
 *
 * The exploring part of kiosk mode: the desktop's pages (overview, exhibits, timeline, an
 * exhibit, an event, a tour, search results), under a bar of large touch targets instead of a
 * header bar with menus. The pages are the same widgets as on the desktop; they ask for
 * navigation through "win." actions, which the explorer provides itself, so they never know
 * they are in a kiosk.
 *
 * Navigation is a VtrHistory of location strings ("exhibit:ipv6"), as in VtrWindow; one
 * function, show_location(), puts the current one on screen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vtr-event-page.h"
#include "vtr-exhibit-page.h"
#include "vtr-focus.h"
#include "vtr-gallery-page.h"
#include "vtr-history.h"
#include "vtr-kiosk-explorer.h"
#include "vtr-language-manager.h"
#include "vtr-overview-page.h"
#include "vtr-page-slot.h"
#include "vtr-search-page.h"
#include "vtr-timeline-page.h"
#include "vtr-tour-page.h"

/* A swipe faster than this, in pixels per second and mostly sideways, turns the page. */
#define SWIPE_MIN_VELOCITY 400.0

#define START_LOCATION "view:overview"

/* Pages are built the first time they are needed; each of these builds its page if it has
 * not been built yet. */
#define OVERVIEW_PAGE(self) VTR_OVERVIEW_PAGE (vtr_page_slot_get_page ((self)->overview_slot))
#define GALLERY_PAGE(self) VTR_GALLERY_PAGE (vtr_page_slot_get_page ((self)->gallery_slot))
#define TIMELINE_PAGE(self) VTR_TIMELINE_PAGE (vtr_page_slot_get_page ((self)->timeline_slot))
#define EXHIBIT_PAGE(self) VTR_EXHIBIT_PAGE (vtr_page_slot_get_page ((self)->exhibit_slot))
#define EVENT_PAGE(self) VTR_EVENT_PAGE (vtr_page_slot_get_page ((self)->event_slot))
#define TOUR_PAGE(self) VTR_TOUR_PAGE (vtr_page_slot_get_page ((self)->tour_slot))
#define SEARCH_PAGE(self) VTR_SEARCH_PAGE (vtr_page_slot_get_page ((self)->search_slot))

struct _VtrKioskExplorer
{
  AdwBin           parent_instance;

  VtrPack         *pack;
  VtrHistory      *history;
  GSimpleActionGroup *actions;
  gboolean         showing;

  GtkButton       *back_button;
  GtkToggleButton *overview_button;
  GtkToggleButton *exhibits_button;
  GtkToggleButton *timeline_button;
  GtkSearchEntry  *search_entry;
  GtkBox          *language_box;
  GtkStack        *page_stack;
  VtrPageSlot     *overview_slot;
  VtrPageSlot     *gallery_slot;
  VtrPageSlot     *timeline_slot;
  VtrPageSlot     *exhibit_slot;
  VtrPageSlot     *event_slot;
  VtrPageSlot     *tour_slot;
  VtrPageSlot     *search_slot;
};

enum {
  PROP_0,
  PROP_PACK,
  PROP_LOCATION,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (VtrKioskExplorer, vtr_kiosk_explorer, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

/* Text selection and its context menu mean nothing on a touchscreen, and a long press on a
 * selectable label would open that menu. Pages make labels as they show content, so each
 * newly shown page is swept. */
static void
make_unselectable (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_label_get_selectable (GTK_LABEL (widget)))
    gtk_label_set_selectable (GTK_LABEL (widget), FALSE);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    make_unselectable (child);
}

static void
update_bar (VtrKioskExplorer *self,
            const char       *page)
{
  gtk_toggle_button_set_active (self->overview_button, g_str_equal (page, "overview"));
  gtk_toggle_button_set_active (self->exhibits_button, g_str_equal (page, "exhibits"));
  gtk_toggle_button_set_active (self->timeline_button, g_str_equal (page, "timeline"));
  if (!vtr_history_get_can_go_back (self->history) &&
      vtr_focus_move_out_of (GTK_WIDGET (self->back_button)))
    gtk_widget_grab_focus (GTK_WIDGET (self->overview_button));
  gtk_widget_set_visible (GTK_WIDGET (self->back_button),
                          vtr_history_get_can_go_back (self->history));
}

/* Puts the current location on screen. Returns FALSE when it names something the pack does
 * not have. */
static gboolean
show_location (VtrKioskExplorer *self)
{
  const char *location = vtr_history_get_current (self->history);
  g_autofree char *kind = NULL;
  g_autofree char *id = NULL;
  const char *page = NULL;

  if (self->pack == NULL || !vtr_location_parse (location, &kind, &id))
    return FALSE;

  if (g_str_equal (kind, "view"))
    {
      if (!g_str_equal (id, "overview") && !g_str_equal (id, "exhibits") &&
          !g_str_equal (id, "timeline"))
        return FALSE;
      page = id;
    }
  else if (g_str_equal (kind, "exhibit"))
    {
      VtrExhibit *exhibit = vtr_pack_find_exhibit (self->pack, id);
      GtkWidget *gallery;

      if (exhibit == NULL)
        return FALSE;
      gallery = vtr_page_slot_peek_page (self->gallery_slot);
      vtr_exhibit_page_set_siblings (EXHIBIT_PAGE (self),
                                     vtr_gallery_page_siblings_for ((VtrGalleryPage *)gallery,
                                                                    self->pack, exhibit));
      vtr_exhibit_page_set_exhibit (EXHIBIT_PAGE (self), exhibit);
      page = "exhibit";
    }
  else if (g_str_equal (kind, "event"))
    {
      VtrEvent *event = vtr_pack_find_event (self->pack, id);

      if (event == NULL)
        return FALSE;
      vtr_event_page_set_event (EVENT_PAGE (self), event);
      page = "event";
    }
  else if (g_str_equal (kind, "tour"))
    {
      VtrTour *tour = vtr_pack_find_tour (self->pack, id);

      if (tour == NULL)
        return FALSE;
      vtr_tour_page_set_tour (TOUR_PAGE (self), tour);
      page = "tour";
    }
  else if (g_str_equal (kind, "search"))
    {
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), id) != 0)
        gtk_editable_set_text (GTK_EDITABLE (self->search_entry), id);
      vtr_search_page_set_query (SEARCH_PAGE (self), id);
      page = "search";
    }
  else
    {
      return FALSE;
    }

  gtk_stack_set_visible_child_name (self->page_stack, page);
  if (!g_str_equal (kind, "search") &&
      gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  update_bar (self, page);
  make_unselectable (gtk_stack_get_visible_child (self->page_stack));

  return TRUE;
}

static void
refresh (VtrKioskExplorer *self)
{
  self->showing = TRUE;
  if (!show_location (self))
    {
      vtr_history_reset (self->history, START_LOCATION);
      show_location (self);
    }
  self->showing = FALSE;
}

static void
history_changed_cb (VtrKioskExplorer *self,
                    GParamSpec       *pspec,
                    VtrHistory       *history)
{
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
}

static void
go (VtrKioskExplorer *self,
    const char       *kind,
    const char       *id,
    gboolean          replace)
{
  g_autofree char *location = g_strdup_printf ("%s:%s", kind, id);

  if (replace)
    vtr_history_replace (self->history, location);
  else
    vtr_history_push (self->history, location);
}

static void
string_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  VtrKioskExplorer *self = user_data;
  const char *name = g_action_get_name (G_ACTION (action));
  const char *id = g_variant_get_string (parameter, NULL);

  if (g_str_equal (name, "show-view"))
    go (self, "view", id, FALSE);
  else if (g_str_equal (name, "show-exhibit"))
    go (self, "exhibit", id, FALSE);
  else if (g_str_equal (name, "replace-exhibit"))
    go (self, "exhibit", id, TRUE);
  else if (g_str_equal (name, "show-event"))
    go (self, "event", id, FALSE);
  else if (g_str_equal (name, "show-tour"))
    go (self, "tour", id, FALSE);
  else if (g_str_equal (name, "show-category"))
    {
      vtr_gallery_page_set_category (GALLERY_PAGE (self), id[0] != '\0' ? id : NULL);
      go (self, "view", "exhibits", FALSE);
    }
  else if (g_str_equal (name, "show-figure"))
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
  VtrKioskExplorer *self = user_data;

  vtr_history_go_back (self->history);
}

static void
search_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  VtrKioskExplorer *self = user_data;

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
view_button_clicked_cb (VtrKioskExplorer *self,
                        GtkButton        *button)
{
  const char *view = gtk_widget_get_name (GTK_WIDGET (button));
  const char *page = gtk_stack_get_visible_child_name (self->page_stack);

  /* A toggle that is already on stays on: the bar shows where the visitor is. */
  if (g_strcmp0 (page, view) == 0)
    {
      update_bar (self, page);
      return;
    }

  go (self, "view", view, FALSE);
}

static void
search_changed_cb (VtrKioskExplorer *self,
                   GtkSearchEntry   *entry)
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
search_activate_cb (VtrKioskExplorer *self,
                    GtkSearchEntry   *entry)
{
  vtr_search_page_activate_first (SEARCH_PAGE (self));
}

/* A sideways swipe on an exhibit turns to the next or previous one, as in a book: the
 * content moves with the finger, so a swipe to the left shows the next exhibit. */
static void
swipe_cb (VtrKioskExplorer *self,
          double            velocity_x,
          double            velocity_y,
          GtkGestureSwipe  *gesture)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  double forward = rtl ? velocity_x : -velocity_x;

  if (ABS (velocity_x) < SWIPE_MIN_VELOCITY || ABS (velocity_y) * 2 > ABS (velocity_x))
    return;

  gtk_widget_activate_action (GTK_WIDGET (EXHIBIT_PAGE (self)),
                              forward > 0 ? "exhibit.next" : "exhibit.previous", NULL);
}

static void
rebuild_language_buttons (VtrKioskExplorer *self)
{
  const char * const *languages = self->pack != NULL
                                 ? (const char * const *)vtr_pack_get_languages (self->pack)
                                 : NULL;
  const char *current = vtr_language_manager_get_language (vtr_language_manager_get_default ());
  gboolean had_focus = vtr_focus_move_out_of (GTK_WIDGET (self->language_box));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->language_box))) != NULL)
    gtk_box_remove (self->language_box, child);

  for (guint i = 0; languages != NULL && languages[i] != NULL && languages[1] != NULL; i++)
    {
      GtkWidget *button = gtk_button_new_with_label (vtr_language_get_native_name (languages[i]));

      if (g_strcmp0 (current, languages[i]) == 0)
        gtk_widget_add_css_class (button, "current");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "kiosk.language");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", languages[i]);
      gtk_widget_add_css_class (button, "flat");
      gtk_box_append (self->language_box, button);
    }
  if (had_focus)
    gtk_widget_child_focus (GTK_WIDGET (self->language_box), GTK_DIR_TAB_FORWARD);
}

static void
vtr_kiosk_explorer_dispose (GObject *object)
{
  VtrKioskExplorer *self = (VtrKioskExplorer *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VTR_TYPE_KIOSK_EXPLORER);
  g_clear_object (&self->history);
  g_clear_object (&self->actions);
  g_clear_object (&self->pack);

  G_OBJECT_CLASS (vtr_kiosk_explorer_parent_class)->dispose (object);
}

static void
vtr_kiosk_explorer_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  VtrKioskExplorer *self = VTR_KIOSK_EXPLORER (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;

    case PROP_LOCATION:
      g_value_set_string (value, vtr_kiosk_explorer_get_location (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_kiosk_explorer_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  VtrKioskExplorer *self = VTR_KIOSK_EXPLORER (object);

  switch (prop_id)
    {
    case PROP_PACK:
      vtr_kiosk_explorer_set_pack (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vtr_kiosk_explorer_class_init (VtrKioskExplorerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vtr_kiosk_explorer_dispose;
  object_class->get_property = vtr_kiosk_explorer_get_property;
  object_class->set_property = vtr_kiosk_explorer_set_property;

  /**
   * VtrKioskExplorer:pack:
   *
   * The pack the pages show.
   */
  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, VTR_TYPE_PACK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * VtrKioskExplorer:location:
   *
   * Where the visitor is, as a location string such as "exhibit:ipv6".
   */
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VTR_TYPE_PAGE_SLOT);
  g_type_ensure (VTR_TYPE_OVERVIEW_PAGE);
  g_type_ensure (VTR_TYPE_GALLERY_PAGE);
  g_type_ensure (VTR_TYPE_TIMELINE_PAGE);
  g_type_ensure (VTR_TYPE_EXHIBIT_PAGE);
  g_type_ensure (VTR_TYPE_EVENT_PAGE);
  g_type_ensure (VTR_TYPE_TOUR_PAGE);
  g_type_ensure (VTR_TYPE_SEARCH_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vtr-kiosk-explorer.ui");
  gtk_widget_class_bind_template_child (widget_class, VtrKioskExplorer, back_button);
  gtk_widget_class_bind_template_child (widget_class, VtrKioskExplorer, overview_button);
  gtk_widget_class_bind_template_child (widget_class, VtrKioskExplorer, exhibits_button);
  gtk_widget_class_bind_template_child (widget_class, VtrKioskExplorer, timeline_button);
  gtk_widget_class_bind_template_child (widget_class, VtrKioskExplorer, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VtrKioskExplorer, language_box);
  gtk_widget_class_bind_template_child (widget_class, VtrKioskExplorer, page_stack);
  gtk_widget_class_bind_template_child (widget_class, VtrKioskExplorer, overview_slot);
  gtk_widget_class_bind_template_child (widget_class, VtrKioskExplorer, gallery_slot);
  gtk_widget_class_bind_template_child (widget_class, VtrKioskExplorer, timeline_slot);
  gtk_widget_class_bind_template_child (widget_class, VtrKioskExplorer, exhibit_slot);
  gtk_widget_class_bind_template_child (widget_class, VtrKioskExplorer, event_slot);
  gtk_widget_class_bind_template_child (widget_class, VtrKioskExplorer, tour_slot);
  gtk_widget_class_bind_template_child (widget_class, VtrKioskExplorer, search_slot);
  gtk_widget_class_bind_template_callback (widget_class, view_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_set_css_name (widget_class, "kiosk-explorer");
}

static void
vtr_kiosk_explorer_init (VtrKioskExplorer *self)
{
  static const GActionEntry entries[] = {
    { "show-view", string_action, "s" },
    { "show-exhibit", string_action, "s" },
    { "replace-exhibit", string_action, "s" },
    { "show-event", string_action, "s" },
    { "show-tour", string_action, "s" },
    { "show-category", string_action, "s" },
    { "show-figure", string_action, "s" },
    { "back", back_action },
    { "search", search_action },
  };
  GtkGesture *swipe;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The pages activate "win." actions; the nearest group of that name answers, so these
   * take them before the window would. */
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries,
                                   G_N_ELEMENTS (entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "win", G_ACTION_GROUP (self->actions));

  self->history = vtr_history_new (START_LOCATION);
  g_signal_connect_object (self->history, "notify::current",
                           G_CALLBACK (history_changed_cb), self, G_CONNECT_SWAPPED);

  /* Swipes are watched in the capture phase, so a swipe over the picture or the text turns
   * the page too; the gesture never claims, so scrolling still works. Mouse drags count as
   * well, for touchscreens that report a mouse. */
  swipe = gtk_gesture_swipe_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (swipe), FALSE);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (swipe), GTK_PHASE_CAPTURE);
  g_signal_connect_object (swipe, "swipe", G_CALLBACK (swipe_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->exhibit_slot), GTK_EVENT_CONTROLLER (swipe));
}

GtkWidget *
vtr_kiosk_explorer_new (void)
{
  return g_object_new (VTR_TYPE_KIOSK_EXPLORER, NULL);
}

/**
 * vtr_kiosk_explorer_get_pack:
 *
 * Returns: (transfer none) (nullable): the pack shown
 */
VtrPack *
vtr_kiosk_explorer_get_pack (VtrKioskExplorer *self)
{
  g_return_val_if_fail (VTR_IS_KIOSK_EXPLORER (self), NULL);

  return self->pack;
}

void
vtr_kiosk_explorer_set_pack (VtrKioskExplorer *self,
                             VtrPack          *pack)
{
  g_return_if_fail (VTR_IS_KIOSK_EXPLORER (self));
  g_return_if_fail (pack == NULL || VTR_IS_PACK (pack));

  if (!g_set_object (&self->pack, pack))
    return;

  vtr_page_slot_set_pack (self->overview_slot, pack);
  vtr_page_slot_set_pack (self->gallery_slot, pack);
  vtr_page_slot_set_pack (self->timeline_slot, pack);
  vtr_page_slot_set_pack (self->exhibit_slot, pack);
  vtr_page_slot_set_pack (self->event_slot, pack);
  vtr_page_slot_set_pack (self->tour_slot, pack);
  vtr_page_slot_set_pack (self->search_slot, pack);
  rebuild_language_buttons (self);
  refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
}

/**
 * vtr_kiosk_explorer_get_location:
 *
 * Returns: where the visitor is, such as "view:overview" or "exhibit:ipv6"
 */
const char *
vtr_kiosk_explorer_get_location (VtrKioskExplorer *self)
{
  g_return_val_if_fail (VTR_IS_KIOSK_EXPLORER (self), NULL);

  return vtr_history_get_current (self->history);
}

/**
 * vtr_kiosk_explorer_go_to:
 * @location: a location string, such as "exhibit:ipv6"
 *
 * Shows @location, with the overview to go back to.
 */
void
vtr_kiosk_explorer_go_to (VtrKioskExplorer *self,
                          const char       *location)
{
  g_return_if_fail (VTR_IS_KIOSK_EXPLORER (self));
  g_return_if_fail (location != NULL);

  vtr_history_reset (self->history, START_LOCATION);
  if (!g_str_equal (location, START_LOCATION))
    vtr_history_push (self->history, location);
}

/**
 * vtr_kiosk_explorer_reset:
 *
 * Leaves the explorer as a new visitor should find it: on the overview with no history and
 * the search cleared. Every page is let go, with the last visitor's exhibit, filters, zoom and
 * scrolling on it; the next visitor's pages are built afresh as they are needed, so nothing
 * can carry over, and a kiosk that runs for months holds no more than it did on its first
 * day.
 */
void
vtr_kiosk_explorer_reset (VtrKioskExplorer *self)
{
  g_return_if_fail (VTR_IS_KIOSK_EXPLORER (self));

  vtr_history_reset (self->history, START_LOCATION);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  vtr_page_slot_discard (self->overview_slot);
  vtr_page_slot_discard (self->gallery_slot);
  vtr_page_slot_discard (self->timeline_slot);
  vtr_page_slot_discard (self->exhibit_slot);
  vtr_page_slot_discard (self->event_slot);
  vtr_page_slot_discard (self->tour_slot);
  vtr_page_slot_discard (self->search_slot);
  refresh (self);
}
