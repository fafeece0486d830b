package newstext

import (
	"slices"
	"strings"
	"testing"
)

// itmediaHead and itmediaBody frame a Japanese tech-news site's story
// (blind page ja-itmedia-web): the headline, its stamp, the body.
const (
	itmediaHead = "生成AIで議事録作成、自治体の４割が導入　民間調査\n\n2026年12月05日 18時20分 公開\n"
	itmediaBody = "\n民間調査会社の行政デジタル研究所は５日、生成AIを使って会議の議事録を作る自治体が全体の４割に達したとの調査結果を発表した。昨年の調査から２倍に増えた。\n\n" +
		"導入した自治体の７割が「職員の作業時間が半分以下になった」と答えた一方、発言の取り違えなど誤りの確認に手間がかかるとの声もあった。\n"
)

// TestSquareBracketSiteCredit: a tech-news site's credit in square
// brackets under the stamp, the writer's name, a comma and the site's
// Latin brand ([吉村 遥，ITmedia], the comma full-width, ASCII or 、),
// the brand alone ([ITmedia]) or before the name ([Impress Watch
// 山田太郎]), is the story's byline, org the brand (blind page
// ja-itmedia-web), never the headline of a second article; a label in
// square brackets, a plain word, a kicker's rubric or an org in kanji
// after a comma is none.
func TestSquareBracketSiteCredit(t *testing.T) {
	for in, want := range map[string]string{
		"[吉村 遥，ITmedia]":         "ITmedia/吉村 遥",
		"[吉村遥，ITmedia]":          "ITmedia/吉村遥",
		"[吉村 遥,ITmedia]":         "ITmedia/吉村 遥",
		"[吉村 遥、ITmedia]":         "ITmedia/吉村 遥",
		"［吉村 遥，ITmedia］":         "ITmedia/吉村 遥",
		"[山田太郎、佐藤花子，ITmedia]":    "ITmedia/山田太郎,佐藤花子",
		"[佐々木真一，CNET Japan]":     "CNET Japan/佐々木真一",
		"[ITmedia]":              "ITmedia/",
		"[CNET Japan]":           "CNET Japan/",
		"[Impress Watch 山田太郎]":   "Impress Watch/山田太郎",
		"[PR]":                   "",
		"[PDF]":                  "",
		"[Video]":                "",
		"[iPhone]":               "", // one capital: a word, not a brand
		"[現場から]":                 "",
		"[東京，大阪]":                "", // no Latin brand after the comma
		"[第1回，ITmedia]":          "", // no name before it
		"[吉村 遥，ITmedia]の記事から":    "",
		"[AI，ChatGPT]":           "",
		"[Impress Watch 新製品を発表]": "",
	} {
		got := ""
		if c, ok := parseBylineLine(in); ok {
			got = c.org + "/" + strings.Join(c.names, ",")
		}
		if got != want {
			t.Errorf("parseBylineLine(%q) = %q, want %q", in, got, want)
		}
	}
	for _, c := range []string{"[吉村 遥，ITmedia]", "[吉村遥,ITmedia]", "[ITmedia]", "[Impress Watch 山田太郎]"} {
		wantAllKinds(t, itmediaHead+c+"\n"+itmediaBody,
			"article", "headline 生成AIで議事録作成、自治体の４割が導入　民間調査", "noise 2026年12月05日 18時20分 公開", "byline "+c,
			"paragraph 民間調査会社の行政デジタル研究所は５日、生成AIを使って会議の議事録を作る自治体が全体の４割に達したとの調査結果を発表した。昨年の調査から２倍に増えた。",
			"paragraph 導入した自治体の７割が「職員の作業時間が半分以下になった」と答えた一方、発言の取り違えなど誤りの確認に手間がかかるとの声もあった。")
	}
}

