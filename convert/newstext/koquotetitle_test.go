package newstext

import (
	"strings"
	"testing"
)

// TestKoreanQuoteAloneTitle: a Korean quote headline of the quotation
// alone, no speaker's word before it (a profile's headline in its
// subject's words, “폐교를 마을 책방으로…주민 손으로 살렸죠”), over a title
// line holding … or a quotation of its own, double or single quotes
// (괴산 ‘느티나무책방’ 한영숙 대표), is a headline over its subheadline
// however full, as the speaker's form is: the quotation's close ends the
// headline (blind page ko-saramdeul-bugo-insa). Variants: the speaker's
// form over a single-quoted line, the quotation alone over a line with …,
// ASCII quotes. Look-alikes that must not change: the quotation alone over
// a line with neither, a single quote left open, a quotation followed by
// words, two quotations, a quotation left open, an empty one, English.
func TestKoreanQuoteAloneTitle(t *testing.T) {
	const subject = "괴산 ‘느티나무책방’ 한영숙 대표"
	for _, c := range []struct {
		a, l string
		want bool
	}{
		{"“폐교를 마을 책방으로…주민 손으로 살렸죠”", subject, true},
		{"“폐교를 마을 책방으로…주민 손으로 살렸죠”", "괴산 느티나무책방 한영숙 대표…“책이 마을을 살려”", true},
		{"한영숙 대표 “주민 손으로 살렸죠”", subject, true},
		{"\"폐교를 마을 책방으로 살렸죠\"", "충북 괴산 '느티나무책방'…주민 3천명 찾아", true},
		// look-alikes
		{"“폐교를 마을 책방으로…주민 손으로 살렸죠”", "괴산 느티나무책방 한영숙 대표", false},
		{"“폐교를 마을 책방으로…주민 손으로 살렸죠”", "괴산 ‘느티나무책방 한영숙 대표", false},
		{"“폐교를 마을 책방으로” 주민들 환호", subject, false},
		{"“폐교를 살렸죠” “책방을 열었죠”", subject, false},
		{"“폐교를 마을 책방으로 주민 손으로", subject, false},
		{"“”", subject, false},
		{"“We saved the school”", "Han Young-sook ‘Neutinamu’", false},
	} {
		if got := koreanQuoteTitleOver(c.a, c.l); got != c.want {
			t.Errorf("koreanQuoteTitleOver(%q, %q) = %v, want %v", c.a, c.l, got, c.want)
		}
	}
	// The profile on a page wrapped at word spaces by a 22-character
	// count, its headline line 24 characters: kicker, headline,
	// subheadline, never one joined headline; the same under [인터뷰].
	body := "충북 괴산군 청천면의 옛 청천초\n송면분교. 2019년 문을 닫은 이 학교\n교실 네 칸이 지금은 3만여 권의 책이\n" +
		"꽂힌 마을 책방으로 바뀌었다. 책방을\n꾸린 한영숙(64) 대표는 “버려진\n학교를 주민들이 다시 드나드는 공간으로\n만들고 싶었다”고 말했다.\n\n" +
		"서울에서 30년 넘게 중학교 국어 교사로\n일한 한 대표는 2020년 명예퇴직한 뒤\n남편의 고향인 괴산으로 내려왔다.\n" +
		"처음에는 집 거실에 작은 서가를 두고\n이웃에게 책을 빌려주던 것이 시작이었다.\n\n" +
		"책방 운영비는 주민 회비와 군의\n작은도서관 지원금으로 충당한다. 매주\n토요일에는 어르신 한글교실과 어린이\n" +
		"그림책 읽기 모임이 열린다.\n\n글·사진=김태윤 기자 tykim@hanbitilbo.co.kr\n"
	for _, label := range []string{"[이 사람]", "[인터뷰]"} {
		page := "2026년 12월 8일 화요일　사람들　27\n\n" + label + "\n“폐교를 마을 책방으로…주민 손으로 살렸죠”\n" + subject + "\n\n" + body
		d := mustRead(t, page)
		got := strings.Join(treeOf(d), "\n")
		wantIn(t, got, "kicker "+label+"\n  headline “폐교를 마을 책방으로…주민 손으로 살렸죠”\n  subheadline "+subject+"\n")
		roundTrip(t, d)
	}
}
