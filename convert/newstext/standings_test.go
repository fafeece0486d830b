package newstext

import (
	"strings"
	"testing"
)

// TestStandingsRow: a standings row of seven or more fields, a rank, the
// team and its figures (goals 12:3, a goal difference +9, a rate .612,
// the leader's games behind －), is a table's row however many figures it
// holds; a lottery's row stays numberRow's. Numbers with a word after
// them, a date spaced into phrases, a row with no rank or no team, a
// word among the figures and a clause are none.
func TestStandingsRow(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"1　乌兹别克斯坦　5　4　1　0　13", 7},
		{"4　约旦　5　0　2　3　2", 7},
		{"1　乌兹别克斯坦　5　4　1　0　12:3　13", 8},
		{"1　乌兹别克斯坦　5　4　1　0　12/3　+9　13", 9},
		{"3　中国　5　2　2　1　6　5　+1　8", 10},
		{"2　上海海港　30　19　6　5　62:30　+32　63", 9},
		{"１　阪神　１４３　８５　５４　４　.６１２　－", 8},
		{"1 阪神 143 85 54 4 .612 -", 8},
		{"1　Manchester United　15　10　3　2　33", 8},
		{"1.　乌兹别克斯坦　5　4　1　0　13", 7},
		{"林书豪　132　5　7　3　1　0", 0}, // (no rank)
		{"红球　103　11　17　22　28　31　33", 0},
		{"03　11　17　22　28　31　33", 0},
		{"1 2 3 4 5 6 7", 0},
		{"红球　03　11　17　22　28　31", 7}, // (numberRow)
		{"1　2　3　4　5　6　下一页", 0},
		{"2026 年 12 月 7 日 星期一", 0},
		{"1　乌兹别克斯坦　5　4　1　0　13　晋级", 0},
		{"1　乌兹别克斯坦　5　4　1　0　13。", 0},
		{"中国队　5　场　2　胜　2　平", 0},
		{"1　乌兹别克斯坦，5　4　1　0　13", 0},
		{"1　乌兹別克斯坦　5　4", 4}, // (a short row: tableRow's own count)
		{"名次　球队　场次　胜　平　负　积分", 0},
	} {
		if got := tableRow(c.s); got != c.want {
			t.Errorf("tableRow(%q) = %d, want %d", c.s, got, c.want)
		}
	}
	for _, c := range []struct {
		header, row string
		want        bool
	}{
		{"名次　球队　场次　胜　平　负　积分", "1　乌兹别克斯坦　5　4　1　0　13", true},
		{"名次 球队 场次 胜 平 负 进/失 积分", "1 乌兹别克斯坦 5 4 1 0 12/3 13", true},
		{"順位　チーム　試合　勝　負　分　勝率　差", "１　阪神　１４３　８５　５４　４　.６１２　－", true},
		{"名次　球队　场次　胜　平　负", "1　乌兹别克斯坦　5　4　1　0　13", false},
		{"小组前两名直接晋级，第三名参加附加赛", "1　乌兹别克斯坦　5　4　1　0　13", false},
		{"C组积分榜", "1　乌兹别克斯坦　5　4　1　0　13", false},
	} {
		if got := headerOver(c.header, c.row); got != c.want {
			t.Errorf("headerOver(%q, %q) = %v, want %v", c.header, c.row, got, c.want)
		}
	}
}

// TestStandingsTable: a standings table under its head, its header row,
// rows of seven fields and the note under them, set with no blank line:
// each row a paragraph marked as a table's row, never joined (13 and the
// next row's 2 never read 132), the 注： line the table's note (blind page
// blind67-zh-tiyu).
func TestStandingsTable(t *testing.T) {
	rows := []string{
		"名次　球队　场次　胜　平　负　积分",
		"1　乌兹别克斯坦　5　4　1　0　13",
		"2　卡塔尔　5　3　1　1　10",
		"3　中国　5　2　2　1　8",
		"4　约旦　5　0　2　3　2",
	}
	// (The body wrapped at 20 characters by count: a measured page.)
	page := "国足客场1:1战平卡塔尔\n本报特派记者　林　涛　发自多哈\n\n" +
		"　　北京时间12月7日凌晨，2028年亚\n洲杯预选赛C组第五轮在多哈进行，中国队客\n场1:1战平卡塔尔队，以8分提前一轮锁定\n小组第三，获得附加赛资格。\n\n" +
		"　　第27分钟，卡塔尔队利用任意球首开纪\n录。第64分钟，替补登场的周远头球破门，\n帮助中国队扳平比分。\n\n" +
		"C组积分榜\n" + strings.Join(rows, "\n") + "\n注：小组前两名直接晋级，第三名参加附加赛。\n"
	d := mustRead(t, page)
	want := []string{
		"article", "  headline 国足客场1:1战平卡塔尔", "  byline 本报特派记者　林　涛　发自多哈",
		"  paragraph 北京时间12月7日凌晨，2028年亚洲杯预选赛C组第五轮在多哈进行，中国队客场1:1战平卡塔尔队，以8分提前一轮锁定小组第三，获得附加赛资格。",
		"  paragraph 第27分钟，卡塔尔队利用任意球首开纪录。第64分钟，替补登场的周远头球破门，帮助中国队扳平比分。",
		"  section ", "    heading C组积分榜",
	}
	for _, r := range rows {
		want = append(want, "    paragraph "+r)
	}
	want = append(want, "    note 注：小组前两名直接晋级，第三名参加附加赛。")
	if got, w := strings.Join(flatKinds(d), "\n"), strings.Join(want, "\n"); got != w {
		t.Fatalf("got\n%s\nwant\n%s", got, w)
	}
	sec := d.Articles[0].Children[len(d.Articles[0].Children)-1]
	for _, n := range sec.Children[1 : 1+len(rows)] {
		if !n.Row {
			t.Errorf("%q: not marked as a table's row", n.Text)
		}
	}
}

// TestSentCorrespondent: a paper's reporter sent away to an event, at its
// front or with a team, 本报特派记者　X　发自多哈, 本报前方记者 X, 本报随队记者 X,
// is credited by the title as its role, the paper its org, as 本报特约记者 X
// is (blind page blind67-zh-tiyu); a headline opening with the title
// (特派记者团抵达多哈, 前方记者发回报道) names no one and is no credit.
func TestSentCorrespondent(t *testing.T) {
	wantBylineLines(t, map[string]string{
		"本报特派记者　林　涛　发自多哈": "org=本报 roles=特派记者 names=林涛",
		"本报特派记者林涛":        "org=本报 roles=特派记者 names=林涛",
		"新华社特派记者　林涛":      "org=新华社 roles=特派记者 names=林涛",
		"本報特派記者　林濤":       "org=本報 roles=特派記者 names=林濤",
		"本报前方记者　王冬　发自巴黎":  "org=本报 roles=前方记者 names=王冬",
		"本报随队记者　林涛":       "org=本报 roles=随队记者 names=林涛",
		"本報隨隊記者　林濤":       "org=本報 roles=隨隊記者 names=林濤",
		"特派记者　林　涛":        "org= roles=特派记者 names=林涛",
		"本报特约记者　林涛":       "org=本报 roles=特约记者 names=林涛",
	})
	for _, s := range []string{"特派记者团抵达多哈", "前方记者发回报道", "随队记者发现"} {
		if c, ok := parseBylineLine(s); ok && len(c.names) > 0 {
			t.Errorf("parseBylineLine(%q) = %s, want no credit", s, creditText(c))
		}
	}
}
