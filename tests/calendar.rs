//! The calendar across notices, series by series (`corpus/series/`): each gives the
//! calendar a person would keep by hand, read back with an independent iCalendar parser
//! (the `icalendar` crate), and updates arrive the way a calendar program applies them
//! (a higher `SEQUENCE` replaces a lower one; at equal `SEQUENCE`, the later `DTSTAMP`).

mod common;

use icalendar::{CalendarDateTime, Component as _, DatePerhapsTime};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use tsuchi::Notice;
use tsuchi::calendar::Calendar;

fn series_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/series").join(name)
}

/// Every notice file of a series (any format), sorted by name.
fn series(name: &str) -> Vec<Notice> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(series_dir(name))
        .expect("a series folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| ["txt", "pdf", "eml", "html"].iter().any(|e| x == *e)))
        .collect();
    paths.sort();
    paths.iter().map(|p| common::extract(p)).collect()
}

fn all_series() -> Vec<Notice> {
    ["1_postpone", "2_cancel", "3_completed", "4_incident", "5_formats", "6_same_night"]
        .iter()
        .flat_map(|s| series(s))
        .collect()
}

/// One event as a calendar program reads it.
#[derive(Debug, Clone, PartialEq)]
struct Ev {
    uid: String,
    sequence: u32,
    stamp: chrono::DateTime<chrono::Utc>,
    last_modified: Option<chrono::DateTime<chrono::Utc>>,
    start: String,
    end: Option<String>,
    duration: Option<String>,
    status: Option<icalendar::EventStatus>,
    maintnote: String,
    maintenance: String,
    object: String,
    related: Option<String>,
    summary: String,
    description: String,
}

fn show(d: Option<DatePerhapsTime>) -> Option<String> {
    match d? {
        DatePerhapsTime::Date(d) => Some(d.format("%Y-%m-%d").to_string()),
        DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { date_time, tzid }) => {
            Some(format!("{} {tzid}", date_time.format("%Y-%m-%d %H:%M")))
        }
        DatePerhapsTime::DateTime(other) => Some(format!("{other:?}")),
    }
}

fn unescape(s: &str) -> String {
    s.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
}

/// The events of a calendar, parsed by the `icalendar` crate (typed model and raw tree).
fn events(ics: &str) -> Vec<Ev> {
    let unfolded = icalendar::parser::unfold(ics);
    let raw = icalendar::parser::read_calendar(&unfolded).expect("the raw parser reads it");
    let raw_events: Vec<_> = raw.components.iter().filter(|c| c.name == "VEVENT").collect();
    let cal: icalendar::Calendar = ics.parse().expect("the typed parser reads it");
    let evs: Vec<&icalendar::Event> = cal.events().collect();
    assert_eq!(evs.len(), raw_events.len());
    evs.iter()
        .map(|e| {
            let p = |k: &str| e.property_value(k).map(str::to_string);
            Ev {
                uid: e.get_uid().expect("UID").to_string(),
                sequence: e.get_sequence().expect("SEQUENCE"),
                stamp: e.get_timestamp().expect("DTSTAMP"),
                last_modified: e.get_last_modified(),
                start: show(e.get_start()).expect("DTSTART"),
                end: show(e.get_end()),
                duration: p("DURATION"),
                status: e.get_status(),
                maintnote: p("X-MAINTNOTE-STATUS").expect("X-MAINTNOTE-STATUS"),
                maintenance: p("X-MAINTNOTE-MAINTENANCE-ID").expect("X-MAINTNOTE-MAINTENANCE-ID"),
                object: p("X-MAINTNOTE-OBJECT-ID").unwrap_or_default(),
                related: p("RELATED-TO"),
                summary: e.get_summary().unwrap_or_default().to_string(),
                description: unescape(e.get_description().unwrap_or_default()),
            }
        })
        .collect()
}

fn ics_of(notices: &[Notice]) -> String {
    Calendar::build(notices).ics()
}

