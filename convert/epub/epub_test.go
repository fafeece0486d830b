package epub

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/paiban/paiban/convert/doc"
)

var date = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

func TestText(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		vertical bool
		want     string
	}{
		{"markup is escaped", `<b>粗</b> & "引号"`, false, `&lt;b&gt;粗&lt;/b&gt; &amp; "引号"`},
		{"entities stay literal", `&amp;&#20013;`, false, `&amp;amp;&amp;#20013;`},
		{"controls become U+FFFD", "甲\x00乙\x1b丙\t丁", false, "甲\uFFFD乙\uFFFD丙\t丁"},
		{"broken UTF-8 becomes U+FFFD", "甲\xff乙", false, "甲\uFFFD乙"},
		{"horizontal leaves numbers", "2022年8月29日", false, "2022年8月29日"},
		// Vertical books follow layout.VerticalRuns, the PDF pages' rule.
		{"one or two digits combine", "8月29日", true, `<span class="tcy">8</span>月<span class="tcy">29</span>日`},
		{"longer numbers stand digit by digit", "2021年增长6.3万，达99.5%", true,
			`<span class="upright">2021</span>年增长<span class="upright">6.3</span>万，达<span class="upright">99.5%</span>`},
		{"five digits too", "共12345家", true, `共<span class="upright">12345</span>家`},
		{"capitals: two combine, up to four stand", "G20与5G和AI", true,
			`<span class="upright">G20</span>与<span class="tcy">5G</span>和<span class="tcy">AI</span>`},
		{"words stay sideways", "在Kobe Jazz Street演出，300Mbps", true, "在Kobe Jazz Street演出，300Mbps"},
		{"escaping still applies", "<1>与&2", true, `&lt;1&gt;与&amp;2`},
		{"escaping inside a span", "第3版", true, `第<span class="tcy">3</span>版`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &renderer{vertical: tt.vertical}
			r.text(tt.in)
			if got := r.sb.String(); got != tt.want {
				t.Errorf("text(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestWordsFor(t *testing.T) {
	tests := []struct{ lang, want string }{
		{"zh-Hans", "目录"}, {"zh", "目录"}, {"", "目录"}, {"zh-Hant", "目錄"}, {"zh-TW", "目錄"},
		{"ja", "目次"}, {"ja-JP", "目次"}, {"ko", "목차"},
	}
	for _, tt := range tests {
		if got := wordsFor(tt.lang).contents; got != tt.want {
			t.Errorf("wordsFor(%q).contents = %q, want %q", tt.lang, got, tt.want)
		}
	}
}

// TestLanguage checks lang and xml:lang on every XHTML root, dc:language
// and the navigation heading, for each language and for WithLang.
func TestLanguage(t *testing.T) {
	tests := []struct {
		docLang string
		opts    []Option
		want    string
		heading string
	}{
		{"zh-Hans", nil, "zh-Hans", "目录"},
		{"zh-Hant", nil, "zh-Hant", "目錄"},
		{"ja", nil, "ja", "目次"},
		{"ko", nil, "ko", "목차"},
		{"zh-Hans", []Option{WithLang("ja")}, "ja", "目次"},
	}
	htmlRE := regexp.MustCompile(`<html [^>]*>`)
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			d := handTree()
			d.Lang = tt.docLang
			_, files := entries(t, writeBook(t, []*doc.Document{d}, tt.opts...))
			n := 0
			for name, body := range files {
				if !strings.HasSuffix(name, ".xhtml") {
					continue
				}
				n++
				root := htmlRE.FindString(body)
				for _, attr := range []string{` lang="` + tt.want + `"`, ` xml:lang="` + tt.want + `"`} {
					if !strings.Contains(root, attr) {
						t.Errorf("%s: root %s lacks%s", name, root, attr)
					}
				}
			}
			if n != 4 { // title page, two articles, nav
				t.Errorf("found %d XHTML files, want 4", n)
			}
			if !strings.Contains(files[opfPath], "<dc:language>"+tt.want+"</dc:language>") {
				t.Errorf("dc:language is not %s", tt.want)
			}
			if !strings.Contains(files[navPath], "<h1>"+tt.heading+"</h1>") {
				t.Errorf("nav heading is not %s:\n%s", tt.heading, files[navPath])
			}
		})
	}
}

