package newstext

import (
	"slices"
	"strings"
)

// A Japanese site splits a story over pages and sets its paging in the
// text: a link to the next page with that page's head run in
// (次ページ店長が明かした「意外な副作用」とは), the page numbers and the link
// (1 2 次ページ, ＜ 前ページ 1 2 3 次ページ ＞), a link alone (次のページ,
// 続きを読む); and over the text a button to follow the author
// (著者フォロー, フォローする). They are the site's furniture, noise, not
// paragraphs or heads.

// jaPagingFirst reports the runes a paging or follow line opens with (the
// gate asks it).
func jaPagingFirst(r rune) bool {
	switch r {
	case '次', '続', '前', '著', 'フ', '<', '＜', '«', '‹':
		return true
	}
	return isAnyDigit(r)
}

// jaNextLinks name the link to the next page.
var jaNextLinks = []string{"次ページ", "次のページ", "次ページへ", "次のページへ"}

// jaPaging reports a paging line or a follow button.
func jaPaging(s string) bool {
	if !atMost(s, 60) {
		return false
	}
	switch strings.TrimRight(s, " 　>＞»›") {
	case "続きを読む", "著者フォロー", "著者をフォロー", "フォローする", "次のページ", "次ページ", "次ページへ", "次のページへ":
		return true
	}
	// The next page's link with its head run in: 次ページ + a head of
	// no sentence (no full stop, at most 40 letters).
	for _, l := range jaNextLinks {
		if head, ok := strings.CutPrefix(s, l); ok && head != "" && atMost(head, 40) && !hasAnyRune(head, "。") {
			if r, _ := firstRune(head); !isKana(r) || r >= 'ァ' {
				return true // (次ページは…: prose goes on with a particle)
			}
		}
	}
	// Page numbers and the links: 1 2 次ページ, ＜ 前ページ 1 2 ＞.
	pages, link := 0, false
	for _, f := range strings.FieldsFunc(s, isSpace) {
		switch {
		case anyDigits(f) && atMost(f, 2):
			pages++
		case f == "前ページ" || f == "前のページ" || f == "前へ" || f == "<" || f == ">" || f == "＜" || f == "＞" || f == "«" || f == "»":
		case slices.Contains(jaNextLinks, f) || f == "次へ":
			link = true
		default:
			return false
		}
	}
	return link && pages >= 1 || pages >= 2 && hasAnyRune(s, "<>＜＞«»")
}
