package newstext

import (
	"strings"
	"testing"
)

// TestReview28cWideHeaderOver: a standings header of more than six
// fields runs past a head's 24 runes (进球　失球　净胜球, 得点　失点), and
// mayContinue keeps it apart from the row of as many fields under it
// (wideHeaderOver); a header of another count, six fields or fewer (the
// narrower rules' own), a sentence or a phrase spaced into words are
// none (review 28c: zh-yingchao-jifen, ja-central-standings).
func TestReview28cWideHeaderOver(t *testing.T) {
	const zhHead = "排名　球队　场次　胜　平　负　进球　失球　净胜球　积分"
	const zhRow = "1　利物浦　15　12　2　1　35　12　+23　38"
	const jaHead = "順位　チーム　試合　勝　負　分　勝率　差　得点　失点"
	const jaRow = "１　阪神　１４３　８５　５４　４　.６１２　－　５８０　４２０"
	for _, c := range []struct {
		p, c string
		want bool
	}{
		{zhHead, zhRow, true},
		{jaHead, jaRow, true},
		{"排名 球队 场次 胜 平 负 进球 失球 净胜球 积分", "1 利物浦 15 12 2 1 35 12 +23 38", true},
		{"排名　球队　场次　胜　平　负　进球　失球　净胜球　积分　备注　近况", "1　利物浦　15　12　2　1　35　12　+23　38　5　4", true},
		// Look-alikes.
		{zhHead, "1　利物浦　15　12　2　1　35　12　38", false},   // (nine fields under ten)
		{"名次　球队　场次　胜　平　负", "1　乌兹别克斯坦　5　4　1　0", false}, // (six: the narrower rules')
		{"本赛季英超前四名的积分情况如下", zhRow, false},
		{"今天 我们 去 公园，玩 了 一 整 天 啊", zhRow, false},
		{zhHead, "利物浦本赛季15轮取得12胜2平1负，积38分", false},
		{zhHead, "", false},
	} {
		if got := wideHeaderOver(c.p, c.c); got != c.want {
			t.Errorf("wideHeaderOver(%q, %q) = %v, want %v", c.p, c.c, got, c.want)
		}
	}
	rows := []string{zhRow, "2　阿森纳　15　10　4　1　30　11　+19　34", "3　曼城　15　10　2　3　33　17　+16　32"}
	jaRows := []string{jaRow, "２　巨人　１４３　８０　６０　３　.５７１　６　５５０　４５０"}
	asc := func(ss []string) []string {
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = strings.ReplaceAll(s, "　", " ")
		}
		return out
	}
	for _, tab := range [][]string{
		append([]string{zhHead}, rows...),
		append([]string{jaHead}, jaRows...),
		asc(append([]string{zhHead}, rows...)),
		// (A nine-field header within a head's 24 runes: as before.)
		{"排名　球队　场次　胜　平　负　进球　失球　积分", "1　利物浦　15　12　2　1　35　12　38", "2　阿森纳　15　10　4　1　30　11　34"},
	} {
		d := mustRead(t, "英超积分榜（前四名）\n"+strings.Join(tab, "\n")+"\n")
		for _, s := range tab {
			if n := nodeWithText(d, s); n == nil || n.Kind != "paragraph" || !n.Row {
				t.Errorf("%q: not a table's row of its own\n%s", s, strings.Join(treeOf(d), "\n"))
			}
		}
		roundTrip(t, d)
	}
	// A paragraph broken by a column is still joined.
	d := mustRead(t, "利物浦领跑英超积分榜\n\n本报讯　利物浦本赛季前15轮取得12胜2平1负，进35球失12球，\n\n积38分，领跑积分榜。阿森纳落后4分。\n")
	if n := nodeWithText(d, "利物浦本赛季前15轮取得12胜2平1负，进35球失12球，积38分，领跑积分榜。阿森纳落后4分。"); n == nil {
		t.Errorf("a broken paragraph not joined\n%s", strings.Join(treeOf(d), "\n"))
	}
}

