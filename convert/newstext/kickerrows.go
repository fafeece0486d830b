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
// or sentence punctuation in either, and a figure alone (figureField)
// filling the same fields of both (two title phrases, 江城马拉松　鸣枪开跑
// over 两万跑者　穿越三江, 港股三連升　收復19500點 over
// 科技股領漲　成交增至1126億, are no rows, nor a headline over its deck
// that each open with a figure in a phrase, ２０２７年度予算案　閣議決定
// over １１５兆円　過去最大を更新, 11月CPI同比上涨0.2%　涨幅回落 over
// 1至11月　PPI同比下降2.1%: the phrase's field is no figure alone; rows
// of words alone, 男子　杨正林　冠军, are paddedRow's). Two rows of a
// Japanese information box, 場所　諏訪湖畔公園 over 問い合わせ　諏訪観光協会
// （０２６６・５２・２１１１）, are alike whatever their values
// (jaFieldRowPair, jafieldrow.go).
func alikeRows(a, b string) bool {
	// (Byte searches first: most lines hold no padding, and a long one
	// is no row.)
	if len(a) > 4*maxRowRunes || len(b) > 4*maxRowRunes || !strings.Contains(a, "\u3000") && !strings.Contains(a, "  ") && strings.IndexByte(a, '\t') < 0 {
		return false
	}
	na, da := rowShape(a)
	nb, db := rowShape(b)
	return na >= 2 && na == nb && da == db && da != 0 || jaFieldRowPair(a, b)
}

// rowShape returns the number of padding-parted fields of s (0 when a
// field holds clause or sentence punctuation, a single space, or more than six
// fields) and a mask of the fields that are a figure alone (figureField):
// a title phrase holds its figure inside, 收復19500點, or opens with it,
// ２０２７年度予算案.
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
		if figureField(s[:end]) {
			mask |= 1 << (n - 1)
		}
		s = s[skipSpaces(s, end):]
	}
	return n, mask
}

// maxFigureUnit bounds the runes of each unit in a figure alone: 秒, 小时,
// 兆円, 亿美元; a longer run of letters after a digit is a phrase's
// words, 年度予算案, 月CPI同比上涨.
const maxFigureUnit = 3

// figureField reports a field that is a figure alone: it opens with a
// digit, and each run of other runes after a digit is a unit of at most
// maxFigureUnit runes with no kana particle, 2小时35分51秒, 12票,
// １１５兆円, 1至11月, 0.2%. A title phrase that merely opens with a
// figure, ２０２７年度予算案, 11月CPI同比上涨0.2%, ３期ぶり, is none.
func figureField(f string) bool {
	if r, _ := firstRune(f); !isAnyDigit(r) {
		return false
	}
	run := 0
	for _, r := range f {
		switch {
		case isAnyDigit(r) || (r == '.' || r == '．') && run == 0:
			run = 0
		case r >= 0x3041 && r <= 0x3096: // (hiragana: hasHiragana)
			return false
		default:
			if run++; run > maxFigureUnit {
				return false
			}
		}
	}
	return true
}
