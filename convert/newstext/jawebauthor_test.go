package newstext

import (
	"slices"
	"strings"
	"testing"
)

// TestJaAuthorLine: a Japanese business site's author line under the
// headline, name : title, is a byline; look-alikes are not.
func TestJaAuthorLine(t *testing.T) {
	for s, want := range map[string]string{
		"山本 彩香 : 流通ジャーナリスト":    "流通ジャーナリスト|山本彩香",
		"田中一郎：経済評論家":           "経済評論家|田中一郎",
		"佐藤 健 : 東洋経済 記者":       "東洋経済 記者|佐藤健",
		"ピーター・ランダース : ジャーナリスト": "ジャーナリスト|ピーター・ランダース",
		"鈴木　真理子：弁護士":           "弁護士|鈴木真理子",
		"お知らせ : 編集部":           "",
		"結論 : 重要なのは現場だ":        "",
		"注意：値引きは午後５時から":        "",
		"山本 彩香":                "",
		"理由 : 人手不足、物価高、円安":     "",
	} {
		c, ok := jaAuthorLine(s)
		got := ""
		if ok {
			got = strings.Join(c.roles, ",") + "|" + strings.Join(c.names, ",")
		}
		if got != want {
			t.Errorf("jaAuthorLine(%s) = %q, want %q", s, got, want)
		}
	}
}

// TestJaPaging: a Japanese site's paging links and its follow button are
// noise; prose and heads worded alike are not.
func TestJaPaging(t *testing.T) {
	for s, want := range map[string]bool{
		"次ページ店長が明かした「意外な副作用」とは": true,
		"次のページ「値上げ」の本当の理由":      true,
		"1 2 次ページ":            true,
		"＜ 前ページ 1 2 3 次ページ ＞": true,
		"前へ 1 2 3 次へ":         true,
		"次ページ":                true,
		"次のページへ":              true,
		"続きを読む":               true,
		"著者フォロー":              true,
		"フォローする":              true,
		"次ページは来週掲載します。":       false,
		"次ページにつづく店長の証言":       false,
		"前年比で２割減った":           false,
		"1 2":                 false,
		"続きを読む前に知っておきたいこと":    false,
		"著者の山本氏は流通の専門家だ。":     false,
	} {
		if got := jaPaging(s); got != want {
			t.Errorf("jaPaging(%s) = %v, want %v", s, got, want)
		}
	}
	const page = "ダイヤモンドの森\n\n駅前商店街が「空き店舗ゼロ」になった理由\n\n家賃を下げずに埋まった\n\n鈴木　真理子：地域経済アナリスト\n\n2026/12/06 6:00\n\nフォローする\n\n" +
		"埼玉県のある駅前商店街で、３年前に１５あった空き店舗がすべて埋まった。家賃は据え置いたままだ。\n\n" +
		"商店会の会長は「若い店主が仲間を呼んだ」と話す。\n\n次のページ若手店主たちが選んだ「意外な条件」\n\n1 2 3 次ページ\n"
	d := mustRead(t, page)
	k := allKinds(d)
	for _, want := range []string{"byline 鈴木　真理子：地域経済アナリスト", "noise フォローする", "noise 次のページ若手店主たちが選んだ「意外な条件」", "noise 1 2 3 次ページ"} {
		if !slices.Contains(k, want) {
			t.Errorf("missing %q in %v", want, k)
		}
	}
	roundTrip(t, d)
}

// TestJaMagazineSiteName: a magazine's site's name alone (…オンライン) over
// the headline, its subheadline, the author's line and the stamp is the
// site's masthead, noise; over no stamp, or a phrase, it is not.
func TestJaMagazineSiteName(t *testing.T) {
	for s, want := range map[string]bool{
		"東洋経済オンライン":   true,
		"文春オンライン":     true,
		"プレジデントオンライン": true,
		"授業はオンラインで":   false,
		"オンライン 授業":    false,
	} {
		if got := jaSiteName(s); got != want {
			t.Errorf("jaSiteName(%s) = %v, want %v", s, got, want)
		}
	}
	const tail = "\n\n2026/12/06 6:00\n\n埼玉県のある駅前商店街で、３年前に１５あった空き店舗がすべて埋まった。家賃は据え置いたままだ。\n\n商店会の会長は「若い店主が仲間を呼んだ」と話す。\n"
	d := mustRead(t, "プレジデントオンライン\n\n駅前商店街が「空き店舗ゼロ」になった理由\n\n家賃を下げずに埋まった\n\n鈴木　真理子：地域経済アナリスト"+tail)
	k := allKinds(d)
	for _, want := range []string{"noise プレジデントオンライン", "headline 駅前商店街が「空き店舗ゼロ」になった理由", "byline 鈴木　真理子：地域経済アナリスト"} {
		if !slices.Contains(k, want) {
			t.Errorf("missing %q in %v", want, k)
		}
	}
	roundTrip(t, d)
	// With no stamp under the titles the name is no masthead.
	d = mustRead(t, "プレジデントオンライン\n\n駅前商店街が「空き店舗ゼロ」になった理由\n\n家賃を下げずに埋まった\n\n"+strings.TrimPrefix(tail, "\n\n2026/12/06 6:00\n\n"))
	if slices.Contains(allKinds(d), "noise プレジデントオンライン") {
		t.Errorf("name over no stamp read as a masthead: %v", allKinds(d))
	}
	roundTrip(t, d)
}
