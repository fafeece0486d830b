package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// jaOpenTitleEnd reports a Japanese title line ending in a case or
// linking particle that leaves its phrase open: の, が, は, を... the
// particle glued to the word before it (a kanji, katakana, a letter or
// digit, or a closing bracket: 来季の, ＦＣが, 「森田」と), not the last
// kana of a word (もの, ため). A headline set in two lines is broken
// between phrases, and a line ending so is the first half of one
// (大分ＦＣ、来季の / 新監督に森田氏): a headline is complete and ends in
// a noun or in the particles a headline leaves its verb unsaid after
// (訪米へ, 過去最多に, 来月から, ３月まで, 支援を, 今年も), which are not
// counted here: over a subheadline those end a headline of their own.
func jaOpenTitleEnd(s string) bool {
	p, n := utf8.DecodeLastRuneInString(s)
	switch p {
	case 'の', 'が', 'は', 'と', 'で', 'や':
	default:
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
	return isHan(r) || isKana(r) && !(r >= 0x3041 && r <= 0x3096) || latinOrDigit(r) ||
		r == '」' || r == '』' || r == '）' || r == ')'
}

// jaTitleWrapped reports line i of the block, a title line under the
// unit's first line, as the rest of a Japanese headline that line
// broke at a particle leaving its phrase open (jaOpenTitleEnd): the two
// are one headline, joined with no space, not a headline over its
// subheadline. Both lines are flush (an indented line opens a
// paragraph) and together no longer than a headline runs. A line that
// ends a caption's tail after ＝ (初公開された屏風＝松本市美術館で) is a
// caption, its で no open particle (jacaptionend.go), and one whose last
// phrase tells when and where an event is held (jaWhenWhereEnd) closes
// its headline over a title line longer than a verb's tail.
func (b *builder) jaTitleWrapped(start, i int) bool {
	bl := &b.block
	ls := bl.ls
	if b.lang != "ja" || i-1 != start || ls[i].indent || ls[i-1].indent || !jaOpenTitleEnd(ls[i-1].text) || jaCaptionClose(ls[i-1].text) {
		return false
	}
	if jaQuestionLine(ls[i].text) || jaAnswerLine(ls[i].text) {
		return false // 部活動の地域移行　費用は誰が / Ｑ　中学１年の…: the column's title over its question (jaqaline.go)
	}
	if jaWhenWhereEnd(ls[i-1].text) && !atMost(ls[i].text, 4) {
		return false // 年金相談会　１３日に上田で / 予約制、１０日まで受け付け: a headline over its subheadline (a short tail, 開催, is left to the join)
	}
	return atMost(ls[i-1].text, 20) && atMost(ls[i].text, 20) && atMost(ls[i-1].text+ls[i].text, maxJaWrappedTitle) &&
		bl.titleLine(i-1) && bl.titleLine(i)
}

// maxJaWrappedTitle is the most runes a Japanese headline broken over
// two lines runs, joined.
const maxJaWrappedTitle = 30

// jaClosedTitleEnd reports a Japanese title line whose last phrase,
// parted from the one before by a U+3000 as a headline parts its
// phrases, closes with a particle a headline itself ends in, its verb
// left unsaid: から, まで or へ glued to a kanji, katakana or digit
// (松本城で冬の灯り　１２日から, 値上げ　来月まで, 首相　訪米へ). A
// hiragana before it makes a clause (してから), which may run on.
func jaClosedTitleEnd(s string) bool {
	var rest string
	switch {
	case strings.HasSuffix(s, "から"):
		rest = s[:len(s)-len("から")]
	case strings.HasSuffix(s, "まで"):
		rest = s[:len(s)-len("まで")]
	case strings.HasSuffix(s, "へ"):
		rest = s[:len(s)-len("へ")]
	default:
		return false
	}
	k := strings.LastIndex(rest, "　")
	if k < 0 || k+len("　") == len(rest) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(rest)
	return isHan(r) || isKana(r) && !(r >= 0x3041 && r <= 0x3096) || latinOrDigit(r)
}

// jaCountedTitleEnd reports a Japanese title line whose last phrase,
// parted from the one before by a U+3000, ends in a figure and its
// counter, the noun a headline closes on: 国公立大２次試験　出願まで１カ月,
// 県内の倒産　３年ぶり１００件. Such a line is complete; under it a line
// opening with a hiragana particle (…１カ月 / に迫る) is its wrapped rest,
// any other title line its subheadline (see jaClosedTitleLine).
func jaCountedTitleEnd(s string) bool {
	k := strings.LastIndex(s, "　")
	if k < 0 || k+len("　") == len(s) {
		return false
	}
	last := s[k+len("　"):]
	for _, c := range jaTitleCounters {
		if rest, ok := strings.CutSuffix(last, c); ok && rest != "" {
			r, _ := utf8.DecodeLastRuneInString(rest)
			return isAnyDigit(r)
		}
	}
	return false
}

// jaTitleCounters are the counters a headline's last phrase may close
// on after its figure (longer ones first).
var jaTitleCounters = []string{"カ月", "ヵ月", "か月", "億円", "万円", "万人", "年ぶり", "日", "月", "年", "人", "件", "倍", "円", "歳", "回", "校", "社", "％", "%"}

// startsHiragana reports a line opening with a hiragana letter.
func startsHiragana(s string) bool {
	r, _ := firstRune(s)
	return r >= 0x3041 && r <= 0x3096
}

// jaClosedTitleLine reports line i of the block, a flush title line
// under the unit's first, a Japanese title line as wide as the page's
// measure (shorter ones are cut by the measure's rules), as a line of
// its own: a subheadline under a headline whose
// last phrase closed at the measure (jaClosedTitleEnd), not the rest of
// a headline the measure wrapped. A page's 14-character column sets
// many a headline exactly full; a headline the measure broke would be
// broken inside a phrase, not after the particle that closes one. The
// two lines stand over the text (an indented line or a dateline under
// the second, or the block's end), and the second is no wrapped tail
// of a word (wrapTail).
func (b *builder) jaClosedTitleLine(start, i int) bool {
	bl := &b.block
	ls := bl.ls
	if b.lang != "ja" || b.measure == 0 || i-1 != start || ls[i].indent || ls[i-1].indent || b.endsShortAt(i-1) {
		return false
	}
	if !jaClosedTitleEnd(ls[i-1].text) && !(jaCountedTitleEnd(ls[i-1].text) && !startsHiragana(ls[i].text)) {
		return false
	}
	if !atMost(ls[i-1].text, 20) || !atMost(ls[i].text, 20) || !bl.titleLine(i-1) || !bl.titleLine(i) || b.wrapTail(ls[i-1], ls[i].text) {
		return false
	}
	return i+1 == len(ls) || ls[i+1].indent || b.datelineOpens(ls[i+1].text)
}

// jaWhenWords are the days a notice's headline names its event by,
// before the place: あす上田で, 今週末に松本で.
var jaWhenWords = []string{"あす", "あした", "きょう", "今週末", "週末", "来週", "今月", "来月", "来春", "今夏", "今秋", "今冬"}

// jaWhenWhereEnd reports a Japanese title line whose last phrase, parted
// from the one before by a U+3000, tells when and where an event is held,
// its verb (開く, 開催) left unsaid as a notice's headline leaves it: a
// date (１３日, ８月, a day word of jaWhenWords), に or から or nothing, a
// place of kanji or katakana, and で: 年金相談会　１３日に上田で, 冬の音楽祭
// あす松本で. Its で closes the headline, no phrase left open (jaOpenTitleEnd),
// so the title line under it is the subheadline, not the headline's rest.
// A line that is that phrase alone, あす松本で, may open a headline set in
// two lines (あす松本で / 冬の音楽祭), and is not asked.
func jaWhenWhereEnd(s string) bool {
	rest, ok := strings.CutSuffix(s, "で")
	if !ok {
		return false
	}
	k := strings.LastIndex(rest, "　")
	if k < 0 {
		return false
	}
	phrase := rest[k+len("　"):]
	// The place: kanji or katakana back to the particle or the date.
	p, n := len(phrase), 0
	for p > 0 {
		r, w := utf8.DecodeLastRuneInString(phrase[:p])
		if !isHan(r) && !(isKana(r) && !(r >= 0x3041 && r <= 0x3096)) || (r == '日' || r == '月') && p-w > 0 && isAnyDigit(lastRune(phrase[:p-w])) {
			break
		}
		p -= w
		n++
	}
	if n == 0 || n > 8 {
		return false
	}
	when := phrase[:p]
	if t, ok := strings.CutSuffix(when, "に"); ok {
		when = t
	} else if t, ok := strings.CutSuffix(when, "から"); ok {
		when = t
	}
	d, ok := strings.CutSuffix(when, "日")
	if !ok {
		d, ok = strings.CutSuffix(when, "月")
	}
	if ok && d != "" {
		for _, r := range d {
			if !isAnyDigit(r) {
				return false
			}
		}
		return true
	}
	return slices.Contains(jaWhenWords, when)
}
