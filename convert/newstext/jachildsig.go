package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A children's paper (読売KODOMO, 朝日小学生新聞, a regional paper's
// こども面) signs each reader's work, a drawing, a composition, a haiku,
// with the child's name and, in brackets, the age and the school with
// the year, 大野ひなた（９歳・松本市立岡田小３年）, 大野ひなた（岡田小３年）,
// 大野ひなた（長野県・小３）. The school and year say who the writer is as
// an age and a town do on a letters page: the line is the work's byline
// (jareader.go), and a name with its school and year alone signs it.
// Such a page also prints a reading after each place name, in the
// dateline too (【種子島（たねがしま）】), and sets a quiz corner whose
// question line (Ｑ　…？) is its text.

// jaSchoolKinds end a school's name before the year: 岡田小３年, 小学３年,
// 高校２年. Longest first: the shorter ends are the longer ones' tails.
var jaSchoolKinds = []string{"小学校", "中学校", "義務教育学校", "高校", "小学", "中学", "小", "中", "高"}

// jaSchoolYear reports a child's school and year in a signature: a
// school's name (kanji and kana, at most twelve runes, or none) ending
// in one of jaSchoolKinds, then the year, one digit from 1 to 6, 年 or 年生
// after it allowed (岡田小３年, 松本市立岡田小３年, 小学３年生, 小３, 高２);
// or a nursery's class, 年長, 年中 or 年少, after a name ending in 園 or
// alone. A year with no school (３年) and a word that only ends so (中３
// inside a sentence is no field) are not.
func jaSchoolYear(t string) bool {
	if !atMost(t, 20) {
		return false
	}
	for _, c := range [3]string{"年長", "年中", "年少"} {
		if p, ok := strings.CutSuffix(t, c); ok {
			return p == "" || strings.HasSuffix(p, "園") && jaWord(p) && atMost(p, 12)
		}
	}
	t = strings.TrimSuffix(t, "生")
	t = strings.TrimSuffix(t, "年")
	r, w := decodeLast(t)
	if !(r >= '1' && r <= '6' || r >= '１' && r <= '６') {
		return false
	}
	t = t[:len(t)-w]
	for _, k := range jaSchoolKinds {
		if p, ok := strings.CutSuffix(t, k); ok {
			return p == "" || jaWord(p) && utf8.RuneCountInString(p) <= 12
		}
	}
	return false
}

// jaPlaceReading returns the inside of a Japanese bracketed dateline
// without the readings a children's paper prints in parentheses after
// every place name: 種子島（たねがしま） → 種子島, 北京（ペキン） → 北京,
// 南種子（みなみたね）町 → 南種子町, 那覇（なは）＝共同 → 那覇＝共同 (the
// caller reads what is left as a dateline). Each reading is hiragana or
// katakana alone, right after a kanji; ok is false when in holds no such
// reading or anything else in parentheses (東京（共同）, an agency;
// 種子島（鹿児島県）, a place's prefecture).
func jaPlaceReading(in string) (bare string, ok bool) {
	var buf [64]byte
	out := buf[:0]
	for {
		k := strings.Index(in, "（")
		if k < 0 {
			break
		}
		r, _ := decodeLast(in[:k])
		if !isHan(r) && r != '々' {
			return "", false
		}
		rd, rest, found := strings.Cut(in[k+len("（"):], "）")
		if !found || !jaReading(rd) || slices.Contains(japaneseAgencies, rd) {
			return "", false
		}
		out = append(out, in[:k]...)
		in = rest
		ok = true
	}
	out = append(out, in...)
	return string(out), ok
}

// jaReadPlaceSuffixes end a town's or an island's name in a children's
// paper's dateline (南種子町, 種子島): a city, a ward, a town, a village, a
// county, a prefecture, an island, a state.
var jaReadPlaceSuffixes = []string{"市", "区", "町", "村", "郡", "県", "島", "州"}

// jaReadPlace reports the place of a bracket that carried a reading, as
// what is left once the reading is stripped: on the papers that print
// readings every section head has one too (【新語（しんご）】,
// 【宇宙（うちゅう）】, 【大谷翔平（おおたにしょうへい）】), so the bare
// word (isPlaceWord: any short kanji word) is not enough. A real place
// is a prefecture or a large city (captionRegions, knownPlaces), a
// foreign place in katakana (ソウル), or a name of three letters or more
// ending in a place's word (種子島, 南種子町; 都市, 地区 are words).
func jaReadPlace(p string) bool {
	if p == "" {
		return false
	}
	if slices.Contains(captionRegions, p) || slices.Contains(knownPlaces, p) {
		return true
	}
	n := utf8.RuneCountInString(p)
	if isKatakanaWord(p) {
		return n >= 2
	}
	return n >= 3 && isPlaceWord(p) && hasAnySuffix(p, jaReadPlaceSuffixes)
}

