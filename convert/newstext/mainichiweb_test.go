package newstext

import (
	"strings"
	"testing"
)

// mainichiPage builds a 毎日新聞 web page as copied, one paragraph a line
// (blind page ja-mainichi-web), with the given stamp, share row and
// paywall count lines; an empty one is left out.
func mainichiPage(stamp, label, share, count string) string {
	lines := []string{"毎日新聞", "政治", "防災予算１２％増　避難所改善に重点"}
	for _, l := range []string{stamp, label, share} {
		if l != "" {
			lines = append(lines, l)
		}
	}
	lines = append(lines,
		"政府の防災会議で発言する首相＝首相官邸で2026年12月5日、山田太郎撮影",
		"政府は５日、来年度の防災関連予算の概算要求を取りまとめた。総額は今年度比１２％増の１兆２４００億円となる。",
		"能登半島の教訓を踏まえ、避難所の環境改善や備蓄倉庫の整備に重点を置いた。",
		"この記事は有料記事です。")
	if count != "" {
		lines = append(lines, count)
	}
	lines = append(lines, "関連記事", "避難所の段ボールベッド　導入進まず")
	return strings.Join(lines, "\n") + "\n"
}

// TestJaPaywallTotalCount: 毎日新聞's paywall count gives the whole
// story's length in brackets after what is left, 残り612文字（全文912文字）:
// the site's furniture as 残り712文字 alone is (blind page
// ja-mainichi-web, misread 3: it had been a paragraph). A bracket that
// is no length of the whole, or a count that is not the paywall's, stays
// text.
func TestJaPaywallTotalCount(t *testing.T) {
	for in, want := range map[string]bool{
		"残り612文字（全文912文字）":             true,
		"残り612文字(全文912文字)":             true,
		"残り612文字（全912文字）":              true,
		"残り６１２文字（全文９１２文字）":             true,
		"この記事は有料記事です。残り612文字（全文912文字）": true,
		"残り712文字":                true,  // (as before)
		"残り612文字（全文）":            false, // no length
		"残り612文字（全文912字）":        false, // no 文字
		"残り3日（全日程10日）":           false, // no paywall's count
		"残り時間（全12分）":             false,
		"（全文912文字）":              false, // the bracket alone
		"全文912文字（残り612文字）":       false,
		"彼は残り612文字（全文912文字）を書いた": false,
	} {
		if got := jaPaywall(in); got != want {
			t.Errorf("jaPaywall(%q) = %v, want %v", in, got, want)
		}
	}
	for _, count := range []string{"残り612文字（全文912文字）", "残り612文字(全912文字)"} {
		d := mustRead(t, mainichiPage("毎日新聞 2026/12/5 18:20", "有料記事", "", count))
		wantIn(t, strings.Join(treeOf(d), "\n")+"\n", "noise "+count+"\n")
		roundTrip(t, d)
	}
}

// TestShareRowPlatformNote: a share row naming X with its former name in
// brackets, X（旧Twitter）　Facebook　はてなブックマーク　コピー (毎日新聞;
// X(旧ツイッター), X（Twitter）), is web furniture like any row of share
// buttons (blind page ja-mainichi-web, misread 4: it had been glued into
// the paragraph under it with the caption). A bracket that holds no
// platform's name, or a sentence after it, stays text.
func TestShareRowPlatformNote(t *testing.T) {
	for in, want := range map[string]bool{
		"X（旧Twitter）　Facebook　はてなブックマーク　コピー": true,
		"X（旧Twitter）　Facebook　はてブ　LINE":      true,
		"X(旧Twitter) Facebook LINE":          true,
		"X（旧ツイッター）　LINE　コピー":                 true,
		"X（Twitter）　Facebook":                true,
		"X（旧Twitter）の投稿が話題に":                 false, // a sentence's
		"X（旧Twitter）で発表　Facebook":            false,
		"首相（旧姓）　Facebook":                    false, // no platform in the note
		"X（旧社名）　Facebook":                    false,
		"X（大）　Facebook":                      false, // one letter: no former name
		"山田（旧Twitter）　Facebook":              false, // no button before the note
	} {
		if got := webChrome(in); got != want {
			t.Errorf("webChrome(%q) = %v, want %v", in, got, want)
		}
	}
	for _, row := range []string{"X（旧Twitter）　Facebook　はてなブックマーク　コピー", "X(旧ツイッター)　LINE　コピー"} {
		d := mustRead(t, mainichiPage("毎日新聞 2026/12/5 18:20", "有料記事", row, ""))
		got := strings.Join(treeOf(d), "\n") + "\n"
		wantIn(t, got, "noise "+row+"\n", "caption 政府の防災会議で発言する首相＝首相官邸で2026年12月5日、山田太郎撮影\n")
		roundTrip(t, d)
	}
}

