//! Where a window applies: its area and prefectures.
//!
//! In order: the area named before the window in its own statement (`東日本エリア:…`), or its
//! heading's; a fixed region used as the statement's label (`関東:…`); the prefectures the
//! statement names, or a `対象:` line right under it; the prefectures of the municipalities it names
//! ([`crate::municipalities`]: `仙台市` is 宮城県); the issuing association's own prefecture for
//! `県内`, `本県` or a municipality of several prefectures (and `都内`, `道内` for whoever writes them);
//! the heading's prefectures; a document-wide target section. `全国` in the statement, on its
//! `対象:` line or as the document's target means the window is not limited to an area.

use super::super::Context;
use super::super::areas::AreaTable;
use super::super::metadata::DocumentMeta;
use super::WindowSpec;
use crate::annotate::UnitNotes;
use crate::datetime::Expression;
use crate::lexicon::{self, Class};
use crate::model::Diagnostic;
use crate::prefectures::{Prefecture, PrefectureHit, find_prefectures, region};
use crate::segment::Unit;

/// What a statement says about places.
pub struct Places {
    nationwide: bool,
    /// The prefectures the statement names.
    pub prefectures: Vec<&'static Prefecture>,
    /// The prefectures of a `対象:` line right under the statement.
    below: Vec<&'static Prefecture>,
    /// The word classes of that line (`対象:県内全域`: the issuer's prefecture).
    below_classes: crate::lexicon::Classes,
    /// The area names of that line (`影響範囲:東北エリア`).
    below_areas: Vec<String>,
    /// Whether every prefecture of that line is named inside one of its area names
    /// (`対象:北海道・東北エリア、関東エリア`).
    below_in_areas: bool,
}

/// The prefectures of hits, sorted and without repeats.
pub fn sorted(hits: &[PrefectureHit]) -> Vec<&'static Prefecture> {
    let mut p: Vec<&'static Prefecture> = hits.iter().map(|h| h.prefecture).collect();
    p.sort_by_key(|p| p.code);
    p.dedup();
    p
}

/// Whether a line is little else than places (`福島県内の次の市町:福島市、伊達市、桑折町`): the
/// prefectures and municipalities it names cover at least half of what is not a separator,
/// and it names no area.
fn mostly_places(text: &str, notes: UnitNotes<'_>) -> bool {
    // an area's definition or the next section's head (`(2)関東エリア(茨城県…)`) is no place line
    if notes.prefectures.is_empty() || !notes.areas.is_empty() || text.starts_with(['※', '(']) {
        return false;
    }
    let covered: usize = notes.prefectures.iter().map(|p| p.end - p.start).sum();
    let rest: usize = text
        .chars()
        .filter(|c| !matches!(c, '、' | '・' | ',' | ' ' | '(' | ')' | '。'))
        .map(char::len_utf8)
        .sum::<usize>()
        .saturating_sub(covered);
    covered >= rest
}

/// The target label a line opens with, after a bullet or a list number (`2. 対象 和歌山県内の…`),
/// and the text after it.
fn target_label(text: &str) -> Option<&str> {
    let text =
        text.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, ' ' | '・' | '-' | '|' | '.' | '(' | ')'));
    lexicon::starts_with(text, Class::TargetLabel).map(|w| &text[w.len()..])
}

pub(super) fn starts_with_target_label(text: &str) -> bool {
    target_label(text).is_some()
}

