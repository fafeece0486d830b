package pdf

// restView returns the items a block of st sets when it takes all the
// rest of st (blockItems(st, len(st.items), false)) for reading only,
// without copying the rest of the article: measuring a block is asked
// for many times a page, and a copy of a huge paragraph's lines each time
// made make-up quadratic in time and garbage (issue 16). A block that
// continues an article has its jump line in, which takes the place of the
// last item already set; the slot is written back to the jump line each
// time (the set items are never read again).
func (b *builder) restView(st *story) []item {
	if st.contFrom == 0 {
		return st.items[st.from:len(st.items):len(st.items)]
	}
	if st.from == 0 {
		return b.blockItems(st, len(st.items), false)
	}
	st.items[st.from-1] = b.jumpItem(b.jumpText(st.contFrom, false))
	return st.items[st.from-1 : len(st.items) : len(st.items)]
}

// fitColumnsEnd is how far n columns of height colH take items.
func fitColumnsEnd(items []item, n int, colH float64) int {
	end, _, _ := fitColumns(items, 0, n, colH)
	return end
}
