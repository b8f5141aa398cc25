// The page in a real browser (Debian's headless Chromium, driven by playwright-core): it
// must show what the command line extracts, save what the command line writes, and ask
// nothing of the network.
//
//   node web/test/browser.mjs        (after web/build.sh and cargo build --release)
//
// 1. Served by `tsuchi web` (port 0), the page reads a seed pasted as text, a text file, the
//    five seeds as PDF, e-mail and HTML, and a scanned PDF that cannot be read. Every card is
//    compared with `tsuchi extract --format json` on the same files: title, number, issuer;
//    each window's start, end, status, prefectures, *the day and time shown* (formatted here
//    independently of the page), its status word; the contacts' tel: links, the links, the
//    diagnostics with the source line `tsuchi check` quotes. The browser runs in a time zone
//    that is not Japan's, so a page that shows local time fails.
// 2. The calendar and JSON downloads (all notices, and one) must be byte for byte what
//    `tsuchi extract --format ics|json` prints for the same files; the calendar is parsed,
//    and imported by ical.js (imports.mjs): each event at the instant of a window.
// 3. A negative control: one window's text changed in the page must be reported, or the
//    comparison itself is broken.
// 4. The page opened from disk (file://) reads a PDF the same way.
// 5. Any request outside the page's own files fails the test; so do script errors and
//    Content-Security-Policy violations.
// 6. Screenshots at desktop and phone widths, and the time to read a 10-page and a 30-page
//    PDF, go to target/web-test/ (kept as CI artefacts, not committed).
import { chromium } from 'playwright-core';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expectedWhen, STATUS_WORDS } from './expected.mjs';
import { importDifferences } from './imports.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const DIST = path.resolve(process.env.TSUCHI_WEB_DIST || path.join(ROOT, 'web/dist'));
const TSUCHI = path.resolve(process.env.TSUCHI_BIN || path.join(ROOT, 'target/release/tsuchi'));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const OUT = path.resolve(process.env.TSUCHI_WEB_ARTEFACTS || path.join(ROOT, 'target/web-test'));
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const SEEDS = ['000_80465f3a0b9055d7', '001_782547caf5a8f269', '002_1d2f8fff1373c4f6', '003_b44a9dc4c443d513', '004_524d5138cef9eabb'];
const PASTED = 'corpus/001_782547caf5a8f269.txt';
const TEXT_FILE = 'corpus/002_1d2f8fff1373c4f6.txt';
const BROKEN = 'corpus/formats/seeds/broken/scanned.pdf';

const failures = [];
const fail = (msg) => { failures.push(msg); console.error(`FAIL ${msg}`); };

/** The files, copied flat into one folder so that the page and the CLI see the same names. */
function stage() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsuchi-web-'));
  const files = [PASTED, TEXT_FILE, ...['pdf', 'eml', 'html'].flatMap((f) => SEEDS.map((s) => `corpus/formats/seeds/${f}/${s}.${f}`)), BROKEN];
  for (const f of files) fs.copyFileSync(path.join(ROOT, f), path.join(work, path.basename(f)));
  return { work, names: files.map((f) => path.basename(f)) };
}

