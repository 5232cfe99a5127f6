// A user types something the calculator cannot read. The field shows why, and the rest of the
// page keeps working.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { CalculatorPage, startSession, WORKED_EXAMPLE } from './calculator-page.mjs';

const session = startSession();

test('letters in deal size show a message beside it', async () => {
  const page = await session.browser.newPage({ locale: 'en-US' });
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await calculator.enter(WORKED_EXAMPLE);
  await calculator.type('deal-size', 'abc');

  const message = await calculator.errorFor('deal-size').textContent();
  assert.match(message, /not a number/);
  assert.match(message, /such as 25000, \$25,000 or 25k/);
  assert.equal(await calculator.input('deal-size').getAttribute('aria-invalid'), 'true');
  assert.match(await calculator.resultText('stale-note'), /last valid average deal size \(\$25,000\)/);
  assert.equal(await calculator.resultText('lost-revenue'), '$62,500');

  // The rest of the page keeps working from the last valid deal size.
  await calculator.type('reps', '3');
  assert.equal(await calculator.resultText('missed-calls'), '150');
  assert.equal(await calculator.resultText('lost-revenue'), '$187,500');

  await calculator.type('deal-size', '10k');
  assert.equal(await calculator.errorFor('deal-size').count(), 0);
  assert.equal(await calculator.resultText('lost-revenue'), '$75,000');
  await page.close();
});

test('bad values never show NaN, infinity or -0', async () => {
  const page = await session.browser.newPage({ locale: 'en-US' });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();

  const attempts = [
    ['target-calls', ''],
    ['actual-calls', '-5'],
    ['conversion-rate', '250%'],
    ['deal-size', 'NaN'],
    ['deal-size', 'Infinity'],
    ['deal-size', '9'.repeat(400)],
    ['reps', '2.5'],
    ['reps', '-0'],
    ['working-days', '0'],
    ['actual-calls', '--3'],
    ['target-calls', '1e308'],
  ];
  for (const [fieldId, text] of attempts) {
    await calculator.type(fieldId, text);
    assert.equal(await calculator.input(fieldId).getAttribute('aria-invalid'), 'true', `${fieldId} accepted ${JSON.stringify(text)}`);
    assert.ok(await calculator.errorFor(fieldId).isVisible(), `${fieldId} shows no message for ${JSON.stringify(text)}`);
    const shown = await page.locator('.outputs').innerText();
    assert.doesNotMatch(shown, /NaN|Infinity|∞|(^|[^\d.,])-0(?![\d.,])/, `after ${fieldId} = ${JSON.stringify(text)}`);
  }
  assert.deepEqual(errors, [], 'the page raised errors');
  await page.close();
});
