package newstext

import "strings"

// A Japanese news site sets its readers' buttons as text among the
// story's lines, each alone: a like (note's スキ, この記事をスキ!する,
// いいね！), a clip or a favourite (この記事をクリップ, お気に入り登録,
// マイページに保存), a save, a share or a print (記事を保存する,
// シェアする, 印刷する), a read-later (あとで読む), perhaps with its count
// (いいね！ 25, コメント（12）). Copied with the story, a button alone
// under the stamp looks like a short title: it is the site's furniture,
// noise, and no headline of a new article. A bare noun that names a
// button (シェア, 保存) is one of chromeWords; these lines carry what
// makes them a button's label and no title's: the article as the
// action's object (この記事を…), the verb (する, に追加), an exclamation
// mark, a count — or are a like's own word, スキ, いいね, alone. A
// portal sets the count before the word too, or after it with 件, or
// both as it copies the icon's count and the link's text together:
// 34コメント34件, コメント34件, 34コメント (Yahoo!ニュース: the counter
// had become the headline of a second article that took the whole
// body), as a Korean site's 댓글 3 (kocounters.go).

// jaButtonFirst reports the runes a Japanese button's label opens with
// (the gate asks it).
func jaButtonFirst(r rune) bool {
	if isAnyDigit(r) {
		return true // (a count before the word, 34コメント)
	}
	switch r {
	case 'こ', '記', 'ス', 'い', 'イ', 'ク', '保', 'ブ', 'お', 'シ', '共', '印', 'フ', 'コ', 'マ', 'あ', '後':
		return true
	}
	return false
}

// jaButtonObjects open a button's label with the article as its object.
var jaButtonObjects = []string{"この記事を", "この記事に", "記事を", "記事に"}

// jaButtonActions are what a Japanese site's buttons do, as their labels
// name it (お気に入り登録 is お気に入り and its verb).
var jaButtonActions = []string{
	"スキ", "いいね", "イイネ", "クリップ", "保存", "ブックマーク", "お気に入り", "シェア", "共有", "印刷",
	"スクラップ", "フォロー", "コメント", "マイページ", "マイリスト", "あとで読む", "後で読む",
}

// jaLoneButtons are a button's label even alone: the likes, and the
// read-later, a verb of its own.
var jaLoneButtons = []string{"スキ", "いいね", "イイネ", "あとで読む", "後で読む"}

// jaButtonVerbs end a button's label after its action.
var jaButtonVerbs = []string{"に追加する", "に登録する", "に保存する", "登録する", "に追加", "に登録", "に保存", "登録", "する", "しよう"}

// jaButton reports a Japanese site's button label alone on its line.
func jaButton(s string) bool {
	if !atMost(s, 24) {
		return false
	}
	// A count before the word, glued to it: 34コメント.
	lead, rest := cutCount(s)
	object := false
	for _, o := range jaButtonObjects {
		if t, ok := strings.CutPrefix(rest, o); ok {
			rest, object = t, true
			break
		}
	}
	action := ""
	for _, a := range jaButtonActions {
		if strings.HasPrefix(rest, a) {
			action = a
			break
		}
	}
	if action == "" {
		return false
	}
	rest = rest[len(action):]
	marked := false
	rest, marked = trimButtonMarks(rest)
	verb := false
	for _, v := range jaButtonVerbs {
		if t, ok := strings.CutPrefix(rest, v); ok {
			rest, verb = t, true
			break
		}
	}
	var m bool
	rest, m = trimButtonMarks(rest)
	marked = marked || m
	counted := false
	if rest != "" {
		if counted = buttonCount(trimSpace(rest)); !counted {
			return false // (スキー場…, いいね！と言われる…, 保存する方法: more words)
		}
	}
	if object || verb || marked || counted || lead != "" {
		return true
	}
	for _, w := range jaLoneButtons {
		if action == w {
			return true
		}
	}
	return false
}

// trimButtonMarks cuts the exclamation marks and hearts a button's label
// may carry (スキ!, いいね！, いいね♡) off s's front, and reports whether
// there were any.
func trimButtonMarks(s string) (string, bool) {
	t := strings.TrimLeft(s, "!！♡♥❤")
	return t, len(t) < len(s)
}

// buttonCount reports a button's count: digits, perhaps with thousands
// commas, bare or in round brackets (25, 1,204, （12）), or bare with the
// counter 件 after it (34件).
func buttonCount(s string) bool {
	if r, _ := firstRune(s); r == '(' || r == '（' {
		if in, end, ok := leadingBracket(s); ok && end == len(s) {
			s = in
		}
	} else {
		s = strings.TrimSuffix(s, "件")
	}
	return s != "" && anyDigits(strings.ReplaceAll(strings.ReplaceAll(s, ",", ""), "，", "")) && atMost(s, 9)
}
