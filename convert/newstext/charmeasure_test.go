package newstext

import (
	"strings"
	"testing"
)

// charMeasurePage is a financial column wrapped at 17 characters with no
// blank lines, paragraphs marked by the 2em indent, many of its full lines
// holding half-width figures, under a folio and over a caption and a
// byline set wider than the column (blind page
// hk-xingdao-caijing-zhuanlan). FULL is the line under test.
const charMeasurePage = "星島日報　2026年12月8日　星期二　財經　A18\n" +
	"港股四連跌　失守19000點\n" +
	"內房股領跌　成交縮至982億元\n" +
	"　　港股昨日連跌第四個交易日，恒生\n" +
	"指數低開後跌幅擴大，收報18,87\n" +
	"4點，跌213點或1.1%；國企指\n" +
	"數收報6,742點，跌1.3%。全\n" +
	"日主板成交額縮減至982億元，為近\n" +
	"一個月低位。\n" +
	"　　內房股成為跌市重災區，江悅地產\n" +
	"（01826）急挫7.8%，創一年\n" +
	"新低；華峰置業（02177）亦跌5\n" +
	".2%。有內房股投資者坦言，近期政\n" +
	"策憧憬已基本消化，資金選擇先行離\n" +
	"場。\n" +
	"■恒指昨日連跌四日，失守19000點關口。（資料圖片）\n" +
	"　　金管局昨日公布，本港銀行業第三\n" +
	"季整體資本充足比率為20.3%，較\n" +
	"上季微升，流動性覆蓋比率亦維持在1\n" +
	"50%以上。\n" +
	"　　市場普遍預期美國明年上半年開始\n" +
	"FULL\n" +
	"NEXT\n" +
	"5厘以上，較定期存款吸引。\n" +
	"　　以港灣能源（00392）為例，\n" +
	"其股息率約5.8%，業務受經濟周期\n" +
	"影響較少，股價回落至40元以下可考\n" +
	"慮分段吸納。\n" +
	"（筆者為證監會持牌人士，並無持有上述股份）\n" +
	"財經快訊\n"

