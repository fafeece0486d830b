package newstext

import (
	"strings"
	"testing"
)

// Japanese conventions found by a seventh round of blind pages (a
// regional site's copy of a 共同 story, a 読売 print page wrapped at
// sixteen characters), each tested on original text of its own.

// TestJaWireWebCopy: a regional site's copy of a wire story: the stamp
// with its update's time in brackets is noise, the agency's name alone
// under it the story's byline, and the author box at its end
// (この記事を書いた人 / the agency / 記者) noise, not a new article
// headed by the agency's name.
func TestJaWireWebCopy(t *testing.T) {
	page := "ホーム ＞ 地域 ＞ 社会\n\n" +
		"水道管の凍結相次ぐ　寒波で北日本、断水の地域も\n" +
		"2025年1月9日 07:15　（最終更新 08:40）\n" +
		"時事通信\n\n" +
		"凍結した水道管を修理する作業員＝8日午後、青森市\n\n" +
		"　強い寒波の影響で、北日本の各地で水道管の凍結や破裂が相次いだ。一部の地域では断水が続いている。\n\n" +
		"　気象庁は、10日にかけて厳しい冷え込みが続くとして注意を呼びかけている。\n\n" +
		"関連記事\n寒波、週末にかけて続く見通し\n大雪で交通機関に乱れ\n\n" +
		"この記事を書いた人\n時事通信\n記者\n\n" +
		"Copyright © Jiji Press Ltd. All Rights Reserved.\n"
	d := mustRead(t, page)
	if len(d.Articles) != 1 {
		t.Errorf("%d articles, want 1", len(d.Articles))
	}
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got,
		"headline 水道管の凍結相次ぐ　寒波で北日本、断水の地域も\nnoise 2025年1月9日 07:15　（最終更新 08:40）\nbyline 時事通信\ncaption 凍結した水道管",
		"noise この記事を書いた人\nnoise 時事通信\nnoise 記者\nnoise Copyright")
	// The agency's name alone with no stamp above it is not its byline
	// here; nor is an author box's line that runs on as a sentence.
	d = mustRead(t, "時事通信\n\n　社の歩みを振り返る展示が始まった。会場には古い写真が並ぶ。\n")
	if got := strings.Join(pageLeafKinds(d), "\n"); strings.Contains(got, "byline") {
		t.Errorf("agency name with no stamp taken as a byline:\n%s", got)
	}
}

// TestJaBracketedPhotographer: a print caption closing with the day, the
// place and the photographer in round brackets after ＝ is a caption, not
// a subheadline under the headline; a bracket without the ＝ credit, or
// a long one, is not.
func TestJaBracketedPhotographer(t *testing.T) {
	for in, want := range map[string]bool{
		"握手する両国の首脳（８日、ソウルで＝大野健撮影）":   true,
		"開幕した見本市（９日、幕張メッセで＝佐々木由美撮影)": true,
		"新しい駅舎（撮影）":                    false,
		"（８日、ソウルで＝大野健撮影）":              false,
		"新しい駅舎（８日＝市の担当者が先月からの準備を経て撮影）": false,
	} {
		if got := bracketedPhotographer(in); got != want {
			t.Errorf("bracketedPhotographer(%q) = %v, want %v", in, got, want)
		}
	}
	page := "日韓経済対話\n両国、供給網で協力確認\n半導体の素材で新枠組み\n握手する両国の首脳（８日、ソウルで＝大野健撮影）\n" +
		"　【ソウル＝大野健】日韓両政\n府は８日、経済対話をソウル\nで開き、半導体の供給網で協\n力することを確認した。\n" +
		"　両国は年内に新たな枠組み\nをつくる方針だ。\n"
	d := mustRead(t, page)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got, "kicker 日韓経済対話\nheadline 両国、供給網で協力確認\nsubheadline 半導体の素材で新枠組み\ncaption 握手する両国の首脳（８日、ソウルで＝大野健撮影）")
}
