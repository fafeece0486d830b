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

// TestKoreanSlashPlacedTrailer: a regional paper's trailer led by a
// slash and the place with its "=", the name run into its role,
// /충주=이정민기자 or 경기신문's /김포=천용남기자 with its address, is the
// story's byline, as /이정민기자 and 충주=이정민기자 are (blind page
// ko-jibang-sageon-indent, misread 7): on a page cut by indent it had
// been joined to the paragraph above as its wrapped text. The place is
// a Hangul word; a sentence opening with the token (a particle after
// the role), the wire's dateline after a slash, a Latin place, a
// surname alone or an empty place stays what it was.
func TestKoreanSlashPlacedTrailer(t *testing.T) {
	wantBylineLines(t, map[string]string{
		"/충주=이정민기자":                        "org= roles=기자 names=이정민",
		"/김포=천용남기자 cyn5005@kgnews.co.kr":   "org= roles=기자 names=천용남",
		"/강릉=김도윤·박서연기자":                    "org= roles=기자 names=김도윤,박서연",
		"/워싱턴=김철수특파원":                      "org= roles=특파원 names=김철수",
		"/충주/이정민기자":                        "org= roles=기자 names=이정민",
		"/충주/이정민기자 jm@chungju.example.kr":  "org= roles=기자 names=이정민",
		"/충주/이정민 기자 jm@chungju.example.kr": "org= roles=기자 names=이정민",
	})
	for in, want := range map[string]bool{
		"/충주=이정민기자":       true,
		"/워싱턴=김철수특파원":     true,
		"/충주=이정민기자는":      false, // a particle: the name in a sentence
		"/서울=연합뉴스":        false, // the wire's dateline
		"/Seoul=김도윤기자":    false, // no Hangul place
		"/충주=김기자":         false, // a surname alone
		"/=이정민기자":         false, // no place
		"/충주=이정민":         false, // no role
		"/충주=이정민박서연김도윤기자": false, // too long for a name
		"/충주/이정민기자":       true,
		"/충주/이정민기자는":      false,
		"/서울/연합뉴스":        false,
		"/충주/":            false,
		"//이정민기자":         false, // no place
		"/Seoul/김도윤기자":    false,
	} {
		_, _, got := gluedPlacedReporter(in)
		if got != want {
			t.Errorf("gluedPlacedReporter(%q) = %v, want %v", in, got, want)
		}
	}
	// A page cut by indent (U+3000 opens each paragraph, no blank lines):
	// the trailer under the last paragraph's short sentence-ending line.
	const story = "새벽 상가 화재 1시간 만에 진화\n" +
		"\u30006일 오전 3시 20분께 충주시\n연수동의 한 2층 상가 건물 1층\n음식점에서 불이 나 1시간 만에\n꺼졌다.\n" +
		"\u3000이 불로 음식점 내부 80㎡가\n타 소방서 추산 4천200만원의\n재산 피해가 났다.\n" +
		"\u3000소방당국은 주방 환풍기에서\n불이 시작된 것으로 보고 정확한\n화재 원인을 조사하고 있다.\n" +
		"\u3000경찰은 건물 관계자를 상대로\n안전 관리 소홀 여부도 확인할\n방침이다.\n"
	for _, trailer := range []string{"/충주=이정민기자", "/김포=천용남기자 cyn5005@kgnews.co.kr", "/충주/이정민기자", "/충주/이정민기자 jm@chungju.example.kr"} {
		d := mustRead(t, story+trailer+"\n")
		got := strings.Join(treeOf(d), "\n")
		wantIn(t, got, "byline "+trailer)
		if strings.Contains(got, "방침이다. "+trailer) {
			t.Errorf("trailer %q joined to the paragraph:\n%s", trailer, got)
		}
		roundTrip(t, d)
	}
	// A sentence opening with the token stays the paragraph's text.
	for _, line := range []string{"/충주=이정민기자는 이날 현장을 찾았다.", "/충주/이정민기자는 이날 현장을 찾았다."} {
		d := mustRead(t, story+line+"\n")
		if got := strings.Join(treeOf(d), "\n"); strings.Contains(got, "byline") {
			t.Errorf("a sentence read as a byline:\n%s", got)
		}
		roundTrip(t, d)
	}
}
