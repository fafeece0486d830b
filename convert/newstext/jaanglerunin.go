package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A Japanese paper (読売, 中日 and the regional papers) sets its own
// commentary after a story run in at an indented paragraph under a label
// in angle brackets, 〈解説〉, ＜解説＞, as others set 【解説】: 　〈解説〉投資を
// うたう詐欺は、…, signed by a desk reporter under it. A newspaper reader
// takes the label as the head of the commentary, a section of the story
// (blind page ja-yukan-shakai-b73), as a run-in 【戦評】 gives. Angle
// brackets also quote titles, 〈坊っちゃん〉を読み返した, and frame a series'
// kicker, ＜連載・老いの風景＞（２）: only a label of the commentary's or
// glossary's kind (jaAngleRunInLabels) run into a paragraph's text is one.

// jaAngleRunInLabels are the labels of japaneseLabels a paper runs in at
// a paragraph in angle brackets. Not a note's (注, 注記: a note cue) nor a
// bulletin's (速報, 号外: a title's tag).
var jaAngleRunInLabels = []string{"解説", "視点", "評論", "論評", "主張", "論説", "焦点", "談話", "要旨", "一問一答", "用語", "用語解説", "メモ", "ことば", "ズーム", "深層", "分析", "背景", "識者", "寸評", "時評", "短評"}

// jaAngleRunIn returns the end of a commentary's label in angle brackets
// (〈解説〉, ＜解説＞, <解説>, jaAngleLabel) opening s, a Japanese
// paragraph's text, or 0. The text after it must be a paragraph's,
// holding a sentence's 。 (a label over a title line, 〈視点〉揺らぐ地方財政,
// is the grammar's), and not go on from the bracket as a sentence does
// from a quoted word (〈解説〉の欄は…). A label alone on its line is the
// grammar's too.
func jaAngleRunIn(s string) int {
	end := jaAngleLabel(s)
	if end == 0 {
		return 0
	}
	rest := trimSpace(s[end:])
	if rest == "" || !strings.Contains(rest, "。") || !splittable(rest) {
		return 0
	}
	if jaGoesOnFromQuote(rest) {
		return 0 // 〈解説〉の欄は…: the bracket quotes the word in a sentence
	}
	if jaAngleCredit(rest) {
		return 0 // 〈解説〉江川卓、〈実況〉…: a broadcast's credits
	}
	return end
}

// jaGoesOnFromQuote reports text after a word quoted in angle brackets
// that goes on from it as a sentence does from a noun: a particle, the
// copula, する or a suffix (〈解説〉の欄は…, 〈ことば〉こそが…, 〈分析〉
// するより先に…), or a closing bracket. Those are a closed set of kana;
// a commentary's first word is any word, in hiragana too (がん検診の…,
// この問題は…, とりわけ…). A one-kana particle is one before a kanji,
// katakana or sign (〈解説〉は毎週…, 〈ことば〉が人を…), or opening a
// particle's compound or verb (では, には, という, がある: jaParticleOn);
// before ん, っ or a small kana it opens a word (がん).
func jaGoesOnFromQuote(rest string) bool {
	if jaLabelNamed(rest) {
		return true // 〈解説〉欄では…: the label names a column
	}
	r, w := firstRune(rest)
	if strings.ContainsRune("」』）", r) {
		return true
	}
	if r < 0x3041 || r > 0x3096 {
		return false
	}
	if startsWithAny(rest, jaQuoteGoesOn) {
		return true
	}
	if r == 'を' || r == 'の' {
		return true // no word opens with を; の a particle as a rule
	}
	if !strings.ContainsRune("はがにとでへやも", r) {
		return false // この, いま, すでに, まず: a sentence's first word
	}
	n, _ := firstRune(rest[w:])
	if n < 0x3041 || n > 0x3096 {
		return true
	}
	if strings.ContainsRune("んっゃゅょぁぃぅぇぉゎ", n) {
		return false // がん: no word after a particle opens so
	}
	return startsWithAny(rest, jaParticleOn)
}

// jaQuoteGoesOn open text going on from a quoted noun whatever follows:
// binding and adverbial particles, the copula, する's forms, suffixes.
// (Not しか, した, だが: しかし, したがって, だが open sentences.)
var jaQuoteGoesOn = []string{"こそ", "さえ", "すら", "まで", "から", "より", "など", "なんて", "なら", "だけ", "ばかり", "ほど", "くらい", "ぐらい", "って", "として", "について", "による", "にとって",
	"だ。", "だっ", "だと", "だろ", "です", "でし", "であ", "じゃ",
	"する", "すれ", "すべき", "して", "しな", "しよう", "しつつ", "され", "させ", "せず", "せよ",
	"たち", "らし", "ゆえ", "なき", "なし", "ごと", "ずつ", "づか", "めい", "ぶり"}

