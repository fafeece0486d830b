package newstext

import "testing"

// TestRoundupColumn: a standing column of news in brief's name right
// under the rows that close a story, over items each a sentence after
// the same bullet, is the column's headline, an article of its own;
// under a paragraph, a name of no such column, over plain paragraphs,
// over one item, or bulleted with a head's marker, it stays a head.
func TestRoundupColumn(t *testing.T) {
	const story = "跑馬地夜賽冷門馬迭出\n火鳳凰七十倍爆冷\n\n【本報訊】跑馬地馬場昨晚舉行九場夜賽，第七場三班賽由冷門馬「火鳳凰」以一個頸位險勝。\n\n第七場賽果\n\n" +
		"頭馬　6　火鳳凰　梁嘉俊\n二馬　2　白雪王子　潘明哲\n三馬　9　長勝將軍　伍浩然\n\n獨贏　287.50元\n位置　62.00元　21.50元　18.00元\n連贏　1,082.00元\n\n"
	const para = "跑馬地夜賽冷門馬迭出\n火鳳凰七十倍爆冷\n\n【本報訊】跑馬地馬場昨晚舉行九場夜賽，第七場三班賽由冷門馬「火鳳凰」以一個頸位險勝。\n\n練馬師賽後表示，「火鳳凰」近期狀態回勇，今仗只是發揮應有水準。\n\n"
	const items = "◆潘明哲本周四將赴日本參加國際騎師錦標賽，其跑馬地坐騎改由伍浩然接手。\n\n◆練馬師蔡家樂旗下「白雪王子」昨賽後被發現右前腳輕微跛行，需休養最少兩周。\n\n本版編輯：梁少芬\n"
	for _, tt := range []struct {
		name, page, label, want string
	}{
		{"under the dividends", story + "騎練動態\n\n" + items, "騎練動態", "headline"},
		{"simplified", story + "体坛动态\n\n◆中国队今日启程前往多哈参加亚洲杯预选赛。\n\n◆国家体育总局公布明年全运会赛程安排。\n", "体坛动态", "headline"},
		{"a box of briefs' label", story + "新聞速遞\n\n● 馬會宣布下周三跑馬地夜賽改於沙田舉行。\n\n● 今季騎師榜由潘明哲以四十二場頭馬領先。\n", "新聞速遞", "headline"},
		// Look-alikes: a head.
		{"under a paragraph", para + "騎練動態\n\n" + items, "騎練動態", "heading"},
		{"no column's name", story + "賽後花絮\n\n" + items, "賽後花絮", "heading"},
		{"over plain paragraphs", story + "騎練動態\n\n潘明哲本周四將赴日本參加國際騎師錦標賽，其跑馬地坐騎改由伍浩然接手。\n\n練馬師蔡家樂旗下「白雪王子」昨賽後被發現右前腳輕微跛行。\n", "騎練動態", "heading"},
		{"one item", story + "騎練動態\n\n◆潘明哲本周四將赴日本參加國際騎師錦標賽，其跑馬地坐騎改由伍浩然接手。\n", "騎練動態", "heading"},
		{"a marked head", story + "■騎練動態\n\n" + items, "■騎練動態", "heading"},
		// The story's own table, led in by its text (…如下：): its section.
		{"a table the story leads into", "本市二手房价格连续三个月回落\n\n　本报讯（记者 王晓峰）市住建局昨日发布的数据显示，10月全市二手住宅成交均价环比下降0.8%，已连续三个月回落。\n　各区10月成交均价如下：\n\n" +
			"城区　均价（元/平方米）　环比\n东城区　52300　-0.6%\n西城区　48700　-1.1%\n南湖区　31200　-0.4%\n\n市场动态\n◆多家中介门店表示，10月下旬以来看房人数有所回升。\n◆部分开发商推出限时优惠，带动新房成交量小幅上升。\n◆业内人士预计，年底前房价仍将以稳为主。\n", "市场动态", "heading"},
		{"a table the story leads into, 最新动态", "台风\"海鸥\"致全省三万人转移\n\n　本报讯（记者 林晓）受今年第18号台风\"海鸥\"影响，截至昨日18时，全省共转移群众3.2万人。\n　各市转移人数如下：\n\n" +
			"城市　转移人数　安置点\n海州市　12800　46\n云港市　9600　31\n青湾市　9800　28\n\n最新动态\n◆省防指昨晚将防台风应急响应提升至Ⅱ级。\n◆沿海各港口客运航线已全部停航。\n◆气象部门预计，台风将于今天下午在南部沿海登陆。\n", "最新动态", "heading"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := mustRead(t, tt.page)
			if got := kindOfText(d, tt.label); got != tt.want {
				t.Errorf("%s read as %q, want %q\n%s", tt.label, got, tt.want, outline(d, true))
			}
			roundTrip(t, d)
			checkNothingLost(t, []byte(tt.page), d)
		})
	}
}