func TestMetadata(t *testing.T) {
	d := handTree()
	_, files := entries(t, writeBook(t, []*doc.Document{d}, WithDate(date)))
	opf := files[opfPath]
	for _, want := range []string{
		"<dc:title>hand</dc:title>", // a book of two articles is called by its source
		`<dc:creator id="creator1">张三</dc:creator>`,
		`<dc:creator id="creator2">李四</dc:creator>`,
		`<dc:creator id="creator3">王五</dc:creator>`,
		`<meta property="dcterms:modified">2025-01-01T00:00:00Z</meta>`,
		"<dc:date>2025-01-01T00:00:00Z</dc:date>",
	} {
		if !strings.Contains(opf, want) {
			t.Errorf("package.opf lacks %s:\n%s", want, opf)
		}
	}
	if strings.Count(opf, "<dc:creator") != 3 {
		t.Errorf("want 3 creators, each name once:\n%s", opf)
	}
	id := regexp.MustCompile(`<dc:identifier id="pub-id">urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}</dc:identifier>`)
	if !id.MatchString(opf) {
		t.Errorf("identifier is not a urn:uuid v5:\n%s", opf)
	}

	_, files = entries(t, writeBook(t, []*doc.Document{d}, WithTitle("今日要闻 & 评论")))
	if !strings.Contains(files[opfPath], "<dc:title>今日要闻 &amp; 评论</dc:title>") {
		t.Errorf("WithTitle not used:\n%s", files[opfPath])
	}
	if strings.Contains(files[opfPath], "<dc:date>") {
		t.Errorf("dc:date written without a date")
	}
}

// TestIdentifier checks that the identifier follows the content and
// nothing else.
func TestIdentifier(t *testing.T) {
	idRE := regexp.MustCompile(`urn:uuid:[0-9a-f-]+`)
	id := func(d *doc.Document, opts ...Option) string {
		_, files := entries(t, writeBook(t, []*doc.Document{d}, opts...))
		return idRE.FindString(files[opfPath])
	}
	a := id(handTree())
	if b := id(handTree(), WithDate(date), WithVertical(true)); a != b {
		t.Errorf("identifier changed with options: %s, %s", a, b)
	}
	d := handTree()
	d.Articles[1].Children[1].Text += "。"
	if b := id(d); a == b {
		t.Errorf("identifier %s did not change with the text", a)
	}
}

// TestDeterministic writes the same input twice, with and without a date,
// and wants the same bytes; the zip must start with a stored mimetype and
// carry the given date on every entry.
func TestDeterministic(t *testing.T) {
	sets := [][]Option{nil, {WithDate(date)}, {WithVertical(true)}}
	var first [][]byte
	for _, opts := range sets {
		first = append(first, writeBook(t, []*doc.Document{handTree()}, opts...))
	}
	time.Sleep(1100 * time.Millisecond) // go-epub stamps its own output with the clock
	for i, opts := range sets {
		if b := writeBook(t, []*doc.Document{handTree()}, opts...); !bytes.Equal(first[i], b) {
			t.Fatalf("options %d: two runs differ (%d and %d bytes)", i, len(first[i]), len(b))
		}
	}
	zf, files := entries(t, writeBook(t, []*doc.Document{handTree()}, WithDate(date)))
	if zf[0].Name != "mimetype" || zf[0].Method != 0 || len(zf[0].Extra) != 0 || files["mimetype"] != "application/epub+zip" {
		t.Errorf("first entry is %s (method %d, %d extra bytes), want a stored mimetype", zf[0].Name, zf[0].Method, len(zf[0].Extra))
	}
	for _, f := range zf {
		if !f.Modified.Equal(date) {
			t.Errorf("%s: modified %v, want %v", f.Name, f.Modified, date)
		}
	}
	// With no date one is derived from the content, the same every time.
	_, files = entries(t, writeBook(t, []*doc.Document{handTree()}))
	m := regexp.MustCompile(`dcterms:modified">([^<]+)<`).FindStringSubmatch(files[opfPath])
	if m == nil || strings.HasPrefix(m[1], time.Now().UTC().Format("2006-01-02")) {
		t.Errorf("dcterms:modified without a date = %v, want one derived from the content", m)
	}
}

