#!/usr/bin/env python3
"""Build paiban's embedded fonts from Noto Serif/Sans CJK SC (Debian fonts-noto-cjk).

Subsets each face to paiban's character set, converts CFF outlines to TrueType
(glyf) quadratics, drops everything fpdf does not read, and orders glyphs by
code point so the format-4 cmap stays small. Run through fonts/gen/build.sh.
"""
import argparse
import bz2
import io
import os
import re
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.pens.transformPen import TransformPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

UNIHAN = "/usr/share/unicode/Unihan_OtherMappings.txt.bz2"  # Debian unicode-data


# Vertical alternates exposed at private-use code points, in this order from
# U+E000: the glyphs the source's 'vert' feature substitutes for characters
# that have no Unicode vertical presentation form (those, U+FE10–FE19 and
# U+FE30–FE4F, are in the punctuation set). fonts.VerticalAlternate (Go)
# holds the same list; a test checks the two agree. The prolonged sound mark
# and the wave dashes turned down the line, the Japanese double-prime quotes,
# and the small kana moved to the upper right of the cell.
VERT_ALT = ("ー～〜ｰ＝｜￣〝〟"
            "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
            "ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ")
VERT_ALT_BASE = 0xE000


def vert_alternates(font):
    """The private-use code point → 'vert' alternate glyph name of each
    VERT_ALT character the source substitutes."""
    gsub = font["GSUB"].table
    idx = set()
    for fr in gsub.FeatureList.FeatureRecord:
        if fr.FeatureTag == "vert":
            idx.update(fr.Feature.LookupListIndex)
    m = {}
    for i in sorted(idx):
        lk = gsub.LookupList.Lookup[i]
        for st in lk.SubTable:
            if lk.LookupType == 7:
                st = st.ExtSubTable
            if getattr(st, "mapping", None):
                for a, b in st.mapping.items():
                    m.setdefault(a, b)
    cmap = font.getBestCmap()
    out = {}
    for k, ch in enumerate(VERT_ALT):
        g = cmap.get(ord(ch))
        if g in m:
            out[VERT_ALT_BASE + k] = m[g]
    return out


# Characters the sources lack that are the same shape as one they have:
# the white parentheses ⦅⦆ (named in clreq/jlreq rules) are drawn as ｟｠, and
# KS X 1001's tilde operator ∼ (Korean ranges, 1∼10월) as the fullwidth tilde ～, and
# the pointers ►◄ (web copies' link marks) as the black triangles ▶◀.
ALIASES = {0x2985: 0xFF5F, 0x2986: 0xFF60, 0x223C: 0xFF5E, 0x25BA: 0x25B6, 0x25C4: 0x25C0}


def decode_dbcs(codec, lead, trail):
    """All characters a double-byte codec decodes from lead x trail bytes."""
    out = set()
    for a in lead:
        for b in trail:
            try:
                s = bytes([a, b]).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(s) == 1:
                out.add(ord(s))
    return out


def is_han(cp):
    return 0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF


