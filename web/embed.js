/* Sourcing Advisor embed loader. Paste where the advisor should appear:
 *   <script src="https://example.com/advisor/embed.js" async
 *           data-theme="light|dark" data-accent="#2563EB" data-answers='{"function":"accounting"}'
 *           data-events="result" data-title="Sourcing advisor" data-height="720"></script>
 * It inserts an iframe of app/index.html (next to this script, or data-src), sized to its content,
 * and re-dispatches the advisor's messages as DOM events on window:
 *   sourcing-advisor:ready, sourcing-advisor:resize, and (only with data-events="result")
 *   sourcing-advisor:result with detail {winner, reshore, fit, link}.
 * Messages use one envelope {source: "sourcing-advisor", v: 1, type, payload}; both sides check
 * event.source and event.origin and ignore everything else. No dependencies, no globals but one. */
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
  if (answers) params.set('answers', answers);
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
        winner: String(payload.winner || ''),
        reshore: payload.reshore === true,
        fit: Number(payload.fit) || 0,
        link: String(payload.link || ''),
        frame: frame,
      });
    }
  });
})();