func TestVertical(t *testing.T) {
	_, files := entries(t, writeBook(t, []*doc.Document{handTree()}, WithVertical(true)))
	if !strings.Contains(files[opfPath], `page-progression-direction="rtl"`) {
		t.Errorf("spine is not rtl:\n%s", files[opfPath])
	}
	css := files[cssDir+cssFile]
	for _, want := range []string{"-epub-writing-mode: vertical-rl", "-webkit-writing-mode: vertical-rl", "\n  writing-mode: vertical-rl", "text-combine-upright: all"} {
		if !strings.Contains(css, want) {
			t.Errorf("stylesheet lacks %q", want)
		}
	}
	if !strings.Contains(files[xhtmlDir+"a001.xhtml"], `<span class="tcy">29</span>`) {
		t.Errorf("numbers are not set upright")
	}
	_, files = entries(t, writeBook(t, []*doc.Document{handTree()}))
	if strings.Contains(files[opfPath], "page-progression-direction") || strings.Contains(files[cssDir+cssFile], "vertical-rl") ||
		strings.Contains(files[xhtmlDir+"a001.xhtml"], "tcy") {
		t.Errorf("horizontal book has vertical settings")
	}
}

// TestSlashKept: the slash of the News1 credit 2024.12.3/뉴스1 is kept
// with the syllable after it, across and down, as in the HTML page (the
// reading system's browser engine breaks after a slash before Hangul).
func TestSlashKept(t *testing.T) {
	for _, vertical := range []bool{false, true} {
		d := &doc.Document{Lang: "ko", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
			{Kind: doc.KindHeadline, Text: "지하철 연장"},
			{Kind: doc.KindCaption, Text: "기다리고 있다. 2024.12.3/뉴스 © News1 https://news1.kr/a"},
		}}}}
		_, files := entries(t, writeBook(t, []*doc.Document{d}, WithVertical(vertical)))
		x := files[xhtmlDir+"a001.xhtml"]
		if !strings.Contains(x, `2024.12.3<span class="keep">/뉴</span>스`) || strings.Count(x, `class="keep"`) != 1 {
			t.Errorf("vertical %v: want the one keep span /뉴:\n%s", vertical, x)
		}
		if !strings.Contains(files[cssDir+cssFile], ".keep { white-space: nowrap; }") {
			t.Errorf("vertical %v: stylesheet lacks .keep", vertical)
		}
	}
}

// TestKoreanVerticalMarks: a vertical Korean book sets its marks by
// layout's Korean vertical rule, as the PDF and the HTML page do (。、 for
// . , ending a word, 『』 for quotes, 1.8 left alone), the source text kept
// in each mark's span; a horizontal Korean book has none.
func TestKoreanVerticalMarks(t *testing.T) {
	d := &doc.Document{Lang: "ko", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindHeadline, Text: "물가 상승"},
		{Kind: doc.KindParagraph, Text: `시는 "부담 늘었다"고 밝혔다. 물가는 1.8% 올랐다, 통계청.`},
	}}}}
	_, files := entries(t, writeBook(t, []*doc.Document{d}, WithVertical(true)))
	x := files[xhtmlDir+"a001.xhtml"]
	for _, want := range []string{
		`<span class="kv" data-v="『"><span>"</span></span>부담`,
		`늘었다<span class="kv" data-v="』"><span>"</span></span>고`,
		`밝혔다<span class="kv" data-v="。"><span>. </span></span>물가는`,
		`<span class="upright">1.8%</span>`,
		`올랐다<span class="kv" data-v="、"><span>, </span></span>통계청<span class="kv" data-v="。"><span>.</span></span>`,
	} {
		if !strings.Contains(x, want) {
			t.Errorf("vertical book lacks %s:\n%s", want, x)
		}
	}
	if css := files[cssDir+cssFile]; !strings.Contains(css, ".kv::before") {
		t.Error("stylesheet lacks the marks' rule")
	}
	_, files = entries(t, writeBook(t, []*doc.Document{d}))
	if strings.Contains(files[xhtmlDir+"a001.xhtml"], `class="kv"`) {
		t.Error("horizontal book has vertical marks")
	}
}

