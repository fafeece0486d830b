package ninjs_test

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/ninjs"
	"github.com/paiban/paiban/internal/testdoc"
	"github.com/paiban/paiban/internal/testtool"
)

var date = time.Date(2024, 9, 3, 8, 0, 0, 0, time.UTC)

func sample(t *testing.T, name string) *doc.Document {
	return testdoc.Read(t, filepath.Join(testtool.RepoRoot(), "samples", name))
}

func items(t *testing.T, d *doc.Document, opts ...ninjs.Option) []*ninjs.Item {
	t.Helper()
	its, err := ninjs.New(opts...).Items(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	return its
}

// TestArticleItems checks what the tree gives each item: headlines in
// their roles (main first), bylines with each name's role, the
// dateline's place, captions, both bodies and the date.
func TestArticleItems(t *testing.T) {
	its := items(t, sample(t, "metro-line4.txt"), ninjs.WithDate(date))
	if len(its) != 2 {
		t.Fatalf("%d items, want 2", len(its))
	}
	a, b := its[0], its[1]
	wantHeads := []ninjs.Text{
		{Role: "main", Value: "地铁4号线明年6月通车"},
		{Role: "kicker", Value: "市轨道交通4号线二期工程全线贯通"},
		{Role: "subhead", Value: "沿线设站14座，日均客流预计达2.6万人次"},
	}
	if len(a.Headlines) != 3 || a.Headlines[0] != wantHeads[0] || a.Headlines[1] != wantHeads[1] || a.Headlines[2] != wantHeads[2] {
		t.Errorf("headlines %+v, want %+v", a.Headlines, wantHeads)
	}
	wantPeople := []ninjs.Person{{Name: "林晓雯", Rel: "记者"}, {Name: "周建国", Rel: "通讯员"}}
	if len(a.People) != 2 || a.People[0] != wantPeople[0] || a.People[1] != wantPeople[1] {
		t.Errorf("people %+v, want %+v", a.People, wantPeople)
	}
	if a.By != "（记者 林晓雯 通讯员 周建国）" {
		t.Errorf("by %q", a.By)
	}
	if a.Located != "" || b.Located != "北京" {
		t.Errorf("located %q and %q, want none and 北京", a.Located, b.Located)
	}
	if a.Type != "text" || a.Language != "zh-Hans" || a.VersionCreated != "2024-09-03T08:00:00Z" {
		t.Errorf("type %q language %q versionCreated %q", a.Type, a.Language, a.VersionCreated)
	}
	if len(a.Bodies) != 2 || a.Bodies[0].ContentType != "text/html" || a.Bodies[1].ContentType != "text/plain" {
		t.Fatalf("bodies %+v", a.Bodies)
	}
	html, plain := a.Bodies[0].Value, a.Bodies[1].Value
	for _, want := range []string{`<p class="dateline">本报讯</p>`, "<section><h2>全线覆盖5G信号</h2><p>", `<p class="jump">（下转第三版）</p></section>`} {
		if !strings.Contains(html, want) {
			t.Errorf("html body lacks %s", want)
		}
	}
	if !strings.HasPrefix(plain, "本报讯\n\n9月2日上午") || strings.Contains(plain, "<") {
		t.Errorf("plain body starts %.60q", plain)
	}
	if a.Bodies[1].CharCount != len([]rune(plain)) {
		t.Errorf("charCount %d, want %d", a.Bodies[1].CharCount, len([]rune(plain)))
	}
	if strings.Contains(plain, "记者 林晓雯") || strings.Contains(plain, "地铁4号线明年6月通车") {
		t.Error("the body repeats the byline or the headline")
	}

	// A table's rows carry their class, for the consumer's stylesheet.
	sports := items(t, sample(t, "cn-sports.txt"))
	if h := sports[0].Bodies[0].Value; !strings.Contains(h, `<p class="row">广东 102:98 辽宁</p><p class="row">北京 88:91 浙江</p>`) {
		t.Errorf("html body lacks the table rows: %.300s", h)
	}

	caps := items(t, sample(t, "crlf-county.txt"))
	var got []string
	for _, it := range caps {
		for _, d := range it.Descriptions {
			if d.Role != "caption" {
				t.Errorf("description role %q", d.Role)
			}
			got = append(got, d.Value)
		}
	}
	if strings.Join(got, "|") != "▲游客在古镇戏台前观看花鼓戏表演。|图为夜幕下的古镇码头。（记者 王磊 摄）|扫码看视频|△患者在新门诊楼自助机上取号。" {
		t.Errorf("captions %q", got)
	}
}

// TestPeopleRoles pairs names with the role written before them, or the
// first role when the role follows the name (Korean).
func TestPeopleRoles(t *testing.T) {
	for _, c := range []struct {
		text  string
		roles []string
		names []string
		want  string
	}{
		{"■本报记者 王磊 实习生 李想", []string{"记者", "实习生"}, []string{"王磊", "李想"}, "王磊/记者 李想/实习生"},
		{"记者 张国栋 刘敏", []string{"记者"}, []string{"张国栋", "刘敏"}, "张国栋/记者 刘敏/记者"},
		{"■ 부산=김민준 기자", []string{"기자"}, []string{"김민준"}, "김민준/기자"},
		{"文/图 赵一鸣", []string{"文/图"}, []string{"赵一鸣"}, "赵一鸣/文/图"},
	} {
		d := &doc.Document{Lang: "zh-Hans", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
			{Kind: doc.KindByline, Text: c.text, Roles: c.roles, Names: c.names},
		}}}}
		var got []string
		for _, p := range items(t, d)[0].People {
			got = append(got, p.Name+"/"+p.Rel)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%s: %q, want %q", c.text, got, c.want)
		}
	}
}