impl Places {
    /// Read the places of unit `ui` and of the `対象:` line under it (or under its labelled
    /// end line: `発生日時:` / `復旧日時:` / `影響範囲:`, or the `影響地域:` line that heads a
    /// `発生日時:` line).
    pub fn of(ctx: Context<'_>, ui: usize) -> Places {
        let notes = ctx.notes(ui);
        let doc = ctx.seg.units.get(ui).map(|u| u.doc);
        let is_end_line = |k: usize| {
            ctx.seg.units.get(k).is_some_and(|n| {
                Some(n.doc) == doc
                    && lexicon::starts_with(super::shapes::labelled::label_text(&n.text), Class::EndLabel).is_some()
            })
        };
        let place_line = |k: usize| {
            ctx.seg.units.get(k).is_some_and(|n| {
                let place_line = starts_with_target_label(&n.text) || mostly_places(&n.text, ctx.notes(k));
                Some(n.doc) == doc && place_line && ctx.notes(k).exprs.is_empty()
            })
        };
        let k = if is_end_line(ui + 1) { ui + 2 } else { ui + 1 };
        // an incident group's `影響地域:` line may head it, over its `発生日時:` line
        let starts_group = ctx.seg.units.get(ui).is_some_and(|u| {
            lexicon::starts_with(super::shapes::labelled::label_text(&u.text), Class::StartLabel).is_some()
        });
        let k = if !place_line(k) && starts_group && ui > 0 && place_line(ui - 1) { ui - 1 } else { k };
        let below = place_line(k).then(|| ctx.notes(k));
        let below_nationwide = below.is_some_and(|n| n.classes.has(Class::Nationwide) && n.prefectures.is_empty());
        // a note under the area that adds places (`※第2回は、…佐賀県鳥栖市…も対象となります`)
        let also = below.and_then(|_| ctx.seg.units.get(k + 1).map(|n| (n, ctx.notes(k + 1)))).filter(|(n, nn)| {
            Some(n.doc) == doc && nn.exprs.is_empty() && nn.classes.has(Class::AlsoTarget) && !nn.prefectures.is_empty()
        });
        let mut below_prefs = below.map(|n| sorted(n.prefectures)).unwrap_or_default();
        if let Some((_, nn)) = also {
            below_prefs.extend(sorted(nn.prefectures));
            below_prefs.sort_by_key(|p| p.code);
            below_prefs.dedup();
        }
        Places {
            nationwide: notes.classes.has(Class::Nationwide) || below_nationwide,
            prefectures: sorted(notes.prefectures),
            below: below_prefs,
            below_classes: below.map(|n| n.classes).unwrap_or_default(),
            below_areas: below.map(|n| n.areas.iter().map(|(_, _, name)| name.clone()).collect()).unwrap_or_default(),
            below_in_areas: below.is_some_and(|n| {
                let inside = |p: &PrefectureHit| n.areas.iter().any(|(s, e, _)| *s <= p.start && p.end <= *e);
                !n.areas.is_empty() && n.prefectures.iter().all(inside)
            }),
        }
    }
}

/// What placing a window needs, fixed for one unit.
pub struct Placer<'a> {
    /// The extraction context.
    pub ctx: Context<'a>,
    /// The statement's unit, and its index.
    pub unit: &'a Unit<'a>,
    /// The index of the unit.
    pub ui: usize,
    /// Its notes.
    pub notes: UnitNotes<'a>,
    /// Its places.
    pub places: &'a Places,
    /// The notice's area definitions.
    pub areas: &'a AreaTable,
    /// The document's target prefectures (empty: the whole country).
    pub target: Option<&'a Vec<&'static Prefecture>>,
    /// The issuing association's prefecture.
    pub home: Option<&'static Prefecture>,
    /// Whether the issuer is a body whose own systems serve that prefecture alone (a 国保連).
    pub home_body: bool,
    /// The classes of the words of the document's title.
    pub title: crate::lexicon::Classes,
}