// TestCombine checks that several documents make one book, articles in
// input order, each in its document's language.
func TestCombine(t *testing.T) {
	a, b := handTree(), handTree()
	b.Lang = "ja"
	b.Articles = b.Articles[1:]
	b.Articles[0].Children[0].Text = "日本語の見出し"
	_, files := entries(t, writeBook(t, []*doc.Document{a, b}))
	var spine []string
	for _, m := range regexp.MustCompile(`<itemref idref="([^"]+)"`).FindAllStringSubmatch(files[opfPath], -1) {
		spine = append(spine, m[1])
	}
	if got := strings.Join(spine, " "); got != "title.xhtml a001.xhtml a002.xhtml a003.xhtml" {
		t.Errorf("spine = %s", got)
	}
	if !strings.Contains(files[xhtmlDir+"a003.xhtml"], "日本語の見出し") || !strings.Contains(files[xhtmlDir+"a003.xhtml"], `lang="ja"`) {
		t.Errorf("third article is not the Japanese one:\n%s", files[xhtmlDir+"a003.xhtml"])
	}
	title := files[xhtmlDir+"title.xhtml"]
	if i, j := strings.Index(title, "a002.xhtml"), strings.Index(title, "a003.xhtml"); i < 0 || j < i {
		t.Errorf("title page does not list the articles in order:\n%s", title)
	}
}

// TestSingleArticle checks that a book of one article has no title page.
func TestSingleArticle(t *testing.T) {
	d := handTree()
	d.Articles = d.Articles[:1]
	_, files := entries(t, writeBook(t, []*doc.Document{d}))
	if _, ok := files[xhtmlDir+coverFile]; ok {
		t.Errorf("title page written for one article")
	}
	if strings.Count(files[opfPath], "<itemref") != 1 {
		t.Errorf("spine:\n%s", files[opfPath])
	}
}

// TestNoRemote checks that no file of the book refers to anything outside
// it.
func TestNoRemote(t *testing.T) {
	d := handTree()
	d.Articles[0].Children[5].Text = `<img src="http://example.com/x.png"> https://example.com/`
	_, files := entries(t, writeBook(t, []*doc.Document{d}, WithVertical(true)))
	ref := regexp.MustCompile(`<[a-zA-Z][^<>]*\s(?:src|href)="[a-z]+:|url\(["']?[a-z]+:`)
	for name, body := range files {
		if m := ref.FindString(body); m != "" {
			t.Errorf("%s refers to a remote resource: %s", name, m)
		}
	}
	// (Keep spans aside: a long Latin run's marks are kept with the
	// character before them, markup.KeepAt.)
	page := strings.NewReplacer(`<span class="keep">`, "", "</span>", "").Replace(files[xhtmlDir+"a001.xhtml"])
	if !strings.Contains(page, `&lt;img src="http://example.com/x.png"&gt;`) {
		t.Errorf("the text's markup is not kept as text")
	}
}

