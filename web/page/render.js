// One notice as a card: what it is (title, number, date, issuer), its windows as a
// timeline, who to call, which portal articles to read, and what tsuchi noticed about it
// (each finding with the source line it points at).
//
// Everything is built with DOM calls and textContent, never from HTML strings: a notice's
// text is data, and a notice that contains markup must show it, not run it.
'use strict';

(function (T) {
  const F = T.format;

  /** An element with attributes (`class`, `data-*`, …) and children (nodes or text). */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return e;
  }

  /** A `dl` of the rows whose value is present. */
  function facts(rows) {
    const dl = el('dl', { class: 'facts' });
    for (const [term, value] of rows) {
      if (value === null || value === undefined || value === '') continue;
      dl.append(el('dt', null, term), el('dd', null, value));
    }
    return dl;
  }

  function header(n, index, fileName) {
    const d = n.document || {};
    const src = n.source || {};
    const format = F.FORMAT[src.format] || src.format;
    const fileNote = [format, src.pages ? `${src.pages}ページ` : null].filter(Boolean).join('・');
    return [
      el('h3', { class: 'notice-title', id: `notice-${index}-title` }, d.title || fileName),
      facts([
        ['文書番号', d.number],
        ['日付', d.date ? F.documentDate(d.date) : null],
        ['種類', d.kind],
        ['発信者', d.issuer],
        ['宛先', (d.recipients || []).join('、')],
        ['対象システム', (n.systems || []).map((s) => s.name).join('、')],
        ['別添', (n.attachments || []).map((a) => a.title).filter(Boolean).join(' / ')],
        ['ファイル', `${fileName}（${fileNote}）`],
      ]),
    ];
  }

  function mentionPlaces(mentions) {
    return (mentions || []).map(F.place).join('、');
  }

  function areaBlock(o) {
    const prefs = o.prefectures || [];
    const areas = o.areas || [];
    if (!prefs.length && !areas.length) return el('p', { class: 'area' }, el('span', { class: 'label' }, '地域'), '限定なし（全国）');
    const names = prefs.map((p) => p.name).join('、');
    const head = el('p', { class: 'area' }, el('span', { class: 'label' }, '地域'),
      areas.length ? areas.join('・') : '', prefs.length ? `${areas.length ? '：' : ''}${prefs.length}都道府県` : '');
    const block = el('div', { class: 'area-block' }, head);
    if (prefs.length) {
      block.append(el('div', { class: 'area-detail' },
        T.tileMap(prefs.map((p) => p.code), o.status),
        el('p', { class: 'prefs' }, names)));
    }
    return block;
  }

  function windowItem(o) {
    const status = F.STATUS[o.status] || o.status;
    const badges = el('p', { class: 'badges' },
      el('span', { class: `badge status-${o.status}` }, status),
      o.tentative ? el('span', { class: 'badge tentative' }, '時刻は予定') : null,
      el('span', { class: 'kind' }, F.KIND[o.kind] || o.kind));
    return el('li', {
      class: `window status-${o.status}`,
      'data-start': o.start, 'data-end': o.end || '', 'data-status': o.status,
      'data-all-day': o.all_day ? 'true' : 'false',
      'data-prefectures': (o.prefectures || []).map((p) => p.code).join(' '),
    },
    el('p', { class: 'when' }, el('time', { datetime: o.start }, F.windowText(o))),
    badges,
    areaBlock(o),
    o.description ? el('p', { class: 'statement' }, el('span', { class: 'label' }, '原文'), o.description) : null,
    el('p', { class: 'source' }, el('span', { class: 'label' }, '出典'), mentionPlaces(o.mentions)));
  }

  function windows(n) {
    const list = n.outages || [];
    const section = el('section', { class: 'windows' }, el('h4', null, `停止・作業の予定（${list.length}件）`));
    if (!list.length) section.append(el('p', { class: 'none' }, 'このお知らせに停止の日時は見つかりませんでした。'));
    else section.append(el('ol', { class: 'timeline' }, list.map(windowItem)));
    return section;
  }

  function contactItem(c) {
    const number = c.kind === 'phone'
      ? el('a', { href: `tel:${c.e164}`, class: 'tel' }, c.phone)
      : el('span', { class: 'tel' }, `FAX ${c.phone}`);
    const hours = (c.hours || []).map((h) => h.text).join('、');
    return el('li', null,
      c.name ? el('span', { class: 'who' }, c.name) : null,
      number,
      c.extension ? el('span', { class: 'ext' }, `内線 ${c.extension}`) : null,
      c.toll_free ? el('span', { class: 'badge free' }, '通話無料') : null,
      hours ? el('span', { class: 'hours' }, `受付 ${hours}`) : null);
  }

  function contacts(n) {
    const list = n.contacts || [];
    if (!list.length) return null;
    return el('section', { class: 'contacts' }, el('h4', null, '問い合わせ先'), el('ul', null, list.map(contactItem)));
  }

  /** Only web links are links: a notice cannot make the page run `javascript:`. */
  const safeUrl = (u) => /^https?:\/\//i.test(u);

  function links(n) {
    const list = n.urls || [];
    if (!list.length) return null;
    return el('section', { class: 'links' }, el('h4', null, 'リンク（ポータルサイトの記事など）'),
      el('ul', null, list.map((u) => el('li', null,
        safeUrl(u.url) ? el('a', { href: u.url, rel: 'noopener noreferrer', target: '_blank' }, u.label || u.url) : u.url,
        u.kb_article ? el('span', { class: 'kb' }, u.kb_article) : null,
        u.label ? el('span', { class: 'url' }, u.url) : null))));
  }

  /** The source line with the diagnostic's span marked (columns count characters). */
  function quoteLine(line, d) {
    if (line === null || line === undefined) return null;
    const chars = Array.from(line);
    const from = Math.max(0, d.column - 1);
    const to = Math.min(chars.length, from + Math.max(1, d.length));
    return el('pre', { class: 'quote' }, el('code', null,
      chars.slice(0, from).join(''), el('mark', null, chars.slice(from, to).join('')), chars.slice(to).join('')));
  }

  function diagnostics(n, quotes) {
    const list = n.diagnostics || [];
    if (!list.length) return null;
    return el('section', { class: 'diagnostics' }, el('h4', null, `気づいたこと（${list.length}件）`),
      el('ul', null, list.map((d, i) => el('li', { class: `diag severity-${d.severity}`, 'data-code': d.code },
        el('p', null,
          el('span', { class: `badge severity-${d.severity}` }, F.SEVERITY[d.severity] || d.severity),
          el('strong', null, F.RULE[d.code] || d.code),
          el('span', { class: 'where' }, `${F.place(d)} ${d.column}文字目`)),
        el('p', { class: 'message', lang: 'en' }, `${d.code}: ${d.message}`),
        quoteLine(quotes[i], d)))));
  }

  /** The card of a notice that was read. */
  function noticeCard(entry, index, onIcs, onJson) {
    const n = entry.notice;
    const card = el('article', { class: 'notice', id: `notice-${index}`, 'aria-labelledby': `notice-${index}-title`, 'data-file': entry.name });
    card.append(...header(n, index, entry.name), windows(n));
    for (const part of [contacts(n), links(n), diagnostics(n, entry.quotes || [])]) if (part) card.append(part);
    const ics = el('button', { type: 'button', class: 'notice-ics' }, 'この通知の予定をカレンダー (.ics) に保存');
    const json = el('button', { type: 'button', class: 'notice-json secondary' }, 'JSON で保存');
    ics.addEventListener('click', () => onIcs(entry));
    json.addEventListener('click', () => onJson(entry));
    if (!(n.outages || []).length) ics.disabled = true;
    card.append(el('div', { class: 'actions' }, ics, json),
      el('p', { class: 'timing' }, `読み取り ${entry.ms.toFixed(0)} ミリ秒`));
    return card;
  }

  /** The card of a file that could not be read. */
  function errorCard(entry, index) {
    const err = entry.error || {};
    return el('article', { class: 'notice failed', id: `notice-${index}`, 'data-file': entry.name, 'aria-labelledby': `notice-${index}-title` },
      el('h3', { id: `notice-${index}-title` }, `${entry.name}：読み取れませんでした`),
      el('p', { class: 'why' }, F.errorText(err)),
      el('p', { class: 'message', lang: 'en' }, err.message || ''));
  }

  /** What makes two windows the same window, whichever notice (or copy of it) states it. */
  const windowKey = (o) => JSON.stringify([o.start, o.end, o.status, o.kind, o.areas, (o.prefectures || []).map((p) => p.code)]);

  /** The notices stating a window: each title once, with a link to each file's card. */
  function sources(cards) {
    const byTitle = new Map();
    for (const c of cards) byTitle.set(c.title, [...(byTitle.get(c.title) || []), c]);
    return Array.from(byTitle, ([title, cs], i) => [i ? ' / ' : '', `${title}（`,
      cs.map((c, k) => [k ? '、' : '', el('a', { href: `#notice-${c.index}` }, c.name)]), '）']);
  }

  /**
   * Every window of every notice read, in order of start: what a secretariat with a folder of
   * notices wants first. A window stated by several notices (the mail and its PDF, a
   * forwarded copy) is one row, linking to each card that states it.
   */
  function overview(entries) {
    const rows = new Map();
    entries.forEach((e, index) => {
      if (!e.notice) return;
      for (const o of e.notice.outages) {
        const key = windowKey(o);
        const row = rows.get(key) || { o, n: e.notice, at: (F.japanTime(o.start) || {}).ms || 0, cards: [] };
        if (!row.cards.some((c) => c.index === index)) row.cards.push({ index, name: e.name, title: (e.notice.document || {}).title || e.name });
        rows.set(key, row);
      }
    });
    const sorted = Array.from(rows.values()).sort((a, b) => a.at - b.at); // stable: first stated first
    const item = ({ o, n, cards }) => {
      const what = [(n.systems || [])[0]?.name, F.KIND[o.kind] || o.kind].filter(Boolean).join(' ');
      const area = (o.areas || []).length ? o.areas.join('・') : (o.prefectures || []).length ? `${o.prefectures.length}都道府県` : '全国';
      return el('li', { class: `overview-row status-${o.status}`, 'data-start': o.start, 'data-end': o.end || '', 'data-status': o.status },
        el('span', { class: 'when' }, el('time', { datetime: o.start }, F.windowText(o))),
        el('span', { class: `badge status-${o.status}` }, F.STATUS[o.status] || o.status),
        el('span', { class: 'what' }, what),
        el('span', { class: 'where' }, area),
        el('span', { class: 'to-notice' }, sources(cards)));
    };
    return el('section', { class: 'overview', 'aria-labelledby': 'overview-heading' },
      el('h3', { id: 'overview-heading' }, `すべての予定を日時順に（${sorted.length}件）`),
      el('ol', null, sorted.map(item)));
  }

  T.render = { noticeCard, errorCard, overview, el };
})(self.Tsuchi = self.Tsuchi || {});
