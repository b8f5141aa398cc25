//! `tsuchi rule CODE`: a rule's documentation, as `ruff rule` prints it.

use std::process::ExitCode;
use tsuchi::rules::{RULES, Rule};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The rule's code (`weekday-mismatch`); `tsuchi check --list-rules` lists them.
    #[arg(value_name = "CODE", required_unless_present = "all")]
    code: Option<String>,
    /// Print every rule.
    #[arg(long, conflicts_with = "code")]
    all: bool,
}

/// The documentation of one rule, Markdown-like.
pub fn doc(r: &Rule) -> String {
    format!(
        "# {} ({})\n\n{}\n\n{}\n\nExample:\n\n    {}\n\nSuppress it on a line with `<!-- tsuchi: ignore[{}] -->`, or for a run with `tsuchi check --ignore {}`.\n",
        r.code,
        r.severity.as_str(),
        r.summary,
        r.doc,
        r.example,
        r.code,
        r.code
    )
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if args.all {
        let docs: Vec<String> = RULES.iter().map(doc).collect();
        print!("{}", docs.join("\n"));
        return Ok(ExitCode::SUCCESS);
    }
    let code = args.code.unwrap_or_default();
    match tsuchi::rules::rule(&code) {
        Some(r) => {
            print!("{}", doc(r));
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let codes: Vec<&str> = RULES.iter().map(|r| r.code).collect();
            anyhow::bail!("unknown rule {code:?}; the rules are: {}", codes.join(", "))
        }
    }
}
