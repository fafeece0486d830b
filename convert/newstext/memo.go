package newstext

// classMemo holds classifyText's answers for the last few texts asked
// about. splitBlock asks about a line as the current line, again as the
// line before the next one, and flush about the unit made of it: the
// memo answers the repeats. classifyText depends on the text alone, so a
// text seen again gets the same answer.
type classMemo struct {
	text  [4]string
	kind  [4]unitKind
	noise [4]string
	n     int // slots filled
	next  int // the slot to fill next
}

// classify is classifyText through b's memo. Bylines are not kept (their
// credit holds slices, which each unit must own); they are rare.
func (b *builder) classify(s string) (unitKind, credit, string) {
	m := &b.memo
	for j := 0; j < m.n; j++ {
		if m.text[j] == s {
			return m.kind[j], credit{}, m.noise[j]
		}
	}
	k, cr, noise := classifyText(s)
	if k != uByline {
		m.text[m.next], m.kind[m.next], m.noise[m.next] = s, k, noise
		m.next = (m.next + 1) % len(m.text)
		m.n = min(m.n+1, len(m.text))
	}
	return k, cr, noise
}

// kindOf is classify's kind alone.
func (b *builder) kindOf(s string) unitKind {
	k, _, _ := b.classify(s)
	return k
}

// standsAlone is standsAlone(s) from the memo when it can tell: a jump,
// noise or a byline stands alone, a caption or body text does not; a
// note (classifyText looks no further) is tested afresh.
func (b *builder) standsAlone(s string) bool {
	switch k, _, _ := b.classify(s); k {
	case uJump, uNoise, uByline:
		return true
	case uNote:
		return standsAlone(s)
	}
	return false
}
