package newstext

import (
	"strings"
	"testing"
)

// TestJaGalleryLink: a Japanese site's link to the story's photo gallery
// alone on its line, この記事の写真をすべて見る（３枚）, 写真を見る, 写真一覧,
// 画像ギャラリー, この記事の写真（３枚）, is the site's furniture, noise
// (blind page ja-kobe-web: it was a paragraph of the story). A feature's
// title (写真で見る…), the word alone (写真), and text going on after the
// link's words are none.
func TestJaGalleryLink(t *testing.T) {
	for s, want := range map[string]bool{
		"この記事の写真をすべて見る（３枚）":  true,
		"この記事の写真をすべて見る(12枚)": true,
		"この記事の写真（３枚）":        true,
		"この記事の画像（全５枚）":       true,
		"写真をすべて見る":           true,
		"写真を見る":              true,
		"写真を見る＞":             true,
		"すべての写真を見る":          true,
		"写真一覧":               true,
		"写真一覧　１２枚":           true,
		"画像ギャラリー":            true,
		"フォトギャラリー":           true,
		"動画を見る":              true,
		"写真（３枚）":             true,
		"写真":                 false,
		"写真で見る港町の１００年":       false,
		"写真を見る会":             false,
		"写真一覧表を作った。":         false,
		"この記事の写真は山田撮影":       false,
		"写真（左）":              false,
		"画像ギャラリーで公開された作品":    false,
		"写真をすべて見ると分かる":       false,
	} {
		if got := jaGalleryLink(s); got != want {
			t.Errorf("jaGalleryLink(%q) = %v, want %v", s, got, want)
		}
	}
	head := "市電、新型車両を来春導入　全席に充電口\n\n2026/12/05 19:30\n\n市交通局は５日、来春から導入する新型車両を公開した。全ての座席に充電口を備えた。\n\n"
	for _, link := range []string{"この記事の写真をすべて見る（３枚）", "写真を見る", "写真一覧", "画像ギャラリー", "この記事の画像（５枚）"} {
		d := mustRead(t, head+link+"\n\n関連記事\n\n市バス、運賃を改定へ\n")
		got := strings.Join(flatKinds(d), "\n")
		want := strings.Join([]string{
			"article", "  headline 市電、新型車両を来春導入　全席に充電口", "  noise 2026/12/05 19:30",
			"  paragraph 市交通局は５日、来春から導入する新型車両を公開した。全ての座席に充電口を備えた。",
			"  noise " + link, "  noise 関連記事", "  noise 市バス、運賃を改定へ",
		}, "\n")
		if got != want {
			t.Errorf("link %s:\n got:\n%s\nwant:\n%s", link, got, want)
		}
		roundTrip(t, d)
	}
}

// TestJaPhotoLabelNoPlace: 【写真】 and 【画像】 name a photo, never a
// dateline's place: with a short title run on and no caption's tail,
// 【写真】新型車両の車内, the line is a web page's link to the photo,
// noise (it had dated and opened an article of its own, place 写真); with
// the tail, ＝５日、…（…撮影）, it is a labelled caption, wrapped or not.
// 【速報】 and 【動画】 are no places either; 【佐久】 still is.
func TestJaPhotoLabelNoPlace(t *testing.T) {
	for s, want := range map[string]bool{
		"【写真】新型車両の車内":           true,
		"【画像】新型車両の車内":           true,
		"【動画】新型車両の車内":           true,
		"【写真】新型車両の車内＝５日、尼崎市":    false,
		"【写真】車内を見学する親子（山田太郎撮影）": false,
		"【写真】車内を見学する親子（５日、尼崎市）": false,
		"【写真】":        false,
		"【写真家】山田太郎さん": false,
		"【写真】新型車両を公開した。全席に充電口を備えた。": false,
	} {
		if got := jaMediaLink(s); got != want {
			t.Errorf("jaMediaLink(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{"【写真】新型車両の車内": false, "【画像】新型車両の車内": false, "【速報】新型車両の車内": false, "【動画】新型車両の車内": false, "【佐久】県高校駅伝は６日": true} {
		ok, _ := leadsWithDateline(s, "ja")
		if ok != want {
			t.Errorf("leadsWithDateline(%q) = %v, want %v", s, ok, want)
		}
	}
	head := "市電、新型車両を来春導入　全席に充電口\n\n2026/12/05 19:30\n\n市交通局は５日、来春から導入する新型車両を公開した。全ての座席に充電口を備えた。\n\n"
	for _, link := range []string{"【写真】新型車両の車内", "【画像】新型車両の運転席"} {
		d := mustRead(t, head+link+"\n\n関連記事\n\n市バス、運賃を改定へ\n")
		got := strings.Join(flatKinds(d), "\n")
		want := strings.Join([]string{
			"article", "  headline 市電、新型車両を来春導入　全席に充電口", "  noise 2026/12/05 19:30",
			"  paragraph 市交通局は５日、来春から導入する新型車両を公開した。全ての座席に充電口を備えた。",
			"  noise " + link, "  noise 関連記事", "  noise 市バス、運賃を改定へ",
		}, "\n")
		if got != want {
			t.Errorf("link %s:\n got:\n%s\nwant:\n%s", link, got, want)
		}
		roundTrip(t, d)
	}
	// A labelled caption under a print story, wrapped at a narrow
	// measure, stays a caption.
	page := "市電に新型車両\n　市交通局は五日、新型車両を\n公開した。全席に充電口がある。\n【写真】車内を見学する親子\n＝五日、市交通局で（山田一郎撮影）\n"
	d := mustRead(t, page)
	if got := strings.Join(flatKinds(d), "\n"); !strings.Contains(got, "caption 【写真】車内を見学する親子＝五日、市交通局で（山田一郎撮影）") {
		t.Errorf("wrapped caption:\n%s", got)
	}
	roundTrip(t, d)
}
