package newstext

import (
	"strings"
	"testing"
)

// TestKoreanLatinOutletCredit: a Korean broadcaster's outlet that opens
// with its Latin call name, alone or with a Hangul word glued on
// (CBS노컷뉴스, YTN사이언스, KBS뉴스, MBN뉴스, SBS비즈, JTBC뉴스, MBC경남),
// is the org of its reporter's credit, bracketed and run in or alone on
// its line under the stamp (blind page ko-nocut-web): the line had been
// the headline of a second article. The name with a particle, a Latin
// word that is no broadcaster's call name, or a word too long stays
// none.
func TestKoreanLatinOutletCredit(t *testing.T) {
	for in, want := range map[string]bool{
		"CBS노컷뉴스":      true,
		"YTN사이언스":      true,
		"KBS뉴스":        true,
		"MBN뉴스":        true,
		"SBS비즈":        true,
		"JTBC뉴스":       true,
		"MBC경남":        true,
		"CBS":          true,
		"CBS노컷뉴스는":     false, // the name in a sentence
		"KBS에서":        false,
		"MBC의":         false,
		"KBS뉴":         false, // one syllable: a particle's length
		"LG전자":         false, // no broadcaster
		"SK하이닉스":       false,
		"KBSN스포츠":      false, // (a Latin letter after the call name)
		"CBS노컷뉴스오늘의소식": false,
	} {
		if got := koreanOutlet(in); got != want {
			t.Errorf("koreanOutlet(%q) = %v, want %v", in, got, want)
		}
	}
	wantBylineLines(t, map[string]string{
		"[CBS노컷뉴스 정다은 기자]": "org=CBS노컷뉴스 roles=기자 names=정다은",
		"CBS노컷뉴스 정다은 기자":   "org=CBS노컷뉴스 roles=기자 names=정다은",
		"[YTN사이언스 김민수 기자]": "org=YTN사이언스 roles=기자 names=김민수",
		"[SBS비즈 박서연 기자]":   "org=SBS비즈 roles=기자 names=박서연",
		"[CBS 정다은 기자]":     "org=CBS roles=기자 names=정다은",
	})
	for _, outlet := range []string{"CBS노컷뉴스", "YTN사이언스", "KBS뉴스", "JTBC뉴스"} {
		page := "CBS노컷뉴스\n\n사회 > 사건/사고\n\n겨울철 전기장판 화재 5년간 1천건…\"접어서 쓰지 마세요\"\n\n2026-12-05 18:42\n\n" +
			outlet + " 정다은 기자\n\n[" + outlet + " 정다은 기자] 겨울철 전기장판과 전기요 화재가 최근 5년간 1천건 넘게 발생한 것으로 나타났다.\n\n" +
			"5일 소방청에 따르면 이 가운데 70% 이상이 12월부터 2월 사이에 집중됐다.\n"
		d := mustRead(t, page)
		got := strings.Join(treeOf(d), "\n")
		wantIn(t, got, "byline "+outlet+" 정다은 기자", "byline ["+outlet+" 정다은 기자]", "paragraph 겨울철 전기장판과")
		if len(d.Articles) != 1 {
			t.Errorf("%s: %d articles, want 1:\n%s", outlet, len(d.Articles), got)
		}
		roundTrip(t, d)
	}
	// The name with its particle opening a sentence stays text.
	d := mustRead(t, "겨울철 전기장판 화재 5년간 1천건\n\n2026-12-05 18:42\n\n[CBS노컷뉴스 정다은 기자] 겨울철 화재가 늘었다.\n\nCBS노컷뉴스는 정다은 기자가 취재했다.\n")
	if got := strings.Join(treeOf(d), "\n"); !strings.Contains(got, "paragraph CBS노컷뉴스는 정다은 기자가 취재했다.") {
		t.Errorf("a sentence naming the outlet read as a credit:\n%s", got)
	}
	roundTrip(t, d)
}
