// The benchmark: page-level figures for the release build and for a hand-written floor page
// (scripts/floor.html) in the same headless Chromium session, the 100,000-row import, and the
// native model benchmark. Replaces the generated part of docs/BENCHMARKS.md.
//
//   scripts/bench.sh [RUNS]

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { CalculatorPage, DIST, launchBrowser, serveDist } from '../tests/e2e/calculator-page.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const EDITS = 300;
// Edits start this long after a page has loaded, as a person's typing does. The first edit
// after load is also reported apart, because it pays for compiling the code it runs.
const READING_PAUSE_MS = 1000;
const root = new URL('..', import.meta.url).pathname;

const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
const summary = (values) => ({ p50: quantile(values, 0.5), p95: quantile(values, 0.95), max: Math.max(...values), min: Math.min(...values) });
const ms = (value) => value.toFixed(2);
const kib = (bytes) => (bytes / 1024).toFixed(1);

// Records when the first result appears and when the rest of the page, drawn after the first
// paint, follows. It is installed before the page's own scripts run.
const FIRST_RESULT = () => {
  window.benchFirstFigure = null;
  window.benchFirstResult = null;
  window.benchWholePage = null;
  new MutationObserver((_, observer) => {
    const written = document.querySelector('[data-testid="first-paint-lost-revenue-day"]');
    if (window.benchFirstFigure === null && written && written.textContent.trim() !== '') {
      window.benchFirstFigure = performance.now();
    }
    const cell = document.querySelector('[data-testid="lost-revenue"]');
    if (window.benchFirstResult === null && cell && cell.textContent.trim() !== '') {
      window.benchFirstResult = performance.now();
      window.benchFirstFigure ??= window.benchFirstResult;
    }
    if (document.querySelector('[data-testid="roster"]')) {
      window.benchWholePage = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
};

/** Loads `path` in a fresh context; returns first paint, first result and the files fetched. */
async function firstLoad(browser, origin, path) {
  const context = await browser.newContext({ locale: 'en-US' });
  await context.addInitScript(FIRST_RESULT);
  const fetched = [];
  // Requests the service worker makes to fill its cache are not part of the page's load.
  context.on('requestfinished', (request) => {
    if (!request.serviceWorker()) fetched.push(new URL(request.url()).pathname);
  });
  const page = await context.newPage();
  await page.goto(origin + path);
  await page.waitForFunction(() => window.benchFirstResult !== null);
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  if (path === '/') await page.waitForFunction(() => window.benchWholePage !== null);
  const timing = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    figure: window.benchFirstFigure,
    result: window.benchFirstResult,
    wholePage: window.benchWholePage,
    // The last byte of the script and wasm, which the first result has to wait for.
    downloaded: Math.max(0, ...performance.getEntriesByType('resource')
      .filter((entry) => /\.(js|wasm)$/.test(new URL(entry.name).pathname))
      .map((entry) => entry.responseEnd)),
  }));
  await context.close();
  return { ...timing, fetched };
}

/** Times `count` edits of `inputSelector`: until `cellSelector` changes, and to the next frame. */
function timeEdits(page, inputSelector, cellSelector, count) {
  return page.evaluate(
    async ([inputSelector, cellSelector, count]) => {
      const input = document.querySelector(inputSelector);
      const toDom = [];
      const toFrame = [];
      for (let edit = 0; edit < count; edit++) {
        const cell = document.querySelector(cellSelector);
        const before = cell.textContent;
        const changed = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (document.querySelector(cellSelector).textContent !== before) {
              observer.disconnect();
              resolve(performance.now());
            }
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        });
        const started = performance.now();
        input.value = String(30 + (edit % 2) * 10 + (edit % 7));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const dom = await changed;
        const frame = await new Promise((resolve) => requestAnimationFrame((time) => resolve(performance.now())));
        toDom.push(dom - started);
        toFrame.push(frame - started);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return { toDom, toFrame };
    },
    [inputSelector, cellSelector, count],
  );
}

