package newstext

import (
	"strings"
	"unsafe"

	"github.com/paiban/paiban/convert/doc"
)

// split groups lines into blocks at blank lines and blocks into units.
func (b *builder) split(lines []srcLine) error {
	if cap(b.pageRows) < len(lines) {
		b.pageRows = make([]int8, len(lines))
		b.pageBoxes = make([]uint8, len(lines))
	}
	b.pageRows, b.pageBoxes = b.pageRows[:len(lines)], b.pageBoxes[:len(lines)]
	clear(b.pageRows)
	clear(b.pageBoxes)
	b.pageLines = lines
	b.pageTexts = b.pageTexts[:0]
	for _, l := range lines {
		b.pageTexts = append(b.pageTexts, l.text)
	}
	var verse []bool // a poem's stanza lines, which set no measure (stanzameasure.go)
	if b.lang != "ja" && b.lang != "ko" {
		verse = stanzaLines(lines)
	}
	b.measure, b.weak, b.bare = pageMeasuresRows(lines, b.pageRows, b.pageBoxes, verse)
	b.koLines = koreanSentenceLines(lines)
	b.koIndent = b.lang == "ko" && koreanIndentParas(lines)
	b.koFlat = b.lang == "ko" && !b.koIndent && !b.koLines && b.measure > 0 && !b.weak && koreanFlatPage(lines)
	b.cjkLines = b.lang != "ko" && cjkSentenceLines(lines)
	b.fwStamps = fullwidthStampsAt(lines) // (fullwidthstamp.go)
	if b.lang == "ja" {
		b.labelStamps = eventLabelStampsAt(lines) // (jaeventstamp.go)
	}
	b.bareFolios = bareFoliosAt(lines) // (numericfolio.go)
	if b.lang != "ko" {
		b.charWrap = pageCharWrap(lines, verse)
	} else {
		b.koWrap = pageKoWordWrap(lines) // (kowordwrap.go)
	}
	b.byWidth = pageWidthWrap(lines, b.measure)
	if !b.byWidth && b.lang != "ko" && b.measure > 0 && !b.weak {
		b.runeMeas = pageRuneMeasure(lines, b.measure) // (runefill.go)
	}
	if b.measure == 0 {
		b.widest = pageWidest(lines)
	}
	b.markIndentedTitles(lines) // (OCR's indented title over its dateline: indenttitle.go)
	defer b.markBreaks()
	k := splitPoint(lines)
	if k <= 0 || b.serial {
		return b.splitRange(lines)
	}
	// The second half starts with a headline block, which depends on
	// nothing before it, so its units are the same whoever makes them.
	// The first half's slice is sized for the whole input (there are
	// fewer units than half the lines in all but odd inputs), so that
	// appending the second half's units seldom has to grow it.
	if b.units == nil {
		b.units = make([]unit, 0, unitsCap(len(lines)))
	}
	second := b.sub()
	// The second half's units are made at the end of the same array and
	// moved down after the first half's: one allocation, not a second
	// one for half the units. (A half that outgrows its part of the
	// array is moved to a larger one by append, as any slice is.)
	whole := b.units[:cap(b.units)]
	if at := cap(b.units) - unitsCap(len(lines)-k); at > len(b.units) {
		second.units = whole[at:at]
		b.units = b.units[:len(b.units):at]
	}
	var err2 error
	done := make(chan struct{})
	go func() {
		defer close(done)
		err2 = second.splitRange(lines[k:])
	}()
	err := b.splitRange(lines[:k])
	<-done
	if err != nil {
		return err
	}
	if err2 != nil {
		return err2
	}
	for _, k := range second.breakAt {
		k.unit += len(b.units)
		b.breakAt = append(b.breakAt, k)
	}
	n := len(b.units)
	if n+len(second.units) <= len(whole) && unsafe.SliceData(b.units) == unsafe.SliceData(whole) {
		// (copy, not append: the second half's units may overlap where
		// they go.)
		b.units = whole[:n+len(second.units)]
		copy(b.units[n:], second.units)
		return nil
	}
	b.units = append(b.units, second.units...)
	return nil
}

// markBreaks marks the units that follow an article break as starting
// an article.
func (b *builder) markBreaks() {
	for _, k := range b.breakAt {
		// (A break above everything separates nothing.)
		if k.unit > 0 && k.unit < len(b.units) {
			u := &b.units[k.unit]
			u.newArticle, u.brk, u.brkLine = true, true, k.line
		}
	}
	b.breakAt = nil
}

// brkAt is an article break found by splitRange: the index in units of
// the unit after it and the break's (first) line.
type brkAt struct{ unit, line int }

// isArticleBreak reports a dinkus, a line that separates two articles or
// two scenes of one (see sceneBreaks): three or more asterisks, ASCII or
// fullwidth, or of the marks CJK papers use for it (◇ ◆ ※ ☆ ★), with or
// without spaces between ("* * *", "***", "＊　＊　＊", "◇◇◇"). Writer puts
// one above an article that has no headline to start it.
func isArticleBreak(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case isDinkusMark(r):
			n++
		case !isSpace(r):
			return false
		}
	}
	return n >= 3
}

// isDinkusMark reports the marks a dinkus is made of.
func isDinkusMark(r rune) bool {
	switch r {
	case '*', '＊', '◇', '◆', '※', '☆', '★':
		return true
	}
	return false
}

// articleBreak is the article break Writer writes.
const articleBreak = "* * *"

// parallelLines is the input length from which split works on two halves
// at once; below it a goroutine costs more than it saves.
const parallelLines = 1 << 14

// splitPoint returns where lines may be cut into two halves that split
// independently: the first headline line after a blank line from the
// middle on, or 0 for none (or a short input).
func splitPoint(lines []srcLine) int {
	if len(lines) < parallelLines {
		return 0
	}
	for i := len(lines) / 2; i < len(lines); i++ {
		if lines[i-1].text == "" && lines[i].text != "" {
			if lvl, _ := headingLevel(lines[i].text); lvl == 1 {
				return i
			}
		}
	}
	return 0
}

// splitRange splits lines into units, appended to b.units.
func (b *builder) splitRange(lines []srcLine) error {
	if b.units == nil {
		b.units = make([]unit, 0, unitsCap(len(lines)))
	}
	for i := 0; i < len(lines); {
		if lines[i].text == "" {
			i++
			continue
		}
		j := i
		brk := true
		lead := false // the block opens with a dinkus line over text
		inner := -1   // a dinkus line inside the block (dinkusline.go)
		for j < len(lines) && lines[j].text != "" {
			if r, _ := firstRune(lines[j].text); (isDinkusMark(r) || isSpace(r)) && dinkusLine(lines, i, j) {
				if j == i {
					lead = true
				} else if inner < 0 {
					inner = j
				}
			} else {
				brk = false
			}
			j++
		}
		if err := b.checkCtx(); err != nil {
			return err
		}
		if brk && !b.noBreaks {
			// A block of article breaks alone: what follows is another
			// article. The asterisks are markup, like "#".
			b.addBreak(lines[i].no)
			i = j
			continue
		}
		// A dinkus on a line of its own opening the block or inside it
		// is the same break, as though blank lines stood around it: the
		// lines above it are a block of their own.
		if lead && !b.noBreaks {
			b.addBreak(lines[i].no)
			i++
			continue
		}
		if inner > 0 && !b.noBreaks {
			b.splitBlock(lines[i:inner])
			i = inner
			continue
		}
		b.splitBlock(lines[i:j])
		i = j
	}
	return nil
}

// addBreak records an article break at line no before the next unit
// (one for a run of them).
func (b *builder) addBreak(no int) {
	if n := len(b.breakAt); n == 0 || b.breakAt[n-1].unit != len(b.units) {
		b.breakAt = append(b.breakAt, brkAt{len(b.units), no})
	}
}

// lineTextAbove returns the text of the block's line over line i, or for
// the block's first line the text of the last unit read above the block
// ("" if none).
func (b *builder) lineTextAbove(ls []srcLine, i int) string {
	if i >= 1 {
		return ls[i-1].text
	}
	if n := len(b.units); i == 0 && n > 0 {
		return b.units[n-1].text
	}
	return ""
}

