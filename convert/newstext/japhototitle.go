package newstext

import (
	"strings"
	"unicode/utf8"
)

// A Japanese local page sets a photo story under its corner's rubric:
// the rubric (地域の話題), the photo's title, and the caption closed by
// its tail (湯船にゆずを浮かべる旅館の従業 / 員＝６日、諏訪市で). The
// title may fill the measure as the caption's first line does, so the
// width that tells a wrap does not part them; its place does: under a
// rubric alone on its line (jaRubric) a title line at least three times
// the rubric's length over a caption closed by its tail is the photo's
// title, a unit of its own (photoItem makes it the story's headline, the
// rubric its kicker). A caption under a headline that is no rubric
// (雪化粧の善光寺 / …＝６日、長野市で) is left to the other rules, as is
// a title line with a comma or ＝ in it (a caption's first line).

// jaPhotoTitleAt reports line start, the unit being cut, as a photo
// story's title under its rubric (see above), with line i = start+1
// opening the caption.
func (b *builder) jaPhotoTitleAt(start, i int) bool {
	bl := &b.block
	ls := bl.ls
	if b.lang != "ja" || i-1 != start || start < 1 {
		return false
	}
	t := ls[start].text
	if strings.ContainsAny(t, "、，＝") || !bl.titleLine(start) || !bl.titleLine(start-1) || b.measure > 0 && !b.endsShortAt(start-1) {
		return false
	}
	r := ls[start-1].text
	n := utf8.RuneCountInString(r)
	if n < 2 || n > rubricRunes || !jaRubric(r, n) || utf8.RuneCountInString(t) < 3*n {
		return false
	}
	for k := i; k < len(ls) && k < i+maxCaptionLines; k++ {
		if !strings.Contains(ls[k].text, "＝") {
			continue
		}
		c := b.joinLines(ls[i : k+1])
		if jaCaptionClose(c) && b.kindOf(c) == uCaption {
			return true
		}
	}
	return false
}