impl Placer<'_> {
    fn heading(&self) -> Option<UnitNotes<'_>> {
        self.unit.heading.map(|h| self.ctx.notes(h))
    }

    /// Whether the statement, the sentence leading into it, its heading or the title speaks
    /// of a system the association runs for its members (`会員専用ポータル…を停止`), and none
    /// of them names a national system (`会員専用ページでもお知らせしている、電子処方箋管理
    /// サービスの停止`).
    fn own_system(&self) -> bool {
        let leads = super::statement::lead_units(self.ctx, self.ui, self.unit);
        let mut classes: Vec<crate::lexicon::Classes> = vec![self.notes.classes, self.title];
        classes.extend(leads.iter().map(|&l| self.ctx.notes(l).classes));
        classes.extend(self.heading().map(|h| h.classes));
        classes.iter().any(|c| c.has(Class::OwnSystem)) && !classes.iter().any(|c| c.has(Class::System))
    }

    /// Fill in areas and prefectures for a window stated at `e`.
    pub fn place(&self, e: &Expression, w: &mut WindowSpec, diags: &mut Vec<Diagnostic>) {
        if self.places.nationwide {
            return;
        }
        if self.by_area(e, w, diags) {
            return;
        }
        let mut prefs = self.own_prefectures(e);
        if prefs.is_empty() && !self.places.below_in_areas {
            prefs = self.places.below.clone();
        }
        // an area the notice defines, named on the line under the statement (`対象:北海道・東北
        // エリア、関東エリア`: the prefecture inside the area's name is no place of its own)
        if prefs.is_empty() {
            for name in &self.places.below_areas {
                if let Some(def) = self.areas.lookup(name, self.unit.doc) {
                    w.areas.push(name.clone());
                    prefs.extend(def.prefectures.iter().copied());
                }
            }
            prefs.sort_by_key(|p| p.code);
            prefs.dedup();
        }
        if prefs.is_empty() {
            prefs = self.places.below.clone();
        }
        // a document that states it is about the whole country
        if prefs.is_empty() && self.target.is_some_and(|t| t.is_empty()) {
            return;
        }
        // the issuer's own prefecture (`県内全域`, `本県`, `都内`, in the statement or on its `対象:`
        // line), then the heading's prefectures
        if prefs.is_empty() {
            let heading = self.heading();
            prefs = home_prefecture(self.notes, self.home)
                .or_else(|| home_of(self.places.below_classes, self.home))
                .or_else(|| home_prefecture(heading?, self.home))
                .into_iter()
                .collect();
        }
        if prefs.is_empty() {
            prefs = self.heading().map(|h| sorted(h.prefectures)).unwrap_or_default();
        }
        // the title's own word for the issuer's area (`道内における…回線切替作業について`)
        if prefs.is_empty() {
            prefs = home_of(self.title, self.home).into_iter().collect();
        }
        // an area the sentence leading into the statement defines (`工事の間は、東北エリア(青森県、
        // …)の医療機関から…`)
        if prefs.is_empty() {
            let leads = super::statement::lead_units(self.ctx, self.ui, self.unit);
            let defined = leads.iter().flat_map(|&l| self.ctx.notes(l).areas).find_map(|(_, _, name)| {
                self.areas.lookup(name, self.unit.doc).map(|d| (name.clone(), d.prefectures.clone()))
            });
            if let Some((name, list)) = defined {
                w.areas.push(name);
                prefs = list;
            }
        }
        if prefs.is_empty()
            && let Some(t) = self.target
        {
            prefs = t.clone();
        }
        // a 国保連's own system serves its prefecture, said or not, and so does a system an
        // association runs for its members
        if prefs.is_empty() && (self.home_body || self.own_system()) {
            prefs = self.home.into_iter().collect();
        }
        report_unresolved(self, &prefs, diags);
        w.prefectures = prefs;
    }

    /// The prefectures the statement names for the window at `e`. A statement that names
    /// places before its first window and has several (`沖縄県を除く全国では…、沖縄県では…`)
    /// gives each window the places between the date before it and itself, when there are
    /// any; otherwise every window takes all the statement names.
    fn own_prefectures(&self, e: &Expression) -> Vec<&'static Prefecture> {
        let (exprs, hits) = (&self.notes.exprs, &self.notes.prefectures);
        let first = exprs.iter().map(|x| x.start).min().unwrap_or(0);
        if exprs.len() < 2 || !hits.iter().any(|h| h.end <= first) {
            return self.places.prefectures.clone();
        }
        let from = exprs.iter().filter(|x| x.end <= e.start).map(|x| x.end).max().unwrap_or(0);
        let between: Vec<PrefectureHit> =
            hits.iter().filter(|h| h.start >= from && h.end <= e.start).copied().collect();
        if between.is_empty() { self.places.prefectures.clone() } else { sorted(&between) }
    }

    /// Place by an area name (the statement's, before the window, or its heading's) or a
    /// fixed region as the statement's label. Returns whether an area decided.
    fn by_area(&self, e: &Expression, w: &mut WindowSpec, diags: &mut Vec<Diagnostic>) -> bool {
        let all = &self.notes.areas;
        let own: Vec<_> = all.iter().filter(|(_, end, _)| *end <= e.start).collect();
        // after the expression, only when the statement names that one area
        let after: Vec<_> = all.iter().filter(|(s, _, _)| *s >= e.end).collect();
        let single_after = match after.first() {
            Some(first) if own.is_empty() && after.iter().all(|x| x.2 == first.2) => Some(*first),
            _ => None,
        };
        if own.is_empty()
            && single_after.is_none()
            && (self.by_region_label(e, w) || self.by_table_cell(e, w) || self.by_defined_word_after(e, w))
        {
            return true;
        }
        // the heading's area gives way to the prefectures the statement or its `対象:` line names
        let named_here = !self.places.prefectures.is_empty() || !self.places.below.is_empty();
        let (name, at) = match own.last().copied().or(single_after) {
            Some((s, end, n)) => (Some(n.clone()), Some((*s, *end))),
            None if named_here => {
                // keep the heading's area name; the prefectures come from the statement
                w.areas.extend(self.heading().and_then(|h| h.areas.last()).map(|x| x.2.clone()));
                return false;
            }
            None => (self.heading().and_then(|h| h.areas.last()).map(|x| x.2.clone()), None),
        };
        let Some(name) = name else { return false };
        w.areas.push(name.clone());
        if let Some(def) = self.areas.lookup(&name, self.unit.doc) {
            w.prefectures = def.prefectures.clone();
            return true;
        }
        let stem = crate::lexicon::ends_with(&name, crate::lexicon::Class::AreaSuffix)
            .map_or(name.as_str(), |s| &name[..name.len() - s.len()]);
        match region(stem) {
            Some(list) if list.len() < 47 => w.prefectures = list,
            Some(_) => {}
            // an area inside a place the statement names (`神奈川県横浜市港北区(新横浜地区)では`)
            None if !self.places.prefectures.is_empty() => w.prefectures = self.places.prefectures.clone(),
            None => {
                let (s, end) = at.unwrap_or((e.start, e.end));
                let message = format!(
                    "area 「{name}」 is not defined by a prefecture list in this notice and has no fixed meaning"
                );
                diags.push(self.ctx.diagnostic(self.unit, s, end, &crate::rules::UNDEFINED_AREA, message));
            }
        }
        true
    }

    /// A table row's cell that names an area (`| 第1回 | 北海道・東北 | 令和8年2月21日(土)23:00~…
    /// |`, or after the window: `| 11月7日(土) | 1:00~5:00 | 東日本 | 予定どおり |`): the
    /// notice's own definition of it (a line `北海道・東北:北海道、青森県…`), else the fixed
    /// region. The cells before the window are read first.
    fn by_table_cell(&self, e: &Expression, w: &mut WindowSpec) -> bool {
        if self.unit.kind != crate::segment::UnitKind::TableRow {
            return false;
        }
        let text = &*self.unit.text;
        let cells = text[..e.start].split('|').chain(text[e.end.min(text.len())..].split('|'));
        for cell in cells.map(str::trim).filter(|c| !c.is_empty()) {
            // a single prefecture's name is a place, read as such; an area names several
            let prefs = self.defined_label(cell).or_else(|| region(cell).filter(|l| l.len() < 47 && l.len() > 1));
            if let Some(prefs) = prefs {
                w.areas.push(cell.to_string());
                w.prefectures = prefs;
                return true;
            }
        }
        false
    }

    /// The statement ends in a word the notice defines as an area (`(1)12月5日(土)[21:00-24:00]
    /// 西日本`, with a line `西日本:富山、石川…` in the notice).
    fn by_defined_word_after(&self, e: &Expression, w: &mut WindowSpec) -> bool {
        let rest =
            self.unit.text[e.end.min(self.unit.text.len())..].trim_matches([' ', ']', ')', '】', '〕', '>', '〉']);
        if rest.is_empty() || rest.chars().count() > 8 {
            return false;
        }
        match self.areas.lookup(rest, self.unit.doc) {
            Some(def) if !def.prefectures.is_empty() => {
                w.areas.push(rest.to_string());
                w.prefectures = def.prefectures.clone();
                true
            }
            _ => false,
        }
    }

    /// The prefectures a line of the same document gives `label` (`北海道・東北:北海道、青森県…`).
    fn defined_label(&self, label: &str) -> Option<Vec<&'static Prefecture>> {
        let units = &self.ctx.seg.units;
        self.ctx.seg.doc_units(self.unit.doc).find_map(|k| {
            let rest = units[k].text.strip_prefix(label)?.strip_prefix(':')?;
            let prefs = sorted(self.ctx.notes(k).prefectures);
            (!rest.is_empty() && !prefs.is_empty()).then_some(prefs)
        })
    }

    /// A fixed region as the statement's label (`・関東:7月12日…`, `北海道・東北:…`).
    fn by_region_label(&self, e: &Expression, w: &mut WindowSpec) -> bool {
        let text = &*self.unit.text;
        let Some(colon) = text.find(':').filter(|&c| c <= e.start) else { return false };
        let label = text[..colon].trim();
        match region(label).filter(|l| l.len() < 47) {
            Some(list) => {
                w.areas.push(label.to_string());
                w.prefectures = list;
                true
            }
            None => false,
        }
    }
}

