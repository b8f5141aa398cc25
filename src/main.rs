//! The `tsuchi` command: a thin shell over the library.
//!
//! Commands live in `cli/`, one file each; everything they print comes from the library's
//! types. Exit codes are documented in `tsuchi --help` and the README.

mod cli;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("tsuchi: {e:#}");
            ExitCode::from(2)
        }
    }
}
