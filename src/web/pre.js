// Runs before the Emscripten runtime in both web builds (linked with --pre-js).
// It compiles the wasm inlined in the page without calling fetch() (so file:// and a CSP with
// connect-src 'none' both work), and publishes window.sourcingAdvisor, the page's API.

// The inlined wasm, compiled from bytes: 3.1.6 would otherwise first try fetch() on its data: URL.
// pack_wasm.mjs gzipped it after linking; DecompressionStream unpacks it. Every browser the advisor
// supports has it (Chrome and Edge 80, Firefox 113, Safari 16.4); without it the page keeps its
// prerendered questions and default advice, and says why.
Module['instantiateWasm'] = function (imports, receiveInstance) {
  saUnpackWasm(getBinary(wasmBinaryFile)).then(function (wasm) {
    return WebAssembly.instantiate(wasm, imports);
  }).then(function (output) {
    receiveInstance(output['instance'], output['module']);
  }, function (error) {
    abort(error);
  });
  return {};  // the exports arrive later, through receiveInstance
};

function saUnpackWasm(bytes) {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return Promise.resolve(bytes);  // not packed
  if (typeof DecompressionStream !== 'function') {
    var message = document.getElementById('sa-message');
    if (message) {
      message.textContent = 'This browser is too old to run the advisor, so it shows the questions ' +
          'and the advice for the default answers. A current Chrome, Edge, Firefox or Safari runs it.';
      message.hidden = false;
    }
    saPageApi.failed('this browser has no DecompressionStream');
    return new Promise(function () {});  // the page stays as it was prerendered
  }
  var unpacked = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(unpacked).arrayBuffer();
}

// The largest message, answers object or prefill the advisor takes (json_limits.h): checked in
// JavaScript, before anything is copied into the wasm heap.
var saMaxMessageBytes = 64 * 1024;

// Calls use(pointer) with a NUL-terminated UTF-8 copy of text on the wasm heap, then frees it.
// If the heap cannot hold it (it is capped, MAXIMUM_MEMORY), use is not called: that is said on
// the console and undefined returned.
function saWithUTF8(text, use) {
  var size = lengthBytesUTF8(text) + 1;
  var pointer = _malloc(size);
  if (!pointer) {
    console.warn('[sourcing-advisor] out of memory: ' + size + ' bytes of text not taken');
    return undefined;
  }
  stringToUTF8(text, pointer, size);
  try {
    return use(pointer);
  } finally {
    _free(pointer);
  }
}

// The share link in the address bar. Browsers throttle history.replaceState (Chromium drops
// calls beyond 200 in 10 s, Safari throws after 100 in 30 s), so writes are spaced at least
// saFragmentGapMs apart, the latest link is always written last (a trailing write), and a write
// the browser dropped or refused is tried again, later and later, until the address shows it.
var saFragmentGapMs = 250;
var saFragment = { wanted: null, timer: 0, lastWrite: -Infinity, retryMs: 0, tries: 0 };

function saWriteFragment(link) {
  saFragment.wanted = '#' + link;
  saFragment.tries = 0;
  saScheduleFragmentWrite();
}

function saFragmentShown() {
  return location.hash === saFragment.wanted || (saFragment.wanted === '#' && location.hash === '');
}

function saScheduleFragmentWrite() {
  if (saFragment.timer) return;
  var wait = saFragment.lastWrite + saFragmentGapMs + saFragment.retryMs - Date.now();
  if (wait <= 0) {
    saFlushFragment();
  } else {
    saFragment.timer = setTimeout(function () {
      saFragment.timer = 0;
      saFlushFragment();
    }, wait);
  }
}

function saFlushFragment() {
  if (saFragment.wanted === null || saFragmentShown()) {
    saFragment.retryMs = 0;
    return;
  }
  saFragment.lastWrite = Date.now();
  saFragment.tries++;
  try {
    history.replaceState(history.state, '', saFragment.wanted);
  } catch (error) {
    // Throttled (Safari), or refused (sandboxed and opaque-origin documents): tried again below.
  }
  if (saFragmentShown()) {
    saFragment.retryMs = 0;
  } else if (saFragment.tries < 40) {  // about three minutes, then the next change tries again
    saFragment.retryMs = Math.min(Math.max(saFragment.retryMs * 2, 500), 5000);
    saScheduleFragmentWrite();
  }
}

// window.sourcingAdvisor: the page's way in (tests, the landing page, a future host loader).
// ready resolves when the first frame is drawn and rejects (with a handled promise) if the
// advisor cannot start, e.g. without WebGL 2.
var saPageApi = (function () {
  var settle = {};
  var ready = new Promise(function (resolve, reject) {
    settle.resolve = resolve;
    settle.reject = reject;
  });
  ready.catch(function () {});  // callers see the rejection; the console does not
  var running = false;  // the app's state exists (even without WebGL 2)
  var framesDrawn = false;
  function requireRunning() {
    if (!running) throw new Error('Sourcing Advisor is not running yet (await sourcingAdvisor.ready)');
  }
  var api = {
    'ready': ready,
    'getState': function () {
      requireRunning();
      return JSON.parse(UTF8ToString(_sa_state_json()));
    },
    'setAnswers': function (partialAnswers) {
      requireRunning();
      var text = JSON.stringify(partialAnswers);
      if (typeof text !== 'string') {  // undefined, a function: nothing JSON can say
        throw new Error('setAnswers needs an object of question id to value');
      }
      if (text.length > saMaxMessageBytes || lengthBytesUTF8(text) > saMaxMessageBytes) {
        throw new Error('answers: larger than 64 KiB');
      }
      var message = saWithUTF8(text, function (pointer) {
        return UTF8ToString(_sa_set_answers(pointer));
      });
      if (message === undefined) throw new Error('answers: out of memory');
      if (message) throw new Error(message);
    },
    // Where the visible button (or other item) with this label was drawn in the latest frame:
    // {x, y, width, height} in CSS pixels relative to the canvas, or null (then ask again after
    // the next frame). For tests and automation that click the real thing.
    'itemRect': function (label) {
      requireRunning();
      var rect = saWithUTF8(String(label).slice(0, 200), function (pointer) {
        return UTF8ToString(_sa_item_rect(pointer));
      });
      return rect ? JSON.parse(rect) : null;
    },
    'stats': function () {
      return { 'framesRendered': running ? _sa_frames_rendered() : 0,
               'lastFrameMs': running ? _sa_last_frame_ms() : 0,
               'lastBuildMs': running ? _sa_last_build_ms() : 0,
               'heapBytes': running ? HEAP8.length : 0 };
    }
  };
  window['sourcingAdvisor'] = api;
  return {
    appRunning: function () { running = true; },
    firstFrameDrawn: function () {
      if (!framesDrawn) { framesDrawn = true; settle.resolve(api); }
    },
    failed: function (message) { settle.reject(new Error(message)); }
  };
})();
