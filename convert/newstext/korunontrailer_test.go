package newstext

import (
	"strings"
	"testing"
)

// TestKoreanRunOnTrailer: a regional paper's trailer run on after the last
// sentence on its line, … 밝혔다. /이나래기자 nr@kyeongin.com, is the
// story's byline, as alone on its line: the paragraph ends at 밝혔다. A
// slash inside a sentence (3/4분기, A/S, km/h, a date 12/6, a URL's
// path), a photo's caption closed by its photographer (… 있다.
// /이나래기자), a sentence opening with the glued credit and a slash
// before a word that is no credit stay the paragraph's text.
func TestKoreanRunOnTrailer(t *testing.T) {
	const head = "전세사기 주범 징역 15년\n\n수원지법 형사12부는 5일 사기 혐의로 구속기소된 A씨에게 징역 15년을 선고했다.\n\n"
	const last = "재판부는 \"피해자 대부분이 사회초년생이어서 피해가 크다\"고 밝혔다."
	for _, tc := range []struct{ trailer, names string }{
		{"/이나래기자 nr@kyeongin.com", "이나래"},
		{"/이나래기자", "이나래"},
		{"/이나래 기자 nr@kyeongin.com", "이나래"},
		{"/충주=이정민기자", "이정민"},
		{"/충주/이정민기자", "이정민"},
		{"/충주/이정민기자 jm@chungju.example.kr", "이정민"},
		{"/김도윤·박서연기자", "김도윤,박서연"},
	} {
		d := mustRead(t, head+last+" "+tc.trailer+"\n")
		got := allKinds(d)
		want := []string{"paragraph " + last, "byline " + tc.trailer}
		if len(got) < 2 || strings.Join(got[len(got)-2:], "\n") != strings.Join(want, "\n") {
			t.Errorf("trailer %q:\n%s", tc.trailer, strings.Join(got, "\n"))
			continue
		}
		a := d.Articles[len(d.Articles)-1]
		by := a.Children[len(a.Children)-1]
		if strings.Join(by.Names, ",") != tc.names || strings.Join(by.Roles, ",") != "기자" {
			t.Errorf("trailer %q: names %q roles %q", tc.trailer, by.Names, by.Roles)
		}
		// The same credit as the trailer alone on its line.
		alone := mustRead(t, head+last+"\n"+tc.trailer+"\n")
		a2 := alone.Articles[len(alone.Articles)-1]
		if by2 := a2.Children[len(a2.Children)-1]; by2.Kind != by.Kind || strings.Join(by2.Names, ",") != strings.Join(by.Names, ",") || by2.Org != by.Org || strings.Join(by2.Roles, ",") != strings.Join(by.Roles, ",") {
			t.Errorf("trailer %q: run on %+v, alone %+v", tc.trailer, by, by2)
		}
		roundTrip(t, d)
	}
	// Look-alikes: the paragraph keeps its text whole.
	for _, s := range []string{
		"올해 3/4분기 영업이익은 지난해보다 12% 늘었다고 밝혔다.",
		"회사는 A/S 센터를 이달 안에 두 곳 더 열겠다고 밝혔다.",
		"이 구간의 제한속도는 시속 80km/h로 낮아진다고 밝혔다.",
		"시는 12/6 오후 설명회를 연다고 밝혔다. 자세한 내용은 누리집 www.example.kr/notice/2026 에서 볼 수 있다.",
		"시는 설명회를 연다고 밝혔다. /news/2026/12/06",
		"시는 설명회를 연다고 밝혔다. /충주=이정민기자는 이날 현장을 찾았다.",
		"시는 설명회를 연다고 밝혔다. /이나래기자는 현장을 찾았다.",
		"시는 설명회를 연다고 밝혔다. /서울/연합뉴스TV",
		"시는 설명회를 연다고 밝혔다. /편집자 nr@kyeongin.com",
	} {
		if _, _, ok := koreanRunOnTrailer(s); ok {
			t.Errorf("koreanRunOnTrailer(%q) split a trailer off", s)
		}
		d := mustRead(t, head+s+"\n")
		got := allKinds(d)
		if strings.Contains(strings.Join(got, "\n"), "byline") || got[len(got)-1] != "paragraph "+s {
			t.Errorf("%q:\n%s", s, strings.Join(got, "\n"))
		}
		roundTrip(t, d)
	}
	// A photo's caption closed by its photographer keeps its credit.
	for _, s := range []string{
		"6일 충주시 연수동 화재 현장에서 소방대원들이 잔불을 정리하고 있다. /이정민기자",
		"6일 충주시 연수동 화재 현장. /충주/이정민기자",
	} {
		if _, _, ok := koreanRunOnTrailer(s); ok {
			t.Errorf("koreanRunOnTrailer(%q) split a caption's credit", s)
		}
	}
}
