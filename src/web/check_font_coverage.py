#!/usr/bin/env python3
"""Checks that the cut fonts (src/web/CMakeLists.txt) have a glyph for every character the advisor
can draw: the texts of the data file and of every translation table under assets/lang/, and the
string literals of the core and the views. A character outside the cut would show as '?'.
Each text font, with the symbol font merged into it as the shell does, must cover every character.
Usage: check_font_coverage.py SYMBOL_FONT TEXT_FONT... -- TEXT_FILE..."""
import json
import re
import sys

from fontTools.ttLib import TTFont

LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
ESCAPE = re.compile(rb'\\x([0-9a-fA-F]{2})')


def json_texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from json_texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from json_texts(item)


def source_texts(text):
    for line in text.splitlines():
        if line.lstrip().startswith('//'):
            continue
        for literal in LITERAL.findall(line):
            raw = ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), literal.encode('utf-8'))
            yield raw.decode('utf-8', 'replace')


def main(argv):
    split = argv.index('--')
    (symbol_font, *text_fonts), files = argv[:split], argv[split + 1:]
    symbols = set(TTFont(symbol_font).getBestCmap())
    fonts = {font: symbols | set(TTFont(font).getBestCmap()) for font in text_fonts}
    missing = {}
    for name in files:
        with open(name, encoding='utf-8') as f:
            text = f.read()
        texts = json_texts(json.loads(text)) if name.endswith('.json') else source_texts(text)
        for piece in texts:
            for ch in piece:
                for font, covered in fonts.items():
                    if ord(ch) >= 0x20 and ord(ch) not in covered:
                        missing.setdefault((ch, font), set()).add(name)
    for (ch, font), names in sorted(missing.items()):
        print(f'U+{ord(ch):04X} {ch!r} has no glyph in {font}; used in {", ".join(sorted(names))}')
    if missing:
        print('add the characters to ADVISOR_TEXT_UNICODES (or ADVISOR_SYMBOL_UNICODES) and kTextGlyphs')
        return 1
    print(f'the cut fonts cover every character of {len(files)} files')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
