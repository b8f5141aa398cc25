//! The lint rules: every diagnostic code tsuchi can report, with its documentation.
//!
//! Diagnostics are made where the evidence is (the date scanner knows an era is out of
//! range, the resolver knows a weekday is wrong); this file is the one place that defines
//! them, code, severity and documentation together, so `tsuchi check --list-rules`, the
//! README and the tests agree. A call site names its rule ([`INVALID_DATE`]), never a code
//! string, so a diagnostic cannot carry a code or severity that no rule documents. Codes
//! are stable: a code is never reused for another meaning.
//!
//! ```
//! let r = tsuchi::rules::rule("weekday-mismatch").unwrap();
//! assert_eq!(r.severity, tsuchi::model::Severity::Warning);
//! assert!(tsuchi::rules::RULES.iter().all(|r| !r.doc.is_empty()));
//! ```

use crate::model::Severity;

/// One rule.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Stable code (`weekday-mismatch`).
    pub code: &'static str,
    /// Default severity.
    pub severity: Severity,
    /// What it finds, in one line.
    pub summary: &'static str,
    /// Why it matters.
    pub doc: &'static str,
    /// A line that triggers it.
    pub example: &'static str,
}

/// `weekday-mismatch`: a weekday in brackets contradicts its date.
pub const WEEKDAY_MISMATCH: Rule = Rule {
    code: "weekday-mismatch",
    severity: Severity::Warning,
    summary: "a weekday in brackets contradicts its date",
    doc: "Circulars give the weekday next to the date; when they disagree one of them is a typo, and a clinic may plan for the wrong night. The date is kept as written.",
    example: "令和7年2月1日(金) 22:00~  (2025-02-01 is a Saturday)",
};

/// `era-out-of-range`: an era year past the era's end.
pub const ERA_OUT_OF_RANGE: Rule = Rule {
    code: "era-out-of-range",
    severity: Severity::Warning,
    summary: "an era year past the era's end",
    doc: "平成31年5月1日 does not exist: 平成 ended on 2019-04-30. The date is converted (to 2019-05-01) and reported, since the writer may have meant another year.",
    example: "平成31年5月1日",
};

/// `invalid-date`: a date that does not exist.
pub const INVALID_DATE: Rule = Rule {
    code: "invalid-date",
    severity: Severity::Error,
    summary: "a date that does not exist",
    doc: "2月30日 or 4月31日 cannot be placed on a calendar; no window is made from it.",
    example: "令和7年2月30日(日)",
};

/// `end-before-start`: a window ends before it starts.
pub const END_BEFORE_START: Rule = Rule {
    code: "end-before-start",
    severity: Severity::Error,
    summary: "a window ends before it starts",
    doc: "An end date written before the start (with both years given) makes the window meaningless for a calendar.",
    example: "令和7年2月2日(日) 22:00~令和7年2月1日(土) 5:00",
};

/// `window-before-notice`: a planned window starts before the notice's own date.
pub const WINDOW_BEFORE_NOTICE: Rule = Rule {
    code: "window-before-notice",
    severity: Severity::Warning,
    summary: "a planned window starts before the notice's own date",
    doc: "A notice announces future work; a planned window dated before the notice is usually a wrong year or month.",
    example: "令和7年1月30日付の通知で「令和6年2月1日(土)22:00~」",
};

/// `ambiguous-year`: the year of a year-less date had to be guessed.
pub const AMBIGUOUS_YEAR: Rule = Rule {
    code: "ambiguous-year",
    severity: Severity::Warning,
    summary: "the year of a year-less date had to be guessed",
    doc: "A year-less date takes the year of the first such date on or after the document's date. When the weekday fits another year better, or no document date is known, tsuchi says which year it chose and why.",
    example: "1月4日(土) in a notice dated 2025-01-10",
};

/// `url-placeholder`: a placeholder stands where a link should be.
pub const URL_PLACEHOLDER: Rule = Rule {
    code: "url-placeholder",
    severity: Severity::Warning,
    summary: "a placeholder stands where a link should be",
    doc: "Drafts say 【サイトのURLを記載予定】; a circular sent out like that leaves readers without the instructions it refers to.",
    example: "【サイトのURLを記載予定】",
};