// TestIdentity: the uri of an article depends on the source and the
// position only, so a corrected page keeps it; another page, another
// position or (without a source name) other content changes it.
func TestIdentity(t *testing.T) {
	mk := func(name, text string) *doc.Document {
		return &doc.Document{Lang: "zh-Hans", Source: doc.Source{Name: name}, Articles: []*doc.Node{
			{Kind: doc.KindArticle, Children: []*doc.Node{{Kind: doc.KindParagraph, Text: text}}},
			{Kind: doc.KindArticle, Children: []*doc.Node{{Kind: doc.KindParagraph, Text: "二"}}},
		}}
	}
	uri := func(d *doc.Document, i int) string { return items(t, d)[i].URI }
	p := mk("p1.txt", "一")
	if !strings.HasPrefix(uri(p, 0), "urn:uuid:") {
		t.Fatalf("uri %q", uri(p, 0))
	}
	if uri(p, 0) != uri(mk("p1.txt", "改正后的一"), 0) {
		t.Error("a corrected article got another uri")
	}
	if uri(p, 0) == uri(p, 1) || uri(p, 0) == uri(mk("p2.txt", "一"), 0) {
		t.Error("two articles share a uri")
	}
	if uri(mk("-", "一"), 0) == uri(mk("-", "另一"), 0) {
		t.Error("standard input: different content, same uri")
	}
	if uri(mk("-", "一"), 0) != uri(mk("", "一"), 0) {
		t.Error("standard input and no name: same content, different uri")
	}
}

// TestDeterministic writes every sample twice, in both forms, and wants
// the same bytes; without a date, versionCreated is the content's fixed
// date, the one the other writers use.
func TestDeterministic(t *testing.T) {
	for _, in := range inputs(t) {
		d := testdoc.Read(t, in)
		var a, b, la, lb bytes.Buffer
		w := ninjs.New()
		for _, out := range []*bytes.Buffer{&a, &b} {
			if err := w.Write(context.Background(), out, d); err != nil {
				t.Fatal(err)
			}
		}
		for _, out := range []*bytes.Buffer{&la, &lb} {
			if err := w.WriteLines(context.Background(), out, d); err != nil {
				t.Fatal(err)
			}
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) || !bytes.Equal(la.Bytes(), lb.Bytes()) {
			t.Errorf("%s: two runs differ", in)
		}
		var p ninjs.Item
		if err := json.Unmarshal(a.Bytes(), &p); err != nil {
			t.Fatal(err)
		}
		if want := d.FixedDate().Format(time.RFC3339); p.VersionCreated != want {
			t.Errorf("%s: versionCreated %s, want %s", in, p.VersionCreated, want)
		}
		if p.Type != "composite" || len(p.Associations) != len(d.Articles) {
			t.Errorf("%s: package of type %q with %d associations for %d articles", in, p.Type, len(p.Associations), len(d.Articles))
		}
	}
}

