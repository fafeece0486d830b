package newstext

import "testing"

// TestJaSiteButtons: a Japanese site's reader buttons alone on their line
// (a like, a clip or favourite, a save, a read-later, perhaps with a
// count) are the site's furniture (blind page ja-yomiuri-online:
// この記事をスキ!する under the stamp was read as a new article's
// headline); titles and sentences that open with the same words stay
// text, and a bare noun naming a button stays chromeWords' to judge.
func TestJaSiteButtons(t *testing.T) {
	for in, want := range map[string]bool{
		"この記事をスキ!する":  true,
		"この記事をスキ！する":  true,
		"この記事をいいね":    true,
		"この記事にいいねする":  true,
		"いいね！":        true,
		"いいね！ 25":     true,
		"いいね":         true,
		"イイネ!":        true,
		"いいね♡":        true,
		"スキ":          true,
		"スキ 128":      true,
		"お気に入り登録":     true,
		"お気に入りに追加":    true,
		"この記事をクリップ":   true,
		"クリップする":      true,
		"マイページに保存":    true,
		"記事を保存する":     true,
		"記事をシェアする":    true,
		"あとで読む":       true,
		"コメント（12）":    true,
		"コメントする":      true,
		"スキー場が営業開始":   false,
		"スキマ時間の活用術":   false,
		"いいね！と言われる街へ": false,
		"この記事を書いた人":   false,
		"記事を読む":       false,
		"保存":          false,
		"コメント":        false,
		"クリップ":        false,
		"お気に入り":       false,
		"保存する方法":      false,
		"お気に入りの店を探す":  false,
		"印刷業界の再編進む":   false,
		"共有地の悲劇":      false,
		"コメント欄を閉鎖":    false,
		"スキ 2026年12月5日に投稿された記事です": false,
	} {
		if got := jaButton(in); got != want {
			t.Errorf("jaButton(%q) = %v, want %v", in, got, want)
		}
		if r, _ := firstRune(in); want && !jaButtonFirst(r) {
			t.Errorf("jaButtonFirst misses %q", in)
		}
	}
	const story = "５日午後３時頃、前橋市本町の交差点で、市営バスと乗用車が衝突した。\n\n同署が事故の原因を詳しく調べている。\n"
	for _, b := range []string{"この記事をスキ!する", "いいね！", "お気に入り登録", "この記事をクリップ", "スキ"} {
		page := "市営バスが乗用車と衝突、乗客３人軽傷\n\n2026/12/05 19:42\n\n" + b + "\n\n" + story
		wantAllKinds(t, page, "article", "headline 市営バスが乗用車と衝突、乗客３人軽傷", "noise 2026/12/05 19:42", "noise "+b,
			"paragraph ５日午後３時頃、前橋市本町の交差点で、市営バスと乗用車が衝突した。", "paragraph 同署が事故の原因を詳しく調べている。")
		roundTrip(t, mustRead(t, page))
	}
	// A short title opening a brief with the same words stays its headline.
	wantAllKinds(t, "スキー場が営業開始\n\n県内のスキー場が５日、今季の営業を始めた。\n",
		"article", "headline スキー場が営業開始", "paragraph 県内のスキー場が５日、今季の営業を始めた。")
}
