// Takes the README's screenshots from the release build in headless Chromium, en-US locale.
// docs/screenshot.png is the worked example at 1280 by 900 pixels. docs/what-if.png shows two
// saved scenarios compared with a three-rep roster. docs/workshop.png is workshop mode on the
// lost-revenue step of an example. docs/screen-WIDTH-THEME.png is the first screen at 320 and
// 1920 pixels wide in the light and dark themes.
//
//   scripts/setup.sh test && trunk build --release && node scripts/screenshot.mjs

import { CalculatorPage, WORKED_EXAMPLE, launchBrowser, serveDist } from '../tests/e2e/calculator-page.mjs';

const docs = new URL('../docs/', import.meta.url).pathname;
const server = await serveDist();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const calculator = new CalculatorPage(page, server.origin);
  await calculator.open();
  await calculator.enter(WORKED_EXAMPLE);
  // Move focus off the last field so no focus ring shows in the picture.
  await page.locator('h1').click();
  await page.screenshot({ path: `${docs}screenshot.png` });

  await calculator.saveScenario('Today');
  await calculator.type('actual-calls', '60');
  await calculator.saveScenario('Ten more calls');
  await page.getByLabel('Compare “Today”').check();
  await page.getByLabel('Compare “Ten more calls”').check();
  for (const [name, actual] of [['Ana', '40'], ['Ben', '70'], ['Cleo', '55']]) {
    const index = await page.locator('.roster-table tbody tr').count();
    await page.getByTestId('add-rep').click();
    await calculator.type(`rep-${index}-name`, name);
    await calculator.type(`rep-${index}-actual`, actual);
  }
  await page.locator('h1').click();
  const outputs = page.locator('.outputs');
  const box = await outputs.boundingBox();
  const roster = await page.getByTestId('roster').boundingBox();
  const comparison = await page.getByTestId('comparison').boundingBox();
  const bottom = Math.max(roster.y + roster.height, comparison.y + comparison.height);
  await page.screenshot({
    path: `${docs}what-if.png`,
    fullPage: true,
    clip: { x: box.x, y: roster.y - 10, width: box.width, height: bottom - roster.y + 20 },
  });
  await page.getByTestId('example-1').click();
  await page.getByTestId('workshop-toggle').click();
  for (let step = 0; step < 4; step++) {
    await page.keyboard.press('ArrowRight');
  }
  await page.getByTestId('workshop').screenshot({ path: `${docs}workshop.png` });
  await page.close();

  // The page at a phone's width and a wide monitor's, in both themes.
  for (const colorScheme of ['light', 'dark']) {
    for (const [width, height] of [[320, 900], [1920, 1080]]) {
      const shot = await browser.newPage({ locale: 'en-US', viewport: { width, height }, colorScheme });
      const view = new CalculatorPage(shot, server.origin);
      await view.open();
      await view.enter(WORKED_EXAMPLE);
      await shot.locator('h1').click();
      await shot.screenshot({ path: `${docs}screen-${width}-${colorScheme}.png` });
      await shot.close();
    }
  }
  console.log(`wrote the screenshots to ${docs}`);
} finally {
  await browser.close();
  await server.close();
}
