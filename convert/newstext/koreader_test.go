package newstext

import (
	"strings"
	"testing"
)

// TestKoreanReaderSignature: a reader's signature at a letter's foot on a
// Korean letters page, the name and where the reader lives and what the
// reader does (김영순 부산 해운대구·주부, in brackets, the other way round,
// or one of them), is the letter's byline naming the name, and the next
// letter's title under it opens the next article (blind page
// ko-dokja-tugo: the first signature had been the headline of a second
// article, the last a paragraph). A name with no place or occupation,
// a region's name alone, a reporter's or writer's line, a title naming a
// person's post and a sentence stay none.
func TestKoreanReaderSignature(t *testing.T) {
	for in, want := range map[string]bool{
		"김영순 부산 해운대구·주부":     true,
		"김영순(부산 해운대구·주부)":    true,
		"김영순（부산 해운대구·주부）":    true,
		"김영순 주부·부산 해운대구":     true,
		"이철민 회사원":            true,
		"김영순 부산 해운대구 주부":     true,
		"박상철 경기 성남시 분당구·대학생": true,
		"최은희 서울 노원구·전 교사":    true,
		"정민호(부산 동래구)":        true,
		"김영순 독자":             true,
		"김영순 부산":             false, // a region alone
		"이웃 주민":              false, // two syllables: no name
		"김영순 부산 해운대구 주부입니다.": false, // a sentence
		"이수진 서울대 경제학부 교수":    false, // a writer's line (markKoreanAuthorLines)
		"김지훈 기자":             false,
		"이정훈 경상남도의사회장":       false,
		"정부 부산 해운대구 지원 확대":   false,
		"한국 경제 성장률 둔화":       false,
	} {
		if _, got := koreanReaderSignature(in); got != want {
			t.Errorf("koreanReaderSignature(%q) = %v, want %v", in, got, want)
		}
	}
	letter := func(title, sig string) string {
		return title + "\n\n출근길 버스정류장에 설치된 온열의자\n덕분에 올겨울은 한결 따뜻하게 버스를\n기다리고 있다.\n\n다만 온열의자는 대부분 큰길\n정류장에만 있다. 내년에는 살펴\n주기를 바란다.\n\n" + sig + "\n"
	}
	for _, sig := range []string{"김영순 부산 해운대구·주부", "김영순(부산 해운대구·주부)", "김영순 주부·부산 해운대구", "김영순 회사원"} {
		page := "2026년 12월 7일 월요일　오피니언　23\n\n독자 투고\n\n" + letter("버스정류장 온열의자 골목에도 놓아 주길", sig) + "\n" + letter("골목길 제설 책임 분명히 알려야", "박상철 부산 동래구·회사원")
		d := mustRead(t, page)
		got := strings.Join(treeOf(d), "\n")
		wantIn(t, got, "byline "+sig, "byline 박상철 부산 동래구·회사원")
		if len(d.Articles) != 2 || d.Articles[1].Children[0].Text != "골목길 제설 책임 분명히 알려야" {
			t.Errorf("%s: want the second letter's title opening the second article:\n%s", sig, got)
		} else if h := d.Articles[1].Children[0]; h.Kind != "headline" {
			t.Errorf("%s: second letter's title is %s, want headline", sig, h.Kind)
		}
		if c := d.Articles[0].Children[len(d.Articles[0].Children)-1]; len(c.Names) != 1 || c.Names[0] != sig[:len("김영순")] || c.Org != "" {
			t.Errorf("%s: signature's credit = %q %q, want names=김영순 alone", sig, c.Names, c.Org)
		}
		roundTrip(t, d)
	}
	// Under a story's paragraph with another paragraph under it, the same
	// line stays text; so does a name over a quoted person's post heading
	// text that goes on.
	d := mustRead(t, letter("골목길 제설 책임 분명히 알려야", "김영순 부산 해운대구·주부")+"\n이어 구청은 제설함을 더 늘리겠다고 밝혔다.\n")
	if got := strings.Join(treeOf(d), "\n"); strings.Contains(got, "byline 김영순") {
		t.Errorf("a line with a paragraph under it read as a signature:\n%s", got)
	}
	roundTrip(t, d)
}