/// The calendar kept by hand, one row per event: start, end, STATUS, X-MAINTNOTE-STATUS,
/// SEQUENCE, the beginning of the SUMMARY.
type Row<'a> = (&'a str, Option<&'a str>, icalendar::EventStatus, &'a str, u32, &'a str);

fn check_rows(evs: &[Ev], rows: &[Row<'_>]) {
    assert_eq!(evs.len(), rows.len(), "{evs:#?}");
    for (e, (start, end, status, maintnote, seq, summary)) in evs.iter().zip(rows) {
        assert_eq!(e.start, *start, "{e:#?}");
        assert_eq!(e.end.as_deref(), *end, "{e:#?}");
        assert_eq!(e.status, Some(*status), "{e:#?}");
        assert_eq!(e.maintnote, *maintnote, "{e:#?}");
        assert_eq!(e.sequence, *seq, "{e:#?}");
        assert!(e.summary.starts_with(summary), "{:?} does not start with {summary:?}", e.summary);
    }
}

fn utc(s: &str) -> chrono::DateTime<chrono::Utc> {
    s.parse().expect("a UTC instant")
}

/// Notices in the order they were issued (the order a clinic receives them).
fn by_date(mut notices: Vec<Notice>) -> Vec<Notice> {
    notices.sort_by_key(|n| (n.document.date, n.document.title.clone()));
    notices
}

/// A calendar program subscribed to the file: after each run it keeps, per UID, the
/// event with the higher SEQUENCE (at equal SEQUENCE, the later DTSTAMP). Each run's
/// calendar must be what the program ends up showing, and no change may come without a
/// higher SEQUENCE (the program would ignore it).
fn subscribe(runs: &[String]) -> BTreeMap<String, Ev> {
    let mut store: BTreeMap<String, Ev> = BTreeMap::new();
    for ics in runs {
        for e in events(ics) {
            match store.get(&e.uid) {
                Some(old) => {
                    let significant = (&old.start, &old.end, old.status, &old.maintnote, &old.related)
                        != (&e.start, &e.end, e.status, &e.maintnote, &e.related);
                    assert!(e.sequence >= old.sequence, "SEQUENCE went down for {}", e.uid);
                    if significant {
                        assert!(
                            e.sequence > old.sequence,
                            "{} changed without a higher SEQUENCE: {old:#?} -> {e:#?}",
                            e.uid
                        );
                    }
                    if e.sequence > old.sequence || (e.sequence == old.sequence && e.stamp >= old.stamp) {
                        store.insert(e.uid.clone(), e);
                    }
                }
                None => {
                    store.insert(e.uid.clone(), e);
                }
            }
        }
        let shown: Vec<&Ev> = store.values().filter(|e| events(ics).iter().any(|x| x.uid == e.uid)).collect();
        let mut now = events(ics);
        now.sort_by(|a, b| a.uid.cmp(&b.uid));
        assert_eq!(shown.into_iter().cloned().collect::<Vec<_>>(), now, "the program shows this run's calendar");
    }
    store
}

/// Runs over a growing inbox: the first notice, then the first two, and so on.
fn daily_runs(notices: &[Notice]) -> Vec<String> {
    (1..=notices.len()).map(|k| ics_of(&notices[..k])).collect()
}

use icalendar::EventStatus::{Cancelled, Confirmed, Tentative};

#[test]
fn postponed_then_confirmed() {
    let notices = by_date(series("1_postpone"));
    let runs = daily_runs(&notices);
    // 予告: one tentative window
    check_rows(
        &events(&runs[0]),
        &[(
            "2026-07-04 22:00 Asia/Tokyo",
            Some("2026-07-05 06:00 Asia/Tokyo"),
            Tentative,
            "TENTATIVE",
            0,
            "電子処方箋管理サービス 停止（予定）",
        )],
    );
    // 延期: the old window is cancelled and points to the new one, still tentative
    let after_move = events(&runs[1]);
    check_rows(
        &after_move,
        &[
            (
                "2026-07-04 22:00 Asia/Tokyo",
                Some("2026-07-05 06:00 Asia/Tokyo"),
                Cancelled,
                "CANCELLED",
                1,
                "【延期】電子処方箋管理サービス",
            ),
            (
                "2026-07-18 22:00 Asia/Tokyo",
                Some("2026-07-19 06:00 Asia/Tokyo"),
                Tentative,
                "TENTATIVE",
                0,
                "電子処方箋管理サービス 停止（予定）",
            ),
        ],
    );
    // 実施: the new window is confirmed
    let fin = events(&runs[2]);
    check_rows(
        &fin,
        &[
            ("2026-07-04 22:00 Asia/Tokyo", Some("2026-07-05 06:00 Asia/Tokyo"), Cancelled, "CANCELLED", 1, "【延期】"),
            (
                "2026-07-18 22:00 Asia/Tokyo",
                Some("2026-07-19 06:00 Asia/Tokyo"),
                Confirmed,
                "CONFIRMED",
                1,
                "電子処方箋管理サービス 停止",
            ),
        ],
    );
    let (old, new) = (&fin[0], &fin[1]);
    assert_eq!(old.uid, events(&runs[0])[0].uid, "the announced window keeps its UID");
    assert_eq!(old.related.as_deref(), Some(new.uid.as_str()));
    assert_eq!(new.related.as_deref(), Some(old.uid.as_str()));
    assert_eq!(old.maintenance, new.maintenance, "one maintenance, two windows");
    assert_eq!(old.last_modified, Some(utc("2026-06-25T15:00:00Z")), "the 延期 notice of 2026-06-26");
    assert_eq!(new.last_modified, Some(utc("2026-07-09T15:00:00Z")), "the 実施 notice of 2026-07-10");
    assert!(old.description.contains(
        "経緯:\n・2026-06-05 日医発第512号(情シ)(保険)（日本医師会）: 予告（予定） 2026-07-04 22:00 ～ 2026-07-05 06:00\n\
         ・2026-06-26 日医発第640号(情シ)(保険)（日本医師会）: 延期 → 2026-07-18 22:00 ～ 2026-07-19 06:00"
    ), "{}", old.description);
    assert!(
        new.description.contains("・2026-07-10 日医発第702号(情シ)(保険)（日本医師会）: 実施確定"),
        "{}",
        new.description
    );
    let kept = subscribe(&runs);
    assert_eq!(kept.len(), 2);
}

#[test]
fn announced_then_cancelled() {
    let notices = by_date(series("2_cancel"));
    let runs = daily_runs(&notices);
    check_rows(
        &events(&runs[0]),
        &[(
            "2026-09-12 21:00 Asia/Tokyo",
            Some("2026-09-13 07:00 Asia/Tokyo"),
            Confirmed,
            "CONFIRMED",
            0,
            "レセプトオンライン請求システム 停止",
        )],
    );
    let fin = events(&runs[1]);
    check_rows(
        &fin,
        &[(
            "2026-09-12 21:00 Asia/Tokyo",
            Some("2026-09-13 07:00 Asia/Tokyo"),
            Cancelled,
            "CANCELLED",
            1,
            "【中止】レセプトオンライン請求システム",
        )],
    );
    assert_eq!(fin[0].related, None);
    assert_eq!(fin[0].last_modified, Some(utc("2026-09-03T15:00:00Z")));
    assert!(
        fin[0].description.contains("・2026-09-04 レセプトオンライン請求システムの計画停止の中止について(お知らせ)"),
        "{}",
        fin[0].description
    );
    subscribe(&runs);
}

#[test]
fn announced_then_completed() {
    let notices = by_date(series("3_completed"));
    let runs = daily_runs(&notices);
    let fin = events(&runs[1]);
    check_rows(
        &fin,
        &[
            (
                "2026-10-03 22:00 Asia/Tokyo",
                Some("2026-10-04 02:00 Asia/Tokyo"),
                Confirmed,
                "COMPLETED",
                1,
                "【完了】[東日本エリア] オンライン資格確認等システム",
            ),
            (
                "2026-10-04 02:00 Asia/Tokyo",
                Some("2026-10-04 05:00 Asia/Tokyo"),
                Confirmed,
                "COMPLETED",
                1,
                "【完了】[西日本エリア] オンライン資格確認等システム",
            ),
        ],
    );
    // the areas keep the prefectures the announcement listed (the report lists none)
    assert!(fin[0].description.contains("対象地域: 東日本エリア（北海道、青森県"), "{}", fin[0].description);
    assert_ne!(fin[0].maintenance, fin[1].maintenance, "two areas, two windows of their own");
    subscribe(&runs);
}

#[test]
fn incident_first_and_second_report() {
    let notices = by_date(series("4_incident"));
    let runs = daily_runs(&notices);
    let first = events(&runs[0]);
    // 第1報: no end yet, shown as one hour, in process
    check_rows(
        &first,
        &[(
            "2026-11-21 08:30 Asia/Tokyo",
            None,
            Confirmed,
            "IN-PROCESS",
            0,
            "【発生中】オンライン資格確認等システム 障害",
        )],
    );
    assert_eq!(first[0].duration.as_deref(), Some("PT1H"));
    // 第2報: recovered at 11:15
    let fin = events(&runs[1]);
    check_rows(
        &fin,
        &[(
            "2026-11-21 08:30 Asia/Tokyo",
            Some("2026-11-21 11:15 Asia/Tokyo"),
            Confirmed,
            "COMPLETED",
            1,
            "【復旧】オンライン資格確認等システム 障害",
        )],
    );
    assert_eq!(fin[0].uid, first[0].uid);
    assert!(fin[0].description.contains("復旧の報告（2026-11-21 11:15 復旧）"), "{}", fin[0].description);
    // both reports are dated the same day: 第1報 comes first whatever the file names
    let mut swapped = notices.clone();
    swapped.reverse();
    assert_eq!(ics_of(&swapped), runs[1]);
    subscribe(&runs);
}

#[test]
fn the_same_notice_as_text_pdf_mail_and_forward_is_one_notice() {
    let notices = series("5_formats");
    assert_eq!(notices.len(), 4);
    let cal = Calendar::build(&notices);
    let t = cal.timeline();
    assert_eq!(t.notices.len(), 1);
    assert_eq!(t.duplicates.len(), 1);
    let d = &t.duplicates[0];
    assert!(d.read.ends_with("5_formats/notice.txt"), "{d:?}");
    let mut merged: Vec<&str> = d.merged.iter().map(|m| m.rsplit('/').next().unwrap_or(m)).collect();
    merged.sort_unstable();
    assert_eq!(merged, ["forward.eml", "notice.eml", "notice.pdf"]);
    let evs = events(&cal.ics());
    check_rows(
        &evs,
        &[
            (
                "2026-12-05 21:00 Asia/Tokyo",
                Some("2026-12-06 05:00 Asia/Tokyo"),
                Tentative,
                "TENTATIVE",
                0,
                "電子カルテ情報共有サービス 停止（予定）",
            ),
            (
                "2026-12-12 21:00 Asia/Tokyo",
                Some("2026-12-13 05:00 Asia/Tokyo"),
                Tentative,
                "TENTATIVE",
                0,
                "電子カルテ情報共有サービス 停止（予定）",
            ),
        ],
    );
    // any one of the four alone gives the same events
    for n in &notices {
        let alone: Vec<String> = events(&ics_of(std::slice::from_ref(n))).into_iter().map(|e| e.uid).collect();
        assert_eq!(alone, evs.iter().map(|e| e.uid.clone()).collect::<Vec<_>>(), "{}", n.source.name);
    }
    assert!(evs[0].description.contains("（同じ通知: "), "{}", evs[0].description);
}

#[test]
fn two_systems_on_the_same_night_stay_apart() {
    let notices = series("6_same_night");
    let evs = events(&ics_of(&notices));
    assert_eq!(evs.len(), 2);
    let (a, b) = (&evs[0], &evs[1]);
    assert_eq!((&a.start, &a.end), (&b.start, &b.end), "the same window");
    assert_ne!(a.uid, b.uid);
    assert_ne!(a.maintenance, b.maintenance);
    let mut objects = vec![a.object.as_str(), b.object.as_str()];
    objects.sort_unstable();
    assert_eq!(objects, ["レセプトオンライン請求システム", "電子処方箋管理サービス"]);
    assert!(evs.iter().all(|e| e.sequence == 0 && e.status == Some(Confirmed)));
}

/// Every VEVENT block of a calendar, by UID.
fn blocks(ics: &str) -> BTreeMap<String, String> {
    ics.split("BEGIN:VEVENT\r\n")
        .skip(1)
        .map(|b| {
            let b = b.split("END:VEVENT\r\n").next().unwrap_or(b).to_string();
            let uid = b.lines().find_map(|l| l.strip_prefix("UID:")).unwrap_or("").to_string();
            (uid, b)
        })
        .collect()
}

#[test]
fn series_together_are_the_series_apart() {
    let together = blocks(&ics_of(&all_series()));
    let mut apart = BTreeMap::new();
    for s in ["1_postpone", "2_cancel", "3_completed", "4_incident", "5_formats", "6_same_night"] {
        apart.extend(blocks(&ics_of(&series(s))));
    }
    assert_eq!(together.len(), 10);
    assert_eq!(together, apart, "no series merges into another");
}

#[test]
fn the_same_inputs_give_the_same_bytes_in_any_order() {
    let notices = all_series();
    let a = ics_of(&notices);
    let mut reversed = notices.clone();
    reversed.reverse();
    assert_eq!(ics_of(&reversed), a);
    let mut rotated = notices.clone();
    rotated.rotate_left(5);
    assert_eq!(ics_of(&rotated), a);
    let ta = serde_json::to_string(&Calendar::build(&notices).timeline()).unwrap();
    let tb = serde_json::to_string(&Calendar::build(&reversed).timeline()).unwrap();
    assert_eq!(ta, tb);
}

#[test]
fn adding_a_notice_changes_only_the_events_it_concerns() {
    let notices = all_series();
    let without: Vec<Notice> = notices.iter().filter(|n| !n.source.name.ends_with("c_jisshi.txt")).cloned().collect();
    assert_eq!(without.len() + 1, notices.len());
    let (before, after) = (blocks(&ics_of(&without)), blocks(&ics_of(&notices)));
    assert_eq!(before.keys().collect::<Vec<_>>(), after.keys().collect::<Vec<_>>());
    let changed: Vec<&String> = before.keys().filter(|k| before[*k] != after[*k]).collect();
    assert_eq!(changed.len(), 1, "only the confirmed window: {changed:?}");
    assert!(after[changed[0]].contains("DTSTART;TZID=Asia/Tokyo:20260718T220000"));
}

/// A notice without a number, re-saved with one word changed, re-encoded, or given twice.
#[test]
fn a_numberless_notice_re_saved_keeps_every_uid() {
    for (series_name, file) in
        [("4_incident", "a_dai1ho.txt"), ("2_cancel", "a_yokoku.txt"), ("6_same_night", "b_ssk.txt")]
    {
        let notices = series(series_name);
        let path = series_dir(series_name).join(file);
        let original = notices.iter().find(|n| n.source.name.ends_with(file)).expect("the notice");
        assert!(original.document.number.is_none(), "{file} has no number");
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("平素より"), "{file}");
        let edited = text.replacen("平素より", "平素は", 1);
        let resaved = tsuchi::extract_str("resaved.txt", &edited).unwrap();
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(&edited);
        let reencoded = tsuchi::extract_bytes("reencoded.txt", &sjis, &Default::default()).unwrap();
        assert_ne!(resaved.source.sha256, original.source.sha256);
        let uids = |ns: &[Notice]| events(&ics_of(ns)).into_iter().map(|e| e.uid).collect::<Vec<_>>();
        let others: Vec<Notice> = notices.iter().filter(|n| !n.source.name.ends_with(file)).cloned().collect();
        let want = uids(&notices);
        for copy in [&resaved, &reencoded] {
            let mut with_copy = others.clone();
            with_copy.push(copy.clone());
            assert_eq!(uids(&with_copy), want, "{file} as {}", copy.source.name);
        }
        // all three together: one notice, the copies reported
        let mut all = notices.clone();
        all.push(resaved.clone());
        all.push(reencoded.clone());
        assert_eq!(uids(&all), want);
        let t = Calendar::build(&all).timeline();
        assert!(t.duplicates.iter().any(|d| d.merged.len() == 2), "{:?}", t.duplicates);
    }
}

