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
	if !slices.Contains(jaMarketBoxNames, unspaced(sc.us[i].text)) {
		return false
	}
	p := sc.prevContent(i)
	if p < 0 {
		return true
	}
	if sc.us[p].kind == uHeadline || sc.us[p].kind == uText && sc.fs[p].title && !sc.fs[p].row {
		return false // a head under the box's own title (きょうの市場 / 株式)
	}
	if sc.us[p].kind == uText && sc.fs[p].row {
		// Under rows: a name heading the run of rows above is a name of
		// the same box or table; this one is a box only if that one is
		// (株式 / rows / 為替 under きょうの市場, 株式 / rows / 債券 under a
		// table's caption: the table's category heads).
		q := p
		for q >= 0 && sc.us[q].kind == uText && sc.fs[q].row {
			q = sc.prevContent(q)
		}
		if q >= 0 && sc.jaMarketName(q) {
			return sc.jaMarketBox(q)
		}
		return true
	}
	if sc.jaUnderTableTitle(p) {
		return false // 運用資産の内訳（単位・％） / 株式 / rows: the table's category head
	}
	if sc.us[p].kind == uText && !sc.fs[p].title {
		// After a story's paragraph the rows must end the article: the
		// story's own figures (…次の通り。 / 株式 / rows) go on with its
		// prose or signature under them.
		return sc.jaRowsEndArticle(n)
	}
	return true
}

// jaMarketName reports unit q, a title line of a market box's name
// (jaMarketBoxNames) unmarked and alone on its line.
func (sc *scorer) jaMarketName(q int) bool {
	f := &sc.fs[q]
	return sc.us[q].kind == uText && f.runes <= 8 && f.title && !f.row && f.headMark == "" && slices.Contains(jaMarketBoxNames, unspaced(sc.us[q].text))
}

// jaUnderTableTitle reports unit p, a caption titling a table (its unit
// closing it or 表１： opening it, captionTitlesTable), or the table's
// legend right under one: a name under it heads the table's rows.
func (sc *scorer) jaUnderTableTitle(p int) bool {
	t := sc.us[p].text
	if captionTitlesTable(t) {
		return true
	}
	if r, _ := firstRune(t); (r == '（' || r == '(') && tableLegend(t) {
		q := sc.prevContent(p)
		return q >= 0 && captionTitlesTable(sc.us[q].text)
	}
	return false
}

// jaRowsEndArticle reports the run of rows from unit n on closing its
// article: nothing after it, or a title line (the next story's, the next
// box's name) or a marked head.
func (sc *scorer) jaRowsEndArticle(n int) bool {
	for n < len(sc.us) && sc.us[n].kind == uText && sc.fs[n].row {
		n = sc.nextContent(n)
	}
	if n >= len(sc.us) {
		return true
	}
	k := sc.us[n].kind
	return k == uHeadline || k == uHeading || k == uText && sc.fs[n].title && !sc.fs[n].row
}
