package newstext

import (
	"slices"
	"strings"
)

// A Korean news site sets a text size control beside the story's stamp
// and share buttons: the label 글자크기 (글씨크기, 글자 크기) and its
// buttons, the letter 가 in two or three sizes (which copy flattens to
// 가 가), a plus and a minus, or the words 크게 / 작게, 확대 / 축소.
// Copied with the page, the row is the site's furniture, not a title:
// read as one, 글자크기  가  가 under the stamp opened a second article
// that took the byline and the story (blind page ko-web-nalssi-hanpa).
// The buttons may come without the label, 가 가 alone: then only beside
// the site's other furniture (a stamp, a row of buttons, a byline), as
// a word of one syllable repeated is no line of a story's text.

// koTextSizeWords are the worded buttons of the control; 조절 (adjust)
// is the label's own word, 글자크기 조절.
var koTextSizeWords = []string{"크게", "작게", "확대", "축소", "기본", "조절"}

// koSizeLetter reports a button of the letter 가, alone or with a plus or
// minus (가+, 가-), or a plus or minus alone.
func koSizeLetter(t string) bool {
	t = strings.TrimPrefix(t, "가")
	switch t {
	case "", "+", "-", "＋", "－":
		return true
	}
	return false
}

// koTextSizeRow reports a line that is a Korean site's text size control:
// its label (글자크기, 글씨크기, or 글자 크기 in two words; a colon after
// it allowed) and one to five buttons after it, each 가 (with a plus or
// minus, or a sign alone) or a worded one (크게 작게, 확대 축소), two of
// them at least when all are words (글자 크기 확대 alone may be a
// title's words).
func koTextSizeRow(s string) bool {
	if !strings.HasPrefix(s, "글자") && !strings.HasPrefix(s, "글씨") {
		return false // (most lines)
	}
	ts := strings.FieldsFunc(s, isSpace)
	// The label, in one word or two, its colon cut off (글자크기:가 가).
	lead, rest := ts[0], ""
	if i := indexAnyRune(lead, ":："); i >= 0 {
		lead, rest = lead[:i], strings.TrimLeft(lead[i:], ":：")
	}
	ts = ts[1:]
	switch {
	case lead == "글자크기" || lead == "글씨크기":
	case (lead == "글자" || lead == "글씨") && rest == "" && len(ts) > 0 && strings.TrimRight(ts[0], ":：") == "크기":
		ts = ts[1:]
	default:
		return false
	}
	if rest != "" {
		ts = append([]string{rest}, ts...)
	}
	if len(ts) == 0 || len(ts) > 5 {
		return false
	}
	letters := 0
	for _, t := range ts {
		switch {
		case koSizeLetter(t):
			letters++
		case !slices.Contains(koTextSizeWords, t):
			return false
		}
	}
	return letters > 0 || len(ts) >= 2
}

// koSizeButtons reports a line of two to five buttons of the letter 가
// alone (가 가, 가 가 가, 가+ 가-), parted by spaces: a text size
// control copied without its label.
func koSizeButtons(s string) bool {
	if !strings.HasPrefix(s, "가") {
		return false
	}
	ts := strings.FieldsFunc(s, isSpace)
	if len(ts) < 2 || len(ts) > 5 {
		return false
	}
	for _, t := range ts {
		if !strings.HasPrefix(t, "가") || !koSizeLetter(t) {
			return false
		}
	}
	return true
}

// markKoSizeButtons makes noise of a text size control without its label
// (koSizeButtons) right beside the site's furniture: a unit of web
// furniture or a time stamp above or under it, or the byline under it.
// Elsewhere, between paragraphs, such a line is left to the text.
func (b *builder) markKoSizeButtons() {
	us := b.units
	furniture := func(u *unit) bool {
		return u.kind == uNoise && (u.noise == noiseChrome || u.noise == noiseStamp)
	}
	for i := range us {
		u := &us[i]
		if u.kind != uText || u.line != u.lastLine || !koSizeButtons(u.text) {
			continue
		}
		if i > 0 && furniture(&us[i-1]) || i+1 < len(us) && (furniture(&us[i+1]) || us[i+1].kind == uByline) {
			u.kind, u.noise, u.summed = uNoise, noiseChrome, false
		}
	}
}