#[test]
fn every_arrival_order_ends_in_the_same_calendar() {
    let notices = by_date(series("1_postpone"));
    let full = ics_of(&notices);
    let orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
    for order in orders {
        let arrived: Vec<Notice> = order.iter().map(|&i| notices[i].clone()).collect();
        let runs = daily_runs(&arrived);
        assert_eq!(runs.last(), Some(&full), "{order:?}");
        let kept = subscribe(&runs);
        let want: BTreeMap<String, Ev> = events(&full).into_iter().map(|e| (e.uid.clone(), e)).collect();
        assert_eq!(kept, want, "{order:?}");
    }
}

#[test]
fn timelines_validate_against_their_schema() {
    let check = |notices: &[Notice], what: &str| {
        let t = Calendar::build(notices).timeline();
        let v = serde_json::to_value(&t).unwrap();
        let errors = tsuchi::calendar::timeline::schema_errors(&v);
        assert!(errors.is_empty(), "{what}: {}", errors.join("\n"));
        let back: tsuchi::calendar::timeline::Timeline = serde_json::from_value(v).unwrap();
        assert_eq!(back, t, "{what}: reads back");
    };
    check(&all_series(), "the series");
    let corpus: Vec<Notice> = common::corpus().iter().map(|p| common::extract(p)).collect();
    check(&corpus, "the text corpus");
    let renderings: Vec<Notice> = common::renderings().iter().map(|p| common::extract(p)).collect();
    check(&renderings, "the seed renderings");
}

