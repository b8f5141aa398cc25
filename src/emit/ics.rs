//! iCalendar (RFC 5545) output of any number of notices: the calendar of [`crate::calendar`].
//!
//! `tsuchi extract --format ics` and [`calendar`] write the same calendar as `tsuchi
//! calendar`: one `VEVENT` per window, its `UID` from what the notice says (system, first
//! start, area), never from the file's bytes or name, so a notice re-saved, re-encoded or
//! converted to PDF updates its events instead of duplicating them; the same notice given
//! twice is one set of events; a later notice that moves, cancels or completes a window
//! updates that event (`SEQUENCE`, `STATUS`, `X-MAINTNOTE-STATUS`, `LAST-MODIFIED`,
//! `RELATED-TO`). See [`crate::calendar`] for how notices are followed, and
//! [`crate::calendar::ics`] for every choice of the format.
//!
//! ```
//! let ics = tsuchi::emit::ics::calendar(&[]);
//! assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
//! assert!(ics.ends_with("END:VCALENDAR\r\n"));
//! ```

use crate::model::Notice;

/// One VCALENDAR holding the events of every notice given (a folder becomes one calendar).
///
/// See the [module documentation](self) for how windows become events.
pub fn calendar(notices: &[Notice]) -> String {
    crate::calendar::Calendar::build(notices).ics()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::ical::MAX_LINE;
    use crate::model::{
        Contact, ContactKind, Document, Hours, Instant, Mention, Outage, OutageKind, Prefecture, Source, SourceFormat,
        Status, System,
    };
    use chrono::NaiveDate;

    const LONG: &str = "オンライン資格確認等システムの定期メンテナンスに伴い、下記の日時において同システムが利用できなくなります。\
        メンテナンス中は資格確認端末からのオンライン資格確認、薬剤情報・特定健診情報の閲覧、電子処方箋の受付等が行えませんので、\
        医療機関・薬局の皆様におかれましては、あらかじめ紙の保険証等による確認をご準備くださいますようお願い申し上げます; 詳細は\\別紙を参照。";

    fn mention(line: u32) -> Mention {
        Mention { line, column: 1, text: "x".into(), page: None, part: None }
    }

    fn pref(code: &str, name: &str) -> Prefecture {
        Prefecture { code: code.into(), name: name.into() }
    }

    fn at(s: &str) -> Instant {
        chrono::DateTime::parse_from_rfc3339(s).expect("a test instant")
    }

    fn outage(start: &str, end: Option<&str>) -> Outage {
        Outage {
            start: at(start),
            end: end.map(at),
            all_day: false,
            tentative: false,
            status: Status::Planned,
            kind: OutageKind::Maintenance,
            areas: vec![],
            prefectures: vec![],
            description: None,
            mentions: vec![mention(30)],
        }
    }

    fn notice() -> Notice {
        let mut timed = outage("2025-01-30T21:00:00+09:00", Some("2025-01-31T05:00:00+09:00"));
        timed.areas = vec!["東日本エリア".into()];
        timed.prefectures = vec![pref("02", "青森県"), pref("01", "北海道")];
        timed.description = Some(LONG.into());
        timed.mentions = vec![mention(98), mention(30), mention(98)];

        let mut all_day_open = outage("2025-02-01T00:00:00+09:00", None);
        all_day_open.all_day = true;
        all_day_open.kind = OutageKind::Incident;
        all_day_open.status = Status::Incident;

        let mut tentative = outage("2025-02-10T22:00:00+09:00", Some("2025-02-11T06:00:00+09:00"));
        tentative.tentative = true;
        tentative.kind = OutageKind::Update;

        let mut cancelled = outage("2025-02-15T00:00:00+09:00", Some("2025-02-17T00:00:00+09:00"));
        cancelled.all_day = true;
        cancelled.status = Status::Cancelled;
        cancelled.kind = OutageKind::Network;
        cancelled.prefectures = vec![pref("13", "東京都")];

        let timed_open = outage("2025-03-01T02:00:00+09:00", None);

        Notice {
            schema_version: "1.0".into(),
            source: Source {
                name: "notice.txt".into(),
                sha256: "ab".repeat(32),
                bytes: 1234,
                format: SourceFormat::Text,
                encoding: Some("shift_jis".into()),
                bom: false,
                pages: None,
                parts: vec![],
            },
            document: Document {
                number: Some("日医発第1817号(情シ)(保険)".into()),
                date: NaiveDate::from_ymd_opt(2025, 1, 20),
                kind: Some("周知依頼".into()),
                title: Some("オンライン資格確認等システムのメンテナンスについて".into()),
                issuer: Some("日本医師会".into()),
                recipients: vec!["都道府県医師会".into()],
                line: 1,
                end_line: 120,
                page: None,
                part: None,
                references: vec![],
            },
            attachments: vec![],
            systems: vec![System {
                name: "オンライン資格確認等システム".into(), mentions: vec![mention(5)]
            }],
            outages: vec![timed, all_day_open, tentative, cancelled, timed_open],
            contacts: vec![Contact {
                name: Some("オンライン資格確認等コールセンター".into()),
                phone: "0800-080-4583".into(),
                e164: "+81800804583".into(),
                kind: ContactKind::Phone,
                toll_free: true,
                extension: None,
                hours: vec![Hours {
                    days: "月曜日~金曜日".into(),
                    open: "08:00".into(),
                    close: "18:00".into(),
                    except: vec!["祝日".into()],
                    text: "月曜日~金曜日 8:00~18:00(祝日を除く)".into(),
                    line: 110,
                    page: None,
                    part: None,
                }],
                mentions: vec![mention(109)],
            }],
            urls: vec![],
            prefectures: vec![],
            dates: vec![],
            diagnostics: vec![],
        }
    }

    /// Unfolded logical lines.
    fn logical(ics: &str) -> Vec<String> {
        ics.replace("\r\n ", "").split("\r\n").filter(|l| !l.is_empty()).map(String::from).collect()
    }

    /// The logical lines of each VEVENT.
    fn events(ics: &str) -> Vec<Vec<String>> {
        let mut out = Vec::new();
        let mut cur: Option<Vec<String>> = None;
        for l in logical(ics) {
            match l.as_str() {
                "BEGIN:VEVENT" => cur = Some(Vec::new()),
                "END:VEVENT" => out.push(cur.take().unwrap()),
                _ => {
                    if let Some(c) = cur.as_mut() {
                        c.push(l);
                    }
                }
            }
        }
        out
    }

    fn prop<'a>(ev: &'a [String], name: &str) -> Option<&'a str> {
        ev.iter().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            (k == name || k.split(';').next() == Some(name)).then_some(v)
        })
    }

    fn full<'a>(ev: &'a [String], name: &str) -> Option<&'a str> {
        ev.iter().map(String::as_str).find(|l| l.starts_with(&format!("{name}:")) || l.starts_with(&format!("{name};")))
    }

    fn unescape(s: &str) -> String {
        let mut out = String::new();
        let mut it = s.chars();
        while let Some(c) = it.next() {
            if c == '\\' {
                match it.next() {
                    Some('n' | 'N') => out.push('\n'),
                    Some(d) => out.push(d),
                    None => {}
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn header_and_timezone() {
        let ics = calendar(&[notice()]);
        let lines = logical(&ics);
        assert_eq!(lines[0], "BEGIN:VCALENDAR");
        assert_eq!(lines[1], "VERSION:2.0");
        assert_eq!(lines[2], format!("PRODID:-//tsuchi//tsuchi {}//JA", env!("CARGO_PKG_VERSION")));
        for l in ["CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-TIMEZONE:Asia/Tokyo"] {
            assert!(lines.iter().any(|x| x == l), "{l}");
        }
        let tz = "BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\nTZNAME:JST\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";
        assert_eq!(ics.matches(tz).count(), 1);
        assert_eq!(lines.last().unwrap(), "END:VCALENDAR");
        assert_eq!(events(&ics).len(), 5);
    }

    #[test]
    fn crlf_everywhere() {
        let ics = calendar(&[notice(), notice()]);
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        let b = ics.as_bytes();
        for (i, &c) in b.iter().enumerate() {
            if c == b'\n' {
                assert!(i > 0 && b[i - 1] == b'\r', "bare LF at {i}");
            }
            if c == b'\r' {
                assert_eq!(b.get(i + 1), Some(&b'\n'), "bare CR at {i}");
            }
        }
    }

    #[test]
    fn timed_window() {
        let ev = &events(&calendar(&[notice()]))[0];
        assert_eq!(full(ev, "DTSTART"), Some("DTSTART;TZID=Asia/Tokyo:20250130T210000"));
        assert_eq!(full(ev, "DTEND"), Some("DTEND;TZID=Asia/Tokyo:20250131T050000"));
        // the notice's day (2025-01-20) starts at 15:00 UTC the day before
        assert_eq!(prop(ev, "DTSTAMP"), Some("20250119T150000Z"));
        assert_eq!(prop(ev, "LAST-MODIFIED"), Some("20250119T150000Z"));
        assert_eq!(prop(ev, "SEQUENCE"), Some("0"));
        assert_eq!(prop(ev, "X-MAINTNOTE-STATUS"), Some("CONFIRMED"));
        assert_eq!(prop(ev, "X-MAINTNOTE-IMPACT"), Some("OUTAGE"));
        assert_eq!(prop(ev, "X-MAINTNOTE-PROVIDER"), Some("日本医師会"));
        assert_eq!(prop(ev, "X-MAINTNOTE-OBJECT-ID"), Some("オンライン資格確認等システム"));
        assert_eq!(prop(ev, "SUMMARY"), Some("[東日本エリア] オンライン資格確認等システム メンテナンス"));
        assert_eq!(prop(ev, "STATUS"), Some("CONFIRMED"));
        assert_eq!(prop(ev, "TRANSP"), Some("OPAQUE"));
        assert_eq!(prop(ev, "CATEGORIES"), Some("maintenance"));
        assert_eq!(prop(ev, "LOCATION"), Some("東日本エリア"));
        assert_eq!(prop(ev, "X-TSUCHI-OPEN-END"), None);
        let d = unescape(prop(ev, "DESCRIPTION").unwrap());
        for want in [
            "件名: オンライン資格確認等システムのメンテナンスについて",
            "文書番号: 日医発第1817号(情シ)(保険)",
            "発出日: 2025-01-20",
            "対象地域: 東日本エリア（青森県、北海道）",
            "日時: 2025-01-30 21:00 ～ 2025-01-31 05:00",
            "・オンライン資格確認等コールセンター 0800-080-4583（通話無料、月曜日~金曜日 08:00～18:00（祝日を除く））",
            "ファイル: notice.txt",
            "出典: 30行目, 98行目",
            "経緯:\n・2025-01-20 日医発第1817号(情シ)(保険)（日本医師会）: 予告 2025-01-30 21:00 ～ 2025-01-31 05:00",
        ] {
            assert!(d.contains(want), "{want:?} not in {d}");
        }
        assert!(d.contains(LONG));
    }

    #[test]
    fn all_day_open_window() {
        let ev = &events(&calendar(&[notice()]))[1];
        assert_eq!(full(ev, "DTSTART"), Some("DTSTART;VALUE=DATE:20250201"));
        assert_eq!(full(ev, "DTEND"), Some("DTEND;VALUE=DATE:20250202"));
        assert_eq!(prop(ev, "DURATION"), None);
        assert_eq!(prop(ev, "X-TSUCHI-OPEN-END"), Some("TRUE"));
        assert_eq!(prop(ev, "SUMMARY"), Some("【発生中】オンライン資格確認等システム 障害"));
        assert_eq!(prop(ev, "STATUS"), Some("CONFIRMED"));
        assert_eq!(prop(ev, "X-MAINTNOTE-STATUS"), Some("IN-PROCESS"));
        assert_eq!(prop(ev, "LOCATION"), None);
        let d = unescape(prop(ev, "DESCRIPTION").unwrap());
        assert!(d.contains("終了日時は告知されていません"), "{d}");
        assert!(d.contains("日時: 2025-02-01 ～（終日）"), "{d}");
    }

    #[test]
    fn timed_open_window() {
        let ev = &events(&calendar(&[notice()]))[4];
        assert_eq!(full(ev, "DTSTART"), Some("DTSTART;TZID=Asia/Tokyo:20250301T020000"));
        assert_eq!(prop(ev, "DTEND"), None);
        assert_eq!(prop(ev, "DURATION"), Some("PT1H"));
        assert_eq!(prop(ev, "X-TSUCHI-OPEN-END"), Some("TRUE"));
        let d = unescape(prop(ev, "DESCRIPTION").unwrap());
        assert!(
            d.contains("終了日時は告知されていません（カレンダー上は開始から1時間の予定として表示しています）"),
            "{d}"
        );
    }

    #[test]
    fn tentative_window() {
        let ev = &events(&calendar(&[notice()]))[2];
        assert_eq!(prop(ev, "STATUS"), Some("TENTATIVE"));
        assert_eq!(prop(ev, "X-MAINTNOTE-STATUS"), Some("TENTATIVE"));
        // a software delivery slows the terminals down; it does not stop the system
        assert_eq!(prop(ev, "X-MAINTNOTE-IMPACT"), Some("DEGRADED"));
        assert_eq!(prop(ev, "SUMMARY"), Some("オンライン資格確認等システム アプリケーション配信（予定）"));
    }

    #[test]
    fn cancelled_all_day_window() {
        let ev = &events(&calendar(&[notice()]))[3];
        assert_eq!(prop(ev, "STATUS"), Some("CANCELLED"));
        assert_eq!(prop(ev, "X-MAINTNOTE-STATUS"), Some("CANCELLED"));
        assert_eq!(prop(ev, "TRANSP"), Some("TRANSPARENT"));
        assert_eq!(prop(ev, "SUMMARY"), Some("【中止】[東京都] オンライン資格確認等システム 通信断"));
        // exclusive end: the 15th and the 16th
        assert_eq!(full(ev, "DTSTART"), Some("DTSTART;VALUE=DATE:20250215"));
        assert_eq!(full(ev, "DTEND"), Some("DTEND;VALUE=DATE:20250217"));
        assert_eq!(prop(ev, "LOCATION"), Some("東京都"));
        let d = unescape(prop(ev, "DESCRIPTION").unwrap());
        assert!(d.contains("日時: 2025-02-15 ～ 2025-02-16（終日）"), "{d}");
        assert!(d.contains("状態: 中止"), "{d}");
    }

    #[test]
    fn all_day_with_time_stays_timed() {
        let mut n = notice();
        let mut o = outage("2025-04-01T09:00:00+09:00", Some("2025-04-02T00:00:00+09:00"));
        o.all_day = true;
        n.outages = vec![o];
        let ev = &events(&calendar(&[n]))[0];
        assert_eq!(full(ev, "DTSTART"), Some("DTSTART;TZID=Asia/Tokyo:20250401T090000"));
        assert_eq!(full(ev, "DTEND"), Some("DTEND;TZID=Asia/Tokyo:20250402T000000"));
    }

    #[test]
    fn end_not_after_start_is_dropped() {
        let mut n = notice();
        n.outages = vec![outage("2025-04-01T09:00:00+09:00", Some("2025-04-01T09:00:00+09:00"))];
        let ev = &events(&calendar(&[n]))[0];
        assert_eq!(prop(ev, "DTEND"), None);
        assert_eq!(prop(ev, "DURATION"), Some("PT1H"));
        assert_eq!(prop(ev, "X-TSUCHI-OPEN-END"), None);
        assert!(unescape(prop(ev, "DESCRIPTION").unwrap()).contains("終了を省略"));
    }

    #[test]
    fn folding_long_japanese_text() {
        let ics = calendar(&[notice()]);
        for l in ics.as_bytes().split(|&b| b == b'\n') {
            let l = l.strip_suffix(b"\r").unwrap_or(l);
            assert!(l.len() <= MAX_LINE, "{} octets: {}", l.len(), String::from_utf8_lossy(l));
            assert!(std::str::from_utf8(l).is_ok());
        }
        assert!(ics.contains("\r\n "), "something is folded");
        // unfolding restores the text exactly
        let ev = &events(&ics)[0];
        let d = unescape(prop(ev, "DESCRIPTION").unwrap());
        assert!(d.contains(LONG));
    }

    fn uids(ics: &str) -> Vec<String> {
        events(ics).iter().map(|e| prop(e, "UID").unwrap().to_string()).collect()
    }

    #[test]
    fn uid_stability() {
        let a = calendar(&[notice()]);
        let b = calendar(&[notice()]);
        assert_eq!(a, b, "output is reproducible");
        let u = uids(&a);
        assert_eq!(u, uids(&b));
        let mut sorted = u.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), u.len(), "different windows, different UIDs");
        for x in &u {
            let (hex, host) = x.split_once('@').unwrap();
            assert_eq!(host, "tsuchi");
            assert!(hex.len() == 16 && hex.bytes().all(|c| c.is_ascii_hexdigit()), "{x}");
        }

        // another file, other bytes, another number, another wording: the same windows
        let mut re = notice();
        re.source.sha256 = "cd".repeat(32);
        re.source.name = "reissue.pdf".into();
        re.document.number = Some("日医発第1900号(情シ)(保険)".into());
        re.outages[0].prefectures.reverse();
        re.outages[0].description = Some("訂正版".into());
        re.outages[1].status = Status::Cancelled;
        assert_eq!(uids(&calendar(&[re])), u);

        // no number, other bytes: the UIDs do not come from the file
        let mut anon = notice();
        anon.document.number = None;
        anon.source.sha256 = "ef".repeat(32);
        assert_eq!(uids(&calendar(&[anon])), u);

        // a window is its start: a new end is the same event, a new start another
        let mut longer = notice();
        longer.outages[0].end = Some(at("2025-01-31T06:00:00+09:00"));
        assert_eq!(uids(&calendar(&[longer])), u);
        let mut later = notice();
        later.outages[0].start = at("2025-01-30T22:00:00+09:00");
        let lu = uids(&calendar(&[later]));
        assert!(!lu.contains(&u[0]));
        assert_eq!(lu[1..], u[1..]);

        // other prefectures, another event
        let mut other = notice();
        other.outages[0].prefectures.push(pref("03", "岩手県"));
        assert_ne!(uids(&calendar(&[other]))[0], u[0]);

        // another system, another event
        let mut eps = notice();
        eps.systems[0].name = "電子処方箋管理サービス".into();
        eps.document.title = Some("電子処方箋管理サービスのメンテナンスについて".into());
        assert!(uids(&calendar(&[eps])).iter().all(|x| !u.contains(x)));
    }

    #[test]
    fn the_same_notice_twice_is_one_set_of_events() {
        let once = calendar(&[notice()]);
        let mut copy = notice();
        copy.source.name = "notice.pdf".into();
        copy.source.format = SourceFormat::Pdf;
        copy.source.sha256 = "01".repeat(32);
        let twice = calendar(&[notice(), copy.clone()]);
        assert_eq!(uids(&twice), uids(&once));
        assert!(
            unescape(prop(&events(&twice)[0], "DESCRIPTION").unwrap())
                .contains("ファイル: notice.txt（同じ通知: notice.pdf）")
        );
        // whatever the order
        assert_eq!(calendar(&[copy, notice()]), twice);
    }

    #[test]
    fn two_windows_with_one_identity_get_distinct_uids() {
        let mut n = notice();
        let mut longer = n.outages[0].clone();
        longer.end = Some(at("2025-01-31T07:00:00+09:00"));
        n.outages.push(longer);
        let u = uids(&calendar(&[n]));
        assert_eq!(u.len(), 6);
        let mut s = u.clone();
        s.sort();
        s.dedup();
        assert_eq!(s.len(), 6);
        assert!(u.iter().any(|x| x.ends_with("-2@tsuchi")), "{u:?}");
    }

    #[test]
    fn dtstamp_fallback() {
        let mut n = notice();
        n.document.date = None;
        let ev = &events(&calendar(&[n]))[0];
        // no dated notice: the start of the window's day, and no LAST-MODIFIED
        assert_eq!(prop(ev, "DTSTAMP"), Some("20250129T150000Z"));
        assert_eq!(prop(ev, "LAST-MODIFIED"), None);
    }

    #[test]
    fn events_are_ordered_by_start() {
        let mut second = notice();
        second.document.number = Some("第2号".into());
        second.outages = vec![outage("2024-01-01T10:00:00+09:00", Some("2024-01-01T11:00:00+09:00"))];
        let evs = events(&calendar(&[notice(), second.clone()]));
        let starts: Vec<&str> = evs.iter().map(|e| prop(e, "DTSTART").unwrap()).collect();
        assert_eq!(
            starts,
            ["20240101T100000", "20250130T210000", "20250201", "20250210T220000", "20250215", "20250301T020000"]
        );
        assert_eq!(calendar(&[second, notice()]), calendar(&[notice(), outage_notice()]));
    }

    fn outage_notice() -> Notice {
        let mut second = notice();
        second.document.number = Some("第2号".into());
        second.outages = vec![outage("2024-01-01T10:00:00+09:00", Some("2024-01-01T11:00:00+09:00"))];
        second
    }

    #[test]
    fn summary_fallbacks() {
        let mut n = notice();
        n.systems.clear();
        let mut o = outage("2025-04-01T09:00:00+09:00", Some("2025-04-01T10:00:00+09:00"));
        o.kind = OutageKind::Outage;
        o.prefectures = (1..=5).map(|i| pref(&format!("{i:02}"), &format!("県{i}"))).collect();
        n.outages = vec![o];
        let ev = &events(&calendar(&[n]))[0];
        assert_eq!(
            prop(ev, "SUMMARY"),
            Some("[県1ほか4都道府県] オンライン資格確認等システムのメンテナンスについて 停止")
        );
        assert_eq!(prop(ev, "LOCATION"), Some("県1、県2、県3、県4、県5"));
    }

    #[test]
    fn empty_input_is_a_valid_calendar() {
        let ics = calendar(&[]);
        assert!(events(&ics).is_empty());
        let unfolded = icalendar::parser::unfold(&ics);
        let cal = icalendar::parser::read_calendar(&unfolded).unwrap();
        assert_eq!(cal.components.len(), 1);
        assert_eq!(cal.components[0].name.as_str(), "VTIMEZONE");
    }

    #[test]
    fn from_json() {
        let json = r#"{
          "schema_version": "1.0",
          "source": {"name": "x.txt", "sha256": "00", "bytes": 1, "encoding": "utf-8", "bom": false},
          "document": {"number": null, "date": "2025-12-25", "kind": null, "title": "保守作業のお知らせ",
                       "issuer": null, "recipients": [], "line": 1, "end_line": 9},
          "attachments": [], "systems": [], "contacts": [], "urls": [], "prefectures": [], "dates": [], "diagnostics": [],
          "outages": [{"start": "2026-01-31T00:00:00+09:00", "end": null, "all_day": false, "tentative": false,
                       "status": "planned", "kind": "maintenance", "areas": [], "prefectures": [],
                       "description": "1月31日以降", "mentions": [{"line": 4, "column": 1, "text": "1月31日以降"}]}]
        }"#;
        let n: Notice = serde_json::from_str(json).unwrap();
        let ev = &events(&calendar(&[n]))[0];
        assert_eq!(full(ev, "DTSTART"), Some("DTSTART;TZID=Asia/Tokyo:20260131T000000"));
        assert_eq!(prop(ev, "DURATION"), Some("PT1H"));
        assert_eq!(prop(ev, "DTSTAMP"), Some("20251224T150000Z"));
        assert_eq!(prop(ev, "SUMMARY"), Some("保守作業のお知らせ メンテナンス"));
        assert!(unescape(prop(ev, "DESCRIPTION").unwrap()).ends_with("出典: 4行目"));
    }

    /// Reads the output back with an independent parser (the `icalendar` crate).
    #[test]
    fn independent_parser_reads_it_back() {
        use icalendar::{Component as _, DatePerhapsTime};
        let n = notice();
        let ics = calendar(std::slice::from_ref(&n));

        // the raw component tree
        let unfolded = icalendar::parser::unfold(&ics);
        let cal = icalendar::parser::read_calendar(&unfolded).unwrap();
        assert_eq!(cal.properties.iter().find(|p| p.name == "VERSION").unwrap().val.as_str(), "2.0");
        let tz: Vec<_> = cal.components.iter().filter(|c| c.name == "VTIMEZONE").collect();
        assert_eq!(tz.len(), 1);
        assert_eq!(tz[0].find_prop("TZID").unwrap().val.as_str(), "Asia/Tokyo");
        let vevents: Vec<_> = cal.components.iter().filter(|c| c.name == "VEVENT").collect();
        assert_eq!(vevents.len(), n.outages.len());
        let expected = [
            ("20250130T210000", Some("Asia/Tokyo")),
            ("20250201", None),
            ("20250210T220000", Some("Asia/Tokyo")),
            ("20250215", None),
            ("20250301T020000", Some("Asia/Tokyo")),
        ];
        for (ev, (value, tzid)) in vevents.iter().zip(expected) {
            let p = ev.find_prop("DTSTART").unwrap();
            assert_eq!(p.val.as_str(), value);
            let param = |k: &str| {
                p.params.iter().find(|x| x.key == k).and_then(|x| x.val.as_ref()).map(|v| v.as_str().to_string())
            };
            assert_eq!(param("TZID").as_deref(), tzid);
            assert_eq!(param("VALUE").as_deref(), if tzid.is_none() { Some("DATE") } else { None });
        }

        // the typed model
        let parsed: icalendar::Calendar = ics.parse().unwrap();
        let evs: Vec<_> = parsed.events().collect();
        assert_eq!(evs.len(), 5);
        let show = |d: Option<DatePerhapsTime>| match d {
            Some(DatePerhapsTime::Date(d)) => d.to_string(),
            Some(DatePerhapsTime::DateTime(icalendar::CalendarDateTime::WithTimezone { date_time, tzid })) => {
                format!("{date_time} {tzid}")
            }
            other => format!("{other:?}"),
        };
        assert_eq!(show(evs[0].get_start()), "2025-01-30 21:00:00 Asia/Tokyo");
        assert_eq!(show(evs[0].get_end()), "2025-01-31 05:00:00 Asia/Tokyo");
        assert_eq!(show(evs[1].get_start()), "2025-02-01");
        assert_eq!(show(evs[1].get_end()), "2025-02-02");
        assert_eq!(show(evs[3].get_end()), "2025-02-17");
        assert_eq!(evs[3].get_status(), Some(icalendar::EventStatus::Cancelled));
        assert_eq!(evs[2].get_status(), Some(icalendar::EventStatus::Tentative));
        assert_eq!(evs[0].get_summary(), Some("[東日本エリア] オンライン資格確認等システム メンテナンス"));
        let uids: Vec<&str> = evs.iter().map(|e| e.get_uid().unwrap()).collect();
        assert!(uids.iter().all(|u| u.ends_with("@tsuchi")));
        let desc = evs[0].get_description().unwrap();
        assert!(unescape(desc).contains(LONG) || desc.contains(LONG), "{desc}");
    }
}
