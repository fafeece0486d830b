package newstext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// koWrapWords hard-wraps s at word spaces into lines of at most n, each
// measured by width: a Korean page wrapped by count (utf8.RuneCountInString)
// or by display width (columns).
func koWrapWords(s string, n int, width func(string) int) string {
	var lines []string
	cur := ""
	for _, w := range strings.Fields(s) {
		if cur != "" && width(cur+" "+w) > n {
			lines = append(lines, cur)
			cur = w
			continue
		}
		if cur != "" {
			cur += " "
		}
		cur += w
	}
	return strings.Join(append(lines, cur), "\n")
}

// koWrapBody is two paragraphs of a Korean sports result with scores and
// figures, whose digits and spaces make lines of one count differ in
// width.
var koWrapBody = []string{
	"대전 한빛스파크스가 5일 대전 충무체육관에서 열린 2026-2027 프로배구 V리그 남자부 3라운드 홈 경기에서 수원 블루윙즈를 세트 스코어 3-1(25-21 23-25 25-19 25-22)로 꺾고 4연승을 달렸다.",
	"외국인 공격수 마르코스는 양 팀 최다인 31점을 올리며 승리를 이끌었고 세터 김하늘은 토스 52개 가운데 38개를 정확히 배달해 팀의 시즌 9승(4패)째를 도왔다.",
}

// koWrapPage sets title lines (one block) over the body wrapped at n by
// width.
func koWrapPage(titles string, n int, width func(string) int) string {
	var b strings.Builder
	b.WriteString("22 스포츠 2026년 12월 7일 월요일 중부일보\n\n")
	b.WriteString(titles + "\n\n")
	for _, p := range koWrapBody {
		b.WriteString(koWrapWords(p, n, width) + "\n\n")
	}
	b.WriteString("이도윤 기자\n")
	return b.String()
}

// TestKoWordWrapCount: a Korean page word-wrapped by character count (a
// space and a digit counting one each) is measured in characters, and a
// width-wrapped one is not; a page of too few wrapped lines tells
// nothing.
func TestKoWordWrapCount(t *testing.T) {
	runes := utf8.RuneCountInString
	for _, c := range []struct {
		name string
		page string
		want int
	}{
		{"count 20", koWrapPage("제목", 20, runes), 20},
		{"count 18", koWrapPage("제목", 18, runes), 18},
		{"count 24", koWrapPage("제목", 24, runes), 24},
		{"width 36", koWrapPage("제목", 36, columns), 0},
		{"width 40", koWrapPage("제목", 40, columns), 0},
		{"few lines", "한빛, 블루윙즈 꺾고 4연승\n마르코스 31점 맹활약\n\n대전 한빛스파크스가 5일 대전\n충무체육관에서 열린 2026-2027\n경기에서 이겼다.\n", 0},
	} {
		lines := splitLines(c.page, false, false)
		if got := pageKoWordWrap(lines); got != c.want {
			t.Errorf("%s: pageKoWordWrap = %d, want %d\n%s", c.name, got, c.want, c.page)
		}
	}
}

// TestKoWordWrapTitleRoom: on a Korean page word-wrapped by count, two
// title lines in one block are a headline over its subheadline when the
// second line's first word would have fitted on the first within the
// count (blind page ko-baegu-gyeolgwa), though measured in columns it
// would not; a headline wrapped at the count, its next word too long for
// the first line, stays one headline, and on a page wrapped by width the
// columns decide as before.
func TestKoWordWrapTitleRoom(t *testing.T) {
	runes := utf8.RuneCountInString
	for _, c := range []struct {
		name, titles string
		n            int
		width        func(string) int
		want         []string
	}{
		{"room for 마르코스", "한빛, 블루윙즈 꺾고 4연승\n마르코스 31점 맹활약", 20, runes,
			[]string{"headline 한빛, 블루윙즈 꺾고 4연승", "subheadline 마르코스 31점 맹활약"}},
		{"shorter subheadline", "한빛, 블루윙즈 꺾고 4연승\n마르코스 31점", 20, runes,
			[]string{"headline 한빛, 블루윙즈 꺾고 4연승", "subheadline 마르코스 31점"}},
		{"count 24", "한빛스파크스, 블루윙즈 꺾고 4연승\n마르코스 31점 맹활약", 24, runes,
			[]string{"headline 한빛스파크스, 블루윙즈 꺾고 4연승", "subheadline 마르코스 31점 맹활약"}},
		// Wrapped at the count: 질주 would not have fitted (19+1+2).
		{"wrapped headline", "한빛스파크스, 블루윙즈 꺾고 4연승\n질주…마르코스 맹활약", 20, runes,
			[]string{"headline 한빛스파크스, 블루윙즈 꺾고 4연승 질주…마르코스 맹활약"}},
		// Its comma makes the word one too long (15+1+5).
		{"word with comma", "한빛, 블루윙즈 꺾고 4연승\n마르코스, 31점 맹활약", 20, runes,
			[]string{"headline 한빛, 블루윙즈 꺾고 4연승 마르코스, 31점 맹활약"}},
		// Wrapped by width at 32 columns: 25+1+8 is over it.
		{"width page", "한빛, 블루윙즈 꺾고 4연승\n마르코스 31점 맹활약", 32, columns,
			[]string{"headline 한빛, 블루윙즈 꺾고 4연승 마르코스 31점 맹활약"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := koWrapPage(c.titles, c.n, c.width)
			d := mustRead(t, page)
			got := kindsOf(d)
			var titles []string
			for _, k := range got {
				if strings.HasPrefix(k, "headline ") || strings.HasPrefix(k, "subheadline ") {
					titles = append(titles, k)
				}
			}
			if strings.Join(titles, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("page:\n%s\ngot:\n%s\nwant:\n%s", page, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
			roundTrip(t, d)
		})
	}
}
