package newstext

import "strings"

// Taiwanese and Hong Kong pages print a cross-reference on a line of its
// own with no brackets: 相關新聞見A3, 详见第5版, 見第4版, 转第8版. Alone
// on its line it points the reader to another page: a jump, not the
// headline of the story below it (which it would otherwise demote).

// Japanese papers print the cross-reference under a story after ＝, the
// mark their captions and credits use: ＝２面に関連記事, ＝関連記事社会面.
// Alone on its line it is a jump like （関連記事７面に), not the kicker
// of a title group it would otherwise open. So is the same reference
// after the bullet a paper sets it with, ◎関連記事５面に, ◆２面に関連記事
// (jaJumpBullet): the bullet marks a head only over text of the head's
// own, and a page and 関連記事 or 続く name another page's story.

// bareJumpCues open an unbracketed jump that names a page right after
// them (見第4版, 转第8版); the see-also cues of isSeeAlso come first.
var bareJumpCues = []string{"見", "见", "轉", "转", "接", "續", "续"}

// isBareJump reports a line that is all an unbracketed jump: a see-also
// (相關新聞見A3, 详见第5版), 見/转 and a page (見第4版,
// 转第8版, 續A6版: the page ends in 版) or ＝ and a Japanese jump
// (＝２面に関連記事), at most 16 characters.
func isBareJump(s string) bool {
	if !atMost(s, 16) {
		return false
	}
	if isSeeAlso(s) {
		return true
	}
	if rest, ok := strings.CutPrefix(s, "＝"); ok {
		return isJapaneseJump(rest) || isSectionJump(rest)
	}
	if r, w := firstRune(s); jaJumpBullet(r) {
		return isJapaneseJump(s[w:]) || isSectionJump(s[w:])
	}
	for _, c := range bareJumpCues {
		if rest, ok := strings.CutPrefix(s, c); ok {
			return strings.HasSuffix(rest, "版") && isPageRef(rest)
		}
	}
	return false
}

// jaJumpBullet reports a bullet a Japanese paper may set its
// cross-reference after, alone on its line (◎関連記事５面に): the marks
// that open heads (headMarker's ◆ ◇ ● ○ ■ □ ★ ☆ ▶ ◎) and ▼ ▽.
func jaJumpBullet(r rune) bool {
	switch r {
	case '◎', '◆', '◇', '●', '○', '■', '□', '★', '☆', '▶', '▼', '▽':
		return true
	}
	return false
}

// bareJumpFirst reports the runes an unbracketed jump may open with
// (isBareJump), for gate.
func bareJumpFirst(r rune) bool {
	switch r {
	case '相', '詳', '详', '另', '見', '见', '轉', '转', '接', '續', '续', '＝':
		return true
	}
	return jaJumpBullet(r)
}
