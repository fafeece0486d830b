package fonts

import (
	"bufio"
	"compress/bzip2"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// decodeDBCS returns every character a double-byte encoding decodes from
// the codes lo…hi whose trail byte is in trail, keeping those keep accepts.
func decodeDBCS(t *testing.T, e encoding.Encoding, lo, hi uint16, trail [][2]byte, keep func(rune) bool) []rune {
	t.Helper()
	var out []rune
	d := e.NewDecoder()
	for a := int(lo >> 8); a <= int(hi>>8); a++ {
		for _, tr := range trail {
			for b := int(tr[0]); b <= int(tr[1]); b++ {
				if c := uint16(a<<8 | b); c < lo || c > hi {
					continue
				}
				s, err := d.Bytes([]byte{byte(a), byte(b)})
				rs := []rune(string(s))
				if err != nil || len(rs) != 1 || rs[0] == unicode.ReplacementChar || !keep(rs[0]) {
					continue
				}
				out = append(out, rs[0])
			}
		}
	}
	return out
}

func isHan(r rune) bool    { return unicode.Is(unicode.Han, r) }
func isHangul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }
func anyRune(rune) bool    { return true }

func span(lo, hi rune) []rune {
	var out []rune
	for r := lo; r <= hi; r++ {
		out = append(out, r)
	}
	return out
}

// cjkcheckPunct is the punctuation of shared/tools/cjkcheck.py's line-breaking
// sets, plus 〓 (drawn for missing characters) and the ideographic space.
const cjkcheckPunct = "、，。．：；！？‼⁇⁈⁉,.:;!?”’）》〉」』】〕〗〙］｝｠)]}～-–—〜‐·・‧／/⸺…⋯" +
	"’”）〕］｝〉》」』】⦆｠〙〗»〟)]}‐〜゠–！？‼⁇⁈⁉!?・：；:;。．.、，,ヽヾゝゞ〻" +
	"ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ%‰°′″℃％" +
	"“‘（《〈「『【〔〖〘［｛｟([{／/‘“（〔［｛〈《「『【⦅｟〘〖«〝([{$£¥＄￥——……‥‥〓\u3000■□●▲△◆◇★☆※"

// notInNoto are characters of the required sets that Noto CJK lacks (≒,
// JIS X 0208 row 2 and KS X 1001): they are left to a fallback font.
const notInNoto = "≒"

var (
	euc       = [][2]byte{{0xA1, 0xFE}}
	big5Trail = [][2]byte{{0x40, 0x7E}, {0xA1, 0xFE}}
)

// requiredSets are the character sets issue 4 requires of the default fonts.
func requiredSets(t *testing.T) map[string][]rune {
	t.Helper()
	kana := append(span(0x3041, 0x3096), span(0x309B, 0x309E)...)
	kana = append(kana, span(0x30A1, 0x30FE)...)
	kana = append(kana, span(0x31F0, 0x31FF)...)
	latin := append(span(0x20, 0x7E), span(0xA0, 0xFF)...)
	// EUC-JP rows 1–84 are JIS X 0208 (x/text decodes row 13 as NEC's
	// specials, which the fonts carry too); rows 16–84 are kanji levels 1 and 2.
	jis := decodeDBCS(t, japanese.EUCJP, 0xA1A1, 0xF4FE, euc, anyRune)
	jisKanji := decodeDBCS(t, japanese.EUCJP, 0xB0A1, 0xF4FE, euc, isHan)
	// Rows 89–92: the NEC-selected IBM extension kanji (髙 﨑), used in names.
	necIBM := decodeDBCS(t, japanese.EUCJP, 0xF9A1, 0xFCFE, euc, anyRune)
	sets := map[string][]rune{
		"GB2312":                   decodeDBCS(t, simplifiedchinese.GBK, 0xA1A1, 0xF7FE, euc, anyRune),
		"Big5 common Han":          decodeDBCS(t, traditionalchinese.Big5, 0xA440, 0xC67E, big5Trail, isHan),
		"Big5 less-common Han":     decodeDBCS(t, traditionalchinese.Big5, 0xC940, 0xF9D5, big5Trail, isHan),
		"JIS X 0208":               jis,
		"JIS X 0208 kanji":         jisKanji,
		"NEC-selected IBM kanji":   necIBM,
		"KS X 1001 Hangul":         decodeDBCS(t, korean.EUCKR, 0xA1A1, 0xFEFE, euc, isHangul),
		"KS X 1001 Hanja":          decodeDBCS(t, korean.EUCKR, 0xCAA1, 0xFDFE, euc, isHan),
		"Japanese newspaper kanji": []rune("戸広売読駅桜気囲営観顔県区図発総転労働経済沢浜髙﨑"),
		"kana":                     kana,
		"cjkcheck punctuation":     []rune(cjkcheckPunct),
		"CJK punctuation block":    span(0x3000, 0x303F),
		"Latin-1 and digits":       latin,
	}
	for name, field := range map[string]string{
		"通用规范汉字表 (BMP)": "kTGH",
		"常用漢字表 (BMP)":   "kJoyoKanji",
		"人名用漢字":         "kJinmeiyoKanji",
	} {
		if rs := unihanBMP(t, field); rs != nil {
			sets[name] = rs
		}
	}
	return sets
}

