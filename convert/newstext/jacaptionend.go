package newstext

import "strings"

// A Japanese photo caption closes with its tail after ＝: the day and the
// place (…＝６日、松本市美術館で), the place alone (…＝松本市美術館で,
// …＝金沢市), the photographer (…＝佐藤花子撮影) or the agency
// (（ロイター＝共同）). Nothing of the caption follows the tail, and a
// Japanese story ends with its photo: on a page with no blank lines the
// line under the tail is the next story's headline however full the
// caption's last line ran, never more of the caption.

// captionCloseWords end a Japanese caption's tail after ＝: the place's
// で, the photographer's or the supplier's credit, bare or closing the
// bracket, and the agency closing （ロイター＝共同）.
var captionCloseWords = []string{"で", "撮影", "提供", "撮影）", "提供）", "共同）", "時事）"}

// jaCaptionClose reports a text ending in a Japanese caption's tail
// after its last ＝: short, no full stop, closed by one of
// captionCloseWords or by a place's name (captionPlace: ＝金沢市;
// barePlace: ＝松本市美術館, ＝東京・霞が関).
func jaCaptionClose(s string) bool {
	k := strings.LastIndex(s, "＝")
	if k < 0 {
		return false
	}
	rest := s[k+len("＝"):]
	if rest == "" || !atMost(rest, 24) || strings.Contains(rest, "。") {
		return false
	}
	if hasAnySuffix(rest, captionCloseWords) {
		return true
	}
	ok, _ := captionPlace(rest)
	return ok || barePlace(rest) // (＝松本市美術館, ＝東京・霞が関: jabareplace.go)
}

// jaCaptionEndsAt reports the unit of the block being cut that opened at
// line start as a Japanese caption closed by its tail on line i-1, with
// a title line i under it that the tail does not run on into (…＝松本市
// / 美術館で is one tail wrapped): line i opens a unit of its own.
func (b *builder) jaCaptionEndsAt(start, i int) bool {
	bl := &b.block
	ls := bl.ls
	if b.lang != "ja" || i-start > maxCaptionLines || !bl.titleLine(i) {
		return false
	}
	eq := false
	for _, l := range ls[start:i] {
		if strings.Contains(l.text, "＝") {
			eq = true
			break
		}
	}
	if !eq {
		return false // (the cheap test: every tail opens with ＝)
	}
	text := b.joinLines(ls[start:i])
	return jaCaptionClose(text) && !jaCaptionClose(text+ls[i].text) && b.kindOf(text) == uCaption
}

// venueCaption reports a Japanese caption closed by its photo's place
// alone with で after ＝, no day, no credit: 修復を経て初公開された
// 「四季花鳥図屏風」＝松本市美術館で. A locative tail after ＝ is how a
// caption says where its photo was taken (with the day, …＝６日、松本市美
// 術館で: isJapaneseWireCaption); a story's ＝ gives a person's home
// (宮沢静香さん（７２）＝長野市＝ら, ▽小林昭一さん（８０）＝洋画、上田市)
// with no で, and a sentence ends in 。. The place is a noun of at most
// sixteen letters with no punctuation (a box's entry, ＝１９日、県民の森
// で, holds a 、); the description before ＝ is a phrase with kana and no
// full stop, opening with no bullet.
func venueCaption(s string) bool {
	if !atMost(s, 120) || strings.Contains(s, "。") {
		return false
	}
	k := strings.LastIndex(s, "＝")
	if k <= 0 {
		return false
	}
	place, ok := strings.CutSuffix(s[k+len("＝"):], "で")
	if !ok || place == "" || !atMost(place, 16) {
		return false
	}
	for _, r := range place {
		if !isHan(r) && !isKana(r) && r != 'ー' && r != '・' && !isDigitRune(r) {
			return false
		}
	}
	if end, _ := decodeLast(place); !isHan(end) && !isKatakanaPart(end) {
		return false // (a noun: ＝しばらく休んで is a clause)
	}
	_, ok = captionDescription(s[:k])
	return ok
}

// captionDescription returns the description before a Japanese caption's
// ＝ tail (venueCaption, barePlaceCaption), a 写真＝ label dropped, and
// whether it reads as one: at least six letters with kana, no other ＝,
// opening with no bullet and ending in no comma or colon.
func captionDescription(s string) (string, bool) {
	desc := trimSpace(s)
	if strings.Contains(desc, "＝") {
		desc = strings.TrimPrefix(desc, "写真＝")
	}
	if len([]rune(desc)) < 6 || strings.Contains(desc, "＝") || !strings.ContainsFunc(desc, isKana) {
		return "", false
	}
	first, _ := firstRune(desc)
	if !isHan(first) && !isKana(first) && first != '「' && first != '『' && !isDigitRune(first) {
		return "", false // (▽…, ◇…, （…: a box's entry or a note)
	}
	last, _ := decodeLast(desc)
	return desc, last != '、' && last != '，' && last != '：'
}
