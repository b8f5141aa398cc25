//! Areas: the notice's own definitions of its areas, and every prefecture it names.
//!
//! Notices name areas (`東日本エリア`, `西日本エリア`) and then define them with a
//! prefecture list (`※エリアの詳細:` then `・東日本エリア:北海道、青森県、…`). The list in
//! the notice is the truth for that notice: the same words have meant different splits in
//! different years, so there is no built-in table for 東日本/西日本. Fixed regions with a
//! settled meaning (`関東`, `九州・沖縄`, `全国`) are known through
//! [`crate::prefectures::region`].
//!
//! A definition is a unit that starts with an area name (ending in エリア, 地域, 地区,
//! ブロック or 方面) followed by `:` or `(` and then little but prefectures and separators.

use super::Context;
use crate::model::Mention;
use crate::prefectures::Prefecture;

/// One area defined by the notice.
#[derive(Debug, Clone)]
pub struct AreaDef {
    /// The area's name as written (`東日本エリア`).
    pub name: String,
    /// Its prefectures, in JIS order.
    pub prefectures: Vec<&'static Prefecture>,
    /// The document it is defined in.
    pub doc: usize,
}

/// The areas a notice defines.
///
/// Definitions are kept in file order and indexed by their name less its suffix, so a
/// lookup costs the same in a file of one notice as in a file of a thousand (a scan of
/// every definition per window made a large file quadratic).
#[derive(Debug, Clone, Default)]
pub struct AreaTable {
    /// Definitions in file order.
    defs: Vec<AreaDef>,
    /// Indices into `defs` of each stem's definitions, in file order.
    by_stem: std::collections::HashMap<String, Vec<usize>>,
}

impl AreaTable {
    /// Add a definition (after those already added).
    pub fn push(&mut self, def: AreaDef) {
        self.by_stem.entry(stem(&def.name).to_string()).or_default().push(self.defs.len());
        self.defs.push(def);
    }

    /// The definition of `name` that applies in document `doc`: the document's own, else
    /// the first one in the file.
    ///
    /// A definition written without the suffix (`東日本:北海道、青森…`) defines the area named
    /// with it (`東日本エリア`), and the other way round.
    pub fn lookup(&self, name: &str, doc: usize) -> Option<&AreaDef> {
        let found = self.by_stem.get(stem(name))?;
        let defs = found.iter().map(|&i| &self.defs[i]);
        defs.clone().find(|d| d.doc == doc).or_else(|| defs.clone().next())
    }
}

/// An area's name without its suffix (`東日本エリア` → `東日本`).
fn stem(name: &str) -> &str {
    crate::lexicon::ends_with(name, crate::lexicon::Class::AreaSuffix).map_or(name, |s| &name[..name.len() - s.len()])
}

/// The name a definition line opens with when it has no area suffix (`東日本:北海道、青森…`,
/// `西日本=富山県、…`): a short word before `:` or `=`, with no digit or separator.
fn bare_label(text: &str) -> Option<(usize, String)> {
    let at = text.find([':', '='])?;
    let label = text[..at].trim();
    let short = (1..=6).contains(&label.chars().count());
    let word = !label.contains(['、', '。', ' ', '(', ')', '・', '※']) && !label.chars().any(|c| c.is_ascii_digit());
    (short && word).then(|| (at, label.to_string()))
}

/// A prefecture named in the text.
#[derive(Debug, Clone)]
pub struct PrefectureSeen {
    /// The prefecture.
    pub prefecture: &'static Prefecture,
    /// Where.
    pub mention: Mention,
}

/// Find area definitions and prefecture mentions.
pub fn extract(ctx: Context<'_>) -> (AreaTable, Vec<PrefectureSeen>) {
    let mut table = AreaTable::default();
    let mut seen = Vec::new();
    for (ui, unit) in ctx.seg.units.iter().enumerate() {
        let text = &*unit.text;
        let notes = ctx.notes(ui);
        let hits = notes.prefectures;
        for h in hits {
            seen.push(PrefectureSeen { prefecture: h.prefecture, mention: ctx.mention(unit, h.start, h.end) });
        }
        // definition: NAME(:|=|() then a list of prefectures; a name with no suffix before `:`
        let mut names = notes.areas.to_vec();
        if names.is_empty()
            && !hits.is_empty()
            && let Some((at, label)) = bare_label(text)
        {
            names.push((0, at, label));
        }
        for (_, e, name) in names {
            let after = &text[e..];
            let sep = after.chars().next();
            if !matches!(sep, Some(':') | Some('(') | Some('=')) {
                continue;
            }
            let body_start = e + sep.map(char::len_utf8).unwrap_or(0);
            // `西日本エリア:上記以外の府県`: the prefectures no other area of the document has
            if crate::lexicon::starts_with(&text[body_start..], crate::lexicon::Class::Complement).is_some() {
                let prefs = complement(&table, unit.doc);
                if !prefs.is_empty() {
                    table.push(AreaDef { name, prefectures: prefs, doc: unit.doc });
                }
                continue;
            }
            if hits.is_empty() {
                continue;
            }
            let body_end = text[body_start..].find(['。', ')']).map(|p| body_start + p).unwrap_or(text.len());
            let in_body: Vec<_> = hits.iter().filter(|h| h.start >= body_start && h.end <= body_end).collect();
            if in_body.is_empty() {
                continue;
            }
            // the body must be little else than the prefectures and separators
            let covered: usize = in_body.iter().map(|h| h.end - h.start).sum();
            let residue: usize = text[body_start..body_end]
                .chars()
                .filter(|c| !matches!(c, '、' | '・' | ',' | ' ' | '及' | 'び' | 'と'))
                .map(char::len_utf8)
                .sum::<usize>()
                .saturating_sub(covered);
            if residue > covered / 3 {
                continue;
            }
            let mut prefs: Vec<&'static Prefecture> = in_body.iter().map(|h| h.prefecture).collect();
            prefs.sort_by_key(|p| p.code);
            prefs.dedup();
            table.push(AreaDef { name, prefectures: prefs, doc: unit.doc });
        }
    }
    seen.shrink_to_fit();
    (table, seen)
}

/// The prefectures that no area defined so far in document `doc` holds (empty when none is).
fn complement(table: &AreaTable, doc: usize) -> Vec<&'static Prefecture> {
    let taken: Vec<u8> =
        table.defs.iter().filter(|d| d.doc == doc).flat_map(|d| d.prefectures.iter().map(|p| p.code)).collect();
    if taken.is_empty() {
        return Vec::new();
    }
    (1..=47).filter(|c| !taken.contains(c)).filter_map(crate::prefectures::by_code).collect()
}

#[cfg(test)]
mod tests {
    use crate::prefectures::area_names;

    #[test]
    fn names() {
        let t = "東日本エリア:令和7年2月1日(土)";
        assert_eq!(area_names(t), vec![(0, "東日本エリア".len(), "東日本エリア".to_string())]);
        assert!(area_names("※エリアの詳細:").is_empty());
        let t = "西日本エリアでは、1(1)・(2)における東日本エリアの通信断中";
        let n: Vec<_> = area_names(t).into_iter().map(|x| x.2).collect();
        assert_eq!(n, vec!["西日本エリア", "東日本エリア"]);
    }
}
