// Embedding (PRODUCT.md §6): the advisor's origin serves dist/, a host page on a second origin
// pastes embed.js twice, and a third origin plays someone else (a frame in the host page, a page
// framing it, a page lying about its origin). Loopback only; screenshots go to build/web/artifacts.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  canvasSize, collectErrors, distDir, launchChromium, offlineFileUrl, openAdvisor, pictureStats,
  screenshot, serveDirectory, servePages, settle,
} from './support.mjs';

const prefilled = { function: 'manufacturing' };
const changed = { data_sensitivity: 'residency' };      // a shorter result than the prefilled one
const forged = { function: 'legal', team_size: 99 };     // what strangers try to set

let browser;
let advisor;   // the advisor's origin: dist/
let host;      // the embedding site
let stranger;  // anyone else
let integrity;
let pages;     // the host's and the stranger's pages, by path
let sharedLink;  // a result's link from the first host page (the prefilled answers, then changed)

// [SECTION] The three origins
function hostPage() {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>A host page</title>
<link rel="stylesheet" href="/host.css">
</head>
<body>
<h1>A host page</h1>
<p>Some of the host's own text above the advisor.</p>
<div class="slot"><script src="${advisor.origin}/embed.js" async integrity="${integrity}" crossorigin="anonymous"
  data-events="result" data-theme="light" data-accent="#0F766E" data-title="Advisor A"
  data-answers='${JSON.stringify(prefilled)}'></script></div>
<p id="below">The host's text below the advisor.</p>
<div class="spacer"></div>
<script src="${advisor.origin}/embed.js" async data-title="Advisor B"></script>
<iframe id="stranger" src="${stranger.origin}/stranger.html" title="Someone else's widget"></iframe>
</body>
</html>`;
}

const hostCss = `body { margin: 0 auto; max-width: 68rem; padding: 0 1rem; font: 16px/1.5 sans-serif; }
.slot { min-height: 720px; }
.spacer { height: 6000px; }
#stranger { width: 300px; height: 80px; border: 1px solid #888; }`;

before(async () => {
  browser = await launchChromium();
  integrity = (await readFile(join(distDir, 'embed.js.sri.txt'), 'utf8')).trim();
  assert.match(integrity, /^sha384-[A-Za-z0-9+/]{64}$/);
  // embed.js with CORS, as the README recommends for Subresource Integrity.
  advisor = await serveDirectory(distDir, {
    headers: (path) => (path === '/embed.js' ? { 'Access-Control-Allow-Origin': '*' } : {}) });
  pages = {};
  host = await servePages(pages);
  stranger = await servePages(pages);
  Object.assign(pages, {
    '/host.html': { body: hostPage(), headers: { 'Content-Security-Policy':
      `default-src 'none'; script-src ${advisor.origin}; style-src 'self'; frame-src ${advisor.origin} ${stranger.origin}` } },
    '/host.css': { body: hostCss, type: 'text/css' },
    '/stranger.html': { body: '<!doctype html><title>Stranger</title><p>Not the advisor.</p>' },
    // A page that frames the host page, and one that frames the advisor claiming to be the host.
    '/top.html': { body: `<!doctype html><title>Framing the host</title>
<iframe id="framed-host" src="${host.origin}/host.html" title="host" width="700" height="640"></iframe>
<iframe id="liar" src="${advisor.origin}/app/index.html?embed=1&amp;host=${encodeURIComponent(host.origin)}&amp;events=result"
        title="liar" width="600" height="640"></iframe>` },
  });
});
after(async () => {
  await browser?.close();
  await Promise.all([advisor?.close(), host?.close(), stranger?.close()]);
});

// [SECTION] Helpers
// In every frame, before its scripts: the loader's events (on the host's window), CSP violations,
// and the messages a window receives.
function recordInEveryFrame() {
  window.hostEvents = [];
  for (const type of ['ready', 'resize', 'result']) {
    window.addEventListener(`sourcing-advisor:${type}`, (event) => {
      const { frame, ...detail } = event.detail;
      window.hostEvents.push({ type, title: frame.title, detail, height: frame.style.height });
    });
  }
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
  });
  window.layoutShift = 0;  // cumulative layout shift, as Chromium's Layout Instability API counts it
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  window.received = [];
  window.addEventListener('message', (event) => {
    window.received.push({ origin: event.origin, data: JSON.stringify(event.data) });
  });
}

