// The offline single file (dist/sourcing-advisor.html) opened from file://: one request, no
// errors, crisp drawing at any device-pixel ratio, no frames while idle, input that lands, and
// the share-link fragment handled as docs/BEHAVIOUR.md says. Screenshots go to build/web/artifacts.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sealOfflineHtml } from '../../src/web/seal_offline.mjs';
import {
  artifactsDir, canvasSize, collectErrors, dataFileText, differingPixels, editOfflineWasm, framesRendered,
  launchChromium, offlineFileUrl, openAdvisor, pictureStats, replaceSameLength, screenshot, settle,
} from './support.mjs';

let browser;
before(async () => { browser = await launchChromium(); });
after(async () => { await browser?.close(); });

async function newPage(options = {}) {
  const context = await browser.newContext({ viewport: { width: 960, height: 640 }, ...options });
  const page = await context.newPage();
  return { context, page, errors: collectErrors(page) };
}

// Presses (clicks or taps) the middle of the canvas widget labelled `label` (itemRect: where the
// app last drew it), after the drawing settled; returns the point.
async function pressItem(page, label, press) {
  const rect = await (await page.waitForFunction(
    (name) => window.sourcingAdvisor.itemRect(name), label)).jsonValue();
  const point = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  await press(point.x, point.y);
  await settle(page);
  return point;
}

const answerOf = async (page, question) =>
  (await page.evaluate(() => window.sourcingAdvisor.getState())).answers[question];

const drawingChanged = (before, after) => differingPixels(before, after) > 20;

