package newstext

import (
	"strings"
	"testing"
)

// galleryPage is a JNN-style web copy, one paragraph a line and no blank
// lines, with its gallery's link where the site sets it, under the stamp.
func galleryPage(title, link string) string {
	return "社会\n" + title + "\n2026年12月6日(土) 11:45\n" + link + "\n" +
		"6日朝、長野と群馬の県境に近い国道18号で、大雪のため車およそ50台が立ち往生しました。\n" +
		"国土交通省によりますと、現場付近では12時間に40センチの雪が降ったということです。\n"
}

// TestJaGalleryTagTitleRepeat: a site's gallery link in lenticular
// brackets with the headline repeated after it, 【写真を見る】大雪で…県境
// (TBS NEWS DIG and the JNN stations, FNN, 日テレ), or the link's tag
// alone, 【写真を見る】, is noise, and the repeated title is never joined
// to the paragraph under it (blind page ja-jnn-web: the tag became a
// run-in head and the title the first paragraph's opening words). The
// repeat may differ from the title in spaces and in the width of its
// digits. A bare media word before a caption (【写真】…＝五日、…), before
// text that repeats no title, or before a sentence, other tags (【写真家】,
// 【速報】) and a title too far above are none.
func TestJaGalleryTagTitleRepeat(t *testing.T) {
	const title = "大雪で国道１８号に車５０台立ち往生　長野・群馬県境"
	for _, link := range []string{
		"【写真を見る】" + title,
		"【写真】" + title,
		"【動画】" + title,
		"【画像】" + title,
		"【動画を見る】" + title,
		"［写真を見る］" + title,
		"【写真を見る】 大雪で国道18号に車50台立ち往生 長野・群馬県境",
		"【写真を見る】",
		"【写真一覧】",
	} {
		d := mustRead(t, galleryPage(title, link))
		got := strings.Join(flatKinds(d), "\n")
		if !strings.Contains(got, "\n  noise "+link+"\n  paragraph 6日朝、") || !strings.Contains(got, "headline "+title) {
			t.Errorf("link %s:\n%s", link, got)
		}
		roundTrip(t, d)
	}
	// A marked headline's repeat counts as its unmarked one's.
	d := mustRead(t, "# "+title+"\n\n2026年12月6日(土) 11:45\n\n【写真を見る】"+title+"\n\n6日朝、長野と群馬の県境で車が立ち往生しました。\n")
	if got := strings.Join(flatKinds(d), "\n"); !strings.Contains(got, "noise 【写真を見る】"+title) {
		t.Errorf("under a marked headline:\n%s", got)
	}
	roundTrip(t, d)

	far := strings.Repeat("県内の道路は各地で渋滞しました。\n", galleryTitleReach+1)
	for page, want := range map[string]bool{
		title + "\n【写真を見る】" + title:            true,
		title + "\n【写真】" + title:               true,
		title + "\n【写真を見る】":                    true,
		title + "\n【写真】":                       false, // a caption's label, its text to come
		title + "\n【写真を見る会】":                   false,
		title + "\n【写真家】" + title:              false,
		title + "\n【速報】" + title:               false,
		title + "\n【写真を見る】雪に埋もれた車":             false, // no repeat
		title + "\n【写真】車内を見学する親子＝五日、市交通局で":     false, // a labelled caption
		title + "。\n【写真を見る】" + title + "。":     false, // a sentence, no title
		title + "\n" + far + "【写真を見る】" + title: false,
		"国道\n【写真】国道":                           false, // too short to tell
	} {
		lines := strings.Split(page, "\n")
		b := builder{}
		for i, s := range lines {
			b.lines = append(b.lines, srcLine{text: s, no: i + 1})
		}
		if got := b.galleryTagLine(b.lines[len(b.lines)-1]); got != want {
			t.Errorf("galleryTagLine(%q) = %v, want %v", page, got, want)
		}
	}
}