def unihan_all(field):
    """The code points Unihan (Debian unicode-data) lists under field: the keys
    and any U+ code points in the values (kJoyoKanji gives the official form
    剝 as the value of the accepted variant 剥)."""
    if not os.path.exists(UNIHAN):
        sys.exit(f"mkfonts: {UNIHAN} missing: apt-get install unicode-data")
    cps = set()
    with bz2.open(UNIHAN, "rt", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[1] != field or not parts[0].startswith("U+"):
                continue
            cps.add(int(parts[0][2:], 16))
            cps.update(int(h, 16) for h in re.findall(r"U\+([0-9A-F]{4,6})", parts[2]))
    return cps


def unihan(field):
    """unihan_all(field) in the BMP, and how many it lists outside the BMP."""
    cps = unihan_all(field)
    bmp = {c for c in cps if c <= 0xFFFF}
    return bmp, len(cps) - len(bmp)


def unihan_astral(field):
    """The code points outside the BMP that Unihan lists under field (keys and values)."""
    return {c for c in unihan_all(field) if c > 0xFFFF}


def ext_charsets():
    """Named sets of characters outside the BMP, for the Ext faces: fpdf cannot
    draw them as text, so paiban draws their outlines as paths (fonts/outline.go)."""
    return {
        "TGH-2013 (astral)": unihan_astral("kTGH"),  # 196, e.g. 𬌗 𬇙 (names, place names)
        "Joyo kanji (astral)": unihan_astral("kJoyoKanji"),  # 𠮟
        # JIS X 0213's 303 astral kanji: Japanese surnames and place names
        # (𠮷 of 𠮷野家, 𡈽, 𩸽) — the astral characters most often met in names.
        "JIS X 0213 (astral)": unihan_astral("kJIS0213"),
        "samples": {0x20BB7},  # 𠮷 (samples/gb18030-tech.txt), also in JIS X 0213
        # HKSCS-2008's Han characters in the BMP that the main faces lack
        # (氹 of 氹仔, Cantonese 啲 嘅 冇 喺 㗎): Hong Kong and Macau papers
        # print them. They would take the serif face past 8 MiB, so they
        # are drawn as outlines like the astral ones.
        "HKSCS-2008 (BMP, beyond the main faces)": hkscs_bmp_han() - set().union(*charsets()[0].values()),
    }


def hkscs_bmp_han():
    """The Han characters in the BMP that Python's big5hkscs codec decodes
    beyond plain Big5 (HKSCS-2008)."""
    trail = list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))
    hk = decode_dbcs("big5hkscs", range(0x81, 0xFF), trail)
    big5 = decode_dbcs("big5", range(0x81, 0xFF), trail)
    return {c for c in hk - big5 if c <= 0xFFFF and is_han(c)}


def charsets():
    """Named character sets, each a set of code points (BMP only: fpdf reads cmap format 4)."""
    rng = lambda a, b: set(range(a, b + 1))
    gb2312 = decode_dbcs("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))
    big5_common = decode_dbcs("big5", range(0xA4, 0xC7), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)))
    big5_common = {c for c in big5_common if is_han(c)}
    big5_rare = decode_dbcs("big5", range(0xC9, 0xFA), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)))
    big5_rare = {c for c in big5_rare if is_han(c)}
    big5_sym = decode_dbcs("big5", range(0xA1, 0xA4), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)))
    ksx1001 = decode_dbcs("euc_kr", range(0xA1, 0xFF), range(0xA1, 0xFF))
    hangul = {c for c in ksx1001 if 0xAC00 <= c <= 0xD7A3}
    ks_sym = {c for c in ksx1001 if not (0xAC00 <= c <= 0xD7A3) and not is_han(c)}
    ks_hanja = {c for c in ksx1001 if is_han(c)}  # 4,888, of which 268 compatibility ideographs
    # JIS X 0208, all 94 rows (6,355 kanji of levels 1 and 2 plus kana, symbols,
    # Greek, Cyrillic): the shinjitai 戸 広 売 読 駅 桜 気 囲 are in neither GB2312 nor Big5.
    jis0208 = decode_dbcs("euc_jp", range(0xA1, 0xFF), range(0xA1, 0xFF))
    # The Windows (cp932) extensions Japanese text uses beside JIS X 0208: NEC
    # row 13 (① Ⅰ ㍻ ㈱ ㌔ ∮) and the IBM/NEC-selected kanji (髙 﨑 德 栁 — names).
    # Lead bytes F0–F9 are private use and left out.
    cp932_ext = set()
    for lead in (0x87, 0xED, 0xEE, 0xFA, 0xFB, 0xFC):
        cp932_ext |= decode_dbcs("cp932", [lead], range(0x40, 0xFD))
    tgh, tgh_astral = unihan("kTGH")
    joyo, joyo_astral = unihan("kJoyoKanji")  # 常用漢字表 (2010); 𠮟 is astral
    jinmei, jinmei_astral = unihan("kJinmeiyoKanji")  # 人名用漢字 incl. old forms 社 祐
    kana = rng(0x3040, 0x30FF) | rng(0x31F0, 0x31FF) | rng(0xFF61, 0xFF9F)
    latin = rng(0x20, 0x7E) | rng(0xA0, 0xFF) | rng(0x100, 0x17F) | {0x1CD, 0x1CE, 0x1CF, 0x1D0, 0x1D1, 0x1D2, 0x1D3, 0x1D4, 0x1D5, 0x1D6, 0x1D7, 0x1D8, 0x1D9, 0x1DA, 0x1DB, 0x1DC, 0x1F8, 0x1F9, 0x251, 0x261}
    # Punctuation and symbols: the CJK blocks whole, the symbols of the national
    # standards, and what clreq/jlreq line-breaking rules name.
    punct = (rng(0x2010, 0x206F) | rng(0x3000, 0x303F) | rng(0xFF00, 0xFF60) | rng(0xFFE0, 0xFFEF)
             | rng(0xFE10, 0xFE1F) | rng(0xFE30, 0xFE6F) | rng(0x2460, 0x24FF) | rng(0x2190, 0x2199)
             | rng(0x2160, 0x217F) | rng(0x25A0, 0x25FF) | rng(0x3220, 0x3243) | rng(0x3280, 0x32B0)
             | {0x2E3A, 0x2E3B, 0x22EF, 0x2985, 0x2986, 0x2212, 0x2236, 0x2026, 0x00B7, 0x02C7, 0x02C9,
                0x02CA, 0x02CB, 0x02D9, 0x20AC, 0x2103, 0x2109, 0x2116, 0x2121, 0x2122, 0x2605, 0x2606,
                0x3013, 0x203B, 0x2030, 0x2032, 0x2033, 0x32FF}  # ㋿ Reiwa; ㍻–㍿ are the eras before
             | rng(0x337B, 0x337F)
             | big5_sym | ks_sym | {c for c in gb2312 if not is_han(c)})
    return {
        "GB2312": gb2312,
        "TGH-2013 (BMP)": tgh,
        "Big5 common Han": big5_common,
        "Big5 less-common Han": big5_rare,
        "JIS X 0208": jis0208,
        "CP932 NEC/IBM ext": cp932_ext,
        "Joyo kanji (BMP)": joyo,
        "Jinmeiyo kanji": jinmei,
        "kana": kana,
        "KS X 1001 Hangul": hangul,
        "KS X 1001 Hanja": ks_hanja,
        "Latin": latin,
        "punctuation+symbols": punct,
    }, {"TGH": tgh_astral, "Joyo": joyo_astral, "Jinmeiyo": jinmei_astral}


