package html_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	xhtml "golang.org/x/net/html"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/html"
	"github.com/paiban/paiban/convert/render"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/internal/testdoc"
	"github.com/paiban/paiban/internal/testtool"
)

var date = time.Date(2024, 9, 3, 8, 0, 0, 0, time.UTC)

func sample(t *testing.T, name string) *doc.Document {
	return testdoc.Read(t, filepath.Join(testtool.RepoRoot(), "samples", name))
}

func write(t *testing.T, d *doc.Document, opts ...html.Option) string {
	t.Helper()
	var buf bytes.Buffer
	if err := html.New(opts...).Write(context.Background(), &buf, d); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// parse parses a page as a browser would.
func parse(t *testing.T, page string) *xhtml.Node {
	t.Helper()
	n, err := xhtml.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// find returns the elements named tag below n, in document order.
func find(n *xhtml.Node, tag string) []*xhtml.Node {
	var out []*xhtml.Node
	var walk func(*xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.ElementNode && n.Data == tag {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

// text is the text below n.
func text(n *xhtml.Node) string {
	var sb strings.Builder
	var walk func(*xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.TextNode {
			sb.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return sb.String()
}

func attr(n *xhtml.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// inputs are the samples and, when present, the seed page.
func inputs(t *testing.T) []string {
	in := testtool.Samples(t)
	if seed := filepath.Join(testtool.RepoRoot(), "..", "shared", "seed", "frontpage.txt"); fileExists(seed) {
		in = append(in, seed)
	}
	return in
}

// TestNothingLost: a browser finds in <main> exactly the text of the
// tree, node by node (a stanza's lines parted by <br>), horizontally and
// vertically, and one <article> per article, each with its headline as
// the <h1> of its <header>.
func TestNothingLost(t *testing.T) {
	for _, in := range inputs(t) {
		d := testdoc.Read(t, in)
		var want strings.Builder
		d.WalkDocument(func(n *doc.Node) bool {
			// (A stanza's line breaks are <br> elements, not text.)
			want.WriteString(strings.ReplaceAll(n.Text, "\n", ""))
			return true
		})
		for _, vertical := range []bool{false, true} {
			var opts []html.Option
			if vertical {
				opts = append(opts, html.WithVertical(true))
			}
			root := parse(t, write(t, d, opts...))
			main := find(root, "main")
			if len(main) != 1 {
				t.Fatalf("%s: %d <main>", in, len(main))
			}
			got := strings.ReplaceAll(text(main[0]), "\n", "")
			if got != want.String() {
				t.Errorf("%s (vertical %v): the page's text differs from the tree's:\n got %.200q\nwant %.200q", in, vertical, got, want.String())
			}
			arts := find(main[0], "article")
			if len(arts) != len(d.Articles) {
				t.Errorf("%s: %d <article> for %d articles", in, len(arts), len(d.Articles))
			}
			for i, a := range arts {
				if h := d.Articles[i].Headline(); h != "" {
					hs := find(a, "header")
					if len(hs) == 0 || len(find(hs[0], "h1")) != 1 || text(find(hs[0], "h1")[0]) != h {
						t.Errorf("%s: article %d has no <header> with <h1>%s</h1>", in, i+1, h)
					}
				}
			}
			if lang := attr(find(root, "html")[0], "lang"); lang != d.Lang {
				t.Errorf("%s: <html lang=%q>, want %q", in, lang, d.Lang)
			}
		}
	}
}

// TestMarkup checks the elements of a page: header parts, byline as
// <address>, dateline with <time datetime>, <h2> sections, captions as
// figures, the note as <aside>.
func TestMarkup(t *testing.T) {
	page := write(t, sample(t, "metro-line4.txt"), html.WithDate(date))
	for _, want := range []string{
		"<header>\n<p class=\"kicker\">市轨道交通4号线二期工程全线贯通</p>\n<h1>地铁4号线明年6月通车</h1>\n<p class=\"subheadline\">沿线设站14座，日均客流预计达2.6万人次</p>\n<p class=\"dateline\">本报讯</p>\n<address class=\"byline\">（记者 林晓雯 通讯员 周建国）</address>\n</header>",
		"<section>\n<h2>全线覆盖5G信号</h2>\n<p>",
		`<p class="dateline">新华社北京<time datetime="09-01">9月1日</time>电</p>`,
		`<aside class="note"><p>编者按：`,
		`<p class="jump">（下转<span class="keep">第三版</span>）</p>`,
		`<meta name="viewport" content="width=device-width, initial-scale=1">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	page = write(t, sample(t, "crlf-county.txt"))
	if !strings.Contains(page, "<figure><figcaption>图为夜幕下的古镇码头。（记者 王磊 摄）</figcaption>\n</figure>") {
		t.Error("caption is not a figure")
	}
	for _, css := range []string{"line-break: strict;", "text-indent: 2em;", "text-spacing-trim:", "text-autospace:",
		"@media print", "columns: 2;", "prefers-color-scheme: dark", "max-inline-size: 38em;", `"Noto Serif CJK JP"`, `"Noto Sans CJK KR"`} {
		if !strings.Contains(page, css) {
			t.Errorf("stylesheet lacks %s", css)
		}
	}
	if strings.Contains(page, "writing-mode") || strings.Contains(page, `class="tcy"`) {
		t.Error("a horizontal page has vertical settings")
	}
	if regexp.MustCompile(`(?i)(src|href)=|url\((?:["']?)(?:https?:|//)`).MatchString(page) {
		t.Error("the page refers to an outside resource")
	}
}

// TestJSONLD reads the schema.org records back: one NewsArticle per
// article with headline, authors, date and language.
func TestJSONLD(t *testing.T) {
	d := sample(t, "metro-line4.txt")
	root := parse(t, write(t, d, html.WithDate(date)))
	var recs []map[string]any
	for _, s := range find(root, "script") {
		if attr(s, "type") == "application/ld+json" {
			if err := json.Unmarshal([]byte(text(s)), &recs); err != nil {
				t.Fatal(err)
			}
		}
	}
	if len(recs) != 2 {
		t.Fatalf("%d records, want 2", len(recs))
	}
	r := recs[1]
	if r["@context"] != "https://schema.org" || r["@type"] != "NewsArticle" || r["headline"] != "智能农机“跑”出秋收加速度" ||
		r["datePublished"] != "2024-09-03T08:00:00Z" || r["inLanguage"] != "zh-Hans" || r["dateline"] != "新华社北京9月1日电" {
		t.Errorf("record %v", r)
	}
	authors, _ := r["author"].([]any)
	if len(authors) != 2 || authors[0].(map[string]any)["name"] != "孙悦" || authors[0].(map[string]any)["@type"] != "Person" {
		t.Errorf("authors %v", authors)
	}
}

// TestVertical checks the number rule of vertical pages.
func TestVertical(t *testing.T) {
	d := &doc.Document{Lang: "zh-Hans", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindParagraph, Text: "8月29日，2024年，G20峰会，增长1.5%，共100公里，5G网络。"},
		{Kind: doc.KindParagraph, Text: "Kobe Jazz Street & <b>"},
	}}}}
	page := write(t, d, html.WithVertical(true))
	// layout.VerticalRuns decides; the page marks its runs.
	want := `<p><span class="tcy">8</span>月<span class="tcy">29</span>日，<span class="upright">2024</span>年，<span class="upright">G20</span>峰会，增长<span class="upright">1.5%</span>，共<span class="upright">100</span>公里，<span class="tcy">5G</span>网络。</p>`
	if !strings.Contains(page, want) {
		t.Errorf("vertical paragraph:\n got %s\nwant %s", regexp.MustCompile(`<p>.*</p>`).FindString(page), want)
	}
	if !strings.Contains(page, "<p>Kobe Jazz Street &amp; &lt;b&gt;</p>") {
		t.Error("a Latin phrase is not left sideways, or not escaped")
	}
	for _, css := range []string{"writing-mode: vertical-rl;", "text-combine-upright: all;", "text-orientation: upright;", `<html lang="zh-Hans" class="vertical">`} {
		if !strings.Contains(page, css) {
			t.Errorf("vertical page lacks %s", css)
		}
	}
}

// TestEscaped: markup and entities in the text are text, in the body, the
// title, attributes and the JSON-LD.
func TestEscaped(t *testing.T) {
	evil := `</script><script>alert(1)</script> &amp; <b>"x"</b>`
	d := &doc.Document{Lang: `zh-Hans"><script>`, Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindHeadline, Text: evil},
		{Kind: doc.KindByline, Text: evil, Names: []string{evil}},
		{Kind: doc.KindParagraph, Text: evil},
	}}}}
	page := write(t, d)
	if n := strings.Count(page, "<script"); n != 1 {
		t.Errorf("%d <script elements, want the JSON-LD's alone", n)
	}
	root := parse(t, page)
	if got := text(find(root, "h1")[0]); got != evil {
		t.Errorf("headline reads %q", got)
	}
	if got := text(find(root, "title")[0]); got != evil {
		t.Errorf("title reads %q", got)
	}
	if len(find(root, "b")) != 0 {
		t.Error("a <b> from the text is live")
	}
}

// TestSpaceBeforeNotStart: browsers break at any space, so a space before
// a character that may not start a line is kept with it, and the text
// reads as it was.
func TestSpaceBeforeNotStart(t *testing.T) {
	caption := "수업을 듣고 있다. /김민수 기자"
	d := &doc.Document{Lang: "ko", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindParagraph, Text: caption},
	}}}}
	page := write(t, d)
	if !strings.Contains(page, `<span class="keep"> /김</span>`) {
		t.Errorf("the space before / is not kept with it:\n%s", page)
	}
	if got := text(find(parse(t, page), "p")[0]); got != caption {
		t.Errorf("paragraph reads %q, want %q", got, caption)
	}
}

