//! Systems: the national systems a notice is about.
//!
//! A fixed vocabulary of the systems these circulars concern, each with the spellings
//! seen in the wild (`オンライン資格確認システム` for `オンライン資格確認等システム`). Matching
//! is on normalised text; the longest spelling at a position wins, so `電子処方箋管理サービス`
//! is not also counted as a bare `電子処方箋`.

use super::Context;
use crate::model::System;

/// Canonical name and spellings, longest first within each entry.
const SYSTEMS: [(&str, &[&str]); 12] = [
    ("オンライン資格確認等システム", &["オンライン資格確認等システム", "オンライン資格確認システム", "オン資システム"]),
    ("電子処方箋管理サービス", &["電子処方箋管理サービス", "電子処方箋システム"]),
    (
        "レセプトオンライン請求システム",
        &["レセプトオンライン請求システム", "オンライン請求システム", "レセプトオンライン請求", "オンライン請求"],
    ),
    ("マイナポータル", &["マイナポータル"]),
    ("電子カルテ情報共有サービス", &["電子カルテ情報共有サービス"]),
    ("医療機関等向け総合ポータルサイト", &["医療機関等向け総合ポータルサイト", "医療機関等向けポータルサイト"]),
    ("顔認証付きカードリーダー", &["顔認証付きカードリーダー"]),
    ("資格確認端末", &["オンライン資格確認端末", "資格確認端末"]),
    ("医療情報化支援基金", &["医療情報化支援基金"]),
    ("全国医療情報プラットフォーム", &["全国医療情報プラットフォーム"]),
    ("Gビズ ID", &["GビズID", "Gビズ ID", "gBizID"]),
    ("医療DXポータル", &["医療DXポータル"]),
];

/// Find the systems named, in order of first mention.
pub fn extract(ctx: Context<'_>) -> Vec<System> {
    let mut out: Vec<System> = Vec::new();
    for unit in &ctx.seg.units {
        let text = unit.text.as_str();
        let mut pos = 0;
        while pos < text.len() {
            let rest = &text[pos..];
            let found = SYSTEMS.iter().find_map(|(name, spellings)| {
                spellings.iter().find(|s| rest.starts_with(**s)).map(|s| (*name, s.len()))
            });
            match found {
                Some((name, len)) => {
                    let m = ctx.mention(unit, pos, pos + len);
                    match out.iter_mut().find(|s| s.name == name) {
                        Some(s) => s.mentions.push(m),
                        None => out.push(System { name: name.to_string(), mentions: vec![m] }),
                    }
                    pos += len;
                }
                None => pos += rest.chars().next().map(char::len_utf8).unwrap_or(1),
            }
        }
    }
    out
}
