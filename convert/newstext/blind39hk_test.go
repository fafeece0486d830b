package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// A Hong Kong government release as newsrooms copy it (blind page
// hk-zhengfu-gongbao): the title, the text with the 2em indent, then the
// end mark and the stamp.
const (
	hkReleaseTitle = "屯門公路轉車站下周一啓用"
	hkReleasePara1 = "運輸署今日（十二月五日）宣布，屯門公路轉車站（往市區方向）將於十二月八日（星期一）早上六時啓用。"
	hkReleasePara2 = "運輸署發言人表示，轉車站設有上落客月台、候車室及無障礙設施。"
	hkRelease2     = "康文署轄下三個室外泳池冬季維修"
	hkRelease2Para = "康文署呼籲市民留意泳池開放安排，並可使用附近的室內暖水泳池。"
)

// hkRelease returns the page of two releases, each closed by end and
// stamp (its lines as given), under the service's name when service is
// not "".
func hkRelease(service, end, stamp string) string {
	var b strings.Builder
	if service != "" {
		b.WriteString(service + "\n\n")
	}
	b.WriteString(hkReleaseTitle + "\n\n　　" + hkReleasePara1 + "\n\n　　" + hkReleasePara2 + "\n\n" + end + "\n\n")
	if stamp != "" {
		b.WriteString(stamp + "\n\n")
	}
	b.WriteString(hkRelease2 + "\n\n　　" + hkRelease2Para + "\n\n" + end + "\n")
	if stamp != "" {
		b.WriteString("\n" + stamp + "\n")
	}
	return b.String()
}

// hkReleaseKinds is what hkRelease reads as: two articles, the name,
// the end marks and the stamp lines noise.
func hkReleaseKinds(service, end string, stamp ...string) []string {
	var k []string
	k = append(k, "article")
	if service != "" {
		k = append(k, "noise "+service)
	}
	k = append(k, "headline "+hkReleaseTitle, "paragraph "+hkReleasePara1, "paragraph "+hkReleasePara2, "noise "+end)
	for _, s := range stamp {
		k = append(k, "noise "+s)
	}
	k = append(k, "article", "headline "+hkRelease2, "paragraph "+hkRelease2Para, "noise "+end)
	for _, s := range stamp {
		k = append(k, "noise "+s)
	}
	return k
}

// TestBareReleaseEndMark: the Hong Kong government closes each release
// with 完 alone on its line (no brackets), after its last paragraph: an
// end mark, noise, that closes the release so the next title opens the
// next one (blind page hk-zhengfu-gongbao: 完 was a section head that
// took the next release in as its paragraphs). Set with the paragraph
// indent, or with no stamp under it, it is the same. Vertical text read
// one character a line (完 / 全 / 不 / 同), 完 after a title, and 完成
// are not end marks.
func TestBareReleaseEndMark(t *testing.T) {
	for _, end := range []string{"完", "　　完"} {
		page := hkRelease("", end, "")
		wantAllKinds(t, page, hkReleaseKinds("", "完")...)
	}
	wantAllKinds(t, hkRelease("", "完", "2026年12月5日（星期六）"), hkReleaseKinds("", "完", "2026年12月5日（星期六）")...)
	// Not an end mark: each stays text.
	for _, c := range []struct{ page, line string }{
		{hkReleaseTitle + "\n\n　　" + hkReleasePara1 + "\n\n完\n全\n不\n同\n", "完"},
		{hkReleaseTitle + "\n\n完\n\n　　" + hkReleasePara1 + "\n", "完"},
		{hkReleaseTitle + "\n\n　　" + hkReleasePara1 + "\n\n完成\n\n　　" + hkReleasePara2 + "\n", "完成"},
		{hkReleaseTitle + "\n\n　　運輸署今日宣布，轉車站將於\n\n完\n\n　　" + hkReleasePara2 + "\n", "完"},
	} {
		d := mustRead(t, c.page)
		for _, k := range allKinds(d) {
			if k == "noise "+c.line {
				t.Errorf("page:\n%s\n%s made noise: %v", c.page, c.line, allKinds(d))
			}
		}
		roundTrip(t, d)
	}
	// The bracketed mark is as before.
	wantAllKinds(t, hkRelease("", "（完）", ""), hkReleaseKinds("", "（完）")...)
}

