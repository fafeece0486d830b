package newstext

import "testing"

// TestBlind32TaggedTitleBlock: a block of two title lines whose first
// opens with a story's tag ([단독]) and which joined would be too long for
// a headline is the headline over its subheadline (blind page
// ko-chosun-ipseok-jump), not one line too long to be a title, left a
// paragraph.
func TestBlind32TaggedTitleBlock(t *testing.T) {
	body := "\n\n김철수 기자\n\n국토교통부가 내년 1월부터 시행하려던 수도권 광역버스 입석 전면 금지 조치를 3년간 유예하기로 했다.\n"
	wantKinds(t, "[단독] 국토부, 광역버스 입석 금지 3년 유예\n좌석 부족에 출근 대란 우려…“증차 뒤 단계 시행”"+body,
		"headline [단독] 국토부, 광역버스 입석 금지 3년 유예", "subheadline 좌석 부족에 출근 대란 우려…“증차 뒤 단계 시행”", "byline 김철수 기자")
}

// TestBlind32PoliteQuestion: a Korean question in the polite or formal
// speech level (…대비해야 할까요?, …있습니까?) is an anchor's or a
// speaker's sentence, not a headline that asks (blind page
// ko-kbs-anchor-report); a headline's plain question (집값 내릴까?) may
// still be one.
func TestBlind32PoliteQuestion(t *testing.T) {
	for in, want := range map[string]bool{
		"내일 아침 출근길은 어떻게 대비해야 할까요?": false,
		"지금 그곳 상황은 어떻습니까?":         false,
		"집값 내년에도 내릴까?":             true,
		"금리 인하 언제?":                true,
	} {
		if got := exclaimedTitle(in); got != want {
			t.Errorf("exclaimedTitle(%s) = %v, want %v", in, got, want)
		}
	}
}
