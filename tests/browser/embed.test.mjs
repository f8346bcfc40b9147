// Embedding (docs/BEHAVIOUR.md): the advisor's origin serves dist/, a host page on a second origin
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
<meta name="viewport" content="width=device-width, initial-scale=1">
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
<iframe id="helper" src="/helper.html" title="The host's own widget"></iframe>
</body>
</html>`;
}

const hostCss = `body { margin: 0 auto; max-width: 68rem; padding: 0 1rem; font: 16px/1.5 sans-serif; }
.slot { min-height: 720px; }
.spacer { height: 6000px; }
#stranger, #helper { width: 300px; height: 80px; border: 1px solid #888; }`;

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
      `default-src 'none'; script-src ${advisor.origin}; style-src 'self'; frame-src 'self' ${advisor.origin} ${stranger.origin}` } },
    '/host.css': { body: hostCss, type: 'text/css' },
    '/stranger.html': { body: '<!doctype html><title>Stranger</title><p>Not the advisor.</p>' },
    // A page of the host's own origin that is not the advisor's parent (a widget, a popup).
    '/helper.html': { body: '<!doctype html><title>Helper</title><p>The host\'s other widget.</p>' },
    // Where a stranger sends the advisor's frame: it speaks for the advisor from another origin.
    '/forger.html': { body: '<!doctype html><title>Forger</title><p>Not the advisor either.</p>' },
    // A page that frames the host page, and one that frames the advisor claiming to be the host.
    '/top.html': { body: `<!doctype html><title>Framing the host</title>
<iframe id="framed-host" src="${host.origin}/host.html" title="host" width="700" height="640"></iframe>
<iframe id="liar" src="${advisor.origin}/app/index.html?embed=1&amp;host=${encodeURIComponent(host.origin)}&amp;events=result"
        title="liar" width="600" height="640"></iframe>
<iframe id="liar-without-ancestors" src="${advisor.origin}/app/no-ancestor-origins/index.html?embed=1&amp;host=${encodeURIComponent(host.origin)}&amp;events=result"
        title="liar, in a browser that does not name the parent's origin" width="600" height="640"></iframe>` },
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
    const frame = [...document.querySelectorAll('iframe')].find((element) => element.contentWindow === event.source);
    const from = frame ? frame.title : event.source === window.parent ? 'parent' : 'another window';
    window.received.push({ origin: event.origin, from, data: JSON.stringify(event.data) });
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

// Browsers that do not tell a frame its parent's origin (Firefox has no location.ancestorOrigins)
// trust the declared host, and then only the advisor's own checks stand between it and a parent
// of another origin: the event.origin check and postMessage's target origin. This serves
// app/no-ancestor-origins/ as such a browser would run app/: the same files, with
// location.ancestorOrigins read as undefined.
async function serveWithoutAncestorOrigins(context) {
  const app = join(distDir, 'app');
  await context.route(`${advisor.origin}/app/no-ancestor-origins/**`, async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop();
    let body = await readFile(join(app, name), 'utf8');
    if (name === 'app.js') {
      assert.ok(body.includes('location.ancestorOrigins'), 'app.js no longer reads location.ancestorOrigins');
      body = body.replaceAll('location.ancestorOrigins', 'undefined');
    }
    const type = { 'index.html': 'text/html', 'app.css': 'text/css', 'app.js': 'text/javascript' }[name];
    return route.fulfill({ status: type ? 200 : 404, contentType: type ?? 'text/plain', body: type ? body : '' });
  });
}

// Console warnings of a page and its frames, as the embedding page's developer sees them.
function collectWarnings(page) {
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return warnings;
}

