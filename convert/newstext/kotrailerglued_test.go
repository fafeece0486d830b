package newstext

import (
	"strings"
	"testing"
)

// TestKoreanGluedTrailer: a regional paper's trailer, the name run into
// its role and perhaps a slash before it (/이나래기자 nr@kyeongin.com,
// 경인일보), is the reporter's byline closing the story (blind page
// ko-beopjeong), as 이나래 기자 nr@… is; a word ending in 기자 that is no
// name (방송기자, 5명기자) is none, and a titled reporter's title after
// the name (이재준 국제전문기자, 선임기자) is the role, never a second name.
func TestKoreanGluedTrailer(t *testing.T) {
	for in, want := range map[string]string{
		"/이나래기자 nr@kyeongin.com":  "기자 이나래",
		"이나래기자 nr@kyeongin.com":   "기자 이나래",
		"/이나래 기자 nr@kyeongin.com": "기자 이나래",
		"남궁민수기자 ng@kyeongin.com":  "기자 남궁민수",
		"5명기자 x@kyeongin.com":     "",
		"전문방송기자협회기자 x@a.kr":       "",
		// A titled reporter's title after the name is the role.
		"이재준 국제전문기자 jj@newsis.com": "국제전문기자 이재준",
		"이재준 선임기자 jj@newsis.com":   "선임기자 이재준",
		"사진기자 jj@newsis.com":       "",
	} {
		c, ok := koreanTrailer(in)
		got := ""
		if ok {
			got = strings.Join(c.roles, ",") + " " + strings.Join(c.names, ",")
		}
		if got != want {
			t.Errorf("koreanTrailer(%q) = %q, want %q", in, got, want)
		}
	}
	const page = "전세사기 주범 징역 15년\n\n　수원지법은 5일 사기 혐의로 구속기소된 A씨에게 징역 15년을 선고했다.\n　재판부는 \"피해가 크다\"고 판시했다.\n/이나래기자 nr@kyeongin.com\n"
	d := mustRead(t, page)
	k := allKinds(d)
	if k[len(k)-1] != "byline /이나래기자 nr@kyeongin.com" {
		t.Errorf("the trailer: %v", k)
	}
	roundTrip(t, d)
}
