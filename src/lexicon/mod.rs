//! The lexicon: the Japanese words the extractors know, as data.
//!
//! Knowledge of the notices' words (which say a system stops, which say a window was
//! cancelled, which name a system, which mean "the whole country") lives in
//! [`words.tsv`](https://example.invalid/src/lexicon/words.tsv), one row per word and class,
//! compiled in with `include_str!` and read once. Adding a word is adding a row; the file's
//! header documents its columns.
//!
//! All surfaces are matched in one pass with an Aho-Corasick automaton in leftmost-longest
//! mode: at each position the longest word wins and the text it covers is not searched
//! again. That is what makes a longer word hide the words inside it, the way a reader does:
//! `全国医療情報プラットフォーム` is a system, not a statement about the whole country, and
//! `障害時の対応` is about failures in general, not an incident. A surface with several
//! classes (`メンテナンス`: a stop, planned work, the kind "maintenance") is one pattern that
//! carries all of them.
//!
//! ```text
//! use tsuchi::lexicon::{Class, words};
//! let hits = words("全国医療情報プラットフォームのメンテナンスを中止します");
//! let classes: Vec<Class> = hits.iter().flat_map(|h| h.classes().iter()).collect();
//! assert!(classes.contains(&Class::System));
//! assert!(classes.contains(&Class::Cancelled));
//! assert!(!classes.contains(&Class::Nationwide)); // hidden inside the system's name
//! ```

use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

/// The lexicon's rows, as written.
pub const WORDS: &str = include_str!("words.tsv");

