package newstext

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/paiban/paiban/convert/doc"
)

// isCaptionDay reports the date before 日 that opens a Japanese caption's
// tail after ＝: the day alone (２), as wires give it, or with its month
// and year (２０２４年１２月２, １２月２), as 朝日 gives it.
func isCaptionDay(s string) bool {
	if y, rest, ok := strings.Cut(s, "年"); ok {
		if !isNumber(y) {
			return false
		}
		s = rest
	}
	if m, rest, ok := strings.Cut(s, "月"); ok {
		if !isNumber(m) {
			return false
		}
		s = rest
	}
	return isNumber(s)
}

// pictureSlots are the labels a Japanese news site leaves where a picture
// stood, copied with the story: 写真・図版 (asahi.com). Alone on its
// line, such a label is the site's furniture, not a head.
var pictureSlots = []string{"写真・図版", "写真･図版", "図版", "写真・図表"}

// pictureSlotFirst reports the first runes of pictureSlots.
func pictureSlotFirst(r rune) bool { return r == '写' || r == '図' }

// isPictureSlot reports one of pictureSlots alone.
func isPictureSlot(s string) bool {
	for _, p := range pictureSlots {
		if s == p {
			return true
		}
	}
	return false
}

// placedPhotographer reports the tail after ＝ of a Japanese caption that
// names where the photo was taken before who took it, parted by 、:
// 横須賀市の米海軍基地、田村一郎撮影 (朝日). The photographer's field is
// short; the tail holds no full stop.
func placedPhotographer(t string) bool {
	k := strings.LastIndex(t, "、")
	return k > 0 && atMost(t, 40) && atMost(t[k:], 13) && !strings.Contains(t, "。")
}

// captionLabels open a Japanese paper's caption set under its story:
// 【写真】曳き綱を握る参加者＝十日、秩父市で（山田花子撮影）.
var captionLabels = []string{"【写真】", "【写真説明】", "【写真上】", "【写真下】", "【写真右】", "【写真左】"}