async function newHostContext(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, acceptDownloads: true, ...options });
  await context.addInitScript(recordInEveryFrame);
  const allowed = new Set([advisor.origin, host.origin, stranger.origin]);
  const requests = [];
  const blocked = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed.has(new URL(url).origin)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  context.on('request', (request) => requests.push(request.url()));
  return { context, requests, blocked };
}

const events = (page, filter = {}) => page.evaluate((filter) => window.hostEvents.filter(
  (event) => Object.entries(filter).every(([key, value]) => event[key] === value)), filter);

async function waitForEvent(page, filter, count = 1) {
  await page.waitForFunction(([filter, count]) => window.hostEvents.filter(
    (event) => Object.entries(filter).every(([key, value]) => event[key] === value)).length >= count,
  [filter, count], { timeout: 20000 });
}

async function advisorFrame(page, title) {
  const element = await page.waitForSelector(`iframe[title="${title}"]`);
  const frame = await element.contentFrame();
  // Drawn frames, not sourcingAdvisor.ready: a frame out of sight draws nothing (no animation
  // frames for it), and this should fail rather than wait forever.
  await frame.waitForFunction(() => window.sourcingAdvisor?.stats().framesRendered > 0, null, { timeout: 20000 });
  return { element, frame };
}

const stateOf = (frame) => frame.evaluate(() => window.sourcingAdvisor.getState());

// Waits until the advisor in frame idles and the host stops resizing it.
async function settleEmbedded(page, frame) {
  for (let round = 0; round < 20; round++) {
    const before = (await events(page)).length;
    await settle(frame);
    await page.waitForTimeout(300);
    if ((await events(page)).length === before) return;
  }
  throw new Error('the advisor kept resizing');
}

// Waits until the host heard nothing from its advisors for quietMs.
async function quietHost(page, quietMs) {
  for (let count = -1; ;) {
    const now = (await events(page)).length;
    if (now === count) return;
    count = now;
    await page.waitForTimeout(quietMs);
  }
}

// A message from the host page to one of its advisors, addressed to the advisor's origin.
function postFromHost(page, title, message) {
  return page.evaluate(([title, message, origin]) => {
    document.querySelector(`iframe[title="${title}"]`).contentWindow.postMessage(message, origin);
  }, [title, message, advisor.origin]);
}

const setAnswers = (answers) => ({ source: 'sourcing-advisor', v: 1, type: 'set-answers', payload: { answers } });

// Clicks the advisor's button labelled `label` for real: asks where it was drawn, scrolls it into
// the host's view, moves there and clicks. Resolves with the download the click started.
async function clickForDownload(page, frame, frameElement, label) {
  if (frameElement) await frameElement.evaluate((element) => element.scrollIntoView());  // out of sight, it draws nothing
  await frame.waitForFunction((label) => window.sourcingAdvisor.itemRect(label) !== null, label,
                              { timeout: 10000, polling: 100 });
  const rect = await frame.evaluate((label) => window.sourcingAdvisor.itemRect(label), label);
  if (frameElement) {
    await page.evaluate(([element, y]) => {
      window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY + y - 200);
    }, [frameElement, rect.y]);
  }
  const box = frameElement ? await frameElement.boundingBox() : { x: 0, y: 0 };
  const x = box.x + rect.x + rect.width / 2;
  const y = box.y + rect.y + rect.height / 2;
  await page.mouse.move(x, y);
  await settle(frame);
  const [download] = await Promise.all([page.waitForEvent('download'), page.mouse.click(x, y)]);
  return download;
}