// splitBlock cuts one block at lines that stand alone (markers, page
// furniture, jump lines, bylines) and classifies the pieces.
func (b *builder) splitBlock(ls []srcLine) {
	bl := &b.block
	bl.reset(ls)
	bl.seedRows(b.pageLines, b.pageTexts, b.pageRows, b.pageBoxes)
	// A short block of title lines ending in a dash subheadline is a title
	// group (kicker, headline, subheadline): each line a unit. (The dash,
	// the cheapest test, is looked for first: most blocks have none.)
	if n := len(ls); n >= 2 && n <= maxKickerLines+1 {
		if _, ok := dashPrefix(ls[n-1].text); ok && bl.allTitleLines(n) && !anyMarker(ls) {
			for i := range ls {
				b.flush(ls[i : i+1])
			}
			return
		}
	}
	start := 0
	first := len(b.units) // the block's first unit
	capCredit := -1       // the line of a Korean caption's credit joined to it (kocaptioncredit.go)
	links := false        // under a Japanese link list's header (jalinks.go), each link a unit
	zhLinks := false      // under a Chinese one (listedLinkAt)
	notice := noticeRun{row: -1}
	for i, l := range ls {
		if links {
			links = linkLine(l.text) && (!zhLinks || b.listedLinkAt(i, l))
		} else if r, _ := firstRune(l.text); jaLinkHeaderFirst(r) && isJaLinkHeader(l.text) || koLinkHeaderFirst(r) && isLinkHeader(l.text) || koLeadLinkHeader(l.text) || isJaReaderLinkHeader(l.text) || (r == '【' || r == '[' || r == '［') && b.jaBracketedBareHeaderAt(l.text) {
			links = true // (관련 뉴스: kolinks.go; 【ランキング】: jabareranking.go)
		} else if zhLinkHeader(l.text) {
			links, zhLinks = true, true // 相关文章, 延伸閱讀 (weblinks.go)
		}
		if lvl, text := headingLevel(l.text); lvl > 0 {
			kind := uHeading
			if lvl == 1 {
				kind = uHeadline
				b.flushAboveHeadline(ls[start:i])
			} else {
				b.flush(ls[start:i])
			}
			u := unit{kind: kind, text: text, line: l.no, lastLine: l.no}
			if lvl > 1 {
				u.level = uint8(min(lvl-1, 8))
			}
			b.units = append(b.units, u)
			start = i + 1
			continue
		}
		// A gallery's bracketed link, 【写真を見る】 alone or before the
		// headline repeated, is a line of its own, noise, whatever the
		// lines around it left open: the repeated title is never joined
		// to the text under it (jagallerytag.go).
		if r, _ := firstRune(l.text); (r == '【' || r == '［' || r == '[') && b.galleryTagLine(l) {
			b.flush(ls[start:i])
			b.units = append(b.units, unit{kind: uNoise, noise: noiseChrome, text: l.text, line: l.no, lastLine: l.no})
			start = i + 1
			continue
		}
		if i == start && len(b.units) > 0 {
			if k := b.units[len(b.units)-1].kind; k == uHeadline || k == uSubhead || b.summaryUnderTitle() || b.creditUnderTitle() {
				if text, ok := subheadDash(l.text); ok {
					b.units = append(b.units, unit{kind: uSubhead, text: text, line: l.no, lastLine: l.no})
					start = i + 1
					continue
				}
			}
		}
		if i == start {
			continue
		}
		// An editor's note's label alone on the unit's first line
		// (【编者按】, 编者按：) heads the note's text wrapped under it: the
		// lines of a block are hard wraps, and a label is no unit of its
		// own (blind page cn-grrb-bianzhe).
		if i-1 == start && noteLabelAlone(ls[i-1].text) && b.kindOfSum(l.text, bl.sum(i)) == uText {
			continue
		}
		// A Japanese headline broken over two lines at a particle that
		// leaves its phrase open (大分ＦＣ、来季の / 新監督に森田氏) is one
		// headline, not a headline over its subheadline (jatitlewrap.go).
		if b.jaTitleWrapped(start, i) {
			continue
		}
		// A Japanese headline line as wide as the measure whose last
		// phrase closes with a particle a headline ends in (…　１２日から)
		// is a line of its own over its subheadline (jatitlewrap.go).
		if b.jaClosedTitleLine(start, i) {
			b.flush(ls[start:i])
			start = i
			continue
		}
		// A line opens a new unit when it is a marker line, or when the
		// line before it ended a sentence and it is one of the short
		// stand-alone forms. The guard keeps hard-wrapped prose cheap.
		r, _ := firstRune(l.text)
		opens := links || isBylineMarker(r) || r == '▲' || r == '△' || isNote(l.text) || (r == '©' || r == 'C') && isCopyright(l.text)
		// A Korean inline item's mark the wrap put at the line's start
		// (…노선은 / △502번(…)) goes on with the sentence (koinlinemark.go).
		inline := false
		if (r == '▲' || r == '△') && !links && koInlineMark(ls[start:i], l.text) {
			opens, inline = false, true
		}
		// A Korean site's call, or the line under one, opens a unit
		// (kobroadcast.go).
		if !opens && (koreanCallLine(l.text) || koreanCallLine(ls[i-1].text)) {
			opens = true
		}
		// So does a tip box's channel with no mark under another
		// (이메일 : … / 카카오톡 : @노컷뉴스, kotipbox.go).
		if !opens && koreanTipUnmarked(l.text) && koreanTipUnmarked(ls[i-1].text) {
			opens = true
		}
		// A line opening with the bullet the unit's first line opened
		// with is the list's next item (▽김영수씨 별세… / ▽박순자씨
		// 별세…, ◆… / ◆…, and a box's ▷ entries, ▷기획조정실장 김영호 /
		// ▷경제국장 이민수), never the wrap of the item above, which
		// goes on with the item's text.
		if !opens && itemBullet(r) {
			p, _ := firstRune(ls[start].text)
			opens = p == r
		}
		if !opens && r == '▷' {
			opens = arrowUnitNextEntry(ls[start:i], l.text) // (not an inline run's wrap: koinlinemark.go)
		}
		// Arrow links one under another are a list, a link a line
		// (kolinks.go).
		if !opens && arrowLinkMark(r) {
			p, _ := firstRune(ls[i-1].text)
			opens = arrowLinkMark(p) && arrowLink(ls[i-1].text)
		}
		ended := (endsSentence(ls[i-1].text) || closedLine(ls[i-1].text)) && !decimalCut(ls[i-1], l) // (a number cut at its point: decimalcut.go)
		// On a page whose long lines are paragraphs, a speaker's label
		// runs on into the quote whole on the line under it (担当者： /
		// 「…努めたい」, jaquoteline.go).
		if !opens && b.cjkLines && i-1 == start && speakerLabel(ls[i-1].text) && wholeQuoteLine(l.text) {
			continue
		}
		// A photo's credit alone on the line under a one-line caption
		// (■大批球迷…排隊。 / 記者　陳嘉欣攝) closes that caption.
		if i-1 == start && ended && photoCreditAlone(l.text) && atMost(ls[i-1].text, 60) {
			continue
		}
		// A Japanese wire caption's credit alone on the line under the
		// caption's day and place (…高官＝５日、ワシントン / （ＡＰ＝共同）),
		// however short the line above stops, closes that caption
		// (jacaption.go).
		if r == '（' && b.jaCaptionCredit(ls, start, i) {
			continue
		}
		// A Korean caption's credit alone on the line under it, on a
		// portal's copy set one paragraph a line, closes that caption
		// (… 있다. / /연합뉴스, kocaptioncredit.go); the paragraph under
		// it opens a unit of its own.
		if i-1 == start && ended && b.koreanCaptionCredit(ls, start, i) {
			capCredit = i
			continue
		}
		// So does a regional paper's bare credit, =대구시 제공, alone on
		// the line under its caption's sentence (신천 야간 물빛길 조감도.),
		// on any Korean page: no line of text opens with = (kophotolabel.go).
		if r == '=' && i-1 == start && ended && b.lang == "ko" && koreanBareCreditUnder(ls[start].text, l.text) {
			capCredit = i
			continue
		}
		if !opens && capCredit == i-1 && i-2 == start {
			opens = true
		}
		// A photographer's address alone under a Korean caption closed
		// by his name ends that caption (komail.go).
		if r < 0x80 && mailUnderCaption(ls[start:i], l.text) {
			continue
		}
		if !opens && (ended || atMost(l.text, 24)) {
			opens = b.standsAloneSum(l.text, bl.sum(i)) && !b.proseCreditAt(i) && (ended || !b.proseFollowAt(i)) // (prosecredit.go, followwrap.go)
		}
		// A Korean wire's credit for a foreign agency's photo alone on
		// its line, (도쿄 교도=연합뉴스), under a line that is no title
		// closes the caption above it (kojointdateline.go): a relayed
		// dateline opens its story's text on its line, or stands alone
		// under its title, never under a sentence.
		if !opens && b.lang == "ko" && (r == '(' || r == '[') && koreanRelayedCreditAlone(l.text) && !bl.titleLine(i-1) {
			continue
		}
		// A credit line under a line that stops short of the measure, no
		// clause left open, is a line of its own however long its names
		// run (21世纪经济报道记者 王芳 实习生 刘洋 上海报道 under the
		// headline): a headline never wraps into its byline.
		if !opens && atMost(l.text, 48) && !endsClause(ls[i-1].text) && (b.measure == 0 || b.endsShortAt(i-1)) {
			opens = b.kindOfSum(l.text, bl.sum(i)) == uByline
		}
		// Nor does it wrap into the bracketed dateline opening the line
		// under it (竹田驛站週末市集開張 / 〔記者X／屏東報導〕屏東縣…),
		// however long the paragraph's first line runs. A 【】 dateline
		// (【旭川】, 【北京共同】) opens its paragraph whatever the line
		// above left open: it stands at a story's start, never inside a
		// sentence, and OCR of a vertical page sets the title line above
		// it as wide as the column (blind page ja-ocr-tategaki). So does
		// a Korean wire's, (서울=연합뉴스), (도쿄 교도=연합뉴스), under a
		// title line set unwrapped past the measure (blind page
		// ko-gukje; kojointdateline.go).
		if !opens && b.bracketDatelineLead(l.text) && (r == '【' || !endsClause(ls[i-1].text) && (b.measure == 0 || b.endsShortAt(i-1)) || b.lang == "ko" && koreanWireLead(l.text, bl.titleLine(i-1))) {
			opens = true
		}
		// Nor into a Japanese content label opening the line (【解説】…,
		// 【図解】…, jacontentlabel.go): like a 【】 dateline it opens its
		// paragraph, head or link.
		if !opens && r == '【' && b.lang == "ja" && jaBracketLabelLead(l.text) {
			opens = true
		}
		// So does a commentary's label in angle brackets run in after a
		// finished sentence (…発表した。 / 〈解説〉投資をうたう詐欺は、,
		// jaanglerunin.go), on a page that marks paragraphs by nothing.
		if !opens && ended && (r == '〈' || r == '＜' || r == '<') && b.lang == "ja" && jaAngleLead(l.text) {
			opens = true
		}
		// Nor does a sport's or event's rubric alone on its line
		// (【高校ラグビー】, jasportlabel.go) run into the results under it.
		if !opens && b.lang == "ja" && i-1 == start && jaSportRubric(ls[i-1].text) {
			opens = true
		}
		// Nor into any dateline opening the line under a title line that
		// stops short of the measure (城西老旧小区加装电梯提速 / 本报讯（记者
		// X）…, 新华社北京12月1日电…): a headline set straight over its
		// story, as a page with no blank lines sets every one.
		if !opens && bl.titleLine(i-1) && (b.measure == 0 || b.endsShortAt(i-1)) && b.datelineOpens(l.text) {
			opens = true
		}
		// Nor into a Korean reporter's credit in square brackets opening
		// the line under a title line, however far the title line runs
		// ([수원=한빛일보 정하늘 기자] under 음주 단속 피해 도주하다 가로수
		// '쾅'): like a 【】 dateline it stands at a story's start, never
		// inside a sentence (kocreditlead.go).
		if !opens && r == '[' && b.lang == "ko" && bl.titleLine(i-1) && koBracketCreditLead(l.text) {
			opens = true
		}
		// A label in lenticular brackets alone on the unit's first line
		// (【警情通报】) was set apart from the text under it: a digest's
		// lead-in runs into its text on one line, and a post's title
		// stands alone (label.go, bracketedPostTitle). (Over a title
		// line it is left to the title group: 【对话】 over its headline.)
		if !opens && i-1 == start && lenticularLabel(ls[i-1].text) && !bl.titleLine(i) {
			opens = true
		}
		// So was a box's label in those brackets alone over the box's
		// list (【この記事のポイント】 / ・…): the label heads the items,
		// each a paragraph (bracketlist.go).
		if !opens && i-1 == start && itemBullet(r) && bracketLabelOverItem(ls[i-1].text, l.text) {
			opens = true
		}
		// A dated page head stands alone wherever it falls, however long
		// and whatever the line above left open: OCR reads a page's
		// running head between the halves of the sentence its page break
		// cut (flush joins the halves again across it).
		if !opens && !ended && furnitureCues.in(l.text) && datedPageHead(l.text, bl.sum(i)) {
			opens = true
		}
		// So does the page's number and name alone (Ａ７　　社会新闻, or
		// 夕刊　国際 over or under ３) when the dated head opening the page
		// holds both (pagedhead.go).
		if !opens && !ended && b.pagedRunningHead(ls, i) {
			opens = true
		}
		// And with no head naming it, where it cuts a sentence (A3　　證券
		// between …年增11.6％， and 創歷年同期新高…): a running head,
		// noise, the halves joined across it (pagedhead.go).
		if !opens && !ended && b.cutPageHead(ls, i) {
			b.flush(ls[start:i])
			b.units = append(b.units, unit{kind: uNoise, noise: noiseRunningHead, text: l.text, line: l.no, lastLine: l.no})
			start = i + 1
			continue
		}
		// A caption closed by its credit after a finished sentence is a
		// unit of its own, however full the line above it: a caption
		// directly under a paragraph line is never part of it.
		// (Not a Korean caption's bracketed credit alone, (사진=X 제공),
		// that the wrap set under its description: kocreditwrap.go.)
		if !opens && ended && endsInCredit(l.text) && b.kindOfSum(l.text, bl.sum(i)) == uCaption && !b.koreanCaptionCreditWrap(ls, start, i) {
			opens = true
		}
		// So is a Japanese caption whole on its line, told by its tail
		// (…＝４日、甲府市で) or its label (写真は…), after a finished
		// sentence, however full the line above it: a paragraph's last
		// line may fill the column exactly (jacaption.go).
		if !opens && ended && b.jaCaptionAlone(i) {
			opens = true
		}
		// And so is one wrapped over lines, closed by its tail after ＝
		// on its last (…皿に盛る森下 / 千春さん＝長野市、小林彩撮影)
		// (jacaptionwrapped.go).
		if !opens && ended && b.jaWrappedCaptionAt(i) {
			opens = true
		}
		// A labelled Japanese caption (【写真】…) starts a unit wherever it
		// stands, and the line closing its photo credit ends it
		// (jacaption.go).
		if !opens && (captionLabelLine(l.text) || captionLabelLine(ls[start].text) && endsInCredit(ls[i-1].text)) {
			opens = true
		}
		// A web time stamp under a headline, however long, is a line of
		// its own, and so is the text under it (see webstamp.go; a bare
		// full-width date and time only under a headline:
		// fullwidthstamp.go).
		if !opens && (bl.stampLine(i) && b.fwStampOK(l.text) || bl.stampLine(i-1) && b.fwStampOK(ls[i-1].text)) {
			opens = true
		}
		// So is the text under a share button worded as a phrase right
		// under the stamp (2026/12/6 17:45 / LINEで送る / 元松本市長の…):
		// the button is never the paragraph's first words
		// (jasharebutton.go).
		if !opens && i-1 == start && i >= 2 && bl.stampLine(i-2) && jaShareEnd(ls[i-1].text) && jaShareButtons(ls[i-1].text) == 1 {
			opens = true
		}
		// A copy button alone on its line (URLをコピー) under a share
		// button is a line of its own, not the wrap of the button above
		// (jasharebutton.go).
		if !opens && (r == 'U' || r == 'Ｕ' || r == 'リ') {
			if copyButtonPrefix(l.text) == len(l.text) && jaShareButtons(ls[i-1].text) > 0 {
				opens = true
			}
		}
		// The points of a Korean summary box are a line each (kosummary.go).
		if !opens && b.summaryPoint(i) {
			opens = true
		}
		// Nor are two clock-led rows (06:30｜早间新闻 / 07:10｜健康江州): a
		// guide's or a timetable's rows, one a line (clockrows.go).
		if !opens && clockLed(ls[i-1].text) && clockLed(l.text) {
			opens = true
		}
		// Two rows of a table set as text (广东 102:98 辽宁 / 北京 88:91
		// 浙江) are never one wrapped paragraph.
		if !opens && (bl.rowPair(i-1, i) || ended && bl.row(i) > 0) {
			opens = true // (and the lead-in 比赛结果： stands above the rows)
		}
		// Nor does a line run on into the first of two or more rows of a
		// label and a count (市内の救急出動（５日） over 出動　２８件 /
		// 火災　１件, countrows.go): a wrap cuts no word into a label
		// padded apart from a bare count with a row of that shape under
		// it, so the first row opens its unit as the others do.
		if !opens && i+1 < len(ls) && bl.row(i) == 0 && countRowPair(l.text, ls[i+1].text) {
			opens = true
		}
		// Nor are two rows of words with no figure, as many fields parted
		// by padding in each, three or more, the upper as wide as the
		// measure or wider (南下　永康至大灣　封閉內側車道 / 北上　仁德至永康
		// 封閉外側車道, padrows.go): no wrap leaves padding between short
		// fields in both of two lines of prose, and the rows, glued, would
		// run on into the paragraph under them. (An upper row that stops
		// short of the measure is left to the rules for short lines.)
		if !opens && b.measure > 0 && wordRowPair(ls[i-1].text, l.text) && !b.endsShortAt(i-1) {
			opens = true
		}
		// Nor are two rows of different shapes, a lottery's numbers over
		// its prizes (红球　03　11　17　22　28　31 / 蓝球　09 / 一等奖　6注
		// 每注628万元), nor a form's row and the row under it (开奖日期：
		// 2026年12月5日 / 红球　03…), the upper short of the measure: a
		// row's line was ended on purpose, and no row wraps into a row
		// (the lower may be a row of padded fields with a figure, 一等奖
		// 6注　每注628万元).
		if !opens && (bl.row(i-1) > 0 || formRow(ls[i-1].text)) && (bl.row(i) > 0 || paddedRow(l.text) >= 3 && hasDigit(l.text)) && (b.measure == 0 || b.endsShortAt(i-1)) {
			opens = true
		}
		// Nor does a box's row run on into an entry opened by a bullet
		// under it (出来高　２３億１２００万株 / ▽東証プライムの値下がり…):
		// the row's line, short of the measure, was ended on purpose, and
		// the box's bulleted entries, its text, open units of their own
		// (rowbulletentry.go).
		if !opens && b.rowOverBulletEntry(i) {
			opens = true
		}
		// Nor is a recipe's ingredient row in a cook's measure under a
		// row (だし汁　８００ミリリットル / みそ　大さじ４, reciperows.go):
		// no wrap leaves a name padded apart from 大さじ４ or 適量, and
		// the upper row, nearly as wide as a narrow column, would run on
		// into the steps under the list.
		if !opens && recipeRow(l.text) && (bl.row(i-1) > 0 || recipeRow(ls[i-1].text)) {
			opens = true
		}
		// Nor are two rows of an information box one under another
		// (时间：12月12日—14日　19:30 / 地点：明德大戏院…, formrows.go): no
		// wrap leaves a field's label opening both lines (infoRowPair).
		// So is the first of such rows under a finished sentence (a
		// weather box's forecast, 大致天晴，…日間乾燥。 / 氣溫：最低15度
		// 最高22度 / 相對濕度：…): a row with another under it is no
		// sentence's wrap.
		if !opens && ended && i+1 < len(ls) && infoRowPair(l.text, ls[i+1].text) {
			opens = true
		}
		if !opens && infoRowPair(ls[i-1].text, l.text) {
			opens = true
		}
		// Nor is the lead ending in a colon over the box's first row
		// (…可致電以下熱線： / 政府熱線：1823): no wrap leaves a colon
		// closing one line and a label and its colon opening the next.
		if !opens && leadLine(ls[i-1].text) && (infoRow(l.text) || figureRow(l.text)) {
			opens = true
		}
		// Nor are a notice's rows set as sentences, one a line under the
		// lead ending in a colon (具体封闭时段如下： / 8日22时至翌日5时，南下
		// 永康至大湾封闭。 / 9日22时至翌日5时，…。): each row is a
		// paragraph, however full its line, and so is the text under the
		// last (noticerows.go).
		// (The run is followed whatever opened the line.)
		if notice.breakAt(ls, i, func() bool {
			return first > 0 && b.units[first-1].kind == uText && leadLine(b.units[first-1].text)
		}) {
			opens = true
		}
		// Nor is a table's title closed by its unit and the row under it
		// (主要ワイナリーの出荷量（単位：万本） / 社名　２５年　２６年　増減):
		// the unit's bracket ends the title, which never wraps into a row
		// (jatable.go).
		if !opens && bl.row(i) > 0 && unitTitle(ls[i-1].text) {
			opens = true
		}
		// Nor into a Korean header row of words under it, nor the header
		// into its first row (서울 주요 단지 실거래가(단위: 억원, %) / 단지
		// 면적 거래가 변동률 / 압구정 한빛현대 84㎡ 42.5 +6.3: kotable.go);
		// after a finished sentence the title opens its own unit too.
		if !opens && (bl.koreanHeaderUnder(i) || bl.koreanHeaderUnder(i-1) || ended && bl.koreanHeaderUnder(i+1)) {
			opens = true
		}
		// Nor does such a title run on into its legend under it
		// (…決算（単位・百万円） / （カッコ内は前年同期比増減率％）, over a
		// ◇ head as over a row): the unit's bracket ended the title, the
		// legend is the table's note (jalegend.go).
		if r, _ := firstRune(l.text); !opens && (r == '（' || r == '(') && tableLegend(l.text) && unitTitle(ls[i-1].text) {
			opens = true
		}
		// So is a title whose unit stands on the line under it
		// (主要产品出口情况 / （单位：亿元） / 钢材　1200　1350): the two
		// lines are the title, the row opens its own unit (padrows.go).
		if !opens && i-2 >= start && bl.row(i) > 0 && unitLineUnder(ls[i-2].text, ls[i-1].text) {
			opens = true
		}
		// Nor does a line that is one bracket alone run on into a row
		// under it (ベストセラー / （１１月２４日～３０日、紀ノ国堂書店本店調べ）
		// / １　潮騒の台所　森下ゆかり（白鷺書房）): its closing bracket ended
		// the line, a box's note on its period or source, and no wrap leaves
		// a row's fields after it; nor does the box's title, alone on the
		// unit's first line, run on into that bracket, unless the bracket
		// is the table's unit (（单位：亿元）, unitLineUnder) (rankbracket.go).
		if !opens && (bl.row(i) > 0 && bracketLineOverRow(ls[i-1].text) || i-1 == start && i+1 < len(ls) && bl.row(i+1) > 0 && bracketLineOverRow(l.text) && bl.titleLine(i-1) && !unitLineUnder(ls[i-1].text, l.text)) {
			opens = true
		}
		// Nor is a short head, the unit's first line (◇開票結果（選管最終）),
		// and the first row of the table under it (当　１２，４０８　高木
		// 誠一　無新): a head never wraps into a row (votecount.go).
		if !opens && i-1 == start && bl.row(i) > 0 && headMarkerSum(ls[i-1].text, bl.sum(i-1)) != "" && (b.measure == 0 || b.endsShortAt(i-1)) {
			opens = true
		}
		// Nor does a head or title, its unit's lines so far (◇松川村歳末
		// チャリティー演芸会, as wide as the measure, or wrapped over two
		// lines), run on into the first of an information box's rows under
		// it (日時　２１日午後１時 / 場所　村すずの音ホール, 时间：… / 地点：…):
		// no wrap leaves a field's label opening the next line with
		// another row under it (infoRowPair, formrows.go).
		if !opens && i-start <= maxKickerLines && i+1 < len(ls) && bl.groupLines(start, i) && infoRowPair(l.text, ls[i+1].text) {
			opens = true
		}
		// A short head under its bullet (◇女子, ◆決勝), well short of the
		// measure, opens its unit whatever the line above left open: a
		// results box's rows the reader did not tell as rows (佐久長聖
		// ２時間４分１１秒, no rank) end short of the measure too, and the
		// next box's head is never their wrap (bullethead.go).
		if !opens && b.measure > 0 && bulletHead(l.text) && b.clearlyShortLine(l) {
			opens = true
		}
		// A Korean head or brief's title under a head's bullet
		// (◇반도체 통제 완화가 최대 쟁점), the unit's first line or under a
		// finished sentence, is a line of its own however full: never a
		// wrap's first line, never glued to the sentence above
		// (kobullethead.go).
		if !opens && b.lang == "ko" && (i-1 == start && koreanBulletHeadOver(ls[i-1].text, l.text) || ended && koreanBulletHead(l.text)) {
			opens = true
		}
		// Nor are two rows of a Japanese box score ((港)…, 【勝】…), nor
		// its game's label and the row under it, nor a finished sentence
		// and the label (a paragraph's last line may fill the column).
		if !opens && (bl.boxRow(i-1) && bl.boxRow(i) || gameLabel(ls[i-1].text) || ended && gameLabel(l.text)) {
			opens = true
		}
		// Nor is a box's row set wider than the measure and the line
		// under it: no typesetter wrapped it there (widerow.go); nor a
		// box score's row that stops short of it (【警】北　中西 over
		// ▽観衆…), ended on purpose.
		if !opens && (b.wideRow(ls[i-1]) || bl.boxRow(i-1) && b.endsShortAt(i-1)) {
			opens = true
		}
		// Nor does a title line run on into an information box's row set
		// clearly wider than the measure under it: no typesetter wrapped
		// the line above at the column and then ran its rest past it
		// (「星野あかり　京の台所をゆく」 over 放送　１２月１２日（土）　午後
		// ７時〜８時５４分, widerow.go).
		if !opens && bl.titleLine(i-1) && jaFieldRow(l.text) && b.wideLineUnder(l) {
			opens = true
		}
		// A table's note, （注）…, ended short of the measure is complete.
		if !opens && tableNote(ls[i-1].text) && (b.clearlyShortLine(ls[i-1]) || b.shortOfWidest(ls[i-1])) {
			opens = true
		}
		// Nor are a header row of words and the row under it, nor the
		// line above the header and the header (padrows.go).
		if !opens && (bl.headerOver(i-1) || i+1 < len(ls) && bl.headerOver(i)) {
			opens = true
		}
		// So is a table's title over its header row after a finished
		// sentence (…回落。 / 主要城市…均价（单位：元/公斤） / 城市 3月第3周
		// 环比 同比 / 北京 23.60 +2.1% -4.8%).
		if !opens && ended && i+2 < len(ls) && bl.headerOver(i+1) {
			opens = true
		}
		// What follows a run of rows is not the last row's continuation
		// (广州…16℃～21℃ / （市气象台提供）).
		if !opens && i >= 2 && i-1 == start && bl.rowPair(i-2, i-1) {
			opens = true
		}
		// An indented line after a finished sentence starts a new
		// paragraph: pages that mark paragraphs by a U+3000 indent.
		if !opens && ended && l.indent {
			opens = true
		}
		// A Japanese reader's line on a letters page (望月正雄（７８）＝松本市、
		// 無職) under the letter's finished text or its title is a line of
		// its own, and so is the title under it, however full either line
		// runs: the column sets them in their own style (jareader.go).
		if !opens && b.lang == "ja" && b.jaReaderLineCut(ls, start, i, ended) {
			opens = true
		}
		// A line with the 2em paragraph indent under an unindented line
		// starts a body paragraph whatever the line above left open (a
		// subheadline as wide as the column): wrapped lines are never
		// indented. (On a page that indents every line, the line above
		// is indented too and this says nothing.)
		if !opens && l.para && !ls[i-1].indent {
			opens = true
		}
		// So does an indented line (Japanese indents by one U+3000) under
		// an unindented title line, or under a subheadline that speaks
		// for someone (運輸署：…), which a colon keeps from being one.
		indentUnderTitle := l.indent && !ls[i-1].indent && (bl.titleLine(i-1) || attributedTitle(ls[i-1].text))
		if !opens && indentUnderTitle {
			opens = true
		}
		// On a page whose long lines are paragraphs, a line that ends a
		// sentence ends its paragraph (cjklines.go).
		if !opens && ended && b.cjkLines {
			opens = true
		}
		// So does a quote whole on its line, closed by 」 with no stop
		// before it (jaquoteline.go).
		if !opens && b.cjkLines && wholeQuoteLine(ls[i-1].text) {
			opens = true
		}
		// On a page whose long Korean lines are paragraphs, a line that
		// ends a sentence ends its paragraph (kolines.go).
		if !opens && ended && b.koLines {
			if e, _ := koreanLineEnd(ls[i-1].text); e {
				opens = true
			}
		}
		// And a caption alone on its line closed by its credit after its
		// sentence (… 있다. 뉴시스, … 있다. /연합뉴스, … 있다. (사진=뉴시스)),
		// which ends in no sentence's mark (kocreditclose.go); so too on
		// a page whose paragraphs are marked by nothing (koflat.go), a
		// portal's copy whose paragraphs are a sentence each, so that no
		// line holds the two sentences koreanSentenceLines asks for: there
		// a line ends its paragraph only after a sentence's stop, and the
		// caption, closed by the credit, ran into the lead paragraph.
		if !opens && i-1 == start && (b.koLines || b.koFlat) && koreanCreditClosed(ls[i-1].text) && b.kindOfSum(ls[i-1].text, bl.sum(i-1)) == uCaption {
			opens = true
		}
		// On a Korean page whose paragraphs are marked by nothing, a
		// line that ends a sentence ends its paragraph, and the page's
		// first line is its headline when it ends as one (koflat.go).
		if !opens && b.koFlatCut(start, i) {
			opens = true
		}
		// A line opening with a list number after a finished sentence
		// starts the next item: （1）…。 / （2）…
		if !opens && ended && listItemStart(l.text) {
			opens = true
		}
		// Nor are a footnote block's label alone on its line (注释：,
		// 注　释) and its first entry, nor two entries one under another
		// ([1]…。 / [2]…): footnotes are a line each (footnotes.go).
		if !opens && b.footnoteCut(ls, start, i, ended) {
			opens = true
		}
		// A line that stops short of the page's measure was ended on
		// purpose: after a sentence it ends a paragraph; a unit's first
		// line without one is a title or head line (a clause ending in a
		// comma goes on); a caption or byline line stands alone.
		// A dash line under a title line is a subheadline, also under
		// one that asks or exclaims (“一键退订”为何这么难？ / ——部分…):
		// a headline's question mark is no wrap.
		if !opens && i-1 == start && (bl.kickerText(i-1) || exclaimedTitle(ls[i-1].text)) {
			if _, ok := dashPrefix(l.text); ok {
				opens = true
			}
		}
		// A subheadline speaking for its source (陸委會：…) under the
		// block's first, title line is a line of the title group,
		// however full that line ran (attributedsub.go).
		if !opens && attributedSubUnder(ls, start, i) && bl.titleLine(i-1) {
			opens = true
		}
		// A title line ending in a dash is a kicker leading into the
		// headline under it (…能力—— / 演习场上，…): never wrapped into it.
		if !opens && i-1 == start && strings.HasSuffix(ls[i-1].text, "——") && bl.kickerText(i-1) {
			opens = true
		}
		// A title line after a finished sentence, right above an
		// indented line, opens a title group however wide it runs
		// (pages with no blank lines that mark paragraphs by indent): a
		// paragraph's last line would end its sentence, the indented
		// line under it starting the next paragraph (titleoverindent.go).
		if !opens && ended && titleOverIndent(ls, i) && bl.titleLine(i) {
			opens = true
		}
		// So do two such title lines, 主標 over a 副標 that stops clearly
		// short of the measure, right above the indented line: each is a
		// line of the title group, neither a paragraph's (titleoverindent.go).
		if !opens && ended && titleGroupOverIndent(ls, i) && bl.titleLine(i) && bl.titleLine(i+1) && b.clearlyShortLine(ls[i+1]) {
			opens = true
		}
		// A short title-like line after a finished sentence, with more
		// lines under it, opens a title group (pages with no blank lines).
		// (The credit is looked for last: the other tests are cheaper.)
		// (A line the next word would not have fitted on was wrapped
		// there, however short: 고기능성수지(HPR) 주문이 / 포장재업계에서
		// …, where Korean wraps whole words.)
		if !opens && i+1 < len(ls) && bl.titleLine(i) && b.clearlyShort(l.text) && (ended || closedByCredit(ls[i-1].text)) && b.nextWordFits(l, ls[i+1].text) {
			opens = true
		}
		// On a page too short to measure, a title line well short of the
		// page's widest line was ended on purpose, not wrapped: a title
		// line under it is a second title line (a headline over its
		// subheadline), never the rest of a wrapped headline, and an
		// indented line under it opens the paragraph under its title, as
		// does any line under the second of two title lines. (A
		// subheadline may speak for someone: 當局：…)
		if !opens && i-1 == start && b.measure == 0 && (bl.titleLine(i-1) || attributedTitle(ls[i-1].text)) && (l.indent || bl.titleLine(i) || attributedTitle(l.text) || start > 0 && bl.titleLine(start-1)) && b.shortOfWidest(ls[i-1]) {
			opens = true
		}
		// So, on such a page, is a title line set over a line of text
		// much wider than itself: no typesetter wrapped a paragraph's
		// first line well short of the page's widest and then ran its
		// next line far past it. The title is its item's headline (a
		// box of briefs, each title over its one paragraph, 한결자산운용,
		// 월배당 ETF 출시 / 한결자산운용은 8일 …), never the paragraph's
		// first words (titleovertext.go).
		if !opens && i-1 == start && b.measure == 0 && titleOverWiderText(ls[i-1], l) && bl.titleLine(i-1) && b.shortOfWidest(ls[i-1]) {
			opens = true
		}
		// A block of two title lines whose second, the block's last,
		// stops clearly short of the measure with no sentence ended is no
		// wrapped paragraph: a paragraph's last line ends its sentence,
		// and one a column break cut runs full. When the second line's
		// first word would have fitted on the first, the first was ended
		// on purpose too: a headline over its subheadline, not a headline
		// wrapped at the measure (a page of narrow columns sets a
		// headline nearly as wide as a full line: 한파에 전기차 배터리
		// ‘뚝’…주행거리 30% 줄어 / 영하 10도 아래선 충전 시간도 두 배로).
		if !opens && i-1 == start && i+1 == len(ls) && !ended && !endsSentence(l.text) && b.clearlyShortLine(l) && bl.titleLine(i-1) && bl.titleLine(i) && b.nextWordFits(ls[i-1], l.text) && !b.wrapTail(ls[i-1], l.text) {
			opens = true
		}
		// The same two title lines on a Korean page wrapped by count,
		// the first short of the measure in columns: a headline is set
		// in its own type, not at the body's count, so its room is
		// measured in columns, whatever the subheadline's width
		// (kowordwrap.go).
		if !opens && i-1 == start && i+1 == len(ls) && !ended && !endsSentence(l.text) && bl.titleLine(i-1) && bl.titleLine(i) && b.koTitleShortByColumns(ls[i-1], l) && !b.wrapTail(ls[i-1], l.text) {
			opens = true
		}
		// The same two title lines on a Korean page, the first a quote
		// headline (北 “美 핵항모 전개는 엄중한 도발”) and the second a
		// clause of its own: the quotation's close ended the headline,
		// however full its line (koquotetitle.go).
		if !opens && i-1 == start && i+1 == len(ls) && !ended && b.lang == "ko" && !endsSentence(l.text) && bl.titleLine(i-1) && bl.titleLine(i) && koreanQuoteTitleOver(ls[i-1].text, l.text) {
			opens = true
		}
		// The same two title lines on a page wrapped by character count,
		// measured by their characters: a full line holding half-width
		// digits sets the measure in columns a little short of the count,
		// and a subheadline at three quarters of it then looked no shorter
		// than a paragraph's line (runefill.go, titleLinesByRunes).
		if !opens && i-1 == start && i+1 == len(ls) && !ended && !endsSentence(l.text) && b.titleLinesByRunes(ls[i-1], l) && bl.titleLine(i-1) && bl.titleLine(i) && !b.wrapTail(ls[i-1], l.text) {
			opens = true
		}
		// A block of two title lines whose first opens with a story's
		// tag ([단독], 【独家】: a headline) and which, joined, would be
		// too long for any headline: the headline over its subheadline,
		// each a line of its own ([단독] 국토부, 광역버스 입석 금지 3년
		// 유예 / 좌석 부족에 출근 대란 우려…“증차 뒤 단계 시행”).
		if !opens && i-1 == start && i+1 == len(ls) && !ended && !endsSentence(l.text) && taggedTitle(ls[i-1].text) &&
			bl.titleLine(i-1) && bl.titleLine(i) && !atMost(ls[i-1].text+l.text, 48) {
			opens = true
		}
		// A Korean opinion piece's rubric title over its writer's line,
		// [목요 시론] 겨울철 응급실 대란, 해법은 있다 / 박정아 충북대병원
		// 응급의학과 교수: two lines, the title and its byline, never a
		// title wrapped into the text (kocolumnwriter.go); the same with
		// the rubric alone on the line over the title ([충청논단]).
		if !opens && i-1 == start && b.lang == "ko" && rubricOverWriter(b.lineTextAbove(ls, i-1), ls[i-1].text, l.text) {
			opens = true
		}
		// Two Chinese title lines each parted into phrases by a U+3000,
		// over the text (AI伺服器需求強　宏芯11月營收創高 / 年增逾三成
		// 法人看好明年首季淡季不淡): a headline over its subheadline,
		// however full the first (zhphrasetitles.go).
		if !opens && b.zhPhraseTitlePair(start, i) {
			opens = true
		}
		// A line well wider than the page's measure was set whole, not
		// wrapped at it (a table's note, ※後期日程は…確認を, 26
		// characters on a page of 16): a short title line under it is a
		// line of its own (the next column's label, 教育Ｑ＆Ａ), not the
		// note's rest (longline.go).
		if !opens && b.wideLineOverTitle(start, i) {
			opens = true
		}
		// A Japanese Q&A's question (Ｑ　…) and the answer under it
		// (Ａ　…) open their paragraphs whatever the line above left
		// open: the column's title, the asker's bracket (jaqaline.go).
		if !opens && b.jaQAOpens(start, i) {
			opens = true
		}
		// A title line well over the page's measure was not wrapped at it
		// (print headlines run wider than the columns under them): the
		// title line under it is a line of its own. (Latin words wrap
		// wider than ideographs: only a line of wide characters counts.)
		cols := 0 // the width of the line above, when asked for below
		if !opens && i-1 == start && b.measure > 0 {
			cols = lineColumns(ls[i-1])
		}
		// (A Korean line the page's count wrapped, kowordwrap.go, is
		// no such title however wide its columns: koFullAtCount.)
		if !opens && cols*5 > b.measure*6 && asciiBytes(ls[i-1].text)*4 <= len(ls[i-1].text) && bl.titleLine(i-1) && bl.titleLine(i) && !b.koFullAtCount(ls[i-1], l.text) {
			opens = true
		}
		// Nor was a title line of no comma any wider than a measure
		// taken from many lines, unless a mark hangs past it: the
		// typesetter wraps no line beyond the measure, so a title line
		// under it that stops short (a subheadline, which may speak for
		// someone: 政府：…, or a form's row, 开奖日期：2026年12月5日) is a
		// line of its own. (The lines of OCR are ragged: a line of it
		// runs wide and the next goes on.)
		if !opens && cols > b.bare && b.overMeasure(ls[i-1]) && bl.titleLine(i-1) && (bl.titleLine(i) || attributedTitle(l.text) || formRow(l.text)) && !hasAnyRune(ls[i-1].text, "，,") && (i+1 == len(ls) || b.endsShortAt(i)) && !b.koFullAtCount(ls[i-1], l.text) {
			opens = true
		}
		// On a page wrapped by character count, a line short of the
		// count was ended on purpose (charwrap.go).
		if !opens && b.charWrap > 0 && (endsShortOfCount(ls[i-1], l.text, b.charWrap) && !b.datelineLineGoesOn(ls[i-1], l, bl.titleLine(i) && b.clearlyShortLine(l)) || overCount(ls[i-1], b.charWrap) && bl.titleLine(i-1)) {
			opens = true
		}
		if !opens && b.endsShortAt(i-1) {
			p := ls[i-1].text
			// (A sentence end a few characters short of a measure taken
			// from few lines may be a line wrapped at a sentence end, in
			// a page whose paragraphs are parted by blank lines.)
			// (An indented line full at the page's character count is
			// the first line of a paragraph, however short in columns:
			// kinsoku pushed the opening bracket to the next line.)
			// (A form's row, 开奖日期：2026年12月5日, is complete with its
			// value, as a title line is, and so is any short label's
			// over a figure, 緊急求助：999: figureRow.)
			opens = ended && (!b.weak || b.clearlyShortLine(ls[i-1])) || i-1 == start && (bl.titleLine(i-1) || attributedTitle(p) || formRow(p) || figureRow(p)) && b.clearlyShortLine(ls[i-1]) && !b.fullByRunes(ls[i-1]) && !fullIndentedOfCount(ls[i-1], l.text, b.charWrap) || b.kindOfSum(p, bl.sum(i-1)) != uText
			// (A table's title over its unit alone in brackets, ［表］主な
			// 企業の4～9月期決算 / （単位・億円、カッコ内は…）, is one
			// caption: the unit closes the title, however long its legend.)
			if opens && i-1 == start && (r == '（' || r == '(') && tableTitle(p) && unitBracketLine(l.text) {
				opens = false
			}
		}
		// A caption ending in its photo credit, or a byline, is complete:
		// what follows on the next line is something else.
		if !opens && i-1 == start {
			// (Not a line of prose in a credit's form the wrap filled
			// and carried on: 勞工及福利局局長接受記者訪問 / 時表示，…,
			// prosecredit.go.)
			if k := b.kindOfSum(ls[i-1].text, bl.sum(i-1)); k == uByline && !b.proseCreditAt(i-1) || k == uCaption && endsInCredit(ls[i-1].text) {
				opens = true
			}
		}
		// So is a wrapped caption whose last line ends in the credit
		// (圖：…。大公報記者 / 何家俊攝): the short line under it is a
		// head or the next headline, not more of the caption. (A caption
		// runs a few lines: a longer unit is not joined to be asked.)
		if !opens && i-1 > start && i-start <= maxCaptionLines && creditLast(ls[i-1].text) && endsInCredit(ls[i-1].text) && b.kindOf(b.joinLines(ls[start:i])) == uCaption {
			opens = true
		}
		// A Japanese caption closed by its tail after ＝ (…＝６日、松本市美
		// 術館で, 写真＝…＝松本市美術館で) ends there, however full its last
		// line: the title line under it is the next story's headline,
		// never more of the caption (jacaptionend.go).
		if !opens && b.jaCaptionEndsAt(start, i) {
			opens = true
		}
		// A photo story's title under its rubric (地域の話題 / 上諏訪温泉で
		// 冬至前のゆず湯準備 / 湯船に…＝６日、諏訪市で) is a line of its own
		// however full: the caption opens under it (japhototitle.go).
		if !opens && i-1 == start && b.jaPhotoTitleAt(start, i) {
			opens = true
		}
		// A site footer's line told by itself (网站标识码：…　赣ICP备…号)
		// is a line of its own, never the wrap of the runners' line
		// above it nor wrapped into the line under it (sitefooter.go).
		if !opens && (siteFooter(l.text) || siteFooter(ls[i-1].text)) {
			opens = true
		}
		// The tail of a photo credit the wrap cut (…观赏。　本报记者 /
		// 周楠　摄) goes on with its caption, whatever the rules above
		// made of its credit's form (captioncreditcut.go).
		cut := b.captionCreditCut(start, i)
		// So does the wrap of a Korean box's entry that left a round
		// bracket open (▽이순자씨 별세, 박정훈(대구한빛일보 편집국 / 부장)씨
		// 모친상), however wide or title-like its first line
		// (koEntryBracketWrap).
		if !cut && b.lang == "ko" && koEntryBracketWrap(ls[start:i], l.text) {
			cut = true
		}
		// So does the wrap of a Japanese information box's row that left
		// its phone number's bracket open (問い合わせ　上田年金事務所（０２
		// / ６８・２３・５１２３）), however wide the row ran
		// (jaRowBracketWrap, jafieldrow.go).
		if !cut && b.lang == "ja" && jaRowBracketWrap(ls[start:i], l.text) {
			cut = true
		}
		// And so does the wrap of a Korean ▲ run set several items to a
		// line (a profile's 약력: ▲1970년 부산 출생 ▲서울대 … MBA /
		// ▲한빛증권 … ▲2018년 / 한빛해양금융 대표(현)), whether the
		// wrap put a mark at the line's start or cut an item
		// (koRunWrapped, koRunAfter).
		// A credit there is the story's byline under the run, a unit of
		// its own.
		if !cut && b.lang == "ko" {
			if inline && koRunWrapped(ls[i-1].text, r) {
				cut = true
			} else if tail, credit := koRunAfter(ls[start:i], l.text); tail {
				cut = true
			} else if credit {
				opens = true
			}
		}
		if cut {
			opens = false
		}
		// A pending single line that stands alone (a date line above a
		// folio, a byline above the next paragraph) is a unit by itself;
		// not a labelled caption's first line, 【写真】…参加者, which alone
		// reads as a link to the photo (jaMediaLink), over the rest of the
		// caption, its tail (＝六日、館山市で（木村一郎撮影）) or more of
		// its text under a line that fills the measure.
		if !opens && !cut && i-1 == start && !(captionLabelLine(ls[start].text) && (captionTail(l.text) || !b.endsShortAt(start))) && (b.standsAloneSum(ls[start].text, bl.sum(start)) && !b.proseCreditAt(start) || (paperTagLine(ls[start].text) || b.lang == "ko" && koreanColumnLabel(ls[start].text)) && bl.titleLine(i)) {
			b.flush(ls[start:i])
			start = i
		}
		// On a Korean page whose paragraphs are marked by indent alone,
		// an indented line opens a paragraph, and an unindented line
		// inside one is its wrapped text, however short the line above
		// (koindent.go).
		if cut, join := b.koIndentCut(start, i); cut {
			opens = true
		} else if join {
			opens = false
		}
		// A standing box's ▽ entry runs on to the next ▽ line: a full
		// line of it ending in 。 is wrapped like any other, and its tail
		// (無料, 定員２０人) is no head nor paragraph (boxentrywrap.go).
		if opens && (cut || b.boxEntryWrap(start, i)) {
			opens = false
		}
		// A Korean form's row (▲일시: … / 장소: …) is a line of its
		// own, never the wrap of the line above, whatever the page marks
		// its paragraphs by (kofieldrow.go).
		if !opens && b.lang == "ko" && koFieldRowAt(ls, i) {
			opens = true
		}
		// So is a Korean listing's row with no colon (▶일시 12월 20일 …)
		// under a finished sentence, however full its line (kobarerow.go).
		if !opens && b.koBareRowOpens(ls, i, ended) {
			opens = true
		}
		// So is a telephone number alone after its sign (☎ 053-650-4000,
		// koPhoneLine), a death notice's line right under its entry
		// (▷이순자씨 별세, …씨 모친상=6일 오전 7시, 대구가톨릭대병원):
		// a sentence wrapped at a phone number goes on after it on the
		// line, never leaving the sign and the number alone.
		if !opens && b.lang == "ko" && (r == '☎' || r == '☏') && koPhoneLine(l.text) {
			opens = true
		}
		// And the line under it, the box's next entry, is never its
		// wrap (☎ 053-650-4000 / ▷최덕수씨 별세, …): the number is whole.
		if !opens && b.lang == "ko" && i-1 == start && koPhoneLine(ls[i-1].text) {
			opens = true
		}
		// So is an appointments box's rank alone in angle brackets
		// (<과장급>) under a line with room for it (korankline.go).
		if !opens && b.lang == "ko" && (r == '<' || r == '〈' || r == '＜' || r == '《') && b.koRankLineAt(ls, start, i) {
			opens = true
		}
		if opens {
			// (A Korean caption wrapped over short lines, its credit's
			// role alone on the last, koIndentCut kept whole: no title
			// group however its lines look.)
			if i-start >= 2 && i-start <= maxKickerLines && bl.groupLines(start, i) && !(b.koIndent && b.captionAfterSentence(start) == i) && b.titleGroupOver(ls[start:i], l, indentUnderTitle, first) {
				for k := start; k < i; k++ {
					// (A headline broken at an open particle is one
					// line of the group: jatitlewrap.go.)
					if k+1 < i && b.jaTitleWrapped(k, k+1) {
						b.flush(ls[k : k+2])
						k++
						continue
					}
					b.flush(ls[k : k+1])
				}
			} else {
				b.flush(ls[start:i])
			}
			start = i
		}
	}
	b.flush(ls[start:])
}

