// Measures, in headless Chromium on the release build, how long the page takes to import a
// call log of 100,000 rows (200 reps) and to update after one edit in a 200-rep roster.
// Prints Markdown rows for docs/BENCHMARKS.md.
//
//   scripts/setup.sh test && trunk build --release && node scripts/bench-whatif.mjs [RUNS]

import { CalculatorPage, launchBrowser, serveDist } from '../tests/e2e/calculator-page.mjs';

const runs = Number(process.argv[2] ?? 5);
const EDITS = 50;

function callLog(rows, reps) {
  const lines = ['rep,date,dials,connects,meetings,deals'];
  for (let row = 0; row < rows; row++) {
    const day = `2026-${String((row % 12) + 1).padStart(2, '0')}-${String((row % 28) + 1).padStart(2, '0')}`;
    lines.push(`Rep ${row % reps},${day},${40 + (row % 30)},12,3,${row % 3 === 0 ? 1 : 0}`);
  }
  return lines.join('\n');
}

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const summarise = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted[sorted.length - 1], min: sorted[0] };
};

const text = callLog(100_000, 200);
const server = await serveDist();
const browser = await launchBrowser();
const importTimes = [];
const editTimes = [];
try {
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage({ locale: 'en-US' });
    const calculator = new CalculatorPage(page, server.origin);
    await calculator.open();
    await page.getByText('Import a call log (CSV)').click();
    // Playwright's fill types through the DevTools protocol, too slow for 3 MB; a paste
    // sets the value and fires one input event, which is what this sets up.
    await page.evaluate((log) => {
      const area = document.querySelector('#call-log-text');
      area.value = log;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    await page.getByTestId('read-columns').click();
    await page.getByTestId('start-import').waitFor();

    // Timed inside the page: from the click to the result appearing in the DOM.
    importTimes.push(
      await page.evaluate(
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
      ),
    );

    // One edit in the 200-rep roster: from the input event to the rep's cost in the DOM.
    const times = await page.evaluate(async (edits) => {
      const input = document.querySelector('#rep-0-actual');
      const cell = document.querySelector('[data-testid="rep-0-missed"]');
      const results = [];
      for (let edit = 0; edit < edits; edit++) {
        const value = String(30 + (edit % 20));
        const before = cell.textContent;
        const done = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (cell.textContent !== before) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(cell, { childList: true, characterData: true, subtree: true });
        });
        const started = performance.now();
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await done;
        results.push(performance.now() - started);
        await new Promise((resolve) => requestAnimationFrame(() => resolve()));
      }
      return results;
    }, EDITS);
    editTimes.push(...times);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const importStats = summarise(importTimes);
const editStats = summarise(editTimes);
const ms = (value) => value.toFixed(1);
console.log('| measure | runs | median (ms) | p95 (ms) | min (ms) | max (ms) |');
console.log('|---|---:|---:|---:|---:|---:|');
console.log(`| import 100,000 CSV rows (200 reps), click to result | ${importTimes.length} | ${ms(importStats.median)} | ${ms(importStats.p95)} | ${ms(importStats.min)} | ${ms(importStats.max)} |`);
console.log(`| one edit in a 200-rep roster, input event to updated cell | ${editTimes.length} | ${ms(editStats.median)} | ${ms(editStats.p95)} | ${ms(editStats.min)} | ${ms(editStats.max)} |`);