// TestReview28cCopyCallOverRules: a contributions box whose call stands
// between a 副刊 essay's last paragraph and its rules stands apart from
// the essay: the rules follow the call, and are box noise
// (callOverRules). Rules right under a paragraph, and a story's or
// notice's address and rules under text that speaks of the call for
// entries (征文, 征集稿件), stay its text (review 28c: zh-fukan-copybox).
func TestReview28cCopyCallOverRules(t *testing.T) {
	const essay = "副刊\n\n冬至的饺子\n\n李晓明\n\n　　小时候，每到冬至，母亲总要包一大盆饺子。面是前一天晚上和好的，馅是白菜猪肉，剁得细细的。\n\n" +
		"　　如今母亲年过八十，手已经不大灵便，可每年冬至，她还是要亲手包几个，说这样才算过了节。\n\n"
	const call = "投稿邮箱：fukan@jzrb.com.cn"
	const rules = "来稿请附真实姓名及联系电话，字数以1200字为限，本报有权删改。"
	const news = "市作协启动“我与江州”主题征文活动\n\n本报讯（记者 李　强）12月6日，市作家协会启动“我与江州”主题征文活动，面向全市读者征集散文、诗歌作品。\n\n" +
		"本次征文即日起至2027年3月31日截稿，评出一等奖3名、二等奖10名，获奖作品将在本报副刊刊发。\n\n"
	const newsRules = "投稿作品须为原创，散文字数不超过3000字，诗歌不超过60行，请注明作者真实姓名和联系电话。"
	const notice = "征稿启事\n\n为庆祝江州建市四十周年，本报副刊即日起开设“城市记忆”专栏，面向广大读者征集稿件。\n\n投稿邮箱：jiyi@jzrb.example.cn\n\n"
	const noticeRules = "来稿须为原创，体裁不限，字数以1500字为宜，请附作者真实姓名、通讯地址及联系电话。"
	for _, tt := range []struct {
		page  string
		noise []string
		text  []string
	}{
		{essay + call + "\n" + rules + "\n", []string{call, rules}, nil},
		{essay + call + "\n\n" + rules + "\n", []string{call, rules}, nil},
		{"　　如今母亲年过八十，每年冬至还是要亲手包几个。\n\n" + call + "\n\n" + rules + "\n\n来稿一经刊用，即付稿酬。\n", []string{rules, "来稿一经刊用，即付稿酬。"}, nil},
		// Look-alikes: the rules right under a paragraph; a story's or a
		// notice's address and rules under its text on the call.
		{essay + rules + "\n\n" + call + "\n", []string{call}, []string{rules}},
		{news + call + "\n\n" + newsRules + "\n", nil, []string{newsRules}},
		{notice + noticeRules + "\n\n江州日报社\n2026年12月7日\n", nil, []string{noticeRules}},
	} {
		d := mustRead(t, tt.page)
		wantNoiseAndText(t, d, tt.noise, tt.text)
		roundTrip(t, d)
	}
}

// TestReview28cFacebookEmbedOverStory: Facebook's Posted by NAME on
// Thursday, December 3, 2026 right under a headline whose text opens with
// a dateline or a byline is the embedded post's fallback, noise, not the
// story's author (fbEmbedOverStory). A blog's Posted by with no weekday,
// over a dateline too, and Facebook's form over plain text stay the
// byline under the headline (review 28c: my-fb-embed-top).
func TestReview28cFacebookEmbedOverStory(t *testing.T) {
	const head = "槟城渡轮明年恢复24小时服务\n\n"
	const fb = "Posted by Penang State Government on Thursday, December 3, 2026"
	const blog = "Posted by 陈伟明 on December 3, 2026"
	const dated = "（乔治市3日讯）槟州政府宣布，槟城渡轮将从明年1月1日起恢复24小时服务，方便夜班员工往返两岸。\n\n州交通事务委员表示，渡轮夜间班次每小时一班，票价维持不变。\n"
	const plain = "槟州政府宣布，槟城渡轮将从明年1月1日起恢复24小时服务，方便夜班员工往返两岸。\n\n州交通事务委员表示，渡轮夜间班次每小时一班，票价维持不变。\n"
	for _, tt := range []struct {
		page, line, want string
	}{
		{head + fb + "\n\n" + dated, fb, "noise "},
		{"# 槟城渡轮明年恢复24小时服务\n\n" + fb + "\n\n" + dated, fb, "noise "},
		{head + fb + "\n\n本报记者　陈伟明\n\n" + plain, fb, "noise "},
		{head + "Posted by 周柏翰 on Friday, December 4, 2026\n\n" + dated, "Posted by 周柏翰 on Friday, December 4, 2026", "noise "},
		// Look-alikes: a blog's date with no weekday, or text with no
		// dateline or byline under Facebook's form.
		{head + blog + "\n\n" + dated, blog, "byline 陈伟明"},
		{head + fb + "\n\n" + plain, fb, "byline Penang State Government"},
	} {
		d := mustRead(t, tt.page)
		n := nodeWithText(d, tt.line)
		if n == nil || string(n.Kind)+" "+strings.Join(n.Names, ",") != tt.want {
			t.Errorf("%s: want %s\n%s", tt.line, tt.want, strings.Join(treeOf(d), "\n"))
		}
		roundTrip(t, d)
	}
}