describe('offline single file', () => {
  test('opens from file:// with exactly one request and no errors', async () => {
    const { context, page, errors } = await newPage();
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await openAdvisor(page, offlineFileUrl);
    await page.waitForTimeout(500);
    assert.deepEqual(requests, [offlineFileUrl]);
    assert.equal(await page.evaluate(() => location.hash), '', 'opening the page writes no fragment');
    assert.match(await page.textContent('#sa-result .sa-share-link'), /^Share link: file:\/\/.*#sa-/,
                 'the page\'s result ends with the share link');
    assert.equal(await page.locator('#sa-summary').count(), 0, 'the result is on the page once, not twice');
    await context.close();  // unload, too, must raise no error
    assert.deepEqual(errors, []);
  });

  for (const pixelRatio of [1, 2]) {
    test(`draws crisply at device-pixel ratio ${pixelRatio}`, async () => {
      const { context, page, errors } = await newPage({ deviceScaleFactor: pixelRatio });
      await openAdvisor(page, offlineFileUrl);
      const size = await canvasSize(page);
      assert.equal(size.pixelRatio, pixelRatio);
      assert.equal(size.width, Math.round(size.cssWidth * pixelRatio), 'backing store width');
      assert.equal(size.height, Math.round(size.cssHeight * pixelRatio), 'backing store height');
      const picture = await screenshot(page, `offline-dpr${pixelRatio}`);
      assert.equal(picture.width, 960 * pixelRatio);
      const stats = pictureStats(picture);
      assert.ok(stats.variance > 50 && stats.colours > 20, `canvas looks blank: ${JSON.stringify(stats)}`);
      // Top-left corner at 1:1, to look at the text's sharpness.
      await screenshot(page, `offline-dpr${pixelRatio}-detail`, { x: 0, y: 0, width: 480, height: 200 });
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('draws nothing while idle', async () => {
    const { context, page, errors } = await newPage();
    await openAdvisor(page, offlineFileUrl);
    const framesBefore = await framesRendered(page);
    await page.waitForTimeout(2000);
    const idleFrames = (await framesRendered(page)) - framesBefore;
    console.log(`frames drawn in 2 s of idling: ${idleFrames}`);
    assert.ok(idleFrames <= 2, `${idleFrames} frames drawn while idle`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a click changes what is drawn, then drawing stops again', async () => {
    const { context, page, errors } = await newPage();
    await openAdvisor(page, offlineFileUrl);
    const before = await screenshot(page, 'click-before');
    await pressItem(page, 'Software development', (x, y) => page.mouse.click(x, y));
    await page.mouse.move(955, 635);
    await settle(page);
    assert.equal(await answerOf(page, 'function'), 'software_dev', 'the click did not answer');
    assert.ok(drawingChanged(before, await screenshot(page, 'click-after')), 'nothing redrawn');
    const framesBefore = await framesRendered(page);
    await page.waitForTimeout(1000);
    assert.ok((await framesRendered(page)) - framesBefore <= 2, 'idle again after the click');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a tap changes what is drawn, and a drag scrolls', async () => {
    const { context, page, errors } = await newPage({
      viewport: { width: 390, height: 640 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
    await openAdvisor(page, offlineFileUrl);
    const before = await screenshot(page, 'tap-before');
    await pressItem(page, 'IT support', (x, y) => page.touchscreen.tap(x, y));
    assert.equal(await answerOf(page, 'function'), 'it_support', 'the tap did not answer');
    assert.ok(drawingChanged(before, await screenshot(page, 'tap-after')), 'nothing redrawn');

    const session = await context.newCDPSession(page);
    const touch = (type, y) => session.send('Input.dispatchTouchEvent', {
      type, touchPoints: type === 'touchEnd' ? [] : [{ x: 200, y }] });
    const beforeDrag = await screenshot(page, 'touch-before-drag');
    await touch('touchStart', 560);
    for (let y = 540; y >= 240; y -= 20) await touch('touchMove', y);
    await touch('touchEnd');
    await settle(page);
    const afterDrag = await screenshot(page, 'touch-after-drag');
    assert.ok(differingPixels(beforeDrag, afterDrag) > 100, 'dragging a finger did not scroll');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the backing store follows a resize', async () => {
    const { context, page, errors } = await newPage({ deviceScaleFactor: 2 });
    await openAdvisor(page, offlineFileUrl);
    await page.setViewportSize({ width: 700, height: 500 });
    await settle(page);
    const size = await canvasSize(page);
    assert.deepEqual([size.width, size.height], [1400, 1000]);
    const picture = await screenshot(page, 'offline-resized');
    assert.equal(picture.width, 1400);
    assert.ok(pictureStats(picture).variance > 50, 'blank after resizing');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a change of answers writes the share link, which restores them', async () => {
    const { context, page, errors } = await newPage();
    await openAdvisor(page, offlineFileUrl);
    await pressItem(page, 'Legal', (x, y) => page.mouse.click(x, y));
    await page.waitForFunction(() => location.hash !== '');
    assert.equal(await answerOf(page, 'function'), 'legal');
    const link = await page.evaluate(() => location.href);
    const answers = (await page.evaluate(() => window.sourcingAdvisor.getState())).answers;

    const second = await newPage();
    await openAdvisor(second.page, link);
    const restored = await second.page.evaluate(() => window.sourcingAdvisor.getState());
    assert.deepEqual(restored.answers, answers);
    assert.ok(!restored.notice, `unexpected notice: ${restored.notice}`);
    assert.equal(await second.page.evaluate(() => location.href), link);
    assert.deepEqual([...errors, ...second.errors], []);
    await second.context.close();
    await context.close();
  });

  test('Tab leaves the canvas (no keyboard trap)', async () => {
    const { context, page, errors } = await newPage();
    await openAdvisor(page, offlineFileUrl);
    await page.focus('#canvas');
    await page.keyboard.press('Tab');
    assert.notEqual(await page.evaluate(() => document.activeElement.id), 'canvas');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a change of device-pixel ratio (zoom, another screen) rebuilds crisply', async () => {
    const { context, page, errors } = await newPage({ deviceScaleFactor: 1 });
    await openAdvisor(page, offlineFileUrl);
    const session = await context.newCDPSession(page);
    await session.send('Emulation.setDeviceMetricsOverride',
                       { width: 960, height: 640, deviceScaleFactor: 1.5, mobile: false });
    // Headless Chromium's emulation fires no resolution media-query change (a real zoom or screen
    // change does); every frame checks the ratio too, so any input applies it.
    await page.mouse.move(400, 300);
    await settle(page);
    const size = await canvasSize(page);
    assert.equal(size.pixelRatio, 1.5);
    assert.deepEqual([size.width, size.height], [1440, 960]);
    assert.ok(pictureStats(await screenshot(page, 'offline-dpr1.5')).variance > 50);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('follows the colour scheme, and ?theme= overrides it', async () => {
    const brightness = (picture) => {
      let sum = 0;
      for (let at = 0; at < picture.pixels.length; at += picture.channels) sum += picture.pixels[at + 1];
      return sum / (picture.pixels.length / picture.channels);
    };
    const { context, page, errors } = await newPage({ colorScheme: 'light' });
    await openAdvisor(page, offlineFileUrl);
    const light = brightness(await screenshot(page, 'theme-light'));
    await page.emulateMedia({ colorScheme: 'dark' });
    await settle(page);
    const dark = brightness(await screenshot(page, 'theme-dark'));
    assert.ok(dark < light - 40, `dark scheme not followed (brightness ${light} → ${dark})`);

    await openAdvisor(page, `${offlineFileUrl}?theme=light`);
    const forcedLight = brightness(await screenshot(page, 'theme-forced-light'));
    assert.ok(forcedLight > dark + 40, '?theme=light ignored');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a bad link shows a notice and leaves the fragment alone', async () => {
    const { context, page, errors } = await newPage();
    await openAdvisor(page, `${offlineFileUrl}#not-a-link`);
    const state = await page.evaluate(() => window.sourcingAdvisor.getState());
    assert.ok(typeof state.notice === 'string' && state.notice.length > 0, 'getState().notice');
    assert.equal(await page.evaluate(() => location.hash), '#not-a-link');
    assert.match(await page.textContent('#sa-result .sa-notice'), new RegExp(state.notice.slice(0, 20)));

    // A later hash change is opened too.
    await page.evaluate(() => { location.hash = 'another-bad-link'; });
    await settle(page);
    assert.ok((await page.evaluate(() => window.sourcingAdvisor.getState())).notice.length > 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('setAnswers rejects an unknown question id with a message', async () => {
    const { context, page, errors } = await newPage();
    await openAdvisor(page, offlineFileUrl);
    const message = await page.evaluate(() => {
      try {
        window.sourcingAdvisor.setAnswers({ no_such_question: 1 });
        return '';
      } catch (error) {
        return error.message;
      }
    });
    assert.match(message, /no_such_question/);
    assert.equal(await page.evaluate(() => location.hash), '', 'a refused change writes no link');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

// [SECTION] The sealed file: its Content-Security-Policy, and what it keeps from leaving
// A loopback server that records every request: where a leak would arrive.
async function listeningPost() {
  const requests = [];
  const server = createServer((request, response) => {
    requests.push(request.url);
    response.writeHead(204).end();
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, requests, close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(done); }) };
}

const recordViolations = () => {
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.cspViolations.push(`${event.effectiveDirective} ${event.blockedURI}`);
  });
};

// Every way a page script could send something to `origin`; resolves once each has been tried.
const trySending = (origin) => window.sourcingAdvisor === undefined ? null : (async () => {
  const outcomes = {};
  try {
    await fetch(`${origin}/fetch?answers=secret`);
    outcomes.fetch = 'sent';
  } catch (error) {
    outcomes.fetch = 'blocked';
  }
  outcomes.image = await new Promise((done) => {
    const image = new Image();
    image.onload = () => done('sent');
    image.onerror = () => done('blocked');
    image.src = `${origin}/image?answers=secret`;
  });
  navigator.sendBeacon(`${origin}/beacon`, 'secret');  // queued either way: the listening post tells
  outcomes.socket = await new Promise((done) => {
    try {
      const socket = new WebSocket(`${origin.replace('http', 'ws')}/socket`);
      socket.onopen = () => done('sent');
      socket.onerror = () => done('blocked');
    } catch (error) {
      done('blocked');
    }
  });
  return outcomes;
})();

const escapeAll = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  .replace(/"/g, '&quot;').replace(/'/g, '&#39;');

// The offline file with every model's name and summary rewritten to hostile text of the same
// length: HTML metacharacters, and images on the listening post.
function tamperedOfflineHtml(post) {
  const data = JSON.parse(dataFileText());
  const text = dataFileText();
  const colon = text.includes('"name": ') ? ': ' : ':';  // the embedded text is minified
  const replacements = [];
  for (const cell of data.cells) {
    const name = JSON.stringify(cell.name);  // as it stands in the data file
    const hostileName = `"<i>&\\"'</i>${'x'.repeat(name.length - 13)}"`;
    replacements.push([`"name"${colon}${name}`, `"name"${colon}${hostileName}`]);
    const summary = JSON.stringify(cell.summary);
    const image = `<img src=${post.origin}/summary-${cell.id}> & "' `.replace(/"/g, '\\"');
    replacements.push([`"summary"${colon}${summary}`, `"summary"${colon}"${(image + 'y'.repeat(summary.length)).slice(0, summary.length - 2)}"`]);
  }
  for (const [from] of replacements) assert.ok(text.includes(from), `the data file has no ${from}`);
  return editOfflineWasm(readFileSync(fileURLToPath(offlineFileUrl), 'utf8'),
                         (wasm) => replaceSameLength(wasm, replacements));
}

function writeArtifact(name, html) {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, name);
  writeFileSync(path, html);
  return pathToFileURL(path).href;
}

// Clicks the button labelled `label` (the offline page is the canvas) and returns the download.
async function clickForDownload(page, label) {
  await page.waitForFunction((label) => window.sourcingAdvisor.itemRect(label) !== null, label,
                             { timeout: 10000, polling: 100 });
  const rect = await page.evaluate((label) => window.sourcingAdvisor.itemRect(label), label);
  const x = rect.x + rect.width / 2;
  const y = rect.y + rect.height / 2;
  await page.mouse.move(x, y);
  await settle(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.mouse.click(x, y)]);
  return readFileSync(await download.path(), 'utf8');
}

describe('the sealed offline file', () => {
  let post;
  before(async () => { post = await listeningPost(); });
  after(async () => { await post?.close(); });

  test('has a policy that allows exactly its own script and style, wasm, and no connection', async () => {
    const { context, page, errors } = await newPage();
    await page.addInitScript(recordViolations);
    await openAdvisor(page, offlineFileUrl);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    const directives = Object.fromEntries(policy.split(/;\s*/).map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values];
    }));
    assert.deepEqual(directives['default-src'], ["'none'"]);
    assert.deepEqual(directives['connect-src'], ["'none'"]);
    assert.deepEqual(directives['base-uri'], ["'none'"]);
    assert.deepEqual(directives['form-action'], ["'none'"]);
    const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const inline = await page.evaluate(() => ({
      scripts: [...document.scripts].filter((script) => !script.src).map((script) => script.textContent),
      styles: [...document.querySelectorAll('style')].map((style) => style.textContent),
    }));
    assert.equal(inline.scripts.length, 1);
    assert.deepEqual(directives['script-src'], [...inline.scripts.map(hash), "'wasm-unsafe-eval'"]);
    assert.deepEqual(directives['style-src'], inline.styles.map(hash));
    assert.ok(!/'unsafe-eval'|'unsafe-inline'|\*|https?:/.test(policy), `too open: ${policy}`);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.ok(pictureStats(await screenshot(page, 'offline-sealed')).variance > 50, 'it does not run under its policy');
    await context.close();
    assert.deepEqual(errors, []);
  });

  test('nothing in the page can send: fetch, images, beacons and sockets are blocked', async () => {
    const { context, page } = await newPage();
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.addInitScript(recordViolations);
    await openAdvisor(page, offlineFileUrl);
    const outcomes = await page.evaluate(trySending, post.origin);
    await page.waitForTimeout(500);
    assert.deepEqual(outcomes, { fetch: 'blocked', image: 'blocked', socket: 'blocked' });
    assert.deepEqual(post.requests, [], 'the listening post heard something');
    const violations = await page.evaluate(() => window.cspViolations);
    for (const [directive, path] of [['connect-src', 'fetch'], ['img-src', 'image'], ['connect-src', 'beacon']]) {
      assert.ok(violations.some((entry) => entry.startsWith(`${directive} ${post.origin}/${path}`)),
                `no ${directive} violation for ${path}: ${violations}`);
    }
    assert.deepEqual(requests.filter((url) => !url.startsWith(post.origin)), [offlineFileUrl]);
    await context.close();
  });

  test('with a tampered data file it still cannot send, and its report escapes every text', async () => {
    const url = writeArtifact('offline-tampered.html', sealOfflineHtml(tamperedOfflineHtml(post)));
    const { context, page, errors } = await newPage({ acceptDownloads: true });
    await page.addInitScript(recordViolations);
    await openAdvisor(page, url);
    const state = await page.evaluate(() => window.sourcingAdvisor.getState());
    assert.match(state.winner_name, /^<i>&"'<\/i>x*$/, 'the tampered data did not load');
    await screenshot(page, 'offline-tampered');
    const outcomes = await page.evaluate(trySending, post.origin);
    assert.deepEqual(outcomes, { fetch: 'blocked', image: 'blocked', socket: 'blocked' });

    const report = await clickForDownload(page, 'Download report');
    assert.ok(report.includes(escapeAll(state.winner_name)), 'the report does not name the winner, escaped');
    assert.ok(report.includes('&lt;img src='), 'the summary is not in the report, escaped');
    assert.ok(!report.includes("<i>&\"'"), 'raw markup from the data file in the report');
    assert.ok(!/<img/i.test(report), 'an image from the data file in the report');
    await page.waitForTimeout(500);
    assert.deepEqual(post.requests, [], 'the listening post heard something');
    await context.close();
    assert.deepEqual(errors.filter((error) => !/Content Security Policy/.test(error)), []);
  });

  test('a changed program under the old policy does not run at all', async () => {
    const url = writeArtifact('offline-tampered-unsealed.html', tamperedOfflineHtml(post));
    const { context, page } = await newPage();
    await page.addInitScript(recordViolations);
    await page.goto(url);
    await page.waitForTimeout(1000);
    assert.equal(await page.evaluate(() => typeof window.sourcingAdvisor), 'undefined');
    assert.ok((await page.evaluate(() => window.cspViolations)).some((entry) => entry.startsWith('script-src')));
    await context.close();
  });
});

// [SECTION] The share link keeps up
describe('the share link after a burst of changes', () => {
  let throttled;  // Chromium with its history-flooding protection (Playwright turns it off)
  before(async () => { throttled = await launchChromium({ ignoreDefaultArgs: ['--disable-ipc-flooding-protection'] }); });
  after(async () => { await throttled?.close(); });

  test('ends on the current answers, even when the browser throttles or refuses history changes', async () => {
    const context = await throttled.newContext({ viewport: { width: 960, height: 640 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await openAdvisor(page, offlineFileUrl);
    // Some other script on the page used up the browser's budget (200 changes in 10 s), then
    // 200 changes of answers arrive in a burst.
    const written = await page.evaluate(async () => {
      for (let i = 0; i < 250; i++) history.replaceState(null, '', `#someone-else-${i}`);
      let calls = 0;
      const replaceState = history.replaceState;
      history.replaceState = function (...args) {
        calls++;
        return replaceState.apply(this, args);
      };
      let dropped = 0;  // writes the browser ignored: the address lagged behind after a write
      const started = Date.now();
      for (let i = 0; i < 200; i++) {
        window.sourcingAdvisor.setAnswers({ team_size: 1 + i, control: 1 + (i % 5) });
        if (i % 10 === 9) await new Promise((done) => setTimeout(done, 20));  // frames are drawn
        if (calls > 0 && location.hash.startsWith('#someone-else-')) dropped++;
      }
      return { calls, dropped, ms: Date.now() - started };
    });
    console.log(`burst: ${JSON.stringify(written)}`);
    assert.ok(written.dropped > 0, 'the browser did not throttle: this test proves nothing');
    await page.waitForFunction(() => location.hash === `#${window.sourcingAdvisor.getState().link}`, null,
                               { timeout: 30000, polling: 200 });
    const calls = await page.evaluate(() => window.sourcingAdvisor.getState().answers.team_size);
    assert.equal(calls, 200);
    console.log(`history writes for 200 changes: ${written.calls} during the burst`);
    assert.ok(written.calls <= written.ms / 250 + 5,
              `${written.calls} history writes in ${written.ms} ms for 200 changes: not spaced out`);

    // A browser that throws instead (Safari, after 100 changes in 30 s).
    await page.evaluate(() => {
      let refusals = 5;
      const replaceState = history.replaceState;
      history.replaceState = function (...args) {
        if (refusals-- > 0) throw new DOMException('Attempt to use history.replaceState() more than 100 times per 30 seconds', 'SecurityError');
        return replaceState.apply(this, args);
      };
      for (let i = 0; i < 20; i++) window.sourcingAdvisor.setAnswers({ team_size: 500 + i });
    });
    await page.waitForFunction(() => location.hash === `#${window.sourcingAdvisor.getState().link}`, null,
                               { timeout: 30000, polling: 200 });
    await context.close();
    assert.deepEqual(errors, []);
  });
});

// Every text the screen-reader live region (#sa-live) takes, recorded from before the app starts.
async function recordLiveRegion(page) {
  await page.addInitScript(() => {
    window.liveTexts = [];
    let last = '';
    new MutationObserver(() => {
      const region = document.getElementById('sa-live');
      const text = region ? region.textContent : '';
      if (text !== last) window.liveTexts.push(text);
      last = text;
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}
const spokenTexts = async (page) => (await page.evaluate(() => window.liveTexts)).filter((text) => text !== '');

describe('screen readers and the accent', () => {
  test('the live region speaks once per change of advice, and not when the page opens', async () => {
    const { context, page, errors } = await newPage();
    await recordLiveRegion(page);
    await openAdvisor(page, offlineFileUrl);
    await page.waitForTimeout(400);  // an announcement lands 50 ms after it is made
    assert.deepEqual(await spokenTexts(page), [], 'opening the page says nothing');
    const opened = await page.evaluate(() => window.sourcingAdvisor.getState());

    const reshoring = { function: 'manufacturing', lead_time_sensitivity: 'high', offshore_cost_trend: 'rising',
                        domestic_incentives: 'yes', current_model: 'own_offshore' };
    await page.evaluate((answers) => window.sourcingAdvisor.setAnswers(answers), reshoring);
    await settle(page);
    await page.waitForTimeout(400);
    const changed = await page.evaluate(() => window.sourcingAdvisor.getState());
    assert.notEqual(changed.label, opened.label, 'the answers change the advice');
    let spoken = await spokenTexts(page);
    assert.equal(spoken.length, 1, `one announcement: ${JSON.stringify(spoken)}`);
    assert.ok(spoken[0].startsWith(`Best fit: ${changed.label}, fit `), spoken[0]);

    // An answer that leaves the advice as it is says nothing; a change back says it once more.
    await page.evaluate(() => window.sourcingAdvisor.setAnswers({ horizon: 'short' }));
    await settle(page);
    await page.waitForTimeout(400);
    if ((await page.evaluate(() => window.sourcingAdvisor.getState())).label === changed.label) {
      assert.equal((await spokenTexts(page)).length, 1, 'the same advice is not spoken again');
    }
    await page.evaluate(() => window.sourcingAdvisor.setAnswers({ function: 'software_dev', current_model: 'none' }));
    await settle(page);
    await page.waitForTimeout(400);
    const back = await page.evaluate(() => window.sourcingAdvisor.getState());
    assert.notEqual(back.label, changed.label);
    spoken = await spokenTexts(page);
    assert.equal(spoken.length, 2, `two announcements: ${JSON.stringify(spoken)}`);
    assert.ok(spoken[1].startsWith(`Best fit: ${back.label}, fit `), spoken[1]);
    await context.close();
    assert.deepEqual(errors, []);
  });

  test('?accent=000000 and data-accent="#000000" both draw black, as a host message does', async () => {
    const shoot = async (query, dataAccent) => {
      const { context, page, errors } = await newPage();
      if (dataAccent) {
        await page.addInitScript((accent) => {  // as soon as <html> exists, before the app reads it
          const observer = new MutationObserver(() => {
            if (!document.documentElement) return;
            document.documentElement.setAttribute('data-accent', accent);
            observer.disconnect();
          });
          observer.observe(document, { childList: true });
        }, dataAccent);
      }
      await openAdvisor(page, offlineFileUrl + query);
      const picture = await screenshot(page, `accent${query.replace(/\W/g, '-')}${dataAccent ? '-data' : ''}`);
      await context.close();
      assert.deepEqual(errors, []);
      return picture;
    };
    const standard = await shoot('', null);
    const black = await shoot('?accent=000000', null);
    assert.ok(differingPixels(standard, black) > 200, 'black is not "no accent"');
    assert.equal(differingPixels(black, await shoot('', '#000000')), 0, 'data-accent reads as ?accent= does');
    assert.equal(differingPixels(standard, await shoot('?accent=2563eb', null)), 0, 'the data file\'s accent');
    assert.equal(differingPixels(standard, await shoot('?accent=00000', null)), 0, 'a bad accent is none');
  });
});
