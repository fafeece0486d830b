package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// formRowsStory is a hard-wrapped story of 20 characters a line that an
// information box follows (blind page cn-wanbao-wenhua).
const formRowsStory = "修缮三年的老戏院重新开门\n首演剧目门票两小时售罄\n\n" +
	"　　本报讯（记者　方晓雯）记者5日从市文\n化广电旅游局获悉，始建于1931年的明德\n大戏院经过三年修缮，将于12月12日重新\n对外开放，首演剧目的门票开售两小时即告\n售罄。\n\n" +
	"　　据介绍，此次修缮保留了戏院原有的木结\n构穹顶和二层包厢，同时更换了座椅、音响和\n消防设施，座位由原来的900个调整为680\n个。\n\n"

// TestInfoBoxRows: an information box's rows one under another in one
// block, a field's label (时间 地点 票价 主办 咨询电话 报名方式 …), a colon
// and a value in words or figures, are a paragraph each, never one
// paragraph hard-wrapped, with or without a head above, indented or not,
// in Simplified or Traditional Chinese. A wrapped paragraph whose lines
// hold a colon, or open with a label but run on after a comma or into a
// line with none, still joins.
func TestInfoBoxRows(t *testing.T) {
	for _, tt := range []struct {
		name, box string
		rows      []string
	}{
		{"head", "演出信息\n", []string{"时间：12月12日—14日　19:30", "地点：明德大戏院（解放路118号）", "票价：80元—380元"}},
		{"no head", "", []string{"时间：12月12日—14日　19:30", "地点：明德大戏院（解放路118号）", "票价：80元—380元"}},
		{"two rows", "演出信息\n", []string{"时间：12月12日—14日19:30", "地点：明德大戏院（解放路118号）"}},
		{"indented", "演出信息\n　　", []string{"时间：12月12日—14日　19:30", "　　地点：明德大戏院（解放路118号）", "　　票价：80元—380元"}},
		{"other fields", "活动信息\n", []string{"主办：市文化广电旅游局", "地址：解放路118号", "咨询电话：0510-82345678", "报名方式：关注“江南文旅”公众号预约"}},
		{"traditional", "演出資訊\n", []string{"時間：12月12日至14日晚上7時30分", "地點：明德大戲院", "票價：80元至380元"}},
		{"ascii colon", "", []string{"时间:12月12日—14日", "地点:明德大戏院", "门票:免费"}},
	} {
		page := formRowsStory + tt.box + strings.Join(tt.rows, "\n") + "\n\n市图书馆“夜读”延长至22时\n\n　　本报讯（记者　方晓雯）从下周一起，市图\n书馆一楼自习区的开放时间将由晚上9点延长\n至10点。\n"
		d := mustRead(t, page)
		for _, r := range tt.rows {
			r = strings.TrimLeft(r, "　")
			if n := nodeWithText(d, r); n == nil || n.Kind != doc.KindParagraph {
				t.Errorf("%s: %s: got %s, want a paragraph of its own\n%s", tt.name, r, creditFields(n), outline(d, false))
			}
		}
		if n := nodeWithText(d, "市图书馆“夜读”延长至22时"); n == nil || n.Kind != doc.KindHeadline {
			t.Errorf("%s: the next story's headline lost\n%s", tt.name, outline(d, false))
		}
		roundTrip(t, d)
	}
	// Look-alikes that join as before: colons inside a wrapped
	// paragraph, a label line running on after a comma, a label line over
	// the rest of its value, speakers' lines that are no fields.
	for _, tt := range []struct{ name, lines, want string }{
		{"colons inside", "　　据介绍，活动报名时间：即日起至12月20\n日，地点：市民中心二楼，市民可登录官网报\n名参加。",
			"据介绍，活动报名时间：即日起至12月20日，地点：市民中心二楼，市民可登录官网报名参加。"},
		{"row after a comma", "　　时间：12月12日至14日每晚19时30分，\n地点：明德大戏院，票价80元起，欢迎市民\n前往观看。",
			"时间：12月12日至14日每晚19时30分，地点：明德大戏院，票价80元起，欢迎市民前往观看。"},
		{"value wrapped", "　　地址：江南市解放路118号明德大戏院东\n侧售票大厅一楼服务台。",
			"地址：江南市解放路118号明德大戏院东侧售票大厅一楼服务台。"},
	} {
		page := formRowsStory + tt.lines + "\n"
		d := mustRead(t, page)
		if n := nodeWithText(d, tt.want); n == nil || n.Kind != doc.KindParagraph {
			t.Errorf("%s: want one paragraph %s\n%s", tt.name, tt.want, outline(d, false))
		}
		roundTrip(t, d)
	}
}

