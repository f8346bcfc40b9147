// The README's recommended HTTP headers for app/, served for real: Content-Security-Policy with
// frame-ancestors (which only a header can carry) and X-Content-Type-Options. A site the policy
// lists can embed the advisor, a site it does not list gets no advisor, and the app runs under
// them on its own page. Three loopback origins: the advisor, a listed site (localhost) and a
// site not listed (127.0.0.1 on another port).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  collectErrors, distDir, launchChromium, openAdvisor, pictureStats, screenshot, serveDirectory, servePages,
} from './support.mjs';

const readme = readFileSync(join(fileURLToPath(new URL('.', import.meta.url)), '../../README.md'), 'utf8');

// The policy exactly as the README recommends it, with its example site replaced by `site`.
function recommendedPolicy(site) {
  const text = readme.replace(/\s+/g, ' ');
  const match = /`Content-Security-Policy: ([^`]+)`/.exec(text);
  assert.ok(match, 'the README recommends no Content-Security-Policy header');
  assert.match(match[1], /frame-ancestors 'self' https:\/\/your-site\.example/);
  return match[1].replace('https://your-site.example', site);
}

let browser;
let advisor;  // dist/ with the recommended headers on app/
let listed;   // a site the policy lists
let foreign;  // a site it does not
let policy;

const hostPage = (title) => `<!doctype html><title>${title}</title><h1>${title}</h1>
<script src="${advisor.origin}/embed.js" async data-events="result" data-title="Advisor"></script>`;

before(async () => {
  browser = await launchChromium();
  const pages = {};
  listed = await servePages(pages);
  foreign = await servePages(pages);
  listed.origin = listed.origin.replace('127.0.0.1', 'localhost');
  policy = recommendedPolicy(listed.origin);
  advisor = await serveDirectory(distDir, {
    headers: (path) => path.startsWith('/app/')
      ? { 'Content-Security-Policy': policy, 'X-Content-Type-Options': 'nosniff' }
      : path === '/embed.js' ? { 'Access-Control-Allow-Origin': '*' } : {} });
  pages['/listed.html'] = { body: hostPage('A listed site') };
  pages['/foreign.html'] = { body: hostPage('A site not listed') };
});
after(async () => {
  await browser?.close();
  await Promise.all([advisor?.close(), listed?.close(), foreign?.close()]);
});

// Opens a host page that embeds the advisor; returns the page, the advisor's frame element, the
// loader's events and the headers the advisor's page was served with.
async function openHost(url) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  await context.addInitScript(() => {
    window.hostEvents = [];
    for (const type of ['ready', 'result']) {
      window.addEventListener(`sourcing-advisor:${type}`, () => window.hostEvents.push(type));
    }
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const console = [];
  page.on('console', (message) => console.push(message.text()));
  const served = new Promise((done) => page.on('response', (response) => {
    if (response.url().startsWith(`${advisor.origin}/app/index.html`)) done(response);
  }));
  await page.goto(url);
  const element = await page.waitForSelector('iframe[title="Advisor"]');
  const response = await served;
  return { context, page, element, console, status: response.status(), headers: await response.allHeaders() };
}

describe('the recommended headers', () => {
  test('a site that frame-ancestors lists embeds the advisor, which runs under the headers', async () => {
    const { context, page, element, status, headers } = await openHost(`${listed.origin}/listed.html`);
    assert.equal(status, 200);
    assert.equal(headers['content-security-policy'], policy);
    assert.equal(headers['x-content-type-options'], 'nosniff');
    await page.waitForFunction(() => window.hostEvents.includes('ready') && window.hostEvents.includes('result'),
                               null, { timeout: 20000 });
    const frame = await element.contentFrame();
    assert.ok(frame.url().startsWith(`${advisor.origin}/app/index.html?`));
    assert.deepEqual(await frame.evaluate(() => window.cspViolations), []);
    assert.equal(typeof (await frame.evaluate(() => window.sourcingAdvisor.getState().winner)), 'string');
    await context.close();
  });

  test('a site it does not list gets no advisor', async () => {
    const { context, page, element, console, status } = await openHost(`${foreign.origin}/foreign.html`);
    assert.equal(status, 200, 'the page was served: only the policy refuses it');
    await page.waitForTimeout(3000);
    assert.deepEqual(await page.evaluate(() => window.hostEvents), [], 'the advisor ran in a site not listed');
    const frame = await element.contentFrame();
    assert.ok(!frame.url().startsWith(advisor.origin), `the frame shows ${frame.url()}`);
    assert.ok(console.some((text) => /frame-ancestors/.test(text)), `no frame-ancestors refusal: ${console}`);
    await context.close();
  });

  test('on its own page the app runs under the headers, with no violation and no request after load', async () => {
    const context = await browser.newContext({ viewport: { width: 960, height: 640 } });
    const requests = [];
    context.on('request', (request) => requests.push(request.url()));
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(event.effectiveDirective));
    });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await openAdvisor(page, `${advisor.origin}/app/index.html`);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.ok(pictureStats(await screenshot(page, 'hosted-headers')).variance > 50);
    const loaded = requests.length;
    await page.evaluate(() => window.sourcingAdvisor.setAnswers({ function: 'legal' }));
    await page.waitForTimeout(500);
    assert.deepEqual(requests.slice(loaded), []);
    assert.ok(requests.every((url) => url.startsWith(`${advisor.origin}/app/`)));
    await context.close();
    assert.deepEqual(errors, []);
  });
});
