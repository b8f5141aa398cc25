//! placeholder until the iCalendar emitter lands
/// Calendar.
pub fn calendar(_n: &[crate::model::Notice]) -> String { String::new() }
