package newstext

import "testing"

// TestKoPortalFurniture: a Korean portal's tool buttons (인쇄하기,
// 요약보기, 음성으로 듣기, 번역 설정, 글씨크기 조절하기; Naver's 본문
// 요약봇, SNS 보내기), its reaction buttons, each a reaction and its
// count (좋아요 0, 훈훈해요 0, 후속기사 원해요 0, 쏠쏠정보 3), and the
// reaction box's question are web furniture wherever they stand (blind
// page ko-daum-web); the same words in a sentence, a reaction with no
// count or a counted noun, and a question about anything but 이 기사 are
// text.
func TestKoPortalFurniture(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"인쇄하기", true},
		{"공유하기", true},
		{"요약보기", true},
		{"음성으로 듣기", true},
		{"번역 설정", true},
		{"글씨크기 조절하기", true},
		{"글자크기 조절하기", true},
		{"글씨크기 조절", true},
		{"본문 요약봇", true},
		{"SNS 보내기", true},
		{"텍스트 음성 변환 서비스 사용하기", true},
		{"공유하기 인쇄하기", true},
		{"요약보기 | 음성으로 듣기 | 번역 설정", true},
		{"좋아요 0", true},
		{"훈훈해요 0", true},
		{"슬퍼요 0", true},
		{"화나요 12", true},
		{"추천해요 1,204", true},
		{"감동이에요 3", true},
		{"후속 원해요 0", true},
		{"후속기사 원해요 0", true},
		{"쏠쏠정보 3", true},
		{"좋아요 0 훈훈해요 0 슬퍼요 0", true},
		{"좋아요 (3)", true},
		{"이 기사에 대해 어떻게 생각하시나요?", true},
		{"이 기사 어떠셨나요?", true},
		{"이 기사를 추천합니다", true},
		// Look-alikes: text.
		{"인쇄하기로 했다", false},
		{"인쇄", false},
		{"번역", false},
		{"번역 설정을 바꿨다", false},
		{"좋아요", false},          // no count
		{"좋아요 3개", false},       // a counted noun
		{"훈훈해요 정말", false},      // no count
		{"요 3", false},          // one syllable
		{"2026년 시행해요 3", false}, // a figure, no reaction's word
		{"대단히 오래 기다렸어요 3", false},
		{"이 기사에 대해 어떻게 생각하시나요", false}, // no question mark
		{"이 정책에 대해 어떻게 생각하시나요?", false},
		{"이 기사는 사실과 다릅니다.", false},
		{"시민들은 어떻게 생각하시나요?", false},
	} {
		if got := koPortalFurniture(c.in); got != c.want {
			t.Errorf("koPortalFurniture(%q) = %v, want %v", c.in, got, c.want)
		}
		if got := noiseKind(c.in) == noiseChrome; got != c.want && !(c.in == "인쇄" || c.in == "좋아요") {
			t.Errorf("noiseKind(%q) chrome = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestKoSpacedStampDate: a Korean portal's stamp with its dates spaced
// after their dots, 입력 2026. 12. 7. 06:31수정 2026. 12. 7. 08:02 (Daum,
// 수정 run on to the time), is a time stamp (blind page ko-daum-web); a
// spaced dotted date with no time, a month or day out of range, or a
// figure run on after the day's dot is not.
func TestKoSpacedStampDate(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"입력 2026. 12. 7. 06:31수정 2026. 12. 7. 08:02", true},
		{"입력 2026. 12. 7. 06:31", true},
		{"입력 2026. 1. 30. 오후 6:31", true},
		{"2026. 12. 7. 06:31", true},
		{"입력 2026. 12. 07. 06:31 수정 2026. 12. 07. 08:02", true},
		{"기사입력 2026. 12. 7. 06:31", true},
		{"입력 2026. 12. 7.", false},          // no time
		{"입력 2026. 13. 7. 06:31", false},    // no month
		{"입력 2026. 12. 32. 06:31", false},   // no day
		{"입력 2026. 12. 7.5 06:31", false},   // a figure run on
		{"입력 2026. 12 7. 06:31", false},     // the month's dot missing
		{"2026. 12. 7. 06:31 서울 시내", false}, // words after the time
	} {
		if got := isWebStamp(c.in); got != c.want {
			t.Errorf("isWebStamp(%q) = %v, want %v", c.in, got, c.want)
		}
		if got := noiseKind(c.in) == noiseStamp; got != c.want {
			t.Errorf("noiseKind(%q) stamp = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestKoPortalPage: a Daum copy of a paper's story, one unit a line with
// no blank lines (blind page ko-daum-web): the spaced stamp, the tool
// buttons and the reaction box are noise, the caption closed by its wire
// after its sentence (… 있다. 뉴시스, 연합뉴스, AP 연합뉴스, 뉴스1,
// 게티이미지, X 제공) is a caption, not the lead paragraph's first line,
// and no button heads a section. A paragraph's line ending in another
// verb's 다 before the wire's name (… 밝혔다. 연합뉴스) is no caption and
// is left as before.
func TestKoPortalPage(t *testing.T) {
	head := "세계일보\n사회\n\"눈길 미끄럼 주의\"…수도권 출근길 지하철 36회 증편\n이지민 기자\n입력 2026. 12. 7. 06:31수정 2026. 12. 7. 08:02\n댓글 12\n요약보기\n음성으로 듣기\n번역 설정\n글씨크기 조절하기\n인쇄하기\n"
	body := "밤사이 수도권에 최대 8㎝의 눈이 쌓이면서 서울시가 출근 시간대 지하철 운행을 늘렸다.\n" +
		"서울시는 7일 오전 7시부터 9시까지 지하철 1∼8호선과 우이신설선 운행을 모두 36회 늘린다고 밝혔다. 시내버스도 출근 시간대 배차 간격을 줄여 운행한다.\n" +
		"기상청에 따르면 이날 오전 6시 기준 적설량은 경기 양평 8.2㎝, 서울 관악구 5.1㎝ 등이다. 눈은 오후부터 점차 그칠 전망이다.\n" +
		"이지민 기자 jmlee@segye.example\n" +
		"이 기사에 대해 어떻게 생각하시나요?\n좋아요 0\n훈훈해요 0\n슬퍼요 0\n화나요 0\n후속기사 원해요 0\n"
	top := []string{"noise 세계일보", "noise 사회", "headline \"눈길 미끄럼 주의\"…수도권 출근길 지하철 36회 증편", "byline 이지민 기자",
		"noise 입력 2026. 12. 7. 06:31수정 2026. 12. 7. 08:02", "noise 댓글 12", "noise 요약보기", "noise 음성으로 듣기", "noise 번역 설정",
		"noise 글씨크기 조절하기", "noise 인쇄하기"}
	rest := []string{"paragraph 밤사이 수도권에 최대 8㎝의 눈이 쌓이면서 서울시가 출근 시간대 지하철 운행을 늘렸다.",
		"paragraph 서울시는 7일 오전 7시부터 9시까지 지하철 1∼8호선과 우이신설선 운행을 모두 36회 늘린다고 밝혔다. 시내버스도 출근 시간대 배차 간격을 줄여 운행한다.",
		"paragraph 기상청에 따르면 이날 오전 6시 기준 적설량은 경기 양평 8.2㎝, 서울 관악구 5.1㎝ 등이다. 눈은 오후부터 점차 그칠 전망이다.",
		"byline 이지민 기자 jmlee@segye.example",
		"noise 이 기사에 대해 어떻게 생각하시나요?", "noise 좋아요 0", "noise 훈훈해요 0", "noise 슬퍼요 0", "noise 화나요 0", "noise 후속기사 원해요 0"}
	for _, credit := range []string{"뉴시스", "연합뉴스", "AP 연합뉴스", "뉴스1", "게티이미지", "서울시 제공"} {
		caption := "7일 오전 서울 종로구 광화문네거리에서 시민들이 눈을 맞으며 출근하고 있다. " + credit
		want := append(append(append([]string{}, top...), "caption "+caption), rest...)
		wantKinds(t, head+caption+"\n"+body, want...)
	}
	// A paragraph ending in 밝혔다 before the wire's name is none.
	para := "서울시는 출근 시간대 지하철 운행을 늘린다고 밝혔다. 연합뉴스"
	d := mustRead(t, head+para+"\n"+body)
	for _, k := range kindsOf(d) {
		if k == "caption "+para {
			t.Errorf("paragraph line read as a caption: %s", para)
		}
	}
	roundTrip(t, d)
}
