// Does the calendar the page saves import? Read by ical.js (the parser behind Thunderbird's
// calendar, not our own code), every event must land at the instant of a window the CLI
// extracted, in the calendar's own VTIMEZONE, whatever the zone of the machine reading it.
//
// parseIcs in browser.mjs checks the file's shape (folding, balanced components); this
// checks what a calendar program makes of it. A window is expected as the emitter documents
// (src/emit/ics.rs): a whole-day window from midnight as dates with an exclusive end (one
// day when no end was announced), a timed one as instants (one hour when no end was
// announced).
import ICAL from 'ical.js';

const DAY = 86400;

/** The key an event is compared by: dates for a date event, UTC seconds for a timed one. */
function eventKey(e) {
  const [s, t] = [e.startDate, e.endDate];
  return s.isDate ? `date ${s.toString()}..${t.toString()}` : `time ${s.toUnixTime()}..${t.toUnixTime()}`;
}

const ymd = (secs) => new Date(secs * 1000).toISOString().slice(0, 10);

/** The key a window of the model should import as. */
function windowKey(o) {
  const start = Date.parse(o.start) / 1000;
  const end = o.end ? Date.parse(o.end) / 1000 : null;
  const jst = (secs) => secs + 9 * 3600;
  const midnight = (secs) => jst(secs) % DAY === 0;
  if (o.all_day && midnight(start) && (end === null || midnight(end))) {
    return `date ${ymd(jst(start))}..${ymd(end === null ? jst(start) + DAY : jst(end))}`;
  }
  return `time ${start}..${end === null ? start + 3600 : end}`;
}

/**
 * The differences between what ical.js imports from `ics` and the windows of `notices`
 * (an empty list when they agree).
 *
 *   importDifferences(icsText, [notice]) // => []
 */
export function importDifferences(ics, notices) {
  const out = [];
  let cal;
  try {
    cal = new ICAL.Component(ICAL.parse(ics));
  } catch (e) {
    return [`ical.js cannot parse the calendar: ${e.message}`];
  }
  // only this file's zones: the service is global, and an earlier calendar's must not help
  ICAL.TimezoneService.reset();
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const unnamed = events.filter((e) => !e.summary).length;
  if (unnamed) out.push(`${unnamed} events without a summary`);
  const unzoned = events.filter((e) => !e.startDate.isDate && e.startDate.zone?.tzid !== 'Asia/Tokyo');
  if (unzoned.length) {
    out.push(`${unzoned.length} timed events not in the calendar's Asia/Tokyo zone (the first: ${unzoned[0].startDate.zone?.tzid})`);
  }
  const uids = new Set(events.map((e) => e.uid));
  if (uids.size !== events.length) out.push(`${events.length - uids.size} events share a UID`);
  // one event per maintenance window: the same window stated by several notices, or by
  // copies of one notice in several formats, is one event (src/calendar/)
  const got = events.map(eventKey);
  const want = [...new Set(notices.flatMap((n) => n.outages.map(windowKey)))];
  const [missing, extra] = [want.filter((k) => !got.includes(k)), got.filter((k) => !want.includes(k))];
  if (missing.length || extra.length) {
    out.push(`ical.js imports ${got.length} events for ${want.length} windows; missing ${JSON.stringify(missing)}, extra ${JSON.stringify(extra)}`);
  }
  return out;
}
