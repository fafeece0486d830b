package newstext

import (
	"slices"
	"strings"
)

// A Korean paper or magazine may credit its reporter for the work done,
// the work's words before the name: 글·사진 최윤서 기자 (a weekly's
// interview, a space after the words), 글·사진=박하늘 기자 (세계일보's
// form), 정리=김민수 기자, 글 이지현 기자, with the reporter's address
// after the role or none. The words name the work, not a role nor a
// place: the byline is the reporter's names and role. Only the words of
// the work, alone or joined by a middle dot or slash, lead it, and a name
// opening with a common surname follows, so a line that opens with one of
// the words in prose (사진 찍는 기자, 정리 해고 기자회견) stays text.

// koreanWorkWords are the words of the work a Korean credit may open with.
var koreanWorkWords = []string{"글", "사진", "그림", "영상", "취재", "정리", "대담", "인터뷰", "그래픽", "일러스트", "편집", "구성", "진행", "촬영"}

// koreanWorkLabel reports t one of koreanWorkWords, or several joined by
// a middle dot or a slash (글·사진, 대담ㆍ정리, 글/사진).
func koreanWorkLabel(t string) bool {
	n := 0
	for part := range strings.FieldsFuncSeq(t, func(r rune) bool { return r == '·' || r == 'ㆍ' || r == '・' || r == '/' }) {
		if !slices.Contains(koreanWorkWords, part) {
			return false
		}
		n++
	}
	return n > 0
}

// A cartoon or an illustration is credited so to the artist, who is no
// reporter: 그림=최재우 화백 under an opinion page's cartoon ([한빛만평]),
// 그림=김나래 작가 under a book page's illustration. The line names who
// drew the piece as 그래픽=이정민 기자 names who made the graphic: its
// byline (the README was silent; chosen as a newspaper reader takes the
// line, the cartoon's author, as the 그래픽= credit alone is read).

// koreanArtistRoles are an artist's titles after a drawing's credit: a
// paper's cartoonist is its 화백.
var koreanArtistRoles = []string{"화백", "화가", "만화가", "작가", "일러스트레이터"}

// drawnBy reports a work's label naming a drawing (그림, 일러스트, alone
// or with 글) over an artist's title (koreanArtistRoles).
func drawnBy(label, role string) bool {
	return (strings.Contains(label, "그림") || strings.Contains(label, "일러스트")) && slices.Contains(koreanArtistRoles, role)
}

// koreanWorkCredit parses a Korean credit led by the work it credits:
// the work's words (koreanWorkLabel), a space or "=", one name or several
// joined by a middle dot, each opening with a common surname
// (isHangulName), a Korean role (koreanRoles; an artist's after a
// drawing's label, drawnBy) and, after it, the
// reporter's e-mail address or nothing.
func koreanWorkCredit(s string) (credit, bool) {
	if len(s) < 8 || s[0] < 0xEA || s[0] > 0xED {
		return credit{}, false // (every work word opens with a Hangul syllable: 0xEA–0xED first)
	}
	k := strings.IndexAny(s, " =")
	if k <= 0 || k > 40 || !koreanWorkLabel(s[:k]) {
		return credit{}, false
	}
	var buf [4]string
	toks := appendFields(buf[:0], s[k+1:], 3, isSpace)
	if len(toks) < 2 || len(toks) > 3 || len(toks) == 3 && !isEmail(toks[2]) {
		return credit{}, false
	}
	names, ok := koreanNameList(toks[0])
	if !ok || !slices.Contains(koreanRoles, toks[1]) && !drawnBy(s[:k], toks[1]) {
		return credit{}, false
	}
	for _, n := range names {
		if !isHangulName(n) {
			return credit{}, false
		}
	}
	return credit{roles: []string{toks[1]}, names: names}, true
}
