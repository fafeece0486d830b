package newstext

import "testing"

// TestEmbedFallback: an embedded social-media post's fixed fallback text,
// which a copy of a web story keeps where the post stood (Instagram's
// View this post on Instagram / A post shared by NAME (@handle) and its
// Chinese and Japanese wordings, X's — NAME (@handle) date, Facebook's
// Posted by NAME on date, Threads' Post by @handle / View on Threads), is
// web furniture (blind page tw-yule-ig-fenzhuan, where it was a headline
// opening a second article). Sentences about a post, a credit without
// its handle, a quotation's dash without the embed's date stay text.
func TestEmbedFallback(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"View this post on Instagram", noiseChrome},
		{"A post shared by 林語晴 (@yuching.lin)", noiseChrome},
		{"A post shared by Tyler Hobbs (@tylerxhobbs) on Sep 3, 2018 at 3:55pm PDT", noiseChrome},
		{"A photo posted by Lin Yu-ching (@yuching_lin) on Mar 3, 2016 at 10:02am PST", noiseChrome},
		{"A video posted by 周柏翰 (@pohan.chou)", noiseChrome},
		{"在 Instagram 查看這則貼文", noiseChrome},
		{"林語晴（@yuching.lin）分享的貼文", noiseChrome},
		{"この投稿をInstagramで見る", noiseChrome},
		{"山田花子(@hanako_yamada)がシェアした投稿", noiseChrome},
		{"— 林語晴 (@yuching_lin) December 6, 2026", noiseChrome},
		{"— Central Weather Administration (@CWA_TW) Dec 6, 2026", noiseChrome},
		{"— 周柏翰 (@pohanchou) 2026年12月6日", noiseChrome},
		{"Posted by 周柏翰 on Thursday, December 3, 2026", noiseChrome},
		{"Posted by Harian Kompas on Saturday, 13 November 2021", noiseChrome},
		{"Post by @yuching.lin", noiseChrome},
		{"View on Threads", noiseChrome},
		// Look-alikes: sentences and titles about posts, a dash's
		// attribution of a quotation, credits without a handle or date.
		{"View this post on Instagram and tell us what you think.", ""},
		{"A post shared by the minister drew 3,000 replies", ""},
		{"A post shared by 林語晴 (@yuching.lin) drew 3,000 replies", ""},
		{"林語晴分享的貼文", ""},
		{"林語晴（@yuching.lin）分享的貼文引發熱議。", ""},
		{"— 林語晴 (@yuching.lin)", ""},
		{"— 林語晴，2026年12月6日", ""},
		{"Posted by the council on its website", ""},
		{"Posted by 周柏翰 on Thursday", ""},
		{"Post by @yuching.lin sparks debate", ""},
		{"View on Threads: a year of the app", ""},
		{"在 Instagram 查看更多", ""},
	}
	for _, tc := range tests {
		if got := noiseKind(tc.line); got != tc.want {
			t.Errorf("noiseKind(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
	// In a story, the embed's lines neither open an article nor head the
	// text under them.
	head := "林語晴產後首度復工　IG曝心聲：謝謝你們等我\n\n記者許雅筑／綜合報導\n\n女星林語晴6日透過IG宣布將接演公視新劇《南方的海》，正式復工。她在貼文中寫道：\n\n「現在我準備好了，謝謝你們等我。」\n\n"
	tail := "\n\n貼文曝光後，不到半天就吸引上萬名網友按讚，好友梁家瑜也留言：「終於！片場見！」\n"
	for _, embed := range [][2]string{
		{"View this post on Instagram", "A post shared by 林語晴 (@yuching.lin)"},
		{"在 Instagram 查看這則貼文", "林語晴（@yuching.lin）分享的貼文"},
		{"Post by @yuching.lin", "View on Threads"},
	} {
		d := mustRead(t, head+embed[0]+"\n\n"+embed[1]+tail)
		if len(d.Articles) != 1 {
			t.Errorf("%q: %d articles, want 1", embed, len(d.Articles))
		}
		got := kindsOf(d)
		want := []string{"noise " + embed[0], "noise " + embed[1], "paragraph 貼文曝光後，不到半天就吸引上萬名網友按讚，好友梁家瑜也留言：「終於！片場見！」"}
		if len(got) < len(want) || got[len(got)-3] != want[0] || got[len(got)-2] != want[1] || got[len(got)-1] != want[2] {
			t.Errorf("%q: got %q", embed, got)
		}
	}
}
