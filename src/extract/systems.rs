//! Systems: the national systems a notice is about.
//!
//! The systems and their spellings seen in the wild (`オンライン資格確認システム` for
//! `オンライン資格確認等システム`) are rows of the lexicon (class `system`, the canonical name
//! as the value). The lexicon matches leftmost-longest, so `電子処方箋管理サービス` is not also
//! counted as a bare `電子処方箋`, and this extractor only reads each unit's words.

use super::Context;
use crate::lexicon::Class;
use crate::model::System;

/// Find the systems named, in order of first mention.
pub fn extract(ctx: Context<'_>) -> Vec<System> {
    let mut out: Vec<System> = Vec::new();
    for (ui, unit) in ctx.seg.units.iter().enumerate() {
        for w in ctx.notes(ui).words {
            let Some(name) = w.entry().value(Class::System) else { continue };
            let m = ctx.mention(unit, w.start, w.end);
            match out.iter_mut().find(|s| s.name == name) {
                Some(s) => s.mentions.push(m),
                None => out.push(System { name: name.to_string(), mentions: vec![m] }),
            }
        }
    }
    // kept until the notice is built: no spare capacity
    for s in &mut out {
        s.mentions.shrink_to_fit();
    }
    out
}
