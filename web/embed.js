/* Sourcing Advisor embed loader. Paste where the advisor should appear:
 *   <script src="https://example.com/advisor/embed.js" async
 *           data-theme="light|dark" data-accent="#2563EB" data-answers='{"function":"accounting"}'
 *           data-events="result" data-title="Sourcing advisor" data-height="720"
 *           data-lang="de" data-country="de"></script>
 * It inserts an iframe of app/index.html (next to this script, or data-src), sized to its content,
 * except on a phone: where the advisor lays its result under the questions, the frame stays a strip
 * shorter than the page's viewport and the advisor scrolls inside it, its result bar in view (the
 * loader tells the frame the viewport's height, and again when it changes). It re-dispatches the advisor's messages as DOM events on window:
 *   sourcing-advisor:ready, sourcing-advisor:resize, and (only with data-events="result")
 *   sourcing-advisor:result with detail {winner, reshore, fit, link, origin} after every change of
 *   answers (and once at ready): winner is the model's id (null if none fits), link opens the same
 *   answers in the advisor on its own, origin says who gave the answers their latest change
 *   ("visitor", "host" for data-answers or set-answers, "link", or "default"). Every detail also
 *   has frame, the iframe.
 * Attributes are checked, and a bad one is named on the console: data-src must be an http(s) or
 *   relative address (anything else inserts no frame at all), data-height a whole number of
 *   pixels from 320 to 10000, data-theme light or dark, data-accent #RRGGBB, data-title at most 200
 *   characters, data-answers a JSON object of question id to string or number, at most 4 KiB,
 *   data-lang a language tag (otherwise the visitor's browser languages decide), data-country a
 *   home country's two letters (us gb de fr es nl ca au; otherwise the browser's region).
 * Messages use one envelope {source: "sourcing-advisor", v: 1, type, payload}; both sides check
 * event.source and event.origin and ignore everything else. The advisor's messages also carry the
 * random nonce this loader gave its frame: an advisor that someone else loaded into the frame (by
 * navigating it) is not heard. The page can send the advisor
 * set-answers / set-options messages: event.detail.frame.contentWindow.postMessage(message,
 * <the advisor's origin>). No dependencies, no globals; several advisors on one page are
 * independent (one closure, one iframe and one listener each). */