async function waitForWarning(warnings, pattern) {
  for (let waited = 0; !warnings.some((text) => pattern.test(text)); waited += 100) {
    if (waited > 10000) throw new Error(`no console warning ${pattern}; got ${JSON.stringify(warnings)}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

const nonceOf = (frame) => new URL(frame.url()).searchParams.get('nonce');

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
  let context, page, errors, warnings, requests, blocked;
  let a, b;              // {element, frame} of the two advisors
  let requestsAtLoad;    // requests made until everything had loaded

  before(async () => {
    ({ context, requests, blocked } = await newHostContext());
    page = await context.newPage();
    errors = collectErrors(page);
    warnings = collectWarnings(page);
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
    const { nonce, ...parameters } = Object.fromEntries(src.searchParams);
    assert.deepEqual(parameters, {
      embed: '1', host: host.origin, theme: 'light', accent: '0F766E', events: 'result',
      viewport: String(await page.evaluate(() => innerHeight)), answers: JSON.stringify(prefilled) });
    assert.match(nonce, /^[0-9a-f]{32}$/, 'a random nonce for the frame');

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
                             link: `${advisor.origin}/app/index.html${hash}`, origin: 'host' });
    assert.equal(results[0].detail.origin, 'host', 'at ready: the answers data-answers prefilled');
    assert.equal(state.origin, 'host', 'the latest change came from the host\'s set-answers');
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
    // Nor does B's iframe send them (the loader would drop them anyway): the host window heard
    // B's ready, and no result from it.
    const fromB = (await page.evaluate(() => window.received))
      .filter((message) => message.from === 'Advisor B').map((message) => JSON.parse(message.data).type);
    assert.ok(fromB.includes('ready'), `B told the host nothing: ${fromB}`);
    assert.ok(!fromB.includes('result'), 'B sent results nobody asked for');
    assert.equal((await stateOf(a.frame)).answers.function, prefilled.function, 'A is independent of B');
    requestsAtLoad = requests.length;
  });

  test('messages from any other window, or not quite right, change nothing', async () => {
    const before = { a: await stateOf(a.frame), b: await stateOf(b.frame), events: await events(page),
                     height: (await a.element.boundingBox()).height };
    // Each forger below fails exactly one check, so that each check is needed by some test.
    // A frame of another origin in the host page: forged orders to both advisors, forged
    // reports to the host (wrong window and wrong origin: the simplest stranger).
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
    // The host's own origin, but not the advisor's parent window: only the advisor's
    // event.source check refuses its orders.
    const helperFrame = page.frames().find((frame) => frame.url() === `${host.origin}/helper.html`);
    await helperFrame.evaluate(([message, advisorOrigin]) => {
      for (let i = 0; i < parent.frames.length; i++) parent.frames[i].postMessage(message, advisorOrigin);
    }, [setAnswers(forged), advisor.origin]);
    // Advisor B (same origin as A, so it can read A's nonce) pretending to be A: only the
    // loader's event.source check refuses it.
    const nonceOfA = await b.frame.evaluate(() => {
      const own = new URL(location.href).searchParams.get('nonce');
      let nonce = null;
      for (let i = 0; i < parent.frames.length; i++) {
        try {
          const other = new URL(parent.frames[i].location.href).searchParams.get('nonce');
          if (other && other !== own) nonce = other;
        } catch {}  // a frame of another origin
      }
      for (const type of ['result', 'resize']) {
        parent.postMessage({ source: 'sourcing-advisor', v: 1, type, nonce, payload: {
          winner: 'forged', reshore: true, fit: 1, link: location.href, height: 250 } }, '*');
      }
      return nonce;
    });
    assert.equal(nonceOfA, nonceOf(a.frame), 'B found A\'s nonce');
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
    // The refusals the host's developer sees, each with its reason.
    await waitForWarning(warnings, /refused: accent must be a colour written #RRGGBB/);
    await waitForWarning(warnings, /refused: unknown question "no_such_question"/);
    await waitForWarning(warnings, /refused: unknown message type "delete-everything"/);
  });

  test('even the advisor\'s own frame cannot hand the host a script link or a wild height', async () => {
    const before = { events: (await events(page, { title: 'Advisor A' })).length,
                     height: (await a.element.boundingBox()).height };
    // What a compromised or confused advisor page could send: it passes the window, origin and
    // nonce checks, so only the loader's own filters stand.
    await a.frame.evaluate((nonce) => {
      const post = (type, payload) => parent.postMessage({ source: 'sourcing-advisor', v: 1, type, payload, nonce }, '*');
      for (const height of [50, 1e9, -1, 'tall', null, Infinity]) post('resize', { height });
      post('result', { winner: 'w'.repeat(100), reshore: 'yes', fit: 1e9, link: 'javascript:alert(document.domain)',
                       origin: 'the moon' });
      post('result', { winner: 'own_onshore', reshore: true, fit: 50, origin: 'visitor',
                       link: 'https://elsewhere.example/app/index.html#sa-x' });
    }, nonceOf(a.frame));
    await waitForEvent(page, { title: 'Advisor A' }, before.events + 2);
    await page.waitForTimeout(300);
    const added = (await events(page, { title: 'Advisor A' })).slice(before.events);
    assert.deepEqual(added.map((event) => event.type), ['result', 'result'], 'a bad height is no resize');
    assert.deepEqual(added[0].detail, { winner: null, reshore: false, fit: 100, link: '', origin: null });
    assert.deepEqual(added[1].detail, { winner: 'own_onshore', reshore: true, fit: 50, link: '', origin: 'visitor' });
    assert.equal((await a.element.boundingBox()).height, before.height);
  });

  test('oversized and deeply nested messages are refused before they cost the advisor memory', async () => {
    const before = { state: await stateOf(a.frame), events: (await events(page)).length,
                     heap: await a.frame.evaluate(() => window.sourcingAdvisor.stats().heapBytes) };
    // 20 MiB: copied into the wasm heap, it would grow the heap (16 MiB) to hold it.
    await page.evaluate(([title, origin]) => {
      const message = { source: 'sourcing-advisor', v: 1, type: 'set-answers',
                        payload: { answers: { function: 'legal', padding: 'x'.repeat(20 << 20) } } };
      document.querySelector(`iframe[title="${title}"]`).contentWindow.postMessage(message, origin);
    }, ['Advisor A', advisor.origin]);
    await waitForWarning(warnings, /message from the host page refused: .*larger than 64 KiB/);
    await page.evaluate(([title, origin]) => {
      let nested = 'legal';
      for (let i = 0; i < 1000; i++) nested = [nested];
      const message = { source: 'sourcing-advisor', v: 1, type: 'set-answers', payload: { answers: { function: nested } } };
      document.querySelector(`iframe[title="${title}"]`).contentWindow.postMessage(message, origin);
    }, ['Advisor A', advisor.origin]);
    await waitForWarning(warnings, /message from the host page refused: message nested deeper than 32 levels/);
    await settleEmbedded(page, a.frame);
    const after = await stateOf(a.frame);
    assert.deepEqual(after.answers, before.state.answers);
    assert.equal(after.link, before.state.link);
    assert.equal(await a.frame.evaluate(() => window.sourcingAdvisor.stats().heapBytes), before.heap,
                 'the wasm heap grew: the message was copied before its size was checked');
    assert.equal((await events(page)).length, before.events);
    // The page's own API says so too, before copying.
    const refusal = await a.frame.evaluate(() => {
      try {
        window.sourcingAdvisor.setAnswers({ function: 'legal', padding: 'x'.repeat(1 << 20) });
        return '';
      } catch (error) {
        return error.message;
      }
    });
    assert.match(refusal, /larger than 64 KiB/);
    assert.deepEqual((await stateOf(a.frame)).answers, before.state.answers);
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
    await serveWithoutAncestorOrigins(context);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${stranger.origin}/top.html`);
    const hostFrame = await (await page.waitForSelector('#framed-host')).contentFrame();
    const a = await advisorFrame(hostFrame, 'Advisor A');
    await waitForEvent(hostFrame, { type: 'ready', title: 'Advisor A' });
    const liar = await advisorFrame(page, 'liar');
    const trusting = await advisorFrame(page, 'liar, in a browser that does not name the parent\'s origin');
    await settle(a.frame);
    await settle(liar.frame);
    await settle(trusting.frame);
    // Without location.ancestorOrigins the advisor believes the declared host: messaging is on,
    // and its messages are addressed to the host's origin, which the framing page is not.
    assert.equal(await trusting.frame.evaluate(() => document.documentElement.classList.contains('sa-auto-height')),
                 true, 'the trusting advisor is not messaging: its checks are not tested');
    const before = { a: await stateOf(a.frame), liar: await stateOf(liar.frame),
                     trusting: await stateOf(trusting.frame), hostEvents: await events(hostFrame) };

    await page.evaluate(([message, advisorOrigin]) => {
      // frames[2] is the trusting advisor's parent-window check passing: only its event.origin
      // check stands.
      const targets = [frames[0].frames[0], frames[0].frames[1], frames[1], frames[2]];
      for (const target of targets) {
        target.postMessage(message, '*');
        target.postMessage(message, advisorOrigin);
      }
    }, [setAnswers(forged), advisor.origin]);
    await page.waitForTimeout(500);
    await settle(a.frame);
    await settle(liar.frame);
    await settle(trusting.frame);

    assert.deepEqual((await stateOf(a.frame)).answers, before.a.answers);
    assert.deepEqual((await stateOf(liar.frame)).answers, before.liar.answers);
    assert.deepEqual((await stateOf(trusting.frame)).answers, before.trusting.answers,
                     'a parent of another origin steered the advisor');
    assert.deepEqual(await events(hostFrame), before.hostEvents);
    // The trusting advisor sent ready and result (to the host's origin): the framing page, its
    // parent, must not have received them.
    assert.deepEqual(await page.evaluate(() => window.received), [], 'the framing page heard something');
    assert.equal(await liar.frame.evaluate(() => document.documentElement.classList.contains('sa-auto-height')),
                 false, 'messaging is off when the declared host is not the parent');
    // The real host still hears its advisor, and can still steer it.
    await postFromHost(hostFrame, 'Advisor A', setAnswers(changed));
    await a.frame.waitForFunction((value) => window.sourcingAdvisor.getState().answers.data_sensitivity === value,
                                  changed.data_sensitivity);
    await waitForEvent(hostFrame, { type: 'result', title: 'Advisor A' }, 2);
    assert.deepEqual(await page.evaluate(() => window.received), []);

    // Steering by navigation: whoever may navigate the advisor's frame can give it a new fragment
    // or reload it with other answers. Chromium lets only the parent do so across origins here
    // (other browsers let more pages), so the host page plays that part. A new fragment is only
    // offered to the visitor.
    const visitor = await stateOf(a.frame);
    const theirLink = await liar.frame.evaluate((answers) => {
      window.sourcingAdvisor.setAnswers(answers);
      return window.sourcingAdvisor.getState().link;
    }, forged);
    const resultsBefore = (await events(hostFrame, { type: 'result', title: 'Advisor A' })).length;
    const navigateA = (address) => hostFrame.evaluate((address) => {
      document.querySelector('iframe[title="Advisor A"]').contentWindow.location.href = address;
    }, address);
    const addressOfA = a.frame.url().split('#')[0];
    await navigateA(`${addressOfA}#${theirLink}`);
    await a.frame.waitForFunction(() => window.sourcingAdvisor.getState().link_offered === true, null, { timeout: 10000 });
    await settle(a.frame);
    let offered = await stateOf(a.frame);
    assert.deepEqual(offered.answers, visitor.answers, 'a link someone else wrote replaced the visitor\'s answers');
    assert.match(offered.notice, /Apply them, or keep your own answers/);
    assert.equal((await events(hostFrame, { type: 'result', title: 'Advisor A' })).length, resultsBefore,
                 'the host heard of answers the visitor did not choose');
    const clickInA = async (label) => {
      await a.frame.waitForFunction((label) => window.sourcingAdvisor.itemRect(label) !== null, label,
                                    { timeout: 10000, polling: 100 });
      const rect = await a.frame.evaluate((label) => window.sourcingAdvisor.itemRect(label), label);
      const box = await a.element.boundingBox();
      await page.mouse.click(box.x + rect.x + rect.width / 2, box.y + rect.y + rect.height / 2);
      await settle(a.frame);
    };
    await clickInA('Keep mine');
    await a.frame.waitForFunction((link) => location.hash === `#${link}`, visitor.link, { timeout: 10000 });
    offered = await stateOf(a.frame);
    assert.deepEqual(offered.answers, visitor.answers);
    assert.equal(offered.link_offered, false);
    assert.equal(offered.notice, null);

    await navigateA(`${addressOfA}#${theirLink}`);
    await a.frame.waitForFunction(() => window.sourcingAdvisor.getState().link_offered === true, null, { timeout: 10000 });
    await clickInA('Apply');
    await waitForEvent(hostFrame, { type: 'result', title: 'Advisor A' }, resultsBefore + 1);
    assert.deepEqual((await stateOf(a.frame)).answers, (await stateOf(liar.frame)).answers, 'Apply applies the link');
    assert.equal((await events(hostFrame, { type: 'result', title: 'Advisor A' })).at(-1).detail.origin, 'link',
                 'the host is told the answers came from a link');

    // A reload with answers of someone else's choosing: the visitor sees them, but the host hears
    // nothing from an advisor its loader did not start (it lacks the loader's nonce). Counted once
    // the loader's own advisor has said all it had to say after Apply (its resize comes later).
    await settle(a.frame);
    await quietHost(hostFrame, 500);
    const eventsBefore = (await events(hostFrame, { title: 'Advisor A' })).length;
    const query = new URLSearchParams({ embed: '1', host: host.origin, events: 'result',
                                        answers: JSON.stringify({ function: 'software_dev' }) });
    await navigateA(`${advisor.origin}/app/index.html?${query}`);
    await a.frame.waitForFunction(() => {
      try {
        return window.sourcingAdvisor.getState().answers.function === 'software_dev';
      } catch {
        return false;  // not loaded, or not running yet
      }
    }, null, { timeout: 20000 });
    await settle(a.frame);
    await page.waitForTimeout(500);
    assert.equal((await events(hostFrame, { title: 'Advisor A' })).length, eventsBefore,
                 'the host took events from an advisor someone else loaded into its frame');
    assert.ok((await hostFrame.evaluate(() => window.received)).some((message) => message.from === 'Advisor A' &&
              JSON.parse(message.data).type === 'result'), 'the reloaded advisor did send its result');

    assert.deepEqual(blocked, []);
    assert.ok(requests.every((url) => [advisor.origin, host.origin, stranger.origin].includes(new URL(url).origin)));
    await context.close();
    assert.deepEqual(errors, []);
  });

  test('the advisor\'s frame sent elsewhere cannot speak for the advisor', async () => {
    const { context } = await newHostContext();
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${host.origin}/host.html`);
    const a = await advisorFrame(page, 'Advisor A');
    await waitForEvent(page, { type: 'ready', title: 'Advisor A' });
    await settleEmbedded(page, a.frame);
    const before = { events: await events(page), height: (await a.element.boundingBox()).height };
    // The same frame (event.source passes), a page of another origin in it, knowing the nonce:
    // only the loader's event.origin check refuses it.
    const nonce = nonceOf(a.frame);
    await a.frame.evaluate((address) => { location.href = address; }, `${stranger.origin}/forger.html`);
    const forger = await (await page.waitForSelector('iframe[title="Advisor A"]')).contentFrame();
    await forger.waitForURL(`${stranger.origin}/forger.html`);
    await forger.evaluate((nonce) => {
      for (const type of ['ready', 'resize', 'result']) {
        parent.postMessage({ source: 'sourcing-advisor', v: 1, type, nonce, payload: {
          height: 250, winner: 'forged', reshore: true, fit: 1, origin: 'visitor', link: location.href } }, '*');
      }
    }, nonce);
    await page.waitForTimeout(500);
    assert.deepEqual(await events(page), before.events, 'the loader took a message from another origin');
    assert.equal((await a.element.boundingBox()).height, before.height);
    await context.close();
    assert.deepEqual(errors, []);
  });
});

describe('the loader\'s attributes', () => {
  test('only an http(s) data-src becomes a frame; bad heights, themes, accents, answers and titles are named and ignored', async () => {
    const loader = (attributes) => `<script src="${advisor.origin}/embed.js" ${attributes}></script>`;
    const longTitle = 'T'.repeat(300);
    // No Content-Security-Policy on this host page: it would stop javascript: on its own, and
    // the loader's check would go untested.
    // The frames sit far below (lazy: they do not load), so their heights stay the loader's own.
    pages['/attributes.html'] = { body: `<!doctype html><title>Attributes</title>
<div style="height: 8000px">Far above the advisors.</div>
<div>${loader('data-title="script" data-src="javascript:top.pwned=1"')}</div>
<div>${loader('data-title="data" data-src="data:text/html,&lt;script&gt;parent.pwned=2&lt;/script&gt;"')}</div>
<div>${loader(`data-title="blob" data-src="blob:${host.origin}/0e1c6f0a-2b9d-4c4e-9a35-2f6c4bb1c3a1"`)}</div>
<div>${loader('data-title="file" data-src="file:///etc/passwd"')}</div>
<div>${loader('data-title="tall" data-height="99999999"')}</div>
<div>${loader('data-title="short" data-height="100"')}</div>
<div>${loader('data-title="sized" data-height="900"')}</div>
<div>${loader('data-title="odd" data-theme="purple" data-accent="0F766E"')}</div>
<div>${loader('data-title="styled" data-theme="dark" data-accent="#0F766E"')}</div>
<div>${loader(`data-title="nested" data-answers='{"function":{"deep":[1]}}'`)}</div>
<div>${loader(`data-title="${longTitle}"`)}</div>` };
    const { context } = await newHostContext();
    const page = await context.newPage();
    const warnings = collectWarnings(page);
    await page.goto(`${host.origin}/attributes.html`);
    await page.waitForFunction(() => document.querySelectorAll('iframe').length === 7);
    await waitForWarning(warnings, /data-title is longer than 200 characters/);
    const frames = await page.evaluate(() => [...document.querySelectorAll('iframe')].map((frame) => ({
      title: frame.title, height: frame.style.height, src: frame.src,
      params: Object.fromEntries(new URL(frame.src).searchParams) })));
    assert.deepEqual(frames.map((frame) => frame.title),
                     ['tall', 'short', 'sized', 'odd', 'styled', 'nested', 'T'.repeat(200)],
                     'a frame for a javascript:, data:, blob: or file: data-src');
    assert.ok(frames.every((frame) => frame.src.startsWith(`${advisor.origin}/app/index.html?`)));
    assert.equal(await page.evaluate(() => window.pwned), undefined, 'data-src ran script in the host page');
    const byTitle = Object.fromEntries(frames.map((frame) => [frame.title, frame]));
    assert.equal(byTitle.tall.height, '720px');
    assert.equal(byTitle.short.height, '720px');
    assert.equal(byTitle.sized.height, '900px');
    assert.equal(byTitle.odd.params.theme, undefined);
    assert.equal(byTitle.odd.params.accent, undefined);
    assert.equal(byTitle.styled.params.theme, 'dark');
    assert.equal(byTitle.styled.params.accent, '0F766E');
    assert.equal(byTitle.nested.params.answers, undefined);
    for (const pattern of [/not javascript:; no advisor inserted/, /not data:; no advisor inserted/,
                           /not blob:; no advisor inserted/, /not file:; no advisor inserted/,
                           /data-height must be a whole number of pixels from 320 to 10000/,
                           /data-theme must be "light" or "dark"/, /data-accent must be a colour written #RRGGBB/,
                           /data-answers is not a JSON object of question id to value, ignored: "function" is not a string or number/]) {
      await waitForWarning(warnings, pattern);
    }
    assert.equal(warnings.filter((text) => /data-height/.test(text)).length, 2);
    await context.close();
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
        allow="clipboard-write" loading="lazy" width="100%" height="720" style="border:0"></iframe>
<iframe src="${advisor.origin}/app/index.html?embed=1&amp;host=${encodeURIComponent(host.origin)}&amp;events=result"
        title="Control" width="400" height="300"></iframe>` };
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
    // The control (the same advisor, told its host) is heard here: the plain one says nothing.
    await page.waitForFunction(() => window.received.some((message) => message.from === 'Control'), null,
                               { timeout: 20000 });
    assert.deepEqual((await page.evaluate(() => window.received)).filter((message) => message.from !== 'Control'), []);
    assert.equal(await a.frame.evaluate(() => document.documentElement.classList.contains('sa-auto-height')), false);
    assert.match(await a.frame.textContent('#sa-result .sa-share-link'),
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

  // The phone (docs/BEHAVIOUR.md): a frame as tall as the content would put the live result
  // screens below the question being answered, so the frame stays a strip shorter than the
  // host's viewport and the advisor scrolls inside it, its result bar in view.
  test('on a phone the frame fits the screen, scrolls inside, and keeps the result in view', async () => {
    const { context } = await newHostContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3,
                                               hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${host.origin}/host.html`);
    const a = await advisorFrame(page, 'Advisor A');
    await waitForEvent(page, { type: 'ready', title: 'Advisor A' });
    await settleEmbedded(page, a.frame);
    const box = await a.element.boundingBox();
    const viewport = await page.evaluate(() => innerHeight);
    assert.equal(box.height, viewport - 64, 'the frame is the viewport less a strip of the host page');
    assert.equal(await a.frame.evaluate(() => document.documentElement.classList.contains('sa-auto-height')), false);

    // The result bar's button is in view inside the frame, at its bottom, before any scrolling.
    const rectOf = async (label) => (await a.frame.waitForFunction(
      (label) => window.sourcingAdvisor.itemRect(label), label, { polling: 100, timeout: 5000 })).jsonValue();
    const bar = await rectOf('See result');
    assert.ok(bar.y + bar.height <= box.height && bar.y > box.height / 2, `result bar at ${JSON.stringify(bar)}`);

    // Scroll the host so the frame fills the screen; a drag on it then scrolls the advisor, not the page.
    await page.evaluate((top) => window.scrollTo(0, top), box.y + 32);
    const hostScroll = await page.evaluate(() => scrollY);
    const inFrame = await a.element.boundingBox();
    const firstStep = await rectOf('Software development');
    await drag(context, page, 200, inFrame.y + 600, inFrame.y + 200);
    await a.frame.waitForFunction((before) => {
      const now = window.sourcingAdvisor.itemRect('Software development');
      return !now || now.y < before.y - 100;
    }, firstStep, { timeout: 5000 });
    assert.equal(await page.evaluate(() => scrollY), hostScroll, 'the host page stayed');
    const barAfter = await rectOf('See result');
    assert.ok(barAfter.y + barAfter.height <= inFrame.height, 'the result bar is still in view');
    await screenshot(page, 'embed-phone-dpr3');

    // A tap still answers.
    await page.evaluate(() => window.scrollTo(0, 0));
    await a.frame.waitForFunction(() => window.sourcingAdvisor.itemRect('Start over') !== null, null, { polling: 100 });
    const rect = await a.frame.evaluate(() => window.sourcingAdvisor.itemRect('Start over'));
    const top = await a.element.boundingBox();
    await page.touchscreen.tap(top.x + rect.x + rect.width / 2, top.y + rect.y + rect.height / 2);
    await a.frame.waitForFunction((prefilled) => window.sourcingAdvisor.getState().answers.function !== prefilled,
                                  prefilled.function, { timeout: 5000 });

    // With the frame at the top of the screen, the strip of host page below it scrolls the host
    // page past it.
    await page.evaluate((top) => window.scrollTo(0, top), box.y + 32);
    await page.waitForTimeout(300);
    await drag(context, page, 200, inFrame.y + inFrame.height + 40, 100);
    await page.waitForFunction((before) => window.scrollY > before + 100, hostScroll, { timeout: 5000 });

    // Turned to landscape (wider than the phone layout), the frame grows with its content again,
    // far beyond the viewport (up to what the GPU draws at DPR 3).
    await page.setViewportSize({ width: 844, height: 390 });
    await page.waitForFunction(() => document.querySelector('iframe[title="Advisor A"]').getBoundingClientRect().height > 1200,
                               null, { timeout: 20000 });
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

describe('embedded without WebGL 2', () => {
  const withoutWebGL2 = () => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : getContext.call(this, type, ...rest);
    };
  };

  test('the page is the advisor: ready, a height that follows it, and a link offered with Apply and Keep mine', async () => {
    const { context } = await newHostContext();
    await context.addInitScript(withoutWebGL2);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${host.origin}/host.html`);
    await waitForEvent(page, { type: 'ready', title: 'Advisor A' });
    const element = await page.waitForSelector('iframe[title="Advisor A"]');
    const frame = await element.contentFrame();
    assert.equal(await frame.evaluate(() => document.documentElement.classList.contains('sa-page-mode')), true);
    await settleEmbedded(page, frame);
    const pageHeight = () => frame.evaluate(() => Math.ceil(document.getElementById('sa-page').getBoundingClientRect().bottom));
    const fits = async () => {
      const box = await element.boundingBox();
      return Math.abs(box.height - await pageHeight()) <= 2;
    };
    assert.ok(await fits(), 'the frame is as tall as the page');

    // Other answers, fewer questions (manufacturing's own go): the frame follows.
    const before = (await element.boundingBox()).height;
    await postFromHost(page, 'Advisor A', setAnswers({ function: 'accounting' }));
    await page.waitForFunction((before) => document.querySelector('iframe[title="Advisor A"]')
      .getBoundingClientRect().height !== before, before, { timeout: 10000 });
    await settleEmbedded(page, frame);
    assert.ok(await fits(), 'the frame followed the page');

    // A link someone navigates the frame to is only offered, with the page's own buttons.
    const visitor = await stateOf(frame);
    const other = await context.newPage();  // someone else's answers, as a link
    await other.goto(`${advisor.origin}/app/index.html`);
    await other.evaluate(() => window.sourcingAdvisor.ready);
    const theirLink = await other.evaluate((answers) => {
      window.sourcingAdvisor.setAnswers(answers);
      return window.sourcingAdvisor.getState().link;
    }, forged);
    await other.close();
    const address = frame.url().split('#')[0];
    const navigate = () => page.evaluate((address) => {
      document.querySelector('iframe[title="Advisor A"]').contentWindow.location.href = address;
    }, `${address}#${theirLink}`);
    await navigate();
    const result = frame.locator('#sa-result');
    await result.getByRole('button', { name: 'Keep mine' }).click();
    await frame.waitForFunction((link) => location.hash === `#${link}`, visitor.link, { timeout: 10000 });
    assert.deepEqual((await stateOf(frame)).answers, visitor.answers, 'Keep mine keeps the visitor\'s answers');
    assert.equal(await result.locator('.sa-notice').count(), 0, 'the notice has gone');
    await navigate();
    await result.getByRole('button', { name: 'Apply' }).click();
    await frame.waitForFunction((team) => window.sourcingAdvisor.getState().answers.team_size === team,
                                forged.team_size, { timeout: 10000 });
    assert.equal((await stateOf(frame)).origin, 'link');

    // The host's set-options lang: the page speaks German, the answers stay.
    const answers = (await stateOf(frame)).answers;
    await postFromHost(page, 'Advisor A', { source: 'sourcing-advisor', v: 1, type: 'set-options', payload: { lang: 'de-CH' } });
    await frame.waitForFunction(() => document.documentElement.lang === 'de', null, { timeout: 10000 });
    assert.equal(await frame.locator('#sa-form legend').first().textContent(), 'Welche Arbeit möchten Sie vergeben?');
    assert.deepEqual((await stateOf(frame)).answers, answers);
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
