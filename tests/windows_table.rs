//! What is and is not an outage window: one short notice per row, named, with the windows
//! expected from it as `start..end status prefectures`.

const HEAD: &str = "事務連絡\n令和7年4月25日\n\n各都道府県医師会 御中\n\n厚生労働省保険局医療介護連携政策課\n\n";

struct Row {
    name: &'static str,
    body: &'static str,
    want: &'static [&'static str],
}

const ROWS: &[Row] = &[
    Row {
        name: "datetime range under a lead-in",
        body: "下記の日時にシステムを停止します。\n\n・令和7年5月10日（土）21:00～23:00（予定）\n",
        want: &["2025-05-10T21:00..2025-05-10T23:00 planned -"],
    },
    Row {
        name: "across midnight without a second date",
        body: "メンテナンスを行います。\n\n令和7年5月10日（土）22:00～翌5:00\n",
        want: &["2025-05-10T22:00..2025-05-11T05:00 planned -"],
    },
    Row {
        name: "24:00 is the next day's midnight",
        body: "システムを停止します。\n\n5月10日（土）20:00～24:00\n",
        want: &["2025-05-10T20:00..2025-05-11T00:00 planned -"],
    },
    Row {
        name: "year-less date after the notice date",
        body: "システムを停止します。\n\n・5月10日（土）21時～23時\n",
        want: &["2025-05-10T21:00..2025-05-10T23:00 planned -"],
    },
    Row {
        name: "call-centre hours are not windows",
        body: "お問い合わせ先 0120-000-111\n受付時間 平日9:00～17:00（土日祝日を除く）\n",
        want: &[],
    },
    Row {
        name: "a deadline is not a window",
        body: "令和7年5月31日（土）までに端末の再起動を行ってください。システムの停止はありません。\n",
        want: &[],
    },
    Row {
        name: "a webinar is not a window",
        body: "メンテナンスについての説明会を開催します。\n\n日時：令和7年5月20日（火）14:00～15:00（Zoomウェビナー）\n",
        want: &[],
    },
    Row {
        name: "open end: 以降, 終日",
        body: "配信を行います。\n\n5月10日（土）以降、終日配信されます。\n",
        want: &["2025-05-10T00:00..- planned -"],
    },
    Row {
        name: "whole day",
        body: "システムを停止します。\n\n令和7年5月10日（土）終日\n",
        want: &["2025-05-10T00:00..2025-05-11T00:00 planned -"],
    },
    Row {
        name: "recurring with an exclusion",
        body: "アプリケーションの配信を行います。\n\n5月12日（月）～15日（木）（ただし14日（水）を除く）\n\n各日20時～翌日5時に配信します。\n",
        want: &[
            "2025-05-12T20:00..2025-05-13T05:00 planned -",
            "2025-05-13T20:00..2025-05-14T05:00 planned -",
            "2025-05-15T20:00..2025-05-16T05:00 planned -",
        ],
    },
    Row {
        name: "postponed: the old window is cancelled, the new one rescheduled",
        body: "5月10日（土）22時～翌日2時に予定していたメンテナンスは、5月17日（土）22時～翌日2時に延期となりました。\n",
        want: &["2025-05-10T22:00..2025-05-11T02:00 cancelled -", "2025-05-17T22:00..2025-05-18T02:00 rescheduled -"],
    },
    Row {
        name: "cancelled",
        body: "令和7年5月10日（土）22:00～23:00に予定していたメンテナンスは中止となりました。\n",
        want: &["2025-05-10T22:00..2025-05-10T23:00 cancelled -"],
    },
    Row {
        name: "incident with recovery",
        body: "5月8日（木）10時頃から、システムに接続できない障害が発生しておりましたが、同日11時30分に復旧しました。\n",
        want: &["2025-05-08T10:00..2025-05-08T11:30 incident -"],
    },
    Row {
        name: "incident still open",
        body: "本日（5月8日（木））9時頃から、通信障害が発生しております。復旧の見込みは追ってお知らせします。\n",
        want: &["2025-05-08T09:00..- incident -"],
    },
    Row {
        name: "area defined by the notice",
        body: "通信断が生じます。\n\n東エリア：令和7年5月10日（土）22:00～23:00\n\n※エリアの詳細：\n東エリア：北海道、青森県\n",
        want: &["2025-05-10T22:00..2025-05-10T23:00 planned 01,02"],
    },
    Row {
        name: "prefectures without suffix in the statement",
        body: "東京、大阪の医療機関において、令和7年5月10日（土）22:00～23:00にシステムを停止します。\n",
        want: &["2025-05-10T22:00..2025-05-10T23:00 planned 13,27"],
    },
    Row {
        name: "nationwide",
        body: "全国の医療機関において、令和7年5月10日（土）22:00～23:00にシステムを停止します。\n",
        want: &["2025-05-10T22:00..2025-05-10T23:00 planned -"],
    },
    Row {
        name: "a reference to an earlier notice is not a window",
        body: "令和7年4月1日付け事務連絡でお知らせしたメンテナンスの詳細です。システムの停止はありません。\n",
        want: &[],
    },
    Row {
        name: "kanji numerals and 午後",
        body: "システムを停止します。\n\n令和七年五月十日（土）午後十時～午後十一時\n",
        want: &["2025-05-10T22:00..2025-05-10T23:00 planned -"],
    },
    Row {
        name: "a time shared by the listed dates",
        body: "【メンテナンス日程】（各日 午前1時～午前5時）\n\n- ・5月11日（日）\n- ・5月18日（日）\n",
        want: &["2025-05-11T01:00..2025-05-11T05:00 planned -", "2025-05-18T01:00..2025-05-18T05:00 planned -"],
    },
    Row {
        name: "a list of dates sharing the last one's time range",
        body: "システムを停止します。\n\n・5月10日（土）・5月11日（日）の22:00～翌5:00\n",
        want: &["2025-05-10T22:00..2025-05-11T05:00 planned -", "2025-05-11T22:00..2025-05-12T05:00 planned -"],
    },
    Row {
        name: "time first, date in brackets",
        body: "システムを停止します。\n\n・22時～翌朝6時（5月10日（土））\n",
        want: &["2025-05-10T22:00..2025-05-11T06:00 planned -"],
    },
    Row {
        name: "a start and a duration",
        body: "5月10日（土）22時から約8時間、システムを停止します。\n",
        want: &["2025-05-10T22:00..2025-05-11T06:00 planned -"],
    },
    Row {
        name: "service resuming is not a window",
        body: "メンテナンスのため停止していたシステムは、5月11日（日）5時以降は通常どおりご利用いただけます。\n",
        want: &[],
    },
    Row {
        name: "a fixed region as the label",
        body: "システムを停止します。\n\n・関東：5月10日（土）22時～翌6時\n",
        want: &["2025-05-10T22:00..2025-05-11T06:00 planned 08,09,10,11,12,13,14"],
    },
    Row {
        name: "a window marked done",
        body: "メンテナンスの実施状況は以下のとおりです。\n\n・第1回：令和7年5月10日（土）22:00～23:00（実施済み）\n",
        want: &["2025-05-10T22:00..2025-05-10T23:00 completed -"],
    },
];

fn render(o: &tsuchi::model::Outage) -> String {
    let end = o.end.map_or("-".to_string(), |e| e.to_rfc3339()[..16].to_string());
    let prefs = if o.prefectures.is_empty() {
        "-".to_string()
    } else {
        o.prefectures.iter().map(|p| p.code.as_str()).collect::<Vec<_>>().join(",")
    };
    format!("{}..{} {} {}", &o.start.to_rfc3339()[..16], end, o.status.as_str(), prefs)
}

#[test]
fn windows_table() {
    let mut failures = Vec::new();
    for row in ROWS {
        let text = format!("{HEAD}{}", row.body);
        let notice = tsuchi::extract_str(row.name, &text).expect("extracts");
        let got: Vec<String> = notice.outages.iter().map(render).collect();
        let want: Vec<String> = row.want.iter().map(|s| s.to_string()).collect();
        if got != want {
            failures.push(format!("{}:\n  want {want:?}\n  got  {got:?}", row.name));
        }
    }
    assert!(failures.is_empty(), "{} of {} rows failed:\n{}", failures.len(), ROWS.len(), failures.join("\n"));
}
