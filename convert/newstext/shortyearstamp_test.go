package newstext

import "testing"

// TestTwoDigitYearStamp: a web stamp whose dates print the year in two
// digits, 25.12.05 18:20 최종 업데이트 25.12.05 18:42 (오마이뉴스), is a
// stamp as its four-digit form is, in every language (blind page
// ko-ohmynews-web); a two-digit date with no time right after it, a
// month or day out of range, or one-digit fields, is none.
func TestTwoDigitYearStamp(t *testing.T) {
	for in, want := range map[string]bool{
		"25.12.05 18:20 최종 업데이트 25.12.05 18:42": true,
		"25.12.05 18:20":                          true,
		"입력 25.12.05 18:20":                       true,
		"입력 25.12.05 18:20 수정 25.12.05 19:02":     true,
		"25/12/05 09:05":                          true,
		"25-12-05 10:25:31":                       true,
		"发布时间：25-12-05 10:25":                     true,
		"수정 25.12.05. 18:42":                      true,
		"25.12.05 18:20 최종 업데이트 2025.12.05 18:42": true,
		"25.12.05":          false, // a date alone
		"입력 25.12.05":       false,
		"25.12.05 오후 6:20":  false, // (the four-digit form's 오후 only)
		"25.13.05 18:20":    false, // no month 13
		"25.12.32 18:20":    false,
		"5.12.05 18:20":     false,
		"25.1.5 18:20":      false,
		"25.12-05 18:20":    false, // two separators
		"25.12.05 선수 18:20": false,
		"12.05 18:20":       false,
		"v25.12.05 18:20":   false,
	} {
		if got := noiseKind(in) == noiseStamp; got != want {
			t.Errorf("noiseKind(%q) = %q, want stamp %v", in, noiseKind(in), want)
		}
	}
	wantAllKinds(t, "오마이뉴스\n\n\"버스 막차 1시간 당겨져\"... 농촌 주민들 발 묶였다\n\n25.12.05 18:20 최종 업데이트 25.12.05 18:42\n\n5일 오후 7시 충남 청양군 정산면 버스정류장. 읍내로 나가는 막차는 이미 떠난 뒤였다.\n",
		"article",
		"noise 오마이뉴스",
		"headline \"버스 막차 1시간 당겨져\"... 농촌 주민들 발 묶였다",
		"noise 25.12.05 18:20 최종 업데이트 25.12.05 18:42",
		"paragraph 5일 오후 7시 충남 청양군 정산면 버스정류장. 읍내로 나가는 막차는 이미 떠난 뒤였다.")
}
