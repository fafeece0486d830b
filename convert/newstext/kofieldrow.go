package newstext

import (
	"slices"
	"strings"
)

// A Korean story about an event or a notice closes with its facts set as
// a form's rows, one under another, a short label, a colon and the value:
// ▲일시: 12월 18일~20일 오후 7시 30분 / ▲장소: 3·15아트센터 소극장 /
// ▲문의: 055-123-4567 (a culture page's 일시, 장소, 문의, 대상, 주최,
// 요금, 신청; a traffic notice's 통제 시간, 통제 구간, 우회 도로). The
// rows open with a bullet (▲, ▷, ◇, ○, -, ·) or with none. Each row is
// complete with its value, a paragraph of its own: never a photo's
// caption (▲ opens those), a section head (a short ▲ line of Hangul
// reads as one), nor the wrap of the line above or below it, however
// the page marks its paragraphs. Chinese forms' rows (时间：…) are
// formRow's.

// koFieldBullets open a Korean field row, when one does.
const koFieldBullets = "▲△▷▶◇◆○●■□•·-"

// koFieldNotLabels are labels a row's shape would take that belong to
// other lines: a photo's or graphic's source (사진: 연합뉴스), and the
// speakers of a transcript (기자: …, 앵커: …), whose lines are speech.
var koFieldNotLabels = []string{"사진", "자료", "그래픽", "출처", "제공", "기자", "앵커", "사회자", "진행자", "질문", "답변"}

// koFieldRow reports a Korean form's row (see above), with or without
// its bullet: a label of one or two Hangul words, two to eight syllables
// in all, a colon (spaced or not), and a value on the same line that
// ends no sentence, the whole at most 48 runes.
func koFieldRow(s string) bool {
	_, ok := koFieldRowBullet(s)
	return ok
}

// koFieldRowBullet is koFieldRow, also reporting whether the row opens
// with a bullet.
func koFieldRowBullet(s string) (bulleted, ok bool) {
	// (The colon, which the row needs after its bullet, first: two
	// byte searches, which most lines fail.)
	if s == "" || indexColon(s) < 0 || !atMost(s, 48) {
		return false, false
	}
	t := s
	if r, w := firstRune(t); strings.ContainsRune(koFieldBullets, r) {
		t, bulleted = trimSpace(t[w:]), true
	}
	k := indexColon(t)
	if k <= 0 {
		return false, false
	}
	label := trimSpace(t[:k])
	_, w := firstRune(t[k:])
	value := trimSpace(t[k+w:])
	if value == "" || endsSentence(value) || slices.Contains(koFieldNotLabels, label) || quotedValue(value) {
		return false, false
	}
	words, syl := 1, 0
	for _, r := range label {
		switch {
		case isHangul(r):
			syl++
		case r == ' ':
			words++
		default:
			return false, false
		}
	}
	if syl < 2 || syl > 8 || words > 2 || strings.Contains(label, "  ") {
		return false, false
	}
	if r, _ := decodeLast(label); strings.ContainsRune("은는을를", r) {
		return false, false // (그 결과는: …, a sentence's subject or object: no field's name)
	}
	return bulleted, true
}

// quotedValue reports a value opening with a quotation mark: what
// someone said (- 한 총리: “…”, a subheadline), not a form's value.
func quotedValue(v string) bool {
	r, _ := firstRune(v)
	return strings.ContainsRune("“‘\"'「『", r)
}

// koFieldRowAt reports line i of a block as a Korean form's row that is
// one: a bulleted row anywhere (▲문의: 055-123-4567 alone closing a
// story), an unbulleted one only with another row right above or under
// it (일시: … / 장소: …), as a lone line with a colon may be a wrapped
// sentence's, or under a death notice's label (koNoticeRow).
func koFieldRowAt(ls []srcLine, i int) bool {
	b, ok := koFieldRowBullet(ls[i].text)
	if !ok {
		return false
	}
	return b || koNoticeRow(ls[i].text) || koContactRow(ls[i].text) || i > 0 && koFieldRow(ls[i-1].text) || i+1 < len(ls) && koFieldRow(ls[i+1].text)
}

// koNoticeRowLabels are the labels of a death notice's rows under its
// entry in a 부고 box: the wake's hall, the funeral's departure, the
// burial ground.
var koNoticeRowLabels = [...]string{"빈소", "발인", "장지"}

// koNoticeRow reports a line opening with one of koNoticeRowLabels and
// its colon (빈소: 대구가톨릭대병원 장례식장 특2호실): no sentence's wrap
// leaves such a label and a colon at a line's start, so the row is one
// alone, the last line of its box's block under the entry it belongs to,
// never glued to that entry (the line's form is koFieldRow's, asked by
// the caller).
func koNoticeRow(s string) bool {
	for _, l := range koNoticeRowLabels {
		if rest, ok := strings.CutPrefix(s, l); ok {
			r, _ := firstRune(trimSpace(rest))
			return r == ':' || r == '：'
		}
	}
	return false
}

// fieldRowUnit reports unit i as a Korean form's row that is one
// (koFieldRowAt): bulleted, or a line with another row's unit on the
// line right above or under it.
func (sc *scorer) fieldRowUnit(i int) bool {
	u := &sc.us[i]
	if u.line != u.lastLine {
		return false
	}
	b, ok := koFieldRowBullet(u.text)
	if !ok {
		return false
	}
	if b || koNoticeRow(u.text) || koContactRow(u.text) {
		return true
	}
	row := func(j int) bool {
		v := &sc.us[j]
		return v.kind == uText && v.line == v.lastLine && koFieldRow(v.text)
	}
	return i > 0 && sc.us[i-1].lastLine+1 == u.line && row(i-1) || i+1 < len(sc.us) && sc.us[i+1].line == u.lastLine+1 && row(i+1)
}
