// The hosted build (dist/app/) served over http under its strict Content-Security-Policy, and
// the landing page (dist/index.html) that embeds it: no CSP violation, no error, a drawing.
// Also the two fallbacks: no DecompressionStream (the prerendered page and a message) and no WebGL 2
// (the page's own form and result).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  collectErrors, distDir, launchChromium, openAdvisor, pictureStats, screenshot, serveDirectory,
} from './support.mjs';

let browser;
let server;
before(async () => {
  browser = await launchChromium();
  server = await serveDirectory(distDir);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// Every request of a context, in order.
function recordRequests(context) {
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  return requests;
}

// Records CSP violations before any page script runs.
const recordViolations = () => {
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
  });
};

describe('hosted build', () => {
  test('runs under its Content-Security-Policy without a single violation', async () => {
    const context = await browser.newContext({ viewport: { width: 960, height: 640 } });
    const requests = recordRequests(context);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.addInitScript(recordViolations);
    await openAdvisor(page, `${server.origin}/app/index.html`);
    await page.waitForTimeout(500);
    const app = `${server.origin}/app`;
    assert.deepEqual([...requests].sort(), [`${app}/app.css`, `${app}/app.js`, `${app}/index.html`],
                     'the page, its stylesheet and its program, and nothing else');
    // Answering, the share link and the result make no request either.
    await page.evaluate(() => window.sourcingAdvisor.setAnswers({ function: 'legal', team_size: 12 }));
    await page.mouse.click(300, 300);
    await page.waitForTimeout(500);
    assert.equal(requests.length, 3, `requests after load: ${requests.slice(3)}`);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(policy, /connect-src 'none'/);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    const inline = await page.evaluate(() => ({
      scripts: [...document.scripts].filter((script) => !script.src).length,
      styleElements: document.querySelectorAll('style').length,
      styleAttributes: document.querySelectorAll('[style]').length - document.querySelectorAll('#canvas[style]').length,
    }));
    assert.deepEqual(inline, { scripts: 0, styleElements: 0, styleAttributes: 0 });
    assert.ok(pictureStats(await screenshot(page, 'hosted')).variance > 50, 'canvas looks blank');
    await context.close();
    assert.deepEqual(errors, []);
  });

  test('the landing page embeds it in an iframe', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const requests = recordRequests(context);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.origin}/index.html`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame.waitForFunction(() => window.sourcingAdvisor !== undefined);
    await frame.evaluate(() => window.sourcingAdvisor.ready.then(() => true));
    assert.equal(await page.getAttribute('a[href="sourcing-advisor.html"]', 'href'), 'sourcing-advisor.html');
    await page.waitForTimeout(500);
    assert.ok(requests.every((url) => url.startsWith(`${server.origin}/`)), `requests elsewhere: ${requests}`);
    const loaded = requests.length;
    await frame.evaluate(() => window.sourcingAdvisor.setAnswers({ function: 'legal' }));
    await page.waitForTimeout(500);
    assert.deepEqual(requests.slice(loaded), [], 'requests after load');
    await screenshot(page, 'landing');
    await context.close();
    assert.deepEqual(errors, []);
  });

  test('a browser without DecompressionStream keeps the prerendered questions and says why', async () => {
    const context = await browser.newContext({ viewport: { width: 640, height: 480 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.addInitScript(() => { delete window.DecompressionStream; });
    await page.goto(`${server.origin}/app/index.html`);
    await page.waitForFunction(() => window.sourcingAdvisor !== undefined);
    const outcome = await page.evaluate(() => window.sourcingAdvisor.ready.then(
      () => 'ready', (error) => error.message));
    assert.match(outcome, /DecompressionStream/);
    assert.match(await page.textContent('#sa-message'), /too old/);
    assert.ok(await page.isVisible('#sa-form'), 'the prerendered questions are shown');
    assert.ok(await page.getByRole('radio', { name: 'Customer support' }).isChecked());
    assert.ok((await page.textContent('#sa-result')).includes('Best fit'));
    await screenshot(page, 'hosted-no-decompression-stream');
    await context.close();
    assert.deepEqual(errors, []);
  });

  test('without WebGL 2 the page itself is the advisor: its form answers, its result follows', async () => {
    const context = await browser.newContext({ viewport: { width: 640, height: 480 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        return type === 'webgl2' ? null : getContext.call(this, type, ...rest);
      };
    });
    await page.goto(`${server.origin}/app/index.html`);
    await page.waitForFunction(() => window.sourcingAdvisor !== undefined);
    const outcome = await page.evaluate(() => window.sourcingAdvisor.ready.then(
      () => 'ready', (error) => error.message));
    assert.equal(outcome, 'ready');
    assert.ok(!(await page.isVisible('#sa-message')), 'no message instead of the advisor');
    assert.ok(!(await page.isVisible('#canvas')));
    assert.ok(await page.isVisible('#sa-form'));
    await page.getByRole('radio', { name: 'Software development' }).check();
    assert.equal((await page.evaluate(() => window.sourcingAdvisor.getState())).answers.function,
                 'software_dev');
    assert.match(await page.evaluate(() => location.hash), /^#sa-/, 'the share link follows');
    assert.ok((await page.textContent('#sa-result')).includes(
      (await page.evaluate(() => window.sourcingAdvisor.getState())).winner_name));
    await screenshot(page, 'hosted-no-webgl2');
    await context.close();
    assert.deepEqual(errors, []);
  });
});