/// What a word says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Class {
    /// The statement speaks of a stop (`停止`, `通信断`, `メンテナンス`).
    Outage,
    /// Reception times, deadlines, help desks: not about a stop (`受付時間`, `締切`).
    NotOutage,
    /// Right after a date, makes it the date of a letter (`12月15日付けで…連絡があり`): that
    /// date is no window, and the word says nothing of the statement's other dates.
    LetterDate,
    /// An event, never an outage (`説明会`, `ウェビナー`).
    Event,
    /// Work that is planned, not a failure (`メンテナンス`, `作業`, `実施`).
    PlannedWork,
    /// The window is called off (`中止`, `見合わせ`).
    Cancelled,
    /// The window is moved (`延期`, `日程変更`).
    Rescheduled,
    /// An unplanned failure is reported (`障害が発生`).
    Incident,
    /// The work is done (`完了しました`).
    Completed,
    /// The service is slow or hard to reach (`つながりにくく`): an incident when reported as a
    /// fact, planned when said of planned work or as a possibility.
    Degraded,
    /// Said as what may happen, not what did (`場合があります`, `可能性があります`).
    Possibility,
    /// The window did not move: it stays planned (`こちらは変更ありません`, `予定どおり実施`).
    Unchanged,
    /// Words around an incident report (`障害`, `発生日時`, `復旧日時`).
    IncidentContext,
    /// The kind "network" (`通信断`, `回線`).
    KindNetwork,
    /// The kind "update" (`配信`, `バージョンアップ`).
    KindUpdate,
    /// The kind "maintenance" (`メンテナンス`, `工事`).
    KindMaintenance,
    /// The kind "a stop" (`停止`, `利用できな`).
    KindStop,
    /// The service comes back (`通常どおり`, `再開`).
    Resumes,
    /// A rule, not a date (`毎月`).
    RecurringRule,
    /// The whole country (`全国`).
    Nationwide,
    /// The issuing association's own prefecture (`県内`, `本県`).
    Home,
    /// Tokyo, whoever writes it (`都内`).
    HomeTokyo,
    /// In an issuer's name: a body whose own systems serve its prefecture alone
    /// (`愛知県国民健康保険団体連合会`), so its windows are that prefecture's.
    PrefecturalBody,
    /// Hokkaido, whoever writes it (`道内`).
    HomeHokkaido,
    /// A system an association runs for its own members (`会員専用ポータル`): it serves the
    /// association's prefecture, said or not.
    OwnSystem,
    /// `都道府県`: all prefectures as a word (`都道府県医師会`).
    AllPrefectures,
    /// A section stating the affected area of a document (`対象地域`).
    Target,
    /// Adds places to a window's area (`佐賀県鳥栖市の被保険者も対象となります`).
    AlsoTarget,
    /// A national system; the value is its canonical name.
    System,
    /// An organisation whose name holds a place word (`全国健康保険協会`).
    Organisation,
    /// The end of an area name (`エリア`, `地域`, `ブロック`).
    AreaSuffix,
    /// A link's scheme, or a word that names a link (`http`, `URL`, `リンク`): a unit without
    /// one holds no link and no placeholder for one.
    LinkWord,

    // --- anchored classes: tested where a rule looks, never searched for -------------------
    /// A help desk, right before a stop word said of it (`窓口を休止`).
    HelpDesk,
    /// Opens a letter's body (`平素`, `拝啓`, `記`).
    Greeting,
    /// Labels a signature line naming the issuer (`発行:一般社団法人 愛媛県歯科医師会`).
    IssuerLabel,
    /// Names a notice's kind, alone on a line or in its title's last bracket (`周知依頼`).
    NoticeKind,
    /// Ends an addressee (`殿`, `御中`, `各位`).
    Addressee,
    /// Ends an organisation's name (`会`, `課`, `センター`).
    OrgEnd,
    /// An officer's title, anywhere in an issuer line (`会長`, `課長`).
    Officer,
    /// Labels the date a page or bulletin gives itself (`掲載日`), the first row preferred.
    DateLabel,
    /// Labels the date a page was last updated (`更新日`): beside its 掲載日, the page's date.
    UpdateLabel,
    /// Ends a title (`について`, `のお知らせ`).
    TitleEnd,
    /// Right after a window: the window a statement moves the work to (`に延期`).
    MovedTo,
    /// Right after a window: the window a statement moves the work away from (`予定していた`).
    MovedFrom,
    /// Right before a window: it is the new one (`変更後:`).
    NewLabel,
    /// Right before a window: it is the old one (`変更前:`).
    OldLabel,
    /// Right before a window: it is stated wrongly (`誤:`, `【誤】`).
    WrongLabel,
    /// Just before a quoted window: it is the first, wrong announcement (`当初`).
    FirstAnnounced,
    /// Says the text is a correction (`正しくは`).
    Correction,
    /// Opens the line of a window's start (`開始`).
    StartLabel,
    /// Opens the line of a window's end (`終了`).
    EndLabel,
    /// Marks a window as tentative (`(予定)`).
    Tentative,
    /// A table cell that repeats the cell above (`〃`, `同上`).
    Ditto,
    /// Right after a date: the times of the window stated before it (`→ 9月5日(土)同時刻`).
    SameTime,
    /// Right after a time: the service is back (`復旧`).
    Recovery,
    /// Right after a date: it is excluded (`を除`, `除く`).
    Except,
    /// Right after a number: no date or time (`年度`, `か月`, `時間`).
    NotADate,
    /// Before a number: a voice line (`電話`, `TEL`).
    TelLabel,
    /// Before a number: a fax (`FAX`, `ファックス`).
    FaxLabel,
    /// Before a number: the call is free (`通話無料`).
    FreeLabel,
    /// Before a number: a label that says nothing of the line (`番号`).
    NumberLabel,
    /// Ends a name and says the call is free (`フリーダイヤル`): kept in the name.
    FreeName,
    /// After it, the name of who answers (`問合せ先`).
    InquiryLabel,
    /// Never a name on its own (`担当`, `受付時間`).
    NotAName,
    /// Says a time range is opening hours (`受付時間`).
    HoursLabel,
    /// Opens a list item (`・`, `●`, `- `).
    Bullet,
    /// Opens the line or heading that names a window's area (`対象`).
    TargetLabel,
    /// A mark before a name or a link that is no list bullet (`※`, `→`).
    Mark,
    /// Opens a remark on the line above (`※`, `注:`, `(注)`): a note, not a statement of its own.
    NoteMark,
    /// Right after a municipality's name: it names an organisation, not a place
    /// (`札幌市医師会`, `福岡市役所`).
    MunicipalBody,
    /// A table cell that says only: the window is done (`完了`, `実施済み`).
    CellCompleted,
    /// A table cell that says only: the window is called off (`中止`, `実施見送り`).
    CellCancelled,
    /// A table cell that says only: the window is moved (`延期`, `日程変更`).
    CellRescheduled,
    /// A table cell that says only: the window is the substitute for one called off
    /// (`振替`, `代替日`): the new window, not the one moved away from.
    CellSubstitute,
    /// A table cell that says only: the window stands (`予定`, `変更なし`).
    CellPlanned,
    /// Opens a sentence that excepts part of what was said (`ただし`, `なお`).
    ExceptionLead,
    /// Ends a clause that gives a reason (`第1回の作業結果を踏まえた検証のため`): what it
    /// names is the cause, not what the sentence says something of.
    ReasonEnd,
    /// An arrow between an old window and the new one (`→`, `⇒`).
    Arrow,
    /// Right after a place: the window is not limited to it (`秋田県内に限りません`).
    NotLimited,
    /// Right after a bulletin's date: the day it was issued (`2027年1月14日発行`).
    Issued,
    /// A moving word that puts the window before it off (`延期`, `順延`), as opposed to one
    /// that names the replacement (`振替`, `新日程`).
    Postponed,
    /// Opens an area's definition that is the rest of the country (`上記以外の府県`).
    Complement,
    /// Right after a date and time at the top of a report: the state it describes is as of
    /// then (`2026年11月24日 10:30現在`), so that date is the report's.
    AsOf,
    /// Right after a place beside the whole country: that place is left out (`沖縄県を除く全国`).
    LeftOut,
    /// Said of the rest of the country after a place left out: it is not affected
    /// (`沖縄県以外の都道府県への影響はありません`).
    Unaffected,
    /// Opens a share button's address, after its scheme and `www.` (`twitter.com/intent/`).
    ShareLink,
}

