package newstext

import (
	"strings"
	"testing"
)

// TestKoreanJointDateline: a Korean wire's dateline naming two bureaus,
// (워싱턴·베이징=연합뉴스), or the foreign agency it relays, (도쿄
// 교도=연합뉴스), (워싱턴 AP=연합뉴스), is a dateline (org the wire, place as
// written, or the place before the agency); both had stayed in the
// paragraph (blind page ko-gukje). Look-alikes that stay text: a credit
// of works joined by a dot (사진·그래픽=, 글·그림=), a place and a word
// that is no agency (서울 송파구=), a unit's bracket (단위=억원), the
// relayed form in square brackets (the wire's photo credit), and a
// stray dot.
func TestKoreanJointDateline(t *testing.T) {
	for _, c := range []struct{ in, place, org string }{
		{"(워싱턴·베이징=연합뉴스) 김도윤 이서진 특파원 = 미국과 중국 정상이 만난다.", "워싱턴·베이징", "연합뉴스"},
		{"(서울·세종=뉴스1) 김민수 기자 = 정부가 예산안을 확정했다.", "서울·세종", "뉴스1"},
		{"[서울ㆍ세종=뉴시스] 정부가 예산안을 확정했다.", "서울ㆍ세종", "뉴시스"},
		{"(서울·워싱턴·베이징=연합뉴스) 3국이 회담했다.", "서울·워싱턴·베이징", "연합뉴스"},
		{"(도쿄 교도=연합뉴스) 일본 홋카이도 동부 해역에서 지진이 발생했다.", "도쿄", "연합뉴스"},
		{"(베이징 신화=연합뉴스) 중국 광저우와 난닝을 잇는 고속철도가 개통했다.", "베이징", "연합뉴스"},
		{"(워싱턴 AP=연합뉴스) 미국 대통령이 연설하고 있다.", "워싱턴", "연합뉴스"},
		{"(평양 조선중앙통신=연합뉴스) 북한이 순항미사일을 시험발사했다.", "평양", "연합뉴스"},
		{"(런던 로이터=연합뉴스) 영국 중앙은행이 금리를 동결했다.", "런던", "연합뉴스"},
		{"(워싱턴 AFP=뉴스1) 미국 국무부가 성명을 냈다.", "워싱턴", "뉴스1"},
		{"(타이베이 중앙통신=연합뉴스) 대만 총통이 발표했다.", "타이베이", "연합뉴스"},
	} {
		d, _, ok := parseDatelineLang(c.in, "ko")
		if !ok || d.place != c.place || d.org != c.org {
			t.Errorf("%s: got %+v %v, want place %s org %s", c.in, d, ok, c.place, c.org)
		}
	}
	for _, in := range []string{
		"(사진·그래픽=연합뉴스) 자료를 정리했다.",
		"(글·그림=홍길동) 이야기를 시작한다.",
		"(서울 송파구=연합뉴스) 구청이 밝혔다.",
		"(단위=억원, %) 표를 보라.",
		"(서울·=연합뉴스) 정부가 밝혔다.",
		"(한국·일본=2위) 순위가 바뀌었다.",
		"[평양 조선중앙통신=연합뉴스] 북한이 순항미사일을 시험발사했다.",
		"(평양 주민=연합뉴스) 북한이 밝혔다.",
	} {
		if d, _, ok := parseDatelineLang(in, "ko"); ok && (strings.Contains(d.place, "·") || d.place == "평양" || d.place == "서울") {
			t.Errorf("%s: read as a joint or relayed dateline %+v", in, d)
		}
	}
}

