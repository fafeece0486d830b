package newstext

import (
	"strings"
	"testing"
)

// TestKoreanPlacedOutletCredit: a Korean sports or web outlet's run-in
// credit with the place after the outlet's equals sign and the name
// after a comma, [OSEN=잠실, 김민재 기자], [스포티비뉴스=부산, X 기자],
// and a Latin brand that is no broadcaster's in the papers' forms,
// [OSEN X 기자], [잠실=OSEN X 기자], is the story's byline, its org the
// outlet, split off the first paragraph (blind page ko-osen-nonggu-web,
// misread 7: the bracket had stayed in the paragraph). A wire's bracket
// with no reporter, a bracket with no role, a lower-case word and a
// place of a sentence's length stay none.
func TestKoreanPlacedOutletCredit(t *testing.T) {
	wantBylineLines(t, map[string]string{
		"[OSEN=잠실학생체, 김민재 기자]":    "org=OSEN roles=기자 names=김민재",
		"[OSEN=부산, 김태호 기자]":       "org=OSEN roles=기자 names=김태호",
		"[OSEN=부산 사직, 김태호 기자]":    "org=OSEN roles=기자 names=김태호",
		"[스포티비뉴스=잠실, 신원철 기자]":     "org=스포티비뉴스 roles=기자 names=신원철",
		"[MHN스포츠=인천, 박서연·이대선 기자]": "org=MHN스포츠 roles=기자 names=박서연,이대선",
		"[OSEN 김민재 기자]":           "org=OSEN roles=기자 names=김민재",
		"[잠실=OSEN 김민재 기자]":        "org=OSEN roles=기자 names=김민재",
		"[STN=고양, 정다은 특파원]":       "org=STN roles=특파원 names=정다은",
		// brand=names role, no place (blind page ko-yeonye-myeon-20).
		"[OSEN=박지훈 기자]":     "org=OSEN roles=기자 names=박지훈",
		"[OSEN = 박지훈 기자]":   "org=OSEN roles=기자 names=박지훈",
		"[OSEN=박지훈·이대선 기자]": "org=OSEN roles=기자 names=박지훈,이대선",
		"[MHN스포츠=김서연 기자]":   "org=MHN스포츠 roles=기자 names=김서연",
	})
	for _, s := range []string{
		"OSEN=잠실학생체",                // the outlet and place, no reporter
		"OSEN=잠실학생체, 김민재",           // no role
		"osen=잠실, 김민재 기자",           // no brand in lower case
		"OSEN=잠실에서 열린 경기에서, 김민재 기자", // a clause, no place
		"O=잠실, 김민재 기자",              // one letter
		"OSEN=잠실, 기자",               // no name
		"LG전자=잠실, 김민재 기자",           // a company's name, no outlet's
		"잠실=SK하이닉스 김민재 기자",
		"OSEN=박지훈",         // brand=name, no role
		"OSEN=기자",          // no name
		"OSEN=news 기자",     // a Latin word, no name
		"LG전자=박지훈 기자",      // a company's name, no outlet's
		"osen=박지훈 기자",      // lower case
		"OSEN=박지훈 기자가 전했다", // the role in a sentence
	} {
		if c, ok := koreanPlacedCredit(s); ok {
			t.Errorf("koreanPlacedCredit(%q) = %s, want none", s, creditText(c))
		}
	}
	// The credit split off the first paragraph; the caption closed by
	// the date and the photographer's address after a slash (or the
	// address alone after the bracketed credit) is a caption, and no
	// column break glues it to the paragraph under it.
	for _, credit := range []string{"[OSEN=부산, 김태호 기자]", "[OSEN=김태호 기자]", "[OSEN 김태호 기자]", "[부산=OSEN 김태호 기자]", "[스포티비뉴스=부산, 김태호 기자]"} {
		for _, close := range []string{"2026.12.06 / photo@osen.co.kr", "2026.12.06/photo@osen.co.kr", "2026.12.06. photo@osen.co.kr", "/photo@osen.co.kr"} {
			page := "OSEN\n\n스포츠 > 야구\n\n'3안타' 롯데, 한화 꺾고 3연승\n\n발행 2026.12.06 21:10\n\n" +
				credit + " 롯데가 한화를 꺾고 3연승을 달렸다.\n\n" +
				"롯데는 6일 부산 사직야구장에서 열린 경기에서 한화를 5-3으로 이겼다.\n\n" +
				"[OSEN=부산, 이대선 기자] 6일 오후 부산 사직야구장에서 경기가 열렸다. 롯데 선발이 역투하고 있다. " + close + "\n\n" +
				"한화는 9회 2점을 따라붙었지만 역전에는 실패했다.\n\n" +
				"thkim@osen.co.kr\n"
			d := mustRead(t, page)
			got := strings.Join(treeOf(d), "\n")
			wantIn(t, got, "byline "+credit+"\n", "paragraph 롯데가 한화를 꺾고 3연승을 달렸다.",
				"caption [OSEN=부산, 이대선 기자] 6일 오후", "paragraph 한화는 9회 2점을 따라붙었지만 역전에는 실패했다.")
			if len(d.Articles) != 1 {
				t.Errorf("%s … %s: %d articles, want 1:\n%s", credit, close, len(d.Articles), got)
			}
			roundTrip(t, d)
		}
	}
	// A wire's dateline bracket stays the wire's; a sentence in a bracket
	// is text.
	d := mustRead(t, "롯데, 한화 꺾고 3연승\n\n발행 2026.12.06 21:10\n\n[서울=뉴시스] 김태호 기자 = 롯데가 한화를 꺾었다.\n\n[OSEN이 전한 소식] 롯데가 이겼다.\n")
	got := strings.Join(treeOf(d), "\n")
	wantIn(t, got, "paragraph [OSEN이 전한 소식] 롯데가 이겼다.")
	if strings.Contains(got, "byline [서울=뉴시스]") {
		t.Errorf("a wire's dateline read as an outlet's credit:\n%s", got)
	}
	roundTrip(t, d)
}