impl Class {
    const ALL: [(Class, &'static str); 86] = [
        (Class::Outage, "outage"),
        (Class::NotOutage, "not-outage"),
        (Class::LetterDate, "letter-date"),
        (Class::Event, "event"),
        (Class::PlannedWork, "planned-work"),
        (Class::Cancelled, "cancelled"),
        (Class::Rescheduled, "rescheduled"),
        (Class::Incident, "incident"),
        (Class::Completed, "completed"),
        (Class::Degraded, "degraded"),
        (Class::Possibility, "possibility"),
        (Class::Unchanged, "unchanged"),
        (Class::IncidentContext, "incident-context"),
        (Class::KindNetwork, "kind-network"),
        (Class::KindUpdate, "kind-update"),
        (Class::KindMaintenance, "kind-maintenance"),
        (Class::KindStop, "kind-stop"),
        (Class::Resumes, "resumes"),
        (Class::RecurringRule, "recurring-rule"),
        (Class::Nationwide, "nationwide"),
        (Class::Home, "home"),
        (Class::HomeTokyo, "home-tokyo"),
        (Class::PrefecturalBody, "prefectural-body"),
        (Class::HomeHokkaido, "home-hokkaido"),
        (Class::OwnSystem, "own-system"),
        (Class::AllPrefectures, "all-prefectures"),
        (Class::Target, "target"),
        (Class::AlsoTarget, "also-target"),
        (Class::System, "system"),
        (Class::Organisation, "organisation"),
        (Class::AreaSuffix, "area-suffix"),
        (Class::LinkWord, "link-word"),
        (Class::IssuerLabel, "issuer-label"),
        (Class::HelpDesk, "help-desk"),
        (Class::Greeting, "greeting"),
        (Class::NoticeKind, "notice-kind"),
        (Class::Addressee, "addressee"),
        (Class::OrgEnd, "org-end"),
        (Class::Officer, "officer"),
        (Class::DateLabel, "date-label"),
        (Class::UpdateLabel, "update-label"),
        (Class::TitleEnd, "title-end"),
        (Class::MovedTo, "moved-to"),
        (Class::MovedFrom, "moved-from"),
        (Class::NewLabel, "new-label"),
        (Class::OldLabel, "old-label"),
        (Class::WrongLabel, "wrong-label"),
        (Class::FirstAnnounced, "first-announced"),
        (Class::Correction, "correction"),
        (Class::StartLabel, "start-label"),
        (Class::EndLabel, "end-label"),
        (Class::Tentative, "tentative"),
        (Class::Ditto, "ditto"),
        (Class::SameTime, "same-time"),
        (Class::Recovery, "recovery"),
        (Class::Except, "except"),
        (Class::NotADate, "not-a-date"),
        (Class::TelLabel, "tel-label"),
        (Class::FaxLabel, "fax-label"),
        (Class::FreeLabel, "free-label"),
        (Class::NumberLabel, "number-label"),
        (Class::FreeName, "free-name"),
        (Class::InquiryLabel, "inquiry-label"),
        (Class::NotAName, "not-a-name"),
        (Class::HoursLabel, "hours-label"),
        (Class::Bullet, "bullet"),
        (Class::TargetLabel, "target-label"),
        (Class::Mark, "mark"),
        (Class::NoteMark, "note-mark"),
        (Class::MunicipalBody, "municipal-body"),
        (Class::CellCompleted, "cell-completed"),
        (Class::CellCancelled, "cell-cancelled"),
        (Class::CellRescheduled, "cell-rescheduled"),
        (Class::CellSubstitute, "cell-substitute"),
        (Class::CellPlanned, "cell-planned"),
        (Class::ExceptionLead, "exception-lead"),
        (Class::ReasonEnd, "reason-end"),
        (Class::Arrow, "arrow"),
        (Class::NotLimited, "not-limited"),
        (Class::Issued, "issued"),
        (Class::Postponed, "postponed"),
        (Class::Complement, "complement"),
        (Class::AsOf, "as-of"),
        (Class::LeftOut, "left-out"),
        (Class::Unaffected, "unaffected"),
        (Class::ShareLink, "share-link"),
    ];

    /// Whether the class is searched for in every unit (matched leftmost-longest with all
    /// other searched words), or anchored: tested only where a rule looks (the start of a
    /// line, right after a date), so that a short word such as `会` or `誤:` hides nothing.
    pub fn is_searched(self) -> bool {
        self < Class::Greeting
    }

    /// The class named `name` in the data file.
    pub fn from_name(name: &str) -> Option<Class> {
        Class::ALL.iter().find(|(_, n)| *n == name).map(|(c, _)| *c)
    }
}

/// A set of classes (a bit per class).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Classes(u128);

impl Classes {
    /// Whether `c` is in the set.
    pub fn has(self, c: Class) -> bool {
        self.0 & (1 << c as u8) != 0
    }