// TestEscaped: markup in the text is text in the HTML body, and the plain
// body keeps every character.
func TestEscaped(t *testing.T) {
	text := `<script>alert(1)</script> &amp; "q"`
	d := &doc.Document{Lang: "zh-Hans", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindParagraph, Text: text},
	}}}}
	it := items(t, d)[0]
	if it.Bodies[0].Value != "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &#34;q&#34;</p>" {
		t.Errorf("html body %s", it.Bodies[0].Value)
	}
	if it.Bodies[1].Value != text {
		t.Errorf("plain body %s", it.Bodies[1].Value)
	}
}

// TestEmpty: a document without articles is an empty package and no lines.
func TestEmpty(t *testing.T) {
	d := &doc.Document{Lang: "ko"}
	var page, lines bytes.Buffer
	w := ninjs.New()
	if err := w.Write(context.Background(), &page, d); err != nil {
		t.Fatal(err)
	}
	validate(t, "empty", page.Bytes())
	if err := w.WriteLines(context.Background(), &lines, d); err != nil || lines.Len() != 0 {
		t.Errorf("lines %q, %v", lines.String(), err)
	}
}

// TestCancelled stops at once.
func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out bytes.Buffer
	if err := ninjs.New().Write(ctx, &out, sample(t, "ko-busan.txt")); err == nil || out.Len() > 0 {
		t.Errorf("cancelled write: %v, %d bytes", err, out.Len())
	}
}

// TestWriteStreamsPackage: Write, which encodes the package an article
// at a time, gives the bytes of encoding the whole package (Package) at
// once, for every sample, a page without articles and markup in the text;
// WriteLines those of encoding each of Items.
func TestWriteStreamsPackage(t *testing.T) {
	docs := []*doc.Document{{Lang: "ko"}, {Lang: "zh-Hans", Articles: []*doc.Node{
		{Kind: doc.KindArticle, Children: []*doc.Node{{Kind: doc.KindHeadline, Text: `<b>&"标题"</b>`}}},
		{Kind: doc.KindArticle, Children: []*doc.Node{{Kind: doc.KindParagraph, Text: "正文\n二"}}},
	}}}
	for _, in := range inputs(t) {
		docs = append(docs, testdoc.Read(t, in))
	}
	w := ninjs.New(ninjs.WithDate(date))
	for i, d := range docs {
		p, err := w.Package(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		var want, got bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(p); err != nil {
			t.Fatal(err)
		}
		if err := w.Write(context.Background(), &got, d); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("document %d: Write gives\n%s\nwant\n%s", i, got.Bytes(), want.Bytes())
		}
		want.Reset()
		got.Reset()
		enc = json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		for _, it := range p.Associations {
			if err := enc.Encode(it.Item); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.WriteLines(context.Background(), &got, d); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("document %d: WriteLines gives\n%s\nwant\n%s", i, got.Bytes(), want.Bytes())
		}
	}
}

// TestVerse: a stanza's HTML body is the HTML writer's, <p class="verse">
// with its lines parted by <br/>, each escaped; in the plain body its
// lines stand one a line, stanzas a blank line apart.
func TestVerse(t *testing.T) {
	d := &doc.Document{Lang: "zh-Hans", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindHeadline, Text: "冬至夜"},
		{Kind: doc.KindVerse, Text: "雪落下来的时候\n母亲把<灯>又拧亮了一点"},
		{Kind: doc.KindVerse, Text: "父亲的酒盅空了两回\n窗外的河结了薄冰"},
	}}}}
	its := items(t, d)
	if len(its) != 1 || len(its[0].Bodies) != 2 {
		t.Fatalf("items %+v", its)
	}
	if got, want := its[0].Bodies[0].Value, `<p class="verse">雪落下来的时候<br/>母亲把&lt;灯&gt;又拧亮了一点</p><p class="verse">父亲的酒盅空了两回<br/>窗外的河结了薄冰</p>`; got != want {
		t.Errorf("html body %q, want %q", got, want)
	}
	if got, want := its[0].Bodies[1].Value, "雪落下来的时候\n母亲把<灯>又拧亮了一点\n\n父亲的酒盅空了两回\n窗外的河结了薄冰"; got != want {
		t.Errorf("plain body %q, want %q", got, want)
	}
}
