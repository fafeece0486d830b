package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestKoreanRanNote: a Korean paper's note on where the story first ran,
// with no ※ (이 기사는 … '마켓인사이트'에 게재됐습니다.), is a note, which
// stays with the story under its byline; the same words in the plain 다,
// a note on the story's source with no place it ran, a sentence about
// another article, and longer text stay as they were.
func TestKoreanRanNote(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"이 기사는 12월 7일 15시 32분 '마켓인사이트'에 게재됐습니다.", true},
		{"이 기사는 12월07일(15:32) 자본시장 미디어 '마켓인사이트'에 게재된 기사입니다.", true},
		{"본 기사는 12월 7일 08시 00분 프리미엄 콘텐츠 서비스 '더벨'에 출고된 기사입니다.", true},
		{"이 기사는 2026년 12월 7일 조선비즈 RM리포트 사이트에 게재되었습니다", true},
		{"이 기사는 7일 오전 온라인판에 먼저 실렸습니다.", true},
		// Look-alikes.
		{"이 기사는 지난 7일 온라인에 게재됐다.", false},
		{"이 기사는 독자 제보를 바탕으로 작성됐습니다.", false},
		{"이 기사는 독자 제보로 7일 온라인판에 게재됐습니다.", false},
		{"이 기사에 대해 어떻게 생각하시나요?", false},
		{"이 기사는 언론사에서 사회 섹션으로 분류했습니다.", false},
		{"이 기사가 나간 뒤 회사는 사과문을 게재했습니다.", false},
		{"이날 회사는 홈페이지에 사과문을 게재했습니다.", false},
		{"이 기사는 7일 게재됐습니다. 독자들의 반응이 뜨거웠습니다.", false},
		{"이 기사는 12월 7일 15시 32분 '마켓인사이트'에 게재됐습니다." + strings.Repeat(" 가나다라마바사아자차카타파하", 6), false},
	} {
		if got := isNote(tt.s); got != tt.want {
			t.Errorf("isNote(%q) = %v, want %v", tt.s, got, tt.want)
		}
		if tt.want && gate(tt.s, summaryFor(tt.s, nil))&gNote == 0 {
			t.Errorf("gate(%q) shuts isNote out", tt.s)
		}
	}
	const (
		note = "이 기사는 12월 7일 15시 32분 '마켓인사이트'에 게재됐습니다."
		page = "[마켓인사이트] 한빛바이오, 1500억 유상증자 추진\n\n" +
			"코스닥 상장사 한빛바이오가 1500억원 규모의 주주배정 유상증자를 추진한다. 신약 후보물질의 임상 3상 비용을 마련하기 위해서다.\n\n" +
			"증권업계 관계자는 \"주가 희석 부담이 크다\"고 말했다.\n\n" +
			"박서준 기자 sjpark@hankyung.com\n\n" + note + "\n"
	)
	d := mustRead(t, page)
	if n := nodeWithText(d, note); n == nil || n.Kind != doc.KindNote {
		t.Errorf("trailer: got %s", strings.Join(kindsOf(d), " | "))
	}
	if len(d.Articles) != 1 {
		t.Errorf("trailer opened an article: %d articles", len(d.Articles))
	}
	roundTrip(t, d)
}
