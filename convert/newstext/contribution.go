package newstext

import "strings"

// contributionEnds close the credit of who helped with a story, after its
// credits or at its end: （实习生许嘉宁对本文亦有贡献）, （记者王芳参与采写）.
var contributionEnds = []string{
	"对本文亦有贡献", "对本文也有贡献", "对本文有贡献", "对此文亦有贡献", "亦有贡献",
	"對本文亦有貢獻", "對本文也有貢獻", "對本文有貢獻", "亦有貢獻",
	"参与采写", "参与采访", "參與採寫", "參與採訪",
}

// contributionCredit returns the credit before a contribution's closing
// words (南方周末实习生许嘉宁 of 南方周末实习生许嘉宁对本文亦有贡献),
// when inner ends with them.
func contributionCredit(inner string) (string, bool) {
	for _, e := range contributionEnds {
		if rest, ok := strings.CutSuffix(inner, e); ok && rest != "" {
			return trimSpace(rest), true
		}
	}
	return inner, false
}
