package newstext

import "strings"

// A story copied from a news site may close with the site's line of topic
// tags under it, a label and the tags parted by commas: 關鍵字：台中捷運,
// 藍線,台灣大道 (ETtoday), 标签：… It indexes the site, not the story:
// noise, like the site's other furniture (webchrome.go).

// tagLabels open a site's line of tags.
var tagLabels = []string{"關鍵字", "关键字", "關鍵詞", "关键词", "標籤", "标签", "Tags", "TAGS", "Tag", "TAG"}

// tagLabelFirst reports the first runes of tagLabels (gate).
func tagLabelFirst(r rune) bool {
	return r == '關' || r == '关' || r == '標' || r == '标' || r == 'T'
}

// tagLine reports a line of a site's tags: one of tagLabels and a colon,
// then one to twelve short tags (a dozen runes at most, no sentence
// punctuation) parted by commas, 、, bars or spaces.
func tagLine(s string) bool {
	if first, _ := firstRune(s); !tagLabelFirst(first) || !atMost(s, 100) {
		return false
	}
	var rest string
	for _, l := range tagLabels {
		if r, ok := strings.CutPrefix(s, l); ok {
			rest = trimSpace(r)
			break
		}
	}
	rest, ok := strings.CutPrefix(rest, "：")
	if !ok {
		if rest, ok = strings.CutPrefix(rest, ":"); !ok {
			return false
		}
	}
	n := 0
	for _, t := range strings.FieldsFunc(rest, func(r rune) bool {
		return r == ',' || r == '，' || r == '、' || r == '|' || r == '｜' || isSpace(r)
	}) {
		if !atMost(t, 12) || hasSentencePunct(t) || hasClauseEnd(t) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 12
}
