package newstext

import "strings"

// A reporter's role word opens ordinary nouns too: the press conference,
// 记者会, 記者會, 記者会見, 记者招待会, 记者见面会; the press corps, 記者団,
// 记者团; the press club, 記者クラブ, 记者俱乐部; the journalists'
// association, 香港記者協會; a paper's bureau, 记者站; the press room, pass
// and day, 記者室, 记者证, 记者节; the correspondents' team, 通讯员队伍;
// the readers' group, 读者群. A sentence's first line cut by the wrap
// there (勞工及福利局局長在記者會上表 / 示，…) reads as org, role and a
// name (會上表). A credit runs its name on to the role only with the
// name's surname, 记者王辰, and none of these characters opens a name
// (席, a surname, is left out: 记者席 stays to the name rule).

// roleCompoundNext are what makes a person's role word, glued to it, a
// compound noun: one character each, or a word (クラブ, 招待…).
var roleCompoundNext = []string{
	"会", "會", "団", "团", "團", "站", "证", "證", "証", "节", "節", "室",
	"队", "隊", "协", "協", "群", "俱", "クラブ", "招待", "见面", "見面",
}

// roleCompoundGoesOn reports a person's role kw (a word ending in 者, 员
// or 員: 记者, 通讯员, 读者 …) that rest, the text right after it, runs on
// into one of the compound nouns above: no role there.
func roleCompoundGoesOn(kw, rest string) bool {
	if rest == "" || !strings.HasSuffix(kw, "者") && !strings.HasSuffix(kw, "员") && !strings.HasSuffix(kw, "員") {
		return false
	}
	for _, n := range roleCompoundNext {
		if strings.HasPrefix(rest, n) {
			return true
		}
	}
	return false
}