/// `unparsed-datetime`: something date-like the grammar did not understand.
pub const UNPARSED_DATETIME: Rule = Rule {
    code: "unparsed-datetime",
    severity: Severity::Warning,
    summary: "something date-like the grammar did not understand",
    doc: "Text that looks like a date or time (digits with 年, 月, 日, 時 or :) but did not parse is reported, so a window written in an unexpected form is not silently lost.",
    example: "・令和7年13月10日 22:00～23:00",
};

/// `undefined-area`: an area with no prefecture list and no known meaning.
pub const UNDEFINED_AREA: Rule = Rule {
    code: "undefined-area",
    severity: Severity::Warning,
    summary: "an area with no prefecture list and no known meaning",
    doc: "東日本エリア means what the notice says it means; without a list the affected prefectures are unknown. Fixed regions (関東, 九州, 全国) need no list.",
    example: "東日本エリア:令和7年2月1日(土)22:00~ (and no ※エリアの詳細)",
};

/// `ambiguous-municipality`: a municipality whose name is in several prefectures, with no
/// prefecture near it.
pub const AMBIGUOUS_MUNICIPALITY: Rule = Rule {
    code: "ambiguous-municipality",
    severity: Severity::Warning,
    summary: "a municipality whose name is in several prefectures, with no prefecture near it",
    doc: "伊達市 is in 北海道 and 福島県, 府中市 in 東京都 and 広島県. A window limited to it gets no prefecture unless the notice names one next to it (福島県伊達市, 府中市(広島県)) or the issuing association is in one of them.",
    example: "伊達市:令和8年6月2日(火)10:00~12:00 (in a national notice)",
};

/// `conflicting-duplicate`: the cover and the attachment disagree about one window.
pub const CONFLICTING_DUPLICATE: Rule = Rule {
    code: "conflicting-duplicate",
    severity: Severity::Warning,
    summary: "the cover and the attachment disagree about one window",
    doc: "The same window is usually stated twice (cover letter and 事務連絡); when the two give different statuses or prefecture lists, one of them is wrong.",
    example: "cover: 東日本エリア = 17 prefectures, attachment: 16",
};

/// `ongoing-incident`: an incident with no recovery announced.
pub const ONGOING_INCIDENT: Rule = Rule {
    code: "ongoing-incident",
    severity: Severity::Info,
    summary: "an incident with no recovery announced: the window has no end",
    doc: "A report that says 復旧時期は未定, 復旧作業中 or 復旧日時:未定 describes a failure still going on; its window has no end until a later report gives the recovery.",
    example: "発生日時:令和8年6月3日(水)9時10分頃 / 復旧日時:未定",
};

/// `no-contact`: windows are announced but no phone number is given.
pub const NO_CONTACT: Rule = Rule {
    code: "no-contact",
    severity: Severity::Info,
    summary: "windows are announced but no phone number is given",
    doc: "Readers affected by an outage need someone to call; most circulars name a call centre.",
    example: "a notice with outages and no 0120/0800/area-code number",
};

/// `schema-invalid`: the extracted record does not validate against the schema.
pub const SCHEMA_INVALID: Rule = Rule {
    code: "schema-invalid",
    severity: Severity::Error,
    summary: "the extracted record does not validate against the schema",
    doc: "A bug in tsuchi rather than in the notice: the output broke its own contract (schemas/notice.schema.json). Please report it with the notice.",
    example: "(none expected)",
};

/// Every rule, in the order `--list-rules` prints them.
pub const RULES: &[Rule] = &[
    WEEKDAY_MISMATCH,
    ERA_OUT_OF_RANGE,
    INVALID_DATE,
    END_BEFORE_START,
    WINDOW_BEFORE_NOTICE,
    AMBIGUOUS_YEAR,
    URL_PLACEHOLDER,
    UNPARSED_DATETIME,
    UNDEFINED_AREA,
    AMBIGUOUS_MUNICIPALITY,
    CONFLICTING_DUPLICATE,
    ONGOING_INCIDENT,
    NO_CONTACT,
    SCHEMA_INVALID,
];

/// The rule with `code`.
pub fn rule(code: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.code == code)
}
