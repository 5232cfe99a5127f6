// A marketing page embeds the widget; its frame follows the widget's height.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { startSession } from './calculator-page.mjs';

const session = startSession();

const frameHeight = (page) => page.evaluate(() => document.getElementById('callgap').getBoundingClientRect().height);

test('demo page frame follows the widget height', async () => {
  const page = await session.browser.newPage({ locale: 'en-US', viewport: { width: 800, height: 900 } });
  await page.goto(`${session.server.origin}/embed-demo.html`);
  const widget = page.frameLocator('#callgap');
  await widget.getByTestId('embed').waitFor();
  await page.waitForFunction(() => document.getElementById('callgap').style.height !== '');
  const settled = await frameHeight(page);
  // The frame's own scroll height equals the frame height: no inner scroll bar.
  const inner = await page.frames()[1].evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  assert.ok(Math.abs(settled - inner) <= 1, `frame ${settled} px, content ${inner} px`);

  await widget.locator('#deal-size').fill('lots');
  await page.waitForFunction((before) => document.getElementById('callgap').getBoundingClientRect().height > before, settled);
  const withError = await frameHeight(page);
  await widget.locator('#deal-size').fill('25000');
  await page.waitForFunction((before) => document.getElementById('callgap').getBoundingClientRect().height < before, withError);
  assert.ok(Math.abs((await frameHeight(page)) - settled) <= 1, 'the frame did not shrink back');

  assert.equal(await widget.getByTestId('embed-cta').getAttribute('href'), '/pricing');
  assert.equal(await widget.getByTestId('embed-cta').textContent(), 'See our coaching');
  // 28 short of 80 × 5 reps × 2 % × 25,000 (typed above) × 252 working days.
  assert.equal(await widget.getByTestId('embed-total').textContent(), '$17,640,000');
  await page.close();
});

test('javascript call to action is refused and reported', async () => {
  const page = await session.browser.newPage({ locale: 'en-US' });
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(`${session.server.origin}/?embed=1&cta=javascript%3Aalert(1)&cta_label=Click&accent=%23fffff0&locale=de-DE&ds=25000`);
  await page.getByTestId('embed').waitFor();
  assert.equal(await page.getByTestId('embed-cta').count(), 0);
  assert.ok(warnings.some((text) => /CallGap embed: cta “javascript:alert\(1\)” was ignored/.test(text)), warnings.join('\n'));
  assert.ok(warnings.some((text) => /accent .* hard to read/.test(text)), warnings.join('\n'));
  // German number format from the locale setting.
  assert.match(await page.getByTestId('embed-total').textContent(), /^17\.640\.000/);
  await page.close();
});

test('embed mode writes no storage and keeps the address', async () => {
  const context = await session.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const address = `${session.server.origin}/?embed=1&t=90`;
  await page.goto(address);
  await page.getByTestId('embed').waitFor();
  await page.locator('#actual-calls').fill('40');
  await page.getByTestId('embed-total').waitFor();
  // Embed mode mounts no address or storage writer at all, so nothing can arrive later.
  assert.equal(page.url(), address);
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await context.close();
});
