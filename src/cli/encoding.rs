//! The `--encoding` flag: any WHATWG label or a common alias, checked while parsing (an
//! unknown label is a usage error, exit 2) and offered to shell completion.
//!
//! The labels come from [`tsuchi::decode::labels`]; completion and `--help` offer the
//! detected encodings and the Japanese aliases (`cp932`, `eucjp`…), the other WHATWG names
//! are accepted but not listed. A single-byte encoding (`latin1`, `koi8-r`…) is never
//! detected; asking for one works, with a warning, because it decodes any bytes at all.

use clap::builder::{PossibleValue, TypedValueParser};
use std::ffi::OsStr;

/// Labels shown in help and offered by completion; the rest are accepted, not listed.
const SHOWN: [&str; 11] = [
    "utf-8",
    "shift_jis",
    "cp932",
    "ms932",
    "sjis",
    "euc-jp",
    "eucjp",
    "iso-2022-jp",
    "utf-16le",
    "utf-16be",
    "latin1",
];

/// Parses `--encoding`, keeping the label as given.
#[derive(Debug, Clone, Copy)]
pub struct EncodingParser;

impl TypedValueParser for EncodingParser {
    type Value = String;

    fn parse_ref(&self, cmd: &clap::Command, arg: Option<&clap::Arg>, value: &OsStr) -> Result<String, clap::Error> {
        let label = value.to_str().unwrap_or_default();
        if tsuchi::decode::encoding_for_label(label).is_some() {
            return Ok(label.to_string());
        }
        let flag =
            arg.map_or_else(|| "--encoding".to_string(), |a| format!("--{}", a.get_long().unwrap_or("encoding")));
        let msg = format!(
            "unknown encoding {label:?} for {flag}\n\n  known: {} (and every WHATWG label)\n",
            SHOWN.join(", ")
        );
        Err(clap::Error::raw(clap::error::ErrorKind::InvalidValue, msg).with_cmd(cmd))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        let all = tsuchi::decode::labels();
        Some(Box::new(all.into_iter().map(|l| PossibleValue::new(l).hide(!SHOWN.contains(&l)))))
    }
}

/// The warning for an explicitly asked single-byte encoding, if `label` names one.
pub fn single_byte_warning(label: Option<&str>) -> Option<String> {
    let label = label?;
    let encoding = tsuchi::decode::encoding_for_label(label)?;
    tsuchi::decode::is_single_byte(encoding).then(|| {
        format!(
            "tsuchi: warning: {label} ({}) is a single-byte encoding: every byte decodes to some character, so a wrong choice gives mojibake, not an error",
            encoding.name().to_ascii_lowercase()
        )
    })
}
