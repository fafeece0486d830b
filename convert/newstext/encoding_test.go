package newstext

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"unicode/utf8"

	"github.com/paiban/paiban/convert/doc"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

func encodeWith(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding test input: %v", err)
	}
	return b
}

func caseInput(t *testing.T, name string) string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "cases", name))
	if err != nil {
		t.Fatal(err)
	}
	in, _, _ := strings.Cut(string(raw), caseSep)
	return in
}

// TestEncodings reads the same page in every supported encoding and
// expects the same tree, the detected encoding and the right language.
func TestEncodings(t *testing.T) {
	simp := caseInput(t, "dateline_credit.txt")
	trad := caseInput(t, "traditional.txt")
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	utf16be := unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	tests := []struct {
		name, text string
		data       []byte
		opt        string
		wantEnc    string
		wantLang   string
	}{
		{"utf8", simp, []byte(simp), "", EncodingUTF8, "zh-Hans"},
		{"utf8 bom", simp, append([]byte("\xEF\xBB\xBF"), simp...), "", EncodingUTF8, "zh-Hans"},
		{"utf16le bom", simp, encodeWith(t, utf16le, simp), "", EncodingUTF16LE, "zh-Hans"},
		{"utf16be bom", simp, encodeWith(t, utf16be, simp), "", EncodingUTF16BE, "zh-Hans"},
		{"gb18030", simp, encodeWith(t, simplifiedchinese.GB18030, simp), "", EncodingGB18030, "zh-Hans"},
		{"gbk alias", simp, encodeWith(t, simplifiedchinese.GBK, simp), "gbk", EncodingGB18030, "zh-Hans"},
		{"big5", trad, encodeWith(t, traditionalchinese.Big5, trad), "", EncodingBig5, "zh-Hant"},
		{"big5 forced", trad, encodeWith(t, traditionalchinese.Big5, trad), "big5", EncodingBig5, "zh-Hant"},
		{"gb18030 traditional text", trad, encodeWith(t, simplifiedchinese.GB18030, trad), "", EncodingGB18030, "zh-Hant"},
		{"big5 of simplified-looking text", "# 今天天气很好\n\n我们一起去公园散步。", encodeWith(t, traditionalchinese.Big5, "# 今天天氣很好\n\n我們一起去公園散步。"), "", EncodingBig5, "zh-Hant"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Read(context.Background(), bytes.NewReader(tt.data), "in.txt", WithEncoding(tt.opt))
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if d.Source.Encoding != tt.wantEnc || d.Lang != tt.wantLang {
				t.Errorf("encoding, lang = %s, %s; want %s, %s", d.Source.Encoding, d.Lang, tt.wantEnc, tt.wantLang)
			}
			want := mustRead(t, strings.ReplaceAll(tt.text, "天气", "天氣"))
			if tt.name != "big5 of simplified-looking text" && outline(d, true) != outline(want, true) {
				t.Errorf("tree differs from the UTF-8 reading:\n%s\nwant:\n%s", outline(d, true), outline(want, true))
			}
			checkNothingLost(t, tt.data, d)
		})
	}
}

// TestDetectEncodingShort checks GB18030 against Big5 on short texts,
// where there is little to score.
func TestDetectEncodingShort(t *testing.T) {
	for _, s := range []string{"本报讯", "新闻", "# 秋季开学\n\n学生们回到了学校。", "记者 王小明", "经济发展", "中国人民"} {
		if got := DetectEncoding(encodeWith(t, simplifiedchinese.GB18030, s)); got != EncodingGB18030 {
			t.Errorf("GB18030 %q detected as %q", s, got)
		}
	}
	for _, s := range []string{"本報訊", "新聞", "# 秋季開學\n\n學生們回到了學校。", "記者 王小明", "經濟發展", "中國人民"} {
		if got := DetectEncoding(encodeWith(t, traditionalchinese.Big5, s)); got != EncodingBig5 {
			t.Errorf("Big5 %q detected as %q", s, got)
		}
	}
}

// TestLineEnds reads the same text with LF, CRLF and CR line ends.
func TestLineEnds(t *testing.T) {
	in := caseInput(t, "wraps.txt")
	want := outline(mustRead(t, in), true)
	for _, nl := range []string{"\r\n", "\r"} {
		got := outline(mustRead(t, strings.ReplaceAll(in, "\n", nl)), true)
		if got != want {
			t.Errorf("line end %q:\n%s\nwant:\n%s", nl, got, want)
		}
	}
}