def open_face(path, suffix):
    """The face of a .ttc whose PostScript name ends with suffix (e.g. 'CJKsc-Regular').

    recalcTimestamp=False keeps the source's head.modified, so the output is
    byte-identical from run to run."""
    coll = TTCollection(path, lazy=True)
    for i, f in enumerate(coll.fonts):
        if f["name"].getDebugName(6).endswith(suffix):
            return TTFont(path, fontNumber=i, recalcTimestamp=False), i
    sys.exit(f"mkfonts: no face *{suffix} in {path}")


def to_truetype(font, max_err):
    """Replace CFF outlines by quadratic glyf outlines (the fontTools otf2ttf recipe)."""
    order = font.getGlyphOrder()
    gs = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(gs)
        gs[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    for t in ("CFF ", "VORG"):
        if t in font:
            del font[t]
    glyf.compile(font)  # computes bounds
    hmtx = font["hmtx"]
    for name in order:
        g = glyf[name]
        adv, _ = hmtx.metrics[name]
        hmtx.metrics[name] = (adv, getattr(g, "xMin", 0) if g.numberOfContours else 0)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(order)
    drop_hinting_and_names(font, maxp)
    font.sfntVersion = "\x00\x01\x00\x00"


def write_face(font, out_path, cmap_keep, aliases=None):
    """Keeps only the cmap subtable cmap_keep (with aliases, alias: same,
    mapped where the font maps only the same character), saves the font
    with its glyphs in code point order, and writes it to out_path; returns
    the bytes and the glyph count."""
    cm = font["cmap"]
    cm.tables = [t for t in cm.tables if (t.platformID, t.platEncID, t.format) == cmap_keep]
    for t in cm.tables:
        for alias, same in (aliases or {}).items():
            if alias not in t.cmap and same in t.cmap:
                t.cmap[alias] = t.cmap[same]
    buf = io.BytesIO()
    font.save(buf)
    data = reorder_by_codepoint(buf.getvalue())
    # Write then rename: a build reading data/ meanwhile never sees half a font.
    with open(out_path + ".tmp", "wb") as f:
        f.write(data)
    os.replace(out_path + ".tmp", out_path)
    return data, TTFont(io.BytesIO(data))["maxp"].numGlyphs


def drop_hinting_and_names(font, maxp):
    """Zeroes maxp's hinting limits (the outlines carry no instructions) and
    makes post a format 3 table (no glyph names): neither fpdf nor paiban's
    outline reader needs them, and they only add bytes."""
    maxp.maxZones = 1
    for a in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
              "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
              "maxComponentDepth"):
        setattr(maxp, a, 0)
    post = font["post"]
    post.formatType = 3.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = None