// TestKoreanWireDatelineUnderWideTitle: on a Korean page wrapped by count,
// a title set unwrapped past the measure straight over a wire's dateline
// (◇日 홋카이도 … / (도쿄 교도=연합뉴스) …) is no wrap: the dateline opens
// its story, as a 【】 dateline does. A wrapped paragraph's line opening
// with a unit's bracket stays its continuation.
func TestKoreanWireDatelineUnderWideTitle(t *testing.T) {
	body := "영국 런던 지하철 노조가 8일로 예정했던\n" +
		"24시간 파업을 철회했다고 BBC가 7일 전했다.\n"
	for _, dl := range []string{"(도쿄 교도=연합뉴스)", "(도쿄=연합뉴스)", "[도쿄=뉴시스]"} {
		page := "한빛일보 2026년 12월 7일 월요일 A14 국제\n\n" +
			"日 홋카이도 앞바다 규모 6.1 지진 발생\n" + dl + " 일본 홋카이도\n" +
			"동부 해역에서 7일 오전 4시 12분께 규모\n" +
			"6.1의 지진이 발생했다.\n\n" + body
		got := strings.Join(kindsOf(mustRead(t, page)), "\n")
		wantIn(t, got, "headline 日 홋카이도 앞바다 규모 6.1 지진 발생\n", "dateline "+dl+"\n")
	}
	// A unit's bracket opening the line under a full line of a wrapped
	// paragraph (the next word would not have fitted) stays its
	// continuation: (단위=억원) names no wire.
	page := "한빛일보 2026년 12월 7일 월요일 A14 국제\n\n" +
		"올해 지방자치단체의 세입 예산 총액은\n(단위=억원) 기준으로 작년보다 크게\n늘었다.\n\n" +
		"백악관은 6일(현지시간) 브리핑에서\n“양국 정상이 무역과 반도체 수출\n통제 등 현안을 포괄적으로 협의할\n것”이라고 밝혔다.\n\n" + body
	got := strings.Join(kindsOf(mustRead(t, page)), "\n")
	wantIn(t, got, "paragraph 올해 지방자치단체의 세입 예산 총액은 (단위=억원) 기준으로 작년보다 크게 늘었다.\n")
}

// TestKoreanRelayedPhotoCredit: a caption closed by a Korean wire's
// credit for a foreign agency's photo, the agency alone or after the
// place, … 있다. [평양 조선중앙통신=연합뉴스], [로이터=연합뉴스], [워싱턴
// AP=연합뉴스], is a caption, as … 있다. [AP=연합뉴스] is (blind page
// ko-gukje: it had stayed a paragraph). A place alone before the sign, a
// paragraph's verb, and a word that is no agency keep it text.
func TestKoreanRelayedPhotoCredit(t *testing.T) {
	for in, want := range map[string]bool{
		"북한 미사일총국이 6일 동해상에서 신형 순항미사일을 시험발사하고 있다. [평양 조선중앙통신=연합뉴스]": true,
		"북한 미사일총국이 6일 시험발사한 신형 순항미사일. [평양 노동신문=연합뉴스]":              true,
		"영국 런던 시민들이 지하철역 앞에서 버스를 기다리고 있다. [로이터=연합뉴스]":              true,
		"미국 대통령이 백악관에서 연설하고 있다. [워싱턴 AP=연합뉴스]":                     true,
		"일본 도쿄 시부야 거리의 모습. (도쿄 교도=연합뉴스)":                           true,
		"미국 대통령이 백악관에서 연설하고 있다. [AP=연합뉴스]":                         true,
		"미국 대통령이 백악관에서 연설하고 있다. [서울=연합뉴스]":                         false,
		"북한이 순항미사일을 시험발사했다고 밝혔다. [평양 조선중앙통신=연합뉴스]":                 false,
		"시민들이 지하철역 앞에서 버스를 기다리고 있다. [서울 송파구=연합뉴스]":                 false,
	} {
		if got := koreanCreditClosed(in); got != want {
			t.Errorf("koreanCreditClosed(%q) = %v, want %v", in, got, want)
		}
	}
	page := "北 “美 핵항모 전개는 엄중한 도발”\n\n" +
		"조선중앙통신은 7일 논평에서 “미국의\n무분별한 힘자랑은 지역 정세를 통제\n불능의 상태로 몰아가고 있다”고\n주장했다.\n\n" +
		"북한 미사일총국이 6일 동해상에서\n신형 순항미사일을 시험발사하고 있다.\n[평양 조선중앙통신=연합뉴스]\n\n" +
		"박지훈 기자 jhpark@hanbit.co.kr\n"
	d := mustRead(t, page)
	wantIn(t, strings.Join(kindsOf(d), "\n"), "caption 북한 미사일총국이 6일 동해상에서 신형 순항미사일을 시험발사하고 있다. [평양 조선중앙통신=연합뉴스]\n")
	roundTrip(t, d)
}

