package newstext

import (
	"strings"
	"testing"
)

// TestKoreanEventRubric: a Korean rubric of a year or a date and the
// event's name, 2026 국정감사, 6·3 지방선거, over a longer title line is
// the kicker over that headline, also when the headline is a quote
// (이정훈 “…”) and a quoted subheadline stands under it. Look-alikes: a
// year before more words, a year with 년, a month, Latin letters, and a
// short headline of two words over its long subheadline, which stay as
// they were.
func TestKoreanEventRubric(t *testing.T) {
	for s, want := range map[string]bool{
		"2026 국정감사": true, "2026 국감": true, "2026 지방선거": true, "1987 민주항쟁": true,
		"6·3 지방선거": true, "4·10 총선": true, "12·3 계엄": true,
		"2026년 국정감사": false, "10월 국정감사": false, "2026 KBO": false, "2026 예산 국회 통과": false,
		"2026": false, "2026 ": false, "2026 국": false, "3·1절": false, "6·3지방선거": false, "12345 국감": false,
		"1500 가구": false, "2026 국정감사 현장점검단": false, "123·4 총선": false, "6· 지방선거": false,
	} {
		if got := koEventRubric(s); got != want {
			t.Errorf("koEventRubric(%q) = %v, want %v", s, got, want)
		}
	}
	body := "\n\n서울=김도윤 기자\n\n더불어민주당 이정훈 의원은 14일 국회 국토교통위원회 국정감사에서 정부의 결단을 촉구했다.\n\n" +
		"이 의원은 “지역 숙원사업만 번번이 후순위로 밀린다”고 지적했다.\n"
	tests := []struct{ name, page, want string }{
		{"year rubric over a quote headline and a quoted subheadline",
			"2026 국정감사\n\n이정훈 “충북 광역철도 예타, 국토부가 3년째 발목”\n\n“지역 숙원사업 번번이 후순위…홀대 도 넘었다”" + body,
			"kicker 2026 국정감사\nheadline 이정훈 “충북 광역철도 예타, 국토부가 3년째 발목”\nsubheadline “지역 숙원사업 번번이 후순위…홀대 도 넘었다”\n"},
		{"date rubric over a short headline",
			"6·3 지방선거\n\n청주시장 후보 3파전 확정" + body,
			"kicker 6·3 지방선거\nheadline 청주시장 후보 3파전 확정\n"},
		{"year rubric, one block",
			"2026 국감\n국토부 “광역철도 예타 연내 결론”" + body,
			"kicker 2026 국감\nheadline 국토부 “광역철도 예타 연내 결론”\n"},
		{"short headline over its subheadline",
			"의료대란 장기화\n\n응급실 운영 차질 장기화" + body,
			"headline 의료대란 장기화\nsubheadline 응급실 운영 차질 장기화\n"},
		{"year and two words",
			"2026 국감 첫날\n\n국토위 여야 충돌…파행" + body,
			"headline 2026 국감 첫날\nsubheadline 국토위 여야 충돌…파행\n"},
		{"year with 년",
			"2026년 국정감사\n\n국토위 첫날부터 여야 충돌" + body,
			"headline 2026년 국정감사\nsubheadline 국토위 첫날부터 여야 충돌\n"},
	}
	for _, tt := range tests {
		d := mustRead(t, tt.page)
		roundTrip(t, d)
		got := strings.Join(pageLeafKinds(d), "\n") + "\n"
		if !strings.Contains(got, tt.want) {
			t.Errorf("%s: no\n%s in\n%s", tt.name, tt.want, got)
		}
	}
}
