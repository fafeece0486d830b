package newstext

import (
	"slices"
	"strings"
)

// 日経 closes a photo's caption with the day and the place in round
// brackets, （7日、オハイオ州） (datedPlaceCaption), or with the place
// alone, 地銀の窓口に掲示された金利の案内（金沢市）. The place alone says
// less: 北陸中央銀行（金沢市） is also how a story names a firm, and a line
// of its own may be a head. So a place-only bracket makes a caption only
// where one stands: a noun phrase on a line of its own between two
// paragraphs of a story, the one above finished.

// placeSuffixes end a place's name in a caption's bracket: a city, ward,
// town or village, a prefecture, a state or province, an island, a port,
// a station or an airport.
var placeSuffixes = []string{"市", "区", "町", "村", "郡", "県", "都", "府", "道", "州", "省", "島", "港", "駅", "空港"}

// placeOnlyCaption reports a Japanese caption's shape closed by its
// photo's place alone, in round brackets or after ＝: a noun phrase with
// kana and no punctuation before it (a paragraph's sentence ends in 。, a
// head in a verb or a clause: 相次ぐ, …へ), ending in an ideograph or
// katakana, and a place of at most sixteen letters ending in a place's
// suffix, perhaps with で after it and the agency that took the photo
// (（金沢市）, （東京都千代田区で）, ＝金沢市, （金沢市、共同）).
func placeOnlyCaption(s string) (ok, sure bool) {
	if !atMost(s, 80) {
		return false, false
	}
	var start int
	var inner string
	if last, _ := decodeLast(s); last == '）' || last == ')' {
		if start, inner, ok = trailingBracket(s); !ok {
			return false, false
		}
	} else if start = strings.LastIndex(s, "＝"); start > 0 {
		inner, sure = s[start+len("＝"):], true
	} else {
		return false, false
	}
	place, agency := captionPlace(inner)
	if !place {
		return false, false
	}
	sure = sure || agency
	desc := trimSpace(s[:start])
	if !atMost(desc, 60) || len([]rune(desc)) < 6 || !strings.ContainsFunc(desc, isKana) {
		return false, false
	}
	for _, r := range desc {
		if !isHan(r) && !isKana(r) && r != 'ー' && r != '・' && !isDigitRune(r) {
			return false, false // (no punctuation, no space: one noun phrase)
		}
	}
	end, _ := decodeLast(desc)
	return isHan(end) || end >= 0x30A1 && end <= 0x30FA || end == 'ー', sure
}

// captionAgencies are the agencies a Japanese caption credits after its
// place: （金沢市、共同）, ＝ワシントン、ロイター.
var captionAgencies = []string{"共同", "時事", "共同通信", "時事通信", "ロイター", "ＡＰ", "AP", "ＡＦＰ", "AFP", "ＥＰＡ", "EPA", "新華社", "聯合"}

// captionPlace reports a caption's closing place: a name of at most
// sixteen letters ending in a place's suffix, perhaps with で after it,
// perhaps followed by 、 and the agency that took the photo (agency).
func captionPlace(inner string) (ok, agency bool) {
	place := trimSpace(inner)
	if k := strings.LastIndex(place, "、"); k > 0 {
		if !slices.Contains(captionAgencies, trimSpace(place[k+len("、"):])) {
			return false, false
		}
		place, agency = place[:k], true
	}
	place = strings.TrimSuffix(place, "で")
	if place == "" || !atMost(place, 16) {
		return false, false
	}
	for _, r := range place {
		if !isHan(r) && !isKana(r) && r != 'ー' && r != '・' {
			return false, false
		}
	}
	return hasAnySuffix(place, placeSuffixes) && !slices.Contains(placeSuffixes, place), agency // (a suffix alone names no place)
}

// isDigitRune reports an ASCII or full-width digit.
func isDigitRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= '０' && r <= '９'
}

// markPlaceCaptions makes captions of the lines of a Japanese page in
// placeOnlyCaption's shape that stand between two paragraphs, both ending
// their sentences (past the page's noise), and of those closed by ＝ and
// the place (…を見る来場者＝松本市), sure, set by the story's bracketed
// trailer: between it and a paragraph, or under it, over anything.
func (b *builder) markPlaceCaptions() {
	if b.lang != "ja" {
		return
	}
	us := b.units
	for i := range us {
		u := &us[i]
		if u.kind != uText || u.para || u.verbatim || u.lastLine != u.line {
			continue
		}
		ok, sure := placeOnlyCaption(u.text)
		if !ok {
			continue
		}
		p, n := i-1, i+1
		for p >= 0 && us[p].kind == uNoise {
			p--
		}
		for n < len(us) && us[n].kind == uNoise {
			n++
		}
		// (A sure close may also stand by the story's bracketed trailer,
		// above it or under it, whatever follows: a Japanese story ends
		// with its photo, and the next story's headline may come next.)
		after := sure && p >= 0 && closingTrailer(&us[p])
		if p < 0 || !after && !storyParagraph(&us[p], sure) && !(sure && closingTrailer(&us[p])) {
			continue
		}
		if !after && (n >= len(us) || !storyParagraph(&us[n], sure) && !(sure && closingTrailer(&us[n]))) {
			continue
		}
		u.kind, u.summed = uCaption, false
		b.warnParts(u.line, "line closed by a place taken as a photo caption: ", u.text)
	}
}

// closingTrailer reports a byline in round brackets, the trailer a
// Japanese story closes with: （小池真由）, （文化部　宮下綾）.
func closingTrailer(u *unit) bool {
	return u.kind == uByline && strings.HasPrefix(u.text, "（") && strings.HasSuffix(u.text, "）")
}

// storyParagraph reports a unit of body text that ends its sentence:
// a story's paragraph, no title line. Where the caption's close is sure
// (＝金沢市, （金沢市、共同）: no head ends so) a short paragraph will do.
func storyParagraph(u *unit, sure bool) bool {
	return u.kind == uText && !u.verbatim && endsSentence(u.text) && (sure || !atMost(u.text, 40))
}
