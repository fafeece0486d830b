package newstext

import (
	"strings"
	"unicode/utf8"
)

// A Japanese paper's 囲碁・将棋欄 credits the game's commentator under the
// players' lines, 解説・宮下和則九段 (the player's rank or title after the
// name), the 観戦記's writer, 観戦記・北川遥, and a problem's composer or
// setter, 作・山村湊 under 詰将棋, 出題・X九段 under 詰碁: each on a line of
// its own, the word the role, then ・ ＝ or a space and the name. The
// rank stays in the line only (宮下和則九段, names 宮下和則), as a
// reviewer's description does (評・X（文芸評論家）).
//
// 解説 names a commentator only with the rank after the name: alone,
// 解説・分析, 解説・用語集, it heads a part of a story. The other words take
// a name of three runes at least (作・演出, 作・構成 name no one), and
// none after a stage's credit (作・演出　野田秀明: jaStageCredits).

// jaGameRoles are the roles a 囲碁・将棋欄's credit line opens with.
var jaGameRoles = []string{"解説", "観戦記", "出題", "作"}

// jaStageCredits are a stage's or a book's credits (作・演出　野田秀明,
// 作・脚本　X): after 作・ they open no composer's name but another role,
// the line a theatre's or a book's credit, no 将棋欄's.
var jaStageCredits = []string{"演出", "脚本", "構成", "台本", "潤色", "振付", "作詞", "作曲", "編曲", "美術", "監修", "原作", "出演", "主演", "音楽", "照明", "翻訳", "企画", "制作", "製作"}

// jaGameCreditFirst reports the first runes of jaGameRoles (gate).
func jaGameCreditFirst(r rune) bool {
	return r == '解' || r == '観' || r == '出' || r == '作'
}

// jaGameRanks are a professional player's ranks and titles after the
// name: the dan ranks (初段 … 九段, 十段, 女流初段 …) are told by their
// shape (jaDanRank), the titles listed (shogi's and go's).
var jaGameRanks = []string{"名人", "竜王", "王位", "王座", "棋王", "王将", "棋聖", "叡王", "本因坊", "天元", "碁聖", "女流名人", "女王", "女流王将", "女流王位", "女流王座", "清麗", "白玲", "倉敷藤花"}

// jaDanRank reports a dan rank ending s at byte k: a numeral and 段
// (初段, 二段 … 九段, 十段), 女流 before it or not; it returns where the
// rank starts, or -1.
func jaDanRank(s string) int {
	head, ok := strings.CutSuffix(s, "段")
	if !ok {
		return -1
	}
	r, w := decodeLast(head)
	if w == 0 || !strings.ContainsRune("初二三四五六七八九十", r) {
		return -1
	}
	k := len(head) - w
	if h, ok := strings.CutSuffix(head[:k], "女流"); ok {
		k = len(h)
	}
	return k
}

// jaGameRankStart returns where a rank or title (jaDanRank,
// jaGameRanks) ending s starts, or -1.
func jaGameRankStart(s string) int {
	if k := jaDanRank(s); k >= 0 {
		return k
	}
	for _, t := range jaGameRanks {
		if h, ok := strings.CutSuffix(s, t); ok {
			return len(h)
		}
	}
	return -1
}

// jaGameCredit parses a 囲碁・将棋欄's credit line (above): the role, a
// separator, the name, and the rank where the role asks for one.
func jaGameCredit(s string) (credit, bool) {
	if r, _ := firstRune(s); !jaGameCreditFirst(r) || !atMost(s, 20) {
		return credit{}, false
	}
	role, rest, ok := cutRoleSep(s, jaGameRoles)
	if !ok {
		return credit{}, false
	}
	name := strings.ReplaceAll(rest, "　", "")
	if _, stage := cutAnyPrefix(name, jaStageCredits); stage {
		return credit{}, false // (作・演出　野田秀明: a stage's credit)
	}
	ranked := false
	if k := jaGameRankStart(name); k > 0 {
		name, ranked = name[:k], true
	}
	if role == "解説" && !ranked || !ranked && utf8.RuneCountInString(name) < 3 {
		return credit{}, false
	}
	if first, _ := firstRune(name); !isHan(first) || !isJapaneseName(name) || isDesk(name) || isPhotoSource(name) || findRoleIndex(name) >= 0 || jaTrade(name) {
		return credit{}, false
	}
	return credit{roles: []string{role}, names: []string{name}}, true
}

