package newstext

import "testing"

// TestKoreanSiteCounters: a Korean site's counters on lines of their own,
// 추천 12, 댓글 3, 공감 5, 조회 1,234, 조회수 88, 좋아요 7, several on a
// line, are its furniture (blind page ko-ohmynews-web: they were a
// second article's subheadlines); a counted noun after the figure, a
// word that is no counter's, or a sentence is text.
func TestKoreanSiteCounters(t *testing.T) {
	for in, want := range map[string]bool{
		"추천 12":           true,
		"댓글 3":            true,
		"공감 5":            true,
		"조회 1,234":        true,
		"조회수 88":          true,
		"좋아요 7":           true,
		"댓글 (3)":          true,
		"조회수: 1,204":      true,
		"추천 12 댓글 3":      true,
		"조회 1,234 | 댓글 3": true,
		"공감 5 · 댓글 0":     true,
		"추천12":            true,
		"추천 12명":          false, // a counted noun: text
		"댓글 3개":           false,
		"조회 1,234건":       false,
		"공감 5 대 3":        false,
		"추천 종목 12":        false,
		"댓글":              false, // (a button alone: webChrome's)
		"조회수 88만 돌파":      false,
		"공감 12. 반대 3이었다.": false,
		"조회 (3":           false,
		"조회 1,":           false,
	} {
		if got := koreanCounters(in); got != want {
			t.Errorf("koreanCounters(%q) = %v, want %v", in, got, want)
		}
	}
	wantAllKinds(t, "\"버스 막차 1시간 당겨져\"... 농촌 주민들 발 묶였다\n\n입력 2025.12.05 18:20\n\n추천 12\n댓글 3\n\n5일 오후 7시 충남 청양군 정산면 버스정류장. 읍내로 나가는 막차는 이미 떠난 뒤였다.\n\n조회 1,234 | 공감 5\n",
		"article",
		"headline \"버스 막차 1시간 당겨져\"... 농촌 주민들 발 묶였다",
		"noise 입력 2025.12.05 18:20",
		"noise 추천 12",
		"noise 댓글 3",
		"paragraph 5일 오후 7시 충남 청양군 정산면 버스정류장. 읍내로 나가는 막차는 이미 떠난 뒤였다.",
		"noise 조회 1,234 | 공감 5")
}
