package doc

// RowRun returns the end of the run of table rows (Node.Row) that starts
// at ns[i]: the index of the first node after it, or i when ns[i] is not
// a row. Writers set such a run as one table, so they all find its ends
// the same way.
func RowRun(ns []*Node, i int) int {
	j := i
	for j < len(ns) && ns[j].Row {
		j++
	}
	return j
}
