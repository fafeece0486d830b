package newstext

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestWriterGolden writes every case's tree as normalized text and
// compares with testdata/golden/NAME.txt (-update rewrites them).
func TestWriterGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "cases", "*.txt"))
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(strings.TrimSuffix(name, ".txt"), func(t *testing.T) {
			d := mustRead(t, caseInput(t, name))
			var buf bytes.Buffer
			if err := NewWriter().Write(context.Background(), &buf, d); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "golden", name)
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("output differs from %s:\n%s", golden, buf.String())
			}
		})
	}
}

// TestWriterForm checks the normalized form itself: UTF-8, LF only, no
// blank-line runs, no leading or trailing space, markers in place.
func TestWriterForm(t *testing.T) {
	in := "\ufeff引题\r\n# 标题\r\n——副题\r\n\r\n\r\n\u3000\u3000正文第一行\r\n第二行。  \r\n\r\n## 小标题\r\n\r\n正文。\r\n"
	d := mustRead(t, in)
	var buf bytes.Buffer
	if err := NewWriter().Write(context.Background(), &buf, d); err != nil {
		t.Fatal(err)
	}
	want := "引题\n\n# 标题\n\n——副题\n\n\u3000\u3000正文第一行第二行。\n\n## 小标题\n\n\u3000\u3000正文。\n"
	if buf.String() != want {
		t.Errorf("got %q\nwant %q", buf.String(), want)
	}
}

// TestWriterOptions covers WithoutNoise and trees built by other programs.
func TestWriterOptions(t *testing.T) {
	d := mustRead(t, "第3版\n\n# 标题\n\n正文。")
	var buf bytes.Buffer
	if err := NewWriter(WithNoise(false)).Write(context.Background(), &buf, d); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "第3版") {
		t.Errorf("WithoutNoise kept the folio:\n%s", buf.String())
	}
	// A byline with fields but no text (as another tool might build it)
	// is written so that it reads back as a byline with the same fields.
	built := &doc.Document{Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindHeadline, Text: "标题"},
		{Kind: doc.KindParagraph, Text: "第一行\n\n第二行。"},
		{Kind: doc.KindByline, Org: "本报", Roles: []string{"记者"}, Names: []string{"王磊", "李想"}},
	}}}}
	buf.Reset()
	if err := NewWriter(WithExact(false)).Write(context.Background(), &buf, built); err != nil {
		t.Fatal(err)
	}
	back := mustRead(t, buf.String())
	got := outline(back, false)
	want := "article\n  headline 标题\n  paragraph 第一行第二行。\n  byline ■本报记者 王磊 李想 org=本报 roles=记者 names=王磊,李想\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s\ntext:\n%s", got, want, buf.String())
	}
	if err := NewWriter().Write(context.Background(), &buf, nil); err == nil {
		t.Error("nil document: no error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := NewWriter().Write(ctx, &buf, d); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
}

// TestNormalizedMarks pins the forms of the normalized text's own marks:
// which indents open a paragraph and which lines break articles.
func TestNormalizedMarks(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"\u3000\u3000正文", true},
		{"\u3000正文", false},             // 1em: Japanese paragraphs, not the mark
		{"\u3000\u3000\u3000正文", false}, // centring
		{"  正文", false},
		{"\u3000\u3000 正文", false},
		{"\u3000\u3000", false},
	} {
		if got := isParaIndent(c.line); got != c.want {
			t.Errorf("isParaIndent(%q) = %v", c.line, got)
		}
	}
	for _, c := range []struct {
		line string
		want bool
	}{
		{"* * *", true}, {"***", true}, {"＊　＊　＊", true}, {"*****", true},
		{"**", false}, {"* * x", false}, {"*재판매 및 DB 금지", false}, {"", false},
	} {
		if got := isArticleBreak(c.line); got != c.want {
			t.Errorf("isArticleBreak(%q) = %v", c.line, got)
		}
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"正文。", false},
		{"短句不是标题", false},
		{"# 井号", true},
		{"——破折号", true},
		{"記者林怡君／台北報導。正文", true},
		{"本报讯 正文。", true},
		{"正文（记者 王某）", true},
		{"一、编号", true},
		{"图为会场。", true},
		{"第3版", true},
		{`\反斜杠`, true},
		{"* * *", true},
		{"株洲 轨道交通。", true},
	} {
		b := builder{ctx: context.Background(), lang: "zh-Hans"}
		if got := b.needsEscape(c.text); got != c.want {
			t.Errorf("needsEscape(%q) = %v", c.text, got)
		}
	}
}

// TestWriterVerse: a stanza is written as its lines, flush, one block,
// stanzas a blank line apart; two or more read back as the same stanzas
// (verse.go's rule). A lone stanza from another program's tree, with
// nothing to tell it from a title group, does not come back as verse.
func TestWriterVerse(t *testing.T) {
	st1 := "雪落下来的时候\n母亲把灯又拧亮了一点\n锅里的汤圆翻着身"
	st2 := "窗外的雪还在落\n像谁没说完的话\n轻轻落在屋檐上"
	d := &doc.Document{Lang: "zh-Hans", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindHeadline, Text: "冬至夜"},
		{Kind: doc.KindByline, Text: "□苏晚（江苏南通）", Names: []string{"苏晚"}},
		{Kind: doc.KindVerse, Text: st1},
		{Kind: doc.KindVerse, Text: st2},
		{Kind: doc.KindParagraph, Text: "外婆家的灶屋角落里，摆着一只黑釉腌菜坛。"},
	}}}}
	var buf bytes.Buffer
	if err := NewWriter().Write(context.Background(), &buf, d); err != nil {
		t.Fatal(err)
	}
	want := "# 冬至夜\n\n□苏晚（江苏南通）\n\n" + st1 + "\n\n" + st2 + "\n\n\u3000\u3000外婆家的灶屋角落里，摆着一只黑釉腌菜坛。\n"
	if buf.String() != want {
		t.Errorf("got %q\nwant %q", buf.String(), want)
	}
	roundTrip(t, d)

	d.Articles[0].Children = slices.Delete(d.Articles[0].Children, 3, 4)
	buf.Reset()
	if err := NewWriter(WithExact(false)).Write(context.Background(), &buf, d); err != nil {
		t.Fatal(err)
	}
	back := mustRead(t, buf.String())
	for _, a := range back.Articles {
		for _, c := range a.Children {
			if c.Kind == doc.KindVerse {
				t.Errorf("a lone stanza read back as verse: %q", c.Text)
			}
		}
	}
}
