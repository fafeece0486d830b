package newstext

import (
	"slices"
	"strings"
)

// A Korean portal's copy of a paper's story (Daum, Naver) brings the
// portal's own buttons along, one a line: the tools under the stamp,
// 요약보기, 음성으로 듣기, 번역 설정, 글씨크기 조절하기, 인쇄하기,
// 공유하기, and at the story's foot the reaction box, its question, 이
// 기사에 대해 어떻게 생각하시나요?, and its buttons, each a reaction and
// its count, 좋아요 0, 훈훈해요 0, 슬퍼요 0, 화나요 0, 후속기사 원해요 0
// (Naver's 쏠쏠정보 0, 흥미진진 0 …). They are the portal's furniture:
// noise wherever they stand. Read as text, 인쇄하기 over the story
// became a section heading that took in the whole story, and 훈훈해요 0
// one over the rest of the box (blind page ko-daum-web).

// koPortalButtons are a Korean portal's tool buttons as it labels them,
// a verb's noun form after what the button does (인쇄하기, 요약보기,
// 음성으로 듣기; Naver's 본문 요약봇, SNS 보내기, 텍스트 음성 변환 서비스
// 사용하기), never a title's words alone: 인쇄 or 번역 alone may head a
// part and are left to the chrome words' neighbours.
var koPortalButtons = []string{
	"인쇄하기", "공유하기", "스크랩하기", "저장하기", "요약보기", "요약봇", "본문 요약봇", "댓글보기", "SNS 보내기", "텍스트 음성 변환 서비스 사용하기",
	"음성으로 듣기", "음성 듣기", "본문 듣기", "본문듣기", "기사 듣기", "번역 설정", "번역하기", "언어 선택",
	"글씨크기 조절하기", "글자크기 조절하기", "글자 크기 조절하기", "글씨 크기 조절하기", "글자 크기 변경하기",
	"글씨크기 조절", "글씨 크기 조절", "글자 크기 조절",
}

// koReactionWords are reactions a portal names without the polite ending
// koReaction reads (Naver's 쏠쏠정보, 흥미진진, 공감백배, 분석탁월,
// 후속강추).
var koReactionWords = []string{"쏠쏠정보", "흥미진진", "공감백배", "분석탁월", "후속강추"}

// koPortalEnds reports the first and last runes a line koPortalFurniture
// reads may have: a Hangul syllable first (or a capital, the S of SNS
// 보내기, the U of URL 복사), and last a count's digit or bracket (좋아요
// 0, 좋아요 (3)), the question's mark, 다 (이 기사를 추천합니다), or the
// last syllable of one of koPortalButtons (하기, 보기, 듣기, 설정, 선택,
// 조절, 요약봇) or of a news CMS's buttons (복사, 크게, 기사 인쇄:
// kocmsbuttons.go). gate lets such short lines through to noiseKindSum;
// the rest are spared the search.
func koPortalEnds(first, last rune) bool {
	if (first < 0xAC00 || first > 0xD7A3) && (first < 'A' || first > 'Z') {
		return false
	}
	switch last {
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ')', ']', '?', '？', '다', '기', '정', '택', '절', '봇', '사', '게', '쇄':
		return true
	}
	return false
}

// koPortalFurniture reports a line that is a Korean portal's furniture
// (see above): one or more of its tool buttons, one or more reactions
// with their counts, or the reaction box's question.
func koPortalFurniture(s string) bool {
	if !atMost(s, 48) {
		return false
	}
	return koReactionQuestion(s) || koPortalButtonRow(s) || koReactions(s)
}

// koPortalButtonRow reports a line of one or more of koPortalButtons
// parted by spaces or bars, and nothing else.
func koPortalButtonRow(s string) bool {
	n := 0
	for rest := trimSpace(s); rest != ""; n++ {
		found := false
		for _, b := range koPortalButtons {
			after, ok := strings.CutPrefix(rest, b)
			if !ok || !koButtonEnd(after) {
				continue // 인쇄하기로 했다: the word in a sentence
			}
			rest, found = trimSpace(strings.TrimLeft(trimSpace(after), "|｜")), true
			break
		}
		if !found {
			// A news CMS's button, 본문 글씨 키우기, URL 복사 (kocmsbuttons.go).
			after, ok := cutKoCMSButton(rest)
			if !ok || !koButtonEnd(after) {
				return false
			}
			rest = trimSpace(strings.TrimLeft(trimSpace(after), "|｜"))
		}
	}
	return n > 0
}

