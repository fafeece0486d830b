package newstext

import (
	"strings"
	"testing"
)

// TestKoreanMemberCredit: a site member's name with the user id in
// brackets under the headline, 이수정(sjlee) (오마이뉴스's citizen
// reporters), is the story's byline, the name alone its names (blind
// page ko-ohmynews-web: it was a second article's headline); a company
// glossed in Latin letters, a stock code, a name with no common surname
// or an id in capitals is none.
func TestKoreanMemberCredit(t *testing.T) {
	for in, want := range map[string]string{
		"이수정(sjlee)":       "이수정",
		"박민준 (mj_park99)":  "박민준",
		"김하늘(sky.kim)":     "김하늘",
		"남궁민수(namgung-m)":  "남궁민수",
		"애플(apple)":        "", // no surname: a company
		"엔비디아(NVIDIA)":     "",
		"김철수(Kim)":         "", // capitals: a gloss, no id
		"삼성전자(005930)":     "",
		"이수정(sj)":          "", // too short for an id
		"이수정씨가(sjlee)":     "",
		"이수정(sjlee) 기자 발표": "",
		"(sjlee)":          "",
	} {
		c, ok := koreanMemberCredit(in)
		if got := strings.Join(c.names, ","); got != want || ok != (want != "") {
			t.Errorf("koreanMemberCredit(%q) = %q %v, want %q", in, got, ok, want)
		}
	}
	wantAllKinds(t, "\"버스 막차 1시간 당겨져\"... 농촌 주민들 발 묶였다\n\n입력 2025.12.05 18:20\n\n이수정(sjlee)\n\n[오마이뉴스 이수정 기자] 5일 오후 7시 충남 청양군 정산면 버스정류장. 읍내로 나가는 막차는 이미 떠난 뒤였다.\n",
		"article",
		"headline \"버스 막차 1시간 당겨져\"... 농촌 주민들 발 묶였다",
		"noise 입력 2025.12.05 18:20",
		"byline 이수정(sjlee)",
		"byline [오마이뉴스 이수정 기자]",
		"paragraph 5일 오후 7시 충남 청양군 정산면 버스정류장. 읍내로 나가는 막차는 이미 떠난 뒤였다.")
}