// titleGroupOver reports title lines ts, opening their unit in a block
// whose units from first on are above them, set over line l as lines of
// a title group, each a unit, not a wrapped paragraph: over the story's
// byline (with nothing but the page's folio above them in the block) or
// its editor's note (【编者的话】) or a photo's labelled caption (写真＝…,
// jacaption.go), or over an indented paragraph (OCR of
// vertical columns, where every line is as wide as a title; pages with
// no blank lines). Over a byline, a note or a labelled caption a title
// line is ended on purpose however wide (a kicker as wide as the note's
// measure, a headline as wide as a vertical page's column): a title
// never runs on into the text it heads, and a caption, the one wrapped
// unit that goes without sentence punctuation, closes with its photo's
// credit. Over an indented paragraph a line full at the page's character
// count ran on (a caption of three lines over the story).
func (b *builder) titleGroupOver(ts []srcLine, l srcLine, indentUnderTitle bool, first int) bool {
	if isEditorsNote(l.text) || b.onlyNoise(first) && b.kindOf(l.text) == uByline || photoLabelLine(l.text) {
		return !endsInCredit(ts[len(ts)-1].text)
	}
	return indentUnderTitle && !anyFullCount(ts[:len(ts)-1], b.charWrap)
}

// onlyNoise reports the units from first on all noise (or none): the
// lines of a block above the current unit were its furniture alone.
func (b *builder) onlyNoise(first int) bool {
	for _, u := range b.units[first:] {
		if u.kind != uNoise {
			return false
		}
	}
	return true
}