// TestNFC reads decomposed text and expects composed text in the tree.
func TestNFC(t *testing.T) {
	d := mustRead(t, "# Cafe\u0301 ouvert\n\nLe cafe\u0301 a ouvert.\n")
	if got := d.Title(); got != "Café ouvert" {
		t.Errorf("title = %q, want NFC", got)
	}
	// Compatibility ideographs are canonically equivalent to unified ones.
	d = mustRead(t, "# \uF900\n")
	if got := d.Title(); got != "\u8C48" {
		t.Errorf("title = %U, want U+8C48", []rune(got))
	}
	// Two tone marks out of canonical order (ccc 232 before 218) are
	// reordered: U+302A–302F combine, the NFC shortcut must not skip them.
	d = mustRead(t, "# 標題\u302D\u302A\n")
	if got := d.Title(); got != "標題\u302A\u302D" {
		t.Errorf("title = %U, want the tone marks reordered", []rune(got))
	}
}

// TestBadInput covers input that must be refused with a *doc.InputError.
func TestBadInput(t *testing.T) {
	tests := []struct {
		name     string
		data     []byte
		opts     []Option
		wantLine int
		wantMsg  string
	}{
		{"empty", nil, nil, 0, "empty"},
		{"blank", []byte(" \n\r\n\t\u3000\n"), nil, 0, "blank"},
		{"nul", []byte("# 标题\n\n正文\x00二进制"), nil, 3, "binary"},
		{"control", []byte("# 标题\n正文\x1b[0m"), nil, 2, "binary"},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), nil, 3, "binary"},
		{"invalid utf-8", []byte("# 标题\n\n正文\xff\xfe内容是中文"), nil, 3, "invalid UTF-8"},
		{"truncated utf-8", []byte("# 标题\n\xe4\xb8"), nil, 2, "invalid UTF-8"},
		{"lone high bytes", []byte("\xff\xfd\xfc"), nil, 1, "not text"},
		{"ascii with a stray byte", []byte("# Title\n\nline two\n\nbad \x80 byte\n"), nil, 5, "not text in a known encoding"},
		{"forced utf-8", encodeWith(t, simplifiedchinese.GB18030, "# 标题\n\n正文"), []Option{WithEncoding("utf-8")}, 1, "invalid UTF-8"},
		{"forced big5 invalid", []byte("# \x81\x30\x81\x30"), []Option{WithEncoding("big5")}, 1, "invalid Big5"},
		{"utf-16 odd", []byte("\xff\xfeA\x00B"), nil, 0, "odd"},
		{"utf-16le without bom", []byte("#\x00 \x00T\x00i\x00t\x00l\x00e\x00\n\x00"), nil, 0, "UTF-16LE without a byte order mark"},
		{"utf-16le cjk without bom", encodeWith(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "# 一个标题\n\n　　正文一二三，中文。\n"), nil, 0, "UTF-16LE without a byte order mark"},
		{"utf-16be cjk without bom", encodeWith(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "# 一个标题\n\n　　正文一二三，中文。\n"), nil, 0, "UTF-16BE without a byte order mark"},
		// Inputs of parallelBytes or more are scanned in two halves; a bad
		// byte in the second must still be found, with its line.
		{"large, stray byte in the second half", append([]byte(strings.Repeat("正文。\n", parallelBytes/8)), 0x80, '\n'), nil, parallelBytes/8 + 1, "invalid UTF-8"},
		{"large, control byte in the second half", append([]byte(strings.Repeat("正文。\n", parallelBytes/8)), 0x07, '\n'), nil, parallelBytes/8 + 1, "binary"},
		{"too large", []byte(strings.Repeat("正文。", 100)), []Option{WithMaxSize(100)}, 0, "input too large: more than 100 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Read(context.Background(), bytes.NewReader(tt.data), "bad.txt", tt.opts...)
			var ie *doc.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("err = %v (%T), doc = %v; want *doc.InputError", err, err, d)
			}
			if ie.Name != "bad.txt" || ie.Line != tt.wantLine || !strings.Contains(ie.Error(), tt.wantMsg) {
				t.Errorf("err = %q (line %d), want line %d and %q", ie.Error(), ie.Line, tt.wantLine, tt.wantMsg)
			}
		})
	}
}

// TestUsageErrors: unknown option values are usage errors, not input errors.
func TestUsageErrors(t *testing.T) {
	_, err := Read(context.Background(), strings.NewReader("# x"), "a", WithEncoding("ebcdic"))
	if !errors.Is(err, ErrUnknownEncoding) || !strings.Contains(err.Error(), "gb18030") {
		t.Errorf("unknown encoding: err = %v", err)
	}
	_, err = Read(context.Background(), strings.NewReader("# x"), "a", WithLang("fr"))
	if !errors.Is(err, ErrUnknownLang) {
		t.Errorf("unknown lang: err = %v", err)
	}
	d := mustRead(t, "# 標題\n", WithLang("zh-TW"))
	if d.Lang != "zh-Hant" {
		t.Errorf("WithLang(zh-TW) gave %q", d.Lang)
	}
	d = mustRead(t, "# 标题\n", WithLang("ja"))
	if d.Lang != "ja" {
		t.Errorf("WithLang(ja) gave %q", d.Lang)
	}
}

