package newstext

import "strings"

// A Japanese site's share row names a platform that changed its name
// with the old name in brackets after the new, as 毎日新聞 and others
// set it since Twitter became X: X（旧Twitter）　Facebook　はてなブックマーク
// コピー, X(旧ツイッター)　LINE. The note is the button's, not a
// sentence's: the row is web furniture (webChrome), not text glued into
// the paragraph under it.

// formerMarks open a platform's note giving its former name: 旧 (old),
// 元 (formerly), and 舊, 原, 前 as Chinese sites write it.
var formerMarks = []string{"旧", "元", "舊", "原", "前"}

// platformKatakana are platforms' names in katakana that a note gives
// but no share button says alone (ツイッター is no chrome word: alone on
// a line it may be a head).
var platformKatakana = []string{"ツイッター", "フェイスブック", "ライン"}

// notedChromeWord reports a share button named with its platform's note
// in round brackets (X（旧Twitter）, X(旧ツイッター), X（Twitter）): a
// chrome word, then a bracket holding a platform's name, a chrome word
// or one of platformKatakana, after one of formerMarks or none. The
// bracket must close the word: X（旧Twitter）の投稿 is a sentence's.
func notedChromeWord(t string) bool {
	last, lw := decodeLast(t)
	if last != '）' && last != ')' {
		return false
	}
	open := "（"
	if last == ')' {
		open = "("
	}
	k := strings.Index(t, open)
	if k <= 0 || !isChromeWord(t[:k]) {
		return false
	}
	note := t[k+len(open) : len(t)-lw]
	for _, m := range formerMarks {
		if n, ok := strings.CutPrefix(note, m); ok {
			note = n
			break
		}
	}
	if note == "" || hasAnyRune(note, "（()）") {
		return false
	}
	if isChromeWord(note) && !atMost(note, 1) {
		return true // (not 大 or X alone: no platform's former name)
	}
	for _, p := range platformKatakana {
		if note == p {
			return true
		}
	}
	return false
}
