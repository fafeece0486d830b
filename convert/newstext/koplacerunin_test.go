package newstext

import "testing"

// TestKoreanPlacedRunIn: a correspondent's credit in square brackets with
// the city before an equals sign and no outlet, run in before the first
// sentence, [워싱턴=정하윤 특파원] 미국 …, is the story's byline split off
// the paragraph, as [세종=이데일리 X 기자] is (blind round 85). The work
// credited or a picture's source before the sign, a wire's dateline
// naming no reporter, a credit with no place, the bracket with no text
// after it and a story's tag are no such credit.
func TestKoreanPlacedRunIn(t *testing.T) {
	for _, tt := range []struct {
		in, credit string
		ok         bool
	}{
		{"[워싱턴=정하윤 특파원] 미국 연방준비제도의 의장이 6일 금리 인하를 서두르지 않겠다고 밝혔다.", "org= roles=특파원 names=정하윤", true},
		{"[베이징=이승현 특파원] 중국 정부가 내년 성장률 목표를 5% 안팎으로 제시했다.", "org= roles=특파원 names=이승현", true},
		{"[샌프란시스코=김도윤 특파원] 미국 빅테크 기업들이 인공지능 투자를 늘리고 있다.", "org= roles=특파원 names=김도윤", true},
		{"[부산=김민준 기자] 부산시는 내년 생활SOC 사업에 320억원을 투입한다고 4일 밝혔다.", "org= roles=기자 names=김민준", true},
		{"［런던=최서윤 특파원］ 영국 중앙은행이 기준금리를 동결했다.", "org= roles=특파원 names=최서윤", true},
		{"[사진=김철수 기자] 시민들이 광장을 걷고 있다.", "", false},
		{"[글·사진=박하늘 기자] 제주 올레길을 걸었다.", "", false},
		{"[그래픽=문승용 기자] 최근 5년간 가계부채 추이.", "", false},
		{"[자료=김민수 기자] 최근 5년간 가계부채 추이.", "", false},
		{"[서울=뉴시스] 김명원 기자 = 정부가 예산안을 확정했다.", "", false},
		{"[김지훈 기자] 내년 한국은행이 기준금리를 내린다.", "", false},
		{"[워싱턴=정하윤 특파원]", "", false},
		{"[단독] 국토부, 광역버스 입석 금지 3년 유예", "", false},
	} {
		end, c, ok := runInCredit(tt.in)
		if ok != tt.ok || ok && creditText(c) != tt.credit {
			t.Errorf("runInCredit(%q) = %d %s %v, want %s %v", tt.in, end, creditText(c), ok, tt.credit, tt.ok)
		}
	}
	wantKinds(t, "美 연준 의장 “금리 인하 서두르지 않겠다”\n물가 재상승 우려에 신중론\n\n[워싱턴=정하윤 특파원] 미국 연방준비제도(Fed)의 의장이 6일(현지시간) 금리 인하를 서두르지 않겠다고 밝혔다.\n\n의장은 이날 대담에서 이같이 말했다.\n",
		"headline 美 연준 의장 “금리 인하 서두르지 않겠다”", "subheadline 물가 재상승 우려에 신중론", "byline [워싱턴=정하윤 특파원]",
		"paragraph 미국 연방준비제도(Fed)의 의장이 6일(현지시간) 금리 인하를 서두르지 않겠다고 밝혔다.")
}
