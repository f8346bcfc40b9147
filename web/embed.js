/* Sourcing Advisor embed loader. Paste where the advisor should appear:
 *   <script src="https://example.com/advisor/embed.js" async
 *           data-theme="light|dark" data-accent="#2563EB" data-answers='{"function":"accounting"}'
 *           data-events="result" data-title="Sourcing advisor" data-height="720"></script>
 * It inserts an iframe of app/index.html (next to this script, or data-src), sized to its content,
 * and re-dispatches the advisor's messages as DOM events on window:
 *   sourcing-advisor:ready, sourcing-advisor:resize, and (only with data-events="result")
 *   sourcing-advisor:result with detail {winner, reshore, fit, link} after every change of answers
 *   (and once at ready): winner is the model's id (null if none fits), link opens the same answers
 *   in the advisor on its own. Every detail also has frame, the iframe.
 * Messages use one envelope {source: "sourcing-advisor", v: 1, type, payload}; both sides check
 * event.source and event.origin and ignore everything else. The page can send the advisor
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

  var appUrl;
  try {
    appUrl = new URL(attr('src', 'app/index.html'), script.src);
  } catch (error) {
    console.error('[sourcing-advisor] data-src is not a valid address:', error);
    return;
  }
  var appOrigin = appUrl.origin;
  var wantsResult = (' ' + attr('events', '') + ' ').indexOf(' result ') >= 0;

  var params = new URLSearchParams();
  params.set('embed', '1');
  params.set('host', window.location.origin);  // where the app may send its messages
  var theme = attr('theme', '');
  if (theme === 'light' || theme === 'dark') params.set('theme', theme);
  var accent = attr('accent', '');
  if (/^#?[0-9a-fA-F]{6}$/.test(accent)) params.set('accent', accent.replace('#', ''));
  if (wantsResult) params.set('events', 'result');
  var answers = attr('answers', '');
  if (answers) {
    try {
      var parsed = JSON.parse(answers);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      params.set('answers', answers);
    } catch (error) {
      console.warn('[sourcing-advisor] data-answers is not a JSON object, ignored:', error.message);
    }
  }
  appUrl.search = params.toString();

  var frame = document.createElement('iframe');
  frame.src = appUrl.href;
  frame.title = attr('title', 'Sourcing advisor: which sourcing model fits your work');
  frame.setAttribute('allow', 'clipboard-write');
  frame.setAttribute('loading', 'lazy');
  frame.setAttribute('referrerpolicy', 'origin');
  var initialHeight = Math.max(320, parseInt(attr('height', '720'), 10) || 720);
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

  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow || event.origin !== appOrigin) return;
    var message = event.data;
    if (!message || message.source !== SOURCE || message.v !== VERSION || typeof message.type !== 'string') return;
    var payload = message.payload || {};
    if (message.type === 'ready' || message.type === 'resize') {
      var height = Number(payload.height);
      if (isFinite(height) && height >= 200 && height <= 20000) {
        frame.style.height = Math.ceil(height) + 'px';
      }
      emit(message.type, {height: height, frame: frame});
    } else if (message.type === 'result' && wantsResult) {
      emit('result', {
        winner: typeof payload.winner === 'string' ? payload.winner : null,  // null: nothing fits
        reshore: payload.reshore === true,
        fit: Number(payload.fit) || 0,
        link: appLink(payload.link),
        frame: frame,
      });
    }
  });
})();
