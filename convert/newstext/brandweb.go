package newstext

import "strings"

// A news site's masthead often sets its web name beside its brand: the
// site's domain (三立新聞網 setn.com, 聯合新聞網 udn.com, 東京新聞
// tokyo-np.co.jp) or the Latin name of its web edition (東京新聞 TOKYO
// Web, 中央社 CNA). The pair is the masthead all the same, furniture, not
// a headline opening an empty article over the story: the masthead rules
// (siteNameOverTrail, jaMasthead, markZhSiteHead) judge the brand as if
// it stood alone. The brand must be one word in a CJK script and the web
// name one domain or at most three Latin words with a capital, on either
// side of it; a Latin word glued to the brand's script (Web会議) or a
// line with CJK on both sides of the Latin (輝達 GTC 大會) is no masthead.

// cutBrandWebName returns the brand of a masthead that sets a domain or a
// Latin web name beside it (see above), and whether s was one.
func cutBrandWebName(s string) (string, bool) {
	if !atMost(s, 40) {
		return "", false
	}
	var buf [5]string
	toks := appendFields(buf[:0], s, 5, isSpace)
	if len(toks) < 2 || len(toks) > 4 {
		return "", false
	}
	brand, web := toks[0], toks[1:]
	if !holdsCJK(brand) {
		brand, web = toks[len(toks)-1], toks[:len(toks)-1]
	}
	if !holdsCJK(brand) || !siteWebName(web) {
		return "", false
	}
	return brand, true
}

// siteWebName reports a site's web name set beside its brand: one domain
// (siteDomain), or one to three Latin words (letters, digits, hyphens)
// of which one holds a capital: TOKYO Web, CNA, NOWnews.
func siteWebName(toks []string) bool {
	if len(toks) == 1 && siteDomain(toks[0]) {
		return true
	}
	if len(toks) > 3 {
		return false
	}
	caps := 0
	for _, t := range toks {
		if !latinWord(t) || strings.Contains(t, ".") || !atMost(t, 12) {
			return false
		}
		caps += upperCount(t)
	}
	return caps > 0
}

// siteDomain reports a host name as a masthead sets it: two to four
// labels of ASCII letters, digits and hyphens parted by dots, the last
// two to six letters (setn.com, udn.com, www.ltn.com.tw,
// tokyo-np.co.jp). A figure (3.5) or an abbreviation (U.S.) is none.
func siteDomain(t string) bool {
	if !atMost(t, 32) {
		return false
	}
	n := 0
	var last string
	for label := range strings.SplitSeq(t, ".") {
		if label == "" {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
				return false
			}
		}
		last = label
		n++
	}
	if n < 2 || n > 4 || len(last) < 2 || len(last) > 6 {
		return false
	}
	for i := 0; i < len(last); i++ {
		if c := last[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// mastBrand returns the brand of a masthead line that sets its web name
// beside it (cutBrandWebName), or s itself.
func mastBrand(s string) string {
	if brand, ok := cutBrandWebName(s); ok {
		return brand
	}
	return s
}
