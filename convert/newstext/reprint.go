package newstext

import (
	"strings"
	"unicode/utf8"
)

// A regional or city paper that reprints an agency's or another paper's
// story credits it with 据 ("according to"): the dateline
// 据新华社北京12月5日电, or only 据新华社电 with no place or day, and the
// trailer （据新华社）, （据新华社电）, （据《人民日报》）, （據中央社電）.
// 据 and the wire's 电 are the credit's wording, not the organisation's
// name: the organisation is what stands between them.

// reprintPrefix returns s without the 据 (據) opening a reprint credit,
// and whether it had one.
func reprintPrefix(s string) (string, bool) {
	if rest, ok := strings.CutPrefix(s, "据"); ok {
		return rest, true
	}
	return strings.CutPrefix(s, "據")
}

// wireAgencyOnly returns the agency a dateline of only an agency and 电
// names (新华社电, 据中新社电, 據中央社電), given what stands before the 电:
// an agency's name of two to five characters ending in 社. A paper or
// site (本报电 aside, dateline.go) always sets a place or a day there.
func wireAgencyOnly(head string) (string, bool) {
	org, _ := reprintPrefix(head)
	n := utf8.RuneCountInString(org)
	if n < 2 || n > 5 || lastRune(org) != '社' {
		return "", false
	}
	for _, r := range org {
		if !isHan(r) {
			return "", false
		}
	}
	return org, true
}

// reprintSource returns the organisation a bracketed reprint trailer
// names: 新华社 of （据新华社电）, 人民日报 of （据《人民日报》）, 新华网 of
// （据新华网报道）, 新华社、中新社 of （据新华社、中新社）. Prose in
// brackets, （据了解）, （据报道）, names none.
func reprintSource(inner string) (string, bool) {
	in, ok := reprintPrefix(trimSpace(inner))
	if !ok {
		return "", false
	}
	return sourceList(in)
}

// reprintNoSource reports a bracket opening with 据 (據) that names no
// source after it: （据了解）, （据悉）, （据统计）, （据不完全统计）, the
// reporter's own "it is learned", "by count" set in brackets. Only a
// source reprintSource reads (an agency, paper, site or office) makes 据
// a credit; 据 is never part of a name, so the bracket stays in the text.
func reprintNoSource(inner string) bool {
	in, ok := reprintPrefix(trimSpace(inner))
	if !ok {
		return false
	}
	_, ok = sourceWords(in)
	return !ok
}

// sourceList returns the organisations a credit's wording stands around
// (新华社 of 新华社电, 人民日报 of 《人民日报》, 新华社、中新社), with the
// wire's closing word and the paper's title marks taken off, and whether
// every part of the list is an organisation's name.
func sourceList(in string) (string, bool) {
	in, ok := sourceWords(in)
	if !ok {
		return "", false
	}
	return strings.NewReplacer("《", "", "》", "").Replace(in), true
}

// sourceWords is sourceList without taking off the title marks: it reads
// the list, allocating nothing, for a caller that needs only whether it
// names a source (reprintNoSource, asked by endsSentence).
func sourceWords(in string) (string, bool) {
	for _, end := range []string{"电", "電", "报道", "報導", "报导", "消息", "讯", "訊"} {
		if rest, ok := strings.CutSuffix(in, end); ok && rest != "" {
			in = rest
			break
		}
	}
	if !atMost(in, 24) {
		return "", false
	}
	for part := range strings.SplitSeq(in, "、") {
		if strings.HasPrefix(part, "《") && strings.HasSuffix(part, "》") {
			part = part[len("《") : len(part)-len("》")] // 《人民日报》: a paper's title marks
		}
		if utf8.RuneCountInString(part) < 2 || !isOrg(part) || !looksOrg(part) {
			return "", false
		}
	}
	return in, true
}

// wireSources reports a reprint credit's organisations (reprintSource's
// list) all news agencies, 新华社, 中央社, 新华社、中新社: the credit of a
// wire story reprinted whole, split off the paragraph it is run on to as a
// byline. A paper or site, 人民日报, 新华网, is what a digest cites for an
// item it quotes, and stays in the item's text (samples/digest-quotes.txt).
func wireSources(list string) bool {
	for part := range strings.SplitSeq(list, "、") {
		if _, ok := wireAgencyOnly(part); !ok {
			return false
		}
	}
	return true
}

// closesNoSourceRemark reports s ending in a bracketed 据 that names no
// source (reprintNoSource) after a finished sentence or alone: …以上。
// （据了解）, （据悉） on a line of its own. The remark stays in the text,
// and the paragraph it closes is finished: a break's rest never follows it.
func closesNoSourceRemark(s string) bool {
	if n := len(s); n < 4 || s[n-1] != ')' && !strings.HasSuffix(s, "）") {
		return false
	}
	start, inner, ok := trailingBracket(s)
	if !ok || !strings.HasPrefix(inner, "据") && !strings.HasPrefix(inner, "據") || !reprintNoSource(inner) {
		return false
	}
	before := trimSpace(s[:start])
	return before == "" || endsInside(before, sentenceStop)
}