/// The issuing body's prefecture (`沖縄県医師会`, `岡山県保健医療部長`, a city's association
/// `札幌市医師会`, a network named by its prefecture's reading `ふくいケアリンク運用センター`),
/// for `県内` and `本県`: the document's own issuer, else the outermost document's.
pub fn issuer_prefecture(docs: &[DocumentMeta], doc: usize) -> Option<&'static Prefecture> {
    docs.get(doc).into_iter().chain(docs.first()).filter_map(|d| d.issuer.as_deref()).find_map(|i| {
        find_prefectures(i)
            .first()
            .map(|h| h.prefecture)
            .or_else(|| crate::municipalities::issuer_prefecture(i))
            .or_else(|| crate::prefectures::named_by_reading(i))
    })
}

/// Whether the document's issuer (else the outermost document's) is a body whose own systems
/// serve its prefecture alone (`沖縄県国民健康保険団体連合会`).
pub fn issuer_is_prefectural_body(docs: &[DocumentMeta], doc: usize) -> bool {
    let issuer = docs.get(doc).and_then(|d| d.issuer.as_deref()).or_else(|| docs.first()?.issuer.as_deref());
    issuer.is_some_and(|i| lexicon::contains(i, Class::PrefecturalBody))
}

/// The prefecture a statement means by `県内`, `本県`, `都内`, `道内`, `府内`: Tokyo and
/// Hokkaido by the word itself, otherwise the prefecture of the issuing association; and
/// for a municipality whose name is in several prefectures (`伊達市`), the issuer's, when
/// it is one of them.
pub fn home_prefecture(notes: UnitNotes<'_>, home: Option<&'static Prefecture>) -> Option<&'static Prefecture> {
    let ambiguous_at_home =
        notes.municipalities.iter().any(|m| m.prefecture.is_none() && home.is_some_and(|h| m.candidates.contains(&h)));
    home_of(notes.classes, home).or(if ambiguous_at_home { home } else { None })
}