// koButtonEnd reports whether what follows a button's words ends it: the
// line's end, a space or a bar (복사하기로 했다 is a sentence's word).
func koButtonEnd(after string) bool {
	r, _ := firstRune(after)
	return after == "" || isSpace(r) || r == '|' || r == '｜'
}

// koReactions reports a line of a portal's reaction buttons, each a
// reaction and its count (counterCount), one or more parted by spaces,
// bars or dots: a reaction is a word in the polite 요 form of two to
// five syllables (좋아요, 훈훈해요, 슬퍼요, 화나요, 추천해요), with one
// Hangul word of up to four syllables before it (후속 원해요, 후속기사
// 원해요), or one of koReactionWords. A counted noun after the count
// (좋아요 3개) or a line of words with no count (좋아요 하나) is text.
func koReactions(s string) bool {
	n := 0
	for rest := trimSpace(s); rest != ""; n++ {
		w1, after := cutHangulWord(rest)
		if w1 == "" {
			return false
		}
		if !koReactionWord(w1) {
			// 후속 원해요: a word before the reaction.
			w2, after2 := cutHangulWord(trimSpace(after))
			if !atMost(w1, 4) || w2 == "" || !koPoliteReaction(w2) || after == trimSpace(after) {
				return false
			}
			after = after2
		}
		count, ok := counterCount(trimSpace(after))
		if !ok || after == trimSpace(after) {
			return false // (the count is spaced from the word: 좋아요0 is no button's copy)
		}
		rest = strings.TrimLeft(count, " \t|｜·")
	}
	return n > 0
}

// cutHangulWord cuts the Hangul syllables that open s: the word and what
// follows it.
func cutHangulWord(s string) (word, rest string) {
	i := 0
	for i < len(s) {
		r, w := firstRune(s[i:])
		if r < 0xAC00 || r > 0xD7A3 {
			break
		}
		i += w
	}
	return s[:i], s[i:]
}

// koReactionWord reports a reaction on its own: in the polite 요 form or
// one of koReactionWords.
func koReactionWord(w string) bool {
	return koPoliteReaction(w) || slices.Contains(koReactionWords, w)
}

// koPoliteReaction reports a word of two to five Hangul syllables ending
// in the polite 요 (좋아요, 훈훈해요, 슬퍼요, 감동이에요).
func koPoliteReaction(w string) bool {
	return strings.HasSuffix(w, "요") && !atMost(w, 1) && atMost(w, 5)
}

// koReactionQuestion reports the question that heads a portal's reaction
// box: 이 기사에 대해 어떻게 생각하시나요?, 이 기사 어떠셨나요?, 이 기사를
// 추천합니다 (Naver's, no question mark): a short line about 이 기사 (this
// story) asking how the reader finds it. A question in a story's text
// names its subject, not 이 기사.
func koReactionQuestion(s string) bool {
	if !strings.HasPrefix(s, "이 기사") || !atMost(s, 30) {
		return false
	}
	if s == "이 기사를 추천합니다" {
		return true
	}
	if !strings.HasSuffix(s, "?") && !strings.HasSuffix(s, "？") {
		return false
	}
	for _, w := range []string{"생각하", "어떠", "어떻", "어땠", "추천하"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// Naver closes every story it carries with a note on its sections: the
// header 기사 섹션 분류 안내 and its explanation, 기사의 섹션 정보는 해당
// 언론사의 분류를 따르고 있습니다. …, or the line naming the section, 이
// 기사는 언론사에서 사회 섹션으로 분류했습니다. It is the portal's fixed
// tail, not the story's: read as text, the header opened an article of
// its own over the explanation (blind page ko-naver-web).

// koPortalNote reports a line of a Korean portal's note on its sections
// (see above), in Naver's wording.
func koPortalNote(s string) bool {
	switch {
	case strings.HasPrefix(s, "기사의 섹션 정보는 "):
		return atMost(s, 120) && strings.HasSuffix(s, "있습니다.")
	case strings.HasPrefix(s, "이 기사는 언론사에서 "):
		return atMost(s, 48) && strings.HasSuffix(s, " 섹션으로 분류했습니다.")
	}
	return atMost(s, 16) && strings.ReplaceAll(s, " ", "") == "기사섹션분류안내"
}

// koPortalNoteEnds reports the first and last runes of a line
// koPortalNote reads: gate lets such lines through to noiseKindSum.
func koPortalNoteEnds(first, last rune) bool {
	return (first == '기' || first == '이') && (last == '.' || last == '내')
}
