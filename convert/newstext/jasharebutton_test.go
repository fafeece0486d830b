package newstext

import "testing"

// TestJaShareButtonPhrases: a Japanese site's share buttons worded as
// phrases, the service, its particle and the action (Facebookでシェア,
// LINEで送る, X（旧ツイッター）でシェア, はてなブックマークに追加), alone on
// their line under the stamp, are the site's chrome, noise (blind page
// ja-web-fuho: they formed a second article, the first its headline, that
// took the whole story). Another noun before the particle, or more words
// after the action, is text.
func TestJaShareButtonPhrases(t *testing.T) {
	for in, want := range map[string]bool{
		"X（旧ツイッター）でシェア":      true,
		"X(旧Twitter)でシェア":    true,
		"Xでポスト":              true,
		"𝕏でポストする":            true,
		"Ｘでシェア":              true,
		"Facebookでシェア":       true,
		"Facebook でシェアする":    true,
		"LINEで送る":            true,
		"ＬＩＮＥで送る":            true,
		"はてなブックマークに追加":       true,
		"はてブに追加":             true,
		"メールで送る":             true,
		"Threadsでポスト":        true,
		"Pocketに保存":          true,
		"Xでシェア　Facebookでシェア": true,
		"Xでシェア | LINEで送る":    true,
		"みんなでシェア":            false,
		"家族で共有":              false,
		"ドローンで送る":            false,
		"Xでシェアされた動画が話題":      false,
		"LINEで送る年賀状":         false,
		"LINE":               false,
		"シェア":                false,
		"X（旧ツイッター）":          false,
		"AIで":                false,
		"Xでシェア、拡散":           false,
		"X（旧ツイッターで批判が広がった）でシェア": false,
	} {
		if got := jaShareButton(in); got != want {
			t.Errorf("jaShareButton(%q) = %v, want %v", in, got, want)
		}
		if want && !jaShareLast(lastRune(in)) {
			t.Errorf("jaShareLast misses %q", in)
		}
		// Two or more on a line are chrome by themselves; one alone only
		// by its neighbours (markJaShareButtons, the pages below).
		if want && jaShareButtons(in) >= 2 && noiseKind(in) != noiseChrome {
			t.Errorf("noiseKind(%q) = %q, want chrome", in, noiseKind(in))
		}
	}
	const head = "元松本市長の田島一郎さん死去　８４歳\n2026/12/6 17:45\n"
	const body = "元松本市長の田島一郎さんが５日、肺炎のため松本市内の病院で死去した。８４歳。\n\n在任中は市民会館の建設を進めた。\n"
	for _, buttons := range [][]string{
		{"X（旧ツイッター）でシェア", "Facebookでシェア", "LINEで送る"},
		{"はてなブックマークに追加", "メールで送る"},
		{"Xでシェア　Facebookでシェア　LINEで送る"},
		{"ＬＩＮＥで送る"}, // one alone right under the stamp
		{"Ｘでシェア", "Facebookでシェア　LINEで送る"},
	} {
		page := head
		want := []string{"article", "headline 元松本市長の田島一郎さん死去　８４歳", "noise 2026/12/6 17:45"}
		for _, b := range buttons {
			page += b + "\n"
			want = append(want, "noise "+b)
		}
		want = append(want, "paragraph 元松本市長の田島一郎さんが５日、肺炎のため松本市内の病院で死去した。８４歳。", "paragraph 在任中は市民会館の建設を進めた。")
		wantAllKinds(t, page+body, want...)
	}
	// Negative rows: one alone between paragraphs, worded as a how-to's
	// head, is no button (review: a guide to sending New Year cards lost
	// its section heads ＬＩＮＥで送る and メールで送る as chrome).
	const howto = "年賀状　デジタルで送るには\n" +
		"　はがきの値上げを受け、年賀のあいさつをスマートフォンで済ませる人が増えている。主な方法をまとめた。\n" +
		"ＬＩＮＥで送る\n" +
		"　ＬＩＮＥの公式アカウントが配布するスタンプや年賀カードを使えば、相手の住所を知らなくても送れる。\n" +
		"メールで送る\n" +
		"　写真入りの年賀カードを作れるアプリも多い。データの容量が大きいと相手が受け取れない場合がある。\n"
	d := mustRead(t, howto)
	for _, head := range []string{"ＬＩＮＥで送る", "メールで送る"} {
		if k := kindOfText(d, head); k != "heading" {
			t.Errorf("%q in a how-to read as %q, want heading", head, k)
		}
	}
	roundTrip(t, d)
	// One alone last on the page, under the story, is the site's button
	// (review: LINEで送る after the story read as a paragraph).
	const story = "信州日報デジタル\n" + head +
		"　元松本市長の田島一郎さんが５日、肺炎のため松本市内の病院で死去した。８４歳。\n" +
		"　在任中は市民会館の建設を進めた。\n"
	for _, tail := range []string{"LINEで送る\n", "LINEで送る\n\n"} {
		if k := kindOfText(mustRead(t, story+tail), "LINEで送る"); k != "noise" {
			t.Errorf("LINEで送る last on the page read as %q, want noise", k)
		}
	}
}
