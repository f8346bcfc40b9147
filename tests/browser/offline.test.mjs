// The offline single file (dist/sourcing-advisor.html) opened from file://: one request, no
// errors, crisp drawing at any device-pixel ratio, no frames while idle, input that lands, and
// the share-link fragment handled as PRODUCT.md §6 says. Screenshots go to build/web/artifacts.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  canvasSize, collectErrors, differingPixels, framesRendered, launchChromium, offlineFileUrl,
  openAdvisor, pictureStats, screenshot, settle,
} from './support.mjs';

let browser;
before(async () => { browser = await launchChromium(); });
after(async () => { await browser?.close(); });

async function newPage(options = {}) {
  const context = await browser.newContext({ viewport: { width: 960, height: 640 }, ...options });
  const page = await context.newPage();
  return { context, page, errors: collectErrors(page) };
}

// Clicks (or taps) points of a grid, left to right and top to bottom, until changed(before, after)
// holds for the screenshots around a press; returns the point, or null.
async function pressUntil(page, { press, park, changed, step = 36 }) {
  const { cssWidth, cssHeight } = await canvasSize(page);
  await park();
  await settle(page);
  let before = await screenshot(page, 'probe-before');
  for (let y = 40; y < cssHeight - 20; y += step) {
    for (const x of [60, 140, 240, cssWidth / 2]) {
      await press(x, y);
      await park();
      await settle(page);
      const afterPress = await screenshot(page, 'probe-after');
      if (await changed(before, afterPress)) return { x, y };
      before = afterPress;
    }
  }
  return null;
}

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
    assert.ok((await page.textContent('#sa-summary')).length > 0, 'the summary is filled');
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
    const point = await pressUntil(page, {
      press: (x, y) => page.mouse.click(x, y), park: () => page.mouse.move(955, 635),
      changed: drawingChanged });
    assert.ok(point, 'no click anywhere changed the drawing');
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
    const point = await pressUntil(page, {
      press: (x, y) => page.touchscreen.tap(x, y), park: async () => {}, changed: drawingChanged });
    assert.ok(point, 'no tap anywhere changed the drawing');

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
    const point = await pressUntil(page, {
      press: (x, y) => page.mouse.click(x, y), park: () => page.mouse.move(955, 635), step: 18,
      changed: async () => (await page.evaluate(() => location.hash)) !== '' });
    assert.ok(point, 'no click anywhere changed the answers');
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
    assert.match(await page.textContent('#sa-summary'), new RegExp(state.notice.slice(0, 20)));

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