    /// Whether any of `cs` is in the set.
    pub fn any(self, cs: &[Class]) -> bool {
        cs.iter().any(|&c| self.has(c))
    }

    /// The set with `c` added.
    pub fn with(self, c: Class) -> Classes {
        Classes(self.0 | 1 << c as u8)
    }

    /// The union of two sets.
    pub fn union(self, other: Classes) -> Classes {
        Classes(self.0 | other.0)
    }

    /// The classes in the set, in declaration order.
    pub fn iter(self) -> impl Iterator<Item = Class> {
        Class::ALL.iter().map(|(c, _)| *c).filter(move |&c| self.has(c))
    }
}

/// One surface of the lexicon with all its classes.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The word.
    pub surface: String,
    /// Its classes.
    pub classes: Classes,
    /// The value of each class that has one (`(System, "オンライン資格確認等システム")`).
    pub values: Vec<(Class, String)>,
}

impl Entry {
    /// The value given with `class`, if any.
    pub fn value(&self, class: Class) -> Option<&str> {
        self.values.iter().find(|(c, _)| *c == class).map(|(_, v)| v.as_str())
    }
}

/// The compiled lexicon.
pub struct Lexicon {
    entries: Vec<Entry>,
    /// Pattern `i` of the automaton is entry `searched[i]`.
    searched: Vec<u32>,
    automaton: crate::matcher::Matcher,
    /// The surfaces of each class, in file order.
    lists: Vec<ClassList>,
}

/// The words of one class, with what makes testing them cheap: the bytes they can start
/// with, and (built once the process has searched [`SEARCH_BEFORE_FINDER`] bytes for the
/// class) an automaton to find any of them in a text.
struct ClassList {
    words: Vec<&'static str>,
    first_bytes: [bool; 256],
    finder: std::sync::OnceLock<Option<AhoCorasick>>,
    searched: std::sync::atomic::AtomicUsize,
}