/// The prefecture that words of `c` mean by `都内`, `道内` or `県内`.
fn home_of(c: crate::lexicon::Classes, home: Option<&'static Prefecture>) -> Option<&'static Prefecture> {
    if c.has(Class::HomeTokyo) && !c.has(Class::AllPrefectures) {
        return crate::prefectures::by_code(13);
    }
    if c.has(Class::HomeHokkaido) {
        return crate::prefectures::by_code(1);
    }
    if c.has(Class::Home) { home } else { None }
}

/// The municipalities of a statement that no prefecture settles (`伊達市` alone), reported.
fn report_unresolved(placer: &Placer<'_>, prefs: &[&'static Prefecture], diags: &mut Vec<Diagnostic>) {
    for m in placer.notes.municipalities.iter().filter(|m| m.prefecture.is_none()) {
        if m.candidates.iter().any(|c| prefs.contains(c)) {
            continue;
        }
        let names: Vec<&str> = m.candidates.iter().map(|p| p.name).collect();
        let message = format!(
            "「{}」 is a municipality of {}; no prefecture named near it says which is meant",
            m.name,
            names.join(" and ")
        );
        diags.push(placer.ctx.diagnostic(placer.unit, m.start, m.end, &crate::rules::AMBIGUOUS_MUNICIPALITY, message));
    }
}

/// Per document, the prefectures of a section that states the affected area for the whole
/// document (`2. 対象地域` then `東京都、愛知県、大阪府…`), when there is exactly one; an
/// empty list when it says the whole country (`全国(本県に限りません。)`).
pub fn document_targets(ctx: Context<'_>, docs: &[DocumentMeta]) -> Vec<Option<Vec<&'static Prefecture>>> {
    let mut out = vec![None; ctx.seg.documents.len().max(1)];
    let mut count = vec![0usize; out.len()];
    for (ui, unit) in ctx.seg.units.iter().enumerate() {
        let notes = ctx.notes(ui);
        let Some(prefs) = target_of(ctx, unit, notes, docs) else { continue };
        if let (Some(slot), Some(n)) = (out.get_mut(unit.doc), count.get_mut(unit.doc)) {
            *n += 1;
            // several target sections must agree, or none applies
            *slot = if *n == 1 || slot.as_ref() == Some(&prefs) { Some(prefs) } else { None };
        }
    }
    // an attachment that states no target of its own is about the cover's
    let cover = out.first().cloned().flatten();
    for (d, slot) in out.iter_mut().enumerate().skip(1) {
        if slot.is_none() && count.get(d).copied().unwrap_or(0) == 0 {
            *slot = cover.clone();
        }
    }
    out
}

/// The target a unit states for its document, if it is a target section.
fn target_of(
    ctx: Context<'_>,
    unit: &Unit,
    notes: UnitNotes<'_>,
    docs: &[DocumentMeta],
) -> Option<Vec<&'static Prefecture>> {
    // `対象:…`, `対象は…`, `2. 対象 北海道内の…`
    let own = notes.classes.has(Class::Target)
        || target_label(&unit.text).is_some_and(|rest| rest.starts_with([':', 'は', ' ']));
    let heading = unit.heading.and_then(|h| ctx.seg.units.get(h).map(|u| (u, ctx.notes(h))));
    let heading_says = heading.is_some_and(|(u, n)| {
        n.classes.has(Class::Target)
            || lexicon::starts_with(
                u.text.trim_start_matches(|c: char| {
                    c.is_ascii_digit() || matches!(c, '.' | ' ' | '(' | ')' | '【' | '■' | '○')
                }),
                Class::TargetLabel,
            )
            .is_some()
    });
    if !notes.exprs.is_empty() {
        return None;
    }
    if !(own || heading_says) {
        return within_one_prefecture(unit, notes).map(|p| vec![p]);
    }
    let prefs = sorted(notes.prefectures);
    let nationwide = prefs.is_empty() && notes.classes.has(Class::Nationwide);
    if !prefs.is_empty() || nationwide {
        return Some(prefs);
    }
    home_prefecture(notes, issuer_prefecture(docs, unit.doc)).map(|p| vec![p])
}

