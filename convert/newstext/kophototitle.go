package newstext

import "github.com/paiban/paiban/convert/doc"

// A Korean wire (연합뉴스) sets each photo inside its story as a short
// title line over the caption proper: 해운대 빛축제 개막 / (부산=연합뉴스)
// 박성민 기자 = … 2026.12.3 psm@yna.co.kr, or over the supplier's credit
// alone, 빛 조형물 설치된 구남로 / [부산 해운대구 제공. 재판매 및 DB 금지].
// Between two paragraphs of the story, the title reads like a section
// head; but the story goes on under the photo with no dateline of its
// own, as no new story does on a wire page, and a Korean paper marks its
// heads (◇, ▲, ◆). The title is the photo's: a caption, the line of its
// own that it is on the page. (Chinese and Japanese papers set a story's
// heads over its photos, and a Chinese photo story's title over its
// caption is an article of its own: photoItem.)

// markPhotoTitles makes a caption of each Korean photo title: a title
// line between a finished paragraph and a caption, with body text that
// opens with no dateline (or the story's closing byline) under the
// caption, in a story whose text opened with a dateline.
func (b *builder) markPhotoTitles(sc *scorer) {
	if b.lang != "ko" {
		return
	}
	us := sc.us
	for i := 1; i+1 < len(us); i++ {
		u, f := &us[i], &sc.fs[i]
		if u.kind != uText || u.verbatim || u.para || !f.title || f.row || f.headMark != "" {
			continue
		}
		c := sc.nextContent(i)
		if c >= len(us) || us[c].kind != uCaption {
			continue
		}
		p := sc.prevContent(i)
		if p < 0 || !b.photoTitleAfter(sc, p) {
			continue
		}
		n := sc.nextContent(c)
		if n >= len(us) || !(us[n].kind == uText && !sc.fs[n].title && !sc.fs[n].dateline && b.opensPlain(&us[n]) || us[n].kind == uByline) {
			continue
		}
		if !b.datedStoryAt(sc, p) {
			continue
		}
		u.kind, u.summed = uCaption, false
		bodyOnly(f, false)
		b.warnParts(u.line, "photo title over its caption taken as a caption: ", u.text)
	}
}

// photoTitleAfter reports unit p one a photo's title may follow: a
// finished paragraph, another photo's caption, or the reporter's credit
// under the story's dateline. (Whichever the reader takes a line for
// first, the normalized text may write apart as the other: a paragraph
// that is all dateline and credit comes back as the two, a line read as
// text and then as a caption comes back a caption.) A text that ends in
// something the tree holds apart (a note, an end mark, a jump: 記者 林怡君／
// 台北報導编者按：) is no finished paragraph: written out, that part
// stands over the title on its own.
func (b *builder) photoTitleAfter(sc *scorer, p int) bool {
	switch sc.us[p].kind {
	case uText:
		if sc.fs[p].title || !sc.fs[p].ended {
			return false
		}
		if sc.us[p].verbatim {
			return true
		}
		k := b.pieces(sc.us[p].text)
		if len(k) == 0 || k[len(k)-1].Kind != doc.KindParagraph {
			return false
		}
		if len(k) == 1 {
			return true
		}
		// The paragraph the text ends in is what the title follows
		// once the parts are written apart.
		u := unit{kind: uText, text: k[len(k)-1].Text}
		f := unitFeats(&u, b.lang)
		return !f.title && f.ended
	case uCaption:
		return true
	case uByline:
		return b.creditOfDateline(sc, p)
	}
	return false
}

// creditOfDateline reports byline k one of the credits under the story's
// dateline: over it, past any other credits (성민 기자 / 0@.), the text
// the dateline leads, or the text right under a dateline on its own line.
// That text must be no more than the dateline, credits and a paragraph:
// one that ends in an end mark (記者 林怡君／台北報導（完）) or holds a
// jump or another part the tree keeps apart is written with that part
// between it and the credit.
func (b *builder) creditOfDateline(sc *scorer, k int) bool {
	d := sc.prevContent(k)
	for d >= 0 && sc.us[d].kind == uByline {
		d = sc.prevContent(d)
	}
	if d < 0 || sc.us[d].kind != uText || !(sc.leadDateline(d) || b.underDateline(sc, d)) {
		return false
	}
	return b.plainParts(&sc.us[d])
}

