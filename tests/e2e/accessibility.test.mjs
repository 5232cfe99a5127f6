// axe-core checks the page in three modes and two themes; any violation fails.

import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';

import { CalculatorPage, startSession, WORKED_EXAMPLE } from './calculator-page.mjs';

// axe-core is installed with the other tools in scripts/node_modules.
const require = createRequire(new URL('../../scripts/package.json', import.meta.url));
const AXE = require.resolve('axe-core/axe.min.js');

const session = startSession();

// axe is injected as an inline script, which the page's Content-Security-Policy blocks, so
// these pages bypass the policy; tests/e2e/security.test.mjs checks the policy itself.
const AUDITED = { locale: 'en-US', bypassCSP: true };

/** Runs axe on the page and returns its violations as readable lines. */
async function violations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${node.failureSummary.split('\n')[1] ?? ''})`),
  );
}

for (const colorScheme of ['light', 'dark']) {
  test(`main page passes axe, ${colorScheme}`, async () => {
    const page = await session.browser.newPage({ ...AUDITED, colorScheme });
    const calculator = new CalculatorPage(page, session.server.origin);
    await calculator.open();
    await calculator.enter(WORKED_EXAMPLE);
    await calculator.type('deal-size', 'abc');
    assert.deepEqual(await violations(page), []);
    await page.close();
  });

  test(`workshop mode passes axe, ${colorScheme}`, async () => {
    const page = await session.browser.newPage({ ...AUDITED, colorScheme });
    const calculator = new CalculatorPage(page, session.server.origin);
    await calculator.open();
    await page.getByTestId('workshop-toggle').click();
    await page.getByTestId('workshop').waitFor();
    assert.deepEqual(await violations(page), []);
    await page.close();
  });

  test(`embed mode passes axe, ${colorScheme}`, async () => {
    const page = await session.browser.newPage({ ...AUDITED, colorScheme });
    await page.goto(`${session.server.origin}/?embed=1&cta=%2Fpricing&cta_label=Talk%20to%20us`);
    await page.getByTestId('embed').waitFor();
    assert.deepEqual(await violations(page), []);
    await page.close();
  });
}

test('results are announced once typing pauses', async () => {
  const page = await session.browser.newPage({ locale: 'en-US' });
  await page.clock.install();
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  const before = await calculator.resultText('announcement');
  await calculator.enter(WORKED_EXAMPLE);
  assert.equal(await calculator.resultText('announcement'), before, 'announced while typing');
  await page.clock.runFor(1_100);
  assert.match(await calculator.resultText('announcement'), /Per day: 50 missed calls, 2\.5 lost deals, \$62,500 lost revenue\./);
  await page.close();
});
