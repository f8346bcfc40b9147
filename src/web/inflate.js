// A small DEFLATE decoder (RFC 1951, after zlib's puff.c), linked with --pre-js. The web builds
// inline their wasm gzip-compressed (pack_wasm.mjs); browsers without DecompressionStream
// (e.g. Safari before 16.4) unpack it with this. Tested by tests/browser/inflate.test.mjs.

// Returns the bytes of a gzip member (RFC 1952) as a Uint8Array; throws on damaged input.
function saGunzip(gzip) {
  var flags = gzip[3];
  var pos = 10;
  if (gzip[0] !== 0x1f || gzip[1] !== 0x8b || gzip[2] !== 8) throw new Error('not gzip data');
  if (flags & 4) pos += 2 + (gzip[pos] | (gzip[pos + 1] << 8));  // FEXTRA
  if (flags & 8) while (gzip[pos++]) {}                            // FNAME
  if (flags & 16) while (gzip[pos++]) {}                           // FCOMMENT
  if (flags & 2) pos += 2;                                         // FHCRC
  return saInflate(gzip.subarray(pos));
}

// Raw DEFLATE stream → Uint8Array.
function saInflate(data) {
  var LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
                     67, 83, 99, 115, 131, 163, 195, 227, 258];
  var LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
                      5, 5, 5, 5, 0];
  var DISTANCE_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513,
                       769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
  var DISTANCE_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
                        11, 11, 12, 12, 13, 13];
  var CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

  var pos = 0;
  var bitBuffer = 0;
  var bitCount = 0;
  var out = new Uint8Array(Math.max(1024, data.length * 4));
  var outLength = 0;

  function bits(count) {
    while (bitCount < count) {
      if (pos >= data.length) throw new Error('deflate data ends early');
      bitBuffer |= data[pos++] << bitCount;
      bitCount += 8;
    }
    var value = bitBuffer & ((1 << count) - 1);
    bitBuffer >>>= count;
    bitCount -= count;
    return value;
  }
  function reserve(count) {
    if (outLength + count <= out.length) return;
    var bigger = new Uint8Array(Math.max(out.length * 2, outLength + count));
    bigger.set(out.subarray(0, outLength));
    out = bigger;
  }
  // A canonical Huffman code: how many codes have each length, and the symbols in code order.
  function huffman(lengths) {
    var counts = new Uint16Array(16);
    var offsets = new Uint16Array(16);
    var symbols = new Uint16Array(lengths.length);
    var i;
    for (i = 0; i < lengths.length; i++) counts[lengths[i]]++;
    counts[0] = 0;
    for (i = 1; i < 15; i++) offsets[i + 1] = offsets[i] + counts[i];
    for (i = 0; i < lengths.length; i++) if (lengths[i]) symbols[offsets[lengths[i]]++] = i;
    return { counts: counts, symbols: symbols };
  }
  function decode(code) {
    var value = 0, first = 0, index = 0;
    for (var length = 1; length < 16; length++) {
      value |= bits(1);
      var count = code.counts[length];
      if (value - first < count) return code.symbols[index + value - first];
      index += count;
      first = (first + count) << 1;
      value <<= 1;
    }
    throw new Error('bad deflate code');
  }
  function inflateBlock(literals, distances) {
    for (;;) {
      var symbol = decode(literals);
      if (symbol < 256) {
        reserve(1);
        out[outLength++] = symbol;
      } else if (symbol === 256) {
        return;
      } else {
        symbol -= 257;
        if (symbol >= 29) throw new Error('bad deflate length');
        var length = LENGTH_BASE[symbol] + bits(LENGTH_EXTRA[symbol]);
        var distanceSymbol = decode(distances);
        if (distanceSymbol >= 30) throw new Error('bad deflate distance');
        var distance = DISTANCE_BASE[distanceSymbol] + bits(DISTANCE_EXTRA[distanceSymbol]);
        if (distance > outLength) throw new Error('deflate distance too far back');
        reserve(length);
        for (var i = 0; i < length; i++, outLength++) out[outLength] = out[outLength - distance];
      }
    }
  }
  var fixedLiterals = null;
  var fixedDistances = null;
  function fixedCodes() {
    if (fixedLiterals) return;
    var lengths = new Uint8Array(288);
    for (var i = 0; i < 288; i++) lengths[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
    fixedLiterals = huffman(lengths);
    fixedDistances = huffman(new Uint8Array(30).fill(5));
  }
  function dynamicCodes() {
    var literalCount = bits(5) + 257;
    var distanceCount = bits(5) + 1;
    var codeLengthCount = bits(4) + 4;
    var codeLengths = new Uint8Array(19);
    for (var i = 0; i < codeLengthCount; i++) codeLengths[CODE_LENGTH_ORDER[i]] = bits(3);
    var lengthCode = huffman(codeLengths);
    var lengths = new Uint8Array(literalCount + distanceCount);
    for (var n = 0; n < lengths.length;) {
      var symbol = decode(lengthCode);
      if (symbol < 16) {
        lengths[n++] = symbol;
        continue;
      }
      var repeat, value = 0;
      if (symbol === 16) {
        if (n === 0) throw new Error('bad deflate repeat');
        value = lengths[n - 1];
        repeat = 3 + bits(2);
      } else if (symbol === 17) {
        repeat = 3 + bits(3);
      } else {
        repeat = 11 + bits(7);
      }
      if (n + repeat > lengths.length) throw new Error('bad deflate lengths');
      while (repeat--) lengths[n++] = value;
    }
    return [huffman(lengths.subarray(0, literalCount)), huffman(lengths.subarray(literalCount))];
  }

  var last;
  do {
    last = bits(1);
    var type = bits(2);
    if (type === 0) {  // stored
      bitBuffer = 0;
      bitCount = 0;
      if (pos + 4 > data.length) throw new Error('deflate data ends early');
      var length = data[pos] | (data[pos + 1] << 8);
      pos += 4;
      if (pos + length > data.length) throw new Error('deflate data ends early');
      reserve(length);
      out.set(data.subarray(pos, pos + length), outLength);
      outLength += length;
      pos += length;
    } else if (type === 1) {
      fixedCodes();
      inflateBlock(fixedLiterals, fixedDistances);
    } else if (type === 2) {
      var codes = dynamicCodes();
      inflateBlock(codes[0], codes[1]);
    } else {
      throw new Error('bad deflate block type');
    }
  } while (!last);
  return out.subarray(0, outLength);
}
