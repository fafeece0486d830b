package newstext

import (
	"strings"
	"unicode/utf8"
)

// Mainland sites and papers close a caption with the photographer's
// credit in one of two words: 摄 (took it, endsInPhotoCredit) or 图
// (the picture is theirs), set after a space: …大门紧闭。澎湃新闻记者　王一鸣　图,
// …。本报通讯员　李　强　图. Such a line is a caption, which nothing
// continues. 图 run on to a word (示意图, 效果图, 路线图) is no credit:
// only the space before it parts a credit from the text, and only a
// reporter's or correspondent's role before the name makes it one.

// pictureRoles are the roles a 图 credit names before the photographer.
var pictureRoles = []string{"记者", "記者", "通讯员", "通訊員"}

// endsInPictureCredit reports a caption closed by a 图 credit: a role
// word, the photographer's name (spaced or padded) and 图 after a space.
func endsInPictureCredit(s string) bool {
	r, _ := decodeLast(s)
	if r != '图' && r != '圖' || !atMost(s, 120) {
		return false // a cheap test first: most lines end otherwise
	}
	rest := s[:len(s)-len("图")]
	if r, _ := decodeLast(rest); !isSpace(r) {
		return false // 示意图, 效果图: a word, not a credit
	}
	rest = trimSpace(rest)
	if len(rest) > 64 {
		rest = rest[len(rest)-64:] // the credit is short; may cut a rune, which is then no role
	}
	// The name follows the role word, after a space or run on to it.
	k := strings.LastIndexFunc(rest, func(r rune) bool { return r == '者' || r == '员' || r == '員' })
	if k < 0 {
		return false
	}
	_, w := firstRune(rest[k:])
	role, name := rest[:k+w], unspaced(rest[k+w:])
	if !hasAnySuffix(role, pictureRoles) || utf8.RuneCountInString(name) < 2 {
		return false
	}
	return isName(name)
}
