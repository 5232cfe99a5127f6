// What a visitor gets from loading the page: a first paint before the wasm, nothing sent
// anywhere but the page's own server, and a layout that fits a phone.

import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';

import { CalculatorPage, DIST, startSession, WORKED_EXAMPLE } from './calculator-page.mjs';

const session = startSession();

test('page requests only its own files', async () => {
  const context = await session.browser.newContext({ locale: 'en-US' });
  const requested = [];
  const failed = [];
  context.on('request', (request) => requested.push(request.url()));
  context.on('requestfailed', (request) => failed.push(request.url()));
  const page = await context.newPage();
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await calculator.enter(WORKED_EXAMPLE);
  await calculator.type('deal-size', 'abc');
  await page.selectOption('#currency', 'GBP');
  await page.waitForLoadState('networkidle');

  const foreign = requested.filter((url) => new URL(url).origin !== session.server.origin);
  assert.deepEqual(foreign, [], 'requests left the page');
  assert.deepEqual(failed, [], 'requests failed');

  const ownFiles = new Set(readdirSync(DIST).map((name) => `/${name}`));
  for (const url of requested) {
    const path = new URL(url).pathname;
    assert.ok(path === '/' || ownFiles.has(path), `${path} is not a built file`);
  }
  assert.ok(requested.some((url) => url.endsWith('.wasm')), 'the wasm was never fetched');
  await context.close();
});

test('title and loading note paint before the wasm', async () => {
  const context = await session.browser.newContext({ locale: 'en-US' });
  // Hold the wasm back so the page shows what it has before the app starts.
  await context.route('**/*.wasm', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(session.server.origin + '/');

  assert.equal(await page.locator('h1').textContent(), 'CallGap');
  assert.ok(await page.locator('.loading').isVisible(), 'no loading note');
  assert.equal(await page.locator('#target-calls').count(), 0);
  await context.close();
});

test('first paint shows the figures the app computes', async () => {
  const context = await session.browser.newContext({ locale: 'en-US' });
  await context.route('**/*.wasm', (route) => route.abort());
  const withoutWasm = await context.newPage();
  await withoutWasm.goto(session.server.origin + '/');
  assert.ok(await withoutWasm.locator('#first-paint').isVisible(), 'no figures before the wasm');
  const cells = ['missed-calls', 'lost-deals', 'lost-revenue'].flatMap((row) => ['day', 'month', 'year'].map((period) => `${row}-${period}`));
  const written = {};
  for (const cell of ['total', ...cells]) {
    written[cell] = (await withoutWasm.getByTestId(`first-paint-${cell}`).textContent()).trim();
  }
  await context.close();

  // The app's own figures for the default scenario, in the same locale.
  const page = await session.browser.newPage({ locale: 'en-US' });
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  assert.equal(await page.locator('#first-paint').count(), 0, 'the written figures stayed');
  assert.equal(written.total, await calculator.resultText('total-cost'));
  for (const cell of cells) {
    const appCell = cell.replace(/-day$/, '');
    assert.equal(written[cell], await calculator.resultText(appCell), cell);
  }
  await page.close();
});

test('first paint hides figures a link would change', async () => {
  for (const [locale, address] of [['en-US', '/#v=1&r=9'], ['en-US', '/?embed=1'], ['de-DE', '/']]) {
    const context = await session.browser.newContext({ locale });
    await context.route('**/*.wasm', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(session.server.origin + address);
    assert.equal(await page.locator('#first-paint').isVisible(), false, `${locale} ${address}`);
    assert.ok(await page.locator('.loading').isVisible(), `${locale} ${address}: no loading note`);
    await context.close();
  }
});

test('loading note goes once the app is up', async () => {
  const page = await session.browser.newPage({ locale: 'en-US' });
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  assert.equal(await page.locator('.loading').isVisible(), false);
  await page.close();
});

test('page without JavaScript explains why', async () => {
  const context = await session.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(session.server.origin + '/');
  assert.match(await page.locator('.noscript').innerText(), /Turn JavaScript on/);
  await context.close();
});

test('phone width has no sideways scroll', async () => {
  const page = await session.browser.newPage({ locale: 'en-US', viewport: { width: 320, height: 640 } });
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await calculator.enter({ ...WORKED_EXAMPLE, reps: '100000', 'deal-size': '1bn' });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `the page is ${width} px wide at a 320 px viewport`);
  await page.close();
});
