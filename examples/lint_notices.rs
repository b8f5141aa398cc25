//! Lint notices from a script: print each finding and fail when a notice has errors.
//!
//! ```sh
//! cargo run --example lint_notices -- corpus/002_1d2f8fff1373c4f6.txt
//! ```
//!
//! This is what `tsuchi check` does, written against the library so that a script can
//! decide for itself: here warnings are printed, errors make the exit code 1, and an
//! `undefined-area` finding is escalated because this (imaginary) team routes windows by
//! prefecture. For a shell script, `tsuchi check --format json` gives the same data; see
//! `examples/lint_notices.sh`.

use tsuchi::model::Severity;

fn main() -> anyhow::Result<()> {
    let options = tsuchi::Options::default();
    let mut failed = false;
    for arg in std::env::args().skip(1) {
        let notice = tsuchi::extract_file(arg.as_ref(), &options)?;
        for d in &notice.diagnostics {
            let escalated = d.code == "undefined-area";
            let severity = if escalated { Severity::Error } else { d.severity };
            println!("{arg}:{}:{}: {}[{}]: {}", d.line, d.column, severity.as_str(), d.code, d.message);
            failed |= severity == Severity::Error;
        }
        if notice.outages.is_empty() {
            println!("{arg}: no outage windows");
        }
    }
    std::process::exit(i32::from(failed));
}