// creditLast reports a line whose last rune may end a Chinese photo
// credit (…攝, …提供, …供圖, （資料照）): most lines are spared the
// search for each credit's ending.
func creditLast(s string) bool {
	switch r, _ := decodeLast(s); r {
	case '摄', '攝', '供', '图', '圖', '片', '）', ')', '】':
		return true
	}
	return false
}

// maxCaptionLines bounds the wrapped lines of a caption that splitBlock
// joins to ask whether its credit closes it.
const maxCaptionLines = 8

// subheadDash reports a dash line that is a subheadline when it stands
// right under a headline or subheadline, and its text: any but one of
// another form, which is that wherever it stands (a page number between
// dashes — 3 —, a caption ending in its photo credit).
func subheadDash(s string) (string, bool) {
	text, ok := dashPrefix(s)
	if !ok || kindOf(s) != uText {
		return "", false
	}
	return text, true
}

// standsAlone reports lines that are never part of a wrapped paragraph.
func standsAlone(s string) bool {
	if noiseKind(s) != "" || leadingJump(s) == len(s) {
		return true
	}
	_, ok := parseBylineLine(s)
	return ok
}

// flushAboveHeadline flushes the lines above a headline in the same block,
// peeling off the last one or two short unpunctuated lines as kicker
// candidates when the rest is ordinary text.
func (b *builder) flushAboveHeadline(ls []srcLine) {
	k := len(ls)
	for k > 0 && len(ls)-k < 2 && isKicker(ls[k-1].text) {
		k--
	}
	if k == 0 || k == len(ls) {
		b.flush(ls)
		return
	}
	b.flush(ls[:k])
	for _, l := range ls[k:] {
		b.flush([]srcLine{l})
	}
}