// captionLabelLine reports a line opening with one of captionLabels
// and text after it. A caption so labelled starts a unit of its own on a
// page with no blank lines, and ends at the line that closes its photo
// credit (splitBlock).
func captionLabelLine(s string) bool {
	if !strings.HasPrefix(s, "【写真") {
		return false
	}
	for _, p := range captionLabels {
		if len(s) > len(p) && strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// bracketedPhotographer reports a Japanese caption that closes with the
// day, the place and the photographer in round brackets, the credit
// after ＝: 記者会見する高官（３日、ワシントンで＝山田花子撮影） (読売). The
// photographer's field is short, and text stands before the bracket.
func bracketedPhotographer(s string) bool {
	in, ok := strings.CutSuffix(s, "撮影）")
	if !ok {
		if in, ok = strings.CutSuffix(s, "撮影)"); !ok {
			return false
		}
	}
	k := strings.LastIndex(in, "＝")
	if k < 0 || !atMost(in[k:], 14) {
		return false
	}
	o := max(strings.LastIndex(in[:k], "（"), strings.LastIndex(in[:k], "("))
	return o > 0 && !hasAnyRune(in[o+1:], "）)。")
}

// photoLabelLine reports a line opening a Japanese photo's caption with
// its label: 写真＝…, 写真は…, 【写真】…: it says it is a caption, so the
// title lines right above it are ended on purpose (titleGroupOver).
func photoLabelLine(s string) bool {
	return strings.HasPrefix(s, "写真＝") || strings.HasPrefix(s, "写真は") || captionLabelLine(s)
}

// captionDayParts are what may follow the day in a Japanese caption's
// bracket: the time of day the photo was taken, ７日午後.
var captionDayParts = []string{"午前", "午後", "朝", "夜", "夕"}

// datedPlaceCaption reports a Japanese caption that closes with the day
// and the place of its photo in round brackets and no credit (日経):
// 質問に答えるホンダの役員（7日、オハイオ州）, …（７日午後、東京都千代田区で）.
// desc is the text before the bracket, in what it holds: a phrase with
// kana and no full stop (a paragraph's sentences end in 。), the bracket
// the day (isCaptionDay and 日, maybe the time of day) and the place after
// 、, short.
func datedPlaceCaption(desc, in string) bool {
	day, place, ok := strings.Cut(in, "、")
	if !ok || place == "" || !atMost(place, 16) || hasAnyRune(place, "、。，") || !captionDayTime(day) {
		return false
	}
	desc = trimSpace(desc)
	return desc != "" && atMost(desc, 80) && !strings.Contains(desc, "。") && strings.ContainsFunc(desc, isKana)
}

// suppliedAfterEquals reports a Japanese caption credited to whoever
// supplied the photo, after ＝ as the photographer's 撮影 is:
// 公表された完成予想図＝名古屋市提供, …＝共同通信社提供. The supplier is
// short and one name (no 、 or 。), and a description stands before ＝
// with no full stop: a paragraph's sentence (…を提供) has no ＝ before it.
func suppliedAfterEquals(s string) bool {
	who, ok := strings.CutSuffix(s, "提供")
	if !ok || !atMost(s, 120) {
		return false
	}
	k := strings.LastIndex(who, "＝")
	if k <= 0 {
		return false
	}
	who = who[k+len("＝"):]
	return who != "" && atMost(who, 12) && !hasAnyRune(who, "、。，") && !strings.Contains(s[:k], "。")
}

// jaCaptionAlone reports line i of the block being cut as a Japanese
// caption on its own, which never goes on a paragraph's sentence: one
// whose tail gives the photo's day and place (isJapaneseWireCaption:
// 大しめ縄を運び込む生徒たち＝４日、甲府市で), or one opening with its
// label (写真は…, 写真＝…) that ends there on purpose, the block's last
// line or one stopping short of the measure, or that holds the tail's ＝.
// (A full line opening 写真は may be a sentence of the paragraph wrapped
// at the line's end: 写真は市が提供した。)
// A sports paper's caption opened by its photo pointer, （写真）…
// (japhotopointer.go), is one too unless it fills the line exactly.
func (b *builder) jaCaptionAlone(i int) bool {
	bl := &b.block
	s := bl.ls[i].text
	if photoPointerCaption(s) {
		// （写真）…: the pointer's phrase whole on its line, unless the
		// next line's first character would not have fitted on it (a
		// wrapped caption goes on below).
		return (i+1 == len(bl.ls) || b.nextWordFits(bl.ls[i], bl.ls[i+1].text) || b.measure > 0 && columns(s) > b.measure) && b.kindOfSum(s, bl.sum(i)) == uCaption
	}
	if !strings.Contains(s, "＝") && !strings.HasPrefix(s, "写真は") {
		return false // (the cheap test: either form holds one of these)
	}
	if !isJapaneseWireCaption(s) {
		if !photoLabelLine(s) || captionLabelLine(s) {
			return false
		}
		if !strings.Contains(s, "＝") && i+1 < len(bl.ls) && !b.endsShortAt(i) {
			return false
		}
	}
	return b.kindOfSum(s, bl.sum(i)) == uCaption
}

// jaCreditWords open the photographer's credit a Japanese sports paper
// closes a caption with in round brackets: 日刊スポーツ's and スポニチ's
// （撮影・山田太郎）, 報知's （カメラ・山田太郎）, or （写真・山田太郎）.
var jaCreditWords = []string{"撮影・", "撮影＝", "写真・", "写真＝", "カメラ・", "カメラ＝"}

// jaBracketCredit reports a Japanese caption closed by its photographer
// in round brackets with no ＝ before them, as sports papers credit
// every photo: …２ランを放つ岡本（撮影・山田太郎）, …岡本（山田太郎撮影）,
// …岡本（写真・山田太郎）. The credit is short and one name (no 、 or 。:
// （写真・上）, where a story points at its photo, names no one), and a
// description stands before it, a phrase with kana and no full stop (a
// paragraph's sentence ends in 。 before any bracket).
func jaBracketCredit(s string) bool {
	if !atMost(s, 120) {
		return false
	}
	start, in, ok := trailingBracket(s)
	if !ok || !strings.HasSuffix(s, "）") && !strings.HasSuffix(s, ")") {
		return false
	}
	desc := s[:start]
	name, ok := "", false
	for _, w := range jaCreditWords {
		if name, ok = strings.CutPrefix(in, w); ok {
			break
		}
	}
	if !ok {
		name, ok = strings.CutSuffix(in, "撮影")
	}
	if !ok || name == "" || !atMost(name, 10) || hasAnyRune(name, "、。，,・＝（）()") || isPhotoPosition(name) {
		return false
	}
	desc = trimSpace(desc)
	return desc != "" && atMost(desc, 100) && !strings.Contains(desc, "。") && strings.ContainsFunc(desc, isKana)
}

// isPhotoPosition reports where a story's photo stands, as a story
// points at it in brackets (（写真・上）, （写真・右）): a place on the
// page, not a photographer.
func isPhotoPosition(s string) bool {
	switch s {
	case "上", "下", "左", "右", "中", "左上", "右上", "左下", "右下", "上左", "上右", "下左", "下右":
		return true
	}
	return false
}

// jaWireCredit reports a line that is only the bracketed agency credit a
// Japanese wire photo's caption closes with: （共同）, （ＡＰ＝共同）,
// （ロイター＝共同）, （ＡＦＰ＝時事）. The agency that sent it is one of
// captionAgencies; the one that took the photo, before ＝, is one short
// name.
func jaWireCredit(s string) bool {
	if !atMost(s, 20) || !strings.HasPrefix(s, "（") {
		return false
	}
	inner, end, ok := leadingBracket(s)
	if !ok || end != len(s) {
		return false
	}
	inner = trimSpace(inner)
	if k := strings.LastIndex(inner, "＝"); k >= 0 {
		if by := trimSpace(inner[:k]); by == "" || hasAnyRune(by, "、。，,（）()＝=") {
			return false
		}
		inner = trimSpace(inner[k+len("＝"):])
	}
	return slices.Contains(captionAgencies, inner)
}

// jaCaptionCredit reports line i of block ls, a wire credit alone
// (jaWireCredit), as the close of the Japanese caption the unit's lines
// from start hold, which OCR of a narrow column wrapped before its credit
// (記者会見する米商務省の高 / 官＝５日、ワシントン / （ＡＰ＝共同）): their
// text ends in the photo's day and place after ＝ with no credit yet
// (isJapaneseWireCaption), and caption and credit read as one caption.
// The credit alone under a paragraph is the story's trailer, and under a
// caption already credited (…（ロイター＝共同）) it is none of the
// caption's.
func (b *builder) jaCaptionCredit(ls []srcLine, start, i int) bool {
	if b.lang != "ja" || i <= start || i-start > 8 || !jaWireCredit(ls[i].text) {
		return false
	}
	var sb strings.Builder
	for _, l := range ls[start:i] {
		sb.WriteString(l.text)
	}
	desc := sb.String()
	if !uncreditedWireCaption(desc) && !dayOnlyWireCaption(desc) {
		return false
	}
	return b.kindOf(desc+ls[i].text) == uCaption
}

// dayOnlyWireCaption reports the text of a Japanese wire photo's caption
// whose tail after ＝ gives the day alone, its place already in the
// words (上海市内の建設現場＝５日, …＝５日午後): a 国際面 caption set so
// and wrapped before its credit (…＝５日 / （ロイター＝共同）) is one
// caption as the day-and-place form is. Only with that credit under it
// (jaCaptionCredit): alone, such a line may be a wire headline. The
// description is a phrase with kana and no full stop, opening with a
// letter (a listing's entry, ▽総会＝５日, opens with its bullet).
func dayOnlyWireCaption(s string) bool {
	k := strings.LastIndex(s, "＝")
	if k <= 0 || !atMost(s, 120) {
		return false
	}
	desc, day := trimSpace(s[:k]), s[k+len("＝"):]
	if !captionDayTime(day) {
		return false
	}
	r, _ := firstRune(desc)
	return unicode.IsLetter(r) && atMost(desc, 100) && !hasAnyRune(desc, "。＝") && strings.ContainsFunc(desc, isKana)
}

// captionDayTime reports a caption's day, maybe with the time of day
// after it (captionDayParts): ５日, ６日午後.
func captionDayTime(day string) bool {
	for _, p := range captionDayParts {
		if d, ok := strings.CutSuffix(day, p); ok {
			day = d
			break
		}
	}
	d, ok := strings.CutSuffix(day, "日")
	return ok && isCaptionDay(d)
}

// relayedCreditAt reports whether kids[i] is a byline of a relayed wire
// credit (（ロイター＝共同）): the next brief's trailer in a run of them.
func relayedCreditAt(kids []*doc.Node, i int) bool {
	return i < len(kids) && kids[i].Kind == doc.KindByline && jaWireCredit(kids[i].Text) && strings.Contains(kids[i].Text, "＝")
}

// uncreditedWireCaption reports a Japanese wire photo's caption that
// ends in its photo's day and place (isJapaneseWireCaption) with no
// bracketed credit yet: the one a credit alone under it closes.
func uncreditedWireCaption(s string) bool {
	return !strings.HasSuffix(s, "）") && isJapaneseWireCaption(s)
}

// joinWireCredits joins to a Japanese wire photo's caption the credit set
// apart from it by a blank line (…治安部隊＝５日、カイロ / （ＡＦＰ＝時事）):
// a caption ending in its photo's day and place with no credit yet
// (isJapaneseWireCaption) and a bracket that is only a wire photo's credit
// (jaWireCredit) are one caption, as when the credit is wrapped onto the
// caption's last line (jaCaptionCredit). Read alone, the bracket would be
// the story's trailer, crediting the photo's agency with the story. Only
// the relayed form, the photo's agency and the sender's (（ＡＰ＝共同）): a
// bare （共同） is also how a wire story with no dateline is credited, and
// stays the story's.
//
// Between two paragraphs of the story, the one above finished, the
// relayed credit is a photo's too, whose caption the copy dropped (…参加
// した。 / （ＡＦＰ＝時事） / エジプト外務省によると…): only at the story's
// end is it its trailer. (Inside an unfinished sentence it is left as it
// was: the halves join around a caption, which would then close the
// story and read back as its trailer.)
// Read as a byline there, it credited the photo's agency with the story
// (時事 for a 【カイロ共同】 story); it is a caption, the credit alone, as
// a Korean photo's credit alone between paragraphs is ((사진=연합뉴스)).
// Only in a story already credited by its own dateline above (dated), and
// not when another such credit closes the paragraph below: a briefs box
// (海外短信) of headless items, each closed by its relayed credit
// (…表明した。 / （ＡＦＰ＝時事） / ブラジル南部で…。 / （ロイター＝共同）),
// also has a finished paragraph above and one below, and there each
// credit is its item's trailer.
func (b *builder) joinWireCredits(n *doc.Node, dated bool) {
	kids := n.Children
	out := kids[:0]
	for i, c := range kids {
		if c.Kind == doc.KindSection {
			b.joinWireCredits(c, dated)
		}
		if c.Kind == doc.KindDateline {
			dated = true
		}
		if len(out) > 0 && c.Kind == doc.KindByline && jaWireCredit(c.Text) && strings.Contains(c.Text, "＝") {
			p := out[len(out)-1]
			if p.Kind == doc.KindCaption && uncreditedWireCaption(p.Text) {
				b.warnParts(c.Line, "photo credit joined to the caption on line ", strconv.Itoa(p.Line))
				p.Text += c.Text
				continue
			}
			if dated && p.Kind == doc.KindParagraph && endsSentence(p.Text) && i+1 < len(kids) && kids[i+1].Kind == doc.KindParagraph && !relayedCreditAt(kids, i+2) {
				b.warnParts(c.Line, "photo credit alone between two paragraphs taken as its photo's caption, not the story's byline: ", c.Text)
				c.Kind, c.Org, c.Roles, c.Names = doc.KindCaption, "", nil, nil
			}
		}
		out = append(out, c)
	}
	for i := len(out); i < len(kids); i++ {
		kids[i] = nil
	}
	n.Children = out
}
