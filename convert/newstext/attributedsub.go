package newstext

// A title group's subheadline may speak for its source, 陸委會：留意資安與
// 法規風險, 专家：警惕“隐形”风险, under its headline:
//
//	陸擬擴大台青就業補貼　明年元旦上路
//	陸委會：留意資安與法規風險
//
// A headline is set in its own type, not at the body's count, so a first
// line as wide as the page's lines (here 17 characters, the count) was no
// wrap: the source's colon opens a clause of its own, which no wrapped
// headline runs on into.

// attributedSubUnder reports line i of ls a subheadline speaking for its
// source (attributedTitle), its source in Han, right under the block's first line, flush
// left, with no sentence ended on either and nothing under it but an
// indented line (or none): a title group's second line, never the rest of
// the first. The caller asks the first line's title form.
func attributedSubUnder(ls []srcLine, start, i int) bool {
	if i-1 != start || ls[start].indent || ls[i].indent {
		return false
	}
	if i+1 < len(ls) && !ls[i+1].indent {
		return false
	}
	l := ls[i].text
	return !endsSentence(l) && !endsSentence(ls[start].text) && hanSource(l) && attributedTitle(l)
}

// hanSource reports a line whose text before its first colon is Han
// alone: a Chinese or Japanese source, 陸委會, 专家 (a Korean label, 장소:
// …, may be a wrapped sentence's last words).
func hanSource(l string) bool {
	k := indexColon(l)
	return k > 0 && isHanWord(trimSpace(l[:k]))
}
