package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestReview28aCopyBoxApart: a call for contributions' rules are its box's
// furniture only where the box stands apart from an article's text (under
// its label, a closing note, a caption or the page's top); a story's or a
// notice's own paragraph on entry rules over or under its address stays
// text (review 28a: zhengwen-news, zhenggao-notice).
func TestReview28aCopyBoxApart(t *testing.T) {
	const call = "投稿邮箱：zhengwen@jzwx.example.cn"
	const rules = "投稿作品须为原创，散文字数不超过3000字，诗歌不超过60行，请注明作者真实姓名和联系电话。"
	const news = "市作协启动“我与江州”主题征文活动\n\n本报讯（记者 李　强）12月6日，市作家协会启动“我与江州”主题征文活动，面向全市读者征集散文、诗歌作品。\n\n" +
		"本次征文即日起至2027年3月31日截稿，评出一等奖3名、二等奖10名，获奖作品将在本报副刊刊发。\n\n"
	const next = "\n\n市民热线遭遇“高峰”　部门联动化解难题\n\n本报讯（记者 王　芳）今年以来，12345市民热线共受理来电18万件，同比增长12%。\n"
	const notice = "征稿启事\n\n为庆祝江州建市四十周年，本报副刊即日起开设“城市记忆”专栏，面向广大读者征集稿件。\n\n" +
		"来稿须为原创，体裁不限，字数以1500字为宜，请附作者真实姓名、通讯地址及联系电话。\n\n投稿邮箱：jiyi@jzrb.example.cn\n\n来稿一经刊用，即付稿酬。\n\n江州日报社\n2026年12月7日\n"
	for _, tt := range []struct {
		page  string
		noise []string // lines that must be noise
		text  []string // lines that must not
	}{
		// A story's paragraph on its rules over its address.
		{news + rules + "\n\n" + call + next, nil, []string{rules}},
		// A notice's own rules over and under its address.
		{notice, nil, []string{"来稿须为原创，体裁不限，字数以1500字为宜，请附作者真实姓名、通讯地址及联系电话。", "来稿一经刊用，即付稿酬。"}},
		// Apart from the text: the page's top, a closing note, a caption.
		{call + "\n\n来稿文责自负，恕不退稿。\n", []string{"来稿文责自负，恕不退稿。"}, nil},
		{news + "（作者为本报特约评论员）\n\n" + call + "\n\n" + rules + next, []string{rules}, nil},
		{news + "图为征文活动启动仪式现场。\n\n" + call + "\n\n" + rules + next, []string{rules}, nil},
		// Under its label, whatever stands above it.
		{news + "投稿须知\n\n" + rules + "\n\n" + call + next, []string{"投稿须知", rules}, nil},
	} {
		d := mustRead(t, tt.page)
		wantNoiseAndText(t, d, tt.noise, tt.text)
		roundTrip(t, d)
	}
}

// TestReview28aCartoonText: 漫画/ is no cartoon's label (漫画/动画改编…, two
// arts), a question after 漫画： is a title's, and a label and sentence
// with no artist's credit among a story's paragraphs (between two, or in
// a run of 电影：… / 图书：… paragraphs) opens one of them; with the credit,
// or apart from body text, the line is still the cartoon's caption
// (review 28a: manhua-slash, manhua-list).
func TestReview28aCartoonText(t *testing.T) {
	for _, tt := range []struct {
		s       string
		caption bool
	}{
		{"漫画：钱包也要“减肥”。", true},
		{"漫画：年底账单一张接一张　黄启文／作", true},
		// Look-alikes.
		{"漫画/动画改编已成为国产网络文学“出海”的重要途径，相关版权收入同比增长三成。", false},
		{"漫画／动画改编已成为重要途径。", false},
		{"漫画：一种被低估的艺术？", false},
		{"漫画：一种被低估的艺术?", false},
	} {
		if got := isCaption(tt.s); got != tt.caption {
			t.Errorf("isCaption(%q) = %v, want %v", tt.s, got, tt.caption)
		}
	}
	const head = "2026年度文化盘点：好作品点亮生活\n\n本报记者　陈　静\n\n回望2026年，文化市场亮点纷呈。\n\n"
	const film = "电影：全年票房突破600亿元，国产影片占比超过八成。"
	const books = "图书：实体书店客流回暖，全年新书品种同比增长6%。"
	const comics = "漫画：国产原创漫画全年上线新作2000余部，读者规模再创新高。"
	const credited = "漫画：年底账单一张接一张，钱包也要“减肥”。　黄启文／作"
	for _, tt := range []struct {
		page, line, want string
	}{
		{head + film + "\n\n" + books + "\n\n" + comics + "\n\n演出：全年营业性演出超过50万场，观众人次创历史新高。\n", comics, "paragraph"},
		{head + film + "\n\n" + books + "\n\n" + comics + "\n", comics, "paragraph"},
		{head + comics + "\n\n业内人士认为，优质内容是关键。\n", comics, "paragraph"},
		{head + "国产动画作品在海外平台上线。\n\n漫画/动画改编已成为重要途径。\n\n业内人士认为，优质内容是关键。\n", "漫画/动画改编已成为重要途径。", "paragraph"},
		// Look-alikes: the credit, or no body text on both sides.
		{head + film + "\n\n" + credited + "\n\n" + books + "\n", credited, "caption"},
		{head + "业内人士认为，优质内容是关键。\n\n" + comics + "\n", comics, "caption"},
	} {
		d := mustRead(t, tt.page)
		n := nodeWithText(d, tt.line)
		if n == nil || string(n.Kind) != tt.want {
			t.Errorf("%s: want %s\n%s", tt.line, tt.want, strings.Join(treeOf(d), "\n"))
		}
		roundTrip(t, d)
	}
}

