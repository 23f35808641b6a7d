use leptos::prelude::*;

use crate::domain::cells::format::{year, YearStyle};
use crate::domain::describe::shown::html_text;
use crate::domain::i18n::progress_ui_words::ProgressUiWords;
use crate::domain::i18n::progress_ui_words::{figure_text, part_name, rate_words, ratio_text};
use crate::domain::i18n::progress_words::{caution_text, outcome_label, unassessable_reason};
use crate::domain::i18n::Lang;
use crate::domain::i18n::Words;
use crate::domain::progress::progress_measure::{Caution, Outcome, PartAssessment};
use crate::domain::UnitEn;
use crate::ui::widgets::disclosure::Disclosure;
use crate::ui::widgets::text::ruby_view;

/// R and what it is computed from, per part: y₀ at t₀, yₜ at t, y_T at T, CAGR_o, CAGR_r,
/// the direction and the cautions (0 → 0.001, a change of method, a target on the worse
/// side). Behind a disclosure: the label and its sentence come first.
#[component]
pub fn MethodInputs(
    /// The method's result for each part of the row.
    parts: Vec<PartAssessment>,
    /// The row's English unit noun.
    unit_en: UnitEn,
    /// The language shown.
    lang: Lang,
) -> impl IntoView {
    let w = ProgressUiWords::of(lang);
    let tables = move || {
        parts
            .iter()
            .map(|part| {
                let unit = part.unit.as_deref();
                // The result first: 「後退（R = -20.94）」, per part where there are parts.
                let result = match part.ratio {
                    Some(r) if lang == Lang::En => format!("{} (R = {})", outcome_label(part.outcome, lang), ratio_text(r)),
                    Some(r) => format!("{}（R = {}）", outcome_label(part.outcome, lang), ratio_text(r)),
                    None => outcome_label(part.outcome, lang).to_string(),
                };
                let caption = match &part.label {
                    Some(label) => format!("{}: {result}", part_name(label, lang)),
                    None => result,
                };
                let figure = |value: f64| figure_text(value, unit, &unit_en, lang);
                let rows: Vec<(&'static str, String, String)> = match part.inputs {
                    Some(i) => vec![
                        (w.baseline, figure(i.y0), year(i.t0, lang, YearStyle::Full)),
                        (w.latest, figure(i.yt), year(i.t, lang, YearStyle::Full)),
                        (w.final_target, figure(i.y_target), year(i.t_target, lang, YearStyle::Full)),
                    ],
                    None => Vec::new(),
                };
                // A zero replaced by the method's stand-in makes the rates artefacts: none is shown.
                let zero = part.cautions.iter().any(|c| matches!(c, Caution::ZeroReplaced(_)));
                let rates: Vec<(&'static str, String)> = [
                    (w.growth_so_far, part.cagr_observed.map(|r| rate_words(r, lang))),
                    (w.growth_needed, part.cagr_required.map(|r| rate_words(r, lang))),
                    (w.ratio, part.ratio.map(ratio_text)),
                ]
                .into_iter()
                .filter(|_| !zero)
                .filter_map(|(name, value)| value.map(|v| (name, v)))
                .collect();
                // A part labelled without R (健康寿命 men: achieved on the new method) says why
                // R is missing as such, not as if the label were missing.
                let reason = match (part.outcome, part.ratio_missing) {
                    (Outcome::UnableToAssess(why), _) => Some(unassessable_reason(why, lang).to_string()),
                    (_, Some(why)) => Some(format!("{}{}", w.no_ratio, unassessable_reason(why, lang))),
                    _ => None,
                };
                let direction = part.inputs.map(|i| (w.direction)(i.direction));
                let mut cautions: Vec<String> = part.cautions.iter().map(|c| caution_text(*c, lang)).collect();
                // Two cautions can read alike in a language (a zero baseline and a zero target).
                cautions.dedup();
                view! {
                    <table class="inputs-table">
                        <caption>{ruby_view(&caption)}</caption>
                        {(!rows.is_empty()).then(|| view! {
                            <thead><tr>{w.inputs_headers.map(|h| view! { <th scope="col">{ruby_view(h)}</th> }).into_iter().collect_view()}</tr></thead>
                        })}
                        <tbody>
                            {rows.into_iter().map(|(name, value, year)| view! {
                                <tr><th scope="row">{ruby_view(name)}</th><td>{ruby_view(&html_text(&value, lang))}</td><td>{ruby_view(&year)}</td></tr>
                            }).collect_view()}
                            {rates.into_iter().map(|(name, value)| view! {
                                <tr><th scope="row">{ruby_view(name)}</th><td colspan="2">{ruby_view(&value)}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    {reason.map(|text| view! { <p class="method-reason">{ruby_view(&text)}</p> })}
                    {direction.map(|text| view! { <p class="method-direction">{ruby_view(text)}</p> })}
                    {(!cautions.is_empty()).then(|| view! {
                        <p class="method-cautions-title">{ruby_view(w.cautions)}</p>
                        <ul class="method-cautions">
                            {cautions.into_iter().map(|c| view! { <li>{ruby_view(&c)}</li> }).collect_view()}
                        </ul>
                    })}
                }
            })
            .collect_view()
    };
    view! {
        <Disclosure class="method" summary=move || ruby_view(w.method_summary)>
            // How the label is computed is told once, under 「2つの評価の違い」 above; this
            // section gives the figures it was computed from.
            {tables()}
        </Disclosure>
    }
}