// TestSlashInWord: a slash between a date and Hangul (the News1 credit)
// is kept with the syllable after it, across and down (where the date and
// the slash are one vertical run and the syllables another), and a URL's
// slashes before Latin are left breakable.
func TestSlashInWord(t *testing.T) {
	for _, vertical := range []bool{false, true} {
		caption := "기다리고 있다. 2024.12.3/뉴스 © News1 https://news1.kr/a"
		d := &doc.Document{Lang: "ko", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
			{Kind: doc.KindCaption, Text: caption},
		}}}}
		page := write(t, d, html.WithVertical(vertical))
		if !strings.Contains(page, `2024.12.3<span class="keep">/뉴</span>스`) {
			t.Errorf("vertical %v: the slash of 2024.12.3/뉴스 is not kept with 뉴:\n%s", vertical, page)
		}
		if strings.Count(page, `class="keep"`) != 1 {
			t.Errorf("vertical %v: want one keep span (none in the URL):\n%s", vertical, page)
		}
		if got := text(find(parse(t, page), "figcaption")[0]); got != caption {
			t.Errorf("vertical %v: caption reads %q, want %q", vertical, got, caption)
		}
	}
}

// TestKoreanVerticalMarks: a vertical Korean page sets its marks by
// layout's Korean vertical rule, as the PDF does (。、 for . , ending a
// word, 『』「」 for quotes; 1.8 and the URL keep theirs), each shown by the
// stylesheet in a span whose text is still the source (with the word space
// after an ASCII mark), so the paragraph's text is unchanged; an embedded
// font carries the shown marks. Across, and in Japanese, nothing changes.
func TestKoreanVerticalMarks(t *testing.T) {
	para := `시는 "수업 준비 부담 늘었다"고 밝혔다. 관객은 ‘20만 명’이며, 물가는 1.8% 올랐다.`
	d := &doc.Document{Lang: "ko", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindParagraph, Text: para},
	}}}}
	page := write(t, d, html.WithVertical(true))
	var shown []string
	for _, sp := range find(parse(t, page), "span") {
		if attr(sp, "class") == "kv" {
			shown = append(shown, attr(sp, "data-v")+"="+text(sp))
		}
	}
	want := []string{`『="`, `』="`, "。=. ", "「=‘", "」=’", "、=, ", "。=."}
	if !slices.Equal(shown, want) {
		t.Errorf("marks shown %q; want %q", shown, want)
	}
	if got := text(find(parse(t, page), "p")[0]); got != para {
		t.Errorf("paragraph reads %q; want the source %q", got, para)
	}
	if !strings.Contains(page, ".kv::before") || !strings.Contains(page, "text-justify: inter-character") {
		t.Error("no stylesheet for the marks")
	}
	if strings.Contains(write(t, d), `class="kv"`) {
		t.Error("marks changed across")
	}
	ja := &doc.Document{Lang: "ja", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindParagraph, Text: "彼は“はい”と言った。"},
	}}}}
	if strings.Contains(write(t, ja, html.WithVertical(true)), `class="kv"`) {
		t.Error("marks changed in Japanese")
	}
	embedded := write(t, d, html.WithVertical(true), html.WithEmbedFont(true))
	m := regexp.MustCompile(`url\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\)`).FindStringSubmatch(embedded)
	if m == nil {
		t.Fatal("no embedded font")
	}
	ttf, err := base64.StdEncoding.DecodeString(m[1])
	if err != nil {
		t.Fatal(err)
	}
	face, err := fonts.Parse(ttf, "subset")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range "『』「」。、" {
		if !face.Has(r) {
			t.Errorf("the embedded subset lacks the shown mark %q", r)
		}
	}
}

