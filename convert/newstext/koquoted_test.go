package newstext

import (
	"strings"
	"testing"
)

// TestKoreanQuotedSentence: a Korean line that is one quoted sentence,
// its full stop inside the closing quote, is a sentence, never a title
// line, as the sentence with its full stop outside a quote is; a quoted
// headline, which drops the full stop, is still one.
func TestKoreanQuotedSentence(t *testing.T) {
	for in, want := range map[string]bool{
		"“새벽 2시에도 문을 두드리는 부모님들이 있어요.”": false,
		"\"마지막 손님까지 지키겠습니다.\"":         false,
		"‘버스가 끊기면 걸어서 옵니다.’":           false,
		"“새벽에 우는 아이 소리 들으면 불을 못 끄죠”":   true,
		"‘동네 소아과’ 불 켜지니 응급실 줄었다":       true,
		"“1.5”": true, // (a figure's point, no sentence)
	} {
		if got := isKickerText(in); got != want {
			t.Errorf("isKickerText(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestKoreanBoxOpeningQuote: a Korean print page's [이 사람] box opens
// its story with the words it quotes, a paragraph of one sentence under
// the box's headline and subheadline: not a third title line.
func TestKoreanBoxOpeningQuote(t *testing.T) {
	page := "[이 사람]\n\n“새벽에 우는 아이 소리 들으면 불을 못 끄죠”\n\n20년째 동네 소아과 지키는 의사 김민호씨\n\n" +
		"“새벽 2시에도 문을 두드리는 부모님들이 있어요.”\n\n" +
		"강서구에서 20년째 소아청소년과를 운영하는 김민호(61)씨는 지난 3일 전화 통화에서 이렇게 말했다. 그는 평일 밤 11시까지 진료를 이어 왔다.\n\n" +
		"이수진 기자\n"
	d := mustRead(t, page)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got, "headline “새벽에 우는 아이 소리 들으면 불을 못 끄죠”\n"+
		"subheadline 20년째 동네 소아과 지키는 의사 김민호씨\n"+
		"paragraph “새벽 2시에도 문을 두드리는 부모님들이 있어요.”\n"+
		"paragraph 강서구에서")
}
