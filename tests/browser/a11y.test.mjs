// Every visitor: the page's native form answered with the keyboard and role-based locators only (no
// canvas coordinates), in the offline file and without WebGL 2; the canvas's focus ring following
// the form's focus; and axe-core's WCAG 2.2 AA rules on each page. Screenshots go to artifacts.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import {
  collectErrors, differingPixels, distDir, launchChromium, offlineFileUrl, openAdvisor, screenshot,
  serveDirectory, settle,
} from './support.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser;
before(async () => { browser = await launchChromium(); });
after(async () => { await browser?.close(); });

const withoutWebGL2 = () => {
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    return type === 'webgl2' ? null : getContext.call(this, type, ...rest);
  };
};

async function newPage({ webgl = true, url = offlineFileUrl, ...options } = {}) {
  // bypassCSP: the offline file's policy admits only its own script, and axe is injected.
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, bypassCSP: true,
                                             ...options });
  const page = await context.newPage();
  const errors = collectErrors(page);
  if (!webgl) await page.addInitScript(withoutWebGL2);
  await openAdvisor(page, url);
  return { context, page, errors };
}

const state = (page) => page.evaluate(() => window.sourcingAdvisor.getState());

// axe-core with the WCAG 2.x A and AA rules (2.2 included): the serious and critical findings.
async function seriousViolations(page) {
  await page.addScriptTag({ path: axePath });
  const results = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

// Walks every visible question of the form with the keyboard: Tab to the group, arrows to
// another option (or a step up for numbers). Returns the questions whose answer changed.
async function answerEverythingByKeyboard(page) {
  const changed = [];
  const groups = page.getByRole('group');
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const group = groups.nth(i);
    if (await group.evaluate((g) => g.hidden)) continue;
    const name = await group.evaluate((g) => g.getAttribute('data-question'));
    if (!name) continue;
    const before = (await state(page)).answers[name];
    const radio = group.getByRole('radio', { checked: true });
    if (await radio.count()) {
      await radio.focus();
      await page.keyboard.press('ArrowDown');
    } else {
      const field = group.getByRole('spinbutton').or(group.getByRole('slider'));
      await field.focus();
      await page.keyboard.press('ArrowUp');
    }
    await page.waitForTimeout(30);
    if ((await state(page)).answers[name] !== before) changed.push(name);
  }
  return changed;
}

describe('the page for keyboards and screen readers', () => {
  test('Tab walks the form from the top; the canvas takes no Tab and no focus', async () => {
    const { context, page, errors } = await newPage();
    assert.equal(await page.getAttribute('#canvas', 'tabindex'), '-1');
    assert.equal(await page.getAttribute('#canvas', 'aria-hidden'), 'true');
    // First the page's buttons (the canvas rings its own twin of each), then the questions.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-action')), 'copy-link');
    for (let i = 0; i < 8 && (await page.evaluate(() => document.activeElement.name)) !== 'function'; i++)
      await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ name: document.activeElement.name,
                                               type: document.activeElement.type }));
    assert.deepEqual(first, { name: 'function', type: 'radio' });
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.name), 'core',
                 'Tab moves to the next question, as on any form');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await page.evaluate(() => document.activeElement.name), 'function');
    await context.close();
    assert.deepEqual(errors, []);
  });

  test('every question answered from the keyboard changes the app, and the result follows', async () => {
    const { context, page, errors } = await newPage();
    const first = await state(page);
    const changed = await answerEverythingByKeyboard(page);
    const asked = await page.locator('fieldset[data-question]:not([hidden])').count();
    assert.ok(changed.length >= asked - 1, `only ${changed.length} of ${asked} questions changed: ${changed}`);
    const last = await state(page);
    assert.notDeepEqual(last.answers, first.answers);
    // The page's result says what the app says.
    const heading = await page.locator('#sa-result-title').textContent();
    assert.ok(heading.includes(last.winner_name), `"${heading}" does not name ${last.winner_name}`);
    await context.close();
    assert.deepEqual(errors, []);
  });

  test('an answer on the canvas API updates the form', async () => {
    const { context, page, errors } = await newPage();
    await page.evaluate(() => window.sourcingAdvisor.setAnswers({ function: 'it_support', team_size: 42 }));
    assert.ok(await page.getByRole('radio', { name: 'IT support' }).isChecked());
    assert.equal(await page.locator('input[name="team_size"]').inputValue(), '42');
    assert.equal(await page.locator('fieldset[data-question="on_site"]').evaluate((f) => f.hidden), false,
                 'the question asked for IT support appears');
    await context.close();
    assert.deepEqual(errors, []);
  });

  test('the canvas draws a focus ring where the focused control\'s widget is', async () => {
    const { context, page, errors } = await newPage({ deviceScaleFactor: 1 });
    // The probe reports an item once it has been drawn after the question was asked.
    const rect = await (await page.waitForFunction(
      () => window.sourcingAdvisor.itemRect('Software development'))).jsonValue();
    assert.ok(rect, 'the option is on the canvas');
    const clip = { x: Math.max(0, rect.x - 8), y: Math.max(0, rect.y - 8), width: rect.width + 16,
                   height: rect.height + 16 };
    const before = await screenshot(page, 'focus-ring-before', clip);
    await page.getByRole('radio', { name: 'Software development' }).focus();
    await settle(page);
    const ringed = await screenshot(page, 'focus-ring-dpr1', clip);
    assert.ok(differingPixels(before, ringed) > rect.width, 'no ring drawn around the focused option');
    await page.evaluate(() => document.activeElement.blur());
    await settle(page);
    assert.ok(differingPixels(before, await screenshot(page, 'focus-ring-after', clip)) < 10,
              'the ring stays after the focus left');
    // A button of the page: the ring is on the canvas's Copy link.
    const button = await (await page.waitForFunction(
      () => window.sourcingAdvisor.itemRect('Copy link'))).jsonValue();
    const buttonClip = { x: button.x - 8, y: Math.max(0, button.y - 8), width: button.width + 16,
                         height: button.height + 16 };
    const plain = await screenshot(page, 'focus-ring-button-before', buttonClip);
    await page.getByRole('button', { name: 'Copy link' }).focus();
    await settle(page);
    assert.ok(differingPixels(plain, await screenshot(page, 'focus-ring-button-dpr1', buttonClip)) >
              button.width, 'no ring on the canvas button of the focused page button');
    await context.close();
    assert.deepEqual(errors, []);
  });

  test('axe-core finds no serious or critical WCAG 2.2 AA violation on the offline file', async () => {
    const { context, page, errors } = await newPage();
    assert.deepEqual(await seriousViolations(page), []);
    await context.close();
    assert.deepEqual(errors, []);
  });
});