// TestInfoRow: the line infoRow takes for an information box's row, and
// look-alikes it does not: a title's topic before a colon, a speaker, a
// label with no value, a line ending in a comma, a long line.
func TestInfoRow(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"时间：12月12日—14日　19:30", true},
		{"地点：明德大戏院（解放路118号）", true},
		{"票价：80元—380元", true},
		{"活动时间：周六上午", true},
		{"咨询：0510-82345678", true},
		{"嘉賓：王小明", true},
		{"报名方式：电话报名", true},
		{"查詢：衛福部網站或1966專線", true},
		{"洽詢：各縣市衛生局", true},
		{"諮詢專線：1966", true},
		{"服務專線：0800-123-456", true},
		{"咨询热线：12345", true},
		{"开奖：2026年12月5日", true},
		{"天文台：周三起轉涼", false},
		{"生活方式：慢下来", false},
		{"对外开放：从经济特区到自贸区", false},
		{"专家：明年楼市将平稳", false},
		{"记者：请问这次修缮花了多久", false},
		{"时间：", false},
		{"时间：12月12日起，", false},
		{"时间：12月12日至14日每晚七点半在明德大戏院上演越剧西园记全本欢迎市民", false},
	} {
		if got := infoRow(tt.s); got != tt.want {
			t.Errorf("infoRow(%s) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestInfoRowApart: an information row standing alone, a short label
// over a figure (中奖人数：12) or a listed label's (咨询：12345), is
// complete with its value: the sentence after a blank line under it is
// no rest of it broken by a column (review pages d5, d7).
func TestInfoRowApart(t *testing.T) {
	for _, tt := range []struct {
		p, c string
		want bool
	}{
		{"中奖人数：12", "他表示将理性购彩。", false},
		{"咨询：12345", "居民纷纷表示受益匪浅。", false},
		{"地点：市民中心", "居民纷纷表示受益匪浅。", false},
		{"据介绍，活动报名时间：即日起至12月20", "日，地点：市民中心二楼。", true},
	} {
		if got := mayContinue(tt.p, tt.c); got != tt.want {
			t.Errorf("mayContinue(%s, %s) = %v, want %v", tt.p, tt.c, got, tt.want)
		}
	}
	for _, tt := range []struct{ head, row, next string }{
		{"彩票开奖", "中奖人数：12", "他表示将理性购彩。"},
		{"社区开展义诊活动", "咨询：12345", "居民纷纷表示受益匪浅。"},
	} {
		page := tt.head + "\n\n本报讯 昨日，社区卫生服务中心开展义诊活动。\n\n" + tt.row + "\n\n" + tt.next + "\n"
		d := mustRead(t, page)
		if n := nodeWithText(d, tt.next); n == nil || n.Kind != doc.KindParagraph {
			t.Errorf("%s: got %s, want a paragraph of its own\n%s", tt.next, creditFields(n), outline(d, false))
		}
		roundTrip(t, d)
	}
}

// TestBoxFieldLabel: a label naming a box's field, listed or ending in
// a field's word (承辦窗口, 報名網站), and a source that speaks in a
// title (专家, 天文台), which names none.
func TestBoxFieldLabel(t *testing.T) {
	for s, want := range map[string]bool{
		"承辦窗口：各縣市衛生局": true, "報名網站：各區公所": true, "查詢：衛福部網站": true, "地点：市民中心": true,
		"专家：警惕冬季流感": false, "天文台：周三起轉涼": false, "衛福部：補助加碼": false,
	} {
		if got := boxFieldLabel(s); got != want {
			t.Errorf("boxFieldLabel(%s) = %v, want %v", s, got, want)
		}
	}
}

// TestFigureRowStandsAlone: a hotline's or a count's row, any short label
// over a figure or a date alone (緊急求助：999, 中奖人数：12), is complete
// with its value: on a site's page of one unit a line, and under the lead
// ending in a colon on a hard-wrapped one, it is a paragraph of its own,
// never run on into the text under it nor the lead's wrap (blind page
// hk-weigang-web-taifeng). A label over words whose value the wrap cut,
// and a speaker's line, still join the line under them.
func TestFigureRowStandsAlone(t *testing.T) {
	const web = "颱風彩雲逼近　天文台改發八號風球\n" +
		"天文台表示，颱風彩雲正以每小時18公里向西北偏西移動，逐漸趨近珠江口一帶，預料今晚8時改發八號烈風或暴風信號。\n" +
		"民政事務總署已開放26個臨時庇護中心，供有需要人士入住。市民如需協助，可致電以下熱線：\n"
	const tail = "渠務署表示，已派員清理全港高風險水浸地點的渠口，並在沙田、元朗等低窪地區預先放置沙包。\n" +
		"商場及超市方面，多間連鎖超市表示，分店會在八號風球生效後兩小時內關門。\n"
	for _, tt := range []struct {
		name, page string
		rows       []string
	}{
		{"web, two rows", web + "政府熱線：1823\n緊急求助：999\n" + tail, []string{"政府熱線：1823", "緊急求助：999"}},
		{"web, one row", web + "緊急求助：999\n" + tail, []string{"緊急求助：999"}},
		{"web, listed label", web + "查詢：18111\n" + tail, []string{"查詢：18111"}},
		{"web, a date", web + "開放日期：2026年12月7日\n" + tail, []string{"開放日期：2026年12月7日"}},
		{"short page", "民政事務總署已開放26個臨時庇護中心，供有需要人士入住。市民如需協助，可致電以下熱線：\n政府熱線：1823\n緊急求助：999\n" + tail[:strings.Index(tail, "\n")+1],
			[]string{"政府熱線：1823", "緊急求助：999"}},
		{"wrapped", formRowsStory + "　　中心开放以来，已接待市民1200人次。\n全市共设置12个点位，咨询热线如下：\n服务电话：12345\n　　市民也可登录官网查询。\n",
			[]string{"服务电话：12345"}},
	} {
		d := mustRead(t, tt.page)
		for _, r := range tt.rows {
			if n := nodeWithText(d, r); n == nil || n.Kind != doc.KindParagraph {
				t.Errorf("%s: %s: want a paragraph of its own\n%s", tt.name, r, outline(d, false))
			}
		}
		roundTrip(t, d)
	}
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"緊急求助：999", true},
		{"中奖人数：12", true},
		{"咨询：12345", true},
		{"開放日期：2026年12月7日", true},
		{"地址：北京市朝阳区建国路", false},
		{"天文台：周三起轉涼", false},
		{"时间：12月12日起，", false},
		{"据介绍，活动报名人数：12", false},
	} {
		if got := figureRow(tt.s); got != tt.want {
			t.Errorf("figureRow(%s) = %v, want %v", tt.s, got, tt.want)
		}
	}
	// Look-alikes that join as before: a label over words the wrap cut,
	// and a line ending in a colon over a speaker's words.
	for _, tt := range []struct{ name, lines, want string }{
		{"value wrapped", "　　地址：江南市解放路118号明德大戏院东\n侧售票大厅一楼服务台。",
			"地址：江南市解放路118号明德大戏院东侧售票大厅一楼服务台。"},
		{"speaker under a colon", "　　谈到下一步打算，这位老戏迷笑着说：\n“首演那天我一定第一个进场，看个够。”",
			"谈到下一步打算，这位老戏迷笑着说：“首演那天我一定第一个进场，看个够。”"},
	} {
		d := mustRead(t, formRowsStory+tt.lines+"\n")
		if n := nodeWithText(d, tt.want); n == nil || n.Kind != doc.KindParagraph {
			t.Errorf("%s: want one paragraph %s\n%s", tt.name, tt.want, outline(d, false))
		}
		roundTrip(t, d)
	}
}
