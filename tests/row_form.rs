//! Edit mode's one form per row: figures typed without their unit, one 保存 that stores
//! every changed field or none, the delay reason asked for beside 進捗の遅れ, and the
//! computed progress label suggested for the figures being typed.

mod support;
use isesaki_kpi::domain::edits::input::{normalise_value, reference_unit, InputError};
use isesaki_kpi::domain::edits::row_form::{
    form_text, other_fields, plan_row_save, suggested_assessment, yearly_fields, Planned,
};
use isesaki_kpi::domain::edits::{apply, DeviceId, EditSet, Field, SheetText};
use isesaki_kpi::domain::progress::progress_measure::{Outcome, ProgressCategory};
use isesaki_kpi::domain::{Column, Dataset, Indicator};
use support::official_dataset;

const FY2024: Field = Field::LaterActual(2024);
const REASON: Field = Field::Text(SheetText::DelayReason);

fn data() -> Dataset {
    official_dataset().unwrap()
}

fn row<'a>(data: &'a Dataset, id: &str) -> &'a Indicator {
    data.indicators.iter().find(|r| r.id == id).unwrap()
}

fn fresh() -> EditSet {
    EditSet::new(DeviceId::parse("d-here").unwrap())
}

fn typed(entries: &[(Field, &str)]) -> Vec<(Field, String)> {
    entries.iter().map(|(f, t)| (*f, t.to_string())).collect()
}

#[test]
fn a_figure_needs_only_its_digits_the_unit_comes_from_the_row() {
    let data = data();
    let jobs = row(&data, "1-1-00");
    for text in [
        "1510",
        "1,510",
        "1510件",
        "1,510件",
        " １５１０ ",
        "１，５１０件",
    ] {
        assert_eq!(
            normalise_value(jobs, FY2024, text).as_deref(),
            Ok("1,510件"),
            "{text:?}"
        );
    }
    assert!(matches!(
        normalise_value(jobs, FY2024, "1,510人"),
        Err(InputError::UnitMismatch { .. })
    ));
    assert!(matches!(
        normalise_value(jobs, FY2024, "たくさん"),
        Err(InputError::NoFigure { .. })
    ));
    assert_eq!(normalise_value(jobs, FY2024, " "), Err(InputError::Empty));
    // Other units, decimals, a year note and 万人 follow the row.
    assert_eq!(
        normalise_value(row(&data, "1-1-01"), FY2024, "11500（令和4年）").as_deref(),
        Ok("11,500億円（令和4年）")
    );
    assert_eq!(
        normalise_value(row(&data, "2-1-02"), FY2024, "81.5").as_deref(),
        Ok("81.5%")
    );
    assert_eq!(
        normalise_value(
            row(&data, "1-2-00"),
            Field::Value(Column::ActualFy2023),
            "300"
        )
        .as_deref(),
        Ok("300万人")
    );
    // A figure without a unit on the sheet (the birth rate) stays bare.
    assert_eq!(
        normalise_value(row(&data, "2-1-00"), FY2024, "1.2").as_deref(),
        Ok("1.2")
    );
    // Two parts: each gets the unit; a part left out is named.
    let lifespan = row(&data, "3-1-01");
    assert_eq!(
        normalise_value(lifespan, FY2024, "男性79.6 女性84.1").as_deref(),
        Ok("男性79.6歳 女性84.1歳")
    );
    assert_eq!(
        normalise_value(lifespan, FY2024, "男性79.6歳女性84.1").as_deref(),
        Ok("男性79.6歳女性84.1歳")
    );
    assert!(matches!(
        normalise_value(lifespan, FY2024, "79.6"),
        Err(InputError::PartsMismatch { .. })
    ));
    // Words the sheet uses for a figure stay words.
    assert_eq!(
        normalise_value(row(&data, "2-1-05"), FY2024, "待機児童なし").as_deref(),
        Ok("待機児童なし")
    );
    assert_eq!(reference_unit(jobs, FY2024), Some((1, "件".to_string())));
    assert_eq!(
        reference_unit(lifespan, FY2024),
        Some((2, "歳".to_string()))
    );
    assert_eq!(reference_unit(jobs, Field::Status), None);
}

#[test]
fn the_form_asks_for_the_years_work_first() {
    assert_eq!(
        yearly_fields(2024),
        [
            FY2024,
            Field::LaterTarget(2024),
            Field::Status,
            REASON,
            Field::Text(SheetText::Initiatives),
            Field::Text(SheetText::Challenges),
            Field::Text(SheetText::Plans)
        ]
    );
    let others = other_fields(2024);
    assert_eq!(others.len(), 5 + 3 + 3 + 1);
    assert!(
        !others.contains(&FY2024)
            && others.contains(&Field::LaterActual(2027))
            && others.contains(&Field::Note)
    );
    // Every editable field is in the form exactly once.
    let mut all: Vec<Field> = yearly_fields(2024).into_iter().chain(others).collect();
    all.sort();
    let mut every = Field::all();
    every.sort();
    assert_eq!(all, every);
}

