package newstext

import (
	"strings"
	"unicode/utf8"
)

// A mainland securities paper prints listed companies' disclosure
// announcements (信息披露) whole, each a document of its own under the
// stories: the exchange's header line, 证券代码：603517　证券简称：南岭药业
// 公告编号：2026-058; the issuer's name over the title, 南岭药业股份有限公司
// / 关于控股股东部分股份解除质押的公告; the text; 特此公告。; the board's
// sign-off and the date. The header is the filing's furniture (noise);
// the issuer's name is the kicker over the title, the headline, and the
// two open an article of their own even right under another story's
// text. A news headline that ends in 公告 (多家公司发布减持公告) has no
// issuer's name over it, and a company named in a story's sentence is
// no line of its own.

// noiseDisclosureHeader names the header line as a noise kind.
const noiseDisclosureHeader = "disclosure header"

// disclosureCodeLabels open the header line: the security's code.
var disclosureCodeLabels = []string{"证券代码", "證券代碼", "股票代码", "股票代碼", "债券代码", "債券代碼"}

// disclosureFieldLabels are the header's other fields: the security's
// short name and the announcement's number.
var disclosureFieldLabels = []string{"证券简称", "證券簡稱", "股票简称", "股票簡稱", "债券简称", "債券簡稱", "公告编号", "公告編號"}

// disclosureHeaderFirst reports the runes the header opens with (gate
// asks it).
func disclosureHeaderFirst(r rune) bool {
	return r == '证' || r == '證' || r == '股' || r == '债' || r == '債'
}

// disclosureHeaderFirstOf reports s opening with a rune the header
// opens with.
func disclosureHeaderFirstOf(s string) bool {
	r, _ := firstRune(s)
	return disclosureHeaderFirst(r)
}

// disclosureHeader reports the header line of a disclosure: one of
// disclosureCodeLabels, a colon and digits, then one of
// disclosureFieldLabels, at most 80 runes with no sentence's end. A
// sentence naming a code (证券代码为603517的公司…) has no colon after it.
func disclosureHeader(s string) bool {
	if !atMost(s, 80) || endsSentence(s) {
		return false
	}
	for _, l := range disclosureCodeLabels {
		rest, ok := strings.CutPrefix(s, l)
		if !ok {
			continue
		}
		rest, ok = cutColon(trimSpace(rest))
		if !ok {
			return false
		}
		rest = trimSpace(rest)
		if r, _ := firstRune(rest); r < '0' || r > '9' {
			return false
		}
		return containsAnyOf(rest, disclosureFieldLabels)
	}
	return false
}

// issuerEnds end a listed company's full name.
var issuerEnds = []string{"股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "集团公司", "集團公司"}

// disclosureIssuer reports a line that is a company's full name alone:
// Han runes (and Latin letters) ending in one of issuerEnds, at most 30
// runes.
func disclosureIssuer(s string) bool {
	return atMost(s, 30) && hasAnySuffix(s, issuerEnds) && isOrg(s)
}

// disclosureTitle reports an announcement's title: ending in 公告 (或
// 公告 with its version in brackets is not read), at most 40 runes with
// no sentence's punctuation, of at least six.
func disclosureTitle(s string) bool {
	if !strings.HasSuffix(s, "公告") || !atMost(s, 40) || utf8.RuneCountInString(s) < 6 {
		return false
	}
	return !hasAnyRune(s, "，。；！？,;!?")
}

// disclosurePair reports units i and n (the next content unit) an
// issuer's name over its announcement's title.
func (sc *scorer) disclosurePair(i, n int) bool {
	if n >= len(sc.us) || sc.us[i].kind != uText || sc.us[n].kind != uText || !sc.fs[i].title || !sc.fs[n].title {
		return false
	}
	return disclosureIssuer(sc.us[i].text) && disclosureTitle(sc.us[n].text)
}

// disclosureIssuerAt reports title line i the issuer's name over an
// announcement's title.
func (sc *scorer) disclosureIssuerAt(i int) bool {
	if !strings.HasSuffix(sc.us[i].text, "公司") {
		return false
	}
	return sc.disclosurePair(i, sc.nextContent(i))
}

// disclosureTitleAt reports title line i an announcement's title under
// its issuer's name.
func (sc *scorer) disclosureTitleAt(i int) bool {
	if !strings.HasSuffix(sc.us[i].text, "公告") {
		return false
	}
	p := sc.prevContent(i)
	return p >= 0 && sc.disclosurePair(p, i)
}