// TestCharMeasureOfFigurePage: on a page wrapped by character count whose
// full lines' widths in columns share none (their half-width figures), the
// measure is the width they share counted by characters, not the third
// widest line (the folio, caption and byline set wider than the column):
// a full line ending a sentence, unindented line under it, goes on in its
// paragraph. Variants: another sentence under it, a full line with a
// figure in it, the page's count of 16 kept. Look-alikes that must not
// change: the same line clearly short ends its paragraph; an indented
// line under the full line opens one; widths that share a width in
// columns keep it; widths that share none by characters either; a Korean
// page (Hangul lines counted by columns); a page of Latin lines.
func TestCharMeasureOfFigurePage(t *testing.T) {
	const first = "市場普遍預期美國明年上半年開始"
	for _, c := range []struct {
		name, full, next string
		joined           bool
	}{
		{"the case", "減息，本地收息股近日已見資金吸納。", "筆者認為，公用股及房託的股息率仍有", true},
		{"another sentence under it", "減息，本地收息股近日已見資金吸納。", "我們認為，公用股及房託的股息率仍有", true},
		{"a figure in the full line", "減息，收息股近日已見3隻股份吸納。", "筆者認為，公用股及房託的股息率仍有", true},
		// look-alikes
		{"clearly short", "減息。", "筆者認為，公用股及房託的股息率仍有", false},
		{"short by half", "減息，收息股已見資金吸納。", "筆者認為，公用股及房託的股息率仍有", false},
		{"indented line under it", "減息，本地收息股近日已見資金吸納。", "　　筆者認為，公用股及房託的股息率仍有", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := strings.Replace(strings.Replace(charMeasurePage, "FULL", c.full, 1), "NEXT", c.next, 1)
			got := paragraphsOf(t, page)
			want := first + c.full + strings.TrimLeft(c.next, "　") + "5厘以上，較定期存款吸引。"
			has := false
			for _, p := range got {
				has = has || p == want
			}
			if has != c.joined {
				t.Errorf("paragraph %q joined = %v, want %v; got:\n%s", want, has, c.joined, strings.Join(got, "\n"))
			}
		})
	}
	rep := func(w, n int) []int {
		var out []int
		for range n {
			out = append(out, w)
		}
		return out
	}
	all := func(int) bool { return true }
	widths := func(rs []int) func() []int { // (nil for none)
		if rs == nil {
			return nil
		}
		return func() []int { return rs }
	}
	for _, c := range []struct {
		name  string
		rs    []int
		third int
		m     int
		ok    bool
	}{
		{"full lines share 34 by characters", append([]int{52, 54, 42}, rep(34, 12)...), 42, 34, true},
		// look-alikes
		{"no width shared by characters", []int{52, 50, 48, 46, 44, 42, 40, 38, 36, 34}, 42, 0, false},
		{"shared width no narrower than the third widest", append([]int{52, 54, 42}, rep(34, 12)...), 34, 34, false},
		{"too few lines", []int{52, 34, 34, 34, 34}, 42, 0, false},
		{"nil", nil, 42, 0, false},
	} {
		m, ok := sharedCharMeasure(widths(c.rs), all, c.third)
		if ok != c.ok || ok && m != c.m {
			t.Errorf("%s: sharedCharMeasure = %d, %v, want %d, %v", c.name, m, ok, c.m, c.ok)
		}
	}
	// Through measureBesideFurniture: widths in columns that share one
	// keep it whatever the characters say; a page whose widths by
	// characters are its columns (Korean, Latin: rs as cs) and share none
	// keeps its third widest; a page of figures sharing 34 by characters
	// (the case) is measured at 34.
	cat := func(xs ...[]int) []int {
		var out []int
		for _, x := range xs {
			out = append(out, x...)
		}
		return out
	}
	noRows := func(n int) []bool { return make([]bool, n) }
	ragged := []int{48, 42, 42, 34, 33, 31, 30, 29, 29, 28, 27, 26, 25, 25, 24, 23}
	for _, c := range []struct {
		name   string
		cs, rs []int
		m      int
		ok     bool
	}{
		{"the case: figures, shared by characters", ragged, cat([]int{52, 54, 42}, rep(34, 10), []int{32, 30, 28}), 34, true},
		// look-alikes
		{"columns share a width", cat([]int{48, 42, 42}, rep(30, 12)), cat([]int{48, 42, 42}, rep(34, 12)), 30, true},
		{"Korean or Latin: characters as columns", ragged, ragged, 0, false},
		{"no characters' widths", ragged, nil, 0, false},
	} {
		m, _, ok := measureBesideFurniture(c.cs, c.cs, noRows(len(c.cs)), widths(c.rs))
		if ok != c.ok || ok && m != c.m {
			t.Errorf("%s: measureBesideFurniture = %d, %v, want %d, %v", c.name, m, ok, c.m, c.ok)
		}
	}
	// charWidths counts a line of ideographs and figures by its
	// characters, a Latin or a Korean line by its columns, and skips the
	// lines pageMeasuresRows skips (a block's last line, 場。 over a
	// blank, and verse).
	ls := []srcLine{{text: "指數低開後跌幅擴大，收報18,87"}, {text: "Sales rose 5%"}, {text: "서울 아파트값"}, {text: "場。"}, {}, {text: "股價"}, {text: "end"}}
	if got := charWidths(ls, nil, 10); !equalInts(got, []int{34, 13, 13, 4}) {
		t.Errorf("charWidths = %v, want [34 13 13 4]", got)
	}
	if got := charWidths(ls, []bool{true, false, false, false, false, false, false}, 10); !equalInts(got, []int{13, 13, 4}) {
		t.Errorf("charWidths with verse = %v, want [13 13 4]", got)
	}
	if got := charWidths(ls, nil, 2); !equalInts(got, []int{34, 13}) {
		t.Errorf("charWidths(…, 2) = %v, want [34 13]", got)
	}
}

// equalInts reports a and b holding the same ints in order.
func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
