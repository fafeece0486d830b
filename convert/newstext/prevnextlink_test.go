package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestPrevNextLinks: a news site's links to the story before and after,
// 上一篇：… over 下一篇：… (上一条/下一条, 上一條/下一條, 上一则, 前一篇;
// bracketed or spaced from the title), are web furniture, one unit each,
// not a paragraph joined to the other (blind page cn-web-bowuguan). The
// label's words running on in text, a book's 上篇, and prose under the
// label stay text. The label spaced from its title is a link beside the
// other link or at a web page's foot only: a headline spaced into phrases
// that opens with the words (下一条 地铁线路花落谁家) stays a headline at a
// page's top and over the next story.
func TestPrevNextLinks(t *testing.T) {
	for _, tt := range []struct {
		line string
		link bool
	}{
		{"上一篇：冬季文旅惠民活动启动", true},
		{"下一篇：非遗年货节下周开幕", true},
		{"上一篇:非遗年货节下周开幕", true},
		{"上一篇 冬季文旅惠民活动启动", true},
		{"下一篇　非遗年货节下周开幕", true},
		{"上一條：冬季文旅惠民活動啟動", true},
		{"下一條：非遺年貨節下周開幕", true},
		{"上一条：城市更新，让老街区焕发新活力", true},
		{"下一则：非遗年货节下周开幕", true},
		{"上一則：非遺年貨節下周開幕", true},
		{"前一篇：冬季文旅惠民活动启动", true},
		{"後一篇：非遺年貨節下周開幕", true},
		{"【上一篇】冬季文旅惠民活动启动", true},
		{"[下一篇] 非遗年货节下周开幕", true},
		{"上一篇文章：冬季文旅惠民活动启动", true},
		{"下一篇：没有了", true},
		{"上一条", true},
		// Look-alikes.
		{"下一条地铁线路明年开通", false},
		{"上一篇文章中我们提到，房价仍在上涨。", false},
		{"下一篇章：乡村振兴新画卷", false},
		{"上篇：古代史", false},
		{"前一篇报道中，记者走访了十家农贸市场。", false},
		{"下一步：加强日常巡查", false},
		{"上一条：市民反映的问题已经解决。", false},
	} {
		if got := prevNextLink(tt.line); got != tt.link {
			t.Errorf("prevNextLink(%q) = %v, want %v", tt.line, got, tt.link)
		}
		if !tt.link {
			continue
		}
		page := "江城新闻网\n首页 > 江城 > 文化\n江城博物馆新馆试开放　首日预约名额“秒光”\n2026-12-06 18:32　来源：江城日报　作者：许静\n" +
			"江城日报讯（记者 许静）12月6日，位于滨江新区的江城博物馆新馆开始试开放。当天3000个预约名额在开放预约后不到10分钟即被约满。\n" +
			"新馆总建筑面积4.2万平方米，设有“江城千年”“运河记忆”等6个常设展厅，展出文物2600余件（套）。\n（责任编辑：张涛）\n" + tt.line + "\n下一篇：非遗年货节下周开幕\n"
		d := mustRead(t, page)
		got := kindsOf(d)
		joined := strings.Join(got, "\n")
		if len(d.Articles) != 1 || !strings.Contains(joined, "noise "+tt.line+"\nnoise 下一篇：非遗年货节下周开幕") ||
			!strings.Contains(joined, "paragraph 新馆总建筑面积4.2万平方米，设有“江城千年”“运河记忆”等6个常设展厅，展出文物2600余件（套）。\n") {
			t.Errorf("%s: got %s", tt.line, strings.Join(got, " | "))
		}
		roundTrip(t, d)
	}
	// Both links spaced from their titles, a pair.
	d := mustRead(t, "江城日报讯（记者 许静）12月6日，江城博物馆新馆开始试开放。\n上一篇 冬季文旅惠民活动启动\n下一篇 非遗年货节下周开幕\n")
	if joined := strings.Join(kindsOf(d), "\n"); !strings.Contains(joined, "noise 上一篇 冬季文旅惠民活动启动\nnoise 下一篇 非遗年货节下周开幕") {
		t.Errorf("spaced pair: got %s", joined)
	}
	roundTrip(t, d)
	// Look-alikes in context: a headline spaced into phrases, at a page's
	// top and over the next story's dateline.
	for _, page := range []string{
		"下一条 地铁线路花落谁家\n\n本报讯（记者 王明）记者从市轨道交通集团获悉，第三期建设规划已上报。\n\n业内人士认为，东部新城有望率先获批。\n",
		"城建新闻\n\n本报讯（记者 王明）地铁5号线昨日开通运营。\n\n下一条 地铁线路花落谁家\n\n本报讯（记者 李华）第三期建设规划已上报。\n",
	} {
		d := mustRead(t, page)
		if n := nodeWithText(d, "下一条 地铁线路花落谁家"); n == nil || n.Kind != doc.KindHeadline {
			t.Errorf("%q: got %s", page, strings.Join(kindsOf(d), " | "))
		}
		roundTrip(t, d)
	}
}

