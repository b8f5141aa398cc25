// The page: start tsuchi (WebAssembly), read what is dropped, picked or pasted, show each
// notice, and save calendars and JSON.
//
// tsuchi runs here, in the page, on the main thread: a 30-page PDF reads in a fraction of a
// second, and a worker could not be started from a page opened as a file (file://), which
// is how a folder copied onto a clinic PC is used. The WebAssembly module is embedded in a
// script (base64) for the same reason: browsers refuse to fetch files next to a file:// page.
// Nothing is sent anywhere; the page's Content-Security-Policy forbids connections at all.
'use strict';

(function (T) {
  const MAX_BYTES = 64 * 1024 * 1024; // larger than any circular; a browser tab has limits
  const $ = (id) => document.getElementById(id);
  const entries = []; // { name, notice, quotes, ms } or { name, error }
  let engine = null;
  let engineReady = null; // the start of the engine; files given before it is up wait for it

  function setStatus(text) {
    $('status').textContent = text;
  }

  function decodeBase64(b64) {
    if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(b64);
    const bin = atob(b64);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }

  async function startEngine() {
    // tsuchi.js (wasm-bindgen's glue) declares the global `tsuchi_wasm`, tsuchi_wasm.js the module
    if (typeof tsuchi_wasm !== 'function' || typeof self.TSUCHI_WASM_BASE64 !== 'string') {
      throw new Error('tsuchi.js / tsuchi_wasm.js がありません（web/build.sh で作ったフォルダを開いてください）');
    }
    await tsuchi_wasm({ module_or_path: decodeBase64(self.TSUCHI_WASM_BASE64) });
    self.TSUCHI_WASM_BASE64 = null; // several megabytes of text no longer needed
    return tsuchi_wasm;
  }

  /** Read one file's bytes with tsuchi; never throws. */
  function readBytes(bytes, name) {
    const t0 = performance.now();
    let out;
    try {
      out = JSON.parse(engine.read(bytes, name));
    } catch (e) {
      // a trap in the WebAssembly is a tsuchi bug: say so, keep the page alive
      out = { error: { kind: 'internal', message: `tsuchi stopped on this file: ${e && e.message}` } };
    }
    const ms = performance.now() - t0;
    if (out.notice) return { name, notice: out.notice, quotes: out.quotes, ms };
    return { name, error: out.error || { kind: 'internal', message: 'no result' } };
  }

  /** A picked or dropped file, read; a file too large or gone is an error entry. */
  async function readFile(file) {
    if (file.size > MAX_BYTES) {
      return { name: file.name, error: { kind: 'too-large', message: `${file.size} bytes (limit ${MAX_BYTES})` } };
    }
    let bytes;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (e) {
      return { name: file.name, error: { kind: 'io', message: `cannot read the file: ${e && e.message}` } };
    }
    return readBytes(bytes, file.name);
  }

  function show(entry) {
    const index = entries.length;
    entries.push(entry);
    const card = entry.notice ? T.render.noticeCard(entry, index, saveOneIcs, saveOneJson) : T.render.errorCard(entry, index);
    $('notices').appendChild(card);
    refreshButtons();
  }

  /** The list of every window, shown once two notices or more have windows. */
  function refreshOverview() {
    const withWindows = entries.filter((e) => e.notice && e.notice.outages.length).length;
    const next = withWindows >= 2 ? T.render.overview(entries) : document.createElement('div');
    next.id = 'overview';
    $('overview').replaceWith(next);
  }

  function refreshButtons() {
    const read = entries.filter((e) => e.notice);
    $('all-ics').disabled = !read.some((e) => e.notice.outages.length);
    $('all-json').disabled = !read.length;
    $('clear').disabled = !entries.length;
    $('empty').hidden = entries.length > 0;
  }

  const nextFrame = () => new Promise((r) => setTimeout(r, 0));

  // batches are read one after another, so a second drop waits for the first and the cards
  // stay in the order the files were given
  let queue = Promise.resolve();
  function readFiles(files) {
    const list = Array.from(files);
    queue = queue.then(() => readBatch(list)).catch((e) => setStatus(`読み取りを続けられませんでした: ${e && e.message}`));
    return queue;
  }

  async function readBatch(list) {
    if (!list.length) return;
    try {
      engine = await engineReady;
    } catch (e) {
      setStatus(`tsuchi が起動していないため読み取れません: ${e && e.message}`);
      return;
    }
    let done = 0;
    let failed = 0;
    const t0 = performance.now();
    for (const file of list) {
      setStatus(`読み取り中… ${file.name}（${done + 1}/${list.length}）`);
      await nextFrame(); // let the status paint before a long read
      const entry = await readFile(file);
      if (entry.error) failed++;
      show(entry);
      done++;
    }
    const secs = ((performance.now() - t0) / 1000).toFixed(2);
    refreshOverview();
    setStatus(`${done}件を読み取りました（${secs}秒${failed ? `、${failed}件は読み取れませんでした` : ''}）。`);
    document.body.dataset.read = String(entries.length);
  }

  function readPasted() {
    const text = $('paste-text').value;
    if (!text.trim()) {
      setStatus('貼り付けるテキストが空です。');
      $('paste-text').focus();
      return;
    }
    const name = $('paste-name').value.trim() || '貼り付けたテキスト.txt';
    const file = new File([text], /\.[a-z0-9]+$/i.test(name) ? name : `${name}.txt`, { type: 'text/plain' });
    readFiles([file]);
  }

  function download(name, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  const stem = (name) => name.replace(/\.[^.]*$/, '') || 'tsuchi';
  const read = () => entries.filter((e) => e.notice).map((e) => e.notice);

  function saveCalendar(name, notices) {
    try {
      download(name, engine.calendar(JSON.stringify(notices)), 'text/calendar;charset=utf-8');
    } catch (e) {
      setStatus(`カレンダーを作れませんでした: ${e && e.message}`);
    }
  }

  function saveJson(name, notices) {
    try {
      download(name, engine.json(JSON.stringify(notices.length === 1 ? notices[0] : notices)), 'application/json');
    } catch (e) {
      setStatus(`JSON を作れませんでした: ${e && e.message}`);
    }
  }

  const saveOneIcs = (entry) => saveCalendar(`${stem(entry.name)}.ics`, [entry.notice]);
  const saveOneJson = (entry) => saveJson(`${stem(entry.name)}.json`, [entry.notice]);

  function clearAll() {
    entries.length = 0;
    $('notices').replaceChildren();
    refreshOverview();
    refreshButtons();
    setStatus('結果を消しました。');
    document.body.dataset.read = '0';
  }

  function wireInputs() {
    const input = $('file-input');
    input.addEventListener('change', () => {
      readFiles(input.files).then(() => { input.value = ''; });
    });
    // a file dropped anywhere is read, never opened by the browser in place of the page
    const drop = $('drop');
    document.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
    document.addEventListener('dragleave', (e) => { if (!e.relatedTarget) drop.classList.remove('over'); });
    document.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      if (e.dataTransfer && e.dataTransfer.files.length) readFiles(e.dataTransfer.files);
    });
    $('paste-read').addEventListener('click', readPasted);
    $('all-ics').addEventListener('click', () => saveCalendar('tsuchi.ics', read()));
    $('all-json').addEventListener('click', () => saveJson('tsuchi.json', read()));
    $('clear').addEventListener('click', clearAll);
  }

  async function main() {
    engineReady = startEngine();
    wireInputs();
    refreshButtons();
    try {
      engine = await engineReady;
      $('version').textContent = `tsuchi ${engine.version()}`;
      setStatus('準備ができました。お知らせのファイルを選ぶか、ここにドロップしてください。');
      document.body.dataset.ready = 'true';
    } catch (e) {
      setStatus(`tsuchi を起動できませんでした: ${e && e.message}`);
      document.body.dataset.ready = 'failed';
    }
  }

  document.addEventListener('DOMContentLoaded', main);
})(self.Tsuchi = self.Tsuchi || {});
