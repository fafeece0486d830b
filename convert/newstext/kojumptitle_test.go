package newstext

import (
	"strings"
	"testing"
)

// TestKoreanLabelUnderJump: a box's or column's label in square brackets
// right under a Korean jump line that closes the story above ((관련기사
// 5면), <관련기사 3면>, (3면에 계속), ▶관련기사 A5면), over body text, is
// the next story's headline, not a head of the story the jump closed.
// Look-alikes: a label under a jump over a title line stays its kicker;
// the same label after a finished paragraph with no jump stays a head; a
// continuation ((1면에서 계속)) closes nothing; an unbracketed title
// under a jump was a headline already.
func TestKoreanLabelUnderJump(t *testing.T) {
	story := "청주 광역철도 예타 3년째 표류\n\n서울=김도윤 기자\n\n" +
		"충청권 광역철도 청주 도심 통과 노선의 예비타당성조사가 3년째 결론을 내지 못하고 있다.\n\n" +
		"국토부는 기획재정부와 협의해 연내에 결론을 내겠다고 밝혔다.\n\n"
	items := "◇청주공항 활주로 연장 “예타 면제해야”=김소영 의원은 14일 국토위 국감에서 예타 면제를 요구했다.\n\n" +
		"◇충북대병원 응급실 전문의 “2년 새 절반으로”=최현우 의원이 받은 자료에 따르면 전문의는 6명으로 줄었다.\n"
	prose := "도청 앞 천막 농성이 40일을 넘겼다. 농성장을 찾는 도의원은 한 명도 없었다.\n\n" +
		"대화의 문을 먼저 여는 쪽이 정치다. 도의회가 답할 차례다.\n\n이서연 기자\n"
	tests := []struct {
		name, page string
		heads      []string // the articles' headlines
		want       string   // leaves that must be there
	}{
		{"box label under (관련기사 5면)", story + "(관련기사 5면)\n\n[국감 브리핑]\n\n" + items,
			[]string{"청주 광역철도 예타 3년째 표류", "[국감 브리핑]"}, "jump (관련기사 5면)\nheadline [국감 브리핑]\nparagraph ◇청주공항"},
		{"column label under <관련기사 3면>", story + "<관련기사 3면>\n\n[현장에서]\n\n" + prose,
			[]string{"청주 광역철도 예타 3년째 표류", "[현장에서]"}, "headline [현장에서]\nparagraph 도청 앞"},
		{"box label under (3면에 계속)", story + "(3면에 계속)\n\n[국감 브리핑]\n\n" + items,
			[]string{"청주 광역철도 예타 3년째 표류", "[국감 브리핑]"}, "headline [국감 브리핑]\n"},
		{"box label under ▶관련기사 A5면", story + "▶관련기사 A5면\n\n[국감 브리핑]\n\n" + items,
			[]string{"청주 광역철도 예타 3년째 표류", "[국감 브리핑]"}, "headline [국감 브리핑]\n"},
		{"label over a title under a jump: its kicker", story + "(관련기사 5면)\n\n[의회 소식]\n\n충주시의회, 학교급식 조례 개정\n\n" +
			"충주시의회는 7일 본회의에서 학교급식에 쓰는 지역 농산물 비율을 60% 이상으로 높였다.\n",
			[]string{"청주 광역철도 예타 3년째 표류", "충주시의회, 학교급식 조례 개정"}, "kicker [의회 소식]\nheadline 충주시의회"},
		{"label with no jump: a head", story + "[국감 브리핑]\n\n" + items,
			[]string{"청주 광역철도 예타 3년째 표류"}, "heading [국감 브리핑]\n"},
		{"label under a continuation: a head", story + "(1면에서 계속)\n\n[국감 브리핑]\n\n" + items,
			[]string{"청주 광역철도 예타 3년째 표류"}, "heading [국감 브리핑]\n"},
		{"unbracketed title under a jump", story + "(관련기사 5면)\n\n국감 브리핑\n\n" + items,
			[]string{"청주 광역철도 예타 3년째 표류", "국감 브리핑"}, "headline 국감 브리핑\n"},
	}
	for _, tt := range tests {
		d := mustRead(t, tt.page)
		roundTrip(t, d)
		got := strings.Join(pageLeafKinds(d), "\n") + "\n"
		if h := articleHeadlines(d); strings.Join(h, "|") != strings.Join(tt.heads, "|") {
			t.Errorf("%s: headlines %q, want %q\n%s", tt.name, h, tt.heads, got)
		}
		if !strings.Contains(got, tt.want) {
			t.Errorf("%s: no\n%s in\n%s", tt.name, tt.want, got)
		}
	}
}
