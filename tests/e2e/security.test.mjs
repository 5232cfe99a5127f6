// The page runs under its Content-Security-Policy in every mode, with no violation, and
// sends nothing anywhere but its own session.server.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { CalculatorPage, startSession, WORKED_EXAMPLE } from './calculator-page.mjs';

const session = startSession();

/** Opens a page that records every CSP violation and every request it makes. */
async function watchedPage() {
  const context = await session.browser.newContext({ locale: 'en-US' });
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  return { context, page, requests };
}

test('policy has no unsafe-inline and no unsafe-eval', async () => {
  const page = await session.browser.newPage();
  await page.goto(session.server.origin + '/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
  await page.close();
});

test('no policy violation or foreign request in any mode', async () => {
  const { context, page, requests } = await watchedPage();
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await calculator.enter(WORKED_EXAMPLE);
  await page.getByLabel('Funnel: connect, meeting, win').check();
  await page.getByLabel('Dark', { exact: true }).check();
  await page.getByText('Show the data as a table').first().click();
  await page.getByTestId('workshop-toggle').click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await page.goto(`${session.server.origin}/?embed=1&accent=%23123456&cta=%2Fpricing`);
  await page.getByTestId('embed').waitFor();
  await page.locator('#deal-size').fill('abc');

  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  const foreign = requests.filter((url) => !url.startsWith(session.server.origin) && !url.startsWith('blob:') && !url.startsWith('data:'));
  assert.deepEqual(foreign, []);
  await context.close();
});
