package newstext

import "testing"

// TestKoreanAddOnNote: 오마이뉴스's add-on note under a story's text,
// 덧붙이는 글 | 이 기사는 … 실립니다. (a bar or a colon after the label),
// is a note that stays with its story, as a reprint's note or an
// editor's afterword is (blind page ko-ohmynews-web: it was a
// paragraph); a sentence opening with the words, or the label with no
// text, is none.
func TestKoreanAddOnNote(t *testing.T) {
	for in, want := range map[string]bool{
		"덧붙이는 글 | 이 기사는 충남 지역 주간지 청양신문에도 실립니다.": true,
		"덧붙이는 글 : 필자는 청양군 주민입니다.":               true,
		"덧붙이는 글｜이 기사는 청양신문에도 실립니다.":             true,
		"덧붙이는글 | 이 기사는 청양신문에도 실립니다.":            true,
		"덧붙이는 글이 길어졌다.":                         false,
		"덧붙이는 글 없이 기사를 마쳤다.":                    false,
		"덧붙이는 글 |":        false,
		"덧붙이는 말 | 고맙습니다.": false,
	} {
		if got := isNote(in); got != want {
			t.Errorf("isNote(%q) = %v, want %v", in, got, want)
		}
	}
	wantAllKinds(t, "\"버스 막차 1시간 당겨져\"... 농촌 주민들 발 묶였다\n\n입력 2025.12.05 18:20\n\n5일 오후 7시 충남 청양군 정산면 버스정류장. 읍내로 나가는 막차는 이미 떠난 뒤였다.\n\n청양군 관계자는 \"수요응답형 버스를 늘리겠다\"고 밝혔다.\n\n덧붙이는 글 | 이 기사는 충남 지역 주간지 청양신문에도 실립니다.\n\nⓒ 2026 OhmyNews\n",
		"article",
		"headline \"버스 막차 1시간 당겨져\"... 농촌 주민들 발 묶였다",
		"noise 입력 2025.12.05 18:20",
		"paragraph 5일 오후 7시 충남 청양군 정산면 버스정류장. 읍내로 나가는 막차는 이미 떠난 뒤였다.",
		"paragraph 청양군 관계자는 \"수요응답형 버스를 늘리겠다\"고 밝혔다.",
		"note 덧붙이는 글 | 이 기사는 충남 지역 주간지 청양신문에도 실립니다.",
		"noise ⓒ 2026 OhmyNews")
}