// TestReleaseLocalTimeStamp: a Hong Kong or Macau government release's
// stamp gives the local time under the date, 香港時間18時30分 (or
// 下午6時30分, 18:30), or on the date's line: noise, the release's time
// (blind page hk-zhengfu-gongbao: a paragraph, or the next release's
// kicker; date and time on one line were a paragraph). A time with more
// words (…舉行, …至19時), a place's time alone, or another place's, stay
// text.
func TestReleaseLocalTimeStamp(t *testing.T) {
	for in, want := range map[string]bool{
		"香港時間18時30分":                  true,
		"香港時間下午6時30分":                 true,
		"香港時間下午6時半":                   true,
		"香港時間 18:30":                  true,
		"香港時間１８時３０分":                  true,
		"澳門時間18時30分":                  true,
		"澳门时间18时30分":                  true,
		"2026年12月5日（星期六）香港時間18時30分":   true,
		"2026年12月5日（星期六）　香港時間18時30分":  true,
		"2026年12月5日 香港時間下午6時30分":      true,
		"2026年12月5日　星期六　香港時間18時30分":   true,
		"香港時間":                        false,
		"香港時間晚上":                      false,
		"香港時間18時30分舉行":                false,
		"香港時間18時至19時":                 false,
		"香港時間123時":                    false,
		"香港時間18:3":                    false,
		"北京時間18時30分":                  false,
		"2026年12月5日香港時間18時30分起生效":     false,
		"會議於香港時間18時30分":               false,
		"活動2026年12月5日（星期六）香港時間18時30分": false,
	} {
		if got := releaseStamp(in); got != want {
			t.Errorf("releaseStamp(%q) = %v, want %v", in, got, want)
		}
	}
	for _, stamp := range [][]string{
		{"2026年12月5日（星期六）", "香港時間18時30分"},
		{"2026年12月5日（星期六）", "香港時間下午6時30分"},
		{"2026年12月5日（星期六）　香港時間18時30分"},
		{"2026年12月5日（星期六）香港時間18時30分"},
		{"香港時間18時30分"},
	} {
		wantAllKinds(t, hkRelease("", "完", strings.Join(stamp, "\n")), hkReleaseKinds("", "完", stamp...)...)
	}
	// After a bracketed end mark, the time was the next release's kicker.
	wantAllKinds(t, hkRelease("", "（完）", "2026年12月5日（星期六）\n香港時間18時30分"), hkReleaseKinds("", "（完）", "2026年12月5日（星期六）", "香港時間18時30分")...)
	// A time in a sentence stays the paragraph's.
	page := hkReleaseTitle + "\n\n　　運輸署今日宣布，轉車站將於\n香港時間18時30分舉行\n\n　　" + hkReleasePara2 + "\n"
	d := mustRead(t, page)
	for _, k := range allKinds(d) {
		if strings.HasPrefix(k, "noise") {
			t.Errorf("page:\n%s\nnoise: %v", page, allKinds(d))
		}
	}
	roundTrip(t, d)
}

