// A manager switches to funnel mode, enters the three rates, and reads the stage table.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { CalculatorPage, startSession, WORKED_EXAMPLE } from './calculator-page.mjs';

const session = startSession();

test('funnel rates fill the stage table', async () => {
  const page = await session.browser.newPage({ locale: 'en-US' });
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await calculator.enter({ ...WORKED_EXAMPLE, 'target-calls': '100', 'actual-calls': '60' });
  await page.getByLabel('Funnel: connect, meeting, win').check();
  await calculator.enter({ 'connect-rate': '25', 'meeting-rate': '20', 'win-rate': '50' });
  await page.getByLabel('Day', { exact: true }).check();

  // Projected: 100 dials → 25 conversations → 5 meetings → 2.5 won → $62,500.
  // Actual: 60 dials → 15 → 3 → 1.5 → $37,500.
  const expected = {
    conversations: ['25', '15', '-10', '-40%'],
    meetings: ['5', '3', '-2', '-40%'],
    opportunities: ['5', '3', '-2', '-40%'],
    'won-deals': ['2.5', '1.5', '-1', '-40%'],
    'close-value': ['$62,500', '$37,500', '-$25,000', '-40%'],
  };
  for (const [stage, [projected, actual, variance, percent]] of Object.entries(expected)) {
    assert.equal(await calculator.resultText(`stage-${stage}-projected`), projected, `${stage} projected`);
    assert.equal(await calculator.resultText(`stage-${stage}-actual`), actual, `${stage} actual`);
    assert.equal(await calculator.resultText(`stage-${stage}-variance`), variance, `${stage} variance`);
    assert.equal(await calculator.resultText(`stage-${stage}-variance-percent`), percent, `${stage} percent`);
  }
  // Each lost meeting is worth 50 % × $25,000.
  assert.equal(await calculator.resultText('stage-meetings-variance-value'), '-$25,000');
  assert.equal(await calculator.resultText('lost-meetings'), '2');
  assert.equal(await calculator.resultText('lost-revenue'), '$25,000');
  await page.close();
});

test('rate denominators are named beside each rate', async () => {
  const page = await session.browser.newPage({ locale: 'en-US' });
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await page.getByLabel('Funnel: connect, meeting, win').check();

  assert.match(await page.locator('#connect-rate-hint').textContent(), /^Per dial/);
  assert.match(await page.locator('#meeting-rate-hint').textContent(), /^Per conversation/);
  assert.match(await page.locator('#win-rate-hint').textContent(), /^Per meeting/);
  await page.close();
});

test('keyboard alone switches mode and period', async () => {
  const page = await session.browser.newPage({ locale: 'en-US' });
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await calculator.enter(WORKED_EXAMPLE);

  await page.locator('#rate-mode-simple').focus();
  await page.keyboard.press('ArrowRight');
  assert.ok(await page.locator('#connect-rate').isVisible(), 'the arrow key did not switch to funnel mode');

  await page.locator('#period-year').focus();
  await page.keyboard.press('ArrowLeft');
  assert.match(await calculator.resultText('total-cost'), /^\$/);
  assert.ok(await page.locator('#period-quarter').isChecked(), 'the arrow key did not pick the quarter');
  assert.equal(await calculator.resultText('period-lost-revenue'), '$3,937,500');
  await page.close();
});
