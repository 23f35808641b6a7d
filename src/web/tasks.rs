//! Yielding to the browser between steps of start-up work.

use std::cell::RefCell;
use std::collections::VecDeque;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

type Step = Box<dyn FnOnce()>;
/// The channel whose messages run the queue, and the handler that must live as long.
type Channel = (web_sys::MessageChannel, Closure<dyn FnMut()>);

thread_local! {
    static QUEUE: RefCell<VecDeque<Step>> = RefCell::new(VecDeque::new());
    static CHANNEL: RefCell<Option<Channel>> = const { RefCell::new(None) };
}

/// Runs `step` in a task of its own, once the browser has had the chance to handle input
/// and paint. A message to a MessageChannel is used rather than `setTimeout(0)`, which
/// browsers stretch to at least 4 ms once calls nest, a wait a chain of short steps would
/// pay every time.
pub fn next_task(step: impl FnOnce() + 'static) {
    QUEUE.with(|q| q.borrow_mut().push_back(Box::new(step)));
    CHANNEL.with(|slot| {
        let mut slot = slot.borrow_mut();
        if slot.is_none() {
            let Ok(channel) = web_sys::MessageChannel::new() else {
                return fallback();
            };
            let run_one = Closure::<dyn FnMut()>::new(run_next);
            channel
                .port1()
                .set_onmessage(Some(run_one.as_ref().unchecked_ref()));
            *slot = Some((channel, run_one));
        }
        if let Some((channel, _)) = slot.as_ref() {
            if channel.port2().post_message(&JsValue::NULL).is_err() {
                fallback();
            }
        }
    });
}

/// Runs `step` in a task after the next frame has been painted: `requestAnimationFrame`
/// runs just before a paint, and a task queued from it runs after that paint. For work the
/// user does not see, kept out of the way of what they do see.
pub fn after_paint(step: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || next_task(step));
}

fn fallback() {
    leptos::prelude::set_timeout(run_next, std::time::Duration::ZERO);
}

fn run_next() {
    if let Some(step) = QUEUE.with(|q| q.borrow_mut().pop_front()) {
        step();
    }
}
