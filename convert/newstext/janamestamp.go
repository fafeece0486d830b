package newstext

import (
	"strings"
	"unicode/utf8"
)

// A Japanese site (朝日新聞デジタル) sets its reporter's name under the
// headline right before the story's time stamp, run into it with no
// space (佐藤遥2026年12月5日 17時30分), or alone on its line over the
// stamp (佐藤遥 / 2026年12月5日 17時30分; 佐藤 遥, family and given names
// spaced). The name is the story's byline and the stamp the site's
// noise, as with a byline and a stamp parted by a space (stampTail):
// not a subheadline, which is a phrase and never a bare name.

// jaStampWordEnds end the words a site puts before its stamp to say which
// time it is (更新, 配信, 最終更新, 更新日): no reporter's name.
var jaStampWordEnds = []string{"更新", "配信", "公開", "掲載", "投稿", "発信", "発表", "日", "時", "現在"}

// jaStampName reports a reporter's full name as a site sets it over or
// before its stamp: a kanji surname and a given name, three to six
// characters (jaFullName), the given name's kana only at the end
// (佐々木まり) and not a particle (今季も出荷へ is a phrase), never a
// word saying which time a stamp is.
func jaStampName(s string) bool {
	if !jaFullName(s) || hasAnySuffix(s, jaStampWordEnds) {
		return false
	}
	kana := false
	for _, r := range s {
		switch {
		case isKana(r):
			kana = true
		case kana:
			return false // kanji after kana: a phrase
		}
	}
	return !strings.ContainsRune("へをにがはのでともや", lastRune(s))
}

// jaNamedStamp splits a reporter's name (jaStampName) run into a web
// time stamp opening with its date's year, 佐藤遥2026年12月5日 17時30分,
// into the name and the stamp.
func jaNamedStamp(s string) (name, stamp string, ok bool) {
	if len(s) > 80 {
		return "", "", false
	}
	r, _ := firstRune(s)
	if !isHan(r) {
		return "", "", false // (most lines: no name first)
	}
	// The first digit, searched for only as far as a name of six runes
	// may reach (six runes are at most 24 bytes): beyond, the name is
	// too long whatever follows.
	k := strings.IndexAny(s[:min(len(s), 6*utf8.UTFMax+1)], "0123456789")
	if k <= 0 || utf8.RuneCountInString(s[:k]) > 6 {
		return "", "", false
	}
	name, stamp = s[:k], s[k:]
	if !jaStampName(name) || !numericDateStart(stamp) || !isWebStamp(stamp) && !hanClockStamp(stamp) {
		return "", "", false
	}
	return name, stamp, true
}

// markJaStampNames makes a byline of a reporter's name alone on its line
// (jaStampName; one space may part the names) right over a web time
// stamp and under a title line (past any furniture) or at the page's top,
// on a Japanese page: 佐藤遥 between the headline and 2026年12月5日 17時30分.
func (b *builder) markJaStampNames() {
	if b.lang != "ja" {
		return
	}
	us := b.units
	for i := 0; i+1 < len(us); i++ {
		u := &us[i]
		if u.kind != uText || u.line != u.lastLine || len(u.text) > 6*utf8.UTFMax+3 {
			continue
		}
		if us[i+1].kind != uNoise || us[i+1].noise != noiseStamp {
			continue
		}
		if !underTitles(us, i) {
			continue
		}
		name := u.text
		if n := strings.Count(name, " ") + strings.Count(name, "　"); n > 1 {
			continue
		}
		name = unspaced(name)
		if !jaStampName(name) {
			continue
		}
		u.kind, u.cr, u.summed = uByline, creditRef(credit{names: []string{name}}), false
	}
}

// underTitles reports unit i standing under a title line, past the page's
// furniture between (有料会員記事 under the headline, as the writer sets
// it out on a line of its own), or with nothing but furniture above (a
// copy that starts under the titles): where a reporter's name over the
// site's stamp stands, alone on its line or run into the stamp (both
// forms ask it, so they read alike).
func underTitles(us []unit, i int) bool {
	j := i - 1
	for j >= 0 && us[j].kind == uNoise {
		j--
	}
	if j < 0 {
		return true
	}
	p := &us[j]
	return p.kind == uHeadline || p.kind == uSubhead || p.kind == uText && p.line == p.lastLine && !endsSentence(p.text)
}