// flush classifies lines as one unit.
func (b *builder) flush(ls []srcLine) {
	if len(ls) == 0 {
		return
	}
	u := unit{text: b.joinLines(ls), line: ls[0].no, lastLine: ls[len(ls)-1].no, para: ls[0].para}
	if t, ok := unescape(u.text); ok {
		u.text, u.verbatim = t, true
		b.units = append(b.units, u)
		return
	}
	if len(ls) > 1 && !splittable(u.text) {
		// Joined, the lines would read as a "#" heading ("##" above "##
		// text"): written out and read back they would become one. Each
		// line stays a unit of its own, as none of them is a heading.
		for i := range ls {
			b.flush(ls[i : i+1])
		}
		return
	}
	if n := len(b.units); n > 0 && (b.units[n-1].kind == uHeadline || b.units[n-1].kind == uSubhead) {
		if text, ok := subheadDash(u.text); ok {
			u.kind, u.text = uSubhead, text
			b.units = append(b.units, u)
			return
		}
	}
	if len(ls) == 1 {
		// A site's chrome before a credit, 【纠错】【责任编辑：X】 or
		// 【纠错】　【责任编辑:X】: the site's desk credit set on its
		// correction link's line is the web page's furniture, not the
		// story's byline (the story's own editor, 【编辑:X】, stands on a
		// line of its own above it): one noise unit, the line whole.
		// (Only that bracket leads a credit so: most lines are spared the
		// word search.)
		if strings.HasPrefix(u.text, "【") {
			if _, rest, ok := chromeHead(u.text); ok {
				if k, _, _ := classifyText(rest); k == uByline {
					b.units = append(b.units, unit{kind: uNoise, text: u.text, line: u.line, lastLine: u.line, noise: noiseChrome})
					return
				}
			}
		}
		// A byline with the web time stamp run on: two units of one line.
		if head, stamp, ok := stampTail(u.text); ok {
			if k, cr, _ := classifyText(head); k == uByline {
				b.units = append(b.units, unit{kind: uByline, text: head, line: u.line, lastLine: u.line, cr: creditRef(cr)},
					unit{kind: uNoise, text: stamp, line: u.line, lastLine: u.line, noise: noiseStamp})
				return
			}
		}
		// A Japanese reporter's name run into the stamp (janamestamp.go;
		// on a Japanese page, as the name alone over it is).
		if name, stamp, ok := jaNamedStamp(u.text); ok && b.lang == "ja" && underTitles(b.units, len(b.units)) {
			b.units = append(b.units, unit{kind: uByline, text: name, line: u.line, lastLine: u.line, cr: creditRef(credit{names: []string{name}})},
				unit{kind: uNoise, text: stamp, line: u.line, lastLine: u.line, noise: noiseStamp})
			return
		}
	}
	spaced := false
	if len(ls) == 1 {
		// A title set letter-spaced reads as its characters (letterspace.go).
		if u.text, spaced = letterSpaced(u.text); spaced {
			b.warnParts(u.line, "letter-spaced line read without its spaces: ", u.text)
		}
	}
	var cr credit
	sm, ok := b.block.joinedSum(ls, u.text)
	var known *textSum
	if ok && !spaced {
		known = &sm
	}
	u.kind, cr, u.noise, u.sum, u.summed = b.classifyWith(u.text, known)
	u.cr = creditRef(cr)
	if u.kind == uNoise && u.noise == noiseStamp && len(ls) == 1 && clockOnlyStamp(u.text) {
		if i := b.block.index(ls); i >= 0 && b.block.clockRun(i) {
			u.kind, u.noise = uText, "" // 06:30｜早间新闻 over 07:10｜健康江州: a guide's row (clockrows.go)
		}
	}
	if u.kind == uText && len(ls) > 1 && len(ls) <= maxKickerLines {
		// Kept for takeKickers, which tests them only if the paragraph
		// ends up above a headline: most never do.
		u.nLines = uint8(len(ls))
	}
	b.units = append(b.units, u)
}

