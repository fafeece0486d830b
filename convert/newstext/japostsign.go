package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A Japanese national paper signs its column with the writer's post and
// name in round brackets under the last paragraph, parted by a space or a
// middle dot: （経済部長　高橋和也）, （論説委員　山口恵）, （大阪支局長・森田健）,
// （編集委員　村上健一）. The post is the writer's role; the desk it heads
// stays in it (経済部長, not org 経済部), as the paper prints it.

// jaHeadPosts are posts of a paper's staff that name no desk: its
// editorial writers' heads, its editors' and its staff titles
// (staffTitles).
var jaHeadPosts = []string{"論説委員長", "論説副委員長", "論説主幹", "論説副主幹", "主筆", "編集局長", "編集局次長", "編集長", "解説委員長", "特別編集委員", "上席論説委員", "論説室長"}

// jaDeskPostEnds end a desk's head's post after the desk's name: 経済部長,
// 大阪支局長, 社会部次長, 経済部デスク.
var jaDeskPostEnds = []string{"次長", "長", "デスク"}

// jaPost reports a post of a paper's staff: one of jaHeadPosts or
// staffTitles (記者 alone is none: a Chinese credit's role), or a desk
// (isDesk, two runes before its end at least) and the head's word,
// 経済部長, 前橋支局長.
func jaPost(t string) bool {
	if t != "記者" && slices.Contains(staffTitles, t) || slices.Contains(jaHeadPosts, t) {
		return true
	}
	for _, e := range jaDeskPostEnds {
		if desk, ok := strings.CutSuffix(t, e); ok && utf8.RuneCountInString(desk) >= 3 && isDesk(desk) {
			return true
		}
	}
	return false
}

// jaPostCredit parses the inside of a column's signature (see above): a
// post (jaPost), a space or a middle dot, and a Japanese full name
// opening with its surname's kanji.
func jaPostCredit(inner string) (credit, bool) {
	in := trimSpace(inner)
	if !atMost(in, 20) {
		return credit{}, false
	}
	k := strings.IndexFunc(in, func(r rune) bool { return isSpace(r) || r == '・' })
	if k <= 0 {
		return credit{}, false
	}
	post := in[:k]
	_, w := utf8.DecodeRuneInString(in[k:])
	name := strings.ReplaceAll(trimSpace(in[k+w:]), "　", "")
	if first, _ := firstRune(name); !isHan(first) {
		return credit{}, false // (a surname is written in kanji: よろしく頼む is none)
	}
	if !jaPost(post) || !isJapaneseName(name) || isDesk(name) || isPhotoSource(name) || findRoleIndex(name) >= 0 {
		return credit{}, false
	}
	return credit{roles: []string{post}, names: []string{name}}, true
}
