package newstext

// The recognisers of classifySum (notes, jumps, furniture, bylines,
// captions) each look for a form the text's ends, length and key runes
// already rule out for most body text: a paragraph's line opens with a
// character and ends with one no form needs, and holds none of their cue
// runes. mayClassify tells that from the text's summary and its first and
// last runes, so that body text is told apart in a few comparisons rather
// than by every recogniser scanning it again.
//
// mayClassify must accept every text a recogniser can accept: a rule
// added to classifySum's recognisers needs its cue here (the cue's first
// or last rune, or a key rune). TestGateOnCorpus and FuzzGate hold the
// two in agreement.

// gateFirst reports the runes a form of classifySum may open with,
// whatever its length: brackets (notes, jumps, bracketed credits and
// source lines, "(C) "), 编/編 (notes), byline markers, caption prefixes
// (图为, ▲ …, 写真, 사진; 上图 and its like are told by their second
// rune) and © ⓒ. (Switches, not rune sets: the package's initialisation
// stays cheap, TestInitCheap.)
func gateFirst(r rune) bool {
	switch r {
	case '（', '(', '[', '【', '〔', '［', '〖', '编', '編', '■', '□', '●', '图', '圖', '▲', '△', '↑', '↓', '写', '사', '©', 'ⓒ':
		return true
	}
	return false
}

// gateFirstShort reports the runes a page number, a page label or a
// source line may open with (digits, dashes, 第, A–Z, 《), which
// noiseKindSum looks for only in a short text without a clause end.
func gateFirstShort(r rune) bool {
	switch {
	case r >= '0' && r <= '9', r >= '０' && r <= '９', r >= 'A' && r <= 'Z':
		return true
	}
	switch r {
	case '-', '—', '–', '－', ' ', '　', '第', '《':
		return true
	}
	return false
}

// gateLast reports the runes a form of classifySum may end with: closing
// brackets (jumps, end marks, bracketed captions and credits), '>' and
// '-' (end marks), 摄/攝 and 影 (photo credits: …記者林怡君／攝影), the last runes of the supplier
// credits (suppliedLast) and 자 (기자).
func gateLast(r rune) bool {
	switch r {
	case '）', ')', '】', '〕', ']', '］', '〗', '>', '-', '摄', '攝', '图', '圖', '供', '片', '자', '影':
		return true
	}
	return false
}

// gateLong is the length in bytes from which a text surely has more
// runes than any form bounded by its length allows (200, a foreign
// caption's bound): beyond it only the forms of the ends count.
const gateLong = 200 * 4

// mayClassify reports whether classifySum's recognisers may find s to be
// anything but body text; false means surely body text. sm is s's
// summary (summaryFor), nil for a long text.
func mayClassify(s string, sm *textSum) bool {
	if s == "" {
		return true
	}
	first, w := runeAt(s, 0)
	last, _ := decodeLast(s)
	if gateFirst(first) || gateLast(last) {
		return true
	}
	switch first {
	case '上', '下', '左', '右': // 上图, 左圖 …
		if w < len(s) {
			if r, _ := runeAt(s, w); r == '图' || r == '圖' {
				return true
			}
		}
	}
	if sm == nil {
		return len(s) <= gateLong
	}
	n := sm.runes
	switch {
	case n <= 160 && (sm.has(keyCopyright) || first == 'C'):
		return true // a copyright cue or Copyright (isCopyrightSum)
	case len(s) <= 180 && !sm.has(keyClauseEnd) && (sm.has(keyFurniture) || gateFirstShort(first) || n <= 48 && sm.has(keySentence)):
		return true // a folio, date, desk credit, page number, source line (noiseKindSum)
	case n <= 60 && (first == 'B' || sm.has(keyMail) || sm.has(keyRole) && !sm.has(keyNotCredit)):
		return true // By, a Korean credit's = or @, a role (parseBylineLineSum)
	case n <= 80 && sm.has(keyParen):
		return true // a position mark （左二） (hasPositionMark)
	case n <= 200 && sm.has(keyForeign):
		return true // ＝ of a Japanese wire caption, 사진 (isForeignCaption)
	case n <= 40 && sm.has(keyScan):
		return true // 扫码看视频 (isCaption's media prompts)
	}
	return false
}