#[test]
fn the_timeline_tells_the_history_notice_by_notice() {
    let t = Calendar::build(&series("1_postpone")).timeline();
    assert_eq!(t.maintenances.len(), 1);
    let m = &t.maintenances[0];
    assert_eq!(m.system.as_deref(), Some("電子処方箋管理サービス"));
    let steps: Vec<(String, Vec<&str>)> = m
        .history
        .iter()
        .map(|s| (s.number.clone().unwrap_or_default(), s.changes.iter().map(|c| c.change.as_str()).collect()))
        .collect();
    assert_eq!(
        steps,
        [
            ("日医発第512号(情シ)(保険)".to_string(), vec!["announced"]),
            ("日医発第640号(情シ)(保険)".to_string(), vec!["moved", "replacement"]),
            ("日医発第702号(情シ)(保険)".to_string(), vec!["confirmed"]),
        ]
    );
    let statuses: Vec<&str> = m.windows.iter().map(|w| w.status.as_str()).collect();
    assert_eq!(statuses, ["moved", "planned"]);
    assert_eq!(t.notices[1].refers_to, [t.notices[0].id.clone()], "the 延期 notice cites the 予告");
    assert!(m.history[1].changes[0].source.name.ends_with("b_enki.txt"));
    assert_eq!(m.history[1].changes[0].source.line, Some(21));
}

#[test]
fn the_readme_shows_the_calendar_of_series_1() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let t = Calendar::build(&series("1_postpone")).timeline();
    let m = &t.maintenances[0];
    for w in &m.windows {
        assert!(readme.contains(&format!("UID:{}", w.uid)), "README shows {}", w.uid);
        assert!(readme.contains(&format!("RELATED-TO;RELTYPE=SIBLING:{}", w.uid)));
    }
    assert!(readme.contains(&format!("X-MAINTNOTE-MAINTENANCE-ID:{}", m.id)));
    assert!(readme.contains(&format!(r#""id": "{}""#, m.id)));
}