def reorder_by_codepoint(data):
    """Renumber glyphs by their lowest code point: consecutive characters get
    consecutive glyph ids, so the format-4 cmap is mostly idDelta ranges."""
    font = TTFont(io.BytesIO(data), recalcTimestamp=False)
    cmap = font.getBestCmap()
    first = {}
    for cp, name in sorted(cmap.items()):
        first.setdefault(name, cp)
    old = font.getGlyphOrder()
    pos = {g: i for i, g in enumerate(old)}
    new = [old[0]] + sorted(old[1:], key=lambda g: (first.get(g, 0x110000), pos[g]))
    for t in font.keys():
        if t != "GlyphOrder":
            font[t]  # decompile everything under the old order
    glyf = font["glyf"]
    glyf.glyphOrder = new
    font.setGlyphOrder(new)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def build(src, suffix, wanted, out_path, max_err, cmap_keep=(3, 1, 4), vert=False):
    font, index = open_face(src, suffix)
    if vert:
        # Map the vertical alternates into every Unicode cmap subtable, so
        # the subsetter keeps them as ordinary encoded glyphs.
        alts = vert_alternates(font)
        for t in font["cmap"].tables:
            if t.isUnicode():
                t.cmap.update(alts)
    have = set(font.getBestCmap())
    if vert:
        wanted = set(wanted) | set(alts)
    unicodes = sorted(c for c in wanted if c in have)
    opts = subset.Options()
    opts.layout_features = []
    opts.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "DSIG", "JSTF", "MATH"]
    opts.glyph_names = False
    opts.hinting = False
    opts.notdef_outline = True
    opts.recommended_glyphs = True
    opts.name_IDs = ["*"]
    opts.name_legacy = False
    opts.desubroutinize = True
    opts.prune_unicode_ranges = True
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=unicodes)
    sub.subset(font)
    to_truetype(font, max_err)
    # fpdf reads one Unicode format-4 subtable; keep just (3,1,4). The Ext
    # faces, never given to fpdf, keep just the full-Unicode (3,10,12) one.
    data, n = write_face(font, out_path, cmap_keep, ALIASES)
    return index, len(unicodes), n, len(data), len(wanted) - len(unicodes)


# The emoji face (PaibanEmoji.ttf): Noto Emoji, Google's monochrome outline
# emoji (OFL-1.1), the last face Body and Heading take outlines from, so web
# copy's 👉 ❤️ ✅ 🔥 print as black shapes, not 〓. Its design is 2600 units
# wide with the emoji's square of ink 2080 units high, centred on y = 700;
# paiban sets it in one CJK em (1000 units), the ink square EMOJI_INK of it,
# centred on the ideographic em box (0.88 up, 0.12 down: centre 0.38), so an
# emoji stands among the ideographs like one of them. At 0.86 em a few wide
# ones (🗿, 🫨) overhang their cell by 0.03 em, into the next cell's side
# bearing.
EMOJI_INK = 0.86
EMOJI_UPEM = 1000
EMOJI_CENTRE = (500, 380)


