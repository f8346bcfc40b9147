// Runs before the Emscripten runtime in both web builds (linked with --pre-js, after inflate.js).
// It compiles the wasm inlined in the page without calling fetch() (so file:// and a CSP with
// connect-src 'none' both work), and publishes window.sourcingAdvisor, the page's API.

// The inlined wasm, compiled from bytes: 3.1.6 would otherwise first try fetch() on its data: URL.
// pack_wasm.mjs gzipped it after linking; DecompressionStream (or inflate.js) unpacks it.
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
  if (typeof DecompressionStream !== 'function') return Promise.resolve(saGunzip(bytes));
  var unpacked = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(unpacked).arrayBuffer();
}

// Calls use(pointer) with a NUL-terminated UTF-8 copy of text on the wasm heap, then frees it.
function saWithUTF8(text, use) {
  var size = lengthBytesUTF8(text) + 1;
  var pointer = _malloc(size);
  stringToUTF8(text, pointer, size);
  try {
    return use(pointer);
  } finally {
    _free(pointer);
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
      var message = saWithUTF8(JSON.stringify(partialAnswers), function (pointer) {
        return UTF8ToString(_sa_set_answers(pointer));
      });
      if (message) throw new Error(message);
    },
    // Where the visible button (or other item) with this label was drawn in the latest frame:
    // {x, y, width, height} in CSS pixels relative to the canvas, or null (then ask again after
    // the next frame). For tests and automation that click the real thing.
    'itemRect': function (label) {
      requireRunning();
      var rect = saWithUTF8(String(label), function (pointer) {
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
