package newstext

import (
	"slices"
	"testing"
)

// TestJaComposedMemberLabel: a Japanese site's label of a story kept for
// members, composed of 有料, 会員, 限定, 記事, プレミアム as each site words
// it (有料会員限定記事, 東京新聞 TOKYO Web), is noise on its line as
// 有料会員記事 is, never a headline opening a second article nor a
// subheadline (blind round 35 ja-tokyo-web, misread 6); words of the
// text made of the same words are not.
func TestJaComposedMemberLabel(t *testing.T) {
	for in, want := range map[string]bool{
		"有料会員限定記事":     true,
		"有料会員限定":       true,
		"会員限定記事":       true,
		"有料会員記事":       true,
		"プレミアム会員限定":    true,
		"プレミアム記事":      true,
		"会員限定有料記事":     true,
		"有料会員向け":       true,
		"有料記事":         true,
		"プレミアム":        false,
		"有料会員":         false,
		"会員":           false,
		"記事限定":         false,
		"有料会員限定記事の一覧":  false,
		"会員の記事":        false,
		"有料会員限定記事について": false,
		"記事有料":         false,
	} {
		if got := jaMemberLabel(in); got != want {
			t.Errorf("jaMemberLabel(%q) = %v, want %v", in, got, want)
		}
	}
	if !jaMemberTag("【有料会員限定記事】") || jaMemberTag("【有料会員限定記事の一覧】") {
		t.Error("jaMemberTag: composed label in brackets")
	}
	const title = "多摩川河川敷で不発弾　８日に撤去、住民１２００人に避難要請\n"
	const stamp = "2026年12月6日 06時00分\n"
	const text = "川崎市中原区の多摩川河川敷で、旧日本軍のものとみられる不発弾１発が見つかった。\n市によると、不発弾は長さ約５０センチ、直径約１５センチ。\n"
	for _, page := range []string{
		title + stamp + "有料会員限定記事\n" + text,
		title + "有料会員限定記事\n" + stamp + text,
		title + stamp + "プレミアム会員限定\n" + text,
	} {
		d := mustRead(t, page)
		k := allKinds(d)
		if len(d.Articles) != 1 || k[1] != "headline "+title[:len(title)-1] || slices.ContainsFunc(k, func(s string) bool {
			return s == "subheadline 有料会員限定記事" || s == "subheadline プレミアム会員限定"
		}) {
			t.Errorf("page:\n%s\ngot %v", page, k)
		}
		roundTrip(t, d)
	}
}
