package newstext

import "strings"

// A Japanese news portal (Yahoo!ニュース) closes a story it carries with
// the time of its last update, 最終更新:12/5(金) 19:02, then the name of
// the paper or site that provided it, 信州日報デジタル, and its buttons,
// 記事に関する報告: short lines to the page's end, with no sentence in
// them. They are the portal's furniture, noise, not a title with no body
// under it, nor a paragraph glued to the text above across the stamp.

// portalTailMax bounds the lines under a portal's closing stamp that
// markPortalTail takes for its furniture: the provider and a button or
// two. More short lines than that are text of the page's own.
const portalTailMax = 3

// markPortalTail makes noise of the short lines (a title line's length,
// twenty runes at most, no sentence or clause punctuation, one line
// each) that end the page under a portal's update stamp
// (portalUpdateStamp), when at most portalTailMax of them do.
func (b *builder) markPortalTail() {
	us := b.units
	for i := len(us) - 2; i >= 0 && i >= len(us)-1-portalTailMax; i-- {
		if us[i].kind != uNoise || !portalUpdateStamp(us[i].text) {
			continue
		}
		for k := i + 1; k < len(us); k++ {
			u := &us[k]
			if u.kind == uNoise {
				continue
			}
			if u.kind != uText || u.para || u.verbatim || u.line != u.lastLine || !atMost(u.text, 20) || hasSentencePunct(u.text) || hasClauseEnd(u.text) {
				return
			}
		}
		for k := i + 1; k < len(us); k++ {
			if us[k].kind == uText {
				us[k].kind, us[k].noise, us[k].summed = uNoise, noiseChrome, false
			}
		}
		return
	}
}

// portalUpdateStamp reports a portal's stamp of the story's last update
// (isPortalStamp): 最終更新:12/5(金) 19:02, 更新:12/5(金) 19:02.
func portalUpdateStamp(s string) bool {
	return (strings.HasPrefix(s, "最終更新") || strings.HasPrefix(s, "更新")) && isPortalStamp(s)
}