// TestKoreanJointDatelinePlaces: a joint dateline names places in its
// parts (a region's short name, a bureau's city at home or abroad, a word
// ending as a city, county, district or province does, or any short name of
// two to four syllables, 거제·통영); a work's credit joined
// by a middle dot names none, (기획·디자인=한빛일보) under a graphic's
// caption, and stays text (review 28c: it had been a dateline, place
// 기획·디자인).
func TestKoreanJointDatelinePlaces(t *testing.T) {
	for _, c := range []struct{ in, place string }{
		{"(청주·괴산=연합뉴스) 충북 지역에 폭설이 내렸다.", "청주·괴산"},
		{"(수원·의정부=연합뉴스) 경기도가 예산안을 발표했다.", "수원·의정부"},
		{"(성남시·용인=뉴시스) 두 도시가 협약을 맺었다.", "성남시·용인"},
		{"(서울·평양=연합뉴스) 남북이 회담했다.", "서울·평양"},
		{"(부산·창원·울산=연합뉴스) 동남권이 협의했다.", "부산·창원·울산"},
		// Counties' short names no list holds (review 28d, finding 2).
		{"(거제·통영=연합뉴스) 김선경 기자 = 조선소들이 어려움을 겪고 있다.", "거제·통영"},
		{"(홍천·인제=연합뉴스) 강원 영서 지역에 한파가 이어졌다.", "홍천·인제"},
		{"(평창·정선=연합뉴스) 눈이 내렸다.", "평창·정선"},
		{"(보령·서천·부여=뉴시스) 세 군이 협약을 맺었다.", "보령·서천·부여"},
	} {
		d, _, ok := parseDatelineLang(c.in, "ko")
		if !ok || d.place != c.place {
			t.Errorf("%s: got %+v %v, want place %s", c.in, d, ok, c.place)
		}
	}
	for _, in := range []string{
		"(기획·디자인=한빛일보)",
		"(제작·구성=한빛일보) 그래픽을 보라.",
		"(기획·연구=연합뉴스) 자료를 정리했다.",
		"(디자인·제작=뉴시스)",
		"(기획·제작=서울신문) 특집을 마련했다.",
		"(사진·경기도=연합뉴스) 자료를 정리했다.",
		"(감수·번역=한빛일보)",
		"(조사·분석=연합뉴스) 자료를 정리했다.",
		"(글·통영=연합뉴스)",
		"(거제=연합뉴스·통영)",
	} {
		if d, _, ok := parseDatelineLang(in, "ko"); ok && strings.Contains(d.place, "·") {
			t.Errorf("%s: read as a joint dateline %+v", in, d)
		}
	}
	page := "한빛일보 2026년 12월 7일 월요일 A5 경제\n\n올해 지방 세수 한눈에 보기\n\n" +
		"올해 지방자치단체의 세입 예산 총액은 작년보다 4.2% 늘었다.\n" +
		"취득세가 줄었지만 지방소득세가 크게 늘어난 영향이다.\n\n" +
		"김하늘 기자 sky@hanbit.co.kr\n\n" +
		"지방 세입 예산 추이를 나타낸 그래픽.\n\n(기획·디자인=한빛일보)\n"
	d := mustRead(t, page)
	if got := strings.Join(kindsOf(d), "\n"); strings.Contains(got, "dateline") {
		t.Errorf("a work's credit read as a dateline:\n%s", got)
	}
}

