package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A Japanese national paper signs its column with the writer's post and
// name in round brackets under the last paragraph, parted by a space or a
// middle dot: （経済部長　高橋和也）, （論説委員　山口恵）, （大阪支局長・森田健）,
// （編集委員　村上健一）. The post is the writer's role; the desk it heads
// stays in it (経済部長, not org 経済部), as the paper prints it.

// jaHeadPosts are posts of a paper's staff that name no desk: its
// editorial writers' heads, its editors' and its staff titles
// (staffTitles).
var jaHeadPosts = []string{"論説委員長", "論説副委員長", "論説主幹", "論説副主幹", "主筆", "編集局長", "編集局次長", "編集長", "解説委員長", "特別編集委員", "上席論説委員", "論説室長"}

// jaDeskPostEnds end a desk's head's post after the desk's name: 経済部長,
// 大阪支局長, 社会部次長, 経済部デスク.
var jaDeskPostEnds = []string{"次長", "長", "デスク"}

// jaPost reports a post of a paper's staff: one of jaHeadPosts or
// staffTitles (記者 alone is none: a Chinese credit's role), or a desk
// (isDesk, two runes before its end at least) and the head's word,
// 経済部長, 前橋支局長.
func jaPost(t string) bool {
	if t != "記者" && slices.Contains(staffTitles, t) || slices.Contains(jaHeadPosts, t) || jaKindReporter(t) {
		return true
	}
	for _, e := range jaDeskPostEnds {
		if desk, ok := strings.CutSuffix(t, e); ok && utf8.RuneCountInString(desk) >= 3 && isDesk(desk) {
			return true
		}
	}
	return false
}

// jaKindReporter reports a reporter's post named by the kind of writing
// or the beat before 記者, as a 囲碁・将棋欄 signs its 観戦記,
// （観戦記者・北川遥）, and as 写真記者, 運動記者, 科学記者 sign theirs: one
// to four kanji before 記者 that name no paper, agency or desk (中央社記者,
// 共同記者 and 運動部記者 name the employer, read by the credit rules).
func jaKindReporter(t string) bool {
	head, ok := strings.CutSuffix(t, "記者")
	if !ok || head == "" || !atMost(head, 4) {
		return false
	}
	for _, r := range head {
		if !isHan(r) {
			return false
		}
	}
	return !isOrgEnd(lastRune(head)) && !isAgency(head) && !isDesk(head)
}

// jaTradeEnds end the trade of a contributor who signs a Japanese
// paper's piece the way its staff sign their columns, the trade where the
// post stands: （料理研究家・森下千春）, （管理栄養士・X）, （社会保険労務士
// 宮坂直樹）, （フードコーディネーター・X）. A business or a council's head
// (会長, 社長, 代表) is none: （会長　山田太郎） stays as it was.
var jaTradeEnds = []string{
	"研究家", "評論家", "作家", "写真家", "専門家", "漫画家", "翻訳家", "建築家", "料理家", "園芸家",
	"弁護士", "税理士", "会計士", "労務士", "栄養士", "予報士", "書士", "福祉士", "保育士", "技術士",
	"医師", "薬剤師", "看護師", "調理師", "講師", "教授", "研究者", "研究員",
	"ジャーナリスト", "ライター", "アナリスト", "エコノミスト", "コンサルタント", "コラムニスト",
	"カメラマン", "フォトグラファー", "デザイナー", "トレーナー", "アドバイザー", "プランナー",
	"コーディネーター", "カウンセラー", "ソムリエ",
}

// jaTrade reports a contributor's trade (jaTradeEnds) where a column's
// signature sets the writer's post: the trade is the role, never a second
// name (料理研究家 is no one's name). A desk, 編集部, is none.
func jaTrade(t string) bool {
	return hasAnySuffix(t, jaTradeEnds) && !isDesk(t)
}

// jaPostCredit parses the inside of a column's signature (see above): a
// post (jaPost) or a contributor's trade (jaTrade), a space or a middle
// dot, and a Japanese full name opening with its surname's kanji.
func jaPostCredit(inner string) (credit, bool) {
	in := trimSpace(inner)
	if !atMost(in, 20) {
		return credit{}, false
	}
	k := strings.IndexFunc(in, func(r rune) bool { return isSpace(r) || r == '・' })
	if k <= 0 {
		return credit{}, false
	}
	post := in[:k]
	_, w := utf8.DecodeRuneInString(in[k:])
	name := strings.ReplaceAll(trimSpace(in[k+w:]), "　", "")
	if first, _ := firstRune(name); !isHan(first) {
		return credit{}, false // (a surname is written in kanji: よろしく頼む is none)
	}
	if !jaPost(post) && !jaTrade(post) || !isJapaneseName(name) || isDesk(name) || isPhotoSource(name) || findRoleIndex(name) >= 0 {
		return credit{}, false
	}
	return credit{roles: []string{post}, names: []string{name}}, true
}
