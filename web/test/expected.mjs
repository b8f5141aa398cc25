// What the page must show for a window, written down from the page's rules (web/README.md)
// without its code, so that a mistake in the page's formatting is a difference here.
//
//   2025年2月1日(土) 22:00 ～ 2月2日(日) 0:30     the end leaves out what it shares with the start
//   2026年1月19日(月) 20:00 ～ 終了未定          no end announced
//   2025年5月3日(土) 終日                        whole days (the end is the next midnight)
//   2025年5月3日(土) ～ 5月5日(月) 終日

const DAYS = ['日', '月', '火', '水', '木', '金', '土'];

export const STATUS_WORDS = {
  planned: '実施予定', cancelled: '中止', rescheduled: '日程変更', incident: '障害発生', completed: '完了',
};

/** Japan wall-clock parts of an RFC 3339 instant. */
function tokyo(iso) {
  const t = new Date(iso).getTime(); // an absolute instant, whatever its offset
  const j = new Date(t + 9 * 3600 * 1000);
  return { y: j.getUTCFullYear(), mo: j.getUTCMonth() + 1, d: j.getUTCDate(), h: j.getUTCHours(), mi: j.getUTCMinutes(), w: DAYS[j.getUTCDay()], t };
}

const md = (p) => `${p.mo}月${p.d}日(${p.w})`;
const ymd = (p) => `${p.y}年${md(p)}`;
const hm = (p) => `${p.h}:${p.mi < 10 ? '0' : ''}${p.mi}`;
const same = (a, b) => a.y === b.y && a.mo === b.mo && a.d === b.d;

export function expectedWhen(o) {
  const s = tokyo(o.start);
  const e = o.end ? tokyo(o.end) : null;
  const atMidnight = (p) => p.h === 0 && p.mi === 0;
  if (o.all_day && atMidnight(s) && (e === null || atMidnight(e))) {
    if (e === null) return `${ymd(s)} ～ 終了未定`;
    const last = tokyo(new Date(e.t - 24 * 3600 * 1000).toISOString());
    if (e.t <= s.t || same(last, s)) return `${ymd(s)} 終日`;
    return `${ymd(s)} ～ ${last.y === s.y ? md(last) : ymd(last)} 終日`;
  }
  if (e === null) return `${ymd(s)} ${hm(s)} ～ 終了未定`;
  if (same(s, e)) return `${ymd(s)} ${hm(s)} ～ ${hm(e)}`;
  return `${ymd(s)} ${hm(s)} ～ ${e.y === s.y ? md(e) : ymd(e)} ${hm(e)}`;
}
