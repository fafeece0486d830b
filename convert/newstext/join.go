package newstext

import (
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/paiban/paiban/convert/doc"
)

// joinBreaks joins paragraphs split by a column or page break: a
// paragraph that does not end a sentence continues into a paragraph that
// directly follows it. A join is skipped when the joined text would read
// as something else on its own (a dateline, a byline …), so that writing
// the tree out and reading it back gives the same tree.
//
// last says whether n is the page's last article. A paragraph ending any
// other article sits above the next headline, where a short unpunctuated
// text would read as a kicker, so joins there must not produce one.
func (b *builder) joinBreaks(n *doc.Node, last bool) {
	if b.lang == "ja" {
		b.joinWireCredits(n, false) // (jacaption.go)
	}
	b.joinArt = n
	seen := false
	var tail *doc.Node
	if !last {
		box := lastContainer(n)
		if k := box.Children; len(k) > 0 {
			tail = k[len(k)-1]
		}
	}
	b.joinIn(n, &seen, tail)
}

func (b *builder) joinIn(n *doc.Node, seenPara *bool, tail *doc.Node) {
	kids := n.Children
	out := kids[:0]
	firstIdx := -1   // index in out of the article's first paragraph, if here
	topTail := false // out's last node holds the tail's text
	for _, c := range kids {
		if c.Kind == doc.KindSection {
			b.joinIn(c, seenPara, tail)
		}
		if c.Kind == doc.KindParagraph && !b.startsPara(c) {
			// A paragraph broken by a page or column break with a running
			// head, a page number or a photo between its halves: the
			// halves join, the furniture follows the joined paragraph.
			j := len(out) - 1
			for j >= 0 && isFurniture(out[j]) {
				j--
			}
			if j >= 0 && j < len(out)-1 && j != firstIdx-1 {
				if p := out[j]; p.Kind == doc.KindParagraph && mayContinue(p.Text, c.Text) && !b.notCut(p, c) {
					if joined, ok := b.tryJoin(p.Text, c.Text, j != firstIdx, p.Line); ok {
						b.warnParts(c.Line, "paragraph continues from line ", strconv.Itoa(p.Line), " across a page break (", string(out[j+1].Kind), " between); joined")
						p.Text = joined
						continue
					}
				}
			}
		}
		if len(out) > 0 && c.Kind == doc.KindParagraph && !b.startsPara(c) {
			p := out[len(out)-1]
			if p.Kind == doc.KindParagraph && mayContinue(p.Text, c.Text) && !titleAfterEnd(out, len(out)-1) && !b.notCut(p, c) {
				withTail := topTail || c == tail
				if joined, ok := b.tryJoin(p.Text, c.Text, len(out)-1 != firstIdx, p.Line); ok && !(withTail && isKicker(joined)) {
					b.warnParts(c.Line, "paragraph continues from line ", strconv.Itoa(p.Line), " across a column or page break; joined")
					p.Text = joined
					topTail = withTail
					// The longer paragraph may now continue the one before it,
					// which it could not before: join those too, or reading the
					// written tree back would (the joins must be a fixed point).
					for len(out) > 1 {
						q, top := out[len(out)-2], out[len(out)-1]
						if q.Kind != doc.KindParagraph || b.startsPara(top) || !mayContinue(q.Text, top.Text) || titleAfterEnd(out, len(out)-2) || b.notCut(q, top) {
							break
						}
						joined, ok := b.tryJoin(q.Text, top.Text, len(out)-2 != firstIdx, q.Line)
						if !ok || topTail && isKicker(joined) {
							break
						}
						b.warnParts(top.Line, "paragraph continues from line ", strconv.Itoa(q.Line), " across a column or page break; joined")
						q.Text = joined
						out = out[:len(out)-1]
					}
					continue
				}
			}
		}
		out = append(out, c)
		topTail = c == tail
		if c.Kind == doc.KindParagraph && !*seenPara {
			firstIdx = len(out) - 1
			*seenPara = true
		}
	}
	for i := len(out); i < len(kids); i++ {
		kids[i] = nil
	}
	n.Children = out
}

