package newstext

import "strings"

// Lines of a box the reader did not tell as rows (no field it knows for a
// figure) still look alike: each parted by padding into as many fields,
// a figure opening the same fields, 孙佳琪　2小时35分51秒 over
// 赵雨桐　2小时37分20秒. Right over the next story's headline, the last of
// them were taken for its kickers, a stack of three moved into the wrong
// story. A kicker is a title line of its own shape: a line shaped like
// the paragraph above it is that box's row, and stays with it.

// alikeRows reports two short lines (at most 4×maxRowRunes bytes) of
// the same row shape: both parted by padding (an ideographic space, a
// tab, a run of ASCII spaces) into as many fields, two to six, no clause
// or sentence punctuation in either, and a figure opening the same
// fields of both (two title phrases, 江城马拉松　鸣枪开跑 over
// 两万跑者　穿越三江, 港股三連升　收復19500點 over
// 科技股領漲　成交增至1126億, are no rows; rows of words alone,
// 男子　杨正林　冠军, are paddedRow's).
func alikeRows(a, b string) bool {
	// (Byte searches first: most lines hold no padding, and a long one
	// is no row.)
	if len(a) > 4*maxRowRunes || len(b) > 4*maxRowRunes || !strings.Contains(a, "\u3000") && !strings.Contains(a, "  ") && strings.IndexByte(a, '\t') < 0 {
		return false
	}
	na, da := rowShape(a)
	nb, db := rowShape(b)
	return na >= 2 && na == nb && da == db && da != 0
}

// rowShape returns the number of padding-parted fields of s (0 when a
// field holds clause or sentence punctuation, a single space, or more than six
// fields) and a mask of the fields that open with a digit: a figure's,
// where a title phrase holds its figure inside, 收復19500點.
func rowShape(s string) (int, uint8) {
	s = trimSpace(s)
	n, mask := 0, uint8(0)
	for s != "" {
		end := len(s)
		for i := 0; i < len(s); {
			r, w := firstRune(s[i:])
			if isSpace(r) {
				if !isPadding(s[i:]) {
					return 0, 0 // (a phrase's single space)
				}
				end = i
				break
			}
			if strings.ContainsRune("，、；,;。！？!?", r) {
				return 0, 0
			}
			i += w
		}
		if n++; n > 6 {
			return 0, 0
		}
		if r, _ := firstRune(s); isAnyDigit(r) {
			mask |= 1 << (n - 1)
		}
		s = s[skipSpaces(s, end):]
	}
	return n, mask
}