// TestDeterministic writes every input twice, with every option, and
// wants the same bytes.
func TestDeterministic(t *testing.T) {
	for _, in := range inputs(t) {
		d := testdoc.Read(t, in)
		for _, opts := range [][]html.Option{nil, {html.WithVertical(true)}, {html.WithEmbedFont(true), html.WithDate(date)}} {
			if a, b := write(t, d, opts...), write(t, d, opts...); a != b {
				t.Errorf("%s: two runs differ", in)
			}
		}
	}
}

// TestEmbedFont: the page carries a TrueType subset as a data: URL, with
// its licence named, and nothing else to fetch.
func TestEmbedFont(t *testing.T) {
	page := write(t, sample(t, "ja-kobe-jazz.txt"), html.WithEmbedFont(true))
	m := regexp.MustCompile(`url\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\) format\("truetype"\)`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no embedded font")
	}
	ttf, err := base64.StdEncoding.DecodeString(m[1])
	if err != nil || len(ttf) < 1000 || !bytes.HasPrefix(ttf, []byte{0, 1, 0, 0}) {
		t.Fatalf("embedded font is not TrueType (%d bytes, %v)", len(ttf), err)
	}
	if !strings.Contains(page, "SIL Open Font License") {
		t.Error("the font's licence is not named")
	}
	// Japanese: the reader's JP fonts first, the subset before the generic family.
	if !strings.Contains(page, `"MS PMincho", "Paiban Body", serif`) {
		t.Error("the subset is not the fallback of the Japanese stack")
	}
}

