// A trainer opens an example, switches to workshop mode and steps through it by keyboard.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { CalculatorPage, startSession, WORKED_EXAMPLE } from './calculator-page.mjs';

const session = startSession();

test('workshop steps through the chain by keyboard', async () => {
  const page = await session.browser.newPage({ locale: 'en-US' });
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await calculator.enter(WORKED_EXAMPLE);
  await page.getByLabel('Day', { exact: true }).check();

  // The shortcut works when no text field has focus.
  await page.locator('h1').click();
  await page.keyboard.press('w');
  await page.getByTestId('workshop').waitFor();
  assert.equal(await calculator.resultText('workshop-step'), 'Step 1 of 9');
  assert.equal(await calculator.resultText('workshop-label'), 'Missed dials');
  assert.equal(await calculator.resultText('workshop-value'), '50');
  assert.match(await calculator.resultText('workshop-formula'), /target 100 − made 50/);

  const expected = [
    ['Lost conversations', '12.5'],
    ['Lost meetings', '2.5'],
    ['Lost deals', '2.5'],
    ['Lost revenue', '$62,500'],
  ];
  for (const [label, value] of expected) {
    await page.keyboard.press('ArrowRight');
    assert.equal(await calculator.resultText('workshop-label'), label);
    assert.equal(await calculator.resultText('workshop-value'), value);
  }
  await page.keyboard.press('ArrowLeft');
  assert.equal(await calculator.resultText('workshop-label'), 'Lost deals');
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('PageDown');
  }
  assert.equal(await calculator.resultText('workshop-step'), 'Step 9 of 9');
  assert.equal(await calculator.resultText('workshop-value'), '$62,500');

  await page.keyboard.press('Escape');
  await page.locator('#target-calls').waitFor();
  assert.equal(await page.inputValue('#deal-size'), '25,000', 'leaving the workshop kept the inputs');
  await page.close();
});

test('ticker runs at the model rate per working hour', async () => {
  const page = await session.browser.newPage({ locale: 'en-US' });
  await page.clock.install();
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await calculator.enter(WORKED_EXAMPLE);
  await page.getByTestId('workshop-toggle').click();

  // The model loses $62,500 a working day: $7,812.50 an hour at 8 hours a day.
  assert.match(await calculator.resultText('ticker-rate'), /^\$7,813 per working hour/);
  const lost = async () => Number((await calculator.resultText('ticker-lost')).replace(/[$,]/g, ''));
  // The ticker redraws once a second, so a reading may trail the clock by up to a second,
  // which is $2.17 at this rate.
  const perSecond = 7_812.5 / 3_600;
  await calculator.result('ticker-reset').click();
  await page.clock.runFor(3_600_000);
  const afterHour = await lost();
  assert.ok(Math.abs(afterHour - 7_812.5) <= perSecond + 0.5, `after an hour: ${afterHour}`);

  await calculator.result('ticker-toggle').click();
  const paused = await lost();
  await page.clock.runFor(600_000);
  assert.equal(await lost(), paused, 'the paused ticker moved');
  await calculator.result('ticker-toggle').click();
  await page.clock.runFor(1_800_000);
  const resumed = await lost();
  assert.ok(Math.abs(resumed - 7_812.5 * 1.5) <= 2 * perSecond + 0.5, `after an hour and a half: ${resumed}`);
  await page.close();
});

test('example opens in one click', async () => {
  const page = await session.browser.newPage({ locale: 'en-US' });
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await page.getByTestId('example-1').click();
  assert.equal(await page.inputValue('#reps'), '10');
  assert.equal(await page.inputValue('#actual-calls'), '48');
  // 32 short × 10 reps × 2 % × 12,000 a day.
  assert.equal(await calculator.resultText('lost-revenue'), '$76,800');
  await page.close();
});

test('dark theme choice is remembered', async () => {
  const context = await session.browser.newContext({ locale: 'en-US', colorScheme: 'light' });
  const page = await context.newPage();
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await background();
  await page.getByLabel('Dark', { exact: true }).check();
  const dark = await background();
  assert.notEqual(dark, light);
  await page.reload();
  await page.locator('#target-calls').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.equal(await background(), dark);
  await context.close();
});