#[test]
fn one_save_stores_every_changed_field_or_none() {
    let data = data();
    let jobs = row(&data, "1-1-00");
    let set = fresh();
    let planned = plan_row_save(
        jobs,
        &set,
        &typed(&[
            (FY2024, "1510"),
            (Field::Status, "on_track"),
            (Field::Text(SheetText::Plans), "説明会を増やす。"),
        ]),
    )
    .unwrap();
    assert_eq!(
        planned,
        [
            Planned {
                field: FY2024,
                value: Some("1,510件".into())
            },
            Planned {
                field: Field::Status,
                value: Some("on_track".into())
            },
            Planned {
                field: Field::Text(SheetText::Plans),
                value: Some("説明会を増やす。".into())
            },
        ]
    );
    // Two problems at once: both named, nothing stored.
    let problems = plan_row_save(
        jobs,
        &set,
        &typed(&[
            (FY2024, "1,510人"),
            (Field::Text(SheetText::Plans), " "),
            (Field::Note, "ok"),
        ]),
    )
    .unwrap_err();
    let fields: Vec<Field> = problems.iter().map(|(f, _)| *f).collect();
    assert_eq!(fields, [FY2024, Field::Text(SheetText::Plans)]);
    // The city's own text typed back is a revert, not an edit.
    let mut edited = fresh();
    edited.set(
        "1-1-00",
        Field::Text(SheetText::Plans),
        Some("下書き".into()),
        "t",
    );
    let back = plan_row_save(
        jobs,
        &edited,
        &typed(&[(Field::Text(SheetText::Plans), &jobs.plans)]),
    )
    .unwrap();
    assert_eq!(
        back,
        [Planned {
            field: Field::Text(SheetText::Plans),
            value: None
        }]
    );
    // An emptied later actual or note is removed.
    assert_eq!(
        plan_row_save(jobs, &set, &typed(&[(FY2024, "")])).unwrap(),
        [Planned {
            field: FY2024,
            value: None
        }]
    );
}

#[test]
fn a_row_made_delayed_needs_its_reason_and_a_reason_lives_only_beside_delayed() {
    let data = data();
    let jobs = row(&data, "1-1-00"); // 概ね順調, no reason on the sheet
    let set = fresh();
    let problems = plan_row_save(jobs, &set, &typed(&[(Field::Status, "delayed")])).unwrap_err();
    assert_eq!(problems, [(REASON, InputError::ReasonNeeded)]);
    let problems = plan_row_save(
        jobs,
        &set,
        &typed(&[(Field::Status, "delayed"), (REASON, "  ")]),
    )
    .unwrap_err();
    assert_eq!(problems, [(REASON, InputError::ReasonNeeded)]);
    let planned = plan_row_save(
        jobs,
        &set,
        &typed(&[(Field::Status, "delayed"), (REASON, "会場が取れなかった。")]),
    )
    .unwrap();
    assert_eq!(planned.len(), 2);
    // A reason typed beside another status waits unsaved.
    assert_eq!(
        plan_row_save(jobs, &set, &typed(&[(REASON, "理由")])).unwrap(),
        []
    );
    // Made 順調 again, the reason kept here goes too.
    let mut delayed = fresh();
    delayed.set("1-1-00", Field::Status, Some("delayed".into()), "t1");
    delayed.set("1-1-00", REASON, Some("会場が取れなかった。".into()), "t1");
    assert_eq!(form_text(jobs, &delayed, REASON), "会場が取れなかった。");
    let planned = plan_row_save(jobs, &delayed, &typed(&[(Field::Status, "on_track")])).unwrap();
    assert!(planned.contains(&Planned {
        field: REASON,
        value: None
    }));
    // A row the city marked delayed keeps its reason when only the texts change.
    let slow = row(&data, "1-1-02");
    assert_eq!(
        form_text(slow, &fresh(), REASON),
        slow.delay_reason.clone().unwrap()
    );
    assert!(plan_row_save(
        slow,
        &fresh(),
        &typed(&[(Field::Text(SheetText::Plans), "新しい方策")])
    )
    .is_ok());
}

#[test]
fn saving_a_row_gives_new_revisions_only_to_what_changed() {
    let mut set = fresh();
    assert_eq!(
        set.set_row(
            "1-1-00",
            &[(FY2024, Some("1,510件".into())), (Field::Status, None)],
            "t1"
        ),
        1
    );
    let clock = set.clock;
    assert_eq!(
        set.set_row("1-1-00", &[(FY2024, Some("1,510件".into()))], "t2"),
        0
    );
    assert_eq!(set.clock, clock, "nothing new, no revision");
}

#[test]
fn the_suggested_label_follows_the_figure_being_typed() {
    let data = data();
    let jobs = row(&data, "1-1-00"); // baseline 1,563件 (FY2019), target 1,630件 (FY2027)
    let now = suggested_assessment(jobs, &[]);
    assert_eq!(
        now.outcome,
        Outcome::Assessed(ProgressCategory::Deterioration)
    );
    let met = suggested_assessment(jobs, &typed(&[(FY2024, "1700")]));
    assert_eq!(
        met.outcome,
        Outcome::Assessed(ProgressCategory::TargetAchieved)
    );
    assert_eq!(
        met.parts[0].inputs.unwrap().t.year,
        2024,
        "computed from the new actual"
    );
    // Half-typed or unreadable figures are left out, not guessed.
    assert_eq!(
        suggested_assessment(jobs, &typed(&[(FY2024, "abc")])).outcome,
        now.outcome
    );
    // An actual saved here is part of the row as shown; emptying its box takes it out.
    let mut set = fresh();
    set.set("1-1-00", FY2024, Some("1,700件".into()), "t");
    let shown = apply(&data, &set);
    assert_eq!(
        suggested_assessment(row(&shown, "1-1-00"), &[]).outcome,
        met.outcome
    );
    assert_eq!(
        suggested_assessment(row(&shown, "1-1-00"), &typed(&[(FY2024, "")])).outcome,
        now.outcome
    );
}