describe('without WebGL 2', () => {
  test('the same page asks every question and shows the result, in both themes', async () => {
    for (const [scheme, scale] of [['light', 1], ['dark', 2]]) {
      const { context, page, errors } = await newPage({ webgl: false, colorScheme: scheme,
                                                         deviceScaleFactor: scale });
      assert.ok(await page.evaluate(() => document.documentElement.classList.contains('sa-page-mode')));
      assert.ok(await page.isVisible('#sa-form'));
      assert.ok(await page.isVisible('#sa-result-title'));
      assert.ok(!(await page.isVisible('#canvas')));
      await screenshot(page, `no-webgl-${scheme}-dpr${scale}`);
      const before = await page.locator('#sa-result').textContent();
      await page.getByRole('radio', { name: /data residency/ }).check();
      const after = await page.locator('#sa-result').textContent();
      assert.notEqual(after, before, 'the result did not follow the answer');
      assert.match(after, /Excluded/);
      await screenshot(page, `no-webgl-${scheme}-dpr${scale}-residency`, undefined);
      assert.deepEqual(await seriousViolations(page), []);
      await context.close();
      assert.deepEqual(errors, []);
    }
  });

  test('every question answered by keyboard, and the buttons work', async () => {
    const { context, page, errors } = await newPage({ webgl: false });
    const changed = await answerEverythingByKeyboard(page);
    assert.ok(changed.length >= 10, `only ${changed.length} answers changed`);
    await page.getByRole('button', { name: 'Start over' }).click();
    assert.equal((await state(page)).answers.function, 'customer_support');
    assert.ok(await page.getByRole('radio', { name: 'Customer support' }).isChecked());
    await page.getByRole('button', { name: 'Dark theme' }).click();
    assert.equal(await page.getAttribute('[data-action="theme"]', 'aria-pressed'), 'true');
    const [download] = await Promise.all([
      page.waitForEvent('download'), page.getByRole('button', { name: 'Download report' }).click()]);
    assert.equal(download.suggestedFilename(), 'sourcing-advice.html');
    await context.close();
    assert.deepEqual(errors, []);
  });
});

describe('the hosted build and the demo page', () => {
  let server;
  before(async () => { server = await serveDirectory(distDir); });
  after(async () => { await server?.close(); });

  test('the hosted app: every question by keyboard, and no serious axe-core violation', async () => {
    const { context, page, errors } = await newPage({ url: `${server.origin}/app/index.html` });
    const first = await state(page);
    const changed = await answerEverythingByKeyboard(page);
    assert.ok(changed.length >= 10, `only ${changed.length} answers changed`);
    assert.notDeepEqual((await state(page)).answers, first.answers);
    assert.deepEqual(await seriousViolations(page), []);
    await context.close();
    assert.deepEqual(errors, []);
  });

  test('the demo page has no serious axe-core violation', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.origin}/index.html`);
    await page.waitForTimeout(1500);
    assert.deepEqual(await seriousViolations(page), []);
    await context.close();
  });
});
