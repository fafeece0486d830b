package newstext

import "strings"

// A Japanese business site (東洋経済オンライン, ダイヤモンド・オンライン) sets
// its author under the headline as the name, a colon and what the author
// does: 山本 彩香 : 流通ジャーナリスト, 田中一郎：経済評論家, 佐藤 健 : 東洋
// 経済 記者. It is the story's byline (names the name unspaced, roles what
// the author does), not a subheadline: a subheadline is a phrase, never a
// name and a title.

// jaAuthorTitles end what an author does on a Japanese site's author line.
var jaAuthorTitles = []string{
	"ジャーナリスト", "ライター", "アナリスト", "エコノミスト", "コンサルタント", "ストラテジスト",
	"コラムニスト", "キャスター", "カメラマン", "フォトグラファー", "プロデューサー", "ディレクター",
	"リサーチャー", "エディター", "デザイナー", "トレーナー", "アドバイザー", "プランナー",
	"記者", "作家", "評論家", "研究家", "専門家", "漫画家", "翻訳家", "写真家", "編集者", "研究者",
	"研究員", "委員", "教授", "講師", "弁護士", "税理士", "会計士", "医師", "代表", "社長", "会長",
	"編集長", "編集部", "所長", "理事長", "院長", "顧問", "取締役", "役員", "主宰", "学者",
}

// jaAuthorLine parses an author line: a name of two to eight letters,
// kanji or katakana first (one space may part family and given names),
// a colon (: or ：, spaced or not), and a title ending in one of
// jaAuthorTitles, with no sentence punctuation.
func jaAuthorLine(s string) (credit, bool) {
	// (The colon first: two byte searches, which most lines fail.)
	if indexColon(s) < 0 || !atMost(s, 40) || hasAnyRune(s, "。、！？!?") {
		return credit{}, false
	}
	name, title, ok := strings.Cut(s, ":")
	if !ok {
		name, title, ok = strings.Cut(s, "：")
	}
	if !ok {
		return credit{}, false
	}
	name, title = trimSpace(name), trimSpace(title)
	if title == "" || indexColon(title) >= 0 || !jaAuthorName(name) {
		return credit{}, false
	}
	for _, t := range jaAuthorTitles {
		if strings.HasSuffix(title, t) {
			return credit{roles: []string{title}, names: []string{unspaced(name)}}, true
		}
	}
	return credit{}, false
}

// jaAuthorName reports a person's name as an author line sets it: two to
// eight kanji or kana (or to twelve, a foreign name's katakana parted by
// ・), at most
// one space, opening with a kanji or katakana (お知らせ is a word).
func jaAuthorName(s string) bool {
	r, _ := firstRune(s)
	if !isHan(r) && !(r >= 'ァ' && r <= 'ヺ') {
		return false
	}
	n, spaces := 0, 0
	for _, r := range s {
		switch {
		case isSpace(r):
			spaces++
		case isHan(r) || isKana(r) || r == '々' || r == 'ー' || r == '・':
			n++
		default:
			return false
		}
	}
	limit := 8
	if strings.ContainsRune(s, '・') {
		limit = 12 // a foreign name's given and family names
	}
	return n >= 2 && n <= limit && spaces <= 1
}
