package newstext

import (
	"strings"
	"testing"
)

// TestBlind33KoreanOutletCredit: a Korean outlet's name before its
// reporter in a credit (이데일리, 머니투데이, 아시아경제, 이투데이; after a
// bureau's or graphic's equals sign, or with one before the name) is the
// credit's org, never a second name (blind page ko-edaily-web); two
// reporters' names, or a bureau's city, before the role stay what they
// were.
func TestBlind33KoreanOutletCredit(t *testing.T) {
	wantBylineLines(t, map[string]string{
		"[이데일리 김지훈 기자]":             "org=이데일리 roles=기자 names=김지훈",
		"[머니투데이 박서연 기자]":            "org=머니투데이 roles=기자 names=박서연",
		"[아시아경제 최민준 기자]":            "org=아시아경제 roles=기자 names=최민준",
		"[이투데이 정하은 기자]":             "org=이투데이 roles=기자 names=정하은",
		"[이데일리 김지훈·박서연 기자]":         "org=이데일리 roles=기자 names=김지훈,박서연",
		"[세종=이데일리 김은비 기자]":          "org=이데일리 roles=기자 names=김은비",
		"[헤럴드경제=김은희 기자]":            "org=헤럴드경제 roles=기자 names=김은희",
		"[마이데일리 = 이예은 기자]":          "org=마이데일리 roles=기자 names=이예은",
		"(그래픽=이데일리 문승용 기자)":         "org=이데일리 roles=기자 names=문승용",
		"(그래픽=문승용 기자)":              "org= roles=기자 names=문승용",
		"김철수 이영희 기자":                "org= roles=기자 names=김철수,이영희",
		"세종 이영준 기자 lee@seoul.co.kr": "org= roles=기자 names=이영준",
	})
	for _, tt := range []struct {
		in, credit string
		ok         bool
	}{
		{"[이데일리 김지훈 기자] 내년 한국은행이 기준금리를 두 차례 더 내릴 것이라는 전망이 힘을 얻고 있다.", "org=이데일리 roles=기자 names=김지훈", true},
		{"[머니투데이 박서연 기자] 서울 아파트값이 3주 연속 올랐다.", "org=머니투데이 roles=기자 names=박서연", true},
		{"[세종=이데일리 김은비 기자] 정부가 내년 예산안을 확정했다.", "org=이데일리 roles=기자 names=김은비", true},
		{"[이데일리 김지훈 기자]", "", false},                      // alone: a byline line, not a run-in
		{"[김지훈 기자] 내년 한국은행이 기준금리를 내린다.", "", false},       // no outlet: a caption's tail form
		{"[단독] 국토부, 광역버스 입석 금지 3년 유예", "", false},         // a story's tag
		{"[서울=뉴시스] 김명원 기자 = 정부가 예산안을 확정했다.", "", false},   // a wire's dateline
		{"[김현우 / 서울 마포구 : 다음 달 잔금을 치러야 합니다.]", "", false}, // a broadcast bite
	} {
		end, c, ok := runInCredit(tt.in)
		if ok != tt.ok || ok && creditText(c) != tt.credit {
			t.Errorf("runInCredit(%q) = %d %s %v, want %s %v", tt.in, end, creditText(c), ok, tt.credit, tt.ok)
		}
	}
	page := "\"내년 금리 두 번 더 내린다\"…증권가, 채권 비중 확대 권고\n\n[이데일리 김지훈 기자] 내년 한국은행이 기준금리를 두 차례 더 내릴 것이라는 전망이 힘을 얻으면서 증권가가 채권 비중을 늘리라고 권고하고 있다.\n\n5일 금융투자협회에 따르면 최근 한 달간 국내 채권형 펀드에는 2조1000억원이 순유입됐다.\n"
	wantKinds(t, page, "headline \"내년 금리 두 번 더 내린다\"…증권가, 채권 비중 확대 권고", "byline [이데일리 김지훈 기자]",
		"paragraph 내년 한국은행이 기준금리를 두 차례 더 내릴 것이라는 전망이 힘을 얻으면서 증권가가 채권 비중을 늘리라고 권고하고 있다.")
	if d := mustRead(t, page); d.Articles[0].Children[1].Org != "이데일리" {
		t.Errorf("run-in credit's org = %q, want 이데일리", d.Articles[0].Children[1].Org)
	}
	// Set straight under its headline with no blank line, the credit
	// still opens the story (as a dateline does), and so does Hong
	// Kong's run-in 記者 X 報道：.
	wantKinds(t, "삼성전자, 4분기 영업익 10조 돌파 전망\n[아시아경제 최민준 기자] 삼성전자의 4분기 영업이익이 10조원을 넘어설 것이라는 전망이 나왔다.\n증권가는 메모리 가격 반등을 근거로 들었다.\n",
		"headline 삼성전자, 4분기 영업익 10조 돌파 전망", "byline [아시아경제 최민준 기자]",
		"paragraph 삼성전자의 4분기 영업이익이 10조원을 넘어설 것이라는 전망이 나왔다. 증권가는 메모리 가격 반등을 근거로 들었다.")
	wantKinds(t, "屯門公路今晨車禍\n記者 鄭嘉朗 報道：屯門公路今晨發生三車相撞事故，造成兩人受傷，交通一度嚴重擠塞，警方正調查意外原因。\n",
		"headline 屯門公路今晨車禍", "byline 記者 鄭嘉朗 報道：")
}