def build_emoji(src, out_path):
    """PaibanEmoji.ttf from Noto Emoji's WOFF: its single characters (no GSUB,
    so no ZWJ or skin-tone ligatures: paiban does not shape), ASCII left out
    (the keycap bases 0–9 # *, which every text face has), each glyph scaled
    and moved into paiban's em (EMOJI_INK) with composites decomposed, one
    em wide (zero-width stays zero-width: U+FE0F, U+200D, tags), only the
    (3,10) format-12 cmap, like the Ext faces."""
    font = TTFont(src, recalcTimestamp=False)
    font.flavor = None
    cmap = font.getBestCmap()
    unicodes = sorted(c for c in cmap if c >= 0x80)
    opts = subset.Options()
    opts.layout_features = []
    opts.drop_tables += ["GSUB", "GPOS", "GDEF", "STAT", "vhea", "vmtx", "gasp", "DSIG"]
    opts.glyph_names = False
    opts.hinting = False
    opts.notdef_outline = True
    opts.recommended_glyphs = True
    opts.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    opts.name_legacy = False
    opts.prune_unicode_ranges = True
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=unicodes)
    sub.subset(font)
    src_adv = font["hmtx"][cmap[0x1F600]][0]  # 2600: every emoji's advance
    face = font["glyf"][cmap[0x1F600]]  # 😀: its circle is the ink square
    k = EMOJI_INK * EMOJI_UPEM / (face.yMax - face.yMin)
    os2 = font["OS/2"]
    cx, cy = src_adv / 2, (os2.sTypoAscender + os2.sTypoDescender) / 2
    dx, dy = EMOJI_CENTRE[0] - cx * k, EMOJI_CENTRE[1] - cy * k
    order = font.getGlyphOrder()
    gs = font.getGlyphSet()
    glyf, hmtx = font["glyf"], font["hmtx"]
    glyphs = {}
    for name in order:
        rec = DecomposingRecordingPen(gs)
        gs[name].draw(rec)
        pen = TTGlyphPen(None)
        rec.replay(TransformPen(pen, (k, 0, 0, k, dx, dy)))
        glyphs[name] = pen.glyph()
    glyf.glyphs = glyphs
    glyf.compile(font)  # bounds
    for name in order:
        adv, _ = hmtx.metrics[name]
        g = glyf[name]
        adv = EMOJI_UPEM if adv else 0
        hmtx.metrics[name] = (adv, g.xMin if g.numberOfContours else 0)
    font["head"].unitsPerEm = EMOJI_UPEM
    font["head"].flags &= ~0x0010  # no "instructions may alter advance widths"
    hhea = font["hhea"]
    hhea.ascent, hhea.descent, hhea.lineGap = 880, -120, 0
    os2.sTypoAscender, os2.sTypoDescender, os2.sTypoLineGap = 880, -120, 0
    os2.usWinAscent, os2.usWinDescent = 880, 120
    os2.xAvgCharWidth = EMOJI_UPEM
    maxp = font["maxp"]
    drop_hinting_and_names(font, maxp)
    data, n = write_face(font, out_path, (3, 10, 12))
    print(f"{os.path.basename(out_path)}: {os.path.basename(src)}, {len(unicodes)} characters, {n} glyphs, "
          f"{len(data)} bytes ({len(data) / 1024:.0f} KiB)")
    name = font["name"]
    return f"{name.getDebugName(4)}: {name.getDebugName(0)}\n"


