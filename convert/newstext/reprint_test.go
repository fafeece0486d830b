package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestReprintSource: a reprint trailer's 据 and 电 are its wording; the
// organisation is what stands between them, and prose in brackets names
// none.
func TestReprintSource(t *testing.T) {
	for in, want := range map[string]string{
		"据新华社":       "新华社",
		"据新华社电":      "新华社",
		"據中央社電":      "中央社",
		"据《人民日报》":    "人民日报",
		"据新华网报道":     "新华网",
		"据央视新闻":      "央视新闻",
		"据新华社、中新社":   "新华社、中新社",
		"　据新华社电　":    "新华社",
		"据了解":        "",
		"据报道":        "",
		"据悉":         "",
		"据统计":        "",
		"新华社":        "", // no 据: nameOnlyCredit's, as before
		"据新华社记者王芳报道": "",
	} {
		got, ok := reprintSource(in)
		if got != want || ok != (want != "") {
			t.Errorf("reprintSource(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

// TestReprintDateline: a regional paper's reprint of a wire story opens
// with 据 before the agency's dateline, or only 据新华社电 with no place
// or day, and closes with （据新华社）: the organisation is the agency, 据
// stays in the text (blind page cn-dsb-zhuanzai). An agency's 电 with no
// place is a dateline only when a space or the reporter's bracket parts it
// from the text (新华社电视… is a word).
func TestReprintDateline(t *testing.T) {
	for _, tt := range []struct {
		lead string
		want string // the dateline's text and org, or "" for none
	}{
		{"据新华社北京12月5日电　国务院常务会议5日召开。", "据新华社北京12月5日电 org=新华社 place=北京"},
		{"據中央社台北5日電　行政院會5日通過。", "據中央社台北5日電 org=中央社 place=台北"},
		{"据新华社电　国务院常务会议5日召开。", "据新华社电 org=新华社 place="},
		{"新华社电　国务院常务会议5日召开。", "新华社电 org=新华社 place="},
		{"据中新社电（记者　王芳）国务院常务会议5日召开。", "据中新社电 org=中新社 place="},
		{"新华社北京12月5日电　国务院常务会议5日召开。", "新华社北京12月5日电 org=新华社 place=北京"},
		{"新华社电视台5日播出了国务院常务会议的消息。", ""},
		{"据新华社电，国务院常务会议5日召开。", ""},
		{"据新华社消息，国务院常务会议5日召开。", ""},
	} {
		page := "国务院部署农田水利建设\n\n" + tt.lead + "\n\n会议指出，各地要加快项目开工。\n\n（据新华社）\n"
		d := mustRead(t, page)
		got := ""
		var trailer *doc.Node
		for _, n := range d.Articles[0].Children {
			switch {
			case n.Kind == doc.KindDateline:
				got = n.Text + " org=" + n.Org + " place=" + n.Place
			case n.Kind == doc.KindByline && strings.HasPrefix(n.Text, "（据"):
				trailer = n
			}
		}
		if got != tt.want {
			t.Errorf("%s: dateline %q, want %q", tt.lead, got, tt.want)
		}
		if trailer == nil || trailer.Org != "新华社" {
			t.Errorf("%s: trailer （据新华社） = %+v, want a byline of org 新华社", tt.lead, trailer)
		}
		roundTrip(t, d)
	}
}

// TestWireTrailerRunOn: a wire story's credit run on after the last
// sentence of a reprinted brief, …規劃。（據中央社電）, is split off as the
// byline it is on its own line (org the agency); a digest's citation of a
// paper or site, （据《经济日报》）, （据新华网报道）, stays in the item's
// text, and so do prose and a credit after an unfinished sentence.
func TestWireTrailerRunOn(t *testing.T) {
	for _, tt := range []struct {
		para, org string // org "" keeps the trailer in the paragraph
	}{
		{"選擇性信用管制措施近期沒有鬆綁規劃。（據中央社電）", "中央社"},
		{"选择性信贷政策近期不会调整。（据新华社电）", "新华社"},
		{"选择性信贷政策近期不会调整。（据新华社）", "新华社"},
		{"選擇性信用管制措施近期沒有鬆綁規劃。（據中央社）", "中央社"},
		{"两国将加强经贸合作。（据新华社、中新社）", "新华社、中新社"},
		{"两国将加强经贸合作。（据新华社报道）", "新华社"},
		// look-alikes: a digest's citation of a paper or site, prose, a
		// bracket inside an unfinished sentence
		{"也能带动农村消费升级。（据《经济日报》）", ""},
		{"也能带动农村消费升级。（据新华网报道）", ""},
		{"也能带动农村消费升级。（据央视新闻）", ""},
		{"今年销量再创新高（据新华社电）", ""},
	} {
		page := "央行：房貸成數限制暫不鬆綁\n\n" + tt.para + "\n"
		d := mustRead(t, page)
		var para, by *doc.Node
		for _, n := range d.Articles[0].Children {
			switch n.Kind {
			case doc.KindParagraph:
				para = n
			case doc.KindByline:
				by = n
			}
		}
		switch {
		case tt.org == "" && (by != nil || para == nil || para.Text != tt.para):
			t.Errorf("%s: %v, want the trailer kept in the paragraph", tt.para, allKinds(d))
		case tt.org != "" && (by == nil || by.Org != tt.org || para == nil || strings.HasSuffix(para.Text, "）")):
			t.Errorf("%s: %v, want a byline of org %s after the paragraph", tt.para, allKinds(d), tt.org)
		}
		roundTrip(t, d)
	}
}

// TestNoSourceReprintBracket: a bracket opening with 据 is a credit only
// when a source follows (an agency, a paper, a site, an office); （据了解）,
// （据悉）, （据统计） name none and stay in the text, run on to a
// paragraph or on a line of their own, and the paragraph they close is
// finished (the next one is not joined to it).
func TestNoSourceReprintBracket(t *testing.T) {
	const next = "下一步，全市将继续扩大就业。"
	for _, tt := range []struct {
		bracket string
		sep     string // "" run on, "\n" the line under the paragraph, "\n\n" a block alone
		org     string // "" keeps the bracket in the text
	}{
		// credits: a wire's run on and alone, a paper, site or office alone
		{"（据新华社电）", "", "新华社"},
		{"（据新华社电）", "\n", "新华社"},
		{"（据新华社电）", "\n\n", "新华社"},
		{"（據中央社電）", "", "中央社"},
		{"（據中央社電）", "\n", "中央社"},
		{"（据《经济日报》）", "\n", "经济日报"},
		{"（据《经济日报》）", "\n\n", "经济日报"},
		{"（据央视新闻）", "\n", "央视新闻"},
		{"（据市气象台）", "\n", "市气象台"},
		{"（据市气象台）", "\n\n", "市气象台"},
		// a digest's citation run on stays in its text (TestWireTrailerRunOn)
		{"（据《经济日报》）", "", ""},
		{"（据央视新闻）", "", ""},
		{"（据市气象台）", "", ""},
		// look-alikes: 据 with no source after it
		{"（据了解）", "", ""},
		{"（据了解）", "\n", ""},
		{"（据了解）", "\n\n", ""},
		{"（据悉）", "", ""},
		{"（据悉）", "\n", ""},
		{"（据介绍）", "", ""},
		{"（据统计）", "", ""},
		{"（据统计）", "\n\n", ""},
		{"（据不完全统计）", "", ""},
		{"（据不完全统计）", "\n", ""},
		{"（据测算）", "", ""},
		{"（据估计）", "", ""},
		{"（据初步统计）", "", ""},
		{"（據了解）", "", ""},
		{"（據了解）", "\n", ""},
		{"（據悉）", "", ""},
		{"（據統計）", "", ""},
		{"（據統計）", "\n\n", ""},
	} {
		para := "其中，服务业新增岗位最多，占六成以上。"
		page := "全市新增就业岗位三万个\n\n" + para + tt.sep + tt.bracket + "\n\n" + next + "\n"
		d := mustRead(t, page)
		var by *doc.Node
		var texts []string
		for _, n := range d.Articles[0].Children {
			switch n.Kind {
			case doc.KindParagraph:
				texts = append(texts, n.Text)
			case doc.KindByline:
				by = n
			}
		}
		name := strings.ReplaceAll(tt.bracket+tt.sep, "\n", `\n`)
		switch {
		case tt.org == "" && (by != nil || strings.Join(texts, "") != para+tt.bracket+next || len(texts) == 0 || texts[len(texts)-1] != next):
			t.Errorf("%s: %v %q, want the bracket kept in the text and %s a paragraph of its own", name, allKinds(d), texts, next)
		case tt.org != "" && (by == nil || by.Org != tt.org || by.Text != tt.bracket):
			t.Errorf("%s: %v, want a byline of org %s", name, allKinds(d), tt.org)
		}
		roundTrip(t, d)
	}
}
