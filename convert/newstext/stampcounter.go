package newstext

import "strings"

// A government or institution site's CMS sets its release's stamp, its
// source and its view counter on one line: 发布时间：2026-12-05 10:30　来源：
// 市住建局　浏览次数：1286 (阅读次数：…, 点击数：…). The counter is the
// site's, as a read counter alone is (readCount): with it the line is a
// stamp all the same, the site's furniture, never a paragraph nor the
// first line of one glued to the buttons under it.

// countedStamp reports a web time stamp or source line (isWebStamp,
// sourcedStamp, isSourceLine with its stamp before 来源) with a site's
// counter after it, parted by a space: 发布时间：… 来源：… 浏览次数：1268.
func countedStamp(s string) bool {
	if !atMost(s, 100) || !mayHoldReadWord(s) {
		return false
	}
	// The counter is the line's last field or two (浏览次数：1268, 阅读
	// 1268): try each space from the end.
	for k := len(s); k > 0; {
		k = strings.LastIndexFunc(s[:k], isSpace)
		if k <= 0 {
			return false
		}
		_, w := runeAt(s, k)
		head, tail := trimSpace(s[:k]), s[k+w:]
		if tail == "" || !readCount(tail) {
			continue
		}
		return head != "" && (isWebStamp(head) || sourcedStamp(head) || isSourceLine(head))
	}
	return false
}

// mayHoldReadWord reports s holding a rune every read counter's word
// opens with (readWords: 阅 閱 浏 瀏 点 點 播 访 訪): most lines skip the search.
func mayHoldReadWord(s string) bool {
	return hasAnyRune(s, readWordCues)
}

// mayCountedStamp reports whether a text with summary sm (or nil) may
// be a countedStamp (mayHoldReadWord, from the summary).
func mayCountedStamp(sm *textSum) bool { return sm == nil || sm.has(keyReadWord) }

// readWordCues are the runes mayHoldReadWord looks for (textSum records
// them: keyReadWord).
const readWordCues = "阅閱浏瀏点點播访訪"

// wordedStampBefore reports the head of a source line before its cue
// being a worded web stamp (发布时间：2026-12-05 16:30, before 来源：…): a
// CMS sets the two on one line, the stamp's word first.
func wordedStampBefore(head string) bool {
	head = trimSpace(head)
	r, _ := firstRune(head)
	return webStampFirst(r) && !(r >= '0' && r <= '9') && isWebStamp(head)
}
