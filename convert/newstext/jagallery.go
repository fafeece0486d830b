package newstext

import "strings"

// A Japanese news site links the story's photo gallery under its text:
// この記事の写真をすべて見る（３枚）, 写真をすべて見る, 写真を見る, 写真
// 一覧, 画像ギャラリー, この記事の画像（５枚）, 動画を見る (神戸新聞NEXT,
// 産経, the portals). The photos are not in the copied text, and the link
// alone on its line is the site's furniture, noise, as its buttons are
// (jabuttons.go): left to the title rules it stayed a paragraph of the
// story. The link names the media (写真, 画像, フォト, 動画) and says what
// the reader does with it (を見る, 一覧, ギャラリー), or points at the
// article's photos (この記事の写真) or counts them (（３枚）). The media's
// word with more words after it is a title or text: 写真で見る神戸の１００
// 年 (a feature's title), 写真を見る会, 写真一覧表を作った。.

// jaGalleryFirst reports the runes a gallery link opens with (the gate
// asks it).
func jaGalleryFirst(r rune) bool {
	switch r {
	case 'こ', '記', '本', 'す', '全', '写', '画', 'フ', '動':
		return true
	}
	return false
}

// jaGalleryLeads point at the article's own media: この記事の写真.
var jaGalleryLeads = []string{"この記事の", "本記事の", "記事の", "すべての", "全ての"}

// jaGalleryMedia name what the gallery holds.
var jaGalleryMedia = []string{"写真", "画像", "フォト", "動画"}

// jaGalleryActions say what the link does with the media, longest first.
var jaGalleryActions = []string{
	"をすべて見る", "を全て見る", "を全部見る", "をもっと見る", "をすべて表示", "を全て表示", "を見る", "を表示",
	"一覧", "ギャラリー", "はこちら",
}

// jaGalleryArrows may close the link: 写真を見る＞, 写真一覧 →.
const jaGalleryArrows = "＞>→≫»▶›"

// jaGalleryLink reports a link to the story's gallery alone on its line
// (see above).
func jaGalleryLink(s string) bool {
	if !atMost(s, 30) {
		return false
	}
	s = trimSpace(strings.TrimRight(s, jaGalleryArrows))
	rest, counted := cutGalleryCount(s)
	led := false
	for _, l := range jaGalleryLeads {
		if t, ok := strings.CutPrefix(rest, l); ok {
			rest, led = t, true
			break
		}
	}
	media := false
	for _, m := range jaGalleryMedia {
		if t, ok := strings.CutPrefix(rest, m); ok {
			rest, media = t, true
			break
		}
	}
	if !media {
		return false
	}
	if rest == "" {
		return led || counted // この記事の写真, 写真（３枚）; 写真 alone is a label's word
	}
	for _, a := range jaGalleryActions {
		if rest == a {
			return true
		}
	}
	return false
}

// cutGalleryCount cuts the count of photos closing a gallery link, in
// round brackets or bare after a space, （３枚）, (全5枚), （１２）, 　３枚,
// and reports whether there was one.
func cutGalleryCount(s string) (string, bool) {
	if r, lw := decodeLast(s); r == '）' || r == ')' {
		o := max(strings.LastIndex(s, "（"), strings.LastIndex(s, "("))
		if o <= 0 {
			return s, false
		}
		_, w := firstRune(s[o:])
		in := s[o+w : len(s)-lw]
		if galleryCount(in) {
			return trimSpace(s[:o]), true
		}
		return s, false
	}
	if k := strings.LastIndexFunc(s, isSpace); k > 0 {
		_, w := firstRune(s[k:])
		if galleryCount(s[k+w:]) {
			return trimSpace(s[:k]), true
		}
	}
	return s, false
}

// galleryCount reports a count of photos: digits, perhaps after 全 and
// before 枚 or 点, ３枚, 全5枚, １２.
func galleryCount(s string) bool {
	s = strings.TrimPrefix(s, "全")
	s = strings.TrimSuffix(s, "枚")
	s = strings.TrimSuffix(s, "点")
	count, rest := cutCount(s)
	return count != "" && rest == ""
}