// TestParagraphClosedByAddress: a paragraph closed by an e-mail address
// after a finished sentence, or after a date, set off by a space or a
// slash, is a sign-off's line no column break cut: the paragraph under
// it across a blank line is not its rest (blind page ko-osen-nonggu-web,
// misread 7). An address inside a clause, with a particle glued on, or
// after an unfinished sentence says nothing.
func TestParagraphClosedByAddress(t *testing.T) {
	for s, want := range map[string]bool{
		"경기가 열렸다. 2026.12.05 / sunday@osen.co.kr": true,
		"경기가 열렸다. 2026.12.05. sunday@osen.co.kr":  true,
		"경기가 열렸다. /sunday@osen.co.kr":             true,
		"경기가 열렸다. sunday@osen.co.kr":              true,
		"문의는 help@example.kr로":                    false,
		"문의처는 help@example.kr":                    false, // no sentence before it
		"경기가 열렸다":                                 false,
	} {
		if got := endsInAddress(s); got != want {
			t.Errorf("endsInAddress(%q) = %v, want %v", s, got, want)
		}
	}
	page := "SK, KCC 꺾고 5연승\n\n발행 2026.12.05 19:48\n\n서울 SK가 부산 KCC를 꺾고 5연승을 달렸다.\n\n" +
		"5일 오후 서울 잠실학생체육관에서 경기가 열렸다. 워니가 골밑슛을 시도하고 있다. /sunday@osen.co.kr\n\n" +
		"KCC는 허웅이 22점으로 분전했지만 실책이 뼈아팠다.\n"
	d := mustRead(t, page)
	got := strings.Join(treeOf(d), "\n")
	wantIn(t, got, "paragraph KCC는 허웅이")
	if strings.Contains(got, "osen.co.kr KCC는") {
		t.Errorf("the paragraph under an address glued to it:\n%s", got)
	}
	roundTrip(t, d)
}
