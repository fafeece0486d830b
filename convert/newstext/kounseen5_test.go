package newstext

import (
	"strings"
	"testing"
)

// Korean conventions found by a fifth round of blind Korean pages (an
// SBS broadcast report copied from a portal, a 동아일보 print page), each
// tested on original text of its own.

// TestBroadcastReportFurniture: a broadcaster's report opens with the
// broadcaster's name alone (KBS) and 기사원문, the portal's link to the
// original: both the site's furniture, not a kicker and a new article's
// headline. It closes with the reporter's sign-off on air (KBS 뉴스
// 한지민입니다.), a byline with the broadcaster its org, the crew in
// brackets, a byline with their roles, and calls to subscribe and send
// tips, noise.
func TestBroadcastReportFurniture(t *testing.T) {
	for in, want := range map[string]string{
		"KBS 뉴스 한지민입니다.": "org=KBS names=한지민",
		"MBC 오세훈입니다.":    "org=MBC names=오세훈",
		"JTBC 이하늘입니다":    "org=JTBC names=이하늘",
		"KBS 뉴스입니다.":     "",
		"ABC 한지민입니다.":    "",
		"감사합니다.":         "",
	} {
		c, ok := broadcastSignOff(in)
		got := ""
		if ok {
			got = "org=" + c.org + " names=" + strings.Join(c.names, ",")
		}
		if got != want {
			t.Errorf("broadcastSignOff(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"촬영기자 : 박준호, 영상편집 : 최유리": "roles=촬영기자,영상편집 names=박준호,최유리",
		"영상취재 : 정다운":             "roles=영상취재 names=정다운",
		"영상취재 : 정다운, 출처 : 기상청":   "",
		"자료 : 통계청":               "",
	} {
		c, ok := crewCredit(in)
		got := ""
		if ok {
			got = "roles=" + strings.Join(c.roles, ",") + " names=" + strings.Join(c.names, ",")
		}
		if got != want {
			t.Errorf("crewCredit(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"▶ 유튜브에서 KBS 뉴스를 구독하세요!":                 noiseChrome,
		"▶ 당신의 제보가 뉴스가 됩니다 [클릭!]":                noiseChrome,
		"* 제보하기: news@kbs.example / 02-000-0000": noiseChrome,
		"▶ 산불 피해 주민 대피소 현황":                      "",
		"기사원문": noiseChrome,
	} {
		if got := noiseKind(in); got != want {
			t.Errorf("noiseKind(%q) = %q, want %q", in, got, want)
		}
	}
	page := "KBS\n\n폭설에 항공편 40편 결항…제주공항 '발 묶여'\n\n입력 2025.12.10. 오후 7:02\n\n기사원문\n\n한지민 기자\n\n" +
		"<앵커>\n\n제주에 폭설이 내리면서 항공편이 무더기로 결항됐습니다.\n\n<기자>\n\n" +
		"오늘 오후 제주공항 활주로에 눈이 쌓이면서 항공기 운항이 한때 중단됐습니다. 공항공사는 제설 작업을 벌였습니다.\n\n" +
		"KBS 뉴스 한지민입니다.\n\n(촬영기자 : 박준호, 영상편집 : 최유리)\n\n▶ 유튜브에서 KBS 뉴스를 구독하세요!\n\n" +
		"* 제보하기: news@kbs.example / 02-000-0000\n"
	d := mustRead(t, page)
	if len(d.Articles) != 1 {
		t.Errorf("%d articles, want 1", len(d.Articles))
	}
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got,
		"noise KBS\nheadline 폭설에 항공편 40편 결항…제주공항 '발 묶여'",
		"noise 기사원문\nbyline 한지민 기자",
		"byline KBS 뉴스 한지민입니다.\nbyline (촬영기자 : 박준호, 영상편집 : 최유리)\nnoise ▶ 유튜브에서 KBS 뉴스를 구독하세요!\nnoise * 제보하기:")
}

// TestKoreanPaperFolioFirst: a Korean print page's folio may open with
// the paper's name and end with the page's section (한빛일보 2025년 11월
// 6일 목요일 A10면 경제): furniture, not the headline. The headline under
// it, however long with the spaces between its words (33 characters),
// is a headline over its subheadline, not a paragraph joined to them;
// and the photographer's address alone under a caption closed by his
// name ends that caption, not a byline of its own.
func TestKoreanPaperFolioFirst(t *testing.T) {
	for in, want := range map[string]string{
		"한빛일보 2025년 11월 6일 목요일 A10면 경제": noiseFolio,
		"한빛일보 2025년 11월 6일 목요일 경제":      noiseFolio,
		"한빛일보 창간 기념 특집 경제":              "",
		"오늘의 날씨 2025년 11월 6일 목요일 경제":    "",
	} {
		if got := noiseKind(in); got != want {
			t.Errorf("noiseKind(%q) = %q, want %q", in, got, want)
		}
	}
	page := "한빛일보 2025년 11월 6일 목요일 A10면 경제\n\n" +
		"시내버스 '심야 노선' 12개 신설…\"막차 놓쳐도 걱정 없다\" 기대\n\n" +
		"시, 자정 이후 도심 순환 노선 시범 도입\n\n" +
		"다음 달부터 시내 주요 번화가를\n잇는 심야 버스 노선 12개가 새로\n생긴다. 막차 이후 귀갓길 불편을\n덜기 위한 조치다.\n\n" +
		"[사진] 5일 시내 한 버스 정류장에서\n시민들이 심야 노선 안내문을 살펴보고\n있다. 이한결 기자\nhangyeol@example.com\n\n" +
		"시는 이용 실적을 보고 노선을 늘릴지\n정하기로 했다.\n"
	d := mustRead(t, page)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got,
		"noise 한빛일보 2025년 11월 6일 목요일 A10면 경제\nheadline 시내버스 '심야 노선' 12개 신설…\"막차 놓쳐도 걱정 없다\" 기대\nsubheadline 시, 자정 이후 도심 순환 노선 시범 도입\nparagraph 다음 달부터",
		"caption [사진] 5일 시내 한 버스 정류장에서 시민들이 심야 노선 안내문을 살펴보고 있다. 이한결 기자 hangyeol@example.com\n")
	if strings.Contains(got, "byline hangyeol") {
		t.Errorf("the caption's address taken as a byline:\n%s", got)
	}
}
