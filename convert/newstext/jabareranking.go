package newstext

import "strings"

// A Japanese site's foot may head its list of the most read with a bare
// word, ランキング, 人気記事, よく読まれている記事, where others name the
// list fully (アクセスランキング, jareaderlinks.go). Alone the word names
// no reading (a print page's box ranks goods under ランキング, and a column
// may be titled so), so the line is furniture only where it heads links at
// a web page's foot: the site's furniture above it (its buttons, its
// stamp, a link list), and nothing under it to the page's end but link
// titles and furniture. There it is noise and the titles under it related
// links, not a paragraph or the headline of an article of its own; above
// body text, or on a page with no web furniture, it stays text.

// jaBareReaderHeaders are the bare words a Japanese site heads its list
// of the most read or noted stories with.
var jaBareReaderHeaders = []string{
	"ランキング", "人気ランキング", "記事ランキング", "人気記事", "人気ニュース", "注目記事", "注目ニュース",
	"よく読まれている記事", "よく読まれた記事", "よく読まれているニュース", "最も読まれた記事",
}

// jaBareReaderHeader reports a line that is one of jaBareReaderHeaders,
// with or without a colon after it, or in lenticular brackets as a site
// sets its box's head, 【ランキング】, 【人気記事】 (jaBracketedBareHeader).
func jaBareReaderHeader(s string) bool {
	if len(s) > 40 {
		return false
	}
	if in, ok := strings.CutPrefix(s, "【"); ok {
		if s, ok = strings.CutSuffix(in, "】"); !ok {
			return false
		}
	}
	s = trimColons(s)
	for _, h := range jaBareReaderHeaders {
		if s == h {
			return true
		}
	}
	return false
}

// markBareRankHeaders makes noise of a bare reader's header
// (jaBareReaderHeader) alone on its line at a web page's foot (see
// above), and related links of the titles under it.
func (b *builder) markBareRankHeaders() {
	us := b.units
	for i := range us {
		u := &us[i]
		if u.kind != uText || u.para || u.verbatim || u.line != u.lastLine || !jaBareReaderHeader(u.text) && !koBracketLinkHeader(u.text) { // ([관련기사]: kobracketlinks.go)
			continue
		}
		if i == 0 || us[i-1].kind == uText && !endsSentence(us[i-1].text) || !hasNoise(us[:i], noiseChrome, noiseStamp, noiseLink) || !linksToEnd(us[i+1:]) {
			continue
		}
		u.kind, u.noise, u.summed = uNoise, noiseChrome, false
		for k := i + 1; k < len(us); k++ {
			if us[k].kind == uText {
				us[k].kind, us[k].noise, us[k].summed = uNoise, noiseLink, false
			}
		}
		return
	}
}

// jaBracketedBareHeaderAt reports a bare reader's header in lenticular
// brackets, 【ランキング】, 【人気記事】, on a page with the site's
// furniture above it. Its brackets read as a dateline's (【旭川】) that
// the lines under it run on from, so splitBlock makes each link-like line
// under it a unit of its own, as under a named list's header
// (jareaderlinks.go): markBareRankHeaders then finds the header and its
// titles one a unit. On a page with no web furniture above (a print box's
// 【ランキング】 over its items) the lines stay as they were read. A Korean
// link header in square brackets, [관련기사], is asked the same
// (kobracketlinks.go).
func (b *builder) jaBracketedBareHeaderAt(s string) bool {
	return (strings.HasPrefix(s, "【") && jaBareReaderHeader(s) || koBracketLinkHeader(s)) && hasNoise(b.units, noiseChrome, noiseStamp, noiseLink)
}

// linksToEnd reports units that are all link titles (linkLine, one line
// each) or furniture: a page's foot under a link list's header.
func linksToEnd(us []unit) bool {
	for k := range us {
		switch u := &us[k]; u.kind {
		case uNoise:
		case uText:
			if u.para || u.line != u.lastLine || !linkLine(u.text) || endsSentence(u.text) {
				return false
			}
		default:
			return false
		}
	}
	return true
}