/** What the command line prints (stdout), run in `cwd`; exit 1 (some inputs failed) is fine. */
function cli(args, cwd) {
  const r = spawnSync(TSUCHI, args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`tsuchi ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** `tsuchi check FILE`: the source line quoted under each diagnostic, in order. */
function checkQuotes(file, cwd) {
  const lines = cli(['check', file], cwd).split('\n');
  const quotes = [];
  for (let i = 0; i < lines.length; i++) {
    if (/^.+:\d+:\d+: (error|warning|info)\[[\w-]+\]: /.test(lines[i])) {
      const m = /^\s*\d+ \| (.*)$/.exec(lines[i + 2] || '');
      quotes.push(m ? m[1] : null);
    }
  }
  return quotes;
}

function startServer() {
  const child = spawn(TSUCHI, ['web', DIST, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr.resume();
  return new Promise((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      const m = /at (http:\/\/\S+\/)/.exec(buf);
      if (m) resolve({ child, base: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`tsuchi web exited (${code}) before serving`)));
    setTimeout(() => reject(new Error('tsuchi web did not start in 10 s')), 10000);
  });
}

/** Fail on any request that is not one of the page's own files, and on script errors. */
function guard(page, allowed) {
  const seen = new Set();
  page.on('request', (req) => {
    const url = req.url();
    seen.add(url);
    if (url.startsWith('blob:') || url.startsWith('data:')) return;
    if (!allowed(url)) fail(`network request outside the page: ${req.method()} ${url}`);
  });
  page.on('websocket', (ws) => fail(`websocket opened: ${ws.url()}`));
  page.on('pageerror', (e) => fail(`script error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') fail(`console error: ${m.text()}`); });
  return seen;
}

/** Everything a card shows that the comparison needs. */
async function cards(page) {
  return page.$$eval('article.notice', (arts) => arts.map((a) => {
    const text = (sel, root = a) => { const e = root.querySelector(sel); return e ? e.textContent.trim() : null; };
    const facts = {};
    a.querySelectorAll('dl.facts dt').forEach((dt) => { facts[dt.textContent] = dt.nextElementSibling.textContent; });
    return {
      file: a.dataset.file,
      failed: a.classList.contains('failed'),
      title: text('h3'),
      why: text('.why'),
      facts,
      windows: Array.from(a.querySelectorAll('li.window')).map((w) => ({
        start: w.dataset.start, end: w.dataset.end, status: w.dataset.status, allDay: w.dataset.allDay,
        prefectures: w.dataset.prefectures, when: text('.when', w), time: w.querySelector('.when time')?.getAttribute('datetime'),
        word: text('.badges .badge', w), tentative: !!w.querySelector('.badge.tentative'),
      })),
      tels: Array.from(a.querySelectorAll('.contacts a.tel')).map((t) => t.getAttribute('href')),
      links: Array.from(a.querySelectorAll('.links a')).map((l) => l.getAttribute('href')),
      diagnostics: Array.from(a.querySelectorAll('li.diag')).map((d) => ({ code: d.dataset.code, quote: text('pre.quote', d) })),
    };
  }));
}

/** Differences between one card and the CLI's notice for the same file. */
function compareCard(card, notice, quotes) {
  const out = [];
  const want = (what, got, expected) => { if (got !== expected) out.push(`${card.file}: ${what}: page ${JSON.stringify(got)}, CLI ${JSON.stringify(expected)}`); };
  const d = notice.document;
  want('title', card.title, d.title || card.file);
  want('number', card.facts['文書番号'] ?? null, d.number ?? null);
  want('issuer', card.facts['発信者'] ?? null, d.issuer ?? null);
  want('window count', card.windows.length, notice.outages.length);
  notice.outages.forEach((o, i) => {
    const w = card.windows[i] || {};
    want(`window ${i + 1} start`, w.start, o.start);
    want(`window ${i + 1} <time>`, w.time, o.start);
    want(`window ${i + 1} end`, w.end, o.end || '');
    want(`window ${i + 1} status`, w.status, o.status);
    want(`window ${i + 1} prefectures`, w.prefectures, o.prefectures.map((p) => p.code).join(' '));
    want(`window ${i + 1} shown`, w.when, expectedWhen(o));
    want(`window ${i + 1} status word`, w.word, STATUS_WORDS[o.status]);
    want(`window ${i + 1} tentative`, w.tentative, o.tentative);
  });
  want('tel links', card.tels.join(' '), notice.contacts.filter((c) => c.kind === 'phone').map((c) => `tel:${c.e164}`).join(' '));
  want('links', card.links.join(' '), notice.urls.filter((u) => /^https?:/.test(u.url)).map((u) => u.url).join(' '));
  want('diagnostics', card.diagnostics.map((x) => x.code).join(' '), notice.diagnostics.map((x) => x.code).join(' '));
  want('quoted lines', JSON.stringify(card.diagnostics.map((x) => x.quote)), JSON.stringify(quotes));
  return out;
}

/**
 * The list of every window in order of start must be the CLI's windows, sorted the same way,
 * a window stated by several notices (start, end, status, kind, areas, prefectures) once.
 */
async function compareOverview(page, notices) {
  const rows = await page.$$eval('li.overview-row', (rs) => rs.map((r) => ({
    start: r.dataset.start, end: r.dataset.end, status: r.dataset.status,
    when: r.querySelector('.when').textContent, word: r.querySelector('.badge').textContent,
    cards: r.querySelectorAll('.to-notice a').length,
  })));
  const byKey = new Map();
  notices.forEach((n, i) => n.outages.forEach((o) => {
    const key = JSON.stringify([o.start, o.end, o.status, o.kind, o.areas, o.prefectures.map((p) => p.code)]);
    if (!byKey.has(key)) byKey.set(key, { o, notices: new Set() });
    byKey.get(key).notices.add(i);
  }));
  const all = Array.from(byKey.values()).sort((a, b) => new Date(a.o.start) - new Date(b.o.start));
  if (rows.length !== all.length) fail(`overview: ${rows.length} rows for ${all.length} distinct windows`);
  all.forEach(({ o, notices: from }, k) => {
    const r = rows[k] || {};
    const got = [r.start, r.end, r.status, r.when, r.word, r.cards];
    const want = [o.start, o.end || '', o.status, expectedWhen(o), STATUS_WORDS[o.status], from.size];
    if (JSON.stringify(got) !== JSON.stringify(want)) fail(`overview row ${k + 1}: page ${JSON.stringify(got)}, CLI ${JSON.stringify(want)}`);
  });
}

function compareAll(got, notices, quotes) {
  const out = [];
  const read = got.filter((c) => !c.failed);
  if (read.length !== notices.length) out.push(`cards read: page ${read.length}, CLI ${notices.length}`);
  read.forEach((c, i) => { if (notices[i]) out.push(...compareCard(c, notices[i], quotes[c.file] || [])); });
  return out;
}

/** RFC 5545, as far as a check needs: unfolded lines, balanced components, one event per window. */
function parseIcs(text) {
  if (!text.endsWith('\r\n')) throw new Error('the calendar does not end with CRLF');
  const lines = text.split('\r\n').slice(0, -1).reduce((acc, l) => {
    if (l.startsWith(' ')) acc[acc.length - 1] += l.slice(1); else acc.push(l);
    return acc;
  }, []);
  const stack = [];
  const events = [];
  for (const l of lines) {
    if (Buffer.byteLength(l) === 0) throw new Error('empty content line');
    const [name, value] = [l.slice(0, l.search(/[;:]/)), l.slice(l.indexOf(':') + 1)];
    if (name === 'BEGIN') { stack.push(value); if (value === 'VEVENT') events.push({}); }
    else if (name === 'END') { if (stack.pop() !== value) throw new Error(`END:${value} does not close its BEGIN`); }
    else if (stack.at(-1) === 'VEVENT') events.at(-1)[name] = l;
  }
  if (stack.length) throw new Error(`unclosed ${stack.join(', ')}`);
  for (const e of events) for (const p of ['UID', 'DTSTAMP', 'DTSTART', 'SUMMARY']) if (!e[p]) throw new Error(`an event without ${p}`);
  return events;
}

async function downloadOf(page, selector, dir) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const file = path.join(dir, dl.suggestedFilename());
  await dl.saveAs(file);
  return fs.readFileSync(file, 'utf8');
}

