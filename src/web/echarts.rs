//! The one adapter between the app and ECharts' JavaScript API. ECharts is loaded by
//! `js/boot.js` when the first chart is shown ([`want`]) and published as the global
//! `echarts`; everything here tolerates it not being there yet.

use crate::split_off::split_off;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance bound to one DOM element.
    pub type EchartsInstance;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    fn echarts_init(
        element: &web_sys::HtmlElement,
        theme: &JsValue,
        options: &JsValue,
    ) -> Result<EchartsInstance, JsValue>;

    #[wasm_bindgen(method, catch, js_name = setOption)]
    fn set_option(this: &EchartsInstance, option: &JsValue, not_merge: bool)
        -> Result<(), JsValue>;

    #[wasm_bindgen(method)]
    fn resize(this: &EchartsInstance);

    #[wasm_bindgen(method)]
    fn dispose(this: &EchartsInstance);

    #[wasm_bindgen(method)]
    fn on(this: &EchartsInstance, event: &str, handler: &js_sys::Function);

    #[wasm_bindgen(method, js_name = getDataURL)]
    fn get_data_url(this: &EchartsInstance, options: &JsValue) -> String;

    #[wasm_bindgen(method, catch, js_name = renderToCanvas)]
    fn render_to_canvas(this: &EchartsInstance, options: &JsValue) -> Result<JsValue, JsValue>;
}

/// Asks for ECharts: `js/boot.js` loads it once the app is live. Only the first call does
/// anything.
pub fn want() {
    thread_local!(static ASKED: Cell<bool> = const { Cell::new(false) });
    if ASKED.with(|asked| asked.replace(true)) || loaded() {
        return;
    }
    super::window_events::send_to_window(crate::shared_names::EVENT_CHARTS_WANTED);
}

split_off!(charts =>
/// `chart` as the JSON `setOption` reads, written by the `charts` wasm module: charming's
/// serialiser is the larger part of its code and only a drawn chart needs it, so it comes
/// with ECharts (asked for at the same time, see `ChartView`), not in the main module.
/// Fails when the module cannot be downloaded.
pub fn option_json(
    chart: std::sync::Arc<charming::Chart>,
) -> Result<String, leptos::wasm_split::SplitLoaderError> {
    Ok(crate::domain::charts::option_json(&chart))
});

/// True once the ECharts script has run.
pub fn loaded() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("echarts"))
        .is_ok_and(|v| v.is_object())
}

/// Where a click landed: which series (e.g. status) and which data item (e.g. sub-goal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChartClick {
    pub series_index: usize,
    pub data_index: usize,
}

/// A live chart: the instance plus what must be released with it. Dropping it disposes
/// the instance and disconnects its observers, so nothing outlives the element.
pub struct LiveChart {
    instance: EchartsInstance,
    observer: Option<web_sys::ResizeObserver>,
    _on_resize: Closure<dyn FnMut()>,
    _on_click: Option<Closure<dyn FnMut(JsValue)>>,
}

impl LiveChart {
    /// Creates the instance on `element`. `dark` picks ECharts' dark theme.
    pub fn new(
        element: &web_sys::HtmlElement,
        dark: bool,
        on_click: Option<Rc<dyn Fn(ChartClick)>>,
    ) -> Result<LiveChart, JsValue> {
        let theme = if dark {
            JsValue::from_str("dark")
        } else {
            JsValue::NULL
        };
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"renderer".into(), &"canvas".into())?;
        let instance = echarts_init(element, &theme, &options)?;
        let instance_for_resize = Rc::new(RefCell::new(None::<JsValue>));
        let handle: JsValue = instance.clone();
        *instance_for_resize.borrow_mut() = Some(handle);
        // The observer reports the size once when observing starts; ECharts already drew
        // at that size, and a redraw there would double the cost of every new chart.
        let drawn_size = Cell::new(size_of(element));
        let observed = element.clone();
        let on_resize = Closure::<dyn FnMut()>::new(move || {
            let size = size_of(&observed);
            if size == drawn_size.replace(size) {
                return;
            }
            if let Some(handle) = instance_for_resize.borrow().as_ref() {
                handle.unchecked_ref::<EchartsInstance>().resize();
            }
        });
        let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
        if let Some(observer) = &observer {
            observer.observe(element);
        }
        let on_click = on_click.map(|callback| {
            let closure = Closure::<dyn FnMut(JsValue)>::new(move |params: JsValue| {
                let index = |key: &str| {
                    js_sys::Reflect::get(&params, &JsValue::from_str(key))
                        .ok()
                        .and_then(|v| v.as_f64())
                        .map(|v| v as usize)
                };
                if let (Some(series_index), Some(data_index)) =
                    (index("seriesIndex"), index("dataIndex"))
                {
                    callback(ChartClick {
                        series_index,
                        data_index,
                    });
                }
            });
            instance.on("click", closure.as_ref().unchecked_ref());
            closure
        });
        adjust_live_count(1);
        Ok(LiveChart {
            instance,
            observer,
            _on_resize: on_resize,
            _on_click: on_click,
        })
    }

    /// Replaces the whole option with `json` (a serialized charming `Chart`).
    pub fn set_option_json(&self, json: &str) -> Result<(), JsValue> {
        let option = js_sys::JSON::parse(json)?;
        // The page's own background shows through, in light and dark themes alike.
        js_sys::Reflect::set(&option, &"backgroundColor".into(), &"transparent".into())?;
        self.instance.set_option(&option, true)
    }

    /// The chart as a PNG data URL, on a solid background so it reads anywhere.
    pub fn png_data_url(&self, background: &str) -> String {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"type".into(), &"png".into());
        let _ = js_sys::Reflect::set(&options, &"pixelRatio".into(), &2.into());
        let _ = js_sys::Reflect::set(&options, &"backgroundColor".into(), &background.into());
        self.instance.get_data_url(&options)
    }

    /// The chart as a PNG data URL with `title` written above it (see `canvas`); without
    /// the title if the canvas cannot be drawn on.
    pub fn titled_png_data_url(&self, title: &str, background: &str, foreground: &str) -> String {
        const SCALE: f64 = 2.0;
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"pixelRatio".into(), &SCALE.into());
        let _ = js_sys::Reflect::set(&options, &"backgroundColor".into(), &background.into());
        self.instance
            .render_to_canvas(&options)
            .ok()
            .and_then(|image| {
                super::canvas::png_with_title(&image, title, background, foreground, SCALE)
            })
            .unwrap_or_else(|| self.png_data_url(background))
    }
}

impl Drop for LiveChart {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
        self.instance.dispose();
        adjust_live_count(-1);
    }
}

fn size_of(element: &web_sys::HtmlElement) -> (i32, i32) {
    (element.client_width(), element.client_height())
}

/// Keeps `<html data-charts-live="N">` equal to the number of live instances, so a test
/// (or a curious developer) can see that charts are released when views close.
fn adjust_live_count(delta: i32) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let current: i32 = root
        .get_attribute("data-charts-live")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let _ = root.set_attribute("data-charts-live", &(current + delta).max(0).to_string());
}
