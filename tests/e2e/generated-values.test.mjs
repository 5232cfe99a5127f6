// A sweep of generated values through every main and advanced input: the page never throws
// and never shows NaN, infinity or a lone -0, and each rejected value gets its message.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { CalculatorPage, startSession } from './calculator-page.mjs';

const session = startSession();

const FIELDS = [
  'target-calls', 'actual-calls', 'conversion-rate', 'deal-size', 'reps', 'working-days',
  'gross-margin', 'attempts-per-lead', 'follow-ups-due', 'follow-ups-lost', 'cycle-days',
  'extra-cycle-days', 'cost-per-lead', 'revenue-goal',
];

/** Returns `count` values from a fixed seed: numbers of every size and sign, typed forms, junk. */
function generatedValues(count) {
  let seed = 20261204;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pieces = ['', ' ', '-', '−', '+', '$', '€', '%', 'k', 'm', 'bn', ',', '.', "'", 'e', 'NaN', 'Infinity', '<b>', '0', '00'];
  const values = [];
  for (let index = 0; index < count; index++) {
    const kind = index % 4;
    if (kind === 0) {
      values.push(String((next() - 0.3) * 10 ** Math.floor(next() * 14)));
    } else if (kind === 1) {
      values.push((next() * 1e6).toLocaleString('en-US', { maximumFractionDigits: Math.floor(next() * 4) }));
    } else {
      let text = '';
      for (let part = 0; part < 1 + Math.floor(next() * 4); part++) {
        text += next() < 0.5 ? pieces[Math.floor(next() * pieces.length)] : String(Math.floor(next() * 1000));
      }
      values.push(text);
    }
  }
  return values;
}

test('generated values never break the page', async () => {
  const page = await session.browser.newPage({ locale: 'en-US' });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  for (const details of await page.locator('details.advanced').all()) {
    await details.locator('summary').click();
  }

  const values = generatedValues(200);
  for (const field of FIELDS) {
    for (const value of values) {
      await page.locator(`#${field}`).fill(value);
      const invalid = (await page.locator(`#${field}`).getAttribute('aria-invalid')) === 'true';
      if (invalid) {
        assert.ok(await page.locator(`#${field}-error`).count(), `${field} = ${JSON.stringify(value)} has no message`);
      }
      const shown = await page.locator('.outputs').innerText();
      assert.doesNotMatch(shown, /NaN|Infinity|∞|(^|[^\d.,])-0(?![\d.,])/, `${field} = ${JSON.stringify(value)}`);
    }
    await page.locator(`#${field}`).fill(field === 'gross-margin' || field === 'revenue-goal' ? '' : '1');
  }
  assert.deepEqual(errors, []);
  await page.close();
});
