package newstext

import "strings"

// A wire copy (新华社…电, 中新社…电) runs from its dateline to its end mark,
// （完）: the agency files one story at a time. A title line between the
// two is a head of that story (a related item it appends, 【延伸阅读】 over
// its title, or a 小标题), never the headline or kicker of another, which
// would take the copy's end mark and trailer with it.

// inWireCopy reports a title line i in a Chinese wire copy before its end
// mark: back from i, body text to the copy's dateline, with no end mark
// or headline between; on from i, title lines, body text and captions to
// the end mark, alone or closing a paragraph, with no dateline between.
func (sc *scorer) inWireCopy(i int) bool {
	if !strings.HasPrefix(sc.lang, "zh") {
		return false
	}
	wire := false
	for k, n := i-1, 0; k >= 0 && n < 30; k, n = k-1, n+1 {
		u := &sc.us[k]
		if u.kind == uNoise && sc.fs[k].endMark || u.kind == uHeadline || u.kind == uText && trailingEndMark(u.text) >= 0 {
			return false // (a copy ended above: …其他事项。（完）)
		}
		if u.kind == uText && sc.fs[k].dateline {
			wire = wireDated(u.text, sc.lang)
			break
		}
	}
	if !wire {
		return false
	}
	for k, n := i+1, 0; k < len(sc.us) && n < 12; k, n = k+1, n+1 {
		u := &sc.us[k]
		switch {
		case u.kind == uNoise && u.noise == noiseEndMark:
			return true // (a source or copyright line ends a web page, not a copy)
		case u.kind == uNoise, u.kind == uCaption:
		case u.kind == uText && !sc.fs[k].dateline:
			if trailingEndMark(u.text) >= 0 {
				return true // …“一票到雪场”。(完)
			}
		default:
			return false
		}
	}
	return false
}

// wireDated reports text opening with an agency's dateline, one filed by
// wire (…电, …電), not a paper's own (本报讯).
func wireDated(s, lang string) bool {
	d, _, ok := parseDatelineLang(s, lang)
	return ok && d.org != "" && (strings.Contains(d.text, "电") || strings.Contains(d.text, "電"))
}
