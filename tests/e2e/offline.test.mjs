// A trainer loads the page once, then the venue's network fails: the page still opens and
// computes.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { CalculatorPage, startSession, WORKED_EXAMPLE } from './calculator-page.mjs';

const session = startSession();

test('page reloads and computes with the network off', async () => {
  const context = await session.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  // The service worker has cached the build once it controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });

  await context.setOffline(true);
  await page.reload();
  await page.locator('#target-calls').waitFor();
  await calculator.enter(WORKED_EXAMPLE);
  assert.equal(await calculator.resultText('lost-revenue'), '$62,500');
  await context.close();
});

test('manifest names the app and its icon', async () => {
  const page = await session.browser.newPage();
  const response = await page.goto(`${session.server.origin}/manifest.webmanifest`);
  const manifest = await response.json();
  assert.equal(manifest.short_name, 'CallGap');
  assert.equal(manifest.icons[0].src, 'icon.svg');
  const icon = await page.goto(`${session.server.origin}/icon.svg`);
  assert.equal(icon.status(), 200);
  await page.close();
});
