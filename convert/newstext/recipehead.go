package newstext

import "strings"

// A recipe in a paper's living pages (くらし面, 生活版, 생활면) is set in
// parts, each under its word alone on a line: the ingredients under 材料
// (材料（４人分）), the steps under 作り方 (①…②…). Between the rows of
// the ingredients and the numbered steps such a word has no other
// evidence of a head, and under rows it read as one more row, or a
// headline's second line (blind page ja-chiho-kurashi-ketsuro-91). The
// words are a head of the recipe wherever they stand alone.

// recipeHeadWords are the names of a recipe's parts.
var recipeHeadWords = []string{
	"材料", "作り方", "つくり方", "下ごしらえ", "下準備", // Japanese
	"原料", "配料", "做法", "步骤", "步驟", // Chinese
	"재료", "만드는 법", "만드는법", "조리법", // Korean
}

// recipeHead reports a line that is a recipe part's word alone, maybe
// with the servings in brackets after it (材料（４人分）, 材料（2人份）,
// 재료(2인분)).
func recipeHead(s string) bool {
	if len(s) > 40 {
		return false
	}
	for _, w := range recipeHeadWords {
		rest, ok := strings.CutPrefix(s, w)
		if !ok {
			continue
		}
		if rest == "" {
			return true
		}
		for _, br := range [][2]string{{"（", "）"}, {"(", ")"}} {
			if in, ok := strings.CutPrefix(rest, br[0]); ok {
				in, ok = strings.CutSuffix(in, br[1])
				return ok && servings(in)
			}
		}
	}
	return false
}

// servings reports a recipe's servings: a figure and its counter
// (４人分, 2人份, 2인분, ２個分).
func servings(s string) bool {
	d := 0
	for len(s) > 0 {
		r, n := firstRune(s)
		if !isAnyDigit(r) {
			break
		}
		d++
		s = s[n:]
	}
	if d == 0 {
		return false
	}
	for _, c := range []string{"人分", "人份", "인분", "個分", "枚分", "本分", "杯分"} {
		if s == c {
			return true
		}
	}
	return false
}