/// Bytes a class's words are looked for one by one before its automaton is built: a few
/// dozen substring searches over a short text cost less than building it, which a single
/// small notice would pay for each class it tests.
const SEARCH_BEFORE_FINDER: usize = 16 << 10;

impl ClassList {
    fn new(words: Vec<&'static str>) -> ClassList {
        let mut first_bytes = [false; 256];
        for w in &words {
            if let Some(&b) = w.as_bytes().first() {
                first_bytes[b as usize] = true;
            }
        }
        ClassList { words, first_bytes, finder: std::sync::OnceLock::new(), searched: Default::default() }
    }

    fn may_start(&self, text: &str) -> bool {
        text.as_bytes().first().is_some_and(|&b| self.first_bytes[b as usize])
    }

    fn contained_in(&self, text: &str) -> bool {
        use std::sync::atomic::Ordering;
        if self.finder.get().is_none()
            && self.searched.fetch_add(text.len(), Ordering::Relaxed) + text.len() < SEARCH_BEFORE_FINDER
        {
            return self.words.iter().any(|w| text.contains(w));
        }
        // A contiguous NFA: a class has a few dozen words, and a DFA's build would cost a
        // small notice more than all its searches.
        let finder = self.finder.get_or_init(|| {
            AhoCorasick::builder().kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA)).build(&self.words).ok()
        });
        finder.as_ref().is_some_and(|f| f.is_match(text))
    }
}

/// Why a row of the data file cannot be read (a bug in the file, caught by a test).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// 1-based line of the file.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Read the rows of a lexicon file: surfaces with their classes and values.
///
/// ```text
/// let entries = tsuchi::lexicon::parse("# comment\n停止\toutage\t-\ta note\n停止\tkind-stop\t-\n").unwrap();
/// assert_eq!(entries.len(), 1);
/// assert!(entries[0].classes.has(tsuchi::lexicon::Class::KindStop));
/// ```
pub fn parse(text: &str) -> Result<Vec<Entry>, RowError> {
    let mut entries: Vec<Entry> = Vec::new();
    // read once per process, on first use: the columns are not collected and the index
    // borrows its keys, so a small notice's run pays little for it
    let mut index: std::collections::HashMap<&str, usize> = Default::default();
    for (i, row) in text.lines().enumerate() {
        if row.trim().is_empty() || row.starts_with('#') {
            continue;
        }
        let mut cols = row.split('\t');
        let err = |message: String| RowError { line: i + 1, message };
        let (Some(surface), Some(class)) = (cols.next(), cols.next()) else {
            return Err(err("a row needs a surface and a class, separated by a tab".into()));
        };
        let class = Class::from_name(class.trim()).ok_or_else(|| err(format!("unknown class {class:?}")))?;
        if surface.is_empty() || surface.trim() != surface {
            return Err(err(format!("surface {surface:?} is empty or has surrounding spaces")));
        }
        let k = *index.entry(surface).or_insert_with(|| {
            entries.push(Entry { surface: surface.to_string(), classes: Classes::default(), values: Vec::new() });
            entries.len() - 1
        });
        let e = &mut entries[k];
        e.classes = e.classes.with(class);
        if let Some(v) = cols.next().map(|v| v.trim()).filter(|v| !v.is_empty() && *v != "-") {
            e.values.push((class, v.to_string()));
        }
    }
    Ok(entries)
}

impl Lexicon {
    fn build(entries: Vec<Entry>, lists: Vec<ClassList>) -> Lexicon {
        let searched: Vec<u32> =
            (0..entries.len() as u32).filter(|&i| entries[i as usize].classes.iter().any(Class::is_searched)).collect();
        let automaton = crate::matcher::Matcher::new(searched.iter().map(|&i| entries[i as usize].surface.as_str()));
        Lexicon { entries, searched, automaton, lists }
    }
}

/// The surfaces of every class of `text`, in file order, borrowed from it.
fn class_lists(text: &'static str) -> Vec<ClassList> {
    let mut lists = vec![Vec::new(); Class::ALL.len()];
    for row in text.lines().filter(|r| !r.starts_with('#')) {
        let mut cols = row.split('\t');
        let (Some(surface), Some(class)) = (cols.next(), cols.next()) else { continue };
        if let Some(c) = Class::from_name(class.trim()) {
            lists[c as usize].push(surface);
        }
    }
    lists.into_iter().map(ClassList::new).collect()
}

