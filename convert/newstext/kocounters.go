package newstext

import (
	"slices"
	"strings"
)

// A Korean site sets its story's counters on lines of their own between
// the headline group and the text: 추천 12, 댓글 3, 공감 5, 조회 1,234,
// 조회수 88, 좋아요 7 (오마이뉴스, blogs and portals), several on one line
// parted by spaces, bars or dots (조회 1,234 | 댓글 3). They are the
// site's furniture, which changes by the hour, not the story's: noise.
// The count is a bare number (a thousands comma allowed, a colon or a
// bracket around it as some sites set it, 댓글 (3), 조회수: 88); a
// counted noun after it (추천 12명, 댓글 3개) is text.

// koreanCounterWords name what a Korean site's counter counts (the
// longer words before the ones they open with).
var koreanCounterWords = []string{"조회수", "조회", "추천수", "추천", "비추천", "댓글수", "댓글", "공감", "좋아요", "싫어요", "공유", "스크랩", "반대"}

// koreanCounterFirst reports the runes koreanCounterWords open with:
// gate admits no other short line to noiseKindSum for them.
func koreanCounterFirst(r rune) bool {
	switch r {
	case '조', '추', '비', '댓', '공', '좋', '싫', '스', '반':
		return true
	}
	return false
}

// koreanCounters reports a line of a Korean site's counters and nothing
// else (see above): one or more, each a counter word and its count.
func koreanCounters(s string) bool {
	if r, _ := firstRune(s); !koreanCounterFirst(r) || !atMost(s, 48) {
		return false
	}
	n := 0
	for rest := trimSpace(s); rest != ""; {
		word := ""
		for _, w := range koreanCounterWords {
			if strings.HasPrefix(rest, w) {
				word = w
				break
			}
		}
		if word == "" {
			return false
		}
		rest = strings.TrimLeft(strings.TrimLeft(rest[len(word):], " \t"), ":：")
		rest = strings.TrimLeft(rest, " \t")
		after, ok := counterCount(rest)
		if !ok {
			return false
		}
		n++
		rest = strings.TrimLeft(after, " \t|｜·")
	}
	return n > 0
}

// counterCount cuts the count that opens s and returns what follows it: digits with thousands commas
// (1,234), bare or in round or square brackets ((3), [3]), ended by the
// text's end, a space, a bar or a middle dot.
func counterCount(s string) (rest string, ok bool) {
	closing := byte(0)
	if s != "" && (s[0] == '(' || s[0] == '[') {
		closing = ')'
		if s[0] == '[' {
			closing = ']'
		}
		s = s[1:]
	}
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == ',' && i > 0 && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9') {
		i++
	}
	if i == 0 {
		return "", false
	}
	rest = s[i:]
	if closing != 0 {
		if rest == "" || rest[0] != closing {
			return "", false
		}
		rest = rest[1:]
	}
	if rest != "" {
		if r, _ := firstRune(rest); !isSpace(r) && r != '|' && r != '｜' && r != '·' {
			return "", false // 추천 12명, 댓글 3개: a counted noun, text
		}
	}
	return rest, true
}

// koBareCounters are the counter words a Korean site copies alone, their
// count left behind (an icon, or a figure the page loads after the copy):
// 추천 over 댓글 under a portal's byline (blind page ko-naver-web). Alone
// such a word may be a head (추천 over a list of picks), so it is a button
// only beside the site's other buttons (markLoneButtons,
// markButtonColumns); 조회 and 반대, a debate's head under 찬성, are left
// out.
var koBareCounters = []string{"추천", "비추천", "댓글", "공감", "좋아요", "싫어요", "공유", "스크랩"}

// koBareCounter reports one of koBareCounters alone.
func koBareCounter(t string) bool {
	return len(t) <= len("비추천") && slices.Contains(koBareCounters, t)
}