// A 将棋欄's 観戦記 names the players under its title, each after the mark
// of the side he plays, ▲ 先手 and △ 後手: ▲八段　森岡　隆司 / △七段　戸田
// 啓介, the rank or title first and the name (padded or not), or the
// name first with the rank glued after it, ▲森岡隆司八段, ☗ and ☖ as
// some set the marks. The marks are no caption's: each line is a
// paragraph. A caption opening with ▲ that names a place or a thing,
// ▲九段下の交差点, ▲昇段を決めた森岡八段, holds no such name.

// jaShogiPlayerLine reports a 将棋 player's line (above).
func jaShogiPlayerLine(s string) bool {
	r, w := firstRune(s)
	if r != '▲' && r != '△' && r != '☗' && r != '☖' || !atMost(s, 20) {
		return false
	}
	s = trimSpace(s[w:])
	// The rank first, a space, the name: ▲八段　森岡　隆司, ▲竜王　藤井聡太.
	if k := strings.IndexFunc(s, isSpace); k > 0 && jaGameRankStart(s[:k]) == 0 {
		return jaPlayerName(strings.ReplaceAll(trimSpace(s[k:]), "　", ""))
	}
	// The name, the rank glued after it: ▲森岡隆司八段, ▲森岡　隆司八段.
	t := strings.ReplaceAll(s, "　", "")
	k := jaGameRankStart(t)
	return k > 0 && jaPlayerName(t[:k])
}

// jaPlayerName reports a player's name in a 将棋 player's line: two to
// six kanji (々 among them), as a professional's is written.
func jaPlayerName(s string) bool {
	n := 0
	for i, r := range s {
		if !isHan(r) && (r != '々' || i == 0) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

// A 将棋欄 sets a diagram of the game with its caption saying up to which
// move it shows: 第１図は△４四銀まで, 参考図は▲３三角成まで, 第２図（▲７六歩
// まで）. The caption is the diagram's, alone on its line between the
// record and the text on the position: no head of the text under it. A
// sentence on the diagram, 第１図は△４四銀までの局面。, 第１図の△４四銀が
// …, and a line with no move's mark, 図は県庁まで, are as they were.

// jaDiagramNames name a diagram in a 将棋欄's caption (第１図 and 図 are
// told by their shape).
var jaDiagramNames = []string{"参考図", "結果図", "変化図", "失敗図", "途中図", "投了図", "終局図", "基本図", "テーマ図"}

// jaDiagramFirst reports the first runes of a diagram's caption (gate).
func jaDiagramFirst(r rune) bool {
	switch r {
	case '第', '図', '参', '結', '変', '失', '途', '投', '終', '基', 'テ':
		return true
	}
	return false
}

// jaDiagramCaption reports a 将棋 diagram's caption (above): the
// diagram's name, は and the last move (its side's mark, ▲ △ ☗ ☖, and the
// move) closed by まで, or the move in round brackets after the name.
func jaDiagramCaption(s string) bool {
	if r, _ := firstRune(s); !jaDiagramFirst(r) || !atMost(s, 24) {
		return false
	}
	k := strings.Index(s, "図")
	if k < 0 || !jaDiagramName(s[:k+len("図")]) {
		return false
	}
	rest := s[k+len("図"):]
	if in, ok := strings.CutPrefix(rest, "は"); ok {
		rest = in
	} else if in, ok := strings.CutPrefix(rest, "（"); ok {
		if rest, ok = strings.CutSuffix(in, "）"); !ok {
			return false
		}
	} else {
		return false
	}
	move, ok := strings.CutSuffix(rest, "まで")
	if r, w := firstRune(move); !ok || r != '▲' && r != '△' && r != '☗' && r != '☖' || !atMost(move[w:], 8) || move[w:] == "" {
		return false
	}
	return !hasAnyRune(move, "、。，　 ")
}

// jaDiagramName reports a diagram's name closed by 図: 図, 第１図, 第十図,
// or one of jaDiagramNames.
func jaDiagramName(s string) bool {
	if s == "図" {
		return true
	}
	if in, ok := strings.CutPrefix(s, "第"); ok {
		n, ok := strings.CutSuffix(in, "図")
		if !ok || n == "" || !atMost(n, 3) {
			return false
		}
		for _, r := range n {
			if !isDigitOrNumeral(r) {
				return false
			}
		}
		return true
	}
	for _, d := range jaDiagramNames {
		if s == d {
			return true
		}
	}
	return false
}
