package newstext

import (
	"strings"
	"unicode/utf8"
)

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
//
// A brief run in after its bullet, or a press release's □ item, looks the
// same on its first line (◇일본 홋카이도 동부 해역에서 7일, □ 행정안전부는
// 7일 올해 지방자, wrapped anywhere, even inside a word), and so does a
// ▲ run of appointments (◇실장급 전보 ▲기획조정실장 김철수 ▲…실장). So a
// head is told by the line under it, which opens a clause of its own: a
// dateline, (도쿄 교도=연합뉴스), or a subject or topic among its first
// words (양국은, 영국 런던 지하철 노조가); a wrap's rest goes on the
// clause above (오전 4시 12분께, 가 6일 개통해, 했던, 치단체 …). A head
// holding a topic of its own (◇베이징 회담서 다룰 최대 쟁점은, a topic
// question, which may end in it) takes only a topic or a dateline under
// it: a subject after a topic is the same clause's (□ 광역 부문에서는
// 경기도와 전라 / 남도가 …). A line holding a second bullet is a list's
// items run on, never a head.

// koreanBulletHead reports a Korean head line under a head's bullet (◇ ◆
// ■ □, spaced or not): Hangul, at most forty characters, no sentence
// ended, no field's mark (= : ：), its brackets and quotes closed, and
// its last word closing the clause (no particle that leaves it open, no
// comma or middle dot after it).
func koreanBulletHead(s string) bool { return koreanBulletLine(s, false) }

// koreanBulletHeadOver reports head, the first line of its unit, a Korean
// head under a head's bullet over next, the line under it: head of the
// form koreanBulletHead asks (or ending in a topic, ◇최대 쟁점은) and next
// opening a clause of its own (koreanClauseOpens).
func koreanBulletHeadOver(head, next string) bool {
	if !koreanBulletLine(head, true) {
		return false
	}
	return koreanClauseOpens(next, koreanHasTopic(head)) || koreanHeadlineForm(head) && koreanLineStartsWord(next)
}

// koreanHeadlineForm reports a Korean bullet's line written as a headline
// is, never as a sentence's first words: no word marked as a topic, a
// subject or an object (은 는 이 가 을 를) nor a verb's connective (고 며),
// and a last word a headline ends in (가동, 통과, 부상, 열려), not a
// figure's (…해역에서 7일; a particle left open is koreanBulletLine's). Such a head stands over its
// brief whatever the lede opens with (7일 서울시에 따르면, 지난 6일 오후,
// 정부와 여당이, 서울 강남구의 한 아파트에서: review 28d, finding 1),
// full as a body line or not; a run-in brief's first line holds its
// clause's marked words (노조가 8일로 예정, 난닝을 잇는 고속철도).
func koreanHeadlineForm(s string) bool {
	_, w := firstRune(s)
	s = trimSpace(s[w:])
	last := s
	for s != "" {
		w, rest, _ := strings.Cut(s, " ")
		switch l, _ := decodeLast(w); l {
		case '은', '는', '이', '가', '을', '를', '고', '며':
			return false
		}
		last, s = w, trimSpace(rest)
	}
	r, _ := firstRune(last)
	return isHangul(r)
}

// koreanRunInLede reports the words after a Korean bullet that open a
// brief's lede, wrapped, not a head: a time told roughly (오후 3시
// 40분쯤), or a last word that modifies the noun the wrap carried to the
// next line, a determiner (한, 각, 모든, 여러) or a verb's adnominal in 된
// or 던 (신고된, 열렸던): ■ 6일 오후 3시 40분쯤 인천 남동구의 한 /
// 공장에서 불이 나… (blind round 88). (Not a genitive's 의: nouns end
// in it, 논의, 합의, 회의.)
func koreanRunInLede(s string) bool {
	last := s
	for s != "" {
		w, rest, _ := strings.Cut(s, " ")
		if l, _ := decodeLast(w); l == '쯤' {
			return true
		}
		last, s = w, trimSpace(rest)
	}
	switch last {
	case "한", "각", "모든", "여러", "어느", "몇":
		return true
	}
	l, _ := decodeLast(last)
	return l == '된' || l == '던'
}