async function openPage(context, url, allowed) {
  const page = await context.newPage();
  const seen = guard(page, allowed);
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  // the guard must see the page load its own files, or its silence proves nothing
  const files = fs.readdirSync(DIST).length;
  if (seen.size < files) fail(`${url}: the request guard saw ${seen.size} requests for a page of ${files} files`);
  return page;
}

async function loadAll(page, work, names) {
  await page.click('#paste summary');
  await page.fill('#paste-text', fs.readFileSync(path.join(work, names[0]), 'utf8'));
  await page.fill('#paste-name', names[0]);
  await page.click('#paste-read');
  await page.waitForSelector('body[data-read="1"]');
  await page.setInputFiles('#file-input', names.slice(1).map((n) => path.join(work, n)));
  await page.waitForSelector(`body[data-read="${names.length}"]`, { timeout: 60000 })
    .catch(async (e) => { throw new Error(`the page did not read the files; it says: ${await page.textContent('#status')}`, { cause: e }); });
}

async function served(browser, base, work, names, expected) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, timezoneId: 'America/Los_Angeles', locale: 'en-US' });
  const own = new Set(fs.readdirSync(DIST).map((f) => `${base}${f}`).concat([base]));
  const page = await openPage(context, base, (u) => own.has(u));
  await page.screenshot({ path: path.join(OUT, 'desktop-empty.png') });
  await loadAll(page, work, names);
  const got = await cards(page);
  for (const d of compareAll(got, expected.notices, expected.quotes)) fail(d);
  await compareOverview(page, expected.notices);
  await page.locator('#overview').screenshot({ path: path.join(OUT, 'desktop-overview.png') });
  await page.locator('article.failed').screenshot({ path: path.join(OUT, 'desktop-unreadable.png') });
  const broken = got.find((c) => c.file === path.basename(BROKEN));
  if (!broken || !broken.failed || !broken.why) fail('the scanned PDF does not show an error card with a reason');

  const ics = await downloadOf(page, '#all-ics', OUT);
  if (ics !== expected.ics) fail('the calendar of all notices is not what tsuchi extract --format ics prints');
  const events = parseIcs(ics);
  const windows = expected.notices.reduce((n, x) => n + x.outages.length, 0);
  if (events.length === 0 || events.length > windows) fail(`calendar: ${events.length} events for ${windows} windows`);
  for (const d of importDifferences(ics, expected.notices)) fail(`calendar of all notices: ${d}`);
  const json = await downloadOf(page, '#all-json', OUT);
  if (json !== expected.json) fail('the JSON of all notices is not what tsuchi extract --format json prints');
  const one = await downloadOf(page, 'article.notice:nth-of-type(3) .notice-ics', OUT);
  if (one !== cli(['extract', '--format', 'ics', names[2]], work)) fail(`the calendar of ${names[2]} is not the CLI's`);
  for (const d of importDifferences(one, [expected.notices[2]])) fail(`calendar of ${names[2]}: ${d}`);

  // negative control: the comparison must see one wrong window
  await page.$eval('li.window .when time', (t) => { t.textContent = t.textContent.replace(/(\d+):(\d\d)/, (_, h, m) => `${(+h + 1) % 24}:${m}`); });
  const tampered = compareAll(await cards(page), expected.notices, expected.quotes);
  if (tampered.length !== 1) fail(`negative control: a window shown one hour late gave ${tampered.length} differences, not 1`);
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await checkAccessibility(page);
  await shots(page, work, names, 'desktop');
  await timing(page);
  await context.close();
  return events.length;
}

