package newstext

import (
	"strings"
	"testing"
)

// TestKoreanStoryTagKicker: the kind of story in brackets alone on its
// line over a Korean headline ([인터뷰], [단독], ［르포］) is the
// title group's kicker, not a paragraph of an untitled article before the
// story; the same tag run into the title stays the headline's, and other
// bracketed lines alone (a paper's tag, a photo's credit, a tag of no
// story's kind) are not taken for it.
func TestKoreanStoryTagKicker(t *testing.T) {
	const title = "윤정호 한빛해양금융 대표 “부산, 해양금융 허브 충분히 가능”"
	const body = "부산에 본사를 둔 해양금융 전문 운용사 한빛해양금융은 올해 선박 펀드 운용 자산이 2조원을 넘어섰다. 지난 3일 부산 남구 문현동 본사에서 윤정호 대표를 만났다.\n\nQ. 부산을 떠나지 않은 이유는.\n\nA. 배가 있는 곳에 돈이 있어야 한다고 봤다.\n"
	const folio = "한빛일보　2026년 12월 8일 화요일　경제　15\n\n"
	for _, tag := range []string{"[인터뷰]", "[단독]", "［르포］", "[팩트체크]"} {
		for _, page := range []string{folio + tag + "\n\n" + title + "\n\n" + body, tag + "\n" + title + "\n\n" + body} {
			d := mustRead(t, page)
			roundTrip(t, d)
			got := strings.Join(pageLeafKinds(d), "\n")
			wantIn(t, got, "kicker "+tag+"\nheadline "+title)
			if len(d.Articles) != 1 {
				t.Errorf("%s: %d articles:\n%s", tag, len(d.Articles), got)
			}
		}
	}
	// Run into the title, the tag stays the headline's.
	d := mustRead(t, folio+"[인터뷰] "+title+"\n\n"+body)
	wantIn(t, strings.Join(pageLeafKinds(d), "\n"), "headline [인터뷰] "+title)
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"[인터뷰]", true},
		{"［르포］", true},
		{"【기획】", false},           // lenticular: label.go's
		{"[인터뷰] " + title, false}, // run in: taggedTitle
		{"[세상읽기]", false},         // a column's label: koreanColumnLabel
		{"[동아일보]", false},         // a paper's tag
		{"[연합뉴스 자료사진]", false},    // a photo's credit
		{"[独家]", false},           // no Hangul: not a Korean paper's
		{"[인터뷰", false},
		{"(인터뷰)", false},
	} {
		if got := koreanStoryTagAlone(c.s); got != c.want {
			t.Errorf("koreanStoryTagAlone(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