// TestBlind33MediaCreditNoPlace: the word before the equals sign of a
// graphic's, photo's or data credit ((그래픽=이데일리), (일러스트=연합뉴스),
// (자료=통계청)) is no place: the line is a caption where the graphic
// stood, never a wire's dateline starting a new article mid-story (blind
// page ko-edaily-web). (서울=연합뉴스) still is one.
func TestBlind33MediaCreditNoPlace(t *testing.T) {
	const (
		head = "금리 인하 기대에 채권형 펀드로 뭉칫돈\n\n"
		para = "5일 금융투자협회에 따르면 최근 한 달간 국내 채권형 펀드에는 2조1000억원이 순유입됐다.\n\n"
		tail = "한 대형 증권사 채권 애널리스트는 \"금리 인하 여력이 충분하다\"고 말했다.\n"
	)
	for _, credit := range []string{"(그래픽=이데일리)", "(그래픽=연합뉴스)", "(일러스트=이데일리)", "(자료=통계청)", "(그래픽 = 이데일리)"} {
		d := mustRead(t, head+para+credit+"\n\n"+tail)
		if len(d.Articles) != 1 {
			t.Errorf("%s: %d articles (%s), want 1", credit, len(d.Articles), headlines(d))
			continue
		}
		wantKinds(t, head+para+credit+"\n\n"+tail, "headline 금리 인하 기대에 채권형 펀드로 뭉칫돈",
			"paragraph "+strings.TrimSpace(para), "caption "+credit)
	}
	for in, want := range map[string]bool{
		"그래픽=이데일리": true, "사진 = 뉴시스DB": true, "자료=통계청": true,
		"서울=연합뉴스": false, "세종=뉴시스": false, "그래픽=": false, "그래픽": false,
	} {
		if got := koreanMediaCredit(in); got != want {
			t.Errorf("koreanMediaCredit(%q) = %v, want %v", in, got, want)
		}
	}
	// A table's or chart's label before the equals sign, (단위=억원),
	// (기준=11월말), is no place either (it had been read as a dateline,
	// place 단위, org 억원).
	for _, in := range []string{"(단위=억원) 반도체 1200 1350", "(기준=11월말) 가계대출 잔액", "(주=연합뉴스 집계) 7일 기준"} {
		if d, _, ok := parseDatelineLang(in, "ko"); ok {
			t.Errorf("parseDatelineLang(%q) = %+v, want no dateline", in, d)
		}
	}
	if d, _, ok := parseDatelineLang("(서울=연합뉴스) 홍길동 기자 = 정부가 예산안을 확정했다.", "ko"); !ok || d.place != "서울" {
		t.Errorf("(서울=연합뉴스) is a dateline with place 서울, got %+v %v", d, ok)
	}
}

// TestBlind33OpinionRubric: on a Korean opinion page each piece opens
// with its rubric run into its title ([사설]…, [횡설수설/X]…, [X 칼럼]…):
// after a 사설's last paragraph, with no byline between, the next rubric's
// title is the next article's headline, not a head of the editorial
// (blind page ko-donga-sasul-insa). A story's tag or a head's is no
// rubric.
func TestBlind33OpinionRubric(t *testing.T) {
	for in, want := range map[string]bool{
		"[횡설수설/김도현]겨울 철새의 귀환":     true,
		"[횡설수설/김도현] 겨울 철새의 귀환":    true,
		"[사설]청년 일자리부터 만들어야":       true,
		"[김도현 칼럼]겨울 철새의 귀환":       true,
		"[동아광장/이수진]저성장 시대의 해법":    true,
		"[오늘과 내일/김도현]지방 소멸의 해법":   true,
		"[만물상]겨울 철새":              true,
		"[단독] 국토부, 광역버스 입석 금지 유예": false,
		"[인터뷰] 김철수 장관":            false,
		"[서울=뉴시스] 정부가":            false,
		"[횡설수설/김도현]":              false,
		"[이데일리 김지훈 기자] 내년 금리":     false,
		"[횡설수설/김도현 논설위원] 겨울":      false,
	} {
		if got := koreanOpinionRubric(in); got != want {
			t.Errorf("koreanOpinionRubric(%q) = %v, want %v", in, got, want)
		}
	}
	para := func(s string) string { return s + "\n\n" }
	sasul := para("[사설]지방 소멸 막으려면 청년 일자리부터") +
		para("청년들이 고향을 떠나는 가장 큰 이유는 일자리다. 양질의 일자리 없이는 효과가 오래가기 어렵다.") +
		para("정부와 지자체는 기업 유치에 과감한 인센티브를 줘야 한다.")
	for _, tt := range []struct{ next, heads string }{
		{"[횡설수설/김도현]겨울 철새의 귀환", "[사설]지방 소멸 막으려면 청년 일자리부터 / [횡설수설/김도현]겨울 철새의 귀환"},
		{"[사설]연말 가계대출 관리 서둘러야", "[사설]지방 소멸 막으려면 청년 일자리부터 / [사설]연말 가계대출 관리 서둘러야"},
		{"[김도현 칼럼]겨울 철새의 귀환", "[사설]지방 소멸 막으려면 청년 일자리부터 / [김도현 칼럼]겨울 철새의 귀환"},
		{"일자리 대책의 과제", "[사설]지방 소멸 막으려면 청년 일자리부터"}, // an unmarked head stays the editorial's
	} {
		page := sasul + para(tt.next) + para("올겨울 천수만에 가창오리 20만 마리가 찾아왔다. 자연은 돌본 만큼 돌아온다.")
		d := mustRead(t, page)
		if got := headlines(d); got != tt.heads {
			t.Errorf("%s: headlines %q, want %q", tt.next, got, tt.heads)
		}
		roundTrip(t, d)
	}
}

