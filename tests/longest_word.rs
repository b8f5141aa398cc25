//! A longer lexicon word hides the words inside it: `全国` inside the system name
//! `全国医療情報プラットフォーム` is not the nationwide area word (issue 8). Before the
//! lexicon was matched leftmost-longest, prefixing a window statement with the system's
//! name turned its prefectures from 東京都 to none.

fn prefectures(text: &str) -> Vec<Vec<String>> {
    let n = tsuchi::extract_str("notice.txt", text).expect("reads");
    n.outages.iter().map(|o| o.prefectures.iter().map(|p| p.code.clone()).collect()).collect()
}

const HEAD: &str = "令和8年5月1日\n各医療機関 御中\n東京都医師会\n\nシステム停止のお知らせ\n\n";

#[test]
fn a_system_name_starting_with_zenkoku_is_not_nationwide() {
    let plain =
        format!("{HEAD}東京都内において、令和8年5月24日（日）2:00～3:00にオンライン資格確認等システムが停止します。\n");
    let prefixed = format!(
        "{HEAD}全国医療情報プラットフォームの保守作業に伴い、東京都内において、令和8年5月24日（日）2:00～3:00にオンライン資格確認等システムが停止します。\n"
    );
    assert_eq!(prefectures(&plain), vec![vec!["13".to_string()]]);
    assert_eq!(prefectures(&prefixed), vec![vec!["13".to_string()]]);
}

#[test]
fn zenkoku_alone_is_still_nationwide() {
    let text = format!(
        "{HEAD}全国の医療機関において、令和8年5月24日（日）2:00～3:00にオンライン資格確認等システムが停止します。\n"
    );
    assert_eq!(prefectures(&text), vec![Vec::<String>::new()]);
}