// jaRunOnTown reads a children's paper's dateline for a town known by
// its short name, 【小樽（おたる）】北海道の小樽市で…, 【石垣（いしがき）】
// 沖縄県の石垣島で…: a word of two or three kanji read whole, whose
// story's lede, run on after the bracket, names it in full with a place's
// word (小樽市, 石垣島: jaNamesTown). Such papers date a story from any
// town, so no list of places holds them all; the section heads the same
// papers set with readings, 【新語（しんご）】, 【宇宙（うちゅう）】, are no
// place named so in the text under them, and stay heads, as do labels
// (【解説（かいせつ）】) and companies.
func jaRunOnTown(in, after string) (dateline, bool) {
	if !strings.HasSuffix(in, "）") {
		return dateline{}, false
	}
	p, ok := jaPlaceReading(in)
	if !ok {
		return dateline{}, false
	}
	n := 0
	for _, r := range p {
		if !isHan(r) {
			return dateline{}, false
		}
		n++
	}
	if n < 2 || n > 3 || !jaNamesTown(after, p) || jaContentLabel(p) || slices.Contains(japaneseLabels, p) || jaCompanyName(p) {
		return dateline{}, false
	}
	return dateline{place: p}, true
}

// jaTownProbe returns the opening of a lede naming the town of a
// children's paper's dateline, 【小樽（おたる）】 → 小樽市で (jaRunOnTown),
// for the writer to ask whether the dateline reads as one run in.
func jaTownProbe(s string) (string, bool) {
	inner, end, ok := leadingBracket(s)
	if !ok || end != len(s) || !strings.HasPrefix(s, "【") {
		return "", false
	}
	p, ok := jaPlaceReading(trimSpace(inner))
	if !ok {
		return "", false
	}
	return p + "市で", true
}

// jaNamesTown reports the opening of a lede (its first 80 letters or so)
// naming the town p in full: p, a reading in parentheses perhaps, then a
// place's word, 小樽市, 石垣（いしがき）島.
func jaNamesTown(text, p string) bool {
	if len(text) > 240 {
		text = text[:240]
	}
	for {
		k := strings.Index(text, p)
		if k < 0 {
			return false
		}
		text = text[k+len(p):]
		t := text
		if rd, ok := strings.CutPrefix(t, "（"); ok {
			if _, rest, found := strings.Cut(rd, "）"); found {
				t = rest
			}
		}
		if r, _ := firstRune(t); r != utf8.RuneError && slices.Contains(jaReadPlaceSuffixes, string(r)) {
			return true
		}
	}
}

// jaAskEnds end a quiz's question that sets no question mark, Ｑ１　…
// 探査機の名前は, …県は, …とは, …どこ: a headline does not end so.
var jaAskEnds = [...]string{"は", "か", "の", "どこ", "いくつ", "何", "なに", "だれ", "誰", "どれ", "いつ", "なぜ"}

// jaAsks reports a quiz's or Q&A's question, told from a quarter's
// business headline, Q3 世界スマホ出荷台数、アップルが初の首位: a question
// mark, the choices run on after it (①), its answer (Ａ　…), or an end
// as a question's (jaAskEnds).
func jaAsks(s string) bool {
	if strings.ContainsAny(s, "？?①") || strings.Contains(s, "Ａ　") || strings.Contains(s, "Ａ．") {
		return true
	}
	for _, e := range jaAskEnds {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// jaReading reports a reading: hiragana alone, or katakana alone (the
// long vowel mark among them), at most twelve runes.
func jaReading(s string) bool {
	if s == "" || !atMost(s, 12) {
		return false
	}
	hira, kata := true, true
	for _, r := range s {
		hira = hira && r >= 0x3041 && r <= 0x3096
		kata = kata && (r >= 0x30A1 && r <= 0x30FA || r == 'ー')
	}
	return hira || kata
}

// titleOverTextAfter reports unit j under text and over an unmarked
// title line with text under it: 高橋そうた（１１歳・前橋市立桃井小５年）
// under a haiku and over the quiz corner's title クイズにちょうせん. A
// signature right under a title line has the work's text under it
// instead.
func (sc *scorer) titleOverTextAfter(j int) bool {
	p, n := sc.prevContent(j), sc.nextContent(j)
	if p < 0 || sc.us[p].kind != uText || n >= len(sc.us) || sc.us[n].kind != uText || !sc.fs[n].title || sc.fs[n].headMark != "" {
		return false
	}
	m := sc.nextContent(n)
	return m < len(sc.us) && sc.us[m].kind == uText
}

// jaQuestionLine reports a question line of a Japanese quiz or Q&A: Ｑ
// (or Q), a number after it allowed, then a space, a full stop or a
// colon and the question, Ｑ　火星のまわりを回る衛星は、いくつあるかな？,
// Ｑ１．…, Q: …. Such a line is the piece's text, as the Ａ line under it
// is. ＱＲコード and Q&A, no mark after the letter, are other words; so is
// a quarter, Q1 to Q4 and a space, opening a business headline (Q3 世界
// スマホ出荷台数、アップルが初の首位), unless a question mark ends it.
func jaQuestionLine(s string) bool {
	rest, ok := strings.CutPrefix(s, "Ｑ")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "Q"); !ok {
			return false
		}
	}
	digits, quarter := 0, false
	for rest != "" {
		r, _ := firstRune(rest)
		if !(r >= '0' && r <= '9' || r >= '０' && r <= '９') {
			break
		}
		digits++
		quarter = r >= '1' && r <= '4' || r >= '１' && r <= '４'
		rest = rest[utf8.RuneLen(r):]
	}
	for _, m := range [...]string{"　", " ", "．", ".", "：", ":"} {
		if q, ok := strings.CutPrefix(rest, m); ok {
			if digits == 1 && quarter && (m == "　" || m == " ") {
				return jaAsks(s)
			}
			return trimSpace(q) != ""
		}
	}
	return false
}