// leadDateline reports text d led by a dateline that the builder splits
// off. It does where a dateline leads the text (before any paragraph of
// the article, or right under a head) and under body text (markBriefs
// makes it a new brief's or the closing one); but under a head's
// credit, in an article that had a paragraph above the head, the text
// stays a paragraph, which the writer escapes (\記者 林怡君／台北報導) and
// which reads back as no dateline. (Before the grammar has labelled the
// units, a title line may be a headline, a head or a paragraph: right
// above d it counts as a head, further up it is passed over as one.)
func (sc *scorer) leadDateline(d int) bool {
	if !sc.fs[d].dateline {
		return false
	}
	if sc.us[d].brk {
		return true
	}
	head := false // a head stands between d and the unit asked
	for k := d - 1; k >= 0; k-- {
		u := &sc.us[k]
		switch {
		case u.kind == uText && sc.fs[k].dateline && !sc.fs[k].datelineMore:
			// (a dateline alone is no paragraph)
		case u.kind == uText && !sc.fs[k].title:
			return !head
		case u.kind == uHeadline:
			return true
		case u.kind == uHeading || u.kind == uText:
			if k == d-1 {
				return true
			}
			head = true
		}
		if u.brk {
			return true
		}
	}
	return true
}

// plainParts reports text u that the builder splits into no more than a
// dateline, its credits, a paragraph and the paragraph's closing
// credits, in that order: anything else (a jump, a note, an end mark)
// is written on a line of its own and stands between the text and what
// follows or precedes it once the page is written out.
func (b *builder) plainParts(u *unit) bool {
	if u.verbatim {
		return true
	}
	seen := 0 // 1 after the dateline, 2 after the paragraph
	for _, n := range b.pieces(u.text) {
		switch {
		case n.Kind == doc.KindDateline && seen == 0:
			seen = 1
		case n.Kind == doc.KindParagraph && seen < 2:
			seen = 2
		case n.Kind != doc.KindByline:
			return false
		}
	}
	return true
}

// underDateline reports text d directly under a dateline on a line of its
// own and the credits under it: the normalized text writes (부산=연합뉴스)
// and 박성민 기자= apart from the paragraph they led, and the text reads
// as one led by them. A dateline that leads a paragraph of its own
// (記者 林怡君／台北報導高地高地) is not on a line of its own: written out,
// that paragraph stands between it and d.
func (b *builder) underDateline(sc *scorer, d int) bool {
	e := sc.prevContent(d)
	for e >= 0 && sc.us[e].kind == uByline {
		e = sc.prevContent(e)
	}
	if e < 0 || sc.us[e].kind != uText || !sc.leadDateline(e) || sc.fs[d].title {
		return false
	}
	if !sc.fs[e].datelineMore {
		return true
	}
	for _, n := range b.pieces(sc.us[e].text) {
		if n.Kind == doc.KindParagraph {
			return false
		}
	}
	return true
}

// datedStoryAt reports body text at p in a story whose text opened with
// a dateline: going back from p over body text and captions, a text led
// by a dateline comes before any title line or headline. (The reporter's
// credit right under the dateline, (부산=연합뉴스) / 박성민 기자 = as the
// normalized text writes them, is passed over; another byline ends a
// story.) A text holding a part the tree keeps apart (a jump, a note)
// ends the search, as that part would once written out.
func (b *builder) datedStoryAt(sc *scorer, p int) bool {
	for k := p; k >= 0; k-- {
		u, f := &sc.us[k], &sc.fs[k]
		switch u.kind {
		case uText:
			if f.title || !b.plainParts(u) {
				return false
			}
			if sc.leadDateline(k) {
				return true
			}
		case uByline:
			if !b.creditOfDateline(sc, k) {
				return false
			}
		case uCaption, uNoise:
		default:
			return false
		}
	}
	return false
}

// opensPlain reports text u that the builder does not open with a part
// it keeps apart, a jump or a note ((下转第三版）。): written out, that
// part, not text, stands under the caption.
func (b *builder) opensPlain(u *unit) bool {
	if u.verbatim {
		return true
	}
	k := b.pieces(u.text)
	return len(k) > 0 && (k[0].Kind == doc.KindParagraph || k[0].Kind == doc.KindByline)
}

// pieces returns the nodes text s becomes when the builder splits it (a
// dateline and credits off its start; a credit, note, jump or end mark
// off its end), read where the most is split off: first in its article,
// right under a dateline, which takes a bracketed credit opening it (as
// the writer's needsEscape reads). The normalized text writes each node
// on a line of its own. The nodes are the scratch builder's, good until
// its next reading.
func (b *builder) pieces(s string) []*doc.Node {
	scratch := b.scratchBuilder()
	art := &scratch.scratchArt
	*art = doc.Node{Children: append(art.Children[:0], &doc.Node{Kind: doc.KindDateline})}
	st := &articleState{art: art, cur: art}
	scratch.expand(st, s, 0, 0)
	return st.cur.Children[1:]
}