function callLog(rows, reps) {
  const lines = ['rep,date,dials,connects,meetings,deals'];
  for (let row = 0; row < rows; row++) {
    const day = `2026-${String((row % 12) + 1).padStart(2, '0')}-${String((row % 28) + 1).padStart(2, '0')}`;
    lines.push(`Rep ${row % reps},${day},${40 + (row % 30)},12,3,${row % 3 === 0 ? 1 : 0}`);
  }
  return lines.join('\n');
}

async function pasteAndImport(page, text) {
  await page.getByText('Import a call log (CSV)').click();
  await page.evaluate((log) => {
    const area = document.querySelector('#call-log-text');
    area.value = log;
  }, text);
  await page.getByTestId('read-columns').click();
  await page.getByTestId('start-import').waitFor();
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelector('[data-testid="import-result"]')) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        document.querySelector('[data-testid="start-import"]').click();
      }),
  );
}

const server = await serveDist();
const browser = await launchBrowser();
const chromium = browser.version();
const loads = { app: [], floor: [] };
const edits = { app: { toDom: [], toFrame: [] }, floor: { toDom: [], toFrame: [] }, roster: { toDom: [], toFrame: [] }, compare: { toDom: [], toFrame: [] } };
const imports = [];
const firstEdits = [];
let fetchedByApp = [];
let fetchedByFloor = [];
try {
  for (let run = 0; run < RUNS; run++) {
    // Alternate the order so neither page always loads first.
    for (const [name, path] of run % 2 ? [['floor', '/floor.html'], ['app', '/']] : [['app', '/'], ['floor', '/floor.html']]) {
      const load = await firstLoad(browser, server.origin, path);
      loads[name].push(load);
      if (name === 'app') fetchedByApp = load.fetched;
      else fetchedByFloor = load.fetched;
    }
  }

  const perRun = Math.ceil(EDITS / RUNS);
  for (let run = 0; run < RUNS; run++) {
    const floor = await browser.newPage({ locale: 'en-US' });
    await floor.goto(server.origin + '/floor.html');
    await floor.waitForTimeout(READING_PAUSE_MS);
    const floorTimes = await timeEdits(floor, '#actual-calls', '[data-testid="lost-revenue"]', perRun);
    edits.floor.toDom.push(...floorTimes.toDom);
    edits.floor.toFrame.push(...floorTimes.toFrame);
    await floor.close();

    const page = await browser.newPage({ locale: 'en-US' });
    const calculator = new CalculatorPage(page, server.origin);
    await calculator.open();
    await page.waitForTimeout(READING_PAUSE_MS);
    const main = await timeEdits(page, '#actual-calls', '[data-testid="lost-revenue"]', perRun);
    firstEdits.push(main.toDom[0]);
    edits.app.toDom.push(...main.toDom);
    edits.app.toFrame.push(...main.toFrame);

    await pasteAndImport(page, callLog(200, 200));
    await page.waitForTimeout(READING_PAUSE_MS);
    const roster = await timeEdits(page, '#rep-0-actual', '[data-testid="rep-0-missed"]', perRun);
    edits.roster.toDom.push(...roster.toDom);
    edits.roster.toFrame.push(...roster.toFrame);
    await page.close();

    const comparing = await browser.newContext({ locale: 'en-US' });
    const comparePage = await comparing.newPage();
    const compare = new CalculatorPage(comparePage, server.origin);
    await compare.open();
    for (const [index, actual] of ['40', '45', '50', '55'].entries()) {
      await compare.type('actual-calls', actual);
      await compare.saveScenario(`Option ${index + 1}`);
    }
    for (let index = 1; index <= 4; index++) {
      await comparePage.getByLabel(`Compare “Option ${index}”`).check();
    }
    await comparePage.waitForTimeout(READING_PAUSE_MS);
    const compared = await timeEdits(comparePage, '#actual-calls', '[data-testid="compare-lost-revenue-3"]', perRun);
    edits.compare.toDom.push(...compared.toDom);
    edits.compare.toFrame.push(...compared.toFrame);
    await comparing.close();

    const importPage = await browser.newPage({ locale: 'en-US' });
    await new CalculatorPage(importPage, server.origin).open();
    imports.push(await pasteAndImport(importPage, callLog(100_000, 200)));
    await importPage.close();
  }
} finally {
  await browser.close();
  await server.close();
}