// koreanLineStartsWord reports s, the line under a Korean head, opening
// with a word of its own in Hangul or figures: not a bullet's item, nor a
// word's rest a wrap cut off, a lone particle (가 6일 …) or a verb's rest
// (했던 …, 됐다).
func koreanLineStartsWord(s string) bool {
	r, _ := firstRune(s)
	if !isHangul(r) && (r < '0' || r > '9') {
		return false
	}
	w, _, _ := strings.Cut(s, " ")
	if r == '했' || r == '됐' || koreanParticleWord(w) == '을' && utf8.RuneCountInString(w) == 1 {
		return false
	}
	return true
}

// koreanBulletLine is koreanBulletHead, a last word ending in a topic's
// particle (은 는) allowed when topic is set.
func koreanBulletLine(s string, topic bool) bool {
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
	if endsSentence(rest) || koreanFullStop(rest) || hasAnyRune(rest, "=＝:：▲△◇◆■□▶▷●○▽") {
		return false
	}
	if l, _ := decodeLast(rest); l == ',' || l == '，' || l == '·' || l == '、' {
		return false
	}
	if !bracketsClosed(rest) || koreanRunInLede(rest) {
		return false
	}
	if koreanTitleOpenEnd(rest) {
		return topic && koreanParticleWord(rest[strings.LastIndexByte(rest, ' ')+1:]) == '은'
	}
	return true
}

// koreanClauseOpens reports s, the line under a Korean bullet's head,
// opening a clause of its own: a dateline in brackets ((도쿄 교도=연합뉴스)),
// or, among its first four words, a topic (양국은) or, unless the head
// holds a topic of its own (afterTopic), a subject (영국 런던 지하철
// 노조가) before any word ending in another particle or a verb's ending
// (시간을, 12분께, 개통해). A bare particle opening s (가 6일 …) is a
// word's rest the wrap cut off.
func koreanClauseOpens(s string, afterTopic bool) bool {
	switch r, _ := firstRune(s); r {
	case '(', '（', '[', '［', '【', '<', '〈':
		_, _, ok := parseDatelineLang(s, "ko")
		return ok
	}
	for n := 0; n < 4 && s != ""; n++ {
		w, rest, _ := strings.Cut(s, " ")
		switch koreanParticleWord(w) {
		case '은':
			return true
		case '이':
			return !afterTopic
		case '을':
			return false
		}
		s = trimSpace(rest)
	}
	return false
}

// koreanHasTopic reports a Korean line holding a word marked as its
// topic (서울시는, 부문에서는, 쟁점은).
func koreanHasTopic(s string) bool {
	for s != "" {
		w, rest, _ := strings.Cut(s, " ")
		if koreanParticleWord(w) == '은' {
			return true
		}
		s = trimSpace(rest)
	}
	return false
}

// koreanParticleWord tells the particle or ending closing the Korean word
// w: '은' for a topic's (은 는), '이' for a subject's (이 가), '을' for any
// other particle or a verb's ending that leaves the word inside a clause
// begun above (을 를 의 에 께 로 도 와 과 만 고 며 서 돼, a bare particle
// alone), 0 for none of these (a noun, a figure, 런던, 했던: endings that
// end many nouns too are left out, and a wrap's rest rarely holds a
// subject among its first words). Nouns ending in 이 or 가 (물가, 평가)
// pass for subjects: the caller asks for more.
func koreanParticleWord(w string) rune {
	l, n := decodeLast(w)
	if !isHangul(l) {
		return 0
	}
	stem := w[:len(w)-n]
	switch l {
	case '은', '는':
		if stem == "" {
			return '을'
		}
		return '은'
	case '이', '가':
		if stem == "" {
			return '을'
		}
		return '이'
	case '을', '를', '의', '에', '께', '로', '도', '와', '과', '만', '고', '며', '서', '돼':
		return '을'
	}
	return 0
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
