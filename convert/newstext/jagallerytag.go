package newstext

import "strings"

// A Japanese broadcaster's or paper's site (TBS NEWS DIG and the JNN
// stations, FNNプライムオンライン, 日テレNEWS) sets its photo gallery's
// link under the stamp as a tag in lenticular brackets, 【写真を見る】,
// 【動画】, 【画像】, with the story's headline repeated after it:
// 【写真を見る】大雪で国道１８号に車５０台立ち往生　長野・群馬県境. The
// line is the site's furniture, noise, as the bare link is (jagallery.go):
// read as text, the tag became a digest's run-in head and the repeated
// title, which ends no sentence, was joined to the first paragraph under
// it, putting the headline into the body. The tag alone on its line
// (【写真を見る】) is the link too when it says what the reader does
// (jaGalleryLink: を見る, 一覧). A bare media word (【写真】) before any
// other text is a caption's label (【写真】曳き綱を握る参加者＝…,
// jacaption.go), and a gallery word before text that repeats no title
// line above stays what it was.

// galleryTagOpeners are the brackets a gallery's tag is set in.
const galleryTagOpeners = "【［["

// galleryTitleReach is how many lines of text above the tag a repeated
// title may stand: the tag sits right under the title group and its
// stamp. (Blank lines are not counted, up to galleryTitleReach of them
// for each line of text: the normalized writer sets a blank line between
// any two.)
const galleryTitleReach = 12

// galleryTagLine reports line l a gallery's bracketed link (see above):
// the tag alone, or the tag and a repeat of a title line standing above
// it on the page.
func (b *builder) galleryTagLine(l srcLine) bool {
	s := l.text
	first, _ := firstRune(s)
	if !strings.ContainsRune(galleryTagOpeners, first) {
		return false
	}
	inner, end, ok := leadingBracket(s)
	if !ok || !galleryTag(inner) {
		return false
	}
	rest := trimSpace(s[end:])
	if rest == "" {
		return jaGalleryLink(inner)
	}
	return b.repeatsTitleAbove(l, rest)
}

// galleryTag reports the words of a gallery's tag: a link to the
// gallery (写真を見る, 動画一覧) or the media's word alone (写真, 動画).
func galleryTag(inner string) bool {
	for _, m := range jaGalleryMedia {
		if inner == m {
			return true
		}
	}
	return jaGalleryLink(inner)
}

// repeatsTitleAbove reports rest the same title as a line of text at
// most galleryTitleReach lines of text above l (a marked headline's
// without its #), spaces and the width of Latin letters and digits
// aside. Only a rest that ends no sentence counts: a title.
func (b *builder) repeatsTitleAbove(l srcLine, rest string) bool {
	k := l.no - 1 // l's index in b.lines
	if k <= 0 || k >= len(b.lines) || b.lines[k].text != l.text || atMost(rest, 3) || strings.Contains(rest, "。") {
		return false
	}
	want := titleKey(rest)
	seen := 0
	for j := k - 1; j >= 0 && j >= k-galleryTitleReach*galleryTitleReach && seen < galleryTitleReach; j-- {
		t := b.lines[j].text
		if t == "" {
			continue
		}
		seen++
		if lvl, h := headingLevel(t); lvl > 0 {
			t = h
		}
		if titleKey(t) == want {
			return true
		}
	}
	return false
}

// titleKey is s without its spaces, its fullwidth Latin letters, digits
// and marks folded to ASCII: a site may set its title's repeat in either
// width.
func titleKey(s string) string {
	return foldFullwidth(strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, s))
}