// TestReview28aAuthorNoteMidStory: a note on the author run on to a
// paragraph is split off as the piece's byline only from its last
// paragraph; above more text it names the authors of what the paragraph
// speaks of and stays in it (review 28a: fenbie-books2).
func TestReview28aAuthorNoteMidStory(t *testing.T) {
	const head = "寒假书单：陪孩子读几本好书\n\n本报记者　林小雨\n\n"
	const para = "寒假将至，市图书馆少儿部推出寒假推荐书单，其中最受欢迎的是《草房子》和《小王子》。"
	const more = "图书馆工作人员表示，家长可以和孩子一起阅读，分享读后感。"
	for _, tt := range []struct {
		page, note string
		byline     bool
	}{
		{head + para + "（作者分别为曹文轩和圣埃克苏佩里）\n\n" + more + "\n", "（作者分别为曹文轩和圣埃克苏佩里）", false},
		{head + para + "（作者为曹文轩）\n\n" + more + "\n", "（作者为曹文轩）", false},
		// The last paragraph's note closes the piece.
		{head + more + "\n\n" + para + "（作者分别为本地大学副教授和讲师）\n", "（作者分别为本地大学副教授和讲师）", true},
		{head + more + "\n\n" + para + "（作者系某大学教授）\n", "（作者系某大学教授）", true},
	} {
		d := mustRead(t, tt.page)
		n := nodeWithText(d, tt.note)
		if got := n != nil && n.Kind == "byline"; got != tt.byline {
			t.Errorf("%s: byline %v, want %v\n%s", tt.note, got, tt.byline, strings.Join(treeOf(d), "\n"))
		}
		roundTrip(t, d)
	}
}

