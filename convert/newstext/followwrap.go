package newstext

import (
	"strings"
	"unicode/utf8"
)

// A narrow column's wrap may set a paper's scan-and-follow prompt alone
// on a line in the middle of a sentence: …可通过手机微信扫一扫或 /
// 扫码关注“青岚融媒” / 公众号，在线报名…. The prompt by the QR code
// (followNamedPrompt) stands as a unit of its own: the line above it
// ended its sentence or its block, and nothing under it goes on with the
// prompt's words. A line the wrap cut there, under a line left open and
// over a line going on with the sentence (the account's kind, 公众号，…,
// a comma or a particle), is the paragraph's text (review 30b, item 4).

// followGoesOnRunes open a line that goes on with the line above it: a
// comma or an enumeration mark, or a particle no sentence opens with.
const followGoesOnRunes = "，,、；的了后後并並即"

// proseFollowAt reports line i of the block, read as a follow prompt, a
// wrapped line of a sentence instead: the caller has found the line above
// it left open, and the line under it, unindented in the same block, goes
// on with the prompt's sentence (followGoesOnRunes, or the account's kind
// the prompt names, 公众号，…).
func (b *builder) proseFollowAt(i int) bool {
	ls := b.block.ls
	if i+1 >= len(ls) || ls[i+1].indent {
		return false
	}
	s := ls[i].text
	if !strings.Contains(s, "关注") && !strings.Contains(s, "關注") || !followCall(s) {
		return false
	}
	next := ls[i+1].text
	if r, _ := utf8.DecodeRuneInString(next); strings.ContainsRune(followGoesOnRunes, r) {
		return true
	}
	next = strings.TrimPrefix(next, "微信")
	for _, a := range followAccounts {
		if strings.HasPrefix(next, a) {
			return true
		}
	}
	return false
}