// unihanCodePoint matches the U+ code points in a Unihan value: kJoyoKanji
// gives the official form 剝 as the value of the accepted variant 剥.
var unihanCodePoint = regexp.MustCompile(`U\+([0-9A-F]{4,6})`)

// unihanBMP reads the BMP characters Unihan (Debian unicode-data) lists under
// field, keys and values, or nil if the data are absent.
func unihanBMP(t *testing.T, field string) []rune {
	t.Helper()
	fh, err := os.Open("/usr/share/unicode/Unihan_OtherMappings.txt.bz2")
	if err != nil {
		t.Logf("no Unihan data: %s not checked", field)
		return nil
	}
	defer fh.Close()
	var out []rune
	add := func(hex string) {
		if n, err := strconv.ParseUint(hex, 16, 32); err == nil && n <= 0xFFFF {
			out = append(out, rune(n))
		}
	}
	sc := bufio.NewScanner(bzip2.NewReader(fh))
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 || f[1] != field || !strings.HasPrefix(f[0], "U+") {
			continue
		}
		add(f[0][2:])
		for _, m := range unihanCodePoint.FindAllStringSubmatch(f[2], -1) {
			add(m[1])
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestRequiredSetsAreCovered(t *testing.T) {
	body, err := Body()
	if err != nil {
		t.Fatal(err)
	}
	heading, err := Heading()
	if err != nil {
		t.Fatal(err)
	}
	sets := requiredSets(t)
	minSize := map[string]int{"GB2312": 7445, "Big5 common Han": 5401, "Big5 less-common Han": 7652,
		"KS X 1001 Hangul": 2350, "通用规范汉字表 (BMP)": 7909, "JIS X 0208": 6879, "JIS X 0208 kanji": 6355,
		"NEC-selected IBM kanji": 374, "KS X 1001 Hanja": 4888, "常用漢字表 (BMP)": 2139, "人名用漢字": 863}
	for name, rs := range sets {
		t.Logf("%s: %d characters", name, len(rs))
		if n, ok := minSize[name]; ok && len(rs) < n {
			t.Errorf("%s: test set has %d characters, want ≥ %d", name, len(rs), n)
		}
		for _, c := range []struct {
			role string
			set  Set
		}{
			{"body", Set{Faces: []*Face{body}}},
			// The heading face may lean on the body face for rare characters.
			{"heading+body", Set{Faces: []*Face{heading, body}}},
		} {
			var missing []rune
			for _, r := range rs {
				if strings.ContainsRune(notInNoto, r) {
					continue
				}
				if _, ok := c.set.FaceFor(r); !ok {
					missing = append(missing, r)
				}
			}
			if len(missing) > 0 {
				t.Errorf("%s: %s lacks %d of %d: %q", name, c.role, len(missing), len(rs), string(missing[:min(len(missing), 40)]))
			}
		}
	}
}

// TestEmbeddedFilesUnder8MiB guards the limit for a tracked file: a larger
// character set needs a coarser cu2qu tolerance (gen/mkfonts.py --max-err).
func TestEmbeddedFilesUnder8MiB(t *testing.T) {
	for name, data := range map[string][]byte{"body": bodyTTF, "heading": headingTTF} {
		if len(data) == 0 || len(data) >= 8<<20 {
			t.Errorf("%s face: %d bytes, want 1 … %d", name, len(data), 8<<20-1)
		}
	}
}

// TestAliasesDrawTheirTwins: the characters Noto CJK lacks that have a twin
// of the same shape in it (mkfonts.py's ALIASES) are mapped to the twin's
// glyph in both faces: ⦅⦆ (clreq/jlreq), the tilde operator ∼ of Korean
// ranges (1∼10월, KS X 1001) and the pointers ►◄ of web copies' links.
func TestAliasesDrawTheirTwins(t *testing.T) {
	for _, load := range []func() (*Face, error){Body, Heading} {
		f, err := load()
		if err != nil {
			t.Fatal(err)
		}
		for alias, twin := range map[rune]rune{'⦅': '｟', '⦆': '｠', '∼': '～', '►': '▶', '◄': '◀'} {
			if g := f.GlyphIndex(alias); g == 0 || g != f.GlyphIndex(twin) {
				t.Errorf("%s: %q is glyph %d, %q is %d", f.Name(), alias, g, twin, f.GlyphIndex(twin))
			}
		}
	}
}