// jaParticleOn open a one-kana particle's compound, or a verb it is
// commonly followed by, after a quoted noun: 〈ことば〉には…, 〈解説〉という…,
// 〈ことば〉がもつ力.
var jaParticleOn = []string{"では", "には", "とは", "への", "での", "との", "にも", "でも", "へも", "もまた", "はまた",
	"がある", "があっ", "がいる", "がない", "がなく", "がもつ", "がもっ", "がなけ",
	"にする", "にして", "になる", "になっ", "によ", "にお", "につ", "にかか",
	"という", "といっ", "とする", "となる", "となっ", "とされ"}

// jaAngleCredit reports text after a label in angle brackets that
// credits a broadcast's commentator, as a TV or radio listing sets it:
// 〈解説〉江川卓、〈実況〉小野塚康之アナ。, 〈解説〉古田敦也。: a name
// (jaFullName, with さん, 氏 or アナ after it) making the first sentence,
// or a name, a title before it or not (野球評論家・江川卓さん), before 、
// and another label in angle brackets. A commentary opens with a clause:
// 今回、…, 政府は、….
func jaAngleCredit(rest string) bool {
	first := rest
	if i := strings.Index(first, "。"); i >= 0 {
		first = first[:i]
	}
	c, after, listed := strings.Cut(first, "、")
	c = trimJaHonorific(c)
	if hasHiragana(c) {
		return false // 政府は、…, 本当か。: a clause, no name
	}
	if !listed {
		return jaFullName(c)
	}
	if o, _ := firstRune(after); o != '〈' && o != '＜' && o != '<' {
		return false
	}
	if utf8.RuneCountInString(c) > 16 {
		return false
	}
	if i := strings.LastIndexAny(c, "・　 "); i >= 0 {
		c = trimJaHonorific(strings.TrimLeft(c[i:], "・　 "))
	}
	return jaFullName(c) // 野球評論家・江川卓さん、〈実況〉…
}

// trimJaHonorific strips the honorific or announcer's title after a
// name in a credit: 江川卓さん, 小野塚康之アナ.
func trimJaHonorific(s string) string {
	for _, t := range []string{"アナウンサー", "アナ", "さん", "氏"} {
		if strings.HasSuffix(s, t) {
			return strings.TrimSuffix(s, t)
		}
	}
	return s
}

// jaAngleLabel returns the end of one of jaAngleRunInLabels in angle
// brackets (〈 〉, ＜ ＞, < >) opening s, or 0. Its ＞ closes its ＜: a
// line opening so, ＜解説＞投資をうたう詐欺は、, is no site's section trail
// (breadcrumb).
func jaAngleLabel(s string) int {
	// (The first byte first: 〈 opens with E3, ＜ with EF; most text
	// opens with neither.)
	if s == "" || s[0] != '<' && s[0] != 0xE3 && s[0] != 0xEF {
		return 0
	}
	open, ow := firstRune(s)
	cl := angleCloseFor(open)
	if cl == 0 || open == '《' {
		return 0
	}
	// The longest label, 用語解説 or 一問一答, is four runes of three
	// bytes: look no further for the close than a few runes more.
	i := strings.IndexRune(s[ow:min(len(s), ow+8*3)], cl)
	if i < 0 || !slices.Contains(jaAngleRunInLabels, trimSpace(s[ow:ow+i])) {
		return 0
	}
	return ow + i + len(string(cl))
}

// jaAngleLead reports a line opening with a commentary's label in angle
// brackets (jaAngleLabel) that no sentence goes on from (〈解説〉の欄は…):
// the first line of the run-in commentary, wrapped before its 。.
func jaAngleLead(s string) bool {
	end := jaAngleLabel(s)
	if end == 0 || end == len(s) {
		return false
	}
	r, _ := firstRune(s[end:])
	return !strings.ContainsRune("はがをのにとでへや」』）", r) && !jaLabelNamed(s[end:])
}

// jaLabelNames are the nouns that, straight after a label in angle
// brackets, make it the name of a column or series inside a sentence:
// 〈解説〉欄では…, 〈視点〉面に…, 〈ことば〉記事の…, 〈深層〉連載で….
var jaLabelNames = []string{"欄", "面", "記事", "連載", "シリーズ", "班", "コーナー"}

// jaLabelNamed reports text after a label in angle brackets opening
// with one of jaLabelNames as a word of its own (no kanji or katakana
// after it: 面会, 欄外 open a commentary's words): the label names a
// column in a sentence that goes on (〈解説〉欄では元警察官が、…), no head.
func jaLabelNamed(rest string) bool {
	for _, w := range jaLabelNames {
		if !strings.HasPrefix(rest, w) {
			continue
		}
		r, _ := firstRune(rest[len(w):])
		return !isHan(r) && !isKatakanaPart(r)
	}
	return false
}
