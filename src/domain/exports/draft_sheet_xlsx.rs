//! The draft sheet as an Excel workbook (`draft_sheet_table`'s table), for departments to
//! fill in: Japanese headers in a frozen first row with a filter, IDs stored as text in
//! text-formatted columns (Excel never turns 1-1-00 into a date, even when retyped),
//! figures and years as numbers with the unit in its own column, long texts wrapped, and a
//! list of the three statuses on 進捗状況. The app's computed block is a second sheet,
//! 「アプリの計算」, which says it is not for filling in; the import reads the first.
//! Only the `spreadsheet` module, fetched on first use, reaches this code.

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DocProperties, Format, FormatAlign,
    FormatBorder, Workbook, Worksheet, XlsxError,
};

use crate::domain::exports::draft_sheet::DraftSheet;
use crate::domain::exports::draft_sheet_table::{table, Column, ColumnKind, TableCell, ROW_KEYS};
use crate::domain::i18n::{plain, Lang, Messages, Words};
use crate::domain::model::Status;

/// The sheet departments fill in; the import reads it (or the first other sheet).
pub const FILL_SHEET: &str = "検証シート";
/// The app's computed block, which the import never reads.
pub const COMPUTED_SHEET: &str = "アプリの計算";

const COMPUTED_NOTE: &str = "この表はアプリが計算した参考値です（進捗の評価とその計算の材料。算出方法はアプリの「評価の方法」を参照）。市の公表値ではありません。記入は不要で、読み込むときにも使われません。";

/// The workbook's bytes.
pub fn draft_sheet_xlsx(sheet: &DraftSheet) -> Result<Vec<u8>, XlsxError> {
    let table = table(sheet);
    let styles = Styles::new();
    let mut book = Workbook::new();
    book.set_properties(
        &DocProperties::new()
            .set_title(format!(
                "伊勢崎市 総合戦略 検証シート {}年度（案）",
                sheet.draft_year
            ))
            .set_subject("まち・ひと・しごと創生総合戦略 KPI 検証シート"),
    );

    let fill = book.add_worksheet();
    fill.set_name(FILL_SHEET)?;
    let fill_columns: Vec<usize> = (0..table.computed_from).collect();
    write_block(
        fill,
        0,
        &table.columns,
        &table.records,
        &fill_columns,
        &styles,
    )?;
    fill.set_freeze_panes(1, 1)?;
    if let Some(status) = table.columns.iter().position(|c| c.header == "進捗状況") {
        let names = Status::ALL.map(|s| plain(Messages::of(Lang::Ja).status(s)));
        // A warning, not a stop: ◎ ○ ▲ as typed on the printed sheet are read too.
        let list = DataValidation::new()
            .allow_list_strings(&names)?
            .set_error_style(DataValidationErrorStyle::Warning)
            .set_error_title("進捗状況")?
            .set_error_message(
                "「順調に進捗」「概ね順調に進捗」「進捗の遅れ」のどれかを選んでください。",
            )?;
        let last = table.records.len().max(1) as u32;
        fill.add_data_validation(1, status as u16, last, status as u16, &list)?;
    }

    let computed = book.add_worksheet();
    computed.set_name(COMPUTED_SHEET)?;
    computed.set_tab_color(Color::Gray);
    computed.write_string_with_format(0, 0, COMPUTED_NOTE, &styles.note)?;
    computed.set_row_height(0, 30)?;
    let keys = ROW_KEYS
        .iter()
        .filter_map(|key| table.columns.iter().position(|c| c.header == *key));
    let computed_columns: Vec<usize> = keys
        .chain(table.computed_from..table.columns.len())
        .collect();
    write_block(
        computed,
        1,
        &table.columns,
        &table.records,
        &computed_columns,
        &styles,
    )?;
    computed.set_freeze_panes(2, 1)?;

    book.save_to_buffer()
}

struct Styles {
    header: Format,
    code: Format,
    prose: Format,
    label: Format,
    number: Format,
    note: Format,
}

impl Styles {
    fn new() -> Styles {
        let cell = Format::new().set_align(FormatAlign::Top);
        Styles {
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_background_color(Color::RGB(0xDDEBF7))
                .set_border(FormatBorder::Thin),
            code: cell.clone().set_num_format("@"),
            prose: cell.clone().set_text_wrap(),
            label: cell.clone(),
            number: cell,
            note: Format::new()
                .set_bold()
                .set_font_color(Color::RGB(0x9C2C00)),
        }
    }

    fn of(&self, kind: ColumnKind) -> &Format {
        match kind {
            ColumnKind::Code => &self.code,
            ColumnKind::Label => &self.label,
            ColumnKind::Number => &self.number,
            ColumnKind::Prose => &self.prose,
        }
    }
}

/// Widths in characters, wide enough for the sheet's typical cell.
fn width(column: &Column) -> f64 {
    match (column.kind, column.header.as_str()) {
        (_, "指標名" | "施策名" | "基本目標名") => 28.0,
        (_, "担当課") => 16.0,
        (ColumnKind::Code, _) => 10.0,
        (ColumnKind::Number, _) => 12.0,
        (ColumnKind::Label, _) => 16.0,
        (ColumnKind::Prose, _) => 48.0,
    }
}

/// The header row at `top`, the records under it, of the table's columns `which` in that
/// order, with a filter on the header.
fn write_block(
    sheet: &mut Worksheet,
    top: u32,
    columns: &[Column],
    records: &[Vec<TableCell>],
    which: &[usize],
    styles: &Styles,
) -> Result<(), XlsxError> {
    for (to, &from) in which.iter().enumerate() {
        let to = to as u16;
        let column = &columns[from];
        let style = styles.of(column.kind);
        sheet.set_column_width(to, width(column))?;
        // New cells typed into the column take its format too (an ID stays text).
        sheet.set_column_format(to, style)?;
        sheet.write_string_with_format(top, to, &column.header, &styles.header)?;
        for (at, record) in records.iter().enumerate() {
            let row = top + 1 + at as u32;
            match &record[from] {
                TableCell::Number(value) => {
                    sheet.write_number_with_format(row, to, *value, style)?;
                }
                TableCell::Text(text) if text.is_empty() => {}
                TableCell::Text(text) => {
                    sheet.write_string_with_format(row, to, text, style)?;
                }
            }
        }
    }
    sheet.set_row_height(top, 48)?;
    if let Some(last) = which.len().checked_sub(1) {
        sheet.autofilter(top, 0, top + records.len() as u32, last as u16)?;
    }
    Ok(())
}
