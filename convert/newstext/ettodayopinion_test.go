package newstext

import "testing"

// ettodayStory is a Taiwanese web story's close, after which a
// contributed piece follows (blind page tw-ettoday-yunlun-web).
const ettodayStory = "北市YouBike 2.0明年調漲\n\n2026年12月06日 09:12\n\n記者林佩君／台北報導\n\n台北市交通局今（6）日宣布，YouBike 2.0將自明年2月1日起調整費率。\n\n交通局回應，將在12月中旬舉辦兩場說明會。\n\n"

// TestReadersColumnRubric: a readers' column's rubric alone between a
// story and a contributed piece's title, 讀者投書 (ETtoday's 雲論),
// 讀者來函 (a Hong Kong letters page, blind page hk-sheping-duzhe-65),
// 讀者論壇, 读者之声, is the piece's kicker whatever the title's length,
// not a byline of the role 讀者 and a name 投書; a letter's signature,
// the role spaced from a reader's name (读者　周桂兰), stays a byline.
func TestReadersColumnRubric(t *testing.T) {
	for _, tt := range []struct {
		line string
		want string
	}{
		{"讀者投書", "kicker"},
		{"读者投书", "kicker"},
		{"读者来函", "kicker"},
		{"讀者來函", "kicker"},
		{"讀者論壇", "kicker"},
		{"读者之声", "kicker"},
		{"读者信箱", "kicker"},
		{"讀者迴響", "kicker"},
		{"读者来信", "kicker"},
		// A reader's name after the role: the letter's signature.
		{"读者　周桂兰", "byline"},
		{"讀者　林美華", "byline"},
	} {
		for _, title := range []string{"漲價之前　先把故障車修好\n\n2026年12月06日 10:30", "巴士改道　長者苦不堪言", "修好故障車"} {
			d := mustRead(t, ettodayStory+tt.line+"\n\n"+title+"\n\n每天早上騎YouBike到捷運站，是許多台北人的日常。\n")
			if got := kindOfText(d, tt.line); got != tt.want {
				t.Errorf("%s over %s: %s, want %s\n%s", tt.line, title, got, tt.want, outline(d, false))
			}
			roundTrip(t, d)
		}
	}
	for _, s := range []string{"讀者投書", "读者之声", "讀者論壇"} {
		if c, ok := parseBylineLine(s); ok {
			t.Errorf("parseBylineLine(%s) = %+v, want no credit", s, c)
		}
	}
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"讀者投書", true}, {"讀者來函", true}, {"读者来信", true}, {"读者之声", true},
		// Not the rubric alone: a headline, the page's call, the role.
		{"一封读者来信", false}, {"读者来信请寄", false}, {"读者来函，电邮：forum@zaobao.com.sg", false}, {"读者", false}, {"讀者投書區", false},
	} {
		if got := readersRubric(tt.line); got != tt.want {
			t.Errorf("readersRubric(%s) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestMarkedAuthorNote: a Taiwanese opinion site's author line under a
// contributed piece, ●作者 run on to the name, a comma and who the author
// is (●作者陳冠廷，台北市民、通勤族。), or ●作者：X, is its byline, role
// 作者; heads opening with the word (●作者簡介, ●作者的話), a
// description of no person and a sentence stay as they were.
func TestMarkedAuthorNote(t *testing.T) {
	for _, tt := range []struct {
		line string
		want string // creditFields of the line's node
	}{
		{"●作者陳冠廷，台北市民、通勤族。", "byline roles=作者 names=陳冠廷"},
		{"●作者謝明瑞，台北商業大學兼任副教授。", "byline roles=作者 names=謝明瑞"},
		{"●作者林美華，資深媒體人", "byline roles=作者 names=林美華"},
		{"●作者歐陽文華，國民黨立委。", "byline roles=作者 names=歐陽文華"},
		{"■作者王建國，律師。", "byline roles=作者 names=王建國"},
		{"●作者：陳冠廷", "byline roles=作者 names=陳冠廷"},
		{"●作者／陳冠廷，台北市民。", "byline roles=作者 names=陳冠廷"},
		// Look-alikes.
		{"●作者簡介", "heading"},
		{"●作者林語堂，一生著作等身。", "paragraph"},
		{"●作者陳冠廷，昨天在臉書發文：「市府應先修車」。", "paragraph"},
	} {
		d := mustRead(t, ettodayStory+"讀者投書\n\n漲價之前　先把故障車修好\n\n2026年12月06日 10:30\n\n每天早上騎YouBike到捷運站，是許多台北人的日常。\n\n建議市府先公布各站點的故障率與維修時效，再談調整費率。\n\n"+tt.line+"\n")
		if got := creditFields(nodeWithText(d, tt.line)); got != tt.want {
			t.Errorf("%s: %s, want %s\n%s", tt.line, got, tt.want, outline(d, false))
		}
		roundTrip(t, d)
	}
}

// TestMarkedOpinionDisclaimer: a site's standing line under an opinion
// piece, after a marker, ●以上言論不代表本網立場，歡迎投書… (ETtoday's
// 雲論), or bare, 以上言论仅代表作者个人观点，不代表本网立场。, is a
// disclaimer (noise) as a platform's 本文仅代表作者观点 is; a story's
// sentence with other words, or reaching the cue late, stays text.
func TestMarkedOpinionDisclaimer(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool // noise
	}{
		{"●以上言論不代表本網立場，歡迎投書《雲論》讓優質好文被更多人看見，請寄至opinion@ettoday.net，本網保留刪修權利。", true},
		{"以上言論不代表本網立場。", true},
		{"以上言论仅代表作者个人观点，不代表本网立场。", true},
		{"※本文僅代表作者個人意見，不代表本報立場。", true},
		{"本文不代表本報立場。", true},
		// Look-alikes: a party's or a story's sentence.
		{"以上言論不代表本黨立場，黨主席稍後將說明。", false},
		{"●以上資料由交通局提供，僅供參考。", false},
		{"以上言論引發網友熱議，有人認為不代表本網友立場。", false},
	} {
		if got := isDisclaimer(tt.line); got != tt.want {
			t.Errorf("isDisclaimer(%s) = %v, want %v", tt.line, got, tt.want)
		}
		d := mustRead(t, ettodayStory+"讀者投書\n\n漲價之前　先把故障車修好\n\n2026年12月06日 10:30\n\n每天早上騎YouBike到捷運站，是許多台北人的日常。\n\n建議市府先公布各站點的故障率與維修時效，再談調整費率。\n\n"+tt.line+"\n")
		if got := kindOfText(d, tt.line) == "noise"; got != tt.want {
			t.Errorf("%s: noise %v, want %v\n%s", tt.line, got, tt.want, outline(d, false))
		}
		roundTrip(t, d)
	}
}

// TestBookBoxAuthorRow: a book page's information box, ●書名：活著 /
// ●作者：余華 / ●出版社：麥田出版 / ●定價：320元, is the box's rows: the
// author's row beside the other marked label：value rows is no byline (nor
// the rows heads over it), and the box's text on the book's author,
// ●作者余華，中國當代作家。 with text under it, is a paragraph (review
// 27a, items 1 and 3). The opinion site's author line at the foot, over
// or under its ●以上言論… notice, and ●作者：X apart from any row stay
// bylines.
func TestBookBoxAuthorRow(t *testing.T) {
	const story = "冬日書單　在寒夜裡讀一本好小說\n\n記者陳怡君／台北報導\n\n" +
		"年末將至，不少讀者趁著假期補讀好書。本報邀請三位書店店長推薦今年最值得一讀的小說，第一本是余華的《活著》。\n\n" +
		"店長林書豪說，這本書篇幅不長，卻把一個人的一生寫得沉重又溫柔，很適合在冬夜慢慢讀。\n\n"
	const notice = "●以上言論不代表本網立場，歡迎投書《雲論》讓優質好文被更多人看見，請寄至opinion@ettoday.net，本網保留刪修權利。"
	for _, tt := range []struct {
		tail string
		line string // the line asked about
		want string // creditFields of its node
	}{
		// A book box's rows.
		{"●書名：活著\n●作者：余華\n●出版社：麥田出版\n●定價：320元\n", "●作者：余華", "paragraph"},
		{"●書名：活著\n●作者：余華\n●出版社：麥田出版\n●定價：320元\n", "●書名：活著", "paragraph"},
		{"●書名：活著\n●作者：余華\n●出版社：麥田出版\n●定價：320元\n", "●出版社：麥田出版", "paragraph"},
		{"■书名：长江传\n■作者：周　涛\n■出版社：人民文学出版社\n■定价：68元\n", "■作者：周　涛", "paragraph"},
		{"●作者：余華\n●出版社：麥田出版\n", "●作者：余華", "paragraph"},
		// The box's text on the book's author, text under it.
		{"●作者余華，中國當代作家。\n●《活著》，麥田出版，定價320元。\n", "●作者余華，中國當代作家。", "paragraph"},
		{"●作者余華，中國當代作家。\n\n店長說，這本書值得一讀再讀。\n", "●作者余華，中國當代作家。", "paragraph"},
		// Kept: the piece's author line among its closing lines.
		{"●作者陳冠廷，台北市民、通勤族。\n", "●作者陳冠廷，台北市民、通勤族。", "byline roles=作者 names=陳冠廷"},
		{"●作者陳冠廷，台北市民、通勤族。\n" + notice + "\n\n延伸閱讀\n", "●作者陳冠廷，台北市民、通勤族。", "byline roles=作者 names=陳冠廷"},
		{notice + "\n●作者陳冠廷，台北市民、通勤族。\n\n延伸閱讀\n", "●作者陳冠廷，台北市民、通勤族。", "byline roles=作者 names=陳冠廷"},
		{"●作者：陳冠廷\n", "●作者：陳冠廷", "byline roles=作者 names=陳冠廷"},
	} {
		d := mustRead(t, story+tt.tail)
		if got := creditFields(nodeWithText(d, tt.line)); got != tt.want {
			t.Errorf("%q: %s is %s, want %s\n%s", tt.tail, tt.line, got, tt.want, outline(d, false))
		}
		roundTrip(t, d)
	}
}
