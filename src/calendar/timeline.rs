//! The timeline: every maintenance with its windows and its history, notice by notice.
//!
//! These types are what `tsuchi calendar --format json` prints and what
//! `schemas/timeline.schema.json` describes; field names change only with
//! `timeline_version`. They implement `Deserialize` so other tools can read it back:
//!
//! ```
//! let t = tsuchi::calendar::Calendar::build(&[]).timeline();
//! let json = serde_json::to_string(&t).unwrap();
//! let back: tsuchi::calendar::timeline::Timeline = serde_json::from_str(&json).unwrap();
//! assert_eq!(back.timeline_version, "1.0");
//! ```

use crate::model::{Instant, OutageKind, Prefecture, SourceFormat, Status};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Version of the timeline format this crate writes.
pub const TIMELINE_VERSION: &str = "1.0";

/// The JSON Schema of the timeline (2020-12).
pub const SCHEMA: &str = include_str!("../../schemas/timeline.schema.json");

#[cfg(feature = "schema")]
static TIMELINE_SCHEMA: crate::validate::CompiledSchema = crate::validate::CompiledSchema::new(SCHEMA);

/// Every way `value` breaks the timeline schema (feature `schema`), as `path: message` strings (empty when valid).
///
/// ```
/// let t = tsuchi::calendar::Calendar::build(&[]).timeline();
/// let v = serde_json::to_value(&t).unwrap();
/// assert!(tsuchi::calendar::timeline::schema_errors(&v).is_empty());
/// ```
#[cfg(feature = "schema")]
pub fn schema_errors(value: &serde_json::Value) -> Vec<String> {
    TIMELINE_SCHEMA.errors(value)
}

/// Maintenances across notices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timeline {
    /// Version of the timeline format (`"1.0"`).
    pub timeline_version: String,
    /// Every notice that states a window or changes one, oldest first.
    pub notices: Vec<NoticeInfo>,
    /// Maintenances, by the start of their first window.
    pub maintenances: Vec<Maintenance>,
    /// Inputs that were the same notice as another input, and which copy was read.
    pub duplicates: Vec<Duplicate>,
}

/// One notice (one or more inputs with the same identity).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoticeInfo {
    /// Identity (`n-` and 16 hex digits): issuer, number and date, or title and windows.
    pub id: String,
    /// Document number.
    pub number: Option<String>,
    /// Issue date.
    pub date: Option<NaiveDate>,
    /// Issuing organisation, as the notice writes it.
    pub issuer: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Report number of an incident report (`第2報`).
    pub report: Option<u32>,
    /// Notices this one refers to (`…付け…号にてお知らせした`), by id, when they are among the inputs.
    pub refers_to: Vec<String>,
    /// Every input that is this notice; the one read first.
    pub sources: Vec<SourceInfo>,
}

/// One input file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceInfo {
    /// File name as given.
    pub name: String,
    /// text, pdf, html or eml.
    pub format: SourceFormat,
    /// SHA-256 of its bytes.
    pub sha256: String,
}

/// Inputs merged as one notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Duplicate {
    /// The notice's id.
    pub notice: String,
    /// The input whose windows were read.
    pub read: String,
    /// The other inputs that are the same notice.
    pub merged: Vec<String>,
}

/// One maintenance (or incident): a window and the windows it was moved to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Maintenance {
    /// Identity (`m-` and 16 hex digits), shared by its windows (`X-MAINTNOTE-MAINTENANCE-ID`).
    pub id: String,
    /// The main system (`電子処方箋管理サービス`); null when no known system is named.
    pub system: Option<String>,
    /// Every system the first notice names for it.
    pub systems: Vec<String>,
    /// What happens, as the first notice says.
    pub kind: OutageKind,
    /// Its windows: the first announced, then the ones it was moved to.
    pub windows: Vec<Window>,
    /// Notice by notice, what each said about these windows.
    pub history: Vec<Step>,
}

/// Where a window stands now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WindowStatus {
    /// Announced and not yet reported done.
    Planned,
    /// Called off.
    Cancelled,
    /// Moved to another window (`moved_to`), or postponed with no new date.
    Moved,
    /// Reported done.
    Completed,
    /// An incident not yet reported recovered.
    InProgress,
    /// An incident reported recovered.
    Recovered,
}

