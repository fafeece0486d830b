package newstext

import (
	"slices"
	"testing"
)

// TestKoTextSizeRow: a Korean site's text size control, its label and
// buttons (글자크기  가  가, 글씨크기 + -, 글자 크기 크게 작게), is web
// furniture wherever it stands (blind page ko-web-nalssi-hanpa); the label
// in a sentence or a title, or with words that are no buttons, is text.
func TestKoTextSizeRow(t *testing.T) {
	for in, want := range map[string]bool{
		"글자크기  가  가":       true,
		"글자크기 가 가 가":       true,
		"글자크기 가+ 가-":       true,
		"글씨크기 + -":         true,
		"글자크기: 가 가":        true,
		"글자크기:가 가":         true,
		"글자크기 ＋ －":         true,
		"글자 크기 가 가":        true,
		"글자 크기 크게 작게":      true,
		"글씨 크기 확대 축소":      true,
		"글자크기 조절 가 가":      true,
		"글자크기 가":           true,
		"글자 크기 확대":         false, // one word: a title's may be
		"글자크기 키운다":         false,
		"글씨 크기 가 작다":       false,
		"글자크기가 작다":         false,
		"글자 수 가 가":         false,
		"글자크기 가 가 가 가 가 가": false, // six: no control
		"글자":               false,
		"가 가":              false, // without the label: by its neighbours (markKoSizeButtons)
	} {
		if got := koTextSizeRow(in); got != want {
			t.Errorf("koTextSizeRow(%q) = %v, want %v", in, got, want)
		}
		if got := noiseKind(in) == noiseChrome; got != want {
			t.Errorf("noiseKind(%q) chrome = %v, want %v", in, got, want)
		}
	}
}

// TestKoTextSizeButtons: the text size buttons without their label, two
// to five of the letter 가 (가  가, 가 가 가, 가+ 가-), are web furniture
// beside the site's stamp, its row of buttons or the byline under them
// (blind page ko-web-nalssi-hanpa, variant kw2), never a headline opening
// a second article; between paragraphs, or with a word that is no button,
// the line stays text.
func TestKoTextSizeButtons(t *testing.T) {
	for in, want := range map[string]bool{
		"가  가":        true,
		"가 가 가":       true,
		"가+ 가-":       true,
		"가 가 가 가 가":   true,
		"가":           false,
		"가 가 가 가 가 가": false,
		"가 보자":        false,
		"가 나 다":       false,
		"가나 가나":       false,
	} {
		if got := koSizeButtons(in); got != want {
			t.Errorf("koSizeButtons(%q) = %v, want %v", in, got, want)
		}
	}
	head := "한빛일보\n홈 > 사회 > 날씨\n내일 서울 등 한파주의보…아침 영하 12도\n기사입력 2026-12-06 15:10\n"
	body := "\n\n기상청은 7일 오전 11시를 기해 서울과 경기 북부, 강원 내륙에 한파주의보를 발효한다고 6일 밝혔다.\n\n8일 아침 최저기온은 서울 영하 12도로 전날보다 10도 이상 떨어질 것으로 예상된다.\n"
	for _, row := range []string{"글자크기  가  가", "가  가", "가 가 가", "가+ 가-", "글씨크기 + -", "글자 크기 크게 작게"} {
		// Under the stamp, over the byline: one article, the row noise.
		wantKinds(t, head+row+"\n박지호 기자"+body,
			"noise 한빛일보", "noise 홈 > 사회 > 날씨", "headline 내일 서울 등 한파주의보…아침 영하 12도",
			"noise 기사입력 2026-12-06 15:10", "noise "+row, "byline 박지호 기자",
			"paragraph 기상청은 7일 오전 11시를 기해 서울과 경기 북부, 강원 내륙에 한파주의보를 발효한다고 6일 밝혔다.")
		// Under a row of share buttons, over the text.
		wantKinds(t, "내일 서울 등 한파주의보…아침 영하 12도\n\n공유 댓글 인쇄\n\n"+row+body,
			"headline 내일 서울 등 한파주의보…아침 영하 12도", "noise 공유 댓글 인쇄", "noise "+row,
			"paragraph 기상청은 7일 오전 11시를 기해 서울과 경기 북부, 강원 내륙에 한파주의보를 발효한다고 6일 밝혔다.")
	}
	// Between paragraphs, away from the furniture, the buttons alone
	// are left to the text.
	d := mustRead(t, "내일 서울 등 한파주의보…아침 영하 12도\n\n기상청은 7일 한파주의보를 발효한다고 6일 밝혔다.\n\n가 가\n\n8일 아침 최저기온은 서울 영하 12도로 떨어질 것으로 예상된다.\n")
	if k := kindsOf(d); slices.Contains(k, "noise 가 가") {
		t.Errorf("가 가 between paragraphs: %v", k)
	}
	roundTrip(t, d)
}
