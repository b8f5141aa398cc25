//! The PDF reader: the text layer, page by page, in reading order.
//!
//! Most circulars are PDF files, made by very different producers: word processors that
//! embed TrueType subsets with a ToUnicode map, older tools that name a CID font with a
//! *predefined* Japanese CMap (`UniJIS-UCS2-H`, `90ms-RKSJ-H`) and embed nothing,
//! print-to-PDF drivers with Type0 `Identity-H` fonts. The reader is compiled in, so a
//! fresh machine needs nothing installed:
//!
//! - **hayro** (`hayro-interpret`, MIT/Apache-2.0) interprets each page and hands out
//!   positioned glyphs with their Unicode text; it carries the Adobe-Japan1 UCS-2 CMaps,
//!   so fonts with predefined CMaps decode without poppler-data. Chosen by measurement on
//!   PDFs from LibreOffice, WeasyPrint, wkhtmltopdf, reportlab (UniJIS-UCS2-H and
//!   90ms-RKSJ-H), fpdf2 and Ghostscript: it read all of them, where `pdf-extract` panics
//!   and `lopdf` fails on the predefined CMaps, and `pdftotext` is an external program
//!   that is silently empty without poppler-data. It reads a page in about 2 ms.
//! - [`glyphs`] collects glyphs and ruling lines, [`lines`] groups glyphs into lines and
//!   chunks, [`columns`] reads a two-column page one column after the other, [`layout`] writes each page's text (the *origin* positions point into),
//!   [`furniture`] finds page numbers and running headers, [`tables`] rebuilds ruled
//!   tables, and [`flow`] writes the body of every page into one view, rejoining lines a
//!   word processor wrapped.
//!
//! **No text layer is an error, never an empty success.** A page of images and no glyphs
//! is a scan; glyphs without Unicode (Identity-H without ToUnicode) or text that is not
//! Japanese (a font whose map is wrong gives Latin garbage) mean the text layer cannot be
//! used; an encrypted PDF needs a password; a PDF with no `%%EOF` near its end was cut
//! short.

pub mod columns;
pub mod flow;
pub mod furniture;
pub mod glyphs;
pub mod layout;
pub mod lines;
pub mod tables;

use super::map::ViewBuilder;
use super::{IngestError, Ingested};
use crate::model::SourceFormat;
use hayro_interpret::hayro_syntax::{LoadPdfError, Pdf};
use hayro_interpret::{Context, InterpreterCache, InterpreterSettings, interpret_page};
use layout::Page;

/// Most pages read.
pub const MAX_PAGES: usize = 2000;

/// Read a PDF.
pub fn read(bytes: &[u8]) -> Result<Ingested, IngestError> {
    let mut b = ViewBuilder::new();
    let (pages, furniture) = read_pages(&mut b, None, bytes)?;
    let (view, map) = b.finish();
    let mut ingested = Ingested::plain(SourceFormat::Pdf, view, "", false);
    ingested.encoding = None;
    ingested.map = Some(map);
    ingested.pages = Some(pages);
    ingested.furniture = furniture;
    Ok(ingested)
}

/// Read a PDF into a view being built (an e-mail attachment); returns its page count.
pub(crate) fn read_into(b: &mut ViewBuilder, part: Option<&str>, bytes: &[u8]) -> Result<u32, IngestError> {
    read_pages(b, part, bytes).map(|(pages, _)| pages)
}

fn read_pages(
    b: &mut ViewBuilder,
    part: Option<&str>,
    bytes: &[u8],
) -> Result<(u32, Vec<super::Furniture>), IngestError> {
    let pages = interpret(bytes)?;
    check_text_layer(&pages)?;
    let start = b.text().len();
    let furniture = flow::write(&pages, b, part);
    if b.text()[start..].trim().is_empty() {
        return Err(IngestError::NoTextLayer("the pages hold no text"));
    }
    Ok((pages.len() as u32, furniture))
}

/// Every page's glyphs and rules.
fn interpret(bytes: &[u8]) -> Result<Vec<Page>, IngestError> {
    let tail = &bytes[bytes.len().saturating_sub(2048)..];
    if !tail.windows(5).any(|w| w == b"%%EOF") {
        return Err(IngestError::Truncated("no %%EOF at the end: the file was cut short"));
    }
    let pdf = Pdf::new(bytes.to_vec()).map_err(|e| match e {
        LoadPdfError::Decryption(_) => IngestError::Encrypted,
        LoadPdfError::Invalid => IngestError::Damaged("the structure cannot be parsed".into()),
    })?;
    let cache = InterpreterCache::new();
    let mut out = Vec::new();
    for (i, page) in pdf.pages().iter().enumerate().take(MAX_PAGES) {
        let (width, height) = page.render_dimensions();
        let bbox = hayro_interpret::kurbo::Rect::new(0.0, 0.0, f64::from(width), f64::from(height));
        let initial = hayro_interpret::kurbo::Affine::new(page.initial_transform(true).as_coeffs());
        let mut ctx = Context::new(initial, bbox, &cache, pdf.xref(), InterpreterSettings::default());
        let mut c = glyphs::Collector::default();
        interpret_page(page, &mut ctx, &mut c);
        out.push(Page {
            number: i as u32 + 1,
            width: f64::from(width),
            height: f64::from(height),
            glyphs: c.glyphs,
            rules: c.rules,
        });
        if c.images > 0
            && let Some(p) = out.last_mut()
            && p.glyphs.is_empty()
        {
            p.rules.clear();
        }
    }
    if out.is_empty() {
        return Err(IngestError::Damaged("it has no pages".into()));
    }
    Ok(out)
}

/// Japanese characters: kana, kanji, full-width forms.
fn is_japanese(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF01..=0xFF9F | 0x2E80..=0x2FDF)
}

/// Refuse a text layer that is missing or unusable.
fn check_text_layer(pages: &[Page]) -> Result<(), IngestError> {
    let glyphs = || pages.iter().flat_map(|p| &p.glyphs);
    let total = glyphs().count();
    if total == 0 {
        return Err(IngestError::NoTextLayer("scanned image? the pages hold no text; run OCR first"));
    }
    let unmapped = glyphs().filter(|g| g.text.is_empty()).count();
    if unmapped * 3 > total {
        return Err(IngestError::NoTextLayer("fonts without a Unicode map: Identity-H without ToUnicode"));
    }
    let chars: Vec<char> = glyphs().flat_map(|g| g.text.chars()).filter(|c| !c.is_whitespace()).collect();
    let japanese = chars.iter().filter(|&&c| is_japanese(c)).count();
    let odd =
        chars.iter().filter(|&&c| c.is_control() || ('\u{E000}'..='\u{F8FF}').contains(&c) || c == '\u{FFFD}').count();
    if chars.len() >= 20 && (japanese * 10 < chars.len() || odd * 4 > chars.len()) {
        return Err(IngestError::NoTextLayer("its text is not Japanese: fonts with a wrong Unicode map?"));
    }
    Ok(())
}