// tryJoin joins two paragraph texts if the result still reads as one
// paragraph (without the stray spaces reading it drops: joinedStraySpaces,
// warned at line, the first half's). A run of joins appends to one growing buffer (the previous
// result is its prefix), so joining many pieces stays linear.
func (b *builder) tryJoin(a, c string, seenPara bool, line int) (string, bool) {
	sep := ""
	if needsSpace(a, c) {
		sep = " "
	}
	if len(b.joinBuf) == 0 || unsafe.StringData(a) != unsafe.SliceData(b.joinBuf) || len(a) != len(b.joinBuf) {
		// A fresh buffer, with room for this join: earlier results stay
		// valid.
		b.joinBuf = append(b.arena.take(len(a)+len(sep)+len(c)), a...)
	}
	n := len(b.joinBuf)
	b.joinBuf = append(b.joinBuf, sep...)
	b.joinBuf = append(b.joinBuf, c...)
	joined := unsafe.String(unsafe.SliceData(b.joinBuf), len(b.joinBuf))
	if t, k := b.joinedStraySpaces(joined); k > 0 {
		if !b.readsAsParagraph(t, seenPara) {
			b.joinBuf = b.joinBuf[:n]
			return a, false
		}
		b.joinBuf = append(b.arena.take(len(t)), t...)
		b.warn(line, "%d stray spaces between CJK characters removed (OCR)", k)
		return unsafe.String(unsafe.SliceData(b.joinBuf), len(b.joinBuf)), true
	}
	if !b.readsAsParagraph(joined, seenPara) {
		b.joinBuf = b.joinBuf[:n]
		return a, false
	}
	return joined, true
}

// joinedStraySpaces returns a joined paragraph without OCR's stray spaces
// between CJK characters, and how many runs went, when the join leaves
// any the paragraph would lose read on its own. expand keeps them in a
// half that reads as a kicker (short, no sentence ended: 悍將先發投手王 志
// 豪主投七局…「這是全隊一起拚出, cut by a running head), as a kicker's
// spaces are the typesetter's; joined to its rest (來的冠軍」。) it is a
// paragraph, whose stray spaces go, and whose text read back must be that
// (readsAsParagraph compares it whole): kept, the join was refused and
// the spaces stayed, where a stray space in the second half, dropped
// before the join, did neither.
func (b *builder) joinedStraySpaces(joined string) (string, int) {
	if strings.IndexByte(joined, ' ') < 0 {
		return joined, 0 // (most joins)
	}
	t, k := b.straySpaces(joined)
	if k == 0 || isKickerText(joined) || isBracketed(joined) {
		return joined, 0
	}
	return t, k
}

// readsAsParagraph reports whether s, read on its own, would be exactly
// one paragraph with text s.
func (b *builder) readsAsParagraph(s string, seenPara bool) bool {
	if !splittable(s) {
		return false // "#" + "0" must not become a "# 0" headline
	}
	if _, ok := dashPrefix(s); ok {
		return false // "——" + "x" must not become a subheadline
	}
	scratch := b.scratchBuilder()
	art := &scratch.scratchArt
	*art = doc.Node{Children: art.Children[:0]}
	st := &articleState{art: art, cur: art, seenPara: seenPara}
	scratch.expand(st, s, 0, 0)
	k := st.art.Children
	// The paragraph's text is a part of s, so equal length means equal.
	return len(k) == 1 && k[0].Kind == doc.KindParagraph && len(k[0].Text) == len(s)
}

// scratchBuilder returns a quiet builder with b's settings and an empty
// slab, for a reading whose nodes are thrown away: one builder, made on
// first use and kept in b, serves every such reading, so they allocate
// no nodes once its slab has grown. (The builder's settings are copied
// afresh each time: b's may have changed since.)
func (b *builder) scratchBuilder() *builder {
	sc := b.scratch
	if sc == nil {
		sc = new(builder)
		b.scratch = sc
	}
	clear(sc.slab) // (newNode takes zero nodes)
	slab, children := sc.slab[:0], sc.scratchArt.Children
	*sc = b.sub()
	sc.quiet, sc.slab, sc.scratchArt.Children = true, slab, children
	return sc
}

// headLike reports a paragraph that reads as an unmarked head (short, no
// punctuation at all): a column break never glues it to the text below,
// as it may be a head the grammar left as body text for want of evidence.
func headLike(s string) bool {
	return atMost(s, 24) && !commas.in(s) && isKicker(s)
}