// TestNodeHook: a hook replaces one kind of node and wraps another.
func TestNodeHook(t *testing.T) {
	hook := func(w render.Writer, n *doc.Node) (bool, error) {
		switch n.Kind {
		case doc.KindByline:
			w.Markup(`<p class="credit">`)
			w.Text(n.Text)
			w.Markup("</p>\n")
			return true, nil
		case doc.KindHeadline:
			w.Markup(`<div class="hl">`)
			w.Default(n)
			w.Markup("</div>")
			return true, nil
		}
		return false, nil
	}
	page := write(t, sample(t, "ko-busan.txt"), html.WithNodeHook(hook))
	if !strings.Contains(page, `<p class="credit">■ 부산=김민준 기자</p>`) || strings.Contains(page, "<address") {
		t.Error("the byline was not replaced")
	}
	if !strings.Contains(page, `<div class="hl"><h1>`) {
		t.Error("the headline was not wrapped")
	}
	boom := errors.New("boom")
	err := html.New(html.WithNodeHook(func(render.Writer, *doc.Node) (bool, error) { return false, boom })).
		Write(context.Background(), &bytes.Buffer{}, sample(t, "ko-busan.txt"))
	if !errors.Is(err, boom) {
		t.Errorf("hook error: %v", err)
	}
}