/// A paragraph that says what stops for the places within one prefecture (`作業中は神奈川県内の
/// 医療機関・薬局からの請求データの送信…ができません`): that prefecture is the document's target.
fn within_one_prefecture(unit: &Unit, notes: UnitNotes<'_>) -> Option<&'static Prefecture> {
    let stops = notes.classes.any(&[Class::Outage, Class::KindStop, Class::KindMaintenance]);
    let [hit] = notes.prefectures else { return None };
    let within = unit.text[hit.end..].starts_with('内');
    (unit.kind == crate::segment::UnitKind::Paragraph && stops && within).then_some(hit.prefecture)
}

#[cfg(test)]
mod tests {
    use super::super::tests::windows;

    #[test]
    fn a_system_an_association_runs_for_its_members() {
        let cases: &[(&str, &[&str])] = &[
            (
                "会員専用サイトの機器更新のため、次の日時に停止いたします。\n\n・2027.3.6(土) 20:00 ~ 23:00\n\n発行:一般社団法人 高知県医師会",
                &["2027-03-06T20:00..2027-03-06T23:00 planned [39]"],
            ),
            (
                "■ 会員ページの停止\n\n下記のとおり停止します。\n・令和9年3月6日(土)20:00~23:00\n\n一般社団法人 高知県医師会",
                &["2027-03-06T20:00..2027-03-06T23:00 planned [39]"],
            ),
            // a national system, announced on the members' page too
            (
                "会員専用ページでもお知らせしている、電子処方箋管理サービスの停止です。\n・令和9年3月6日(土)20:00~23:00\n\n発行:高知県医師会",
                &["2027-03-06T20:00..2027-03-06T23:00 planned"],
            ),
            // no issuer named: no prefecture to give
            (
                "会員専用サイトを停止いたします。\n\n・2027.3.6(土) 20:00 ~ 23:00\n\n問合せ先 TEL 088-000-0000",
                &["2027-03-06T20:00..2027-03-06T23:00 planned"],
            ),
        ];
        for (body, want) in cases {
            assert_eq!(windows("令和9年2月1日", body), *want, "{body}");
        }
    }

    #[test]
    fn an_area_word_after_the_window() {
        let body = "下記の日程でシステムを停止いたします。\n\n(1)令和8年12月5日(土)[21:00-24:00] 西日本\n(2)令和8年12月12日(土)[21:00-24:00] 東日本\n\n東日本:北海道、宮城県\n西日本:大阪府、沖縄県";
        assert_eq!(
            windows("令和8年11月16日", body),
            [
                "2026-12-05T21:00..2026-12-06T00:00 planned [27,47]",
                "2026-12-12T21:00..2026-12-13T00:00 planned [01,04]"
            ]
        );
    }

    #[test]
    fn an_area_named_on_the_line_under_the_window() {
        let cases: &[(&str, &[&str])] = &[
            (
                "下記のとおり通信障害が発生しております。\n\n・発生日時:令和9年1月18日(月)8時40分頃\n・影響範囲:東北エリア\n\n東北エリア:青森県、岩手県",
                &["2027-01-18T08:40..- incident [02,03]"],
            ),
            (
                "回線工事のため、システムが停止します。\n\n停止日時:令和9年1月23日(土)22:00~翌4:00\n対象:西日本エリア\n\n西日本エリア:大阪府、福岡県",
                &["2027-01-23T22:00..2027-01-24T04:00 planned [27,40]"],
            ),
            // areas whose names hold a prefecture's; the next item's lead-in is above the list
            (
                "網設備更新のため、通信が停止します。\n\n■作業予定\n第1回:5月22日(土)23:00~5月23日(日)5:00\n対象:北海道・東北エリア、関東エリア\n第2回:5月29日(土)23:00~5月30日(日)5:00\n対象:九州エリア\n\n北海道・東北エリア:北海道、青森県\n関東エリア:茨城県、東京都\n九州エリア:福岡県、沖縄県",
                &[
                    "2027-05-22T23:00..2027-05-23T05:00 planned [01,02,08,13]",
                    "2027-05-29T23:00..2027-05-30T05:00 planned [40,47]",
                ],
            ),
            // the sentence after a list of windows places each of them
            (
                "次の日程でシステムを停止します。\n\n◇1回目1月23日(土)20時~24日(日)8時\n◇2回目2月6日(土)午後8時から翌日午前8時まで\n\n対象は富山県内の参加医療機関です(富山市、高岡市などすべての地域)。",
                &["2027-01-23T20:00..2027-01-24T08:00 planned [16]", "2027-02-06T20:00..2027-02-07T08:00 planned [16]"],
            ),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和9年1月18日", statement), *want, "{statement}");
        }
    }

    #[test]
    fn each_window_of_a_sentence_takes_the_places_before_it() {
        let cases: &[(&str, &[&str])] = &[
            (
                "システムの計画停止を行います。停止は地域により日程が異なり、沖縄県を除く全国では令和9年6月5日(土)23時から翌6日(日)5時まで、沖縄県では6月12日(土)23時から翌13日(日)5時まで実施します。",
                &[
                    "2027-06-05T23:00..2027-06-06T05:00 planned [01,02,03,04,05,06,07,08,09,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46]",
                    "2027-06-12T23:00..2027-06-13T05:00 planned [47]",
                ],
            ),
            (
                "システムを停止します。宮城県は6月5日(土)22時~24時、岩手県及び秋田県は6月6日(日)22時~24時です。",
                &[
                    "2027-06-05T22:00..2027-06-06T00:00 planned [04]",
                    "2027-06-06T22:00..2027-06-07T00:00 planned [03,05]",
                ],
            ),
            // places only before the first window: every window has them
            (
                "宮城県内でシステムを停止します。6月5日(土)22時~24時及び6月6日(日)22時~24時です。",
                &["2027-06-05T22:00..2027-06-06T00:00 planned [04]", "2027-06-06T22:00..2027-06-07T00:00 planned [04]"],
            ),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和9年5月20日", statement), *want, "{statement}");
        }
    }

    #[test]
    fn a_note_under_the_area_that_adds_places() {
        let body = "下記のとおり作業を行います。作業中は資格確認が行えなくなります。\n\n【第2回】令和8年11月28日(土)20:00~24:00\n対象:久留米市、大牟田市\n※第2回は、共同処理となるため、佐賀県鳥栖市の被保険者も対象となります。";
        assert_eq!(windows("令和8年10月23日", body), ["2026-11-28T20:00..2026-11-29T00:00 planned [40,41]"]);
    }

    #[test]
    fn a_lead_in_that_says_what_stops_within_one_prefecture() {
        let cases: &[(&str, &[&str])] = &[
            (
                "下表のとおり夜間の作業を行います。作業中は神奈川県内の医療機関からの請求データの送信ができません。\n\n| 実施日 | 開始 | 終了 |\n|---|---|---|\n| 9月5日(土) | 21:00 | 翌6日(日)2:00 |",
                &["2026-09-05T21:00..2026-09-06T02:00 planned [14]"],
            ),
            // a prefecture named otherwise (an office's address) is no target
            (
                "下表のとおり夜間の作業を行います。お問い合わせは神奈川県の事務局までお願いします。\n\n| 実施日 | 開始 | 終了 |\n|---|---|---|\n| 9月5日(土) | 21:00 | 翌6日(日)2:00 |",
                &["2026-09-05T21:00..2026-09-06T02:00 planned"],
            ),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和8年8月20日", statement), *want, "{statement}");
        }
    }

    #[test]
    fn windows_limited_to_municipalities() {
        let cases: &[(&str, &[&str])] = &[
            (
                "回線工事のため、システムが停止します。\n\n・仙台市(青葉区、宮城野区)・名取市:令和8年6月6日(土)22:00~翌4:00",
                &["2026-06-06T22:00..2026-06-07T04:00 planned [04]"],
            ),
            (
                "回線工事のため、システムが停止します。\n\n・石狩郡当別町・北広島市:令和8年6月6日(土)22:00~翌4:00",
                &["2026-06-06T22:00..2026-06-07T04:00 planned [01]"],
            ),
            (
                "回線工事のため、システムが停止します。\n\n・福島県伊達市、大和郡山市:令和8年6月6日(土)22:00~翌4:00",
                &["2026-06-06T22:00..2026-06-07T04:00 planned [07,29]"],
            ),
            (
                "札幌市医師会よりお知らせします。システムが停止します。\n\n・令和8年6月6日(土)22:00~翌4:00(全国)",
                &["2026-06-06T22:00..2026-06-07T04:00 planned"],
            ),
            (
                "回線工事のため、システムが停止します。\n\n■第1回 令和8年6月6日(土)22:00~翌4:00\n福島県内の次の市町:福島市、伊達市、桑折町、国見町",
                &["2026-06-06T22:00..2026-06-07T04:00 planned [07]"],
            ),
            (
                "保険医療機関 各位\n\n愛知県国民健康保険団体連合会\n事務局長\n\n電子請求受付システムを停止します。\n\n停止日時:令和8年6月13日(土)21時~翌14日(日)7時",
                &["2026-06-13T21:00..2026-06-14T07:00 planned [23]"],
            ),
            (
                "会員各位\n\n一般社団法人 富山県医師会\n\n本会が運営する医療連携ネットワークを停止します。\n\n停止日時:令和8年6月13日(土)21時~翌14日(日)7時",
                &["2026-06-13T21:00..2026-06-14T07:00 planned [16]"],
            ),
            (
                "会員各位\n\n一般社団法人 大阪府医師会\n\nHPKI認証局システムのメンテナンスを行う旨の連絡がありました。\n\n停止日時:令和8年6月13日(土)21時~翌14日(日)7時",
                &["2026-06-13T21:00..2026-06-14T07:00 planned"],
            ),
            (
                "会員各位\n\n愛知県医師会\n\nオンライン資格確認等システムを停止します。\n\n停止日時:令和8年6月13日(土)21時~翌14日(日)7時",
                &["2026-06-13T21:00..2026-06-14T07:00 planned"],
            ),
            (
                "会員各位\n\n一般社団法人 宮城県医師会\n\n回線工事のため、システムが停止します。\n\n第3夜 11月21日(土)21時00分~24時00分\n対象:県内全域",
                &["2026-11-21T21:00..2026-11-22T00:00 planned [04]"],
            ),
            (
                "回線工事のため、システムが停止します。\n\n1. 停止日時 令和8年6月6日(土)22:00~翌4:00\n2. 対象 和歌山県内の参加施設",
                &["2026-06-06T22:00..2026-06-07T04:00 planned [30]"],
            ),
            (
                "回線工事のため、システムが停止します。\n\n1. 停止日時 令和8年6月6日(土)22:00~翌4:00\n\n2. 対象 北海道内の医療機関・薬局(札幌市内に限りません)",
                &["2026-06-06T22:00..2026-06-07T04:00 planned [01]"],
            ),
            (
                "秋田県医師会よりお知らせします。システムが停止します。\n\n1 停止日時\n令和8年6月6日(土)22:00~翌4:00\n\n2 対象\n全国の医療機関・薬局(秋田県内に限りません)",
                &["2026-06-06T22:00..2026-06-07T04:00 planned"],
            ),
            (
                "通信断が生じます。\n\n・東日本エリア:令和8年6月6日(土)23:00~翌3:00\n・西日本エリア:令和8年6月13日(土)23:00~翌3:00\n\n※エリアの詳細\n東日本エリア:北海道、青森県、岩手県、宮城県、秋田県、山形県、福島県、茨城県、栃木県、群馬県、埼玉県、千葉県、東京都、神奈川県、新潟県、山梨県、長野県\n西日本エリア:上記以外の府県",
                &[
                    "2026-06-06T23:00..2026-06-07T03:00 planned [01,02,03,04,05,06,07,08,09,10,11,12,13,14,15,19,20]",
                    "2026-06-13T23:00..2026-06-14T03:00 planned [16,17,18,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47]",
                ],
            ),
            (
                "道内における回線切替作業について\n\n記\n\n1.第2回作業(予定)\n令和8年6月6日(土)22:00~翌4:00",
                &["2026-06-06T22:00..2026-06-07T04:00 planned [01]"],
            ),
            (
                "システムが停止します。\n\n(3)令和8年12月5日(土)0時から6時まで(新潟県から高知県までの25都府県)",
                &[
                    "2026-12-05T00:00..2026-12-05T06:00 planned [15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39]",
                ],
            ),
            (
                "システムが停止します。\n\n・令和8年6月6日(土)22:00~翌4:00 宮城県だけでなく全国の医療機関が対象です",
                &["2026-06-06T22:00..2026-06-07T04:00 planned"],
            ),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和8年6月1日", statement), *want, "{statement}");
        }
    }

    #[test]
    fn a_network_named_by_its_prefectures_reading() {
        let cases: &[(&str, &[&str])] = &[
            (
                "ふくいケアリンク運用センター\n\nシステム停止のお知らせ\n\n下記の日時にシステムを停止いたします。\n\n2027年1月30日(土)18:00~翌6:00",
                &["2027-01-30T18:00..2027-01-31T06:00 planned [18]"],
            ),
            // a national system's notice passed on by the network: the whole country
            (
                "やまがた医療ネット運用センター\n\nオンライン資格確認等システムの停止について\n\n下記の日時にオンライン資格確認等システムを停止いたします。\n\n2027年1月30日(土)18:00~翌6:00",
                &["2027-01-30T18:00..2027-01-31T06:00 planned"],
            ),
            // a reading inside a word names nothing
            (
                "株式会社いちばんシステム\n\nシステム停止のお知らせ\n\n下記の日時にシステムを停止いたします。\n\n2027年1月30日(土)18:00~翌6:00",
                &["2027-01-30T18:00..2027-01-31T06:00 planned"],
            ),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和9年1月14日", statement), *want, "{statement}");
        }
    }
}