func TestErrors(t *testing.T) {
	var buf bytes.Buffer
	if err := New().WriteBook(context.Background(), &buf, nil); !errors.Is(err, ErrNoArticles) {
		t.Errorf("no documents: err = %v", err)
	}
	err := New().Write(context.Background(), &buf, &doc.Document{Lang: "zh-Hans", Source: doc.Source{Name: "empty.json"}})
	var ie *doc.InputError
	if !errors.Is(err, ErrNoArticles) || !errors.As(err, &ie) || !strings.HasPrefix(err.Error(), "empty.json: ") {
		t.Errorf("no articles: err = %v, want a *doc.InputError naming empty.json", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := New().Write(ctx, &buf, handTree()); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
	if err := New().Write(context.Background(), failWriter{}, handTree()); err == nil {
		t.Errorf("write error not reported")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestEmbedFont(t *testing.T) {
	_, files := entries(t, writeBook(t, []*doc.Document{handTree()}, WithEmbedFont(true)))
	font := files[fontsDir+fontFile]
	if len(font) < 1000 || len(font) > 2<<20 {
		t.Errorf("embedded font is %d bytes, want a small subset", len(font))
	}
	if !strings.Contains(files[fontsDir+licenseFile], "SIL OPEN FONT LICENSE") {
		t.Errorf("no OFL beside the font")
	}
	css := files[cssDir+cssFile]
	if !strings.Contains(css, `src: url("../fonts/`+fontFile+`")`) || !strings.Contains(css, "font-family: "+embeddedFamily+", ") {
		t.Errorf("stylesheet does not use the embedded font:\n%s", css)
	}
	if !strings.Contains(files[opfPath], `href="fonts/`+fontFile+`" media-type="font/ttf"`) {
		t.Errorf("font not in the manifest:\n%s", files[opfPath])
	}
}

// TestZipDates checks that dates zip cannot hold are clamped, not wrapped.
func TestZipDates(t *testing.T) {
	for _, tt := range []struct{ in, want time.Time }{
		{time.Unix(0, 0), zipEpoch},
		{time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC), zipEnd},
		{time.Date(2022, 8, 29, 15, 4, 6, 0, time.FixedZone("CST", 8*3600)), time.Date(2022, 8, 29, 7, 4, 6, 0, time.UTC)},
	} {
		zf, files := entries(t, writeBook(t, []*doc.Document{handTree()}, WithDate(tt.in)))
		if !zf[1].Modified.Equal(tt.want) {
			t.Errorf("WithDate(%v): zip time %v, want %v", tt.in, zf[1].Modified, tt.want)
		}
		if want := tt.in.UTC().Format("2006-01-02T15:04:05Z"); !strings.Contains(files[opfPath], want) {
			t.Errorf("WithDate(%v): package.opf lacks %s", tt.in, want)
		}
	}
}

func TestHeaderRun(t *testing.T) {
	k := func(kinds ...doc.Kind) []*doc.Node {
		var out []*doc.Node
		for _, x := range kinds {
			out = append(out, &doc.Node{Kind: x})
		}
		return out
	}
	tests := []struct {
		name string
		kids []*doc.Node
		s, e int
	}{
		{"opening", k(doc.KindKicker, doc.KindHeadline, doc.KindSubheadline, doc.KindParagraph), 0, 3},
		{"after a note", k(doc.KindNote, doc.KindNoise, doc.KindHeadline, doc.KindParagraph), 2, 3},
		{"after the text began", k(doc.KindParagraph, doc.KindHeadline), -1, -1},
		{"none", k(doc.KindParagraph), -1, -1},
		{"empty", nil, -1, -1},
	}
	for _, tt := range tests {
		if s, e := headerRun(tt.kids); s != tt.s || e != tt.e {
			t.Errorf("%s: headerRun = %d, %d; want %d, %d", tt.name, s, e, tt.s, tt.e)
		}
	}
}

// TestDeterministicEmbed writes a book with an embedded font several
// times: go-epub lists media files in map order, so one run is not enough.
func TestDeterministicEmbed(t *testing.T) {
	first := writeBook(t, []*doc.Document{handTree()}, WithEmbedFont(true), WithDate(date))
	for range 8 {
		if b := writeBook(t, []*doc.Document{handTree()}, WithEmbedFont(true), WithDate(date)); !bytes.Equal(first, b) {
			t.Fatal("two runs with an embedded font differ")
		}
	}
}

// TestPlainTextMatchesText checks the fast path of text (horizontal, valid
// UTF-8, no font to record for) against the character-by-character one.
func TestPlainTextMatchesText(t *testing.T) {
	pieces := []string{"甲", "a", "&", "<", ">", "\t", "\n", "\r", "\x00", "\x1f", "\x7f", "\uFFFE", "\uFFFF", "\uFFFD", "\uFEFF", "\uEFBF", "𠮷", "\u2028", "\"", "'", " ", "/", "／", "뉴"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 5000 {
		var sb strings.Builder
		for range rng.IntN(10) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := sb.String()
		fast := &renderer{}
		fast.text(s)
		slow := &renderer{runes: map[rune]bool{}}
		slow.text(s)
		if fast.sb.String() != slow.sb.String() {
			t.Fatalf("text(%q): fast path %q, slow path %q", s, fast.sb.String(), slow.sb.String())
		}
	}
}

// TestBookTitleAndDate checks the title page of a page of several
// articles: the document's title (its source's name, or WithTitle), not
// its first headline again; the page's own date shown and used for
// dcterms:modified, never a date years before it; and body margins in the
// stylesheet, so text never touches the screen's edge.
func TestBookTitleAndDate(t *testing.T) {
	d := handTree()
	d.Source.Name = "frontpage.txt"
	d.Articles[0].Children = append([]*doc.Node{{Kind: doc.KindNoise, Text: "2024年9月3日　星期二　第1版"}}, d.Articles[0].Children...)
	_, files := entries(t, writeBook(t, []*doc.Document{d}))
	title := files[xhtmlDir+coverFile]
	for _, want := range []string{`<h1 class="booktitle">frontpage</h1>`, `<p class="date">2024年9月3日</p>`} {
		if !strings.Contains(title, want) {
			t.Errorf("title page lacks %s:\n%s", want, title)
		}
	}
	if opf := files[opfPath]; !strings.Contains(opf, `<meta property="dcterms:modified">2024-09-03T00:00:00Z</meta>`) {
		t.Errorf("dcterms:modified is not the page's date:\n%s", opf)
	}
	_, files = entries(t, writeBook(t, []*doc.Document{d}, WithTitle("8月29日要闻")))
	if title := files[xhtmlDir+coverFile]; !strings.Contains(title, `<h1 class="booktitle">8月29日要闻</h1>`) {
		t.Errorf("WithTitle is not the title page's title:\n%s", title)
	}
	if css := files[cssDir+cssFile]; !regexp.MustCompile(`body \{\n  margin: [1-9]`).MatchString(css) {
		t.Errorf("the body has no margins:\n%s", css)
	}
}

// TestTitlesPlainInNavigation: the titles in the navigation document, the
// NCX and the package document are plain escaped text, never the page
// text's keep spans (a title holding ／ once put an escaped span into
// toc.ncx, and epubcheck failed with RSC-016), in both writing modes.
func TestTitlesPlainInNavigation(t *testing.T) {
	for _, vertical := range []bool{false, true} {
		d := &doc.Document{Lang: "zh-Hant", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
			{Kind: doc.KindHeadline, Text: "北市／新北合推共享單車 & 「Y」<2>"},
			{Kind: doc.KindParagraph, Text: "市府昨日宣布。"},
			{Kind: doc.KindSection, Children: []*doc.Node{{Kind: doc.KindHeading, Text: "單車／步道"}, {Kind: doc.KindParagraph, Text: "沿線設站。"}}},
		}}}}
		_, files := entries(t, writeBook(t, []*doc.Document{d}, WithVertical(vertical)))
		for _, name := range []string{navPath, ncxPath, opfPath} {
			f := files[name]
			if strings.Contains(f, "keep") || strings.Contains(f, "&quot;") && !strings.Contains(name, "opf") {
				t.Errorf("vertical %v: %s holds page markup:\n%s", vertical, name, f)
			}
			if name != opfPath && (!strings.Contains(f, "北市／新北合推共享單車 &amp; 「Y」&lt;2&gt;") || !strings.Contains(f, "單車／步道")) {
				t.Errorf("vertical %v: %s lacks the plain titles:\n%s", vertical, name, f)
			}
		}
	}
}

// TestVerse: a stanza is one paragraph of class verse, its lines parted
// by XHTML's <br/>, each escaped and, in a vertical book, marked as any
// text is; the stylesheet sets it flush, unjustified, with a paragraph's
// space around it.
func TestVerse(t *testing.T) {
	for _, tt := range []struct {
		text     string
		vertical bool
		want     string
	}{
		{"雪落下来的时候\n母亲把灯又拧亮了一点", false, "<p class=\"verse\">雪落下来的时候<br/>母亲把灯又拧亮了一点</p>\n"},
		{"<一>\n&二", false, "<p class=\"verse\">&lt;一&gt;<br/>&amp;二</p>\n"},
		{"12月22日\n冬至", true, "<p class=\"verse\"><span class=\"tcy\">12</span>月<span class=\"tcy\">22</span>日<br/>冬至</p>\n"},
		{"一行", false, "<p class=\"verse\">一行</p>\n"},
	} {
		r := &renderer{vertical: tt.vertical}
		r.own(&doc.Node{Kind: doc.KindVerse, Text: tt.text}, 1)
		if got := r.sb.String(); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
	css := stylesheet(false, false)
	if !strings.Contains(css, "p.verse { text-indent: 0; text-align: start; margin-block: 1em; }") {
		t.Errorf("stylesheet lacks the verse rule")
	}
}