impl WindowStatus {
    /// Cancelled, moved, completed and recovered windows are settled: a later notice that
    /// only restates the window as planned does not reopen them.
    pub fn is_settled(self) -> bool {
        matches!(
            self,
            WindowStatus::Cancelled | WindowStatus::Moved | WindowStatus::Completed | WindowStatus::Recovered
        )
    }

    /// The schema name.
    pub fn as_str(self) -> &'static str {
        match self {
            WindowStatus::Planned => "planned",
            WindowStatus::Cancelled => "cancelled",
            WindowStatus::Moved => "moved",
            WindowStatus::Completed => "completed",
            WindowStatus::InProgress => "in_progress",
            WindowStatus::Recovered => "recovered",
        }
    }
}

/// One window, as the latest notice that changed it says: one `VEVENT`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Window {
    /// The event's UID: main system, first start, area.
    pub uid: String,
    /// Where it stands.
    pub status: WindowStatus,
    /// `X-MAINTNOTE-STATUS`: TENTATIVE, CONFIRMED, CANCELLED, IN-PROCESS or COMPLETED.
    pub maintnote_status: String,
    /// Start (never changes: a new start is a new window).
    pub start: Instant,
    /// End; null when none is announced.
    pub end: Option<Instant>,
    /// Whole days.
    pub all_day: bool,
    /// Still `(予定)`.
    pub tentative: bool,
    /// Area names.
    pub areas: Vec<String>,
    /// Prefectures; empty when not limited to an area.
    pub prefectures: Vec<Prefecture>,
    /// `SEQUENCE`: how many notices after the first changed it.
    pub sequence: u32,
    /// Date of the notice that last changed it (`LAST-MODIFIED`).
    pub last_modified: Option<NaiveDate>,
    /// The window this one replaces (`RELATED-TO`).
    pub moved_from: Option<String>,
    /// The window that replaces this one (`RELATED-TO`).
    pub moved_to: Option<String>,
    /// Notices that state it, by id, oldest first.
    pub notices: Vec<String>,
}

/// What one notice said about a maintenance's windows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// The notice's id.
    pub notice: String,
    /// Its date.
    pub date: Option<NaiveDate>,
    /// Its number.
    pub number: Option<String>,
    /// Its title.
    pub title: Option<String>,
    /// One entry per window it speaks of.
    pub changes: Vec<Change>,
}

/// What a notice did to a window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// First announcement.
    Announced,
    /// Stated again with nothing new (a reminder, a forward).
    Restated,
    /// `(予定)` dropped: the window is confirmed.
    Confirmed,
    /// Its end, or whether it is tentative or whole-day, changed.
    Updated,
    /// Moved to another window.
    Moved,
    /// The new window of a move.
    Replacement,
    /// Postponed with no new window given.
    Postponed,
    /// Called off.
    Cancelled,
    /// Reported done.
    Completed,
    /// An incident first reported.
    Reported,
    /// An incident reported recovered.
    Recovered,
    /// A settled window announced again by a notice that refers to the one that settled it.
    Reopened,
}

impl ChangeKind {
    /// The schema name.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Announced => "announced",
            ChangeKind::Restated => "restated",
            ChangeKind::Confirmed => "confirmed",
            ChangeKind::Updated => "updated",
            ChangeKind::Moved => "moved",
            ChangeKind::Replacement => "replacement",
            ChangeKind::Postponed => "postponed",
            ChangeKind::Cancelled => "cancelled",
            ChangeKind::Completed => "completed",
            ChangeKind::Reported => "reported",
            ChangeKind::Recovered => "recovered",
            ChangeKind::Reopened => "reopened",
        }
    }
}

/// One window in one notice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// The window's UID.
    pub uid: String,
    /// What the notice did to it.
    pub change: ChangeKind,
    /// The status the notice gives (as in the notice's own record).
    pub status: Status,
    /// Start as stated.
    pub start: Instant,
    /// End as stated.
    pub end: Option<Instant>,
    /// Marked `(予定)`.
    pub tentative: bool,
    /// Where the notice states it: the input read, and the first mention.
    pub source: Position,
}

/// Where a notice states a window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    /// The input read.
    pub name: String,
    /// 1-based line (on the page for a PDF, in the part for an e-mail); null when the
    /// change is made without restating the window (a cancellation by reference).
    pub line: Option<u32>,
    /// PDF page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// E-mail part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
}
