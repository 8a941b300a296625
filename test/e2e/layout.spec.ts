/**
 * Step 3 leads with the work: on a fresh configuration, the "Test login"
 * button is within the first screen at 1280×800, the pictures beside the form
 * use the width the window gives (≥ 480 px at 1280, wider at 1920), and at
 * 800×600 the step list is a one-line progress bar, not a tall list.
 * The measured figures are attached to the report (layout-figures.json).
 */
import { test, expect, type Page } from '@playwright/test';
import { withAppAndIdpPerTest, type TestApp } from './app';
import { snap, stepLink } from './screens';

let t: TestApp;

withAppAndIdpPerTest((app) => (t = app));

interface Figures {
  viewport: string;
  pageHeight: number;
  testLoginTop: number;
  testLoginVisibleWithoutScrolling: boolean;
  pictureWidths: number[];
  stepNavHeight: number;
}

/** Positions in page coordinates (as if scrolled to the top), so a scrolled page cannot fake a high button. */
async function measure(page: Page, viewport: string): Promise<Figures> {
  return page.evaluate((viewport) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Test login');
    if (!button) throw new Error('no Test login button');
    const top = button.getBoundingClientRect().top + window.scrollY;
    const pictures = [...document.querySelectorAll<SVGElement>('.step-screen .figure-image svg.illustration')]
      // Inside a folded <details> a picture keeps a box but is not shown: checkVisibility says so.
      .filter((svg) => svg.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && svg.getBoundingClientRect().width > 0)
      .map((svg) => Math.round(svg.getBoundingClientRect().width));
    const nav = document.querySelector('nav[aria-label="Setup steps"]');
    return {
      viewport,
      pageHeight: document.documentElement.scrollHeight,
      testLoginTop: Math.round(top),
      testLoginVisibleWithoutScrolling: button.getBoundingClientRect().bottom + window.scrollY <= window.innerHeight,
      pictureWidths: pictures,
      stepNavHeight: Math.round(nav?.getBoundingClientRect().height ?? -1),
    };
  }, viewport);
}

test('step 3 at 800×600, 1280×800 and 1920×1080: Test login on the first screen, pictures wide enough, a compact step bar when narrow', async ({}, testInfo) => {
  const { page } = t;
  await page.getByRole('button', { name: 'New configuration' }).click();
  // The IdP chooser opens with Okta preselected: confirm it.
  await page.getByRole('dialog', { name: 'New configuration' }).getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create the app in Okta' })).toBeVisible();
  await stepLink(page, 3).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Credentials and test' })).toBeVisible();

  const figures: Record<string, Figures> = {};
  for (const [width, height] of [
    [800, 600],
    [1280, 800],
    [1920, 1080],
  ] as const) {
    const name = `${width}x${height}`;
    await page.setViewportSize({ width, height });
    await page.evaluate(() => window.scrollTo(0, 0));
    // Let the layout settle (media queries, fonts) before measuring.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    figures[name] = await measure(page, name);
    await snap(page, testInfo, `layout-step3-${name}`);
  }
  await testInfo.attach('layout-figures.json', { body: JSON.stringify(figures, null, 2), contentType: 'application/json' });
  console.log(JSON.stringify(figures, null, 2));

  const narrow = figures['800x600']!;
  const laptop = figures['1280x800']!;
  const wide = figures['1920x1080']!;

  // The work comes first: the button is on the first screen at 1280×800 (and at 800×600).
  expect(laptop.testLoginTop).toBeLessThan(800);
  expect(laptop.testLoginVisibleWithoutScrolling).toBe(true);
  expect(narrow.testLoginVisibleWithoutScrolling).toBe(true);

  // The pictures beside the form use the window's width.
  expect(laptop.pictureWidths.length).toBeGreaterThan(0);
  for (const w of laptop.pictureWidths) expect(w).toBeGreaterThanOrEqual(480);
  expect(wide.pictureWidths.length).toBe(laptop.pictureWidths.length);
  expect(Math.min(...wide.pictureWidths)).toBeGreaterThan(Math.min(...laptop.pictureWidths));

  // Narrow: the step list is one compact bar; its links still work and mark the current step.
  expect(narrow.stepNavHeight).toBeGreaterThan(0);
  expect(narrow.stepNavHeight).toBeLessThan(120);
  await page.setViewportSize({ width: 800, height: 600 });
  await expect(stepLink(page, 3)).toHaveAttribute('aria-current', 'step');
  await stepLink(page, 2).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Configure the app' })).toBeVisible();
  await expect(stepLink(page, 2)).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('navigation', { name: 'Setup steps' })).toContainText('Step 2 of 4');
});
