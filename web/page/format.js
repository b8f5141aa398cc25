// Words and dates for people: tsuchi's values (RFC 3339 instants, schema names) as the
// Japanese a reception desk reads.
//
// Every time is shown in Japan time, whatever the time zone of the computer: the notices
// speak of Japan time, and a clinic's PC set to another zone must not move a window. So
// instants are parsed here, never through Date's local-time methods.
'use strict';

(function (T) {
  const WEEKDAYS = '日月火水木金土';

  /** The wall clock in Japan of an RFC 3339 instant, or null when it is not one. */
  function japanTime(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso || '');
    if (!m) return null;
    const off = m[7] === 'Z' ? 0 : (m[7][0] === '-' ? -1 : 1) * (Number(m[7].slice(1, 3)) * 60 + Number(m[7].slice(4, 6)));
    const utc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] || 0)) - off * 60000;
    const j = new Date(utc + 9 * 3600000);
    return {
      y: j.getUTCFullYear(), m: j.getUTCMonth() + 1, d: j.getUTCDate(),
      h: j.getUTCHours(), mi: j.getUTCMinutes(), wd: j.getUTCDay(), ms: utc,
    };
  }

  /** A calendar date `YYYY-MM-DD` as the same shape (at midnight). */
  function plainDate(s) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s || '');
    return m ? japanTime(`${s}T00:00:00+09:00`) : null;
  }

  function addDays(t, n) {
    const d = new Date(Date.UTC(t.y, t.m - 1, t.d + n));
    return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), h: 0, mi: 0, wd: d.getUTCDay() };
  }

  const sameDay = (a, b) => a.y === b.y && a.m === b.m && a.d === b.d;
  const dayMonth = (t) => `${t.m}月${t.d}日(${WEEKDAYS[t.wd]})`;
  const fullDay = (t) => `${t.y}年${dayMonth(t)}`;
  const clock = (t) => `${t.h}:${String(t.mi).padStart(2, '0')}`;

  /**
   * A window's day and time: `2025年2月1日(土) 22:00 ～ 2月2日(日) 0:30`; the end leaves out
   * what it shares with the start; whole days end with 終日; an open end is 終了未定.
   */
  function windowText(o) {
    const s = japanTime(o.start);
    if (!s) return o.start || '';
    const e = o.end ? japanTime(o.end) : null;
    const midnight = (t) => t.h === 0 && t.mi === 0;
    if (o.all_day && midnight(s) && (!e || midnight(e))) {
      if (!e) return `${fullDay(s)} ～ 終了未定`;
      const last = addDays(e, -1); // the model's all-day end is the next midnight
      if (e.ms <= s.ms || sameDay(last, s)) return `${fullDay(s)} 終日`;
      return `${fullDay(s)} ～ ${last.y === s.y ? dayMonth(last) : fullDay(last)} 終日`;
    }
    const start = `${fullDay(s)} ${clock(s)}`;
    if (!e) return `${start} ～ 終了未定`;
    if (sameDay(s, e)) return `${start} ～ ${clock(e)}`;
    return `${start} ～ ${e.y === s.y ? dayMonth(e) : fullDay(e)} ${clock(e)}`;
  }

  /** A document date with its era: `令和7年1月30日 (2025-01-30)`. */
  function documentDate(s) {
    const t = plainDate(s);
    if (!t) return s || '';
    const key = t.y * 10000 + t.m * 100 + t.d;
    let era = '';
    if (key >= 20190501) era = eraYear('令和', t.y - 2018);
    else if (key >= 19890108) era = eraYear('平成', t.y - 1988);
    return era ? `${era}${t.m}月${t.d}日 (${s})` : `${t.y}年${t.m}月${t.d}日`;
  }
  const eraYear = (name, n) => `${name}${n === 1 ? '元' : n}年`;

  const STATUS = {
    planned: '実施予定',
    cancelled: '中止',
    rescheduled: '日程変更',
    incident: '障害発生',
    completed: '完了',
  };
  const KIND = {
    maintenance: 'メンテナンス',
    network: '通信断',
    update: 'アプリケーション配信',
    incident: '障害',
    outage: '停止',
  };
  const SEVERITY = { error: 'エラー', warning: '注意', info: 'お知らせ' };
  const RULE = {
    'weekday-mismatch': '曜日が日付と合っていません',
    'era-out-of-range': '元号の年が元号の期間を過ぎています',
    'invalid-date': '存在しない日付です',
    'end-before-start': '終わりが始まりより前になっています',
    'window-before-notice': '予定が通知の日付より前になっています',
    'ambiguous-year': '年が書かれていないため推測しました',
    'url-placeholder': 'リンクがまだ記載されていません',
    'unparsed-datetime': '読み取れなかった日時の書き方があります',
    'undefined-area': '範囲の分からない地域名があります',
    'conflicting-duplicate': '本文と別添で同じ予定の日時が食い違っています',
    'no-contact': '問い合わせ先の電話番号が書かれていません',
    'schema-invalid': '出力が形式に合っていません（tsuchi の不具合です）',
  };
  const FORMAT = { text: 'テキスト', pdf: 'PDF', html: 'Webページ', eml: 'メール' };

  /** Where a position is: `2ページ 12行目`, `パート2 20行目`, `30行目`. */
  function place(p) {
    const parts = [];
    if (p.part) parts.push(`パート${p.part}`);
    if (p.page) parts.push(`${p.page}ページ`);
    parts.push(`${p.line}行目`);
    return parts.join(' ');
  }

  /** Why a file could not be read, in words, from the error record's kind and message. */
  function errorText(err) {
    const m = err.message || '';
    if (err.kind === 'decode') return '文字コードを判別できませんでした。';
    if (err.kind === 'too-large') return 'ファイルが大きすぎます（64MBまで）。';
    if (err.kind === 'io') return 'ファイルを開けませんでした。';
    if (err.kind === 'internal') return 'tsuchi の内部でエラーが起きました（不具合です）。ページを読み込み直してください。';
    if (m.includes('scanned image')) return '文字の入っていないPDFです（スキャンした画像など）。文字認識（OCR）をしてから読み込んでください。';
    if (m.includes('no usable text layer')) return '文字を取り出せないPDFです（文字の対応表のないフォント）。';
    if (m.includes('encrypted PDF')) return 'パスワードで保護されたPDFです。保護を外してから読み込んでください。';
    if (m.includes('truncated PDF')) return 'PDFが途中で切れています。ダウンロードが最後まで終わっているか確かめてください。';
    if (m.includes('damaged PDF')) return 'PDFが壊れているため読めません。';
    if (m.includes('no text in the page')) return 'Webページに本文がありません（メニューやスクリプトだけです）。';
    if (m.includes('no readable part')) return 'メールに読める本文や添付ファイルがありません。';
    if (m.includes('malformed e-mail')) return 'メールの形式が正しくありません。';
    return '読み取れませんでした。';
  }

  T.format = { japanTime, windowText, documentDate, place, errorText, STATUS, KIND, SEVERITY, RULE, FORMAT };
})(self.Tsuchi = self.Tsuchi || {});
