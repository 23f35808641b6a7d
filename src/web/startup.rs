//! The swap from the pre-rendered first screen to the live app.
//!
//! `index.html` already shows the first screen, pre-rendered at build time. The live app
//! is built beside it, out of the document, and takes its place in one step once it has
//! as many cards as the static copy, or once the copy's cards it does not have yet are
//! well below the screen (the rest are mounted right after, in the length the copy had),
//! so the page never flashes or shrinks while it starts.

use std::cell::{Cell, RefCell};

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::shared_names::EVENT_APP_LIVE;

/// Cards that reach below the screen under the overview on a phone, a PC and the kiosk's
/// portrait screen (a card is 350–560 px high).
const CARDS_PAST_A_SCREEN: usize = 8;

thread_local! {
    /// Parts of the page built a task after their parent (`ui::widgets::later`) and not
    /// built yet.
    static PARTS_WAITING: Cell<usize> = const { Cell::new(0) };
    /// The static first screen and the live root waiting to replace it.
    static PENDING_SWAP: RefCell<Option<(web_sys::Element, web_sys::HtmlElement)>> = const { RefCell::new(None) };
}

/// A detached root for the live app, to replace the static `#app` once it is ready.
pub fn live_root() -> Result<web_sys::HtmlElement, &'static str> {
    let static_root = document()
        .get_element_by_id("app")
        .ok_or("#app element missing from index.html")?;
    let live_root: web_sys::HtmlElement = document()
        .create_element("div")
        .map_err(|_| "cannot create the app root")?
        .unchecked_into();
    PENDING_SWAP.with(|p| *p.borrow_mut() = Some((static_root, live_root.clone())));
    Ok(live_root)
}

/// Called once the live app can replace the static first screen; only the first call
/// does anything.
pub fn first_screen_ready() {
    if let Some((static_root, live_root)) = PENDING_SWAP.with(|p| p.borrow_mut().take()) {
        show_live(&static_root, &live_root);
    }
}

/// Whether the live app has replaced the static copy (or is being built with none).
pub fn is_live() -> bool {
    PENDING_SWAP.with(|p| p.borrow().is_none())
}

/// Whether the live list, with its first `mounted` cards, may already replace the static
/// copy: the copy is on screen and its cards from there on are well below the screen, so
/// the swap changes nothing a reader sees and the rest is mounted before they scroll there.
pub fn rest_out_of_sight(mounted: usize) -> bool {
    if PARTS_WAITING.with(Cell::get) > 0 {
        return false;
    }
    PENDING_SWAP.with(|p| {
        let pending = p.borrow();
        let Some((static_root, _)) = pending.as_ref() else {
            return false;
        };
        // A copy hidden behind the loading message (the visit shows another view or
        // language) has no place on screen to keep: the live page may come once its
        // first cards are more than a screen.
        if static_root.get_bounding_client_rect().height() == 0.0 {
            return mounted >= CARDS_PAST_A_SCREEN;
        }
        let Ok(cards) = static_root.query_selector_all("ol.card-list > li") else {
            return false;
        };
        let Some(next) = cards
            .item(mounted as u32)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            return false;
        };
        let screen = window()
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        let top = next.get_bounding_client_rect().top();
        screen > 0.0 && top > 1.5 * screen
    })
}

/// A part of the page will be built a task later: an early swap waits for it.
pub fn part_waiting() {
    PARTS_WAITING.with(|n| n.set(n.get() + 1));
}

/// A part announced by [`part_waiting`] is built (its children are rendered before the
/// next task, and announce their own parts).
pub fn part_built() {
    PARTS_WAITING.with(|n| n.set(n.get().saturating_sub(1)));
}

/// Called when the live list has all its cards: the length kept for them at the swap is
/// theirs now.
pub fn list_complete() {
    if let Ok(Some(list)) = document().query_selector("#app ol.card-list[style]") {
        let _ = list.remove_attribute("style");
    }
}

fn show_live(static_root: &web_sys::Element, live_root: &web_sys::HtmlElement) {
    // A list swapped in before all its cards are mounted keeps the copy's length, so the
    // page and its scroll bar do not shrink and grow back.
    if let (Ok(Some(copy)), Ok(Some(live))) = (
        static_root.query_selector("ol.card-list"),
        live_root.query_selector("ol.card-list:not([data-complete=\"true\"])"),
    ) {
        let height = copy.get_bounding_client_rect().height();
        if height > 0.0 {
            let _ = live.set_attribute("style", &format!("min-height:{height}px"));
        }
    }
    let _ = static_root.replace_with_with_node_1(live_root);
    live_root.set_id("app");
    if let Some(message) = document().get_element_by_id("boot-message") {
        message.remove();
    }
    if let Some(html) = document().document_element() {
        let _ = html.remove_attribute("data-prerender");
    }
    mark("app-mounted");
    // js/boot.js loads ECharts now, so it never competes with building the app.
    super::window_events::send_to_window(EVENT_APP_LIVE);
}

/// A `performance.mark`, for traces and the bench.
pub fn mark(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(name);
    }
}
