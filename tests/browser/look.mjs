// Takes screenshots of the offline advisor for people to look at (not a test):
//   node look.mjs OUT_DIR
// Wide and phone layouts at DPR 1 and 2, the result scrolled through, dark theme, a bad link, and
// each language (node look.mjs OUT_DIR de: German alone).
import { launchChromium, offlineFileUrl, openAdvisor, settle } from './support.mjs';

const out = process.argv[2] ?? '/tmp/shots';
const browser = await launchChromium();

async function shoot(name, { width = 1280, height = 800, dpr = 1, answers = null, hash = '', query = '', scrolls = [] } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.log(name, 'console:', m.text()); });
  page.on('pageerror', (e) => console.log(name, 'pageerror:', e.message));
  await openAdvisor(page, offlineFileUrl + query + hash);
  if (answers) await page.evaluate((a) => window.sourcingAdvisor.setAnswers(a), answers);
  await settle(page);
  await page.screenshot({ path: `${out}/${name}.png` });
  for (const [i, [x, y, dy]] of scrolls.entries()) {
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, dy);
    await settle(page);
    await page.screenshot({ path: `${out}/${name}-scroll${i + 1}.png` });
  }
  await context.close();
}

await shoot('wide-dpr1', { scrolls: [[900, 500, 700], [900, 500, 700], [900, 500, 900], [900, 500, 900]] });
await shoot('wide-dpr2', { dpr: 2 });
await shoot('phone-dpr2', { width: 390, height: 844, dpr: 2, scrolls: [[200, 400, 3000]] });
await shoot('residency', { answers: { data_sensitivity: 'residency' }, scrolls: [[900, 500, 500]] });
await shoot('reshore-dark', { answers: { function: 'manufacturing', lead_time_sensitivity: 'high', offshore_cost_trend: 'rising', domestic_incentives: 'yes', current_model: 'own_offshore' }, hash: '' });
await shoot('bad-link', { hash: '#sa-broken' });
// Each language with its home country: the questionnaire and the result, DPR 2; German on a phone.
const only = process.argv[3];  // a language alone, e.g. "de"
for (const [lang, country] of [['en', 'gb'], ['de', 'de'], ['fr', 'fr'], ['es', 'es']]) {
  if (only && only !== lang) continue;
  const query = `?lang=${lang}&country=${country}`;
  await shoot(`${lang}-wide-dpr2`, { dpr: 2, query, scrolls: [[900, 500, 800], [900, 500, 800], [900, 500, 900], [900, 500, 900], [900, 500, 900], [900, 500, 900]] });
  await shoot(`${lang}-wide-dpr1`, { query });
  if (lang === 'de') await shoot('de-phone-390-dpr2', { width: 390, height: 844, dpr: 2, query, scrolls: Array.from({ length: 14 }, () => [200, 400, 1300]) });
}
await browser.close();