// mayContinue reports whether paragraph c may be the rest of paragraph p
// broken by a column: p does not end a sentence, is no head the grammar
// left as body text, no table row nor a form's row (formRow: 开奖日期：
// 2026年12月5日, complete with its value; a Korean one, koFieldRow:
// ▷우회 도로: 문수로, 삼산로, neither side of the break) nor a list's
// items run on one line (markerList), and c opens no list item nor an
// interview's question or answer (interviewLabelLead: 문: …, qalabel.go) and is no
// line of its own (signOff) nor an interview's question under an answer
// (answerBefore) nor a Japanese Q&A's answer under its question or the
// next question under an answer (qaTurn, jaqaline.go), and the two are
// not an information box's rows
// (infoRowPair: 地点：… over 票价：…, formrows.go; or two of a row's
// shape, labelValueRow: 火警級別：三級 over 出動人員：…, as no wrap leaves
// a label and its colon opening both halves) or a box's count rows
// (countRowPair: 死者　０人 over 負傷者　１５人) or two ▷ entries
// (arrowNextEntry: not an inline run's wrap) or two clock-led rows
// (clockLed: 06:30｜早间新闻 over 07:10｜健康江州, clockrows.go) or a
// standings header over its first row (wideHeaderOver), nor is p one over a
// sentence (infoRow: 中奖人数：12, 咨询：12345 over 他表示将理性购彩。,
// complete with its value, as a form's row is), nor p a whole bracketed
// aside (unbracket: （筆者為此向發展商查詢，至截稿時仍未獲回覆）, closed by
// its bracket as a sentence by its stop), nor p a list's item written as
// a phrase over a paragraph ending a sentence (itemOverProse,
// listitemend.go), nor p a Chinese review's line of its book's
// particulars (zhBookDataLine: 《书名》　X著　出版社　定价68元, complete
// as a row is), nor c a box score's line (boxLine: a line score, a
// battery, （北）上原、佐々木―小池　（浪）西川―中山, a record line or a
// batting row, each complete on its line, never the rest of the 試合経過
// row above it). One rule for the join and its fixed point.
func mayContinue(p, c string) bool {
	return !endsSentence(p) && !itemOverProse(p, c) && unbracket(p) == "" && !(headLike(p) && !continues(c)) && tableRow(p) == 0 && !zhBookDataLine(p) && !formRow(p) && !infoRow(p) && !koFieldRow(p) && !koFieldRow(c) && !markerList(p) && paddedRow(p) == 0 && !boxRow(p) && !boxLine(c) && !tableNote(p) && !opensItem(c) && !arrowNextEntry(p, c) && !interviewLabelLead(c) && !signOff(c) && !answerBefore(p, c) && !qaTurn(p, c) && !infoRowPair(p, c) && !(labelValueRow(p) && labelValueRow(c)) && !countRowPair(p, c) && !(clockLed(p) && clockLed(c)) && !wideHeaderOver(p, c)
}

// signOff reports a short unpunctuated text that does not continue a
// sentence (市工业和信息化局 under a notice's contact line): the rest of
// a paragraph broken by a column would end its sentence, so this is a
// line of its own — a signature, a name, a head.
func signOff(s string) bool {
	return headLike(s) && !continues(s)
}

// opensItem reports text opening with a bullet (● ■ ◆ …) or a list
// item's number: the next item of a list, which a column break never
// leaves in the middle of the item before it.
func opensItem(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return itemBullet(r) || listItemStart(s)
}

// itemBullet reports a bullet that opens a list's item: ● ■ ◆ …, the ▽
// (and ▼) of a standing box's entries in Korean and Japanese papers
// (▽김영수씨 별세…, ▽松江市（１日）…), ※ notes and the Japanese middle dot.
func itemBullet(r rune) bool {
	return strings.ContainsRune("●○■□◆◇▲△▽▼★☆▶►◎※•・･", r)
}

// continues reports text opening with a word that cannot start a
// sentence (a conjunction or particle: 和, 与, 的 …), so the text before
// it, however short, was broken mid-sentence.
func continues(s string) bool {
	r, _ := firstRune(s)
	return strings.ContainsRune("和与及并而或的地得了着过之等與並", r)
}

// isFurniture reports a node a broken paragraph may be rejoined across:
// page furniture (a running head, a page number, a folio) or a caption.
func isFurniture(n *doc.Node) bool {
	return n.Kind == doc.KindCaption || n.Kind == doc.KindNoise && !isEndMark(n.Text) && n.Text != bareEndMark && !isCopyright(n.Text) && !isDisclaimer(n.Text)
}