async function downloadedText(download) {
  return readFile(await download.path(), 'utf8');
}

function brightness(picture) {
  let sum = 0;
  for (let at = 0; at < picture.pixels.length; at += picture.channels) sum += picture.pixels[at + 1];
  return sum / (picture.pixels.length / picture.channels);
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// [SECTION] One host page with two advisors, shared by the tests below (in order)
describe('embedding with embed.js', () => {
  let context, page, errors, requests, blocked;
  let a, b;              // {element, frame} of the two advisors
  let requestsAtLoad;    // requests made until everything had loaded

  before(async () => {
    ({ context, requests, blocked } = await newHostContext());
    page = await context.newPage();
    errors = collectErrors(page);
  });
  after(async () => { await context?.close(); });

  test('puts a lazy iframe with a title where the script is; a second one waits until needed', async () => {
    await page.goto(`${host.origin}/host.html`);
    a = await advisorFrame(page, 'Advisor A');
    const attributes = await a.element.evaluate((frame) => ({
      title: frame.title, allow: frame.getAttribute('allow'), loading: frame.getAttribute('loading'),
      src: frame.src, afterScript: frame.previousElementSibling?.tagName,
      inSlot: frame.parentElement.className, display: getComputedStyle(frame).display,
      width: frame.getBoundingClientRect().width, slotWidth: frame.parentElement.getBoundingClientRect().width,
    }));
    assert.equal(attributes.title, 'Advisor A');
    assert.equal(attributes.allow, 'clipboard-write');
    assert.equal(attributes.loading, 'lazy');
    assert.equal(attributes.afterScript, 'SCRIPT');
    assert.equal(attributes.inSlot, 'slot');
    assert.equal(attributes.display, 'block');
    assert.equal(attributes.width, attributes.slotWidth, 'the frame fills the width it is given');
    const src = new URL(attributes.src);
    assert.equal(`${src.origin}${src.pathname}`, `${advisor.origin}/app/index.html`);
    assert.deepEqual(Object.fromEntries(src.searchParams), {
      embed: '1', host: host.origin, theme: 'light', accent: '0F766E', events: 'result',
      answers: JSON.stringify(prefilled) });

    await waitForEvent(page, { type: 'ready', title: 'Advisor A' });
    await settleEmbedded(page, a.frame);
    // The slot reserves the loader's initial 720 px, so only the growth to the content's height
    // moves the host's text below (the loader cannot know that height earlier).
    const shift = await page.evaluate(() => window.layoutShift);
    console.log(`host page layout shift while loading: ${shift.toFixed(3)}`);
    assert.ok(shift < 0.1, `cumulative layout shift ${shift} (0.1 is the limit of "good")`);
    const bSrc = await page.getAttribute('iframe[title="Advisor B"]', 'src');
    assert.equal(await page.getAttribute('iframe[title="Advisor B"]', 'loading'), 'lazy');
    assert.ok(!new URL(bSrc).searchParams.has('events'), 'B did not ask for results');
    assert.ok(!requests.includes(bSrc), 'B, far below, loaded before it was needed');
    assert.equal((await stateOf(a.frame)).answers.function, prefilled.function, 'data-answers prefilled');
  });

  test('the height follows the content: no scroll bar inside, the page scrolls over it', async () => {
    await settleEmbedded(page, a.frame);
    const sent = (await events(page, { title: 'Advisor A' })).filter((event) => event.type !== 'result');
    assert.equal(sent[0].type, 'ready');
    const lastHeight = sent.at(-1).detail.height;
    assert.ok(lastHeight > 900, `content height ${lastHeight}`);
    const box = await a.element.boundingBox();
    assert.equal(box.height, Math.ceil(lastHeight), 'the frame is as tall as the content');
    const inside = await a.frame.evaluate(() => ({
      scrollHeight: document.documentElement.scrollHeight, innerHeight,
      overflow: getComputedStyle(document.documentElement).overflow,
      canvas: document.getElementById('canvas').getBoundingClientRect().height,
      autoHeight: document.documentElement.classList.contains('sa-auto-height'),
    }));
    assert.deepEqual(inside, { scrollHeight: box.height, innerHeight: box.height, overflow: 'hidden',
                               canvas: box.height, autoHeight: true });

    // The wheel over the result (right) and the questions (left) scrolls the host page: nothing
    // inside the advisor is left to scroll.
    for (const x of [box.x + box.width * 0.75, box.x + 150]) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.mouse.move(x, 600);
      await settle(a.frame);
      await page.mouse.wheel(0, 400);
      await page.waitForFunction(() => window.scrollY > 0, null, { timeout: 5000 });
    }
    await page.evaluate(() => window.scrollTo(0, 0));

    // A set-answers message from the host changes the answers, and the height follows.
    const resizes = (await events(page, { title: 'Advisor A', type: 'resize' })).length;
    await postFromHost(page, 'Advisor A', setAnswers(changed));
    await waitForEvent(page, { title: 'Advisor A', type: 'resize' }, resizes + 1);
    await settleEmbedded(page, a.frame);
    assert.equal((await stateOf(a.frame)).answers.data_sensitivity, changed.data_sensitivity);
    const newHeight = (await events(page, { title: 'Advisor A', type: 'resize' })).at(-1).detail.height;
    assert.notEqual(newHeight, lastHeight);
    assert.equal((await a.element.boundingBox()).height, Math.ceil(newHeight));
  });

  test('result events carry the iframe\'s result, only for the advisor that asked for them', async () => {
    const state = await stateOf(a.frame);
    const results = await events(page, { title: 'Advisor A', type: 'result' });
    assert.ok(results.length >= 2, 'a result at ready and after the change of answers');
    const last = results.at(-1).detail;
    const hash = await a.frame.evaluate(() => location.hash);
    assert.deepEqual(last, { winner: state.winner, reshore: state.reshore, fit: state.fit,
                             link: `${advisor.origin}/app/index.html${hash}` });
    assert.ok(hash.length > 5, 'the share link is in the iframe\'s fragment');
    sharedLink = { link: last.link, answers: state.answers };

    // The link opens the same answers in the advisor on its own.
    const standalone = await context.newPage();
    await openAdvisor(standalone, last.link);
    assert.deepEqual((await stateOf(standalone)).answers, state.answers);
    assert.equal(await standalone.evaluate(() => document.documentElement.classList.contains('sa-auto-height')), false);
    await standalone.close();

    // Advisor B loads when scrolled to, sizes itself, but tells nobody its result.
    await page.evaluate(() => document.querySelector('iframe[title="Advisor B"]').scrollIntoView());
    b = await advisorFrame(page, 'Advisor B');
    await waitForEvent(page, { type: 'ready', title: 'Advisor B' });
    await postFromHost(page, 'Advisor B', setAnswers({ function: 'legal' }));
    await b.frame.waitForFunction(() => window.sourcingAdvisor.getState().answers.function === 'legal');
    await settleEmbedded(page, b.frame);
    assert.deepEqual(await events(page, { title: 'Advisor B', type: 'result' }), []);
    assert.equal((await stateOf(a.frame)).answers.function, prefilled.function, 'A is independent of B');
    requestsAtLoad = requests.length;
  });

  test('messages from any other window, or not quite right, change nothing', async () => {
    const before = { a: await stateOf(a.frame), b: await stateOf(b.frame), events: await events(page),
                     height: (await a.element.boundingBox()).height };
    // A frame of another origin in the host page: forged orders to both advisors, forged
    // reports to the host.
    const strangerFrame = page.frames().find((frame) => frame.url().startsWith(stranger.origin));
    await strangerFrame.evaluate(([message, advisorOrigin]) => {
      for (let i = 0; i < parent.frames.length; i++) {
        parent.frames[i].postMessage(message, '*');
        parent.frames[i].postMessage(message, advisorOrigin);
      }
      for (const type of ['ready', 'resize', 'result']) {
        parent.postMessage({ source: 'sourcing-advisor', v: 1, type, payload: {
          height: 250, winner: 'forged', reshore: true, fit: 1, link: 'javascript:alert(1)' } }, '*');
      }
    }, [setAnswers(forged), advisor.origin]);
    // Advisor B (same origin as A) pretending to be A.
    await b.frame.evaluate(() => {
      parent.postMessage({ source: 'sourcing-advisor', v: 1, type: 'result',
                           payload: { winner: 'forged', reshore: true, fit: 1, link: location.href } }, '*');
    });
    // The real host, but not a valid message: another version, another type, bad payloads, junk.
    for (const message of [
      { ...setAnswers(forged), v: 2 }, { ...setAnswers(forged), source: 'someone-else' },
      { source: 'sourcing-advisor', v: 1, type: 'delete-everything', payload: {} },
      { source: 'sourcing-advisor', v: 1, type: 'set-answers', payload: { answers: { no_such_question: 1 } } },
      { source: 'sourcing-advisor', v: 1, type: 'set-options', payload: { accent: '<b>red</b>' } },
      'hello', 42, null, [1, 2, 3],
    ]) {
      await postFromHost(page, 'Advisor A', message);
    }
    await page.waitForTimeout(500);
    await settleEmbedded(page, a.frame);

    assert.deepEqual((await stateOf(a.frame)).answers, before.a.answers);
    assert.deepEqual((await stateOf(b.frame)).answers, before.b.answers);
    assert.deepEqual(await events(page), before.events, 'no event from a forged message');
    assert.equal((await a.element.boundingBox()).height, before.height);
  });

  test('Download report and Download data save the current winner, from inside the iframe', async () => {
    const state = await stateOf(a.frame);
    const report = await clickForDownload(page, a.frame, a.element, 'Download report');
    assert.equal(report.suggestedFilename(), 'sourcing-advice.html');
    assert.ok((await downloadedText(report)).includes(escapeHtml(state.winner_name)),
              `the report names ${state.winner_name}`);
    const data = await clickForDownload(page, a.frame, a.element, 'Download data');
    assert.equal(data.suggestedFilename(), 'sourcing-advice.json');
    const saved = JSON.parse(await downloadedText(data));
    assert.equal(saved.winner, state.winner);
    assert.deepEqual(saved.answers, state.answers);
  });

  test('no request after load, none beyond the three loopback origins, no CSP violation', async () => {
    const afterLoad = requests.slice(requestsAtLoad).filter((url) => !url.startsWith('blob:'));
    assert.deepEqual(afterLoad, [], 'requests after everything had loaded');
    assert.deepEqual(blocked, []);
    const origins = new Set(requests.filter((url) => !url.startsWith('blob:')).map((url) => new URL(url).origin));
    assert.deepEqual([...origins].sort(), [advisor.origin, host.origin, stranger.origin].sort());
    for (const frame of page.frames()) {
      assert.deepEqual(await frame.evaluate(() => window.cspViolations), [], `CSP violations in ${frame.url()}`);
    }
    const policy = await a.frame.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(policy, /default-src 'none'; script-src 'self' 'wasm-unsafe-eval'/);
    assert.deepEqual(errors, []);
  });

  test('looks right in the host page at device-pixel ratio 1', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(5, 5);
    await settleEmbedded(page, a.frame);
    const picture = await screenshot(page, 'embed-host-dpr1');
    assert.ok(pictureStats(picture).variance > 50);
  });
});

