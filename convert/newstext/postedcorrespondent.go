package newstext

import "strings"

// A Taiwanese paper's foreign correspondent signs a story filed from
// abroad with the post in place of 記者: 〔駐日特派員林翠儀／東京7日報導〕
// (自由時報's 國際版), 駐美特派員, 駐歐特派員. The post, 駐, the country's
// short name (one to three ideographs) and 特派員, is the dateline's role.

// postedRole returns the correspondent's post opening s (駐日特派員,
// 驻美特派员), or "".
func postedRole(s string) string {
	rest, ok := strings.CutPrefix(s, "駐")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "驻"); !ok {
			return ""
		}
	}
	n := 0
	for i, r := range rest {
		if n >= 1 && (strings.HasPrefix(rest[i:], "特派員") || strings.HasPrefix(rest[i:], "特派员")) {
			return s[:len(s)-len(rest)+i+len("特派員")]
		}
		if !isHan(r) || n == 3 {
			return ""
		}
		n++
	}
	return ""
}

// splitFiledDate parts the day a filed credit gives after its place
// (東京7日報導: the place 東京, the date 7日), as 中央社's 台北3日電 is
// read; a place with no date, or a date with no place, is left as it is.
func splitFiledDate(d *dateline) {
	if d.date != "" {
		return
	}
	if p := undatedPlace(d.place); p != d.place {
		d.place, d.date = p, d.place[len(p):]
	}
}

// undatedPlace returns the place of a filed credit without the day
// after it (東京 of 東京7日, 台中 of 台中12月7日).
func undatedPlace(p string) string {
	if j := trailingDate(p); j > 0 && isHan(lastRune(p[:j])) {
		return p[:j]
	}
	return p
}