// TestLatinSiteBrandMasthead: a site's Latin brand alone opening a
// Japanese (or Chinese, Korean) page over a title in the page's script
// dated by its stamp is the site's masthead, noise (blind page
// ja-itmedia-web), whatever the site; the title stays the headline. A
// Latin line with a kana particle, a long one, one over a title with no
// stamp or over a Latin title is left as it was.
func TestLatinSiteBrandMasthead(t *testing.T) {
	for in, want := range map[string]bool{
		"ITmedia NEWS":                       true,
		"ITmedia ビジネスオンライン":                  true,
		"Impress Watch":                      true,
		"CNET Japan":                         true,
		"ZDNET Japan":                        true,
		"PC Watch":                           true,
		"GIGAZINE":                           true,
		"Engadget 日本版":                       true,
		"ETtoday 新聞雲":                        true,
		"iPhone が変える暮らし":                     false, // kana particle: a phrase
		"5G":                                 false, // no letter opens it
		"news":                               false, // no capital
		"ITmedia NEWS 企業 業界 動向":              false, // four words
		"Apple Watch Series 11 Ultra review": false,
	} {
		if got := latinBrand(in); got != want {
			t.Errorf("latinBrand(%q) = %v, want %v", in, got, want)
		}
	}
	for _, brand := range []string{"ITmedia NEWS", "ITmedia ビジネスオンライン", "Impress Watch", "GIGAZINE", "Engadget 日本版"} {
		wantAllKinds(t, brand+"\n\n"+itmediaHead+itmediaBody,
			"article", "noise "+brand, "headline 生成AIで議事録作成、自治体の４割が導入　民間調査", "noise 2026年12月05日 18時20分 公開",
			"paragraph 民間調査会社の行政デジタル研究所は５日、生成AIを使って会議の議事録を作る自治体が全体の４割に達したとの調査結果を発表した。昨年の調査から２倍に増えた。",
			"paragraph 導入した自治体の７割が「職員の作業時間が半分以下になった」と答えた一方、発言の取り違えなど誤りの確認に手間がかかるとの声もあった。")
	}
	// With the credit and the buttons, as the page has them.
	d := mustRead(t, "ITmedia NEWS\n\n"+itmediaHead+"[吉村 遥，ITmedia]\n\n印刷\n通知\n見る\nShare\n"+itmediaBody)
	if k := allKinds(d); len(k) < 4 || k[1] != "noise ITmedia NEWS" || k[2] != "headline 生成AIで議事録作成、自治体の４割が導入　民間調査" || !slices.Contains(k, "byline [吉村 遥，ITmedia]") || countOf(k, "article") != 1 {
		t.Errorf("the whole head: %v", k)
	}
	roundTrip(t, d)
	// Over the site's breadcrumb, a brand longer than siteNameOverTrail's
	// twelve characters.
	wantAllKinds(t, "ITmedia ビジネスオンライン\n\nトップ > 企業 > IT\n\n生成AIで議事録作成、自治体の４割が導入　民間調査\n"+itmediaBody,
		"article", "noise ITmedia ビジネスオンライン", "noise トップ > 企業 > IT", "headline 生成AIで議事録作成、自治体の４割が導入　民間調査",
		"paragraph 民間調査会社の行政デジタル研究所は５日、生成AIを使って会議の議事録を作る自治体が全体の４割に達したとの調査結果を発表した。昨年の調査から２倍に増えた。",
		"paragraph 導入した自治体の７割が「職員の作業時間が半分以下になった」と答えた一方、発言の取り違えなど誤りの確認に手間がかかるとの声もあった。")
	// Not a masthead: no stamp under the title, or a Latin title.
	for _, page := range []string{
		"ITmedia NEWS\n\n生成AIで議事録作成、自治体の４割が導入　民間調査\n" + itmediaBody,
		"Apple Watch\n\nApple Watch Series 11 review\n\n2026年12月05日 18時20分 公開\n" + itmediaBody,
	} {
		d := mustRead(t, page)
		if k := allKinds(d); len(k) > 1 && strings.HasPrefix(k[1], "noise ") {
			t.Errorf("page:\n%s\nits first line made noise: %v", page, k)
		}
		roundTrip(t, d)
	}
}

// TestSiteButtonColumn: a site's buttons copied one word a line under the
// story's head (ITmedia: 印刷 / 通知 / 見る / Share; シェア / ツイート /
// ブックマーク; 保存 / 印刷する / メール; Tweet / Pocket / はてブ) are
// noise, a word the list does not know going with its row, and a button
// alone right under the stamp is too (blind page ja-itmedia-web); short
// heads one a line, or a row with one button among other words, stay
// text.
func TestSiteButtonColumn(t *testing.T) {
	paras := []string{"paragraph 民間調査会社の行政デジタル研究所は５日、生成AIを使って会議の議事録を作る自治体が全体の４割に達したとの調査結果を発表した。昨年の調査から２倍に増えた。",
		"paragraph 導入した自治体の７割が「職員の作業時間が半分以下になった」と答えた一方、発言の取り違えなど誤りの確認に手間がかかるとの声もあった。"}
	for _, row := range [][]string{
		{"印刷", "通知", "見る", "Share"},
		{"シェア", "ツイート", "ブックマーク"},
		{"保存", "印刷する", "メール"},
		{"Tweet", "Pocket", "はてブ"},
		{"Share"},
		{"保存"},
	} {
		want := []string{"article", "headline 生成AIで議事録作成、自治体の４割が導入　民間調査", "noise 2026年12月05日 18時20分 公開"}
		for _, w := range row {
			want = append(want, "noise "+w)
		}
		wantAllKinds(t, itmediaHead+"\n"+strings.Join(row, "\n")+"\n"+itmediaBody, append(want, paras...)...)
	}
	// After the credit, as on the page (no stamp right above the row).
	wantAllKinds(t, itmediaHead+"[吉村 遥，ITmedia]\n\n印刷\n通知\n見る\nShare\n"+itmediaBody,
		append([]string{"article", "headline 生成AIで議事録作成、自治体の４割が導入　民間調査", "noise 2026年12月05日 18時20分 公開", "byline [吉村 遥，ITmedia]",
			"noise 印刷", "noise 通知", "noise 見る", "noise Share"}, paras...)...)
	for _, row := range [][]string{
		{"概要", "背景"},          // short heads
		{"見る", "読む", "Share"}, // one button among words
		{"大", "中", "小"},       // single characters: vertical text as often
		{"X", "中", "共有"},
	} {
		d := mustRead(t, itmediaHead+"\n"+strings.Join(row, "\n")+"\n"+itmediaBody)
		for _, k := range allKinds(d) {
			for _, w := range row {
				if k == "noise "+w {
					t.Errorf("row %v: %q made noise", row, w)
				}
			}
		}
		roundTrip(t, d)
	}
	for in, want := range map[string]bool{"Share": true, "通知": true, "印刷する": true, "見る": false, "読む": false} {
		if got := isChromeWord(in); got != want {
			t.Errorf("isChromeWord(%q) = %v, want %v", in, got, want)
		}
	}
}

// countOf is the number of times w is in k.
func countOf(k []string, w string) int {
	n := 0
	for _, s := range k {
		if s == w {
			n++
		}
	}
	return n
}