// TestCancel: a cancelled context stops the reader.
func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := New().Read(ctx, strings.NewReader(strings.Repeat("# 标题\n\n正文。\n\n", 1000)), "x"); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// lateCancel is a context that reports cancellation from its n-th Err call
// on, to cancel the reader in the middle of its work.
type lateCancel struct {
	context.Context
	n atomic.Int32 // both halves of a large input call Err
}

func (c *lateCancel) Err() error {
	if c.n.Add(-1) <= 0 {
		return context.Canceled
	}
	return nil
}

func TestCancelMidway(t *testing.T) {
	ctx := &lateCancel{Context: context.Background()}
	ctx.n.Store(2)
	in := strings.Repeat("# 标题\n\n正文。\n\n", 5000)
	if _, err := New().Read(ctx, strings.NewReader(in), "x"); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// errReader fails after some data.
type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestReadFailure(t *testing.T) {
	_, err := Read(context.Background(), errReader{}, "x.txt")
	var ie *doc.InputError
	if err == nil || errors.As(err, &ie) || !strings.Contains(err.Error(), "disk on fire") {
		t.Errorf("err = %v, want the wrapped I/O error", err)
	}
}

// TestDetectEncodingLines encodes every line of the case files on its own
// (short texts are the hard case) and expects the encoding back.
func TestDetectEncodingLines(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "cases", "*.txt"))
	gbOK, gbAll, b5OK, b5All := 0, 0, 0, 0
	for _, f := range files {
		for _, line := range strings.Split(caseInput(t, filepath.Base(f)), "\n") {
			han := 0
			for _, r := range line {
				if isHan(r) {
					han++
				}
			}
			if han < 2 {
				continue
			}
			if gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(line)); err == nil && !utf8Valid(gb) {
				gbAll++
				if got := DetectEncoding(gb); got == EncodingGB18030 {
					gbOK++
				} else {
					t.Logf("GB18030 %q detected as %q", line, got)
				}
			}
			if b5, err := traditionalchinese.Big5.NewEncoder().Bytes([]byte(line)); err == nil && !utf8Valid(b5) {
				b5All++
				if got := DetectEncoding(b5); got == EncodingBig5 {
					b5OK++
				} else {
					t.Logf("Big5 %q detected as %q", line, got)
				}
			}
		}
	}
	t.Logf("GB18030 %d/%d, Big5 %d/%d lines detected", gbOK, gbAll, b5OK, b5All)
	if gbAll == 0 || b5All == 0 || gbOK != gbAll || b5OK != b5All {
		t.Errorf("GB18030 %d/%d, Big5 %d/%d lines detected", gbOK, gbAll, b5OK, b5All)
	}
}

func utf8Valid(b []byte) bool { return utf8.Valid(b) }

// TestValidUTF8Halves checks validUTF8 against utf8.Valid on inputs large
// enough to be cut in two, with a bad byte or a character straddling the
// middle.
func TestValidUTF8Halves(t *testing.T) {
	base := []byte(strings.Repeat("新闻排版𠮷a", parallelBytes/10))
	for _, tc := range []struct {
		name string
		edit func(b []byte) []byte
	}{
		{"valid", func(b []byte) []byte { return b }},
		{"bad byte in the second half", func(b []byte) []byte { b[len(b)*3/4] = 0xFF; return b }},
		{"bad byte in the first half", func(b []byte) []byte { b[len(b)/4] = 0xFF; return b }},
		{"truncated character at the end", func(b []byte) []byte { return append(b, "𠮷"[:3]...) }},
	} {
		for shift := range 4 {
			b := tc.edit(append([]byte(strings.Repeat("x", shift)), base...))
			if got, want := validUTF8(b), utf8.Valid(b); got != want {
				t.Errorf("%s, shift %d: validUTF8 = %v, utf8.Valid = %v", tc.name, shift, got, want)
			}
		}
	}
	// A lone continuation byte right at the cut.
	b := append([]byte(strings.Repeat("a", parallelBytes)), 0x80)
	b = append(b, []byte(strings.Repeat("a", parallelBytes))...)
	b[len(b)/2] = 0x80
	if validUTF8(b) {
		t.Error("a stray continuation byte at the middle passed")
	}
}