// TestKoreanRelayedCreditAlone: a Korean wire's credit for a foreign
// agency's photo alone on its line under the caption, (도쿄
// 교도=연합뉴스), [로이터=연합뉴스], closes that caption, the photo's
// date before it or not, at the story's end or between its paragraphs
// (review 28c: it had been an empty dateline, or opened an article with
// no headline that took the story's later text). A relayed dateline
// with its text run on, or alone under its title, still opens its story;
// a place alone before the sign is no photo credit.
func TestKoreanRelayedCreditAlone(t *testing.T) {
	head := "한빛일보 2026년 12월 7일 월요일 A14 국제\n\n日 도쿄 도심에 첫눈\n\n"
	body := "일본 도쿄 도심에 7일 올겨울 첫눈이 내렸다.\n도쿄 기상청은 평년보다 열흘가량 이르다고 밝혔다.\n\n"
	for _, c := range []struct{ page, want string }{
		{head + body + "김하늘 기자 sky@hanbit.co.kr\n\n도쿄 시부야 거리에서 시민들이 우산을 쓰고 걸어가고 있다.\n(도쿄 교도=연합뉴스)\n",
			"caption 도쿄 시부야 거리에서 시민들이 우산을 쓰고 걸어가고 있다. (도쿄 교도=연합뉴스)"},
		{head + body + "영국 런던 시민들이 버스를 기다리고 있다.\n[로이터=연합뉴스]\n\n기상청은 8일까지 눈이 이어질 것으로 내다봤다.\n\n김하늘 기자 sky@hanbit.co.kr\n",
			"caption 영국 런던 시민들이 버스를 기다리고 있다. [로이터=연합뉴스]"},
		{head + "일본 도쿄 도심에 7일 올겨울 첫눈이\n내렸다. 도쿄 기상청은 평년보다 열흘\n가량 이르다고 밝혔다.\n\n" +
			"도쿄 시부야 거리에서 시민들이 우산\n을 쓰고 걸어가고 있다. 2026.12.7\n(도쿄 교도=연합뉴스)\n\n" +
			"기상청은 8일까지 간토 지방에 눈이\n이어질 것으로 내다봤다.\n\n김하늘 기자 sky@hanbit.co.kr\n",
			"caption 도쿄 시부야 거리에서 시민들이 우산 을 쓰고 걸어가고 있다. 2026.12.7 (도쿄 교도=연합뉴스)"},
	} {
		d := mustRead(t, c.page)
		got := strings.Join(kindsOf(d), "\n") + "\n"
		wantIn(t, got, c.want+"\n")
		if len(d.Articles) != 1 || strings.Contains(got, "dateline") {
			t.Errorf("%d articles, want 1 and no dateline:\n%s", len(d.Articles), got)
		}
		roundTrip(t, d)
	}
	// A relayed dateline alone on its line under its title opens the
	// story, as one with its text run on does.
	page := head + body + "◇日 홋카이도 앞바다 규모 6.1 지진\n(도쿄 교도=연합뉴스)\n일본 홋카이도 동부 해역에서 7일\n지진이 발생했다.\n"
	if k := kindOfText(mustRead(t, page), "(도쿄 교도=연합뉴스)"); k != "dateline" {
		t.Errorf("relayed dateline under its title read as %q", k)
	}
	for in, want := range map[string]bool{
		"도쿄 시부야 거리에서 시민들이 우산을 쓰고 걸어가고 있다. 2026.12.7 [도쿄 교도=연합뉴스]": true,
		"미국 대통령이 백악관에서 연설하고 있다. 2026.12.7 [AP=연합뉴스]":              true,
		"미국 대통령이 백악관에서 연설하고 있다. 2026.12.7 [서울=연합뉴스]":              false,
		"미국 대통령이 백악관에서 연설했다고 밝혔다. 2026.12.7 [AP=연합뉴스]":            false,
		"미국 대통령이 백악관에서 연설하고 있다. 2026.12 [AP=연합뉴스]":                false,
		"미국 대통령이 백악관에서 연설하고 있다. 26.12.7 [AP=연합뉴스]":                false,
	} {
		if got := koreanCreditClosed(in); got != want {
			t.Errorf("koreanCreditClosed(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]bool{
		"(도쿄 교도=연합뉴스)":         true,
		"[로이터=연합뉴스]":           true,
		"[워싱턴 AP=연합뉴스]":        true,
		"(도쿄=연합뉴스)":            false,
		"(워싱턴·베이징=연합뉴스)":       false,
		"(도쿄 교도=연합뉴스) 일본 홋카이도": false,
		"(단위=억원)":              false,
		"(":                    false,
	} {
		if got := koreanRelayedCreditAlone(in); got != want {
			t.Errorf("koreanRelayedCreditAlone(%q) = %v, want %v", in, got, want)
		}
	}
}
