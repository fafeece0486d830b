package newstext

import (
	"strings"
	"testing"
)

// TestKoreanSectionRepeatedByTag: under a Korean site's masthead, the
// section's name alone over a headline that opens with the same word as
// its bracketed tag (인터뷰 / [인터뷰] …, 연합뉴스's interview desk) is the
// site's furniture, as a listed section (사회) is (blind page
// ko-yonhap-ilmun, misread 9): it had been the kicker. A word the
// headline does not repeat, a tag with more in its bracket, or a tag
// with no title after it leaves the word to the title rules.
func TestKoreanSectionRepeatedByTag(t *testing.T) {
	for _, c := range []struct {
		word, title string
		want        bool
	}{
		{"인터뷰", `[인터뷰] 박정훈 청원군수 "청년 일자리에 집중"`, true},
		{"포토", "[포토] 첫눈 내린 설악산 대청봉", true},
		{"르포", "［르포］ 폐광촌에 다시 불 켜진 탄광 마을", true},
		{"인터뷰", "[단독] 박정훈 청원군수 사퇴 검토", false}, // not the tag
		{"인터뷰", "[인터뷰 전문] 박정훈 청원군수", false},   // more in the bracket
		{"인터뷰", "[인터뷰]", false},               // no title
		{"인터뷰", "인터뷰 박정훈 청원군수 일문일답", false},   // no bracket
		{"Interview", "[Interview] 박정훈 청원군수 일문일답", false},
	} {
		if got := sectionRepeatedByTag(c.word, c.title); got != c.want {
			t.Errorf("sectionRepeatedByTag(%q, %q) = %v, want %v", c.word, c.title, got, c.want)
		}
	}
	const body = "송고시간2026-12-05 18:20\n(청주=연합뉴스) 박서연 기자 = 박정훈 충북 청원군수는 5일 연합뉴스와 인터뷰에서 \"주민이 체감하는 변화를 만들겠다\"고 말했다.\n다음은 일문일답.\n"
	for _, c := range []struct {
		head, title, want string
	}{
		{"연합뉴스\n인터뷰\n", `[인터뷰] 박정훈 청원군수 "청년 일자리에 집중"`, "noise 인터뷰"},
		{"연합뉴스\n\n포토\n\n", "[포토] 첫눈 내린 설악산 대청봉", "noise 포토"},
		{"연합뉴스\n인터뷰\n", "[단독] 박정훈 청원군수 사퇴 검토", "kicker 인터뷰"},
	} {
		d := mustRead(t, c.head+c.title+"\n"+body)
		got := strings.Join(treeOf(d), "\n")
		wantIn(t, got, c.want, "headline "+c.title)
		roundTrip(t, d)
	}
}
