package newstext

import "strings"

// jaWrappedCaptionLines bounds the lines of a Japanese caption that
// jaWrappedCaptionAt looks down for its tail: a caption runs two or three
// lines of a narrow column, seldom more.
const jaWrappedCaptionLines = 4

// jaWrappedCaptionAt reports line i of the block being cut, under a line
// that ends a sentence, as the first line of a Japanese caption wrapped
// over it and the lines under it, closed by its tail after ＝
// (仕上げた重ね蒸しを皿に盛る森下 / 千春さん＝長野市、小林彩撮影): a unit
// of its own, never more of the paragraph above, however full that
// paragraph's last line ran (a narrow column's full line with 。 hung
// past the measure). The caption holds no full stop and opens with no
// indent; its tail (jaCaptionClose) ends its last line, closed by the
// photographer's or the supplier's credit, or, closed by the place
// (…＝松本市美術館で), on a line that stops short of the measure, ends
// the block or stands over an indented paragraph; and the lines joined
// read as a caption. A paragraph's sentence ends in 。, and a story's ＝
// around a person's home goes on with a particle (…写真家の田中一郎さん
// ＝東京都＝が撮影 / した作品も並ぶ。), so such lines stay its text.
func (b *builder) jaWrappedCaptionAt(i int) bool {
	if b.lang != "ja" {
		return false
	}
	ls := b.block.ls
	if r, _ := firstRune(ls[i].text); r == '　' || r == ' ' {
		return false // an indented line opens a paragraph anyway
	}
	for j := i; j < len(ls) && j-i < jaWrappedCaptionLines; j++ {
		t := ls[j].text
		if strings.Contains(t, "。") || t == "" {
			return false // (the cheap test: a paragraph's lines end its sentences)
		}
		if j > i {
			if r, _ := firstRune(t); r == '　' || r == ' ' {
				return false
			}
		}
		if !strings.Contains(t, "＝") {
			continue
		}
		if !endsInCredit(t) && j+1 < len(ls) && !b.endsShortAt(j) {
			if r, _ := firstRune(ls[j+1].text); r != '　' {
				continue // a full line: the caption, or the sentence, may go on
			}
		}
		text := b.joinLines(ls[i : j+1])
		tail := text[strings.LastIndex(text, "＝")+len("＝"):]
		if r, _ := firstRune(tail); jaParticle(r) {
			return false // …さん＝東京都＝が撮影 / した…: a sentence goes on
		}
		return jaCaptionClose(text) && b.kindOf(text) == uCaption
	}
	return false
}

// jaParticle reports a hiragana particle that goes on with a sentence
// after a noun: no caption's tail after ＝ opens with one.
func jaParticle(r rune) bool {
	switch r {
	case 'が', 'を', 'に', 'は', 'も', 'と', 'で', 'へ', 'の':
		return true
	}
	return false
}