// TestMainichiStampTail: 毎日新聞's stamp under the headline, with its
// update's time in brackets after the word (（最終更新 12/5 19:02）), the
// story's length (912文字) and its paywall label (有料記事) after it, on
// the line or over or under it, with or without the paper's name: the
// whole line is the site's, noise, it dates the headline over it, and
// the paper's name and section over that are the site's masthead (blind
// page ja-mainichi-web, misread 2: the count made the name the headline
// and the section a subheadline; the update's bracket alone made the
// stamp a subheadline). A line with a sentence's words before the date,
// or no time, stays text.
func TestMainichiStampTail(t *testing.T) {
	for in, want := range map[string]bool{
		"2026/12/5 18:20（最終更新 12/5 19:02）":      true,
		"毎日新聞 2026/12/5 18:20(最終更新 12/5 19:02)": true,
		"2026/12/05 14:32（更新：15:10）":            true,
		"2026/12/05 14:32（12/05 15:10更新）":       true, // (as before)
		"2026/12/5 18:20（最終更新予定）":               false,
		"2026/12/5 18:20（最終回）":                  false,
		"会見は2026/12/5 18:20（最終更新 12/5 19:02）":   false,
	} {
		if got := updatedStamp(in); got != want {
			t.Errorf("updatedStamp(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]bool{
		"毎日新聞 2026/12/5 18:20（最終更新 12/5 19:02） 912文字": true,
		"2026/12/5 18:20（最終更新 12/5 19:02） 912文字":      true,
		"2026/12/5 18:20 有料記事 912文字":                  true,
		"毎日新聞 2024/12/3 東京朝刊 有料記事 1412文字":             true, // (as before)
		"2026/12/5 912文字":            false, // no time
		"18:20 912文字":                false,
		"2026/12/5 18:20":            false, // a stamp's, no edition line
		"締め切りは2026/12/5 18:20 912文字": false,
	} {
		if got := isJapaneseEditionLine(in); got != want {
			t.Errorf("isJapaneseEditionLine(%q) = %v, want %v", in, got, want)
		}
	}
	for _, tt := range []struct{ stamp, label string }{
		{"毎日新聞 2026/12/5 18:20（最終更新 12/5 19:02） 912文字", "有料記事"},
		{"毎日新聞 2026/12/5 18:20（最終更新 12/5 19:02）", "有料記事"},
		{"毎日新聞 2026/12/5 18:20 912文字", "有料記事"},
		{"2026/12/5 18:20（最終更新 12/5 19:02） 912文字", "有料記事"},
		{"毎日新聞 2026/12/5 18:20(最終更新 12/5 19:02) 有料記事 912文字", ""},
		{"有料記事", "毎日新聞 2026/12/5 18:20（最終更新 12/5 19:02） 912文字"}, // the label over the stamp
	} {
		d := mustRead(t, mainichiPage(tt.stamp, tt.label, "", "残り612文字（全文912文字）"))
		got := strings.Join(treeOf(d), "\n") + "\n"
		wantIn(t, got, "noise 毎日新聞\n", "noise 政治\n", "headline 防災予算１２％増　避難所改善に重点\n")
		for _, l := range []string{tt.stamp, tt.label} {
			if l != "" {
				wantIn(t, got, "noise "+l+"\n")
			}
		}
		if len(d.Articles) != 1 {
			t.Errorf("%d articles, want 1:\n%s", len(d.Articles), got)
		}
		roundTrip(t, d)
	}
}

// TestCJKSentenceLinesCaptionForm: on a page of one paragraph a line, a
// caption whole on its line and told by its form (…＝首相官邸で2026年
// 12月5日、山田太郎撮影, closed by its credit) says nothing of wrapping,
// however long beside the page's two short paragraphs: they stay apart
// (blind page ja-mainichi-web, misread 1: they had been joined). The
// same long line left open with no caption's form still reads as a
// wrap, and hard-wrapped text with a caption among it stays wrapped.
func TestCJKSentenceLinesCaptionForm(t *testing.T) {
	p1 := "政府は５日、来年度の防災関連予算の概算要求を取りまとめた。総額は今年度比１２％増の１兆２４００億円となる。"
	p2 := "能登半島の教訓を踏まえ、避難所の環境改善や備蓄倉庫の整備に重点を置いた。"
	for _, tt := range []struct {
		first string
		want  bool
	}{
		{"政府の防災会議で発言する首相＝首相官邸で2026年12月5日、山田太郎撮影", true},
		{"記者会見する首相＝首相官邸で2026年12月5日午後3時12分、山田太郎撮影", true},
		{"政府の防災会議で発言する首相は首相官邸で2026年12月5日、記者団に対し", false}, // no caption: a wrap
	} {
		ls := []srcLine{{text: tt.first}, {text: p1}, {text: p2}, {text: "この記事は有料記事です。"}}
		if got := cjkSentenceLines(ls); got != tt.want {
			t.Errorf("cjkSentenceLines with %q = %v, want %v", tt.first, got, tt.want)
		}
	}
	wrapped := []srcLine{
		{text: "政府は５日、来年度の防災関連予算の概算要求を取りまとめた。総額は今"},
		{text: "政府の防災会議で発言する首相＝首相官邸で2026年12月5日、山田太郎撮影"},
		{text: "年度比１２％増の１兆２４００億円となる。能登半島の教訓を踏まえ、避"},
		{text: "難所の環境改善や備蓄倉庫の整備に重点を置いた。政府関係者によると、"},
		{text: "来年度は自治体への補助も拡充する方針だ。"},
	}
	if cjkSentenceLines(wrapped) {
		t.Error("hard-wrapped lines with a caption among them taken for one paragraph each")
	}
	d := mustRead(t, mainichiPage("2026/12/5 18:20", "有料記事", "", ""))
	got := strings.Join(treeOf(d), "\n") + "\n"
	wantIn(t, got, "paragraph "+p1+"\n", "paragraph "+p2+"\n", "caption 政府の防災会議で発言する首相＝首相官邸で2026年12月5日、山田太郎撮影\n")
	roundTrip(t, d)
}