// TestGolden compares two samples' pages, horizontal and vertical, with
// golden files (go test -update rewrites them).
func TestGolden(t *testing.T) {
	for _, name := range []string{"metro-line4", "ja-kobe-jazz"} {
		d := sample(t, name+".txt")
		testtool.Golden(t, filepath.Join("testdata", name+".html"), []byte(write(t, d, html.WithDate(date))), *testtool.Update)
		testtool.Golden(t, filepath.Join("testdata", name+".v.html"), []byte(write(t, d, html.WithDate(date), html.WithVertical(true))), *testtool.Update)
	}
}

// TestCombined: several documents make one page, in the first one's
// language; an article in another language says so, in its lang and its
// JSON-LD record.
func TestCombined(t *testing.T) {
	docs := []*doc.Document{sample(t, "metro-line4.txt"), sample(t, "ja-kobe-jazz.txt"), sample(t, "ko-busan.txt")}
	var buf bytes.Buffer
	if err := html.New().WriteBook(context.Background(), &buf, docs); err != nil {
		t.Fatal(err)
	}
	root := parse(t, buf.String())
	if l := attr(find(root, "html")[0], "lang"); l != "zh-Hans" {
		t.Errorf("page lang %q", l)
	}
	var langs []string
	for _, a := range find(root, "article") {
		langs = append(langs, attr(a, "lang"))
	}
	if strings.Join(langs, ",") != ",,ja,ko" {
		t.Errorf("article langs %q, want none, none, ja, ko", langs)
	}
	var recs []map[string]any
	for _, s := range find(root, "script") {
		if err := json.Unmarshal([]byte(text(s)), &recs); err != nil {
			t.Fatal(err)
		}
	}
	if len(recs) != 4 || recs[2]["inLanguage"] != "ja" || recs[3]["inLanguage"] != "ko" || recs[0]["inLanguage"] != "zh-Hans" {
		t.Errorf("records %v", recs)
	}
	if got := text(find(root, "title")[0]); got != docs[0].Title() {
		t.Errorf("title %q", got)
	}
}

// TestVerse: a stanza is one paragraph of class verse, its lines parted
// by <br/> (a browser finds one <br> between each two), each line escaped
// and, on a vertical page, marked as any text is; the stylesheet sets it
// flush, unjustified, with space around it.
func TestVerse(t *testing.T) {
	d := &doc.Document{Lang: "zh-Hans", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindHeadline, Text: "冬至夜"},
		{Kind: doc.KindVerse, Text: "雪落下来的时候\n母亲把<灯>又拧亮了一点\n12月22日冬至"},
		{Kind: doc.KindVerse, Text: "父亲的酒盅空了两回"},
	}}}}
	page := write(t, d)
	for _, want := range []string{
		"<p class=\"verse\">雪落下来的时候<br/>母亲把&lt;灯&gt;又拧亮了一点<br/>12月22日冬至</p>\n<p class=\"verse\">父亲的酒盅空了两回</p>\n",
		"p.verse {\n  text-indent: 0;\n  text-align: start;\n  margin-block: 1em;\n}",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	ps := find(parse(t, page), "p")
	var verses []*xhtml.Node
	for _, p := range ps {
		if attr(p, "class") == "verse" {
			verses = append(verses, p)
		}
	}
	if len(verses) != 2 || len(find(verses[0], "br")) != 2 || text(verses[0]) != "雪落下来的时候母亲把<灯>又拧亮了一点12月22日冬至" {
		t.Errorf("a browser reads %d verse paragraphs", len(verses))
	}
	if v := write(t, d, html.WithVertical(true)); !strings.Contains(v, `<br/><span class="tcy">12</span>月<span class="tcy">22</span>日冬至</p>`) {
		t.Errorf("vertical page: the stanza's lines are not marked as text")
	}
}
