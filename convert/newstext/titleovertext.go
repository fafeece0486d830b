package newstext

import "strings"

// On a page whose paragraphs are one line each (pageMeasure 0), a title
// line may be set right over its text in the same block, no blank line
// between: a brief's title over its one paragraph. A wrapped
// paragraph's first line is its fullest, so a flush line much narrower
// than the finished sentence under it was ended there on purpose.
// Look-alikes stay as they were: a box's label over its value (日時 /
// 2026年12月20日 午前10:30, no sentence), a paragraph's indented first
// line cut short over the rest of it, and a broadcast transcript's
// bite, the speaker's cue over the words spoken (◀ INT ▶ 박민수/승객 /
// "회사에 늦는다고…"), one paragraph: a line opening with a quotation
// mark is not its title's text.

// titleOverWiderText reports line a, set flush, over line b, a finished
// sentence opening with no quotation mark that runs at least half as
// wide again as a and ten columns wider: a long word the first line had
// no room for (Korean and Latin wrap at word spaces) makes a line a few
// columns short, not that much.
func titleOverWiderText(a, b srcLine) bool {
	ca, cb := lineColumns(a), lineColumns(b)
	if a.indent || cb*2 < ca*3 || cb < ca+10 {
		return false
	}
	if r, _ := firstRune(b.text); strings.ContainsRune("\"'“‘「『", r) {
		return false
	}
	return endsSentence(b.text)
}
