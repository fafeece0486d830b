package newstext

import (
	"strings"
	"testing"
)

// TestBracketedBareRankHeaders: a Japanese site's bare reader's header in
// lenticular brackets, 【ランキング】, 【人気記事】, over link titles at a
// web page's foot, is noise and its titles related links, as the bare
// ランキング is; over a print box's items, over body text, or followed by
// body text, it is left as it was read.
func TestBracketedBareRankHeaders(t *testing.T) {
	const (
		top  = "上田城跡公園で桜の開花宣言　平年より５日早く\n\n2026年4月2日 10:15\n\n　上田市の上田城跡公園で２日、ソメイヨシノの開花が確認された。市観光課によると平年より５日早い。\n\n"
		body = "見頃は８日ごろになる見込みで、市は夜間のライトアップを予定している。"
	)
	for _, tt := range []struct {
		header string
		links  []string
		noise  bool
	}{
		{"【ランキング】", []string{"1　北陸新幹線、大雪で一部運休", "2　松本市で春の交通安全運動始まる", "3　諏訪湖の御神渡り、今季は見られず"}, true},
		{"【人気記事】", []string{"北陸新幹線、大雪で一部運休", "松本市で春の交通安全運動始まる", "諏訪湖の御神渡り、今季は見られず"}, true},
		{"【人気ランキング】", []string{"1. 北陸新幹線、大雪で一部運休", "2. 松本市で春の交通安全運動始まる"}, true},
		{"【注目記事】", []string{"北陸新幹線、大雪で一部運休", "松本市で春の交通安全運動始まる"}, true},
		{"【よく読まれている記事】", []string{"北陸新幹線、大雪で一部運休", "松本市で春の交通安全運動始まる"}, true},
		// Look-alikes: a bracketed head that names no reading, and the
		// header over body text.
		{"【売れ筋ランキング】", []string{"1　小型冷蔵庫", "2　電子レンジ"}, false},
		{"【ランキング】", []string{"市内の人気店を調べたところ、駅前のそば店が首位となった。", "２位は老舗の和菓子店だった。"}, false},
	} {
		page := top + "　" + body + "\n\nこの記事をシェア　X　Facebook　LINE\n\n" + tt.header + "\n" + strings.Join(tt.links, "\n") + "\n"
		d := mustRead(t, page)
		joined := strings.Join(kindsOf(d), "\n") + "\n"
		want := "noise " + tt.header + "\nnoise " + strings.Join(tt.links, "\nnoise ") + "\n"
		if got := strings.Contains(joined, want); got != tt.noise || !strings.Contains(joined, "paragraph "+body+"\n") {
			t.Errorf("%s: noise %v, want %v: got %s", tt.header, got, tt.noise, strings.ReplaceAll(joined, "\n", " | "))
		}
		roundTrip(t, d)
	}
	// In context, not at a foot: the header with body text under it, and
	// a print page's box with no web furniture.
	for _, page := range []string{
		top + "【ランキング】\n1　北陸新幹線、大雪で一部運休\n2　松本市で春の交通安全運動始まる\n\n　" + body + "\n\nこの記事をシェア　X　Facebook　LINE\n",
		"春の新生活応援特集\n\n　家電量販店の売れ筋では、一人暮らし向けの小型冷蔵庫が首位となった。\n\n【ランキング】\n1　小型冷蔵庫\n2　電子レンジ\n3　洗濯機\n",
	} {
		d := mustRead(t, page)
		if joined := strings.Join(kindsOf(d), "\n"); strings.Contains(joined, "noise 【ランキング】") || strings.Contains(joined, "noise 1　") {
			t.Errorf("not a foot: got %s", strings.ReplaceAll(joined, "\n", " | "))
		}
		roundTrip(t, d)
	}
}