(function () {
  'use strict';
  var SOURCE = 'sourcing-advisor';
  var VERSION = 1;
  var script = document.currentScript;
  if (!script) return;  // only runs as a classic <script src>

  function attr(name, fallback) {
    var value = script.getAttribute('data-' + name);
    return value === null || value === '' ? fallback : value;
  }
  function warn(text) {
    console.warn('[sourcing-advisor] ' + text);
  }

  // Only an http(s) address becomes the frame: javascript: would run in this page, and data: or
  // blob: frames would be someone else's content under the advisor's title.
  var appUrl;
  try {
    appUrl = new URL(attr('src', 'app/index.html'), script.src);
  } catch (error) {
    warn('data-src is not a valid address; no advisor inserted');
    return;
  }
  if (appUrl.protocol !== 'https:' && appUrl.protocol !== 'http:') {
    warn('data-src must be an http: or https: address (or a relative one), not ' +
         appUrl.protocol + '; no advisor inserted');
    return;
  }
  var appOrigin = appUrl.origin;
  var wantsResult = (' ' + attr('events', '') + ' ').indexOf(' result ') >= 0;

  var nonce = '';
  var random = new Uint8Array(16);
  window.crypto.getRandomValues(random);
  for (var i = 0; i < random.length; i++) nonce += (random[i] + 256).toString(16).slice(1);

  var params = new URLSearchParams();
  params.set('embed', '1');
  params.set('host', window.location.origin);  // where the app may send its messages
  var theme = attr('theme', '');
  if (theme === 'light' || theme === 'dark') params.set('theme', theme);
  else if (theme) warn('data-theme must be "light" or "dark"; ignored');
  var accent = attr('accent', '');
  if (/^#[0-9a-fA-F]{6}$/.test(accent)) params.set('accent', accent.slice(1));
  else if (accent) warn('data-accent must be a colour written #RRGGBB; ignored');
  if (wantsResult) params.set('events', 'result');
  var lang = attr('lang', '');
  if (/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang)) params.set('lang', lang);
  else if (lang) warn('data-lang must be a language tag such as "de" or "fr-CA"; ignored');
  var country = attr('country', '');
  if (/^[A-Za-z]{2}$/.test(country)) params.set('country', country.toLowerCase());
  else if (country) warn('data-country must be two letters such as "de"; ignored');
  params.set('viewport', String(Math.round(window.innerHeight)));
  var answers = attr('answers', '');
  if (answers) {
    try {
      if (answers.length > 4096) throw new Error('longer than 4 KiB');
      var parsed = JSON.parse(answers);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      Object.keys(parsed).forEach(function (key) {
        var type = typeof parsed[key];
        if (type !== 'string' && type !== 'number') throw new Error('"' + key + '" is not a string or number');
      });
      params.set('answers', answers);
    } catch (error) {
      warn('data-answers is not a JSON object of question id to value, ignored: ' + error.message);
    }
  }
  params.set('nonce', nonce);
  appUrl.search = params.toString();

  var title = attr('title', 'Sourcing advisor: which sourcing model fits your work');
  if (title.length > 200) {
    warn('data-title is longer than 200 characters; cut');
    title = title.slice(0, 200);
  }
  var initialHeight = 720;
  var askedHeight = attr('height', '');
  if (/^[0-9]{1,5}$/.test(askedHeight) && +askedHeight >= 320 && +askedHeight <= 10000) {
    initialHeight = +askedHeight;
  } else if (askedHeight) {
    warn('data-height must be a whole number of pixels from 320 to 10000; 720 used');
  }

  var frame = document.createElement('iframe');
  frame.src = appUrl.href;
  frame.title = title;
  frame.setAttribute('allow', 'clipboard-write');
  frame.setAttribute('loading', 'lazy');
  frame.setAttribute('referrerpolicy', 'origin');
  frame.style.cssText = 'display:block;width:100%;border:0;height:' + initialHeight + 'px';
  script.parentNode.insertBefore(frame, script.nextSibling);

  // The advisor's own address, never a javascript: or foreign one.
  function appLink(link) {
    try {
      var url = new URL(String(link));
      return url.origin === appOrigin ? url.href : '';
    } catch (error) {
      return '';
    }
  }

  function emit(type, detail) {
    window.dispatchEvent(new CustomEvent(SOURCE + ':' + type, {detail: detail}));
  }

  var ORIGINS = ['visitor', 'host', 'link', 'default'];

  // The page's viewport height, for the phone layout: after ready (the advisor listens from then
  // on) and after every change of it (rotation, the address bar folding away).
  var viewportSent = 0, viewportTimer = 0;
  function sendViewport() {
    viewportTimer = 0;
    var height = Math.round(window.innerHeight);
    if (height === viewportSent || height < 100 || height > 20000 || !frame.contentWindow) return;
    viewportSent = height;
    frame.contentWindow.postMessage({source: SOURCE, v: VERSION, type: 'host-viewport',
                                     payload: {height: height}}, appOrigin);
  }
  window.addEventListener('resize', function () {
    if (ready && !viewportTimer) viewportTimer = setTimeout(sendViewport, 150);
  });
  var ready = false;

  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow) return;  // another window: a sibling, a stranger
    if (event.origin !== appOrigin) return;  // our frame, navigated somewhere else
    var message = event.data;
    if (!message || message.source !== SOURCE || message.v !== VERSION || typeof message.type !== 'string') return;
    if (message.nonce !== nonce) return;  // an advisor someone else loaded into our frame
    var payload = message.payload && typeof message.payload === 'object' ? message.payload : {};
    if (message.type === 'ready' || message.type === 'resize') {
      var height = Number(payload.height);
      var valid = isFinite(height) && height >= 200 && height <= 20000;
      if (valid) frame.style.height = Math.ceil(height) + 'px';
      if (message.type === 'ready' && !ready) {
        ready = true;
        viewportSent = Math.round(Number(params.get('viewport')));
        sendViewport();  // changed since the frame was inserted
      }
      if (!valid && message.type === 'resize') return;  // nothing happened
      emit(message.type, {height: valid ? height : null, frame: frame});
    } else if (message.type === 'result' && wantsResult) {
      var winner = typeof payload.winner === 'string' && payload.winner.length <= 64 ? payload.winner : null;
      emit('result', {
        winner: winner,  // null: nothing fits
        reshore: payload.reshore === true,
        fit: isFinite(Number(payload.fit)) ? Math.max(0, Math.min(100, Number(payload.fit))) : 0,
        link: appLink(payload.link),
        origin: ORIGINS.indexOf(payload.origin) >= 0 ? payload.origin : null,
        frame: frame,
      });
    }
  });
})();
