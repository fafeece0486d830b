package newstext

// A Korean appointments box (인사) parts an organisation's entries by
// rank with a line of the rank alone in angle brackets, <국장급>,
// <과장급>, 〈전보〉, over the ▲ entries of that rank:
//
//	◇충청도청
//	<국장급>
//	▲기획조정실장 한상우 ▲문화체육관광국장
//	오지민
//	<과장급>
//	▲예산담당관 서지아
//
// The rank line is a line of its own, a paragraph of the box, never the
// wrap of the entry above it, whose last line (오지민) had room for it.

// koRankLine reports a short label whole in angle brackets, <국장급>,
// 〈과장급〉, ＜부이사관 승진＞: two to eight Hangul syllables, in one or two
// words, as a box's name is (boxNameShape).
func koRankLine(s string) bool {
	if len(s) < 2 || !atMost(s, 14) {
		return false
	}
	open, w := firstRune(s)
	last, lw := decodeLast(s)
	switch {
	case open == '<' && last == '>', open == '〈' && last == '〉', open == '＜' && last == '＞', open == '《' && last == '》':
	default:
		return false
	}
	if w+lw > len(s) {
		return false
	}
	in := s[w : len(s)-lw]
	return in != "" && in[0] != ' ' && boxNameShape(in)
}

// koRankLineAt reports line i of block ls as such a rank line under a
// line with room for it on a Korean page word-wrapped by count: the line
// above was ended there, not wrapped. So is a rank line between two
// entries, the unit above opening with an entry's bullet (▲, ▷, …) at
// start and the line under it with one, however full the line above
// (▲행정국장 조현우 ▲균형발전국장 윤미경 / <과장급> / ▲총무과장 임재석):
// a rank heads the entries under it, and no entry's wrap is a bracketed
// label alone on its line with the next entry under it.
func (b *builder) koRankLineAt(ls []srcLine, start, i int) bool {
	if !koRankLine(ls[i].text) {
		return false
	}
	if i+1 < len(ls) && start < i && koEntryBulletLine(ls[start].text) && koEntryBulletLine(ls[i+1].text) {
		return true
	}
	fits, ok := b.koWordFits(ls[i-1], ls[i].text)
	return fits || !ok && b.measure > 0 && b.endsShortAt(i-1)
}

// koEntryBulletLine reports a line opening with the bullet of a box's
// entry (▲, △, ▷, ▽, ◆, ●, ■ …) and text after it.
func koEntryBulletLine(s string) bool {
	r, w := firstRune(s)
	return itemBullet(r) || r == '▷' && w < len(s)
}
