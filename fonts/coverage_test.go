package fonts

import (
	"bufio"
	"compress/bzip2"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/encoding"
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
	sets := map[string][]rune{
		"GB2312":                decodeDBCS(t, simplifiedchinese.GBK, 0xA1A1, 0xF7FE, euc, anyRune),
		"Big5 common Han":       decodeDBCS(t, traditionalchinese.Big5, 0xA440, 0xC67E, big5Trail, isHan),
		"Big5 less-common Han":  decodeDBCS(t, traditionalchinese.Big5, 0xC940, 0xF9D5, big5Trail, isHan),
		"KS X 1001 Hangul":      decodeDBCS(t, korean.EUCKR, 0xA1A1, 0xFEFE, euc, isHangul),
		"kana":                  kana,
		"cjkcheck punctuation":  []rune(cjkcheckPunct),
		"CJK punctuation block": span(0x3000, 0x303F),
		"Latin-1 and digits":    latin,
	}
	if tgh := tghBMP(t); tgh != nil {
		sets["通用规范汉字表 (BMP)"] = tgh
	}
	return sets
}

// tghBMP reads the 通用规范汉字表 from Unihan (Debian unicode-data), nil if absent.
func tghBMP(t *testing.T) []rune {
	fh, err := os.Open("/usr/share/unicode/Unihan_OtherMappings.txt.bz2")
	if err != nil {
		t.Log("no Unihan data: 通用规范汉字表 not checked")
		return nil
	}
	defer fh.Close()
	var out []rune
	sc := bufio.NewScanner(bzip2.NewReader(fh))
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 2 || f[1] != "kTGH" || !strings.HasPrefix(f[0], "U+") {
			continue
		}
		n, err := strconv.ParseUint(f[0][2:], 16, 32)
		if err == nil && n <= 0xFFFF {
			out = append(out, rune(n))
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
		"KS X 1001 Hangul": 2350, "通用规范汉字表 (BMP)": 7909}
	for name, rs := range sets {
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
