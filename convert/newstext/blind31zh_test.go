package newstext

import (
	"strings"
	"testing"
)

// TestBlind31BareAuthorNote: 联合早报's note on the author, unbracketed
// and alone under the last paragraph (作者是…讲师), closes the piece as
// its bracketed form does: a byline with no fields, not the headline of
// a new article; and it signs the piece, so the writer's name alone under
// a plain headline (no column kicker, no indents) is the byline (blind
// page sg-zaobao-yanlun-zuozheshi). A line that opens with the same
// words and ends a sentence, or has text under it, stays text. The note
// is a trailer: a title line under it opens the next article.
func TestBlind31BareAuthorNote(t *testing.T) {
	const head = "乐龄就业不应止于延长退休年龄\n\n黄俊杰\n\n政府日前宣布，法定退休年龄将在2030年前提高到65岁。\n\n说到底，让年长者愿意留下来更重要。\n\n"
	const p1, p2 = "paragraph 政府日前宣布，法定退休年龄将在2030年前提高到65岁。", "paragraph 说到底，让年长者愿意留下来更重要。"
	tests := []struct {
		tail string
		want []string
	}{
		{"作者是新加坡社会科学大学老年学课程讲师\n\n编辑：郑心仪\n",
			[]string{"byline 黄俊杰", p1, p2, "byline 作者是新加坡社会科学大学老年学课程讲师", "byline 编辑：郑心仪"}},
		{"作者为本地大学副教授\n",
			[]string{"byline 黄俊杰", p1, p2, "byline 作者为本地大学副教授"}},
		{"作者系退休教师\n\n另一篇文章的标题\n\n正文第一段写在这里。\n",
			[]string{"byline 黄俊杰", p1, p2, "byline 作者系退休教师"}},
		{"（作者为本地大学副教授）\n",
			[]string{"byline 黄俊杰", p1, p2, "byline （作者为本地大学副教授）"}},
		// No author note: the name is no byline, but a line of the title
		// group (right under the headline, before any text), not a
		// section head over the whole text (grammar.go).
		{"作者是谁并不重要。\n",
			[]string{"subheadline 黄俊杰"}},
		{"作者是谁并不重要\n\n重要的是文章本身。\n",
			[]string{"subheadline 黄俊杰"}},
	}
	for _, tt := range tests {
		d := mustRead(t, head+tt.tail)
		if len(d.Articles) == 0 {
			t.Fatalf("%s: no article", tt.tail)
		}
		var got []string
		for _, n := range d.Articles[0].Children[1:] {
			got = append(got, strings.TrimSpace(string(n.Kind)+" "+n.Text))
		}
		if len(got) < len(tt.want) || strings.Join(got[:len(tt.want)], "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: got\n%s\nwant\n%s", tt.tail, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
		if k := d.Articles[0].Children[1]; k.Kind == "byline" && strings.Join(k.Names, ",") != "黄俊杰" {
			t.Errorf("%s: byline names %q, want 黄俊杰", tt.tail, k.Names)
		}
		if strings.Contains(tt.tail, "另一篇") && (len(d.Articles) != 2 || d.Articles[1].Children[0].Text != "另一篇文章的标题") {
			t.Errorf("%s: the title under the note opens no article of its own", tt.tail)
		}
		roundTrip(t, d)
	}
}

// TestBlind31SignOff: a 县融媒体中心 story's sign-off under its text,
// 编辑：X　审核：Y　终审：Z, is one byline with the three editing roles, as
// 编辑：X　责任编辑：Y is; stacked one a line, each is a byline, and so is
// a step alone (blind page cn-xianrongmei-chanyelu). The 三审's other
// steps (初审, 复审) and Traditional script read the same. A role word
// followed by no name (审核：市场监管局) names no one.
func TestBlind31SignOff(t *testing.T) {
	const page = "# 产业路通到家门口\n\n　　据了解，今年全县新建和改造农村公路86公里。\n\n"
	tests := []struct {
		tail  string
		want  []string // the bylines' roles=names
		other string   // or the kind of the one node under the paragraph
	}{
		{"编辑：刘　畅　审核：陈建军　终审：周立新", []string{"编辑,审核,终审=刘畅,陈建军,周立新"}, ""},
		{"编辑：刘畅\n审核：陈建军\n终审：周立新", []string{"编辑=刘畅", "审核=陈建军", "终审=周立新"}, ""},
		{"编辑：刘畅\n\n审核：陈建军\n\n终审：周立新", []string{"编辑=刘畅", "审核=陈建军", "终审=周立新"}, ""},
		{"编辑：刘畅　终审：周立新", []string{"编辑,终审=刘畅,周立新"}, ""},
		{"审核：陈　军", []string{"审核=陈军"}, ""},
		{"初审：王芳　复审：李强　终审：周立新", []string{"初审,复审,终审=王芳,李强,周立新"}, ""},
		{"編輯：劉暢　審核：陳建軍　終審：周立新", []string{"編輯,審核,終審=劉暢,陳建軍,周立新"}, ""},
		{"审核：市场监管局", nil, "paragraph"},
	}
	for _, tt := range tests {
		d := mustRead(t, page+tt.tail+"\n")
		kids := d.Articles[0].Children[2:]
		var got []string
		for _, n := range kids {
			if n.Kind != "byline" {
				got = append(got, string(n.Kind))
				continue
			}
			got = append(got, strings.Join(n.Roles, ",")+"="+strings.Join(n.Names, ","))
		}
		want := tt.want
		if tt.other != "" {
			want = []string{tt.other}
		}
		if strings.Join(got, " | ") != strings.Join(want, " | ") {
			t.Errorf("%s: got %s, want %s", tt.tail, strings.Join(got, " | "), strings.Join(want, " | "))
		}
		roundTrip(t, d)
	}
}