/** Labels, language, contrast of every badge and button, and the keyboard path to the picker. */
async function checkAccessibility(page) {
  const problems = await page.evaluate(() => {
    const out = [];
    if (document.documentElement.lang !== 'ja') out.push('html lang is not ja');
    for (const i of document.querySelectorAll('input, textarea')) {
      if (!i.labels || !i.labels.length) out.push(`#${i.id} has no label`);
    }
    return out;
  });
  problems.forEach(fail);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
  if (focused !== 'file-input') fail(`the second Tab reaches ${focused}, not the file picker`);
}

/** Contrast ratio (WCAG 2) of every badge, button and tile text shown on the page. */
async function contrast(page) {
  return page.evaluate(() => {
    const rgb = (s) => (s.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
    const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
      .reduce((acc, v, i) => acc + v * [0.2126, 0.7152, 0.0722][i], 0);
    const bgOf = (e) => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; if (!/rgba\(0, 0, 0, 0\)|transparent/.test(c)) return c; } return 'rgb(255, 255, 255)'; };
    const low = [];
    for (const e of document.querySelectorAll('.badge, button, .when, .tile.on, .label, .source, a')) {
      const [a, b] = [lum(rgb(getComputedStyle(e).color)), lum(rgb(bgOf(e)))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < 4.5) low.push(`${e.className || e.tagName} "${e.textContent.slice(0, 20)}" ${ratio.toFixed(2)}`);
    }
    return low;
  });
}

async function shots(page, work, names, label) {
  const pdf = names.find((n) => n.endsWith('.pdf') && n.startsWith('001_')); // areas, a map and a finding
  await page.setInputFiles('#file-input', path.join(work, pdf));
  await page.waitForSelector('body[data-read="1"]');
  await page.screenshot({ path: path.join(OUT, `${label}-top.png`) });
  await page.locator('article.notice').first().screenshot({ path: path.join(OUT, `${label}-notice.png`) });
  for (const low of await contrast(page)) fail(`contrast below 4.5:1 (${label}): ${low}`);
}

async function phone(browser, base, work, names) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, timezoneId: 'Europe/London' });
  const own = new Set(fs.readdirSync(DIST).map((f) => `${base}${f}`).concat([base]));
  const page = await openPage(context, base, (u) => own.has(u));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) fail(`the page is ${overflow}px wider than a phone`);
  await shots(page, work, names, 'phone');
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (wide > 0) fail(`a notice makes the page ${wide}px wider than a phone`);
  await context.close();
}

/** Drop `file` on the page the way a browser does: a drop event carrying it. */
async function dropFile(page, file) {
  const transfer = await page.evaluateHandle(({ name, b64 }) => {
    const t = new DataTransfer();
    t.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name));
    return t;
  }, { name: path.basename(file), b64: fs.readFileSync(file).toString('base64') });
  await page.dispatchEvent('#drop', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('#drop', 'drop', { dataTransfer: transfer });
}

