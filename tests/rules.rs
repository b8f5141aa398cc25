//! Every lint rule has a fixture that triggers it, and every code tsuchi reports is documented.
//!
//! `schema-invalid` has no fixture: it means tsuchi broke its own schema, which the golden and
//! property tests are there to prevent.

const HEAD: &str = "事務連絡\n令和7年4月25日\n\n各都道府県医師会 御中\n\n厚生労働省保険局医療介護連携政策課\n\n";
const CONTACT: &str = "\n問い合わせ先：コールセンター 0120-000-111\n";

/// (rule code, notice body that must trigger it)
const FIXTURES: &[(&str, &str)] = &[
    ("weekday-mismatch", "システムを停止します。\n\n・令和7年5月10日（金）22:00～23:00\n"),
    ("era-out-of-range", "システムを停止します。\n\n・平成31年5月10日（金）22:00～23:00\n"),
    ("invalid-date", "システムを停止します。\n\n・令和7年2月30日（日）22:00～23:00\n"),
    ("end-before-start", "システムを停止します。\n\n・令和7年5月10日（土）22:00～令和7年5月9日（金）5:00\n"),
    ("window-before-notice", "システムを停止します。\n\n・令和7年3月1日（土）22:00～23:00\n"),
    (
        "ambiguous-year",
        "先日の障害について報告します。\n\n4月19日（土）10時頃から障害が発生し、同日11時に復旧しました。\n",
    ),
    ("url-placeholder", "手順は下記サイトをご覧ください。\n\n【サイトのURLを記載予定】\n"),
    ("unparsed-datetime", "システムを停止します。\n\n・令和7年13月10日 22:00～23:00\n"),
    ("undefined-area", "通信断が生じます。\n\n東エリア：令和7年5月10日（土）22:00～23:00\n"),
    ("ambiguous-municipality", "システムを停止します。\n\n伊達市:令和7年5月10日（土）22:00～23:00\n"),
    (
        "conflicting-duplicate",
        "通信断が生じます。\n\n東エリア：令和7年5月10日（土）22:00～23:00\n\n※エリアの詳細：\n東エリア：北海道、青森県\n\n別紙\n\n通信断が生じます。\n\n東エリア：令和7年5月10日（土）22:00～23:00\n\n※エリアの詳細：\n東エリア：北海道、岩手県\n",
    ),
    (
        "ongoing-incident",
        "接続障害についてお知らせします。\n\n・発生日時:令和7年5月10日（土）9時10分頃\n・復旧日時:未定\n",
    ),
    ("no-contact", "システムを停止します。\n\n・令和7年5月10日（土）22:00～23:00\n"),
];

fn codes(body: &str, with_contact: bool) -> Vec<String> {
    let text = format!("{HEAD}{body}{}", if with_contact { CONTACT } else { "" });
    let notice = tsuchi::extract_str("fixture.txt", &text).expect("extracts");
    notice.diagnostics.iter().map(|d| d.code.clone()).collect()
}

#[test]
fn every_rule_fires_on_its_fixture() {
    let mut missing = Vec::new();
    for (code, body) in FIXTURES {
        let found = codes(body, *code != "no-contact");
        if !found.iter().any(|c| c == code) {
            missing.push(format!("{code}: got {found:?}"));
        }
    }
    assert!(missing.is_empty(), "rules that did not fire on their fixture:\n{}", missing.join("\n"));
}

#[test]
fn every_rule_has_a_fixture_or_a_reason() {
    for rule in tsuchi::rules::RULES {
        let covered = FIXTURES.iter().any(|(c, _)| *c == rule.code) || rule.code == "schema-invalid";
        assert!(covered, "{} has no fixture", rule.code);
    }
}

#[test]
fn every_reported_code_is_documented() {
    for (_, body) in FIXTURES {
        for code in codes(body, false) {
            assert!(tsuchi::rules::rule(&code).is_some(), "{code} is reported but not in rules::RULES");
        }
    }
}