def write_license(debian_copyright, out_path, notices):
    """The OFL-1.1 text from Debian's copyright file, de-indented, with the fonts' copyright line."""
    lines = open(debian_copyright, encoding="utf-8").read().split("\n")
    start = max(i for i, l in enumerate(lines) if l.strip() == "License: SIL-1.1")
    body = []
    for l in lines[start + 1:]:
        if l and not l.startswith(" "):
            break
        l = l[1:] if l.startswith(" ") else l
        body.append("" if l == "." else l)
    head = "".join(notices) + (
        "\nPaibanSerifSC-Regular.ttf and PaibanSansSC-Bold.ttf, and PaibanSerifSC-Ext.ttf and\n"
        "PaibanSansSC-Ext.ttf (their characters outside the BMP), are subsets of these faces,\n"
        "converted to TrueType outlines by fonts/gen/mkfonts.py (see fonts/README.md).\n"
        "PaibanEmoji.ttf is a subset of Noto Emoji (monochrome outlines, from the npm\n"
        "package @fontsource/noto-emoji), scaled to one CJK em by the same script.\n"
        "The fonts declare no Reserved Font Name, so the subsets keep their names.\n\n")
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(head + "\n".join(body).strip() + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--serif", required=True)
    ap.add_argument("--sans", required=True)
    # 2 font units (0.2% of the em) keeps the serif face under 8 MiB (7.97 MiB
    # with JIS X 0208 and KS X 1001 Hanja: 34 KB to spare); at 1 unit it was
    # 8.1 MiB before those. The difference is invisible even at headline sizes.
    ap.add_argument("--max-err", type=float, default=2.0)
    ap.add_argument("--copyright", default="/usr/share/doc/fonts-noto-cjk/copyright")
    ap.add_argument("--sample", type=int, default=0, help="only the first N characters (for measuring)")
    ap.add_argument("--ext-only", action="store_true",
                    help="only the Ext faces (characters outside the BMP) and the emoji face")
    ap.add_argument("--emoji", required=True, help="Noto Emoji's WOFF (build.sh fetches it)")
    a = ap.parse_args()
    emoji_notice = build_emoji(a.emoji, os.path.join(a.out, "PaibanEmoji.ttf"))
    ext = ext_charsets()
    ext_full = set().union(*ext.values())
    print("character sets outside the BMP (Ext faces, drawn as outlines):")
    for k, v in ext.items():
        print(f"  {k:24s} {len(v):6d}")
    print(f"  {'union':24s} {len(ext_full):6d}")
    ext_jobs = [
        (a.serif, "CJKsc-Regular", ext_full, "PaibanSerifSC-Ext.ttf"),
        (a.sans, "CJKsc-Bold", ext_full, "PaibanSansSC-Ext.ttf"),
    ]
    for src, suffix, wanted, name in ext_jobs:
        idx, mapped, glyphs, size, missing = build(src, suffix, wanted, os.path.join(a.out, name), a.max_err,
                                                   cmap_keep=(3, 10, 12))
        print(f"{name}: {os.path.basename(src)}#{idx}, {mapped} characters, {glyphs} glyphs, "
              f"{size} bytes ({size / 1024:.0f} KiB), {missing} wanted characters not in the source")
    if a.ext_only:
        notices = []
        for src, suffix, _, _ in ext_jobs:
            f, _ = open_face(src, suffix)
            notices.append(f"{f['name'].getDebugName(4)}: {f['name'].getDebugName(0)} "
                           f"{f['name'].getDebugName(7)}\n")
        write_license(a.copyright, os.path.join(a.out, "LICENSE-OFL.txt"), notices + [emoji_notice])
        return
    sets, astral = charsets()
    full = set().union(*sets.values())
    print(f"character sets (BMP; their characters outside the BMP, in the Ext faces: {astral}):")
    for k, v in sets.items():
        print(f"  {k:24s} {len(v):6d}")
    print(f"  {'union':24s} {len(full):6d}")
    heading = set(full)
    if a.sample:
        full = set(sorted(full)[:: max(1, len(full) // a.sample)])
        heading = full
    jobs = [
        (a.serif, "CJKsc-Regular", full, "PaibanSerifSC-Regular.ttf"),
        (a.sans, "CJKsc-Bold", heading, "PaibanSansSC-Bold.ttf"),
    ]
    notices = []
    for src, suffix, wanted, name in jobs:
        f, _ = open_face(src, suffix)
        notices.append(f"{f['name'].getDebugName(4)}: {f['name'].getDebugName(0)} "
                       f"{f['name'].getDebugName(7)}\n")
        idx, mapped, glyphs, size, missing = build(src, suffix, wanted, os.path.join(a.out, name), a.max_err,
                                                   vert=True)
        print(f"{name}: {os.path.basename(src)}#{idx}, {mapped} characters, {glyphs} glyphs, "
              f"{size} bytes ({size / 1048576:.2f} MiB), {missing} wanted characters not in the source")
    write_license(a.copyright, os.path.join(a.out, "LICENSE-OFL.txt"), notices + [emoji_notice])


if __name__ == "__main__":
    main()
