//! Extraction: facts read from the segmented text, each with its evidence.
//!
//! One extractor per file, like a linter's one-rule-per-file layout:
//!
//! | file | finds |
//! |---|---|
//! | [`metadata`] | document number, date, kind, title, issuer, recipients |
//! | [`areas`] | area definitions (`東日本エリア:北海道、…`) and prefectures named |
//! | [`windows`] | outage windows, their status, kind, areas |
//! | [`contacts`] | phone and fax numbers, opening hours |
//! | [`urls`] | links, KB article ids, placeholders for missing links |
//! | [`systems`] | the national systems a notice is about |
//! | [`dates`] | every date and time expression |
//! | [`references`] | earlier notices a document refers to (`…付け…号にてお知らせした`) |
//!
//! Extractors read the segmented units and return values whose positions are already
//! mapped to the original text ([`Mention`]). They leave to the resolver what needs the
//! whole notice: a year-less date's year, merging a window stated twice, ordering.

pub mod areas;
pub mod contacts;
pub mod dates;
pub mod metadata;
pub mod references;
pub mod systems;
pub mod urls;
pub mod windows;

use crate::annotate::{Annotations, UnitNotes};
use crate::model::{Diagnostic, Mention};
use crate::normalize::{Normalized, Position};
use crate::segment::{Segmented, Unit};

/// What the extractors see: the normalised text, its segmentation, and what each unit was
/// found to hold (read once, by [`crate::annotate`]).
#[derive(Clone, Copy)]
pub struct Context<'a> {
    /// The normalised text, with its map to the original.
    pub norm: &'a Normalized,
    /// Documents and units.
    pub seg: &'a Segmented<'a>,
    /// The notes of every unit.
    pub notes: &'a Annotations,
}

impl<'a> Context<'a> {
    /// The notes of unit `ui` (empty notes for an index past the end).
    pub fn notes(&self, ui: usize) -> UnitNotes<'a> {
        self.notes.get(ui)
    }

    /// The evidence for `start..end` of a unit's text.
    pub fn mention(&self, unit: &Unit, start: usize, end: usize) -> Mention {
        let (s, e) = unit.span_to_norm(start, end);
        let pos = self.norm.locate(s);
        Mention {
            line: pos.line,
            column: pos.column,
            text: self.norm.original_text(s, e),
            page: pos.page,
            part: self.part_id(&pos),
        }
    }

    /// The e-mail part a position is in, by its identifier (`"2.1"`).
    pub fn part_id(&self, pos: &Position) -> Option<String> {
        pos.part.and_then(|i| self.norm.part_id(i)).map(str::to_string)
    }

    /// The source position of an offset in a unit's text.
    pub fn position(&self, unit: &Unit, offset: usize) -> Position {
        self.norm.locate(unit.to_norm(offset))
    }

    /// A diagnostic pointing at `start..end` of a unit's text.
    pub fn diagnostic(
        &self,
        unit: &Unit,
        start: usize,
        end: usize,
        rule: &crate::rules::Rule,
        message: String,
    ) -> Diagnostic {
        let m = self.mention(unit, start, end);
        Diagnostic::at(&m, rule, message)
    }
}

/// Everything the extract stage found, before resolution.
#[derive(Debug, Clone)]
pub struct Extraction {
    /// Metadata of each document, in file order.
    pub documents: Vec<metadata::DocumentMeta>,
    /// Window statements, not yet dated.
    pub windows: Vec<windows::WindowSpec>,
    /// Prefectures named anywhere.
    pub prefectures: Vec<areas::PrefectureSeen>,
    /// Contacts.
    pub contacts: Vec<crate::model::Contact>,
    /// Links.
    pub urls: Vec<crate::model::Url>,
    /// Systems.
    pub systems: Vec<crate::model::System>,
    /// Date expressions, not yet given their year.
    pub dates: Vec<dates::RawDate>,
    /// References to earlier notices, by referring document.
    pub references: Vec<references::Found>,
    /// Findings made while extracting.
    pub diagnostics: Vec<Diagnostic>,
}

/// Run every extractor. `site` is the site that published a web page: the outermost
/// document's issuer when its text names none, read before the windows are (a network's own
/// site places its windows in the network's prefecture, see [`windows`]).
pub fn extract(ctx: Context<'_>, site: Option<&str>) -> Extraction {
    let mut diagnostics = Vec::new();
    let mut documents = metadata::extract(ctx);
    if let Some(first) = documents.first_mut().filter(|d| d.issuer.is_none()) {
        first.issuer = site.map(str::to_string);
    }
    let (areas, prefectures) = areas::extract(ctx);
    let windows = windows::extract(ctx, &areas, &documents, &mut diagnostics);
    let contacts = contacts::extract(ctx);
    let urls = urls::extract(ctx, &mut diagnostics);
    let systems = systems::extract(ctx);
    let dates = dates::extract(ctx, &mut diagnostics);
    let references = references::extract(ctx, &documents);
    Extraction { documents, windows, prefectures, contacts, urls, systems, dates, references, diagnostics }
}