static LEXICON: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::build(parse(WORDS).unwrap_or_default(), class_lists(WORDS)));

/// A word found in a text.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    /// Byte offset of the word.
    pub start: usize,
    /// Byte offset past the word.
    pub end: usize,
    entry: u32,
}

impl Hit {
    /// The lexicon entry.
    pub fn entry(&self) -> &'static Entry {
        &LEXICON.entries[self.entry as usize]
    }

    /// The word's classes.
    pub fn classes(&self) -> Classes {
        self.entry().classes
    }
}

/// Every lexicon word in `text` (normalised), left to right, leftmost-longest.
pub fn words(text: &str) -> Vec<Hit> {
    LEXICON
        .automaton
        .find_iter(text)
        .map(|m| Hit { start: m.start(), end: m.end(), entry: LEXICON.searched[m.pattern().as_usize()] })
        .collect()
}

/// The words of a class, in the data file's order (which is the order of
/// preference where it matters: a longer label before a label it ends with).
///
/// ```text
/// use tsuchi::lexicon::{Class, list};
/// assert!(list(Class::Addressee).contains(&"御中"));
/// ```
pub fn list(class: Class) -> &'static [&'static str] {
    LEXICON.lists.get(class as usize).map_or(&[], |l| l.words.as_slice())
}

/// The first word of `class` that `text` starts with.
///
/// ```text
/// use tsuchi::lexicon::{Class, starts_with};
/// assert_eq!(starts_with("に延期します", Class::MovedTo), Some("に延期"));
/// assert_eq!(starts_with("延期します", Class::MovedTo), None);
/// ```
pub fn starts_with(text: &str, class: Class) -> Option<&'static str> {
    let l = LEXICON.lists.get(class as usize)?;
    if !l.may_start(text) {
        return None;
    }
    l.words.iter().copied().find(|w| text.starts_with(w))
}

/// The first word of `class` that `text` ends with.
///
/// ```text
/// use tsuchi::lexicon::{Class, ends_with};
/// assert_eq!(ends_with("都道府県医師会 御中", Class::Addressee), Some("御中"));
/// ```
pub fn ends_with(text: &str, class: Class) -> Option<&'static str> {
    list(class).iter().copied().find(|w| text.ends_with(w))
}

/// Whether `text` contains a word of `class` (for anchored classes tested on a short
/// stretch: an issuer line, a table cell).
pub fn contains(text: &str, class: Class) -> bool {
    LEXICON.lists.get(class as usize).is_some_and(|l| l.contained_in(text))
}

/// The list bullet `text` opens with (`・`, `●`, `- `): a bullet of the lexicon, and an ASCII
/// one (`-`, `*`, `+`) only with a space or another bullet after it, or `-1` and `*注` would
/// be list items.
///
/// ```text
/// use tsuchi::lexicon::bullet_at;
/// assert_eq!(bullet_at("・東京都"), Some("・"));
/// assert_eq!(bullet_at("- 東京都"), Some("-"));
/// assert_eq!(bullet_at("-・東京都"), Some("-"));
/// assert_eq!(bullet_at("-1"), None);
/// ```
pub fn bullet_at(text: &str) -> Option<&'static str> {
    marker_of(text, &[Class::Bullet])
}

/// A bullet ([`bullet_at`]) or another mark (`※`, `→`, `> `) that `text` opens with.
pub fn mark_at(text: &str) -> Option<&'static str> {
    marker_of(text, &[Class::Bullet, Class::Mark])
}

/// Whether `c` is a bullet or a mark.
pub fn is_mark_char(c: char) -> bool {
    [Class::Bullet, Class::Mark].iter().any(|&k| list(k).iter().any(|w| w.chars().eq(std::iter::once(c))))
}

fn marker_of(text: &str, classes: &[Class]) -> Option<&'static str> {
    let m = classes.iter().find_map(|&c| starts_with(text, c))?;
    let after = &text[m.len()..];
    let ok = !m.is_ascii() || after.is_empty() || after.starts_with(char::is_whitespace) || {
        starts_with(after, Class::Bullet).is_some_and(|b| !b.is_ascii())
    };
    ok.then_some(m)
}

