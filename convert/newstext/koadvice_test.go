package newstext

import (
	"strings"
	"testing"
)

// TestKoreanAdviceCredit: 도움말=X (the expert a story consulted, with the
// workplace and the post) is a byline of the expert; the word in a
// sentence, a line with no post or no name, stays text.
func TestKoreanAdviceCredit(t *testing.T) {
	tests := []struct {
		line, names, org, role string
	}{
		{"도움말=최지훈 한빛대병원 심장내과 교수", "최지훈", "한빛대병원 심장내과", "교수"},
		{"도움말: 김영희 서울시약사회 약사", "김영희", "서울시약사회", "약사"},
		{"도움말 = 박철수 변호사", "박철수", "", "변호사"},
		{"도움말=이수진 한빛대 가정의학과 전문의", "이수진", "한빛대 가정의학과", "전문의"},
		// Look-alikes.
		{"도움말을 준 최지훈 교수는 이렇게 말했다", "", "", ""},
		{"도움말=최지훈", "", "", ""},
		{"도움말=한빛대병원 심장내과", "", "", ""},
		{"도움말=최지훈 교수가 강조했다", "", "", ""},
	}
	for _, tt := range tests {
		c, ok := koreanAdviceCredit(tt.line)
		got := strings.Join(c.names, " ")
		if !ok {
			got = ""
		}
		if got != tt.names || ok && (c.org != tt.org || len(c.roles) != 1 || c.roles[0] != tt.role) {
			t.Errorf("koreanAdviceCredit(%q) = %v %q org %q roles %q, want %q org %q role %q", tt.line, ok, got, c.org, c.roles, tt.names, tt.org, tt.role)
		}
	}
	// On a page: the credit closes the story, and the next story's label
	// and title stay its kicker and headline.
	page := "겨울철 심근경색, 새벽 화장실 갈 때 가장 위험\n\n김하늘 기자 sky@hanbit.co.kr\n\n기온이 1도 떨어질 때마다 심근경색 발생 위험이 2%씩 높아진다는 분석이 나왔다.\n\n" +
		"도움말=최지훈 한빛대병원 심장내과 교수\n\n[건강 Q&A]\n\n손발이 늘 차가운 수족냉증, 혈액순환 문제인가요\n\nQ: 겨울만 되면 손발이 얼음장처럼 차갑습니다.\n\nA: 수족냉증은 혈액순환 장애가 원인인 경우가 많습니다.\n"
	d := mustRead(t, page)
	got := strings.Join(pageLeafKinds(d), "\n")
	for _, want := range []string{"byline 도움말=최지훈 한빛대병원 심장내과 교수", "kicker [건강 Q&A]\nheadline 손발이 늘 차가운 수족냉증, 혈액순환 문제인가요"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in:\n%s", want, got)
		}
	}
}
