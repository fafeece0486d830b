package pdf

import "github.com/paiban/paiban/layout"

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

// refill keeps st.items a window on st's body that reaches the end of the
// article or more than twice what a page can hold past st.from, so that
// make-up decides every page as it would with the whole article at hand
// (a block takes all the rest only when the rest is all there), while a
// huge article's lines are made a few pages ahead and dropped once set,
// as the flow layout does: memory stays bounded by pages, not by the
// article (issue 16). Every article shorter than the window is made whole
// when it is read, in document order, as it always was. The item before
// st.from is kept for restView's jump line.
func (b *builder) refill(st *story) {
	q := st.q
	if q == nil || q.done && len(q.items) == len(st.items) {
		return
	}
	if keep := st.from - 1; keep > 0 {
		q.drop(keep)
		st.from -= keep
	}
	q.fill(st.from + b.windowItems())
	st.items = q.items
	if !q.done && q.src.brk == nil && b.flowBrk != nil {
		// It stops inside a paragraph whose breaker must not be
		// restarted by the articles made after it: it keeps that one.
		q.src.brk, b.flowBrk = b.flowBrk, layout.NewBreaker()
	}
}

// windowItems is how many items past st.from refill makes: twice the
// lines of every column of a page, and then some.
func (b *builder) windowItems() int {
	rows := int((b.bottom-b.top)/b.pitch + eps)
	return 2*len(b.xs)*(rows+1) + 64
}
