package newstext

import (
	"slices"
	"strings"
	"testing"
)

// TestPageBreakJoinAsColumnJoin: a paragraph rejoined across a page
// number or running head asks what a column-break join asks
// (mayContinue): a ■ item, a short line of its own (a name, a site's
// name) or a line under a table row is no rest of the sentence, and a
// FuzzRead round trip glued ■鐘。 to the text above a page number.
func TestPageBreakJoinAsColumnJoin(t *testing.T) {
	const para = "　　据统计，今年全市共新建公园十二座，其中城东区四座"
	for _, tt := range []struct {
		rest   string
		joined bool
	}{
		{"位于滨江沿线，明年春天开放。", true},
		{"和城西区三座，明年春天开放。", true},
		{"■张三。", false},
		{"●李四", false},
		{"信州日报数字版", false},
	} {
		d := mustRead(t, para+"\n\n12\n\n"+tt.rest+"\n")
		k := allKinds(d)
		got := slices.ContainsFunc(k, func(s string) bool { return strings.HasSuffix(s, "四座"+tt.rest) })
		if got != tt.joined {
			t.Errorf("%s: joined %v, want %v: %v", tt.rest, got, tt.joined, k)
		}
		roundTrip(t, d)
	}
}

// TestAuthorUnderDashSubheadline: a name set apart under a subheadline
// that stands under a credit under the headline is the author's byline
// whether the subheadline is unmarked or written with its dash, as the
// normalized writer writes it (a FuzzRead round trip read 美惠 back as
// a paragraph).
func TestAuthorUnderDashSubheadline(t *testing.T) {
	for _, page := range []string{
		"年0月0民意論壇\u3000A\n論壇\n籍看護\n\n美惠\n\u3000。\n（作者為師）\n若能由營養師、家長與學生代表",
		"# 年0月0民意論壇　A\n\n論壇\n\n——籍看護\n\n美惠\n\n　　。\n\n（作者為師）\n\n　　若能由營養師、家長與學生代表\n",
	} {
		d := mustRead(t, page)
		if k := allKinds(d); !slices.Contains(k, "byline 美惠") {
			t.Errorf("%q: %v, want 美惠 as a byline", page, k)
		}
		roundTrip(t, d)
	}
}

// TestPaperTagNotBeforeDateline: a Hong Kong paper's tag 【信報】 is its
// dateline run in before a sentence, never before another dateline; alone
// on its line (as the writer sets a dateline) it is none either, so the
// two readings agree (a FuzzRead round trip).
func TestPaperTagNotBeforeDateline(t *testing.T) {
	d := mustRead(t, "【報訊報】報報訊")
	for _, k := range allKinds(d) {
		if strings.HasPrefix(k, "dateline 【") {
			t.Errorf("【報訊報】 before a dateline read as one: %v", allKinds(d))
		}
	}
	roundTrip(t, d)
	d = mustRead(t, "信報記者梁家明報道\n\n【信報】本港樓市近月轉趨活躍，二手成交回升。\n")
	if k := allKinds(d); !slices.Contains(k, "dateline 【信報】") {
		t.Errorf("【信報】 before a sentence: %v, want a dateline", k)
	}
}

// TestRubricOverMarkedHead: the page's rubric (the word its dated head
// names the page by) opening the page is furniture over a title line the
// grammar makes a head as over the "## " head the writer sets for it, so
// the two readings agree (a FuzzStructure round trip read it back as a
// paragraph).
func TestRubricOverMarkedHead(t *testing.T) {
	for _, page := range []string{
		"高地\n■ 부산=김민준 기자高地\n\n高地\n高地\u3000\u30002022年8月30日 星期二",
		"高地\n\n## ■ 부산=김민준 기자高地\n\n　　高地\n\n高地\u3000\u30002022年8月30日 星期二\n",
	} {
		d := mustRead(t, page)
		if k := allKinds(d); len(k) < 2 || k[1] != "noise 高地" {
			t.Errorf("%q: %v, want the rubric 高地 as noise", page, k)
		}
		roundTrip(t, d)
	}
}