// TestBlind33BroadcastTrailer: YTN's web copy closes with its crew one a
// line (촬영기자 : X, 영상편집 : Y, 그래픽 : Z), the reporter's sign-off
// with the broadcaster and the address in round brackets (YTN 박서준
// (psj@ytn.co.kr)) and its tip box (※ '당신의 제보가 뉴스가 됩니다' over
// [카카오톡] …, [전화] …, [메일] …): bylines, then furniture, never a chain
// of new articles (blind page ko-ytn-web). A line of the same shape that
// names no crew role, channel or contact stays what it was.
func TestBlind33BroadcastTrailer(t *testing.T) {
	wantBylineLines(t, map[string]string{
		"촬영기자 : 이현수":              "org= roles=촬영기자 names=이현수",
		"영상편집 : 정은비":              "org= roles=영상편집 names=정은비",
		"그래픽 : 홍수민":               "org= roles=그래픽 names=홍수민",
		"영상취재:김민철":                "org= roles=영상취재 names=김민철",
		"촬영기자:이호/영상편집:최정연":        "org= roles=촬영기자,영상편집 names=이호,최정연",
		"YTN 박서준 (psj@ytn.co.kr)": "org=YTN roles= names=박서준",
		"YTN 박서준 psj@ytn.co.kr":   "org=YTN roles= names=박서준",
		"홍길동 기자 hong@yna.co.kr":   "org= roles=기자 names=홍길동",
	})
	for _, s := range []string{"시간 : 오후 세시", "참고 : 김철수", "영상편집 : 다음 주 공개", "박서준 (psj@ytn.co.kr)"} {
		if c, ok := parseBylineLine(s); ok {
			t.Errorf("parseBylineLine(%q) = %s, want no credit", s, creditText(c))
		}
	}
	for in, want := range map[string]bool{
		"※ '당신의 제보가 뉴스가 됩니다'":   true,
		"[카카오톡] YTN 검색해 채널 추가":  true,
		"[전화] 02-398-8585":      true,
		"[메일] social@ytn.co.kr": true,
		"[전화 인터뷰] 김철수 교수":       false,
		"[전화] 그렇습니다.":           false,
		"[메일] 보내주세요":            false,
		"[앵커]":                  false,
		"[기자] 서울의 한 시중은행입니다.":   false,
	} {
		if got := koreanCallLine(in); got != want {
			t.Errorf("koreanCallLine(%q) = %v, want %v", in, got, want)
		}
	}
	page := "연말 가계대출 문턱 더 높아진다…은행권 신규 대출 잇단 중단\n\n" +
		"연말을 앞두고 주요 시중은행들이 가계대출 관리에 들어가면서 대출 문턱이 더 높아지고 있습니다.\n\n" +
		"YTN 박서준입니다.\n\n촬영기자 : 이현수\n영상편집 : 정은비\n그래픽 : 홍수민\n\nYTN 박서준 (psj@ytn.co.kr)\n\n" +
		"※ '당신의 제보가 뉴스가 됩니다'\n[카카오톡] YTN 검색해 채널 추가\n[전화] 02-398-8585\n[메일] social@ytn.co.kr\n"
	wantKinds(t, page, "headline 연말 가계대출 문턱 더 높아진다…은행권 신규 대출 잇단 중단",
		"paragraph 연말을 앞두고 주요 시중은행들이 가계대출 관리에 들어가면서 대출 문턱이 더 높아지고 있습니다.",
		"byline YTN 박서준입니다.", "byline 촬영기자 : 이현수", "byline 영상편집 : 정은비", "byline 그래픽 : 홍수민",
		"byline YTN 박서준 (psj@ytn.co.kr)", "noise ※ '당신의 제보가 뉴스가 됩니다'", "noise [카카오톡] YTN 검색해 채널 추가",
		"noise [전화] 02-398-8585", "noise [메일] social@ytn.co.kr")
	if d := mustRead(t, page); len(d.Articles) != 1 {
		t.Errorf("%d articles (%s), want 1", len(d.Articles), headlines(d))
	}
}
