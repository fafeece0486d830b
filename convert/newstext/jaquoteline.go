package newstext

import "strings"

// A broadcaster's web copy, set one paragraph a line (cjklines.go), gives
// what an interviewee said as the speaker's label ending in a colon on
// one line and the words in 「」 whole on the next: 竹原浜市　車両管理課の
// 担当者： / 「確認の仕組みが不十分だった。…再発防止に努めたい」. The
// quote closes with 」 and no 。 before it, as Japanese quotes do, and it
// ends its paragraph as a sentence's stop would: the line under it opens
// the next (blind page ja-b56-fnn-web: the next paragraph was glued to
// the quote). The label runs on into its quote, one paragraph, as the
// site sets them in one block. A line that only opens or only closes
// with a bracket (「A」と話した。, 市長は「…」) is no whole quote, and a
// quote's line on a hard-wrapped page is left to the wrap rules.

// wholeQuoteLine reports a line that is one quote whole: 「 opening it is
// closed by the 」 ending it and by no bracket before, with words between.
func wholeQuoteLine(s string) bool {
	inner, ok := strings.CutPrefix(s, "「")
	if !ok {
		return false
	}
	inner, ok = strings.CutSuffix(inner, "」")
	if !ok || inner == "" || atMost(inner, 1) {
		return false
	}
	depth := 0
	for _, r := range inner {
		switch r {
		case '「':
			depth++
		case '」':
			if depth == 0 {
				return false // 「A」と「B」: two quotes and words between
			}
			depth--
		}
	}
	return depth == 0
}

// speakerLabel reports the label of whoever speaks the quote under it:
// short, ending in a colon, with no sentence's stop or quote in it
// (竹原浜市　車両管理課の担当者：, 住民：).
func speakerLabel(s string) bool {
	body, ok := strings.CutSuffix(s, "：")
	if !ok {
		body, ok = strings.CutSuffix(s, ":")
	}
	return ok && body != "" && atMost(body, 24) && !hasAnyRune(body, "。！？!?「」：:")
}

// quoteParagraph reports a paragraph that is a quote whole, alone or
// after its speaker's label (担当者：「…努めたい」): on a page whose long
// lines are paragraphs it ends where its 」 does, and no break cut it.
func quoteParagraph(t string) bool {
	if lastRune(t) != '」' {
		return false // (most paragraphs)
	}
	if wholeQuoteLine(t) {
		return true
	}
	k := strings.Index(t, "「")
	return k > 0 && speakerLabel(t[:k]) && wholeQuoteLine(t[k:])
}
