package newstext

import (
	"strings"
	"testing"
)

// TestKoreanGluedPlacedByline: a regional paper's trailer with the place
// it was filed from and the name run into its role, 강릉=김도윤기자 (no
// space before 기자), alone or with the reporter's address after it, is
// the story's byline, as 강릉=김도윤 기자 is (blind page
// ko-gangwon-nalssi, misread 8): it had been a paragraph. A token with
// no "=" or slash before the name, a name with a particle after its
// role, a place that is no Hangul word or an outlet with no role stays
// what it was.
func TestKoreanGluedPlacedByline(t *testing.T) {
	wantBylineLines(t, map[string]string{
		"강릉=김도윤기자":                  "org= roles=기자 names=김도윤",
		"춘천=이정훈기자 ljh@kwnews.co.kr": "org= roles=기자 names=이정훈",
		"춘천/이정훈기자":                  "org= roles=기자 names=이정훈",
		"/이나래기자":                    "org= roles=기자 names=이나래",
		"강릉=김도윤·박서연기자":              "org= roles=기자 names=김도윤,박서연",
		"워싱턴=김철수특파원":                "org= roles=특파원 names=김철수",
		"서울=남궁민수기자":                 "org= roles=기자 names=남궁민수",
	})
	for in, want := range map[string]bool{
		"강릉=김도윤기자":       true,
		"춘천/이정훈기자":       true,
		"/이나래기자":         true,
		"강릉=김도윤·박서연기자":   true,
		"이나래기자":          false, // no place, no slash: any word ends so
		"현장기자":           false,
		"강릉=김도윤기자는":      false, // a particle: the name in a sentence
		"강릉=김도윤":         false, // no role
		"서울=연합뉴스":        false, // the wire's dateline
		"Seoul=김도윤기자":    false, // no Hangul place
		"강릉=김기자":         false, // a surname alone
		"강릉=김도윤박서연이정훈기자": false, // too long for a name
	} {
		_, _, got := gluedPlacedReporter(in)
		if got != want {
			t.Errorf("gluedPlacedReporter(%q) = %v, want %v", in, got, want)
		}
	}
	const story = "강릉 경포로 10일 차량 통제\n\n강릉시는 오는 10일 오전 9시부터\n오후 6시까지 경포로 일부 구간의\n차량 통행을 전면 통제한다고 5일\n밝혔다.\n\n시는 이 기간 시내버스를 우회\n운행하고 주변 도로에 안내 요원을\n배치할 계획이다.\n\n"
	for _, trailer := range []string{"강릉=김도윤기자", "춘천=이정훈기자 ljh@kwnews.co.kr", "강릉=김도윤·박서연기자"} {
		d := mustRead(t, story+trailer+"\n")
		got := strings.Join(treeOf(d), "\n")
		wantIn(t, got, "byline "+trailer)
		roundTrip(t, d)
	}
	// A sentence opening with the glued credit stays text.
	d := mustRead(t, story+"강릉=김도윤기자는 이날 현장을 찾았다.\n")
	if got := strings.Join(treeOf(d), "\n"); strings.Contains(got, "byline") {
		t.Errorf("a sentence read as a byline:\n%s", got)
	}
	roundTrip(t, d)
}