// TestReview28aEmbedFallback: Instagram's embed in Korean and Simplified
// Chinese (Instagram에서 이 게시물 보기 / NAME(@handle)님의 공유 게시물, 在
// Instagram 查看这篇帖子 / NAME (@handle) 分享的帖子) is web furniture as
// its other wordings are; a blog's Posted by NAME on DATE right under the
// headline is its byline, not Facebook's embed (review 28a:
// ig-korean, ig-simplified, postedby-blog).
func TestReview28aEmbedFallback(t *testing.T) {
	for _, tc := range []struct {
		line, want string
	}{
		{"Instagram에서 이 게시물 보기", noiseChrome},
		{"한지우(@jiwoo.han)님의 공유 게시물", noiseChrome},
		{"在 Instagram 查看这篇帖子", noiseChrome},
		{"在Instagram查看这篇帖子", noiseChrome},
		{"林语晴 (@yuching.lin) 分享的帖子", noiseChrome},
		{"林语晴（@yuching.lin）分享的帖子", noiseChrome},
		// Look-alikes.
		{"Instagram에서 이 게시물 보기가 가장 많았다", ""},
		{"한지우님의 공유 게시물", ""},
		{"林语晴分享的帖子", ""},
		{"林语晴 (@yuching.lin) 分享的帖子引发热议。", ""},
		{"Instagram is testing a new feed", ""},
	} {
		if got := noiseKind(tc.line); got != tc.want {
			t.Errorf("noiseKind(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
	for _, tt := range []struct {
		page, embed0, embed1, after string
	}{
		{"배우 한지우, 출산 후 첫 근황…\"다시 일할 준비 됐어요\"\n\n김서연 기자\n\n배우 한지우가 출산 후 처음으로 근황을 전했다.\n\n" +
			"한지우는 6일 자신의 인스타그램에 사진과 함께 글을 올렸다.\n\nInstagram에서 이 게시물 보기\n\n한지우(@jiwoo.han)님의 공유 게시물\n\n" +
			"사진 속 한지우는 밝은 미소를 지으며 대본을 들고 있다.\n",
			"Instagram에서 이 게시물 보기", "한지우(@jiwoo.han)님의 공유 게시물", "사진 속 한지우는 밝은 미소를 지으며 대본을 들고 있다."},
		{"林语晴产后首度复工　晒照感谢粉丝等待\n\n本报记者　许雅筑\n\n女星林语晴6日在社交平台宣布接演新剧，正式复工。\n\n" +
			"在 Instagram 查看这篇帖子\n\n林语晴 (@yuching.lin) 分享的帖子\n\n帖子发出后不到半天，就吸引上万名网友点赞。\n",
			"在 Instagram 查看这篇帖子", "林语晴 (@yuching.lin) 分享的帖子", "帖子发出后不到半天，就吸引上万名网友点赞。"},
	} {
		d := mustRead(t, tt.page)
		got := kindsOf(d)
		if len(d.Articles) != 1 || len(got) < 3 || got[len(got)-3] != "noise "+tt.embed0 || got[len(got)-2] != "noise "+tt.embed1 || got[len(got)-1] != "paragraph "+tt.after {
			t.Errorf("%s: %d articles, got %q", tt.embed0, len(d.Articles), got)
		}
		roundTrip(t, d)
	}
	// Posted by under the headline: the blog's byline, its author named;
	// among the story's paragraphs: Facebook's embed, noise.
	const posted = "Posted by 陈伟明 on December 3, 2026"
	const body = "（乔治市3日讯）槟城岛市政厅宣布，本周六及周日晚间，乔治市古迹区多条道路将封闭。\n\n市政厅呼吁公众使用公共交通前往。\n"
	for _, tt := range []struct {
		page string
		want string // the line's kind and names
	}{
		{"槟城乔治市古迹区周末封路　迎接圣诞嘉年华\n\n" + posted + "\n\n" + body, "byline 陈伟明"},
		{"# 槟城乔治市古迹区周末封路\n\n" + posted + "\n\n" + body, "byline 陈伟明"},
		{"槟城乔治市古迹区周末封路迎接圣诞嘉年华活动市政厅呼吁公众使用公共交通前往并遵守交警指示\n\n" + posted + "\n\n" + body, "byline 陈伟明"},
		// Look-alikes: the embed among the paragraphs, or under a
		// sentence at the page's top.
		{"槟城乔治市古迹区周末封路　迎接圣诞嘉年华\n\n" + body + "\n市长在脸书上写道：欢迎大家来玩\n\n" + posted + "\n\n交警将在现场指挥交通。\n", "noise "},
		{"市长在脸书上写道：欢迎大家来玩。\n\n" + posted + "\n\n交警将在现场指挥交通。\n", "noise "},
	} {
		d := mustRead(t, tt.page)
		n := nodeWithText(d, posted)
		if n == nil || string(n.Kind)+" "+strings.Join(n.Names, ",") != tt.want {
			t.Errorf("%s: want %s\n%s", posted, tt.want, strings.Join(treeOf(d), "\n"))
		}
		roundTrip(t, d)
	}
}

// wantNoiseAndText checks that each of noise is a noise node of d and each
// of text a node of d that is no noise.
func wantNoiseAndText(t *testing.T, d *doc.Document, noise, text []string) {
	t.Helper()
	tree := strings.Join(treeOf(d), "\n")
	for _, s := range noise {
		if n := nodeWithText(d, s); n == nil || n.Kind != "noise" {
			t.Errorf("%s not noise\n%s", s, tree)
		}
	}
	for _, s := range text {
		if n := nodeWithText(d, s); n == nil || n.Kind == "noise" {
			t.Errorf("%s noise or lost\n%s", s, tree)
		}
	}
}
