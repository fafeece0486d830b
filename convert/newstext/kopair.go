package newstext

import "iter"

// splitKoreanPair yields the names of a Korean joint credit's word, the
// reporters joined by a middle dot (이정민·윤하은, 김철수ㆍ이영희 with the
// Hangul dot, ∙ or ・), empty parts included so that a stray dot fails the
// name test; a word with no dot is yielded whole.
func splitKoreanPair(t string) iter.Seq[string] {
	return func(yield func(string) bool) {
		from := 0
		for i, r := range t {
			if r == '·' || r == 'ㆍ' || r == '∙' || r == '・' {
				if !yield(t[from:i]) {
					return
				}
				from = i + len(string(r))
			}
		}
		yield(t[from:])
	}
}
