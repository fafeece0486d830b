package newstext

import (
	"strings"
	"testing"
)

// TestBriefBoxLabelFramed: a Korean paper sets a briefs column's name in
// square or angle brackets, [경남 단신], 〈뉴스 브리핑〉, <지역 소식>, as
// readily as bare (blind page ko-jiyeok-danshin, misread 1): the brackets
// only frame the name, so the items under it are stories of their own, as
// under 경제 단신. The bracketed label had been read as a column's kicker
// only, and on a page with no blank lines the second and third briefs
// had been section heads of the first. A label in round or lenticular
// brackets, a bracket with a headline after it, a column not of briefs
// ([기자수첩]) and a story's own heads under no such label stay as they were.
func TestBriefBoxLabelFramed(t *testing.T) {
	for in, want := range map[string]bool{
		"[경남 단신]":         true,
		"［뉴스 브리핑］":        true,
		"〈지역 소식〉":         true,
		"< 경제 단신 >":       true,
		"＜간추린 소식＞":        true,
		"경남 단신":           true,
		"지역 소식":           true,
		"[简讯]":            true,
		"[단독]":            false, // a tag, not a box of briefs
		"[기자수첩]":          false,
		"[경남 단신] 창원시 제설":  false, // a tag run into a headline
		"(경남 단신)":         false, // round brackets: a note
		"【경남 단신】":         false, // lenticular: a run-in head's
		"[경남 [단신]]":       false,
		"[]":              false,
		"[경상남도 시군 지역 단신]": false, // too long for a box's name
	} {
		if got := briefBoxLabel(in); got != want {
			t.Errorf("briefBoxLabel(%q) = %v, want %v", in, got, want)
		}
	}
	const items = "창원시, 겨울철 제설 대책 마련\n창원시는 이달부터 내년 3월까지 제설 대책 기간으로 정하고 제설제 2천t을 확보했다고 6일 밝혔다.\n" +
		"김해 도서관 야간 개방 연장\n김해시는 시립도서관 3곳의 야간 개방 시간을 오후 10시까지 1시간 늘린다고 6일 밝혔다.\n" +
		"진주 유등 전시 마무리\n진주시는 남강 일대에서 열린 유등 전시에 45만 명이 다녀갔다고 6일 밝혔다.\n"
	// With blank lines and a short second title (under ten runes, which
	// the Korean run-of-stories rule leaves alone).
	const spaced = "창원시, 겨울철 제설 대책 마련\n\n창원시는 이달부터 내년 3월까지 제설\n대책 기간으로 정하고 제설제 2천t을\n확보했다고 6일 밝혔다.\n\n" +
		"김해 도서관 연장\n\n김해시는 시립도서관 3곳의 야간 개방\n시간을 오후 10시까지 1시간\n늘린다고 6일 밝혔다.\n\n" +
		"진주 유등 전시 마무리\n\n진주시는 남강 일대에서 열린 유등\n전시에 45만 명이 다녀갔다고 6일\n밝혔다.\n"
	for _, c := range []struct {
		name, page string
		articles   int
		want       string
	}{
		{"square", "[경남 단신]\n" + items, 3, "headline 김해 도서관 야간 개방 연장"},
		{"full-width square", "［뉴스 브리핑］\n" + items, 3, "headline 진주 유등 전시 마무리"},
		{"angle", "< 지역 소식 >\n" + items, 3, "headline 김해 도서관 야간 개방 연장"},
		{"double angle", "〈경제 단신〉\n" + items, 3, "kicker 〈경제 단신〉"},
		{"bare 소식", "지역 소식\n" + items, 3, "headline 김해 도서관 야간 개방 연장"},
		{"blank lines, short title", "16 사회 2026년 12월 7일 월요일 경남매일\n\n[경남 단신]\n\n" + spaced, 3, "headline 김해 도서관 연장"},
		// Not a box of briefs: one story with its heads.
		{"column not of briefs", "[기자수첩]\n" + items, 1, "heading 김해 도서관 야간 개방 연장"},
		{"round brackets", "(경남 단신)\n" + items, 1, "heading 김해 도서관 야간 개방 연장"},
		{"no label", items, 1, "heading 김해 도서관 야간 개방 연장"},
	} {
		d := mustRead(t, c.page)
		got := strings.Join(treeOf(d), "\n")
		if !strings.Contains(got, c.want) || len(d.Articles) != c.articles {
			t.Errorf("%s: want %q in %d articles, got %d:\n%s", c.name, c.want, c.articles, len(d.Articles), got)
		}
		roundTrip(t, d)
	}
}
