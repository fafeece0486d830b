package newstext

import (
	"strings"
	"testing"
)

// TestKoreanRubricOnPageWithoutBlankLines: a Korean opinion page's rubric
// run into its title ([정동칼럼]…, [여적]…, [김도현 칼럼]…) opening a line
// after a finished paragraph is the next piece's headline on a page with
// no blank lines too, cut by indent (a PDF's text layer) or one paragraph
// a line (web copy), as [사설] is: never wrapped text of the paragraph
// above, nor the column's author trailer above it (blind page
// ko-khan-column). Under an unfinished line the same bracket is wrapped
// text, and a story's or a head's tag ([단독], [인터뷰]) or a wire's
// dateline ([서울=뉴시스]) is no rubric.
func TestKoreanRubricOnPageWithoutBlankLines(t *testing.T) {
	const first = "[사설]동네 의원 야간진료, 지원 끊으면 안 된다"
	indentCut := func(next string) string {
		return "2026년 12월 5일 토요일　오피니언　27\n" + first + "\n" +
			"　정부가 내년 예산안에서\n달빛어린이병원과 동네 의원 야간진료\n지원금을 30% 가까이 줄인 것으로\n확인됐다. 재정 여건이 어렵다는\n이유다.\n" +
			"　국회는 예산 심사 과정에서 삭감된\n지원금을 되살려야 한다.\n" + next + "\n" +
			"　올겨울에도 연탄 나눔 봉사를\n다녀왔다. 언덕 위 골목까지 연탄을\n나르다 보면 어느새 손과 얼굴이\n까맣게 된다.\n" +
			"　한 장에 천 원 남짓한 연탄이\n누군가에게는 하루를 버티는 온기다.\n김나래 소설가\n[여적]겨울 철새의 귀환\n" +
			"　올해도 천수만에 가창오리 떼가\n돌아왔다. 해 질 녘 수십만 마리가\n한꺼번에 날아오르는 군무는 언제\n봐도 장관이다.\n김태훈 논설위원\n"
	}
	onePerLine := func(next string) string {
		return first + "\n정부가 내년 예산안에서 동네 의원 야간진료 지원금을 30% 가까이 줄인 것으로 확인됐다.\n" +
			"국회는 예산 심사 과정에서 삭감된 지원금을 되살려야 한다.\n" + next + "\n" +
			"올겨울에도 연탄 나눔 봉사를 다녀왔다. 언덕 위 골목까지 연탄을 나르다 보면 손과 얼굴이 까맣게 된다.\n" +
			"한 장에 천 원 남짓한 연탄이 누군가에게는 하루를 버티는 온기다.\n"
	}
	for _, tt := range []struct {
		next  string
		fresh bool // the line opens the next article
	}{
		{"[정동칼럼]연탄 한 장의 온기", true},
		{"[정동 칼럼]연탄 한 장의 온기", true},
		{"[김도현 칼럼]연탄 한 장의 온기", true},
		{"[세상읽기]연탄 한 장의 온기", true},
		{"[만물상]연탄 한 장의 온기", true},
		{"[여적] 연탄 한 장의 온기", true},
		{"[횡설수설/김도현]연탄 한 장의 온기", true},
		{"[단독]연탄 한 장의 온기", false},
		{"[인터뷰]연탄 한 장의 온기", false},
		{"[서울=뉴시스]연탄 한 장의 온기", false},
	} {
		for _, page := range []string{indentCut(tt.next), onePerLine(tt.next)} {
			d := mustRead(t, page)
			heads := headlines(d)
			if got := strings.Contains(heads, " / "+tt.next); got != tt.fresh {
				t.Errorf("%s: opens an article %v, want %v (headlines %q)", tt.next, got, tt.fresh, heads)
			}
			roundTrip(t, d)
		}
	}
	// The column's trailer and the next rubric under it close the column
	// and open the next piece.
	d := mustRead(t, indentCut("[정동칼럼]연탄 한 장의 온기"))
	if got, want := headlines(d), first+" / [정동칼럼]연탄 한 장의 온기 / [여적]겨울 철새의 귀환"; got != want {
		t.Errorf("headlines %q, want %q", got, want)
	}
	if len(d.Articles) == 3 {
		k := d.Articles[1].Children
		if last := k[len(k)-1]; last.Kind != "byline" || strings.Join(last.Names, ",") != "김나래" {
			t.Errorf("the column's last node %s %q, want the byline 김나래", last.Kind, last.Text)
		}
	}
	// Under a line that leaves its sentence open the bracket is the
	// paragraph's wrapped text.
	page := first + "\n　지난주 이 지면의\n[정동칼럼]에서 지적했듯이 야간진료는\n응급실 과밀을 막는 안전판이다.\n　국회는 지원금을\n되살려야 한다.\n　정부도 예산을\n다시 짜야 한다.\n"
	d = mustRead(t, page)
	if got := headlines(d); got != first {
		t.Errorf("wrapped bracket: headlines %q, want %q", got, first)
	}
	roundTrip(t, d)
}
