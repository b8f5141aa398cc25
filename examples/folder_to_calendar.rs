//! Convert a folder of notices into one iCalendar file through the library: the library
//! side of `tsuchi calendar`.
//!
//! ```sh
//! cargo run --example folder_to_calendar -- corpus/series/ > outages.ics
//! ```
//!
//! Notices that cannot be read are reported on standard error and left out. The calendar
//! follows each maintenance across the notices: one event per window, updated by the
//! notices that move, cancel or complete it; the same notice in several files is read once.

use std::path::{Path, PathBuf};

const NOTICES: [&str; 6] = ["txt", "md", "pdf", "html", "htm", "eml"];

fn notices_in(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            notices_in(&path, out)?;
        } else if path.extension().and_then(|e| e.to_str()).is_some_and(|e| NOTICES.contains(&e)) {
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
    let cal = tsuchi::calendar::Calendar::build(&notices);
    let timeline = cal.timeline();
    for d in &timeline.duplicates {
        eprintln!("same notice: {} = {}", d.read, d.merged.join(", "));
    }
    let events: usize = timeline.maintenances.iter().map(|m| m.windows.len()).sum();
    eprintln!(
        "{} files, {} notices, {} maintenances, {events} events",
        notices.len(),
        timeline.notices.len(),
        timeline.maintenances.len()
    );
    print!("{}", cal.ics());
    Ok(())
}
