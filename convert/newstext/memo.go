package newstext

// classMemo holds classifyText's answers for the last few texts asked
// about, with the summaries they were made from. splitBlock asks about a
// line as the current line, again as the line before the next one, and
// flush about the unit made of it: the memo answers the repeats, and
// gives flush the line's summary for the unit (see unit.sum).
// classifyText depends on the text alone, so a text seen again gets the
// same answer.
type classMemo struct {
	text   [4]string
	kind   [4]unitKind
	noise  [4]string
	sum    [4]textSum
	summed [4]bool
	n      int // slots filled
	next   int // the slot to fill next
}

// classify is classifyText through b's memo. Bylines are not kept (their
// credit holds slices, which each unit must own); they are rare.
func (b *builder) classify(s string) (unitKind, credit, string) {
	k, cr, noise, _, _ := b.classifyWith(s, nil)
	return k, cr, noise
}

// classifyWith is classify for a text whose summary the caller may have
// (sm, or nil), returning the summary the answer was made from and
// whether there is one (none for a text too long to summarise, see
// summaryFor). (The summary is returned by value: a pointer would move
// every summary to the heap.)
func (b *builder) classifyWith(s string, sm *textSum) (unitKind, credit, string, textSum, bool) {
	m := &b.memo
	for j := 0; j < m.n; j++ {
		if m.text[j] == s {
			return m.kind[j], credit{}, m.noise[j], m.sum[j], m.summed[j]
		}
	}
	var own textSum
	if sm == nil && len(s) <= maxSummed {
		own = summarize(s)
		sm = &own
	}
	k, cr, noise := classifySum(s, sm)
	if b.pageVetoes(s, noise) {
		k, noise = uText, ""
	}
	var sum textSum
	if sm != nil {
		sum = *sm
	}
	if k != uByline {
		j := m.next
		m.text[j], m.kind[j], m.noise[j], m.summed[j], m.sum[j] = s, k, noise, sm != nil, sum
		m.next = (m.next + 1) % len(m.text)
		m.n = min(m.n+1, len(m.text))
	}
	return k, cr, noise, sum, sm != nil
}

// pageVetoes reports noise that classifyText finds in s but that is
// noise only where the page sets it, and not on b's page: a bare
// full-width date and time off a headline (fullwidthstamp.go), a dated
// row with a bare figure off the page's edges, 2026.12.07　星期一　多云　8
// (numericfolio.go). Such a text is body text.
func (b *builder) pageVetoes(s, noise string) bool {
	return noise == noiseStamp && !b.fwStampOK(s) || noise == noiseFolio && !b.bareFolioOK(s)
}

// kindOf is classify's kind alone.
func (b *builder) kindOf(s string) unitKind {
	k, _, _ := b.classify(s)
	return k
}

// kindOfSum is kindOf for a text whose summary the caller may have.
func (b *builder) kindOfSum(s string, sm *textSum) unitKind {
	k, _, _, _, _ := b.classifyWith(s, sm)
	return k
}

// standsAlone is standsAlone(s) from the memo when it can tell: a jump,
// noise or a byline stands alone, a caption or body text does not; a
// note (classifyText looks no further) is tested afresh.
func (b *builder) standsAlone(s string) bool { return b.standsAloneSum(s, nil) }

// standsAloneSum is standsAlone for a text whose summary the caller may
// have.
func (b *builder) standsAloneSum(s string, sm *textSum) bool {
	switch k, _, _, _, _ := b.classifyWith(s, sm); k {
	case uJump, uNoise, uByline:
		return true
	case uNote:
		return standsAlone(s)
	}
	return false
}
