package newstext

import "strings"

// A Japanese letters corner (声, 気流, みんなの広場) or a readers' column
// closes with the paper's call for letters: how long a letter may run,
// what to write on it and where to send it, the corner's desk named with
// the corner in brackets and the address last, ※「声」への投稿は５００字
// 以内。住所、氏名、…を明記し、〒３９０―８５８５　松本市中央２の１　信州日報
// 読者センター「声」係へ。メール　koe@shinshu-nippo.example.jp. It is page
// furniture as copyCall's 欢迎读者来函，电邮：… is, but runs a sentence or
// three, past copyCall's bound (blind page ja-chiho-ronsetsu-koe).

// jaCallWords ask for letters or contributions in a Japanese call.
var jaCallWords = []string{"投稿", "投書", "お便り", "おたより", "ご意見", "寄稿"}

// jaLettersCall reports a Japanese call for letters: at most 200 runes
// holding a contribution word (jaCallWords), the corner's desk (「声」係:
// a closing bracket right before 係) and closed by an e-mail address
// after a space, a colon, メール or メールは. A story's sentence on a town's
// contest (作品は市役所「俳句」係へ) asks for entries (応募) and is not
// closed by an address; a story on a post (ＳＮＳへの投稿) names no desk.
func jaLettersCall(s string) bool {
	// (The address's @ first: a byte search, and most lines have none.)
	if len(s) > 600 || !atMost(s, 200) || strings.IndexByte(s, '@') < 0 {
		return false
	}
	k := strings.LastIndexAny(s, " 　：:")
	w := 1
	if k >= 0 {
		_, w = firstRune(s[k:])
	}
	if j := strings.LastIndex(s, "メール"); j > k {
		k, w = j, len("メール")
		if strings.HasPrefix(s[k+w:], "は") {
			w += len("は") // (メールはkoe@…)
		}
	}
	if k <= 0 || !isEmail(s[k+w:]) {
		return false
	}
	head := s[:k]
	if !strings.Contains(head, "」係") {
		return false
	}
	for _, c := range jaCallWords {
		if strings.Contains(head, c) {
			return true
		}
	}
	return false
}
