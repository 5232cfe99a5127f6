// A manager builds a roster by keyboard and reads each rep's cost; the team figures follow.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { CalculatorPage, startSession } from './calculator-page.mjs';

const session = startSession();

test('roster rolls up into team figures', async () => {
  const page = await session.browser.newPage({ locale: 'en-US' });
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await calculator.enter({ 'conversion-rate': '2', 'deal-size': '12000' });

  // Keyboard only: focus the button, press Enter three times.
  await page.getByTestId('add-rep').focus();
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Enter');
  }
  await calculator.type('rep-0-name', 'Ana');
  await calculator.type('rep-0-actual', '30');
  await calculator.type('rep-1-rate', '4');
  await calculator.type('rep-2-actual', '95');

  // Ana: 50 short × 2 % × 12,000; rep 2: 28 × 4 % × 12,000; rep 3 is above target.
  assert.equal(await calculator.resultText('rep-0-revenue'), '$12,000');
  assert.equal(await calculator.resultText('rep-1-revenue'), '$13,440');
  assert.equal(await calculator.resultText('rep-2-revenue'), '$0');
  assert.equal(await calculator.resultText('lost-revenue'), '$25,440');
  assert.equal(await page.inputValue('#reps'), '3');
  assert.equal(await calculator.resultText('rep-0-share'), '64.1%');
  assert.equal(await calculator.resultText('rep-0-flag'), '62.5% short');
  assert.equal(await page.getByTestId('rep-2-flag').count(), 0);
  assert.ok(await page.locator('#conversion-rate').getAttribute('readonly') !== null, 'the team rate should follow the roster');

  // Reorder by keyboard: move Ana down, then remove the last row.
  await page.getByRole('button', { name: 'Move Ana down' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.inputValue('#rep-1-name'), 'Ana');
  await page.getByRole('button', { name: 'Remove Rep 3' }).click();
  assert.equal(await page.inputValue('#reps'), '2');
  assert.equal(await calculator.resultText('lost-revenue'), '$25,440');
  await page.close();
});

test('roster cell rejects bad text and keeps the rest working', async () => {
  const page = await session.browser.newPage({ locale: 'en-US' });
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await page.getByTestId('add-rep').click();
  await calculator.type('rep-0-actual', '40');
  const before = await calculator.resultText('lost-revenue');
  await calculator.type('rep-0-target', '-80');

  assert.match(await page.locator('#rep-0-target-error').textContent(), /Negative numbers are not accepted/);
  assert.equal(await page.locator('#rep-0-target').getAttribute('aria-invalid'), 'true');
  assert.equal(await calculator.resultText('lost-revenue'), before);
  await page.getByTestId('add-rep').click();
  assert.equal(await page.inputValue('#reps'), '2');
  await page.close();
});

test('roster is saved with its scenario', async () => {
  const context = await session.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await page.getByTestId('add-rep').click();
  await calculator.type('rep-0-name', 'Bo');
  await calculator.saveScenario('With roster');
  await page.reload();
  await page.locator('#target-calls').waitFor();
  await page.getByRole('button', { name: 'Open “With roster”' }).click();
  assert.equal(await page.inputValue('#rep-0-name'), 'Bo');
  await context.close();
});

test('roster travels in a share link', async () => {
  const sender = await session.browser.newContext({ locale: 'en-US' });
  const page = await sender.newPage();
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await page.getByTestId('add-rep').click();
  await calculator.type('rep-0-name', 'Dana & Co');
  await calculator.type('rep-0-actual', '33');
  await page.getByTestId('add-rep').click();
  await page.waitForFunction(() => location.hash.includes('reps=2'));
  const link = page.url();
  await sender.close();

  const receiver = await session.browser.newContext({ locale: 'en-US' });
  const opened = await receiver.newPage();
  await opened.goto(link);
  await opened.locator('#rep-1-name').waitFor();
  assert.equal(await opened.inputValue('#rep-0-name'), 'Dana & Co');
  assert.equal(await opened.inputValue('#rep-0-actual'), '33');
  assert.equal(await opened.inputValue('#reps'), '2');
  await receiver.close();
});
