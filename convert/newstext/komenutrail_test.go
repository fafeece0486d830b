package newstext

import (
	"strings"
	"testing"
)

// TestKoreanMenuTrail: a Korean site's menu trail one piece a line over
// the headline (전체기사 / 사회 / 사건·사고, with or without the site's
// name over it) is web furniture when the headline's byline or stamp
// follows the title group, and the headline stays the headline (blind
// page ko-jiyeok-web-cms); a standing box's name in the trail is a piece
// of it, no headline. Without a stamp or byline under the titles, or with
// a first piece that is neither a menu root nor a known section, or a
// title no longer than the pieces, the lines are left to the title rules.
func TestKoreanMenuTrail(t *testing.T) {
	const (
		head = "수원 아파트 지하주차장 전기차 화재…주민 80여명 대피\n"
		sub  = "스프링클러 작동해 10분 만에 진화…인명피해 없어\n"
		// (The page's furniture and text under the stamp, one unit a
		// line: a page too short to tell so is read as wrapped.)
		body = "댓글 0\n바로가기\n복사하기\n" +
			"6일 오후 2시 40분께 경기 수원시 권선구의 한 아파트 지하 2층 주차장에서 충전 중이던 전기차에서 불이 났다.\n" +
			"불은 스프링클러가 작동하면서 크게 번지지 않았고, 출동한 소방대가 10분 만에 완전히 껐다.\n" +
			"이 불로 차량 1대가 모두 타고 주변 차량 3대가 그을렸다. 연기가 퍼지면서 주민 80여명이 스스로 대피했으나 다친 사람은 없었다.\n" +
			"소방당국은 배터리 결함 등으로 불이 났을 가능성을 염두에 두고 정확한 화재 원인을 조사하고 있다.\n" +
			"한지수 기자 hjs@hangangilbo.example\n저작권자 © 한강일보 무단전재 및 재배포 금지\n" +
			"관련기사\n지하주차장 전기차 충전구역, 지상 이전 추진\n겨울철 전기차 화재 예방 이렇게\n"
		credit = "기자명 한지수 기자\n입력 2026.12.06 17:20\n수정 2026.12.06 18:05\n"
	)
	for _, c := range []struct {
		name, page string
		noise      []string // the trail's lines, noise
		headline   string
	}{
		{"ndsoft", "한강일보\n전체기사\n사회\n사건·사고\n" + head + sub + credit + body, []string{"한강일보", "전체기사", "사회", "사건·사고"}, head},
		{"two pieces", "한강일보\n전체기사\n사회\n" + head + sub + credit + body, []string{"전체기사", "사회"}, head},
		{"unjoined piece", "한강일보\n전체기사\n사회\n사건사고\n" + head + sub + credit + body, []string{"사건사고"}, head},
		{"no site name", "사회\n사건·사고\n" + head + sub + credit + body, []string{"사회", "사건·사고"}, head},
		{"home root", "한강일보\n홈\n경제\n부동산\n" + head + "입력 2026.12.06 17:20\n한지수 기자\n" + body, []string{"홈", "경제", "부동산"}, head},
		{"slash piece", "한강일보\n전체기사\n사회\n경찰/법원\n" + head + "한지수 기자\n" + body, []string{"경찰/법원"}, head},
		{"one line trail", "한강일보\n전체기사 > 사회 > 사건·사고\n" + head + sub + credit + body, []string{"전체기사 > 사회 > 사건·사고"}, head},
		// Look-alikes: left to the title rules.
		{"no stamp", "한강일보\n사회\n사건·사고\n" + head + body, nil, "사건·사고\n"},
		{"first piece unknown", "한강일보\n부고\n사건·사고\n" + head + credit + body, nil, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := mustRead(t, c.page)
			roundTrip(t, d)
			got := strings.Join(deepKinds(d), "\n") + "\n"
			for _, n := range c.noise {
				if !strings.Contains(got, "noise "+n+"\n") {
					t.Errorf("want %q noise:\n%s", n, got)
				}
			}
			if c.headline != "" && !strings.Contains(got, "headline "+c.headline) {
				t.Errorf("want headline %q:\n%s", c.headline, got)
			}
			if c.noise == nil && strings.Contains(got, "noise 사건·사고") {
				t.Errorf("a piece with no stamp under its titles made noise:\n%s", got)
			}
		})
	}
}

// TestKoMenuCrumb: a trail's later piece is a section or a sub-section's
// name of up to six Hangul syllables, its parts joined by · or /; a
// phrase with a space, a sentence, a longer word or a dangling joint is
// none.
func TestKoMenuCrumb(t *testing.T) {
	for s, want := range map[string]bool{
		"사회":        true,
		"사건·사고":     true,
		"경찰/법원":     true,
		"사회일반":      true,
		"IT/과학":     true, // a known section
		"전체기사":      true, // a menu root
		"사건 사고":     false,
		"·사고":       false,
		"사건·":       false,
		"불이 났다.":    false,
		"전기차화재원인조사": false,
		"ABC":       false,
	} {
		if got := koMenuCrumb(s); got != want {
			t.Errorf("koMenuCrumb(%q) = %v, want %v", s, got, want)
		}
	}
}
