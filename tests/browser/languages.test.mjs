// Their language, their currency (docs/BEHAVIOUR.md): the language from ?lang= or the browser's
// languages (de-AT → de → en), the switch on the canvas and on the page, switching at runtime
// with the answers kept, the host's set-options lang, the home country from ?country= or the
// browser's region, and share links that carry no language. Screenshots per language, DPR 2.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { collectErrors, differingPixels, launchChromium, offlineFileUrl, openAdvisor, screenshot, settle } from './support.mjs';

let browser;
before(async () => { browser = await launchChromium(); });
after(async () => { await browser?.close(); });

async function open(url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2,
                                             ...options });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await openAdvisor(page, url);
  await settle(page);
  return { context, page, errors };
}

const state = (page) => page.evaluate(() => window.sourcingAdvisor.getState());
const firstLegend = (page) => page.locator('#sa-form legend').first().textContent();

const expected = {
  en: { legend: 'Which work do you want to place?', button: 'Copy link', money: '$' },
  de: { legend: 'Welche Arbeit möchten Sie vergeben?', button: 'Link kopieren', money: '\u00a0€' },
  fr: { legend: 'Quel travail souhaitez-vous confier\u00a0?', button: 'Copier le lien', money: '\u00a0€' },
  es: { legend: '¿Qué trabajo quiere encargar?', button: 'Copiar enlace', money: '\u00a0€' },
};

describe('languages', () => {
  for (const [lang, words] of Object.entries(expected)) {
    test(`?lang=${lang}: the page, the form and the canvas speak it`, async () => {
      const country = lang === 'en' ? 'us' : lang;
      const { context, page, errors } = await open(`${offlineFileUrl}?lang=${lang}&country=${country}`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.equal(await firstLegend(page), words.legend);
      assert.equal(await page.locator('#sa-page header [data-action="copy-link"]').textContent(), words.button);
      assert.equal((await state(page)).answers.home_country, country);
      assert.ok((await page.textContent('#sa-result')).includes(words.money), `money written ${JSON.stringify(words.money)}`);
      // The canvas draws the same words (its buttons are found by their label).
      await page.waitForFunction((label) => window.sourcingAdvisor.itemRect(label), words.button, { polling: 100, timeout: 5000 });
      await screenshot(page, `lang-${lang}-dpr2`);
      await page.evaluate(() => document.querySelector('#sa-result').scrollIntoView());
      await context.close();
      assert.deepEqual(errors, []);
    });
  }

  test('German on a phone (390 px, touch): long words fit, and "Zum Ergebnis" brings the result', async () => {
    const { context, page, errors } = await open(`${offlineFileUrl}?lang=de&country=de`, {
      viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), 'the page scrolls sideways');
    // itemRect answers from the next frame it draws: asked again until then.
    const rect = async (label) => (await page.waitForFunction(
      (name) => window.sourcingAdvisor.itemRect(name), label, { polling: 100, timeout: 5000 })).jsonValue();
    // The first question's options, named as the form names them, each drawn inside the screen.
    const labels = await page.$$eval('#sa-form input[name="function"]', (inputs) => inputs.map((i) => i.labels[0].textContent.trim()));
    assert.ok(labels.includes('Datenerfassung und Backoffice'), labels.join(', '));
    for (const label of labels.slice(0, 4)) {
      const r = await rect(label);
      assert.ok(r && r.x >= 0 && r.x + r.width <= 390, `${label}: ${JSON.stringify(r)}`);
    }
    const button = await rect('Zum Ergebnis');
    assert.ok(button && button.x + button.width <= 390 && button.y + button.height <= 844, JSON.stringify(button));
    const before = await screenshot(page, 'lang-de-phone-390-dpr2');
    await page.touchscreen.tap(button.x + button.width / 2, button.y + button.height / 2);
    await settle(page);
    assert.ok(differingPixels(before, await screenshot(page, 'lang-de-phone-390-result-dpr2')) > 1000, 'nothing moved');
    // The questions scrolled away: their first option is no longer drawn (itemRect stays empty).
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.sourcingAdvisor.itemRect('Kundenservice')), null);
    await context.close();
    assert.deepEqual(errors, []);
  });

  test('the browser\'s languages choose, with a fallback chain; the region gives the home country', async () => {
    for (const [locale, lang, country] of [['de-AT', 'de', 'us'], ['fr-FR', 'fr', 'fr'], ['en-GB', 'en', 'gb'],
                                           ['pt-BR', 'en', 'us'], ['es-ES', 'es', 'es']]) {
      const { context, page, errors } = await open(offlineFileUrl, { locale });
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang, locale);
      assert.equal((await state(page)).answers.home_country, country, `${locale}: home country`);
      await context.close();
      assert.deepEqual(errors, []);
    }
  });

  test('switching at runtime keeps the answers, relabels the page, and the link carries no language', async () => {
    const { context, page, errors } = await open(`${offlineFileUrl}?lang=de`);
    // With the keyboard, as the form is used over the canvas (a11y.test.mjs).
    await page.getByRole('radio', { name: 'Buchhaltung und Steuern' }).focus();
    await page.keyboard.press('Space');
    await settle(page);
    const before = await state(page);
    assert.equal(before.answers.function, 'accounting');
    await page.waitForTimeout(200);  // the live region speaks 50 ms after a change
    const spoken = await page.textContent('#sa-live');
    await page.getByRole('combobox', { name: 'Sprache' }).focus();
    await page.keyboard.press('ArrowDown');  // English, Deutsch, Français, Español
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    assert.equal(await firstLegend(page), expected.fr.legend);
    const after = await state(page);
    assert.deepEqual(after.answers, before.answers, 'the answers stay');
    assert.equal(after.winner, before.winner);
    assert.equal(await page.getByRole('radio', { name: 'Comptabilité et fiscalité' }).isChecked(), true);
    assert.equal(await page.getByRole('combobox', { name: 'Langue' }).inputValue(), 'fr');
    assert.match(await page.textContent('#sa-result .sa-share-link'), /sourcing-advisor\.html#sa-/);
    assert.doesNotMatch(await page.textContent('#sa-result .sa-share-link'), /lang=/, 'the recipient reads their own language');
    // Nothing announced: the same advice in other words is not news.
    await page.waitForTimeout(200);
    assert.equal(await page.textContent('#sa-live'), spoken);
    await context.close();
    assert.deepEqual(errors, []);
  });
});
