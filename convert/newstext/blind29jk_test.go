package newstext

import "testing"

// TestBlind29CreditClosesLine: a paragraph line ending in a bracketed
// credit after its last sentence (…と述べた。（共同）) is finished, like
// one ending in an end mark: the caption set right under it (…＝共同) is
// not wrapped into it, and the credit splits off as the story's byline
// (blind page ja-hokkoku). The same line without the credit reads alike,
// and a bracket that is no credit after the sentence (（写真は本文と関係ありません）) stays
// in its paragraph.
func TestBlind29CreditClosesLine(t *testing.T) {
	head := "能登の仮設商店街、来春閉鎖へ\n　石川県輪島市の仮設商店街を運営する協同組合は４日、来年３月末で営業を終えると発表した。本設の店舗への移転が進んだためで、入居する３２店のうち２０店が年度内に市中心部で再開する。\n"
	last := "　組合長は「仮設での３年間を支えてくれた全国の人に感謝したい」と述べた。"
	caption := "仮設商店街で買い物をする観光客＝４日、石川県輪島市＝共同\n"
	para := "paragraph 石川県輪島市の仮設商店街を運営する協同組合は４日、来年３月末で営業を終えると発表した。本設の店舗への移転が進んだためで、入居する３２店のうち２０店が年度内に市中心部で再開する。"
	wantKinds(t, head+last+"（共同）\n"+caption,
		"headline 能登の仮設商店街、来春閉鎖へ", para,
		"paragraph 組合長は「仮設での３年間を支えてくれた全国の人に感謝したい」と述べた。",
		"byline （共同）", "caption 仮設商店街で買い物をする観光客＝４日、石川県輪島市＝共同")
	wantKinds(t, head+last+"\n"+caption,
		"headline 能登の仮設商店街、来春閉鎖へ", para,
		"paragraph 組合長は「仮設での３年間を支えてくれた全国の人に感謝したい」と述べた。",
		"caption 仮設商店街で買い物をする観光客＝４日、石川県輪島市＝共同")
	tests := []struct {
		in   string
		want bool
	}{
		{"…と述べた。（共同）", true},
		{"…と述べた。〔時事〕", true},
		{"…と述べた。（完）", true},
		{"…と述べた（共同）", false},
		{"…と述べた。（写真は本文と関係ありません）", false},
		{"…と述べた。（１）", false},
		{"…と述べた。", false},
	}
	for _, tt := range tests {
		if got := closedLine(tt.in); got != tt.want {
			t.Errorf("closedLine(%s) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