// File sizes of what each page's first load fetched. The floor page is served from scripts/.
const sizes = (name, file) => {
  const bytes = readFileSync(file);
  return {
    name,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length,
  };
};
const sum = (list) => list.reduce((all, file) => ({ raw: all.raw + file.raw, gzip: all.gzip + file.gzip, brotli: all.brotli + file.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const files = [...new Set(fetchedByApp.map((path) => (path === '/' ? '/index.html' : path)))].map((path) =>
  sizes(path.slice(1).replace(/-[0-9a-f]{8,16}(?=[._])/, ''), join(DIST, path.slice(1))),
);
const total = sum(files);
const floorFiles = [...new Set(fetchedByFloor)]
  .filter((path) => existsSync(join(root, 'scripts', path.slice(1))))
  .map((path) => sizes(`${path.slice(1)} (floor)`, join(root, 'scripts', path.slice(1))));
const floorTotal = sum(floorFiles);

const native = execFileSync('cargo', ['bench', '--quiet', '--bench', 'model'], { cwd: root, encoding: 'utf8' }).trim();

const appFigure = summary(loads.app.map((load) => load.figure));
const appResult = summary(loads.app.map((load) => load.result));
const floorResult = summary(loads.floor.map((load) => load.result));
const appPaint = summary(loads.app.map((load) => load.paint));
const appDownloaded = summary(loads.app.map((load) => load.downloaded));
const appWholePage = summary(loads.app.map((load) => load.wholePage));
const floorPaint = summary(loads.floor.map((load) => load.paint));
const stat = (name) => ({ dom: summary(edits[name].toDom), frame: summary(edits[name].toFrame) });
const [app, floor, roster, compare] = ['app', 'floor', 'roster', 'compare'].map(stat);
const importStats = summary(imports);
const firstEdit = summary(firstEdits);
const verdict = (ok) => (ok ? 'met' : '**not met**');

const lines = [
  '<!-- bench:start -->',
  '## Benchmark',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} with \`scripts/bench.sh ${RUNS}\` on ${cpus().length} cores (${cpus()[0].model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, headless Chromium ${chromium}, release build served on 127.0.0.1. Each figure is over ${RUNS} fresh page loads; keystroke figures over ${edits.app.toDom.length} edits each, starting ${READING_PAUSE_MS / 1000} s after the page has loaded. "To DOM" runs from the \`input\` event to the changed cell; "to frame" to the next animation frame after it. The floor is scripts/floor.html, a hand-written page doing the main job, measured in the same session.`,
  '',
  '### First load',
  '',
  '| file | raw (KiB) | gzip -9 (KiB) | brotli q11 (KiB) |',
  '|---|---:|---:|---:|',
  ...files.map((file) => `| ${file.name} | ${kib(file.raw)} | ${kib(file.gzip)} | ${kib(file.brotli)} |`),
  `| **total** | ${kib(total.raw)} | ${kib(total.gzip)} | ${kib(total.brotli)} |`,
  ...floorFiles.map((file) => `| ${file.name} | ${kib(file.raw)} | ${kib(file.gzip)} | ${kib(file.brotli)} |`),
  `| **ratio of the totals, app to floor** | ${(total.raw / floorTotal.raw).toFixed(0)} | ${(total.gzip / floorTotal.gzip).toFixed(0)} | ${(total.brotli / floorTotal.brotli).toFixed(0)} |`,
  '',
  '| measure | app median (ms) | app spread (ms) | floor median (ms) | ratio | budget |',
  '|---|---:|---:|---:|---:|---|',
  `| first contentful paint | ${ms(appPaint.p50)} | ${ms(appPaint.min)}–${ms(appPaint.max)} | ${ms(floorPaint.p50)} | ${(appPaint.p50 / floorPaint.p50).toFixed(2)} | — |`,
  `| first result on screen: the default scenario's, written into the HTML at build time | ${ms(appFigure.p50)} | ${ms(appFigure.min)}–${ms(appFigure.max)} | ${ms(floorResult.p50)} | ${(appFigure.p50 / floorResult.p50).toFixed(2)} | ≤ 1.5 × floor: ${verdict(appFigure.p50 <= 1.5 * floorResult.p50)} |`,
  `| first result computed in the browser (also when inputs respond) | ${ms(appResult.p50)} | ${ms(appResult.min)}–${ms(appResult.max)} | ${ms(floorResult.p50)} | ${(appResult.p50 / floorResult.p50).toFixed(2)} | — |`,
  `| script and wasm downloaded (last byte) | ${ms(appDownloaded.p50)} | ${ms(appDownloaded.min)}–${ms(appDownloaded.max)} | | | — |`,
  `| rest of the page drawn after the first paint | ${ms(appWholePage.p50)} | ${ms(appWholePage.min)}–${ms(appWholePage.max)} | | | — |`,
  `| transfer, brotli | ${kib(total.brotli)} KiB | | ${kib(floorTotal.brotli)} KiB | ${(total.brotli / floorTotal.brotli).toFixed(0)} | ≤ 120 KiB: ${verdict(total.brotli <= 120 * 1024)} |`,
  '',
  '### Keystrokes',
  '',
  '| case | to DOM p50 | p95 | max | to frame p50 | p95 | max | ratio to floor, DOM p95 | ratio to floor, frame p95 | budget |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  `| floor page | ${ms(floor.dom.p50)} | ${ms(floor.dom.p95)} | ${ms(floor.dom.max)} | ${ms(floor.frame.p50)} | ${ms(floor.frame.p95)} | ${ms(floor.frame.max)} | 1.00 | 1.00 | — |`,
  `| main inputs | ${ms(app.dom.p50)} | ${ms(app.dom.p95)} | ${ms(app.dom.max)} | ${ms(app.frame.p50)} | ${ms(app.frame.p95)} | ${ms(app.frame.max)} | ${(app.dom.p95 / floor.dom.p95).toFixed(1)} | ${(app.frame.p95 / floor.frame.p95).toFixed(2)} | p95 ≤ 2 ms: ${verdict(app.dom.p95 <= 2)} |`,
  `| 200-rep roster | ${ms(roster.dom.p50)} | ${ms(roster.dom.p95)} | ${ms(roster.dom.max)} | ${ms(roster.frame.p50)} | ${ms(roster.frame.p95)} | ${ms(roster.frame.max)} | ${(roster.dom.p95 / floor.dom.p95).toFixed(1)} | ${(roster.frame.p95 / floor.frame.p95).toFixed(2)} | p95 ≤ 8 ms: ${verdict(roster.dom.p95 <= 8)} |`,
  `| four scenarios compared | ${ms(compare.dom.p50)} | ${ms(compare.dom.p95)} | ${ms(compare.dom.max)} | ${ms(compare.frame.p50)} | ${ms(compare.frame.p95)} | ${ms(compare.frame.max)} | ${(compare.dom.p95 / floor.dom.p95).toFixed(1)} | ${(compare.frame.p95 / floor.frame.p95).toFixed(2)} | — |`,
  '',
  `The first edit after each load, on the main inputs: median ${ms(firstEdit.p50)} ms to DOM, ${ms(firstEdit.min)}–${ms(firstEdit.max)} ms over ${firstEdits.length} loads. It is part of the figures above.`,
  '',
  '### Import and native model',
  '',
  `100,000 CSV rows (200 reps), click to result: median ${ms(importStats.p50)} ms, ${ms(importStats.min)}–${ms(importStats.max)} ms over ${imports.length} runs; budget under 1 s: ${verdict(importStats.p50 < 1000)}.`,
  '',
  'Native model, `cargo bench --bench model`:',
  '',
  native,
  '<!-- bench:end -->',
];

const path = join(root, 'docs/BENCHMARKS.md');
const current = readFileSync(path, 'utf8');
const generated = lines.join('\n');
const updated = current.includes('<!-- bench:start -->')
  ? current.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, generated)
  : `${current.trimEnd()}\n\n${generated}\n`;
writeFileSync(path, updated);
console.log(generated);
