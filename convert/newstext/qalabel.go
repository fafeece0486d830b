package newstext

import (
	"slices"
	"strings"
)

// An interview set as questions and answers opens each with its label
// and a colon: 문: … / 답: … (Korean papers), 问：… / 答：… (Chinese),
// Q: … / A: …. A label opens a paragraph (the README's Conventions), and
// a column or page break never leaves a question or an answer inside the
// paragraph above it: whatever that paragraph left open (a caption
// closed by a credit the reader did not know, … 있다. ⓒ시사한빛 최윤서),
// the text under it starting with a label was not cut from it.

// interviewLabels are the labels an interview's questions and answers
// open with, before their colon.
var interviewLabels = []string{"문", "답", "问", "問", "答", "Q", "A", "Ｑ", "Ａ", "질문", "답변"}

// interviewLabelLead reports s opening with an interview's label and its
// colon, ASCII or full-width, with text after it (문: 정부 정책에 …).
func interviewLabelLead(s string) bool {
	// (Every label is two Hangul syllables at most, 6 bytes: only the
	// paragraph's head is searched.)
	k := strings.IndexAny(s[:min(len(s), 9)], ":：")
	if k <= 0 {
		return false
	}
	_, w := firstRune(s[k:])
	return k+w < len(s) && slices.Contains(interviewLabels, s[:k])
}

// An interview's pages are parted by heads, often a quote from the
// answers (“빚만 늘던 3년, 센서가 바꿨다”), set alone between an answer
// and the next question. No story opens with an interview's question,
// so a title line with a question or an answer, label-led, right above
// it and a question right under it is a head of the interview going on,
// not the headline of a new story, however much it looks like one (a
// Korean headline's two clauses parted by a comma: kohead.go).

// interviewHead reports title line i set between two label-led
// paragraphs of an interview (interviewLabelLead): the text right above
// it and right under it.
func (sc *scorer) interviewHead(i int) bool {
	p, n := sc.prevContent(i), sc.nextContent(i)
	if p < 0 || n >= len(sc.us) || sc.us[p].kind != uText || sc.us[n].kind != uText {
		return false
	}
	return interviewLabelLead(sc.us[n].text) && interviewLabelLead(sc.us[p].text)
}
