package newstext

import "slices"

// A Japanese paper's 経済面 sets its market box (市況欄) between the
// stories under a short name of its own, 株式 (often padded out to the
// column's width, 株　式), 為替, 債券, 主な指標 …, over rows of figures,
// 日経平均　４万１２０６円８８銭　▲３０５円１２銭 / ＴＯＰＩＸ　… /
// 出来高　２１億４６００万株. A newspaper reader takes it for a standing
// box of its own, as おくやみ or 人事 (standingBox), not a head of the
// story or table above it: also right under another table's last row,
// where a short line over more rows is otherwise left to the other rules
// (markedtable.go). The name over prose, under a title line, or any
// other short line over rows, stays as the other rules read it.

// jaMarketBoxNames are the names a market box stands under, read without
// the spaces padding them out (株　式 → 株式).
var jaMarketBoxNames = []string{
	"株式", "東京株式", "株式市況", "為替", "外為", "外国為替", "円相場",
	"債券", "市況", "主な指標", "主要指標",
}

// jaMarketBox reports unit i of a Japanese page, a title line naming a
// market box (jaMarketBoxNames), alone on its line with no title line
// over it and a table's row right under it.
func (sc *scorer) jaMarketBox(i int) bool {
	f := &sc.fs[i]
	if sc.lang != "ja" || f.runes > 8 || !f.title || f.row || f.headMark != "" {
		return false
	}
	n := sc.nextContent(i)
	if n >= len(sc.us) || sc.us[n].kind != uText || !sc.fs[n].row {
		return false
	}
	if p := sc.prevContent(i); p >= 0 && (sc.us[p].kind == uHeadline || sc.us[p].kind == uText && sc.fs[p].title && !sc.fs[p].row) {
		return false // a head under the box's own title (きょうの市場 / 株式)
	}
	return slices.Contains(jaMarketBoxNames, unspaced(sc.us[i].text))
}
