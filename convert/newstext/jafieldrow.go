package newstext

import (
	"slices"
	"strings"
)

// A Japanese paper's information box (an event listing's 催し, a notice's
// お知らせ) sets one field a line: its label, U+3000 and the value,
// 日時　１２月１３日午後７時 / 場所　諏訪湖畔公園 / 問い合わせ　諏訪観光協会
// （０２６６・５２・２１１１）, with no colon, the line ended on purpose
// and only the last row's phone number wrapped. Two such rows one under
// another are never one wrapped paragraph (infoRowPair), and a row
// complete on its line does not run on across a column break into the
// line after (mayContinue). A headline's phrases parted by U+3000 (会場
// 熱気に包まれ) open with a listed label only by chance, so a lone line
// is no row: the pair decides, as for the Korean form (kofieldrow.go).

// jaFieldLabels are the labels of a Japanese information box's rows.
var jaFieldLabels = []string{"日時", "日程", "期日", "期間", "時間", "場所", "会場", "所在地", "住所", "問い合わせ", "問い合わせ先", "問合せ", "問い合せ", "問合先",
	"申し込み", "申し込み先", "申込", "申込先", "申し込み方法", "締め切り", "締切", "料金", "入場料", "参加費", "費用", "定員", "対象", "主催", "共催",
	"内容", "講師", "出演", "持ち物", "募集", "電話",
	// An exhibition's notice (展覧会, a museum's show) sets its own:
	// its run, the day it closes, the fee (blind round 85).
	"会期", "休館日", "休館", "観覧料", "入館料", "開館時間", "開場", "開演",
	// A programme's box: 放送　１２月１２日（土）　午後７時〜 (blind round 87).
	"放送", "再放送"}

// jaFieldFirst holds the first runes of jaFieldLabels.
const jaFieldFirst = "日期時場会所住問申締料入参費定対主共内講出持募電休観開放再"

// jaFieldRowMax bounds a Japanese information row in runes.
const jaFieldRowMax = 32

// jaFieldRow reports a line of a Japanese information box's row: a listed
// label (jaFieldLabels), U+3000 and a value that ends no sentence, the
// whole at most jaFieldRowMax runes.
func jaFieldRow(s string) bool {
	// (The first rune, then a byte search for the U+3000 within a
	// label's reach, which most lines fail.)
	if len(s) < 9 || s[0] < 0xE4 || s[0] > 0xE9 {
		return false // (every label opens with a kanji of three bytes)
	}
	if r, _ := firstRune(s); !strings.ContainsRune(jaFieldFirst, r) {
		return false
	}
	k := strings.Index(s[:min(len(s), 6*3+3)], "\u3000")
	if k <= 0 || !slices.Contains(jaFieldLabels, s[:k]) || !atMost(s, jaFieldRowMax) {
		return false
	}
	v := trimSpace(s[k+len("\u3000"):])
	return v != "" && !endsSentence(v) && !endsClause(v)
}

// jaFieldRowPair reports two lines one under another that are rows of a
// Japanese information box (jaFieldRow).
func jaFieldRowPair(p, c string) bool {
	return jaFieldRow(p) && jaFieldRow(c)
}

// jaRowBracketWrap reports line c as the wrap of a Japanese information
// box's row, the unit's lines so far ls: its one line a row (jaFieldRow)
// whose value left a round bracket open, 問い合わせ　上田年金事務所（０２,
// and c, opening with a figure or a word (no label, bracket or indent),
// closes it, ６８・２３・５１２３）. No row ends inside its phone
// number's bracket on purpose: the row may run a character or two past
// the page's measure, as a narrow column's kinsoku sets it, and still
// goes on. A row whose bracket closes on its line (…（０２６８・２３・
// ５１２３）) is complete, and the line under it is its own.
func jaRowBracketWrap(ls []srcLine, c string) bool {
	if len(ls) != 1 || !jaFieldRow(ls[0].text) || roundBracketDepth(ls[0].text) <= 0 {
		return false
	}
	if f, _ := firstRune(c); f == '　' || f == ' ' || f == '（' || f == '(' || f == '【' || f == '「' {
		return false
	}
	k := strings.IndexAny(c, ")）")
	if k < 0 || jaFieldRow(c) {
		return false
	}
	o := strings.IndexAny(c, "(（")
	return o < 0 || o > k
}