// TestReleaseServiceMasthead: the name of a government's information
// service alone over a release's title, 政府新聞公報, 新聞公報,
// 政府新聞處, 澳門特別行政區政府新聞局, at the page's top or after the
// end of the release before, is the service's masthead, noise, not the
// release's kicker (blind page hk-zhengfu-gongbao). A name with more
// words (新聞處處長), and one between a finished paragraph and a title
// with no end mark before it, are left to the grammar.
func TestReleaseServiceMasthead(t *testing.T) {
	for in, want := range map[string]bool{
		"政府新聞公報":       true,
		"新聞公報":         true,
		"政府新聞處":        true,
		"澳門特別行政區政府新聞局": true,
		"香港特別行政區政府新聞處": true,
		"政府新闻公报":       true,
		"新聞處處長":        false,
		"政府新聞處發言人":     false,
		"政府":           false,
		"新聞":           false,
		"政府新聞公報第3號":    false,
	} {
		if got := releaseService(in); got != want {
			t.Errorf("releaseService(%q) = %v, want %v", in, got, want)
		}
	}
	for _, name := range []string{"政府新聞公報", "新聞公報", "政府新聞處", "澳門特別行政區政府新聞局"} {
		wantAllKinds(t, hkRelease(name, "完", "2026年12月5日（星期六）\n香港時間18時30分"),
			hkReleaseKinds(name, "完", "2026年12月5日（星期六）", "香港時間18時30分")...)
	}
	// Over the second release too, after the first one's end.
	page := strings.Replace(hkRelease("政府新聞公報", "完", "香港時間18時30分"), "時30分\n\n"+hkRelease2, "時30分\n\n政府新聞公報\n\n"+hkRelease2, 1)
	d := mustRead(t, page)
	if k := allKinds(d); countOf(k, "noise 政府新聞公報") != 2 || countOf(k, "article") != 2 || countOf(k, "kicker 政府新聞公報") != 0 {
		t.Errorf("page:\n%s\n got: %v", page, k)
	}
	roundTrip(t, d)
	// Not the masthead: each keeps its kind.
	for _, c := range []struct{ page, line string }{
		{"新聞處處長\n\n" + hkRelease2 + "\n\n　　" + hkRelease2Para + "\n", "新聞處處長"},
		{hkReleaseTitle + "\n\n　　" + hkReleasePara1 + "\n\n政府新聞公報\n\n" + hkRelease2 + "\n\n　　" + hkRelease2Para + "\n", "政府新聞公報"},
	} {
		d := mustRead(t, c.page)
		for _, k := range allKinds(d) {
			if k == "noise "+c.line {
				t.Errorf("page:\n%s\n%s made noise: %v", c.page, c.line, allKinds(d))
			}
		}
		roundTrip(t, d)
	}
}

// TestReleaseFormsWrittenEscaped: a paragraph 完 after a finished one, and
// a kicker that is 完 or a service's name over a headline at the page's
// top, are written escaped: unmarked they would read back as the end
// mark and the masthead.
func TestReleaseFormsWrittenEscaped(t *testing.T) {
	para := func(s string) *doc.Node { return &doc.Node{Kind: doc.KindParagraph, Text: s} }
	for _, a := range []*doc.Node{
		{Kind: doc.KindArticle, Children: []*doc.Node{{Kind: doc.KindHeadline, Text: hkReleaseTitle}, para(hkReleasePara1), para("完"), para(hkReleasePara2)}},
		{Kind: doc.KindArticle, Children: []*doc.Node{{Kind: doc.KindKicker, Text: "政府新聞公報"}, {Kind: doc.KindHeadline, Text: hkReleaseTitle}, para(hkReleasePara1)}},
		{Kind: doc.KindArticle, Children: []*doc.Node{{Kind: doc.KindKicker, Text: "新聞局"}, {Kind: doc.KindHeadline, Text: "香港何去何從？"}, para(hkReleasePara1)}},
	} {
		roundTrip(t, &doc.Document{Lang: "zh-Hant", Articles: []*doc.Node{a}})
	}
	d := &doc.Document{Lang: "zh-Hant", Articles: []*doc.Node{
		{Kind: doc.KindArticle, Children: []*doc.Node{{Kind: doc.KindHeadline, Text: hkReleaseTitle}, para(hkReleasePara1)}},
		{Kind: doc.KindArticle, Children: []*doc.Node{{Kind: doc.KindKicker, Text: "完"}, {Kind: doc.KindHeadline, Text: hkRelease2}, para(hkRelease2Para)}},
	}}
	roundTrip(t, d)
}
