// The landing page's script (web/index.html): builds the script and iframe snippets from the chosen
// theme, accent and options (as text, never as HTML), copies them, previews the choice in the advisor
// on the page through a set-options message, and shows the result events the page receives.
(function () {
  'use strict';
  var loader = document.querySelector('script[src$="embed.js"]');
  var loaderUrl = new URL(loader ? loader.getAttribute('src') : 'embed.js', document.baseURI);
  var appUrl = new URL('app/index.html', loaderUrl);
  var integrity = loader && /^sha384-[A-Za-z0-9+/=]+$/.test(loader.integrity) ? loader.integrity : '';
  var defaultAccent = '#2563eb';  // the advisor's own (assets/advisor.json), for the preview
  var title = 'Sourcing Advisor: which sourcing model fits your work';

  var theme = document.getElementById('option-theme');
  var accent = document.getElementById('option-accent');
  var accentOn = document.getElementById('option-accent-on');
  var events = document.getElementById('option-events');
  var pin = document.getElementById('option-integrity');
  var scriptSnippet = document.getElementById('snippet-script');
  var iframeSnippet = document.getElementById('snippet-iframe');
  var copyStatus = document.getElementById('copy-status');
  var resultLine = document.getElementById('result-line');
  if (!integrity) pin.disabled = true;

  // Values in these snippets come from the form controls, checked against these patterns.
  function chosenTheme() { return theme.value === 'light' || theme.value === 'dark' ? theme.value : ''; }
  function chosenAccent() {
    return accentOn.checked && /^#[0-9a-fA-F]{6}$/.test(accent.value) ? accent.value.toUpperCase() : '';
  }
  function escapeAttribute(text) {
    return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  }

  function scriptText() {
    var lines = ['<script src="' + escapeAttribute(loaderUrl.href) + '" async'];
    if (chosenTheme()) lines.push('data-theme="' + chosenTheme() + '"');
    if (chosenAccent()) lines.push('data-accent="' + chosenAccent() + '"');
    if (events.checked) lines.push('data-events="result"');
    if (pin.checked && integrity) lines.push('integrity="' + integrity + '" crossorigin="anonymous"');
    return lines.join('\n        ') + '></script>';
  }

  function iframeText() {
    var query = new URLSearchParams({embed: '1'});
    if (chosenTheme()) query.set('theme', chosenTheme());
    if (chosenAccent()) query.set('accent', chosenAccent().slice(1));
    var src = appUrl.origin + appUrl.pathname + '?' + query.toString();
    return '<iframe src="' + escapeAttribute(src) + '"\n' +
           '        title="' + escapeAttribute(title) + '"\n' +
           '        allow="clipboard-write" loading="lazy" width="100%" height="720" style="border:0"></iframe>';
  }

  // The advisor above, once it said it is ready: it previews the theme and accent.
  var advisorFrame = null;
  function preview() {
    if (!advisorFrame || !advisorFrame.contentWindow) return;
    var dark = chosenTheme() ? chosenTheme() === 'dark'
                             : window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches;
    advisorFrame.contentWindow.postMessage({
      source: 'sourcing-advisor', v: 1, type: 'set-options',
      payload: {theme: dark ? 'dark' : 'light', accent: chosenAccent() || defaultAccent.toUpperCase()},
    }, appUrl.origin);
  }

  function update() {
    scriptSnippet.textContent = scriptText();
    iframeSnippet.textContent = iframeText();
    copyStatus.textContent = '';
  }

  document.getElementById('embed-options').addEventListener('submit', function (event) {
    event.preventDefault();
  });
  [theme, accentOn].forEach(function (control) {
    control.addEventListener('change', function () {
      update();
      preview();
    });
  });
  [events, pin].forEach(function (control) {
    control.addEventListener('change', update);
  });
  accent.addEventListener('input', function () {
    accentOn.checked = true;
    update();
    preview();
  });

  Array.prototype.forEach.call(document.querySelectorAll('button[data-copy]'), function (button) {
    button.addEventListener('click', function () {
      var code = document.getElementById(button.getAttribute('data-copy'));
      function selectForManualCopy() {
        window.getSelection().selectAllChildren(code);
        copyStatus.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
      }
      if (!navigator.clipboard || !navigator.clipboard.writeText) {
        selectForManualCopy();
        return;
      }
      navigator.clipboard.writeText(code.textContent).then(function () {
        copyStatus.textContent = 'Copied.';
      }, selectForManualCopy);
    });
  });

  window.addEventListener('sourcing-advisor:ready', function (event) {
    advisorFrame = event.detail.frame;
  });
  window.addEventListener('sourcing-advisor:result', function (event) {
    var detail = event.detail;
    var line = [document.createTextNode('This page heard from the advisor: best fit ')];
    var winner = document.createElement('code');
    winner.textContent = detail.winner || 'none';
    line.push(winner, document.createTextNode(
      (detail.reshore ? ' (reshore)' : '') + ', fit ' + Math.round(detail.fit) + ' of 100. '));
    var link;
    try {
      link = new URL(detail.link);
    } catch (error) {
      link = null;
    }
    if (link && link.origin === appUrl.origin) {  // never a javascript: or foreign address
      var anchor = document.createElement('a');
      anchor.href = link.href;
      anchor.textContent = 'Open this result on its own';
      line.push(anchor);
    }
    resultLine.replaceChildren.apply(resultLine, line);
  });

  update();
})();
