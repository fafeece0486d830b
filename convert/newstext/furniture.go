package newstext

import (
	"strings"
	"unicode/utf8"
)

// editorWords open page-furniture credits: 责任编辑 X, 美术编辑 X …
var editorWords = []string{"责任编辑", "責任編輯", "责编", "本版编辑", "美术编辑", "美编", "版式设计", "版式", "校对", "组版", "图片编辑", "终审", "审校"}

// noiseKind names page furniture (folios, edition dates, desk credits)
// or returns "" for content.
func noiseKind(s string) string {
	if len(s) > 180 || s == "" || hasClauseEnd(s) {
		return ""
	}
	if isPageNumber(s) {
		return "page number"
	}
	// Every kind of furniture has a folio (版), a date (年) or a desk
	// credit (编, 校, 审); most text has none of them and stops here.
	if strings.IndexFunc(s, func(r rune) bool {
		return r == '版' || r == '年' || r == '编' || r == '編' || r == '校' || r == '审'
	}) < 0 {
		return ""
	}
	folio, date, editor := false, false, false
	toks := strings.FieldsFunc(s, func(r rune) bool { return isSpace(r) || r == '|' || r == '｜' || r == '/' })
	if len(toks) == 0 {
		return ""
	}
	other := 0
	afterEditor := false
	for _, t := range toks {
		switch {
		case isFolio(t):
			folio = true
			afterEditor = false
		case isEditionDate(t):
			date = true
			afterEditor = false
		case isWeekday(t) || strings.HasPrefix(t, "农历") || strings.HasPrefix(t, "農曆"):
			afterEditor = false
		case editorToken(t):
			editor = true
			afterEditor = true
		case afterEditor && isName(strings.TrimLeft(t, "：:")):
		default:
			if utf8.RuneCountInString(t) > 8 || hasSentencePunct(t) {
				return ""
			}
			other++
		}
	}
	if other > 2 {
		return ""
	}
	switch {
	case folio:
		return "page folio"
	case date:
		return "edition date"
	case editor && other == 0:
		return "desk credit"
	}
	return ""
}

func editorToken(t string) bool {
	for _, e := range editorWords {
		if strings.HasPrefix(t, e) {
			rest := strings.TrimLeft(t[len(e):], "：:")
			return rest == "" || isName(rest)
		}
	}
	return false
}

// isFolio reports 第3版, 第三版, A3版, 3版, and 第A2版：要闻 with its page name.
func isFolio(t string) bool {
	if k := strings.IndexAny(t, "：:"); k > 0 && atMost(t[k:], 9) {
		t = t[:k]
	}
	t = strings.TrimPrefix(t, "第")
	if !strings.HasSuffix(t, "版") {
		return false
	}
	t = strings.TrimSuffix(t, "版")
	if t != "" && (t[0] >= 'A' && t[0] <= 'Z') {
		t = t[1:]
	}
	return isNumber(t)
}

// isEditionDate reports 2022年8月30日 (with an optional weekday attached).
func isEditionDate(t string) bool {
	y := strings.Index(t, "年")
	m := strings.Index(t, "月")
	d := strings.Index(t, "日")
	if y <= 0 || m <= y || d <= m {
		return false
	}
	if !isNumber(t[:y]) || !isNumber(t[y+len("年"):m]) || !isNumber(t[m+len("月"):d]) {
		return false
	}
	rest := t[d+len("日"):]
	return rest == "" || isWeekday(rest)
}

func isWeekday(t string) bool {
	for _, p := range []string{"星期", "周", "礼拜", "禮拜", "週"} {
		if strings.HasPrefix(t, p) {
			rest := t[len(p):]
			return utf8.RuneCountInString(rest) == 1 && strings.ContainsAny(rest, "一二三四五六日天")
		}
	}
	return false
}

// isPageNumber reports a lone page number (1 to 3 digits) on its own line.
func isPageNumber(s string) bool {
	n := 0
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r >= '０' && r <= '９') {
			return false
		}
		n++
	}
	return n >= 1 && n <= 3
}

// hasClauseEnd is strings.ContainsAny(s, "。！？，") without decoding every
// rune: each mark is searched for as bytes.
func hasClauseEnd(s string) bool {
	return strings.Contains(s, "。") || strings.Contains(s, "，") || strings.Contains(s, "！") || strings.Contains(s, "？")
}
