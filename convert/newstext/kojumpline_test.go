package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// articleHeadlines returns the headline of each article of d ("" for an
// article with none).
func articleHeadlines(d *doc.Document) []string {
	var out []string
	for _, a := range d.Articles {
		h := ""
		for _, n := range a.Children {
			if n.Kind == doc.KindHeadline {
				h = n.Text
				break
			}
		}
		out = append(out, h)
	}
	return out
}

// TestKoreanJumpLine: a Korean front page's jump, (3면에 계속), (3면으로
// 계속), (1면에서 계속), and its pointer to a sidebar, <관련기사 3면>
// (angle brackets mixed as OCR reads them, ‹관련기사 3면>, or round or
// square ones, or after ▶), alone on its line or run on after the cut
// paragraph, is a jump: not glued to the cut sentence by the column-break
// join, and the title under it opens the next story. Look-alikes: the
// serial's (계속), a bare page (3면), an instalment (2회에 계속), a
// bracket with more words, a photo credit <충북소방본부 제공>, and 계속
// inside a sentence.
func TestKoreanJumpLine(t *testing.T) {
	for _, s := range []string{
		"(3면에 계속)", "(3면으로 계속)", "(1면에서 계속)", "(1면서 계속)", "(A3면에 계속)", "(3면 계속)", "(3면에계속)",
		"[3면에 계속]", "〈3면에 계속〉", "<관련기사 3면>", "‹관련기사 3면>", "<관련 기사 A3면>", "<관련기사 3·4면>", "(관련기사 3면)",
		"▶3면에 계속", "☞3면으로 계속", "▶관련기사 A14면",
	} {
		if leadingJump(s) != len(s) {
			t.Errorf("%s: no jump line", s)
		}
	}
	for _, s := range []string{
		"(계속)", "(3면)", "(2회에 계속)", "<관련기사>", "<사진>", "(3면에 계속 게재)", "(3면에 계속된다)", "<충북소방본부 제공>",
		"(사진 3면)", "▶3면", "관련기사 3면", "3면에 계속",
	} {
		if leadingJump(s) == len(s) {
			t.Errorf("%s: read as a jump line", s)
		}
	}
	for s, want := range map[string]string{
		"현재 시설의 가동률은 95%를 넘어섰고, 시는 이번 증설로 (3면에 계속)": "(3면에 계속)",
		"시는 설명회를 열겠다고 밝혔다. <관련기사 3면>":               "<관련기사 3면>",
		"시는 설명회를 열겠다고 밝혔다. ▶3면에 계속":                 "▶3면에 계속",
		"시는 이 계획을 3면에 계속 싣는다":                       "",
		"진화 작업을 하고 있다. <충북소방본부 제공>":                 "",
	} {
		k := trailingJump(s)
		if got := ""; k > 0 {
			got = s[k:]
			if got != want {
				t.Errorf("%s: jump %q, want %q", s, got, want)
			}
		} else if want != "" {
			t.Errorf("%s: no trailing jump, want %q", s, want)
		}
	}
	lead := "오창산단 폐수처리장 증설\n국비 210억 확보…2028년 완공\n\n오창=박정민 기자\n\n" +
		"청주시 청원구 오창과학산업단지의\n공공폐수처리시설이 하루 처리 용량\n1만t 규모로 늘어난다.\n\n" +
		"시는 내년 상반기 실시설계를 마치고\n하반기에 착공할 계획이다. 입주\n기업이 늘면서 현재 시설의 가동률은\n95%를 넘어섰고, 시는 이번 증설로\n\n"
	brief := "음성 금왕읍 창고 화재…1억 피해\n\n6일 오전 4시 20분께 음성군\n금왕읍의 한 물류창고에서 불이 나\n1시간 30분 만에 꺼졌다. 인명\n피해는 없었다.\n\n이서연 기자 lsy@chsinbo.example\n"
	for _, jumps := range []string{
		"(3면에 계속)\n\n<관련기사 3면>\n\n",
		"(3면으로 계속)\n\n‹관련기사 3면>\n\n",
		"(3면에 계속)\n\n",
		"<관련기사 3면>\n\n",
	} {
		d := mustRead(t, lead+jumps+brief)
		got := strings.Join(pageLeafKinds(d), "\n")
		for _, j := range strings.Split(strings.TrimSpace(jumps), "\n\n") {
			wantIn(t, got, "jump "+j+"\n")
		}
		wantIn(t, got, "시는 이번 증설로\n")
		if h := articleHeadlines(d); len(h) != 2 || h[1] != "음성 금왕읍 창고 화재…1억 피해" {
			t.Errorf("%q: headlines %q, want the brief's headline opening a second article\n%s", jumps, h, got)
		}
		roundTrip(t, d)
	}
}
