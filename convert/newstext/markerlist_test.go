package newstext

import (
	"strings"
	"testing"
)

// TestMarkerList: a line that opens with a bullet and holds it again
// after text is a list's items run on one line (Korean and Chinese
// papers set a fact box's items so): neither a photo's caption (▲ opens
// one) nor a section head (a bullet opens one), but body text.
func TestMarkerList(t *testing.T) {
	for _, s := range []string{
		"▲ 1시간권 800원 ▲ 2시간권 1500원 ▲ 정기권 5000원",
		"▲대구 맑음 ▲부산 흐림",
		"△开放时间 9:00-17:00 △门票 免费",
		"■ 日時 ３日 ■ 会場 市民会館",
	} {
		if !markerList(s) {
			t.Errorf("%s: not a list line", s)
		}
		if m := headMarker(s); m != "" {
			t.Errorf("%s: head marker %q", s, m)
		}
	}
	for _, s := range []string{"▲ 4일 서울 광화문광장에서 시민들이 눈을 맞으며 걷고 있다.", "★★★ 추천", "■인증 업소 주말 매출 평균 8% 늘어", "▲"} {
		if markerList(s) {
			t.Errorf("%s: read as a list line", s)
		}
	}
	page := "시, 공공자전거 요금 내년부터 인하\n\n" +
		"(서울=연합뉴스) 김하늘 기자 = 서울시가 내년 1월부터 공공자전거 이용 요금을 내린다고 3일 밝혔다.\n\n" +
		"시는 이용권 종류도 단순하게 바꾼다.\n\n" +
		"▲ 1시간권 800원 ▲ 2시간권 1500원\n\n" +
		"▲ 정기권(30일) 5000원 ▲ 정기권(180일) 2만5000원 ▲ 정기권(365일) 4만원 ▲ 단체권 1만원\n\n" +
		"시는 요금 인하로 이용자가 한 해 20% 늘 것으로 기대했다.\n"
	d := mustRead(t, page)
	roundTrip(t, d)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got, "paragraph 시는 이용권 종류도 단순하게 바꾼다.\nparagraph ▲ 1시간권 800원 ▲ 2시간권 1500원\nparagraph ▲ 정기권(30일)")
	if n := len(d.Articles); n != 1 {
		t.Errorf("articles: %d, want 1", n)
	}
}
