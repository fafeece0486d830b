package newstext

import "testing"

// TestTitleLineUnderHeadlineNotSection: a story opens with its lead, not
// with a section, so an unmarked short title line right under the
// headline, before any text or credit, is a line of the title group (the
// subheadline, or the headline under a kicker), whether set on the next
// line or, on a page that parts every block by a blank line, in a block
// of its own (blind page hk-singtao-fayuan: 主題 / 副題 / the text, read
// as a section head holding the whole story). A head after the lead, and
// a marked head (◇) right under the headline, stay heads; which
// line of a pair is the kicker stays the title rules' (TestHantMainTitle).
func TestTitleLineUnderHeadlineNotSection(t *testing.T) {
	const folio = "星島日報　2026年12月8日　A10　港聞\n\n"
	const body = "　　一名三十五歲男子上月在機場\n偷運電子煙入境，貨值逾一百萬元。\n\n" +
		"　　裁判官指出，被告明知故犯，\n須判處即時監禁。\n\n記者　陳嘉欣\n"
	const p1 = "paragraph 一名三十五歲男子上月在機場偷運電子煙入境，貨值逾一百萬元。"
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		// Positives: the line under the headline joins the title group.
		{"hant blank lines, 9 over 7", folio + "偷運電子煙男子判囚\n\n貨值逾一百萬元\n\n" + body,
			[]string{"noise 星島日報　2026年12月8日　A10　港聞", "headline 偷運電子煙男子判囚", "subheadline 貨值逾一百萬元", p1}},
		{"hant blank lines, 11 over 8", folio + "機場海關破獲電子煙走私\n\n男子即時判囚四個月\n\n" + body,
			[]string{"noise 星島日報　2026年12月8日　A10　港聞", "headline 機場海關破獲電子煙走私", "subheadline 男子即時判囚四個月", p1}},
		{"hant no blank lines", "偷運電子煙男子判囚\n貨值逾一百萬元\n" + body,
			[]string{"headline 偷運電子煙男子判囚", "subheadline 貨值逾一百萬元", p1}},
		{"hans blank lines (Chinese default: kicker over headline)", "社区食堂增设晚餐档\n\n老人就餐更方便\n\n" +
			"　　从本月起，城东街道社区食堂每天下午五点供应晚餐。\n\n　　街道负责人说，下一步将增加送餐服务。\n",
			[]string{"kicker 社区食堂增设晚餐档", "headline 老人就餐更方便", "paragraph 从本月起，城东街道社区食堂每天下午五点供应晚餐。"}},
		// Negatives: heads after the lead, and marked heads, stay heads.
		{"hant head after the lead", folio + "偷運電子煙男子判囚\n\n貨值逾一百萬元\n\n" +
			"　　一名三十五歲男子上月在機場\n偷運電子煙入境，貨值逾一百萬元。\n\n法官判詞\n\n　　裁判官指出，被告明知故犯，\n須判處即時監禁。\n",
			[]string{"noise 星島日報　2026年12月8日　A10　港聞", "headline 偷運電子煙男子判囚", "subheadline 貨值逾一百萬元", p1, "section "}},
		{"marked head right under the headline", "おくやみ\n\n◇甲府市\n\n山田太郎さん（８５）５日死去。\n\n◇笛吹市\n\n佐藤花子さん（９０）４日死去。\n",
			[]string{"headline おくやみ", "section "}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := mustRead(t, c.page)
			got := kindsOf(d)
			if len(got) < len(c.want) {
				t.Fatalf("got %q, want %q", got, c.want)
			}
			for k, w := range c.want {
				if got[k] != w {
					t.Errorf("unit %d: got %q, want %q (all: %q)", k, got[k], w, got)
				}
			}
			roundTrip(t, d)
		})
	}
}

// TestHeadingUnderTitleGroupTransition: the grammar's cost of a section
// head right after the title group: an unmarked line set with the group
// (no blank line between), or right under the headline in a block of its
// own, costs 3; a line in a block of its own under headline and
// subheadline, and a marked head anywhere, cost nothing.
func TestHeadingUnderTitleGroupTransition(t *testing.T) {
	for _, c := range []struct {
		name              string
		from              gstate
		unmarked, grouped bool
		want              int
	}{
		{"under the headline, own block", gHead, true, false, -3},
		{"under the headline, grouped", gHead, true, true, -3},
		{"under the subheadline, grouped", gSub, true, true, -3},
		{"under the subheadline, own block", gSub, true, false, 0},
		{"marked, under the headline", gHead, false, false, 0},
		{"marked, under the subheadline", gSub, false, false, 0},
		{"unmarked, after body text", gBody, true, false, 0},
	} {
		to, ok, got := c.from.next(lHeading, true, c.unmarked, c.grouped)
		if !ok || to != gSection || got != c.want {
			t.Errorf("%s: next = %v %v %d, want gSection true %d", c.name, to, ok, got, c.want)
		}
	}
	if to, _, _ := gHead.next(lSubhead, true, true, false); to != gSub {
		t.Errorf("a subheadline leads to state %v, want gSub", to)
	}
}

// TestHantMainTitle: of two Traditional Chinese title lines, a top line of
// a headline's length over one no wider or in two phrases, or of eight or
// nine characters over one clearly narrower, is the main title over its
// subtitle (主標, 副標); a short topic over a line as long or longer, and
// OCR's six-character column over a shorter one, is a kicker over the
// headline.
func TestHantMainTitle(t *testing.T) {
	for _, c := range []struct {
		top, under string
		want       bool
	}{
		{"冒認銀行職員騙長者", "男子囚三年四個月", true},        // 9 over 8 (blind page hk-singtao-fayuan)
		{"偷運電子煙男子判囚", "貨值逾一百萬元", true},         // 9 over 7
		{"市區重建局收購唐樓", "業主獲補償", true},           // 9 over 5
		{"屯門公路轉車站月底啟用", "往返機場可節省20分鐘", true},   // 11 over a no wider line (digits narrow)
		{"按揭宗數三年來首回升", "息口回落　用家重返市場", true},    // 10 over two phrases
		{"百年糕餅老店", "第四代接棒", false},             // OCR's narrow column: kicker + headline
		{"嘉義老街騎樓", "整平工程完工", false},            // as long
		{"偷運電子煙男子判", "貨值逾一百萬元", true},          // 8 over 7
		{"偷運電子煙男子判", "貨值逾一百萬元元", false},        // 8 over 8: no narrower
		{"冒認銀行職員騙長者", "男子冒認職員騙款囚三年四個月", false}, // a shorter top line
		{"屯門9號線今通車", "班次15分鐘", true},           // 8 characters, a digit one of them, over a narrower line
	} {
		top, under := titleFeats(c.top), titleFeats(c.under)
		if got := hantMainTitle(&top, &under, c.top, c.under); got != c.want {
			t.Errorf("hantMainTitle(%q over %q) = %v, want %v", c.top, c.under, got, c.want)
		}
	}
}

// titleFeats returns the features hantMainTitle reads of a title line:
// its runes and whether phrases part it.
func titleFeats(s string) feats {
	var f feats
	for _, r := range s {
		f.runes++
		if r == '　' {
			f.spaced = true
		}
	}
	return f
}
