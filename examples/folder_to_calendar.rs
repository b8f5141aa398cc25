//! Convert a folder of notices into one iCalendar file through the library.
//!
//! ```sh
//! cargo run --example folder_to_calendar -- corpus/ > outages.ics
//! ```
//!
//! Notices that cannot be read are reported on standard error and left out; the calendar
//! holds one event per outage window of every notice that could be read.

use std::path::{Path, PathBuf};

fn notices_in(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            notices_in(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt" || e == "md") {
            out.push(path);
        }
    }
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "corpus".into());
    let mut paths = Vec::new();
    notices_in(Path::new(&dir), &mut paths)?;
    paths.sort();

    let options = tsuchi::Options::default();
    let mut notices = Vec::new();
    for path in &paths {
        match tsuchi::extract_file(path, &options) {
            Ok(notice) => notices.push(notice),
            Err(e) => eprintln!("skipped: {e}"),
        }
    }
    let windows: usize = notices.iter().map(|n| n.outages.len()).sum();
    eprintln!("{} notices, {windows} windows", notices.len());
    print!("{}", tsuchi::emit::ics::calendar(&notices));
    Ok(())
}