/// Whether `text` is exactly a word of `class`.
pub fn is(text: &str, class: Class) -> bool {
    list(class).contains(&text)
}

/// The union of the classes of `hits`.
pub fn classes_of(hits: &[Hit]) -> Classes {
    hits.iter().fold(Classes::default(), |acc, h| acc.union(h.classes()))
}

/// The classes of the words in `text` (for strings that are not units: a title, an issuer).
///
/// ```text
/// use tsuchi::lexicon::{Class, classes};
/// assert!(classes("メンテナンスのお知らせ").has(Class::Outage));
/// assert!(!classes("障害時の対応").has(Class::IncidentContext));
/// ```
pub fn classes(text: &str) -> Classes {
    classes_of(&words(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_file_reads() {
        let entries = parse(WORDS).expect("every row of words.tsv reads");
        assert!(entries.len() > 100);
        // every class is used by some row
        for (c, name) in Class::ALL {
            assert!(entries.iter().any(|e| e.classes.has(c)), "no word of class {name}");
        }
        // systems carry their canonical name
        assert!(entries.iter().filter(|e| e.classes.has(Class::System)).all(|e| e.value(Class::System).is_some()));
    }

    #[test]
    fn longer_words_hide_shorter_ones() {
        let has = |t: &str, c: Class| classes(t).has(c);
        assert!(has("全国の医療機関", Class::Nationwide));
        assert!(!has("全国医療情報プラットフォームの保守作業", Class::Nationwide));
        assert!(has("障害が発生しました", Class::IncidentContext));
        assert!(!has("障害時の資格確認", Class::IncidentContext));
        assert!(has("障害時の資格確認", Class::Outage));
    }

    #[test]
    fn bad_rows_are_reported() {
        assert_eq!(parse("x\tnope\t-\n").unwrap_err().line, 1);
        assert!(parse("x\n").is_err());
        assert!(parse(" x\toutage\n").is_err());
    }
}

/// The examples of this module's docs, run as unit tests (the module is internal, so
/// rustdoc cannot run them).
#[cfg(test)]
mod doc_examples {
    #[test]
    fn example_1() {
        use crate::lexicon::{Class, words};
        let hits = words("全国医療情報プラットフォームのメンテナンスを中止します");
        let classes: Vec<Class> = hits.iter().flat_map(|h| h.classes().iter()).collect();
        assert!(classes.contains(&Class::System));
        assert!(classes.contains(&Class::Cancelled));
        assert!(!classes.contains(&Class::Nationwide)); // hidden inside the system's name
    }

    #[test]
    fn example_2() {
        let entries = crate::lexicon::parse("# comment\n停止\toutage\t-\ta note\n停止\tkind-stop\t-\n").unwrap();
        assert_eq!(entries.len(), 1);
        assert!(entries[0].classes.has(crate::lexicon::Class::KindStop));
    }

    #[test]
    fn example_3() {
        use crate::lexicon::{Class, list};
        assert!(list(Class::Addressee).contains(&"御中"));
    }

    #[test]
    fn example_4() {
        use crate::lexicon::{Class, starts_with};
        assert_eq!(starts_with("に延期します", Class::MovedTo), Some("に延期"));
        assert_eq!(starts_with("延期します", Class::MovedTo), None);
    }

    #[test]
    fn example_5() {
        use crate::lexicon::{Class, ends_with};
        assert_eq!(ends_with("都道府県医師会 御中", Class::Addressee), Some("御中"));
    }

    #[test]
    fn example_6() {
        use crate::lexicon::bullet_at;
        assert_eq!(bullet_at("・東京都"), Some("・"));
        assert_eq!(bullet_at("- 東京都"), Some("-"));
        assert_eq!(bullet_at("-・東京都"), Some("-"));
        assert_eq!(bullet_at("-1"), None);
    }

    #[test]
    fn example_7() {
        use crate::lexicon::{Class, classes};
        assert!(classes("メンテナンスのお知らせ").has(Class::Outage));
        assert!(!classes("障害時の対応").has(Class::IncidentContext));
    }
}
