package newstext

import (
	"strings"
	"testing"
)

// TestKoreanRunWrapped: a Korean profile box (◆X 대표는, 약력) may set its
// ▲ items several to a line and wrap the run at the box's width: the mark
// the wrap put at a line's start, and the tail of an item the wrap cut
// (▲2018년 / 한빛해양금융 대표(현)), go on with the run, one paragraph in
// the box's section; no kicker, no headline of a new article. A list set
// an item a line, a run whose lines end sentences, and a run's last line
// ending short over a line of its own keep their units.
func TestKoreanRunWrapped(t *testing.T) {
	joined := []struct{ name, box, want string }{
		{"mark at the start, item cut (blind page ko-inteobyu-myeon)",
			"▲1970년 부산 출생 ▲서울대 경제학과 졸업 ▲미국 펜실베이니아대 MBA\n▲한빛증권 해외사업본부장 ▲한국해양진흥공사 투자본부장 ▲2018년\n한빛해양금융 대표(현)",
			"paragraph ▲1970년 부산 출생 ▲서울대 경제학과 졸업 ▲미국 펜실베이니아대 MBA ▲한빛증권 해외사업본부장 ▲한국해양진흥공사 투자본부장 ▲2018년 한빛해양금융 대표(현)\nbyline"},
		{"mark at the start, two lines",
			"▲1965년 경남 진주 출생 ▲부산대 법학과 졸업 ▲행정고시 35회\n▲해양수산부 해운물류국장 ▲부산항만공사 사장(현)",
			"paragraph ▲1965년 경남 진주 출생 ▲부산대 법학과 졸업 ▲행정고시 35회 ▲해양수산부 해운물류국장 ▲부산항만공사 사장(현)\nbyline"},
		{"white marks",
			"△1970년 부산 출생 △서울대 경제학과 졸업 △미국 펜실베이니아대 MBA\n△한빛증권 해외사업본부장 △한국해양진흥공사 투자본부장 △2018년\n한빛해양금융 대표(현)",
			"paragraph △1970년 부산 출생 △서울대 경제학과 졸업 △미국 펜실베이니아대 MBA △한빛증권 해외사업본부장 △한국해양진흥공사 투자본부장 △2018년 한빛해양금융 대표(현)\nbyline"},
	}
	for _, c := range joined {
		d := mustRead(t, koProfilePage(c.box))
		roundTrip(t, d)
		got := strings.Join(pageLeafKinds(d), "\n")
		wantIn(t, got, c.want)
		if len(d.Articles) != 1 || strings.Contains(got, "kicker") || strings.Count(got, "headline") != 1 {
			t.Errorf("%s: %d articles:\n%s", c.name, len(d.Articles), got)
		}
	}
	kept := []struct{ name, box string }{
		{"an item a line",
			"▲1970년 부산 출생\n▲서울대 경제학과 졸업\n▲2018년 한빛해양금융 대표(현)"},
		{"items ending sentences",
			"▲1970년 부산에서 태어났다. ▲서울대 경제학과를 졸업했다.\n▲2018년 한빛해양금융 대표가 됐다. ▲현재 부산에 산다."},
	}
	for _, c := range kept {
		d := mustRead(t, koProfilePage(c.box))
		roundTrip(t, d)
		got := strings.Join(pageLeafKinds(d), "\n")
		for _, l := range strings.Split(c.box, "\n") {
			if !strings.Contains(got, "paragraph "+l+"\n") {
				t.Errorf("%s: %q not a paragraph of its own:\n%s", c.name, l, got)
			}
		}
	}
	// A story's byline set right under a wrapped run, no blank line
	// between (review 30b, ko-yakryeok-run-byline): the credit is the
	// story's byline, not the run's tail, and (with its e-mail, the end
	// of a story) the next story keeps its headline. The run reads as it
	// did before the run rule (a paragraph a line: the rows pass).
	for _, c := range []struct {
		name, byline string
		articles     int
	}{
		{"byline with e-mail", "김한결 기자 hkim@hanbitilbo.co.kr", 2},
		{"byline alone", "김한결 기자", 0},
	} {
		page := "신임 대구지검장에 김정훈 검사장\n\n법무부는 5일 대구지검장에 김정훈 서울고검 차장검사를 임명했다. 김 검사장은\n특수수사 경험이 풍부하다는 평가를 받는다.\n\n" +
			"▲1966년 대구 출생 ▲경북고·서울대 법대 졸업 ▲사법시험 30회 합격\n▲서울중앙지검 특수부장 ▲대전지검 차장검사 ▲서울고검 차장검사(현)\n" + c.byline +
			"\n\n대구시, 청년 일자리 500개 만든다\n\n대구시는 올해 청년 일자리 500개를 새로 만든다고 5일 밝혔다.\n"
		d := mustRead(t, page)
		roundTrip(t, d)
		got := strings.Join(pageLeafKinds(d), "\n")
		wantIn(t, got, "차장검사(현)\nbyline "+c.byline+"\n")
		if c.articles > 0 && (len(d.Articles) != c.articles || !strings.Contains(got, "headline 대구시, 청년 일자리 500개 만든다\n")) {
			t.Errorf("%s: %d articles:\n%s", c.name, len(d.Articles), got)
		}
	}
	// The run's cheap tests alone.
	run := []srcLine{{text: "▲1970년 부산 출생 ▲서울대 경제학과 졸업 ▲미국 펜실베이니아대 MBA"}, {text: "▲한빛증권 해외사업본부장 ▲한국해양진흥공사 투자본부장 ▲2018년"}}
	for _, c := range []struct {
		unit []srcLine
		l    string
		want bool
	}{
		{run, "한빛해양금융 대표(현)", true},
		{run[:1], "한빛해양금융 대표(현)", false},                                       // one line: no width to tell a wrap by
		{[]srcLine{run[0], {text: "▲한빛증권 본부장 ▲2018년"}}, "한빛해양금융 대표(현)", false}, // the last line short: the run ended
		{[]srcLine{{text: "▲1970년 부산 출생"}, {text: "▲서울대 경제학과 졸업"}}, "한빛해양금융 대표(현)", false},
		{run, "김한결 기자", false},                       // a credit under the run is the byline, not the item's tail
		{run, "김한결 기자 hkim@hanbitilbo.co.kr", false}, // (review 30b, ko-yakryeok-run-byline)
		{run, "hkim@hanbitilbo.co.kr", false},
		{run, "◆내년 계획", false},
	} {
		if got, _ := koRunAfter(c.unit, c.l); got != c.want {
			t.Errorf("koRunAfter(%v, %q) tail = %v, want %v", c.unit, c.l, got, c.want)
		}
	}
	if koRunWrapped("▲1970년 부산 출생", '▲') || !koRunWrapped("▲한빛증권 해외사업본부장 ▲2018년", '▲') || koRunWrapped("▲▲ 추천", '▲') {
		t.Error("koRunWrapped: wrong on a line of one item, of two, or a doubled mark")
	}
}

// koProfilePage sets box as an interview's profile box under its ◆ head,
// closed by the interviewer's byline, as a Korean interview page ends.
func koProfilePage(box string) string {
	return "윤정호 대표 “부산, 해양금융 허브 충분히 가능”\n\n" +
		"부산에 본사를 둔 해양금융 전문 운용사 한빛해양금융은 올해 선박 펀드\n운용 자산이 2조원을 넘어섰다. 지난 3일 부산 남구 문현동 본사에서\n윤정호 대표를 만났다.\n\n" +
		"◆윤정호 대표는\n\n" + box + "\n\n대담·정리=김한결 기자 hkim@hanbitilbo.co.kr\n"
}
