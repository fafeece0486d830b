package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A drawing's credit stands under it on a line of its own, as a photo's
// does (本报记者　X　摄): the art's label, a slash or colon and the artist,
// 漫画/周小川, 插图：李　明 (法治日报's 以案说法 cartoon), or the artist and
// the word for drawing after a space, 周小川　绘, 本报记者　周小川　绘, or
// after a slash, 周小川／绘. Such a line is the picture's caption, not a
// head, a paragraph or a byline naming 周小川绘. 描绘, 彩绘 run on to a
// word are no credit (the space parts it), nor a label over more than a
// name (漫画/动画改编…, 漫画：从纸面到屏幕: cartoon.go), nor a text's
// credit (文/周小川, a byline).

// drawingLabels open a drawing's credit alone.
var drawingLabels = []string{"漫画", "漫畫", "插图", "插圖", "插画", "插畫"}

// drawnWords close a drawing's credit: 绘/繪 and 画/畫, drew it.
var drawnWords = []string{"绘", "繪", "画", "畫"}

// drawnCreditAlone reports a line that is only a drawing's credit (see
// above), at most 20 runes.
func drawnCreditAlone(s string) bool {
	if !atMost(s, 20) {
		return false
	}
	for _, p := range drawingLabels {
		if rest, ok := strings.CutPrefix(s, p); ok {
			r, w := firstRune(rest)
			if r != '/' && r != '／' && r != '：' && r != ':' {
				return false
			}
			return artistName(trimSpace(rest[w:]))
		}
	}
	last, w := decodeLast(s)
	if !slices.Contains(drawnWords, string(last)) || hasClauseEnd(s) {
		return false
	}
	rest := s[:len(s)-w]
	if r, w := decodeLast(rest); isSlash(r) {
		return artistName(trimSpace(rest[:len(rest)-w])) // 周小川／绘
	}
	if trimSpace(rest) == rest {
		return false // 描绘, 彩绘: a word
	}
	rest = trimSpace(rest)
	if artistName(rest) {
		return true // 周小川　绘
	}
	// A role or an organisation before the artist, as before a
	// photographer (本报记者　周小川　绘): the photo credit's forms.
	return endsInPhotoCredit(rest + " 摄")
}

// artistName reports a name alone: whole (2–4 Han characters) or a
// two-character name padded to three cells (李　明), opening with a
// surname.
func artistName(s string) bool {
	if isName(s) {
		return opensWithSurname(s)
	}
	joined := unspaced(s)
	return joined != s && utf8.RuneCountInString(joined) == 2 && isName(joined) && opensWithSurname(joined)
}
