package layout

// A run of table rows may hold rows of fewer fields than the widest: an
// election's winner row opens with its mark (当　１２，４０８　高木誠一　無新)
// and the loser's row under it leaves the mark's column empty; a
// lottery's 蓝球　09 stands under 红球　03　11　17　22　28　31. A print
// shop keeps a short row's label in the label column and its figures in
// the last columns, where the figures of the other rows end, never the
// figures of one row under the label of another. And a row may name its
// item in two words where the others use one (원·달러 환율 1378.5원 ▼9.7원
// under 코스피 2712.35 ▲53.21): the two words are the row's label, one cell.

// TableSlots returns, for each row's fields, the column each field is set
// in. A row whose label runs over several words where the other rows
// label theirs with one (the words before its first figure: IsFigure)
// sets them all in the first column, one cell. The run's columns are then
// the most cells of a row. A row of as many cells fills them in order. A
// shorter row's last cells take the last columns; its first cell stays in
// the first column when it is a label (not a figure), and moves with the
// others when it is a figure (the row leaves the label column empty).
// Fields that share a column are one cell, set with a space between them.
func TableSlots(rows [][]string) [][]int {
	leads := make([]int, len(rows)) // the words before a row's first figure
	ones := 0                       // rows labelled by one word before a figure
	for i, r := range rows {
		for leads[i] < len(r) && !IsFigure(r[leads[i]]) {
			leads[i]++
		}
		if leads[i] == 1 && len(r) > 1 {
			ones++
		}
	}
	merge := func(i int) int { // fields of row i merged into its label
		if l := leads[i]; l > 1 && l < len(rows[i]) && 2*ones >= len(rows) {
			return l - 1
		}
		return 0
	}
	n := 0
	for i, r := range rows {
		n = max(n, len(r)-merge(i))
	}
	slots := make([][]int, len(rows))
	for i, r := range rows {
		m := merge(i)
		s := make([]int, len(r))
		skip := n - (len(r) - m)
		for k := range r {
			s[k] = max(k-m, 0) + skip
		}
		if skip > 0 && len(r) > 0 && !IsFigure(r[0]) {
			for k := 0; k <= m; k++ {
				s[k] = 0
			}
		}
		slots[i] = s
	}
	return slots
}
