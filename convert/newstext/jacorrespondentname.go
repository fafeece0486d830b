package newstext

import "unicode/utf8"

// correspondentFullName reports the reporter's name after ＝ in a
// Japanese correspondent's dateline that is longer than isName's four
// characters: a three-character surname and a given name, 【ベルリン＝
// 小野寺由紀】, 【ロンドン＝長谷川健一】, 【パリ＝佐々木まり子】 (five or six
// characters, as jaFullName takes them: kanji first, no place's or desk's
// end, no role, no dateline). Names of up to four are isName's. So long a
// run of kanji may also be a body's or a title's name, which no name ends
// with (correspondentNotNameEnds): 【東京＝日本経済新聞】, 【北京＝国際交流
// 基金】, 【ベルリン＝欧州特派員】 are no reporter's.
func correspondentFullName(s string) bool {
	return utf8.RuneCountInString(s) > 4 && jaFullName(s) && !hasAnySuffix(s, correspondentNotNameEnds)
}

// correspondentNotNameEnds end the names of bodies and titles, never a
// person's: a paper, an agency, a fund, a foundation, an agency of state,
// a university, a bank, a company, a staff title.
var correspondentNotNameEnds = []string{"新聞", "通信", "基金", "財団", "機構", "大学", "銀行", "会社", "政府", "特派員", "委員", "職員", "記者", "局長", "支局", "本社"}
