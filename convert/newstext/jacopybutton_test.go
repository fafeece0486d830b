package newstext

import (
	"slices"
	"strings"
	"testing"
)

// TestJaCopyButton: the button copying the story's link, URLをコピー or
// リンクをコピー, names no service; beside share buttons (on their line,
// in their run, under the stamp, over the page's links) it is one of
// them, noise, and a line of its own. Alone between a print story's
// paragraphs it is text; with more words it is no button.
func TestJaCopyButton(t *testing.T) {
	for in, want := range map[string]int{
		"URLをコピー": 1,
		"リンクをコピー": 1,
		"Xでシェア　Facebookでシェア　URLをコピー": 3,
		"URLをコピー | Xでシェア":            2,
		"Facebookでシェア リンクをコピー":       2,
		"URLをコピーして送る":                0,
		"リンクをコピーする方法":                0,
		"Xでシェア　URLをコピーして送る":          0,
	} {
		if got := jaShareButtons(in); got != want {
			t.Errorf("jaShareButtons(%q) = %d, want %d", in, got, want)
		}
	}
	head := "県内の紅葉　見頃迎える\n2026年12月6日 10時30分\n"
	body := "　県内各地で紅葉が見頃を迎えている。山あいの渓谷では６日、大勢の観光客が訪れた。\n　観光協会によると、見頃は来週末ごろまで続く見込み。\n"
	for _, tt := range []struct {
		page, line string
	}{
		{head + "Xでシェア　Facebookでシェア　URLをコピー\n" + body, "Xでシェア　Facebookでシェア　URLをコピー"},
		{head + "Xでシェア\nFacebookでシェア\nURLをコピー\n" + body, "URLをコピー"},
		{head + "リンクをコピー\n" + body, "リンクをコピー"},
		{head + body + "Xでシェア\nFacebookでシェア\nURLをコピー\n関連記事\n冬の観光キャンペーン始まる\n", "URLをコピー"},
	} {
		d := mustRead(t, tt.page)
		k := flatKinds(d)
		if !slices.Contains(k, "  noise "+tt.line) {
			t.Errorf("%q: want it noise:\n%s", tt.line, strings.Join(k, "\n"))
		}
		roundTrip(t, d)
	}
	// Alone in a print story: text.
	for _, w := range []string{"URLをコピー", "リンクをコピー"} {
		page := "スマホ講座　高齢者に好評\n\n　市の公民館で６日、高齢者向けのスマートフォン講座が開かれた。\n\n" + w + "\n\n　講師は「気になる記事は、共有ボタンからリンクを送れます」と説明した。\n"
		d := mustRead(t, page)
		for _, s := range flatKinds(d) {
			if strings.HasSuffix(s, " "+w) && strings.Contains(s, "noise") {
				t.Errorf("%s alone in print: %s", w, s)
			}
		}
		roundTrip(t, d)
	}
}