// escapeMark opens a text that is exactly as written: no form is
// recognised in it (Markdown's backslash escape, for a whole block), so
// it is a paragraph, or the kicker of a headline right under it. Writer
// puts it before a paragraph (after the indent) or a kicker that would
// otherwise read as something else: "　　\# 不是标题",
// "　　\記者林怡君／台北報導。…".
const escapeMark = `\`

// unescape returns s without its escape mark and whether it had one. A
// lone backslash is text.
func unescape(s string) (string, bool) {
	if !strings.HasPrefix(s, escapeMark) {
		return s, false
	}
	t := trimSpace(s[len(escapeMark):])
	if t == "" {
		return s, false
	}
	return t, true
}

// startsPara reports a paragraph whose text opened its source line with
// the 2em indent: a paragraph starts there, so it is never the
// continuation of the one before, nor a kicker.
func (b *builder) startsPara(n *doc.Node) bool {
	return n.Line >= 1 && n.Line <= len(b.lines) && b.lines[n.Line-1].para
}

// kickerLinesOK reports whether the lines of a paragraph can be kickers
// one by one: each must be kicker-like and read back on its own as the
// same paragraph, since a kicker line is written as a block of its own.
func (b *builder) kickerLinesOK(ls []srcLine) bool {
	for _, l := range ls {
		if !isKicker(l.text) || kindOf(l.text) != uText || !b.readsAsParagraph(l.text, false) {
			return false
		}
	}
	return true
}

// kindOf is classifyText's kind alone.
func kindOf(s string) unitKind {
	k, _, _ := classifyText(s)
	return k
}

// classifyText decides what a piece of body text is on its own.
func classifyText(s string) (unitKind, credit, string) {
	if len(s) <= maxSummed {
		sm := summarize(s) // (on the stack: summaryFor's would be on the heap)
		return classifySum(s, &sm)
	}
	return classifySum(s, nil)
}

// maxSummed is the longest text in bytes classifyText summarises: one
// short enough to be furniture or a credit.
const maxSummed = 160 * 4

// summaryFor returns sm, or s's summary when sm is nil and s is short
// enough to be summarised (maxSummed), else nil.
func summaryFor(s string, sm *textSum) *textSum {
	if sm == nil && len(s) <= maxSummed {
		v := summarize(s)
		sm = &v
	}
	return sm
}

// classifySum is classifyText with s's summary (summaryFor), which tells
// the recognisers what to skip: one pass over the text, not one per
// recogniser (see textSum).
func classifySum(s string, sm *textSum) (unitKind, credit, string) {
	return classifyGated(s, sm, gate(s, sm))
}

// classifyGated is classifySum asking only the recognisers of m (see
// gate.go), in classifySum's order.
func classifyGated(s string, sm *textSum, m gateMask) (unitKind, credit, string) {
	if m == 0 {
		return uText, credit{}, ""
	}
	if m&gNote != 0 && isNote(s) {
		return uNote, credit{}, ""
	}
	if m&gJump != 0 && leadingJump(s) == len(s) {
		return uJump, credit{}, ""
	}
	if m&gNoise != 0 {
		if k := noiseKindSum(s, sm); k != "" {
			return uNoise, credit{}, k
		}
	}
	if m&gByline != 0 {
		if c, ok := parseBylineLineSum(s, sm); ok {
			return uByline, c, ""
		}
	}
	if m&gCaption != 0 && isCaptionSum(s, sm) {
		return uCaption, credit{}, ""
	}
	return uText, credit{}, ""
}

// isTitleLine reports a line that may be a title or head line on its own:
// short, without sentence punctuation or with a head's numbering, not
// ending in a comma.
func isTitleLine(s string) bool { return isTitleLineSum(s, nil) }

// isTitleLineSum is isTitleLine with s's summary, when the caller has one.
func isTitleLineSum(s string, sm *textSum) bool {
	return (isKickerTextSum(s, sm) || headMarkerSum(s, sm) != "") && !endsClause(s)
}

// closedLine reports a line that ends its article with an end mark, a
// jump or a bracketed credit after its last sentence (…其他事项。（完）,
// …と述べた。（共同）), asking only of lines that end in a closing
// bracket. A credit closes the story it follows: the line is finished,
// not wrapped into the line under it (a caption set right under the
// story's last paragraph).
func closedLine(s string) bool {
	r, _ := decodeLast(s)
	if r != '）' && r != ')' && r != '】' && r != '〕' {
		return false
	}
	if r != '〕' {
		if k := trailingEndMark(s); k > 0 {
			return endsSentence(s[:k])
		}
		if k := trailingJump(s); k > 0 {
			return endsSentence(s[:k])
		}
	}
	k, _, ok := trailingCredit(s)
	return ok && k > 0 && endsSentence(s[:k])
}

// closedByCredit reports a line ending in a bracketed credit, an end
// mark or a jump line (…反映。（下转A3版）): the article it ends is over
// on this page.
func closedByCredit(s string) bool {
	_, _, ok := trailingCredit(s)
	return ok || trailingEndMark(s) > 0 || trailingJump(s) > 0
}

func anyMarker(ls []srcLine) bool {
	for _, l := range ls {
		if lvl, _ := headingLevel(l.text); lvl > 0 {
			return true
		}
	}
	return false
}

// unitsCap is the capacity the units of n lines start with: fewer than
// half the lines in all but odd inputs, plus room for the run-in
// lead-ins splitRunIns splits off, so that it seldom has to copy them.
func unitsCap(n int) int {
	return n/2 + n/16 + 8
}

// listItemStart reports a line opening with a list item's number: （2）,
// (2), ②, ⑵, 2、, 二、, 2． or 2. before a non-digit (not 1.5万).
func listItemStart(s string) bool {
	r, w := firstRune(s)
	if r >= '①' && r <= '⒇' {
		return len(s) > w
	}
	if cl := closeFor(r); cl == '）' || cl == ')' {
		inner, end, ok := leadingBracket(s)
		return ok && atMost(inner, 3) && isNumber(inner) && end < len(s)
	}
	i, n := 0, 0
	for i < len(s) && n <= 3 {
		r, w := firstRune(s[i:])
		if !isDigitOrNumeral(r) {
			break
		}
		i, n = i+w, n+1
	}
	if n == 0 || n > 3 || i == len(s) {
		return false
	}
	r, w = firstRune(s[i:])
	switch r {
	case '、', '．':
		return i+w < len(s)
	case '.':
		return i+w < len(s) && (s[i+w] < '0' || s[i+w] > '9')
	}
	return false
}
