package newstext

import "testing"

// TestLawBoxAfterClosingNote: a box's label in lenticular brackets alone
// over a law's articles (the code's name alone in 《》, or 第…条 and a
// space or a colon, the code's name before it or not) right under the note closing a case story, the pseudonym note
// （文中当事人均为化名） or a note on the authors, is the box's headline,
// an article of its own; under a paragraph, over plain text, over a
// sentence citing an article, or run in, it stays a head.
func TestLawBoxAfterClosingNote(t *testing.T) {
	const head = "空调外机坠落砸伤路人\n法院判决业主担责\n\n通讯员　韩　雪　记者　罗　明\n\n【案情回顾】\n\n" +
		"　　2026年7月的一个傍晚，市民赵某途经某小区楼下时，被一台从五楼坠落的空调外机砸中肩部。\n\n" +
		"【法官说法】\n\n　　承办法官介绍，建筑物上的搁置物、悬挂物致人损害，适用过错推定原则。\n\n"
	const note = "（文中当事人均为化名）\n\n"
	const code = "　　《中华人民共和国民法典》\n\n"
	const art = "　　第一千一百六十五条　行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。\n\n"
	for _, tt := range []struct {
		name, page, want string
	}{
		{"code's name under the pseudonym note", head + note + "【法条链接】\n\n" + code + art, "headline"},
		{"flush code's name", head + note + "【法条链接】\n《中华人民共和国民法典》\n第一千一百六十五条　行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。\n", "headline"},
		{"an article first", head + note + "【相关法条】\n\n" + art, "headline"},
		{"an article in figures", head + note + "【相关法条】\n\n　　第1165条　行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。\n", "headline"},
		{"a regulation", head + note + "【法条链接】\n\n　　《物业管理条例》\n\n　　第四十六条　物业服务企业应当协助做好物业管理区域内的安全防范工作。\n", "headline"},
		{"under the authors' note", head + "（作者单位：江州市滨江区人民法院）\n\n【法条链接】\n\n" + code + art, "headline"},
		{"the code's name run into the article (review 31c)", "邻居家高空抛物砸坏车 法院判赔\n\n　本报讯（记者 周敏 通讯员 李华）小区住户王某从楼上扔下花盆，砸坏了楼下停放的轿车。车主张某诉至法院。\n　法院审理认为，王某的行为造成他人财产损害，应当承担赔偿责任，遂判决王某赔偿张某维修费8600元。\n\n【法官说法】\n　高空抛物不仅是不文明行为，更可能承担法律责任。\n\n" + note + "【法条链接】\n《中华人民共和国民法典》第一千二百五十四条：禁止从建筑物中抛掷物品。从建筑物中抛掷物品造成他人损害的，由侵权人依法承担侵权责任。\n", "headline"},
		{"numbered items under the pseudonym note", head + note + "【法官提醒】\n①定期检查空调外机支架。\n②及时消除安全隐患。\n", "headline"},
		// Look-alikes: a head.
		{"under a paragraph", head + "【法条链接】\n\n" + code + art, "heading"},
		{"over plain text", head + note + "【法条链接】\n\n　　民法典规定，行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。\n", "heading"},
		{"over a sentence citing the code's article", head + note + "【法条链接】\n\n　　《中华人民共和国民法典》第一千一百六十五条规定，行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。\n", "heading"},
		{"over a sentence citing an article", head + note + "【法条链接】\n\n　　第一千一百六十五条规定，行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。\n", "heading"},
		{"run in", head + note + "【法条链接】第一千一百六十五条　行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。\n", "heading"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := mustRead(t, tt.page)
			label := "【法条链接】"
			for _, l := range []string{"【相关法条】", "【法官提醒】"} {
				if kindOfText(d, l) != "" {
					label = l
				}
			}
			if got := kindOfText(d, label); got != tt.want {
				t.Errorf("%s read as %q, want %q\n%s", label, got, tt.want, outline(d, true))
			}
			roundTrip(t, d)
			checkNothingLost(t, []byte(tt.page), d)
		})
	}
}

// TestLawBoxStart: the first line of a law's box, the code's name alone
// in 《》 or an article's number before a space, and the lines that only
// look like one.
func TestLawBoxStart(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"《中华人民共和国民法典》", true},
		{"《中华人民共和国刑法》", true},
		{"《物业管理条例》", true},
		{"《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》", true},
		{"第一千一百六十五条　行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。", true},
		{"第1165条 行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。", true},
		{"第二百六十四条　盗窃公私财物，数额较大的…", true},
		// Review 31c: the code's name run into the article, a colon.
		{"《中华人民共和国民法典》第一千二百五十四条：禁止从建筑物中抛掷物品。", true},
		{"《中华人民共和国民法典》第一千二百五十四条规定：禁止从建筑物中抛掷物品。", true},
		{"第一千二百五十四条：禁止从建筑物中抛掷物品。", true},
		// Look-alikes.
		{"《青石镇百年》", false},
		{"《青石镇百年》第三条：…", false},
		{"《中华人民共和国民法典》第一千二百五十四条：", false},
		{"《中华人民共和国民法典》施行以来，…", false},
		{"第三场：广州队对上海队", false},
		{"《中华人民共和国民法典》第一千一百六十五条规定，…", false},
		{"第一千一百六十五条规定，行为人因过错…", false},
		{"第一千一百六十五条", false},
		{"第八場　一級賽　1400米草地", false},
		{"第三条 ", false},
	} {
		if got := lawBoxStart(tt.s); got != tt.want {
			t.Errorf("lawBoxStart(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