/** The page opened from disk, as a folder copied onto a PC is. */
async function fromDisk(browser, work, names, expected) {
  const context = await browser.newContext({ acceptDownloads: true, timezoneId: 'Asia/Tokyo' });
  const dir = pathToFileURL(DIST).href + '/';
  const page = await openPage(context, `${dir}index.html`, (u) => u.startsWith(dir) && fs.existsSync(fileURLToPath(u)));
  const pdf = names.find((n) => n.endsWith('.pdf'));
  await page.setInputFiles('#file-input', path.join(work, pdf));
  await page.waitForSelector('body[data-read="1"]');
  const notice = expected.notices.find((n) => n.source.name === pdf);
  const [card] = await cards(page);
  for (const d of compareCard(card, notice, expected.quotes[pdf] || [])) fail(`file://: ${d}`);
  const ics = await downloadOf(page, '#all-ics', fs.mkdtempSync(path.join(os.tmpdir(), 'tsuchi-ics-')));
  if (ics !== cli(['extract', '--format', 'ics', pdf], work)) fail('file://: the calendar is not the CLI\'s');
  // a file dropped on the page, as from a mail program or the file manager
  const eml = names.find((n) => n.endsWith('.eml'));
  await dropFile(page, path.join(work, eml));
  await page.waitForSelector('body[data-read="2"]');
  const dropped = (await cards(page))[1];
  const mail = expected.notices.find((n) => n.source.name === eml);
  for (const d of compareCard(dropped, mail, expected.quotes[eml] || [])) fail(`file://, dropped: ${d}`);
  await context.close();
}

/** The 30-page benchmark PDF, and its first ten pages (cut with qpdf, when it is installed). */
function timingFiles() {
  const thirty = path.join(ROOT, 'benches/fixtures/thirty_pages.pdf');
  const ten = path.join(OUT, 'ten_pages.pdf');
  const cut = spawnSync('qpdf', ['--empty', '--pages', thirty, '1-10', '--', ten]);
  return cut.status === 0 ? [[10, ten], [30, thirty]] : [[30, thirty]];
}

/** Reading a 10-page and a 30-page PDF in the page: through the picker, and the engine alone. */
async function timing(page) {
  const report = {};
  for (const [pages, file] of timingFiles()) {
    await page.click('#clear');
    const t0 = Date.now();
    await page.setInputFiles('#file-input', file);
    await page.waitForSelector('body[data-read="1"]', { timeout: 60000 });
    const picked = Date.now() - t0;
    const b64 = fs.readFileSync(file).toString('base64');
    const runs = await page.evaluate((b) => {
      const bytes = Uint8Array.from(atob(b), (c) => c.charCodeAt(0));
      const ms = [];
      for (let i = 0; i < 5; i++) { const t = performance.now(); tsuchi_wasm.read(bytes, 'x.pdf'); ms.push(performance.now() - t); }
      return ms;
    }, b64);
    runs.sort((a, b) => a - b);
    report[`${pages}_pages`] = {
      picked_to_shown_ms: picked, engine_read_ms_median: +runs[2].toFixed(1), engine_read_ms_min: +runs[0].toFixed(1),
      per_page_ms: +(runs[2] / pages).toFixed(2),
    };
  }
  fs.writeFileSync(path.join(OUT, 'timing.json'), JSON.stringify(report, null, 2) + '\n');
  console.log(`timing: ${JSON.stringify(report)}`);
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const { work, names } = stage();
  // the CLI puts an error record in the place of the unreadable file; the page shows it as
  // an error card and saves the notices it read
  const readable = names.filter((n) => n !== path.basename(BROKEN));
  const expected = {
    notices: JSON.parse(cli(['extract', '--format', 'json', ...names], work)).filter((x) => !x.error),
    json: cli(['extract', '--format', 'json', ...readable], work),
    ics: cli(['extract', '--format', 'ics', ...names], work),
    quotes: Object.fromEntries(names.filter((n) => n !== path.basename(BROKEN)).map((n) => [n, checkQuotes(n, work)])),
  };
  const { child, base } = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  try {
    const events = await served(browser, base, work, names, expected);
    await phone(browser, base, work, names);
    await fromDisk(browser, work, names, expected);
    console.log(`browser test: ${names.length} files, ${expected.notices.length} notices, ${events} calendar events; screenshots in ${OUT}`);
  } finally {
    await browser.close();
    child.kill();
    fs.rmSync(work, { recursive: true, force: true });
  }
  const wasm = fs.statSync(path.join(DIST, 'tsuchi_wasm.js')).size;
  console.log(`bundle: tsuchi_wasm.js ${wasm} bytes (the WebAssembly, base64)`);
  if (failures.length) {
    console.error(`browser test: ${failures.length} failures`);
    process.exit(1);
  }
  console.log('browser test: ok');
}

main().catch((e) => { console.error(e); process.exit(1); });
