package newstext

import (
	"testing"
)

// TestSectionAndArrowJumps: a jump that names its page by the section
// (（関連記事国際面に）, （社会面から）, （経済面に関連記事）) or marks it with an
// arrow (▶관련기사 B3면, ☞관련기사 7면) is a jump node, split off the end of
// the paragraph or alone, and the paragraph it ends is finished: the
// next story's headline is not joined into it (blind pages ja-nikkei,
// ko-donga).
func TestSectionAndArrowJumps(t *testing.T) {
	ja := "港湾物流に新会社\n自動運転トラック導入\n\n" +
		"【神戸＝川村直樹】海運大手の東洋マリンは５日、港湾物流の新会社を設立すると発表した。\n" +
		"同社の社長は「人手不足を技術で補う」と話した。（関連記事国際面に）\n\n" +
		"大雪で高速道路通行止め\n北陸道の一部区間\n\n" +
		"中日本高速道路によると、北陸道の一部区間が５日朝から通行止めになっている。\n"
	wantKinds(t, ja,
		"headline 港湾物流に新会社", "subheadline 自動運転トラック導入",
		"dateline 【神戸＝川村直樹】",
		"paragraph 海運大手の東洋マリンは５日、港湾物流の新会社を設立すると発表した。同社の社長は「人手不足を技術で補う」と話した。",
		"jump （関連記事国際面に）")
	if d := mustRead(t, ja); len(d.Articles) != 2 || d.Articles[1].Children[0].Text != "大雪で高速道路通行止め" {
		t.Errorf("ja: %d articles, want 2, the second under its own headline", len(d.Articles))
	}

	ko := "부산 북항 재개발 2단계 착공\n\n" +
		"부산시는 5일 북항 재개발 2단계 사업의 착공식을 열었다고 밝혔다.\n\n" +
		"시는 2030년까지 해양문화지구를 조성할 계획이다. ▶관련기사 B3면\n\n" +
		"☞관련기사 7면\n\n" +
		"다만 사업비 분담을 두고 정부와의 협의가 남아 있다.\n"
	wantKinds(t, ko,
		"headline 부산 북항 재개발 2단계 착공",
		"paragraph 부산시는 5일 북항 재개발 2단계 사업의 착공식을 열었다고 밝혔다.",
		"paragraph 시는 2030년까지 해양문화지구를 조성할 계획이다.",
		"jump ▶관련기사 B3면",
		"jump ☞관련기사 7면",
		"paragraph 다만 사업비 분담을 두고 정부와의 협의가 남아 있다.")

	inner := []struct {
		in string
		ok bool
	}{
		{"関連記事企業面に", true},
		{"関連記事スポーツ面", true},
		{"社会面から", true},
		{"経済面に関連記事", true},
		{"国際面へ続く", true},
		{"関連記事２面に", true}, // the numbered form still holds
		{"多方面から", false},
		{"真正面から", false},
		{"社会面", false}, // a section's name alone points nowhere
		{"面から", false},
		{"東京ドーム正面へ", false}, // not a section's name
		{"地方面に", true},
	}
	for _, tt := range inner {
		if got := isJumpInner(tt.in); got != tt.ok {
			t.Errorf("isJumpInner(%q) = %v, want %v", tt.in, got, tt.ok)
		}
	}
	trailing := []struct {
		in   string
		want string
	}{
		{"예상했다. ▶관련기사 A14면", "▶관련기사 A14면"},
		{"예상했다. ▶ 관련기사 A14·15면", "▶ 관련기사 A14·15면"},
		{"☞관련기사 3면", "☞관련기사 3면"},
		{"예상했다.▶관련기사 3면", ""}, // glued to the sentence: not a jump line
		{"관련기사 3면", ""},       // no arrow
		{"▶관련기사 보기", ""},      // no page
		{"전체 3면", ""},
	}
	for _, tt := range trailing {
		got := ""
		if k := trailingJump(tt.in); k >= 0 {
			got = tt.in[k:]
		}
		if got != tt.want {
			t.Errorf("trailingJump(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
