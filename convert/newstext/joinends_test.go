package newstext

import (
	"strings"
	"testing"
)

// TestSetApartNotJoined: a one-line block that the page set as a unit of
// its own is never joined to the paragraph under it as if a column break
// had cut it, though it ends in no sentence punctuation and the reader
// does not know what it is: one closing on a credit after its sentence
// (a bracket, or a word or two after a space), or one clearly wider than
// the page's measure. Paragraphs cut by a break (a one-line block that
// stops mid-sentence, on web copy of one paragraph a block; a wrapped
// paragraph whose last line is full) are still joined.
func TestSetApartNotJoined(t *testing.T) {
	zhWrapped := func(lone string) string {
		return "社区食堂开进老街巷\n\n" +
			"记者昨天从市民政局获悉，今年全市新建社区\n食堂四十二家，覆盖老城区大部分街巷，为\n老年人提供价格实惠的午餐和晚餐服务。\n\n" +
			"据介绍，食堂由街道提供场地，企业负责运\n营，老年人凭卡就餐可享受八折优惠，高龄\n和困难老人另有补贴。\n\n" +
			lone + "\n\n" +
			"民政局有关负责人表示，下一步将探索送餐\n上门服务，让行动不便的老人也能吃上热饭。\n"
	}
	for _, tc := range []struct {
		name   string
		script string
		lone   string
		joined bool
	}{
		{"ko credit word after a sentence", "ko", "지난 5일 시민들이 새로 문을 연 하천 산책로를 걷고 있다. 한빛시청", false},
		{"ko two credit words", "ko", "지난 5일 시민들이 새로 문을 연 하천 산책로를 걷고 있다. 한빛시 홍보실", false},
		{"ko clause cut by a break", "ko", "지난 5일 시민들이 새로 문을 연 하천 산책로를 걸으며 봄꽃을 구경하고 사진을", true},
		{"ko sentence then a clause", "ko", "시민들이 산책로를 걷고 있다. 시는 이번 달부터 산책로 주변에", true},
		{"ja indented paragraph under an unindented line", "ja", "開館初日の３日、館内で絵本を選ぶ親子連れや学生たちでにぎわう様子", false},
		{"ja indented paragraph under an indented line", "ja", "　開館初日の３日には、館内で絵本を選ぶ親子連れや学生たちが", true},
		{"zh bracket after a sentence", "zh", "老人们在新开的社区食堂里排队打饭，饭菜热气腾腾。（陈大伟 讲述）", false},
		{"zh line wider than the measure", "zh", "城东街道第一家社区食堂今年三月开业后，每天接待就餐老人约两百人次", false},
		{"zh stamp of words the reader does not know", "zh", "刊登：2026-03-02 09:15　修訂：2026-03-02 10:40", false},
		{"zh line within the measure", "zh", "老人们排队打饭，不少人", true},
		{"zh wrapped block cut by a break", "zh", "为方便老人就餐，多数食堂还开设了电话订\n餐和线上预约渠道，老人可以提前一天选好", true},
	} {
		page := zhWrapped(tc.lone)
		switch tc.script {
		case "ja":
			page = "商店街に市立図書館が開館\n\n" +
				"　市は３日、駅前商店街の空き店舗を改装した市立図書館が開館したと発表した。\n\n" +
				tc.lone + "\n\n" +
				"　図書館は約３万冊をそろえ、午後８時まで開いている。\n"
		case "ko":
			page = "하천 산책로 새단장\n\n" +
				"한빛시는 도심을 가로지르는 하천 산책로 정비 공사를 마치고 지난 5일 시민에게 개방했다고 밝혔다.\n\n" +
				tc.lone + "\n\n" +
				"다시 문을 연 산책로는 모두 4.2㎞ 길이로 자전거 도로와 보행로가 분리됐다.\n\n" +
				"시는 야간 조명도 새로 설치해 밤에도 안전하게 걸을 수 있도록 했다.\n"
		}
		d := mustRead(t, page)
		roundTrip(t, d)
		got := strings.Join(pageLeafKinds(d), "\n")
		lone := false
		for _, l := range pageLeafKinds(d) {
			// (Stray spaces between ideographs are dropped from the text.)
			if strings.HasSuffix(strings.ReplaceAll(l, " ", ""), strings.NewReplacer("\n", "", " ", "").Replace(strings.TrimSpace(tc.lone))) {
				lone = true
			}
		}
		if lone == tc.joined {
			t.Errorf("%s: joined %v, want %v:\n%s", tc.name, !lone, tc.joined, got)
		}
	}
}

// TestEndsInDateTime: a text ending in a stamp's date and time, and
// texts ending in a figure that are not.
func TestEndsInDateTime(t *testing.T) {
	for s, want := range map[string]bool{
		"刊登：2026-03-02 09:15　修訂：2026-03-02 10:40": true,
		"2026/03/02 09:15":        true,
		"Posted 2026.03.02 09:15": true,
		"活动将于2026-03-02 09:15":    false,
		"会议定于下午 3:30":             false,
		"全年增长 12":                 false,
	} {
		if got := endsInDateTime(s); got != want {
			t.Errorf("endsInDateTime(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestClosedByTail: the shapes of a text closed by a credit after its
// sentence, and of texts a break may have cut.
func TestClosedByTail(t *testing.T) {
	for _, s := range []string{
		"공사 현장. 한빛일보",
		"공사 현장. AP 한빛통신",
		"排队打饭。（王建国／拍摄）",
		"夜の商店街を歩く人たち。（読者提供）",
		"Crowds fill the square. Staff photo",
	} {
		if !closedByTail(s) {
			t.Errorf("%s: not closed by a tail", s)
		}
	}
	for _, s := range []string{
		"공사 현장을 둘러보는 시민들",
		"공사 현장. 시는 이번 달부터 산책로 주변에",
		"공사 현장. 시민들은, 이번",
		"菜单如下： 红烧",
		"街道为老人（六十岁以上）",
		"排队打饭。王建国",
		"一、 二",
	} {
		if closedByTail(s) {
			t.Errorf("%s: read as closed by a tail", s)
		}
	}
}

// TestSpaceWithin: closedByTail's gate finds a space only among the last
// runes, where a credit's words would stand.
func TestSpaceWithin(t *testing.T) {
	for _, tt := range []struct {
		s    string
		n    int
		want bool
	}{
		{"…공사 현장. 연합뉴스", 13, true},
		{"这是一段很长的正文，没有任何空格，直到结尾也没有。", 13, false},
		{"正文 之后是一段很长的文字，超过了十三个字符。", 13, false},
		{"AP 연합뉴스", 13, true},
		{"", 13, false},
	} {
		if got := spaceWithin(tt.s, tt.n); got != tt.want {
			t.Errorf("spaceWithin(%q, %d) = %v, want %v", tt.s, tt.n, got, tt.want)
		}
	}
}
