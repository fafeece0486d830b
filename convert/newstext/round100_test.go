package newstext

import (
	"strings"
	"testing"
)

// TestWebStampDateWords: a Hong Kong site's stamps under the word for
// date, 發佈日期：… 最後更新日期：…, are a web time stamp, as 發佈時間 are;
// a date word over text, or a date with no time, is none.
func TestWebStampDateWords(t *testing.T) {
	for s, want := range map[string]bool{
		"發佈日期：2026-12-07 18:32　最後更新日期：2026-12-07 21:05": true,
		"发布日期：2026-12-07 18:32":                         true,
		"更新日期：2026/12/07 21:05":                         true,
		// Look-alikes.
		"發佈日期：2026-12-07":              false,
		"發佈日期：明日公布":                    false,
		"發佈日期已定，將於2026-12-07 18:32公布。": false,
	} {
		if got := isWebStamp(s); got != want {
			t.Errorf("isWebStamp(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCompiledWireDateline: 联合早报's （华盛顿综合电） opening a story is a
// dateline, its place the city, as （新山综合讯） is; an agency's name
// before 综合电 is its org; a bracket of other words stays text.
func TestCompiledWireDateline(t *testing.T) {
	for in, want := range map[string]string{
		"华盛顿综合电":  "place=华盛顿",
		"巴西利亚综合电": "place=巴西利亚",
		"華盛頓綜合電":  "place=華盛頓",
		// Look-alikes.
		"综合电":     "",
		"据报道综合电称": "",
	} {
		d, ok := bracketDateline(in, "zh-Hans")
		got := ""
		if ok {
			got = "place=" + d.place
			if d.org != "" {
				got = "org=" + d.org
			}
		}
		if got != want {
			t.Errorf("bracketDateline(%q) = %q, want %q", in, got, want)
		}
	}
	page := "美国国会通过临时拨款法案\n\n（华盛顿综合电）美国国会众议院星期天以218票对209票通过一项临时拨款法案。\n"
	if got := leafLines(t, page); !strings.Contains(got, "dateline （华盛顿综合电）\nparagraph 美国国会众议院") {
		t.Errorf("no dateline:\n%s", got)
	}
}

// TestKoreanBoxAfterByline: a Korean market box, its marked name over
// rows, after the e-mail byline closing the story above is an article of
// its own, the name its headline; the same name over prose, or a
// Japanese market box under a wire story's （共同）, reads as before.
func TestKoreanBoxAfterByline(t *testing.T) {
	story := "코스닥 870선 회복\n\n코스닥지수도 전 거래일보다 9.88포인트 오른 871.40에 마감했다.\n\n정민호 기자 mhjung@edaily.example\n\n"
	box := "◇증시 요약\n코스피 2908.63 +41.27\n코스닥 871.40 +9.88\n원·달러 1352.6 -8.4\n"
	if got := leafLines(t, story+box); !strings.Contains(got, "headline ◇증시 요약\nparagraph 코스피 2908.63 +41.27") {
		t.Errorf("the box not an article:\n%s", got)
	}
	prose := "◇증시 요약\n\n이날 코스피는 외국인 매수세에 힘입어 상승 마감했다.\n"
	if got := leafLines(t, story+prose); strings.Contains(got, "headline ◇증시 요약") {
		t.Errorf("a marked head over prose taken as a headline:\n%s", got)
	}
	ja := "日経平均、４日ぶり反発\n　６日の東京株式市場で日経平均株価は４日ぶりに反発した。\n（共同）\n◇市況（６日）\n日経平均　３万９８４２円１２銭　２１５円高\n円相場　１ドル＝１５０円２０銭　３０銭円安\n"
	if got := leafLines(t, ja); !strings.Contains(got, "heading ◇市況（６日）") {
		t.Errorf("the Japanese market box under （共同） no longer the story's section:\n%s", got)
	}
}