// TestPrevNextLinksJaKo: a Japanese or Korean site's links to the story
// before and after, 前の記事 over 次の記事：…, 이전기사 … over 다음기사 …
// (alone, after a colon, spaced from the title, with an arrow), are web
// furniture like 上一篇：…; a sentence opening with the words, 前の記事で
// 紹介した…, 다음 기사에서 다룬다., stays text.
func TestPrevNextLinksJaKo(t *testing.T) {
	for _, tt := range []struct {
		line, other string
		link        bool
	}{
		{"前の記事", "次の記事：松本市で春の交通安全運動始まる", true},
		{"前の記事へ", "次の記事へ", true},
		{"前の記事：松本城で花見の準備進む", "次の記事", true},
		{"« 前の記事", "次の記事 »", true},
		{"＜前の記事", "次の記事＞", true},
		{"前のニュース：長野で春の叙勲", "次のニュース：諏訪湖で御神渡り", true},
		{"前の投稿", "次の投稿", true},
		{"이전기사", "다음기사", true},
		{"이전기사 충주 사과 축제 다음달 개막", "다음기사 제천 청풍호 벚꽃길 차량 통제", true},
		{"이전 기사 충주 사과 축제 다음달 개막", "다음 기사 제천 청풍호 벚꽃길 차량 통제", true},
		{"◀ 이전기사", "다음기사 ▶", true},
		{"이전글", "다음글", true},
		// Look-alikes.
		{"前の記事で紹介した松本城の桜も、８日ごろに見頃を迎えそうだ。", "", false},
		{"次の記事を書くため、記者は現地へ向かった。", "", false},
		{"前の記事の訂正：１日付の記事で日付に誤りがありました。", "", false},
		{"次の通り発表した。", "", false},
		{"다음 기사에서 자세히 다룬다.", "", false},
		{"다음달 축제가 열린다", "", false},
		{"이전 기사 내용을 일부 바로잡았다.", "", false},
		{"이전보다 방문객이 늘었다.", "", false},
		{"< 사진 >", "", false},
	} {
		if got := prevNextLink(tt.line); got != tt.link {
			t.Errorf("prevNextLink(%q) = %v, want %v", tt.line, got, tt.link)
		}
		if !tt.link {
			continue
		}
		var page, body string
		if r, _ := firstRune(strings.TrimLeft(tt.line, "◀ ")); r == '이' {
			body = "시는 주말 동안 10만명이 넘는 방문객이 찾을 것으로 예상했다."
			page = "청주 무심천 벚꽃 축제 개막…주말 인파 몰릴 듯\n\n송고시간 2026-04-03 10:15\n\n(청주=연합뉴스) 김민수 기자 = 충북 청주시 무심천 일대에서 3일 벚꽃 축제가 개막했다.\n\n" +
				body + "\n\n" + tt.line + "\n" + tt.other + "\n\n공유하기 페이스북 카카오스토리\n"
		} else {
			body = "見頃は８日ごろになる見込みで、市は夜間のライトアップを予定している。"
			page = "上田城跡公園で桜の開花宣言　平年より５日早く\n\n2026年4月2日 10:15\n\n　上田市の上田城跡公園で２日、ソメイヨシノの開花が確認された。市観光課によると平年より５日早い。\n\n　" +
				body + "\n\n" + tt.line + "\n" + tt.other + "\n\nこの記事をシェア　X　Facebook　LINE\n"
		}
		d := mustRead(t, page)
		joined := strings.Join(kindsOf(d), "\n")
		if len(d.Articles) != 1 || !strings.Contains(joined, "noise "+tt.line+"\nnoise "+tt.other+"\n") || !strings.Contains(joined, "paragraph "+body+"\n") {
			t.Errorf("%s: got %s", tt.line, strings.ReplaceAll(joined, "\n", " | "))
		}
		roundTrip(t, d)
	}
	// In context: a paragraph opening with the words stays a paragraph.
	d := mustRead(t, "上田城跡公園で桜の開花宣言\n\n　上田市の上田城跡公園で２日、ソメイヨシノの開花が確認された。\n\n　前の記事で紹介した松本城の桜も、８日ごろに見頃を迎えそうだ。\n")
	if n := nodeWithText(d, "前の記事で紹介した松本城の桜も、８日ごろに見頃を迎えそうだ。"); n == nil || n.Kind != doc.KindParagraph {
		t.Errorf("mention: got %s", strings.Join(kindsOf(d), " | "))
	}
	roundTrip(t, d)
}