describe('strangers get nothing', () => {
  test('a page framing the host page, and a page claiming to be the host, cannot steer or hear the advisor', async () => {
    const { context, requests, blocked } = await newHostContext({ viewport: { width: 1400, height: 700 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${stranger.origin}/top.html`);
    const hostFrame = await (await page.waitForSelector('#framed-host')).contentFrame();
    const a = await advisorFrame(hostFrame, 'Advisor A');
    await waitForEvent(hostFrame, { type: 'ready', title: 'Advisor A' });
    const liar = await advisorFrame(page, 'liar');
    await settle(a.frame);
    await settle(liar.frame);
    const before = { a: await stateOf(a.frame), liar: await stateOf(liar.frame),
                     hostEvents: await events(hostFrame) };

    await page.evaluate(([message, advisorOrigin]) => {
      const targets = [frames[0].frames[0], frames[0].frames[1], frames[1]];
      for (const target of targets) {
        target.postMessage(message, '*');
        target.postMessage(message, advisorOrigin);
      }
    }, [setAnswers(forged), advisor.origin]);
    await page.waitForTimeout(500);
    await settle(a.frame);
    await settle(liar.frame);

    assert.deepEqual((await stateOf(a.frame)).answers, before.a.answers);
    assert.deepEqual((await stateOf(liar.frame)).answers, before.liar.answers);
    assert.deepEqual(await events(hostFrame), before.hostEvents);
    assert.deepEqual(await page.evaluate(() => window.received), [], 'the framing page heard something');
    assert.equal(await liar.frame.evaluate(() => document.documentElement.classList.contains('sa-auto-height')),
                 false, 'messaging is off when the declared host is not the parent');
    // The real host still hears its advisor, and can still steer it.
    await postFromHost(hostFrame, 'Advisor A', setAnswers(changed));
    await a.frame.waitForFunction((value) => window.sourcingAdvisor.getState().answers.data_sensitivity === value,
                                  changed.data_sensitivity);
    await waitForEvent(hostFrame, { type: 'result', title: 'Advisor A' }, 2);
    assert.deepEqual(await page.evaluate(() => window.received), []);
    assert.deepEqual(blocked, []);
    assert.ok(requests.every((url) => [advisor.origin, host.origin, stranger.origin].includes(new URL(url).origin)));
    await context.close();
    assert.deepEqual(errors, []);
  });
});

describe('the plain iframe snippet', () => {
  test('shows the advisor with the chosen theme, tells the page nothing, links to it on its own', async () => {
    // The landing page's plain iframe snippet, as a site owner would paste it; with prefilled
    // answers and a share link in the fragment, the link wins.
    const hash = sharedLink ? new URL(sharedLink.link).hash : '';
    const answers = encodeURIComponent(JSON.stringify({ function: 'legal' }));
    pages['/plain.html'] = { body: `<!doctype html><title>Plain iframe</title>
<iframe src="${advisor.origin}/app/index.html?embed=1&amp;theme=dark&amp;accent=0F766E&amp;answers=${answers}${hash}"
        title="Sourcing Advisor: which sourcing model fits your work"
        allow="clipboard-write" loading="lazy" width="100%" height="720" style="border:0"></iframe>` };
    const { context, requests } = await newHostContext({ viewport: { width: 1100, height: 800 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${host.origin}/plain.html`);
    const a = await advisorFrame(page, 'Sourcing Advisor: which sourcing model fits your work');
    await settle(a.frame);
    assert.ok(brightness(await screenshot(page, 'embed-plain-iframe')) < 100, 'the dark theme');
    const state = await stateOf(a.frame);
    if (sharedLink) assert.deepEqual(state.answers, sharedLink.answers, 'the link wins over prefilled answers');
    else assert.equal(state.answers.function, 'legal', 'prefilled answers');
    assert.deepEqual(await page.evaluate(() => window.received), []);
    assert.equal(await a.frame.evaluate(() => document.documentElement.classList.contains('sa-auto-height')), false);
    assert.match(await a.frame.textContent('#sa-summary'),
                 new RegExp(`Share link: ${advisor.origin}/app/index.html#sa-`), 'the link opens it on its own');
    assert.ok(requests.every((url) => [advisor.origin, host.origin].includes(new URL(url).origin)));
    await context.close();
    assert.deepEqual(errors, []);
  });
});

describe('embedded at device-pixel ratio 2', () => {
  test('draws crisply at the full backing-store size', async () => {
    const { context } = await newHostContext({ deviceScaleFactor: 2 });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${host.origin}/host.html`);
    const a = await advisorFrame(page, 'Advisor A');
    await waitForEvent(page, { type: 'ready', title: 'Advisor A' });
    // SwiftShader takes about 2 s per frame of this 2200 × 7300 px canvas: the height is settled
    // once no resize came for a while (the last frames need not finish for the size checks).
    await quietHost(page, 2500);
    const size = await canvasSize(a.frame);
    assert.equal(size.pixelRatio, 2);
    assert.equal(size.width, Math.round(size.cssWidth * 2));
    assert.equal(size.height, Math.round(size.cssHeight * 2));
    const picture = await screenshot(page, 'embed-host-dpr2');
    assert.equal(picture.width, 2200);
    assert.ok(pictureStats(picture).variance > 50);
    await screenshot(page, 'embed-host-dpr2-detail', { x: 0, y: 0, width: 560, height: 320 });
    await context.close();
    assert.deepEqual(errors, []);
  });
});

describe('embedded on a narrow touch screen', () => {
  // A vertical drag over the canvas, through the DevTools protocol (as a finger would).
  async function drag(context, page, x, fromY, toY) {
    const session = await context.newCDPSession(page);
    const touch = (type, y) => session.send('Input.dispatchTouchEvent', {
      type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', fromY);
    for (let y = fromY - 100; y >= toY; y -= 100) await touch('touchMove', y);
    await touch('touchEnd');
  }

  test('a vertical drag scrolls the host page; a tap reaches the advisor', async () => {
    const { context } = await newHostContext({ viewport: { width: 412, height: 860 }, hasTouch: true });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${host.origin}/host.html`);
    const a = await advisorFrame(page, 'Advisor A');
    await waitForEvent(page, { type: 'ready', title: 'Advisor A' });
    await drag(context, page, 200, 700, 300);
    await page.waitForFunction(() => window.scrollY > 200, null, { timeout: 5000 });

    await page.evaluate(() => window.scrollTo(0, 0));
    await a.frame.waitForFunction(() => window.sourcingAdvisor.itemRect('Start over') !== null, null, { polling: 100 });
    const rect = await a.frame.evaluate(() => window.sourcingAdvisor.itemRect('Start over'));
    const box = await a.element.boundingBox();
    await page.touchscreen.tap(box.x + rect.x + rect.width / 2, box.y + rect.y + rect.height / 2);
    await a.frame.waitForFunction((prefilled) => window.sourcingAdvisor.getState().answers.function !== prefilled,
                                  prefilled.function, { timeout: 5000 });
    await context.close();
    assert.deepEqual(errors, []);
  });

  test('never taller than the GPU can draw: the rest scrolls inside', async () => {
    const { context } = await newHostContext({ viewport: { width: 412, height: 860 }, deviceScaleFactor: 2,
                                               hasTouch: true });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${host.origin}/host.html`);
    const a = await advisorFrame(page, 'Advisor A');
    await waitForEvent(page, { type: 'ready', title: 'Advisor A' });
    const gpu = await a.frame.evaluate(() => {
      const canvas = document.getElementById('canvas');
      const gl = canvas.getContext('webgl2');  // the advisor's own context
      return { canvas: canvas.height, drawn: gl.drawingBufferHeight,
               limit: Math.min(gl.getParameter(gl.MAX_VIEWPORT_DIMS)[1], gl.getParameter(gl.MAX_RENDERBUFFER_SIZE)),
               autoHeight: document.documentElement.classList.contains('sa-auto-height') };
    });
    assert.equal(gpu.drawn, gpu.canvas, 'the drawing buffer is as tall as the canvas');
    assert.ok(gpu.canvas <= gpu.limit);
    // Phone content (about 6000 CSS px) at DPR 2 exceeds this GPU's limit (SwiftShader: 8192 px):
    // then the rest scrolls inside, so drags stay the advisor's.
    if (gpu.canvas === gpu.limit) assert.equal(gpu.autoHeight, false);
    await context.close();
    assert.deepEqual(errors, []);
  });
});

describe('the landing page', () => {
  test('builds the snippets from the chosen theme and accent, as text, under its own CSP', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    await context.addInitScript(recordInEveryFrame);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: advisor.origin });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${advisor.origin}/index.html`);
    const a = await advisorFrame(page, 'Sourcing Advisor: which sourcing model fits your work');
    await waitForEvent(page, { type: 'result' });
    assert.match(await page.textContent('#result-line'), /best fit/);

    const snippet = () => page.textContent('#snippet-script');
    const iframeSnippet = () => page.textContent('#snippet-iframe');
    assert.equal(await snippet(), `<script src="${advisor.origin}/embed.js" async></script>`);
    const advisorClip = async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await settle(a.frame);
      const box = await a.element.boundingBox();
      return { x: box.x, y: Math.max(0, box.y), width: box.width, height: 400 };
    };
    const light = brightness(await screenshot(page, 'landing-light', await advisorClip()));

    await page.selectOption('#option-theme', 'dark');
    await page.fill('#option-accent', '#0f766e');
    await page.check('#option-events');
    await page.check('#option-integrity');
    assert.equal(await snippet(), [
      `<script src="${advisor.origin}/embed.js" async`, 'data-theme="dark"', 'data-accent="#0F766E"',
      'data-events="result"', `integrity="${integrity}" crossorigin="anonymous"></script>`].join('\n        '));
    assert.match(await iframeSnippet(),
                 new RegExp(`^<iframe src="${advisor.origin}/app/index.html\\?embed=1&amp;theme=dark&amp;accent=0F766E"`));
    assert.match(await iframeSnippet(), /title="[^"]+"/);
    assert.equal(await page.locator('#snippet-script *').count(), 0, 'the snippet is text, not elements');

    // The advisor previews the choice (a set-options message): darker than before.
    await page.waitForTimeout(300);
    await settle(a.frame);
    const dark = brightness(await screenshot(page, 'landing-dark', await advisorClip()));
    assert.ok(dark < light - 40, `no dark preview (brightness ${light} → ${dark})`);

    await page.locator('#embed-heading').scrollIntoViewIfNeeded();
    await screenshot(page, 'landing-snippets');
    await page.click('button[data-copy="snippet-script"]');
    await page.waitForFunction(() => document.getElementById('copy-status').textContent !== '');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await snippet());

    for (const frame of page.frames()) {
      assert.deepEqual(await frame.evaluate(() => window.cspViolations), [], `CSP violations in ${frame.url()}`);
    }
    await context.close();
    assert.deepEqual(errors, []);
  });
});

describe('exports from the offline file', () => {
  test('Download data works from file:// too', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = collectErrors(page);
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await openAdvisor(page, offlineFileUrl);
    const state = await page.evaluate(() => window.sourcingAdvisor.getState());
    const data = await clickForDownload(page, page, null, 'Download data');
    assert.equal(JSON.parse(await downloadedText(data)).winner, state.winner);
    const report = await clickForDownload(page, page, null, 'Download report');
    assert.ok((await downloadedText(report)).includes(escapeHtml(state.winner_name)));
    assert.deepEqual(requests.filter((url) => !url.startsWith('blob:')), [offlineFileUrl]);
    await context.close();
    assert.deepEqual(errors, []);
  });
});
