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
        // a closed pipe (`tsuchi extract … | head`) is the reader's choice, not an error
        Err(e) if e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe) => {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("tsuchi: {e:#}");
            ExitCode::from(2)
        }
    }
}
