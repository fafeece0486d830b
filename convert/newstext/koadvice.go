package newstext

import "strings"

// A Korean health or living page credits the expert a story consulted on
// a line of its own at the story's end: 도움말=최지훈 한빛대병원 심장내과
// 교수 ("advice by"), the expert's name, where the expert works and the
// post. It is the story's credit, as 그래픽=X 기자 is: a byline of the
// expert (names, org, role), never a title (blind page
// ko-geongang-uihak-91, where it became the next story's headline and
// glued the next story's kicker under it). The word may be followed by
// "=", a colon or a space; the post ends as a writer's position does
// (koreanPositionEnds), and a common surname opens the name, so a
// sentence that opens with the word (도움말을 준 …) stays text.

// koreanAdviceCredit parses such a line: 도움말, "=" (or ":" or a space),
// a name (isHangulName), up to three words of the workplace, the post.
func koreanAdviceCredit(s string) (credit, bool) {
	rest, ok := strings.CutPrefix(s, "도움말")
	if !ok || !atMost(s, 48) {
		return credit{}, false
	}
	spaced := strings.HasPrefix(rest, " ")
	rest = strings.TrimLeft(rest, " ")
	sep := false
	for _, m := range [...]string{"=", ":", "："} {
		if r, ok := strings.CutPrefix(rest, m); ok {
			rest, sep = r, true
			break
		}
	}
	if !sep && !spaced {
		return credit{}, false // (도움말을 …: the word in a sentence)
	}
	toks := strings.Fields(rest)
	if len(toks) < 2 || len(toks) > 5 || !isHangulName(toks[0]) {
		return credit{}, false
	}
	role := toks[len(toks)-1]
	if !hasAnySuffix(role, koreanPositionEnds) {
		return credit{}, false
	}
	c := credit{names: []string{toks[0]}, roles: []string{role}}
	if len(toks) > 2 {
		c.org = strings.Join(toks[1:len(toks)-1], " ")
	}
	return c, true
}
