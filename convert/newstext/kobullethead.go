package newstext

// A Korean paper sets a story's heads and a briefs column's titles after
// a head's bullet, ◇반도체 통제 완화가 최대 쟁점, ◆민자 구간 사업비 분담
// 논의, ■ 상인들 "주말엔 주차 전쟁", each on a line of its own right over
// its text. Such a line is never a wrap's first line: a page wrapped by
// character count leaves a head as full as a body line when the text's
// first word would not have fitted after it (◇日 홋카이도 앞바다 규모 6.1
// 지진, 21 characters over (도쿄 교도=연합뉴스), at a count of twenty), and
// read by its room the head was glued into its paragraph. What opens with
// the same bullets and does wrap is told by its form: a book box's entry
// (◇겨울 바다의 노래(김하늘 / 지음·…)=통영에서, an open bracket or its =),
// a notice's field (◇일시: …, ◇장소=…), a byline (■ 부산=김민준 기자), a
// sentence ended, or a line whose last word leaves its clause open
// (◇참가 신청은 오는 20일까지 홈페이지에서, 노선을, 시민에게), which goes on.

// koreanBulletHead reports a Korean head line under a head's bullet (◇ ◆
// ■ □, spaced or not): Hangul, at most forty characters, no sentence
// ended, no field's mark (= : ：), its brackets and quotes closed, and
// its last word closing the clause (no particle that leaves it open, no
// comma or middle dot after it).
func koreanBulletHead(s string) bool {
	r, w := firstRune(s)
	switch r {
	case '◇', '◆', '■', '□':
	default:
		return false
	}
	rest := trimSpace(s[w:])
	if rest == "" || !atMost(s, 40) || !hasHangul(rest) {
		return false
	}
	if endsSentence(rest) || koreanFullStop(rest) || hasAnyRune(rest, "=＝:：") {
		return false
	}
	if l, _ := decodeLast(rest); l == ',' || l == '，' || l == '·' || l == '、' {
		return false
	}
	if !bracketsClosed(rest) || koreanTitleOpenEnd(rest) {
		return false
	}
	return true
}

// bracketsClosed reports s closing every round or square bracket it
// opens and every curly double quote, and holding an even number of
// straight double quotes: a line that leaves one open was cut by a wrap.
func bracketsClosed(s string) bool {
	round, square, curly, straight := 0, 0, 0, 0
	for _, r := range s {
		switch r {
		case '(', '（':
			round++
		case ')', '）':
			round--
		case '[', '［':
			square++
		case ']', '］':
			square--
		case '“':
			curly++
		case '”':
			curly--
		case '"':
			straight++
		}
	}
	return round == 0 && square == 0 && curly == 0 && straight%2 == 0
}
