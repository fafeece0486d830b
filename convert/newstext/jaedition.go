package newstext

import "strings"

// A Japanese paper's web edition sets a line under each headline that
// names the paper, the day, the printed edition the story ran in and
// whether it is behind the paywall, with its length:
//
//	毎日新聞 2024/12/3 東京朝刊 有料記事 1412文字
//	毎日新聞 2024/12/3 17:30(最終更新 12/3 18:02) 有料記事 980文字
//
// It is the site's, not the story's: noise, which dates the story as a
// web time stamp does (stampUnder): it is no subheadline, and the line
// above it is the headline that starts its article.

// noiseEdition names a web edition line (see isJapaneseEditionLine).
const noiseEdition = "web edition line"

// editionLineLast reports the runes a web edition line ends in: the 字
// of its length (1412文字), the 刊 of its edition (東京朝刊) or the 事 of
// its paywall label (有料記事). isJapaneseEditionLine is asked about no
// other line (gate, noiseKindSum).
func editionLineLast(r rune) bool { return r == '字' || r == '刊' || r == '事' }

// paywallLabels mark an article as for subscribers, or not.
var paywallLabels = []string{"有料記事", "会員限定記事", "会員限定有料記事", "無料記事", "会員記事"}

// isJapaneseEditionLine reports a Japanese paper's web edition line: the
// paper (…新聞), a date, and its edition, paywall label or length, each
// a word of its own, with the time it was posted or updated. Without the
// paper's name the line must open with the date and the time, as a stamp
// does: 2026/12/5 18:20（最終更新 12/5 19:02） 有料記事 912文字.
func isJapaneseEditionLine(s string) bool {
	if !atMost(s, 64) {
		return false
	}
	// (最終更新 12/3 18:02): when the story was last updated.
	if k := strings.Index(s, "最終更新"); k > 0 {
		open, w := decodeLast(s[:k])
		e := strings.IndexRune(s[k:], closeFor(open))
		if closeFor(open) == 0 || e < 0 {
			return false
		}
		s = s[:k-w] + " " + s[k+e+len(string(closeFor(open))):]
	}
	var buf [8]string
	toks := appendFields(buf[:0], s, len(s), isSpace)
	if len(toks) < 2 || len(toks) > 7 {
		return false
	}
	// The paper's name opens the line, or the copy leaves it out and the
	// line opens with its date and time (2026/12/5 18:20 912文字).
	if isPaperName(toks[0]) {
		toks = toks[1:]
	} else if len(toks) < 3 || !isNumericDate(toks[0]) || !isClockTime(toks[1]) {
		return false
	}
	if len(toks) < 2 {
		return false
	}
	date, more := false, false
	for _, t := range toks {
		switch {
		case isNumericDate(t) || isEditionDate(t):
			date = true
		case isClockTime(t):
		case isPrintEdition(t) || isCharCount(t) || isPaywallLabel(t):
			more = true
		default:
			return false
		}
	}
	return date && more
}

// isPaperName reports a paper's name: 毎日新聞, 北海道新聞, 日本経済新聞.
func isPaperName(t string) bool {
	name, ok := strings.CutSuffix(t, "新聞")
	return ok && name != "" && atMost(name, 6)
}

// isPrintEdition reports the printed edition a story ran in: 東京朝刊,
// 大阪夕刊, 西部朝刊, 北海道夕刊.
func isPrintEdition(t string) bool {
	region, ok := strings.CutSuffix(t, "朝刊")
	if !ok {
		region, ok = strings.CutSuffix(t, "夕刊")
	}
	return ok && atMost(region, 4)
}

// isCharCount reports a story's length in characters: 1412文字.
func isCharCount(t string) bool {
	n, ok := strings.CutSuffix(t, "文字")
	return ok && n != "" && len(n) <= 5 && allDigits(n)
}

// isPaywallLabel reports one of paywallLabels.
func isPaywallLabel(t string) bool {
	for _, p := range paywallLabels {
		if t == p {
			return true
		}
	}
	return false
}

// isClockTime reports a time of day, 7:05 or 17:30.
func isClockTime(t string) bool {
	h, m, ok := strings.Cut(t, ":")
	return ok && h != "" && len(h) <= 2 && len(m) == 2 && allDigits(h) && allDigits(m)
}

// titleOverEdition lets unit p, right above a web edition line, be a
// title line when it is a column's title made of its first words and an
// ellipsis (余録：冬の夜空に…, 水説：春を待つ港町で…), which would read
// as a finished sentence: the edition line stands under headlines only.
func (sc *scorer) titleOverEdition(p int) {
	u, f := &sc.us[p], &sc.fs[p]
	if u.kind != uText || u.para || u.verbatim || f.title || f.runes > 32 {
		return
	}
	if !strings.HasSuffix(u.text, "…") || hasAnyRune(u.text, "。！？") {
		return
	}
	f.title, f.noKicker, f.ended = true, true, false
}
