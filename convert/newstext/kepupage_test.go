package newstext

import "testing"

// Blind round 71, cn-jiankang-kepu: a 健康报-like 科普 page, its doctors'
// signed piece, the box beside it, a readers' Q&A corner and the page's
// picture credit.

// kepuHead is the piece's title group and its authors' names under it;
// kepuLead its first section, under a head, and a photo of one of its
// authors between that section and the next.
const (
	kepuHead = "专家提醒\n冬天手脚总冰凉，别只怪天冷\n——这几类疾病也会“偷走”体温\n\n陈立新　赵　敏\n\n" +
		"入冬以来，不少人出门戴手套、睡觉穿袜子，手脚还是冰凉。在内分泌科门诊，每周都有患者因为“怕冷”前来就诊。\n\n"
	kepuHeadA = "警惕甲减悄悄找上门\n\n"
	kepuLead  = "甲状腺激素分泌不足时，人体代谢变慢、产热减少，患者常感到怕冷、嗜睡。抽血查甲状腺功能即可明确诊断。\n\n"
	kepuPhoto = "图为陈立新（左）在门诊为患者做甲状腺超声检查。　江州市第一人民医院供图\n\n"
	kepuHeadB = "贫血和血管病变也要排查\n\n"
	kepuBody  = "缺铁性贫血会使血液携氧能力下降，手脚末端最先“缺暖”。走一段路小腿就酸痛、休息后缓解，应尽早就医。\n\n"
	// kepuCommaHead is a head of the piece in two phrases; kepuNextHead
	// the next piece's headline, longer, over kepuNextBody, its text and
	// its one author's note (review 29a).
	kepuCommaHead = "手脚冰凉不缓解，可能是贫血\n\n"
	kepuNextHead  = "老人冬季进补，先分清体质再下手\n\n"
	kepuNextBody  = "冬季是进补的好时节，但进补要因人而异。脾胃虚弱的老人不宜大量食用滋腻之品，可先以山药、莲子等健脾。\n\n（作者系江州市中医院主任中医师）\n"
)

// TestCaptionInSignedPiece: a title line after a caption inside a piece
// with no dateline is another head of the piece when a head of the piece
// stands above the caption and the text under the line runs to the note
// on the authors closing the piece (captionInSignedStory); the authors'
// names under the titles are then its byline, though the caption names
// one of them. With no head above, no note closing the text, a
// reporter's credit instead of the note, or a dateline under the line,
// the line still starts an article.
func TestCaptionInSignedPiece(t *testing.T) {
	for _, tt := range []struct {
		name, page  string
		line        string // the title line after the caption
		want, names string // its kind, the names line's reading
	}{
		{"作者分别系", kepuHead + kepuHeadA + kepuLead + kepuPhoto + kepuHeadB + kepuBody + "（作者分别系江州市第一人民医院内分泌科主任医师、主治医师）\n",
			kepuHeadB, "heading", "byline 陈立新,赵敏"},
		{"作者单位", kepuHead + kepuHeadA + kepuLead + kepuPhoto + kepuHeadB + kepuBody + "（作者单位：江州市第一人民医院）\n",
			kepuHeadB, "heading", "byline 陈立新,赵敏"},
		{"a box after the note", kepuHead + kepuHeadA + kepuLead + kepuPhoto + kepuHeadB + kepuBody + "（作者单位：江州市第一人民医院）\n\n【健康提醒】\n①注意保暖。\n②适当运动。\n",
			kepuHeadB, "heading", "byline 陈立新,赵敏"},
		{"two paragraphs under the line", kepuHead + kepuHeadA + kepuLead + kepuPhoto + kepuHeadB + kepuBody + kepuLead + "（作者单位：江州市第一人民医院）\n",
			kepuHeadB, "heading", "byline 陈立新,赵敏"},
		{"a head of two phrases", kepuHead + kepuHeadA + kepuLead + kepuPhoto + kepuCommaHead + kepuBody + "（作者分别系江州市第一人民医院内分泌科主任医师、主治医师）\n",
			kepuCommaHead, "heading", "byline 陈立新,赵敏"},
		// Look-alikes: the line starts an article, as before.
		{"no head above the caption", kepuHead + kepuLead + kepuPhoto + kepuHeadB + kepuBody + "（作者单位：江州市第一人民医院）\n",
			kepuHeadB, "headline", "paragraph"},
		{"no note closing the text", kepuHead + kepuHeadA + kepuLead + kepuPhoto + kepuHeadB + kepuBody,
			kepuHeadB, "headline", "paragraph"},
		{"a reporter's credit closing it", kepuHead + kepuHeadA + kepuLead + kepuPhoto + kepuHeadB + kepuBody + "（记者　王　磊）\n",
			kepuHeadB, "headline", "paragraph"},
		// The next piece's headline of a headline's length with a comma
		// (review 29a): a headline, not glued to the text under it.
		{"the next piece's long headline", kepuHead + kepuHeadA + kepuLead + kepuPhoto + kepuNextHead + kepuNextBody,
			kepuNextHead, "headline", "paragraph"},
		{"the next piece's long headline under its kicker", kepuHead + kepuHeadA + kepuLead + kepuPhoto + "中医说养生\n" + kepuNextHead + kepuNextBody,
			kepuNextHead, "headline", "paragraph"},
		{"the next piece's kicker", kepuHead + kepuHeadA + kepuLead + kepuPhoto + "中医说养生\n" + kepuNextHead + kepuNextBody,
			"中医说养生\n\n", "kicker", "paragraph"},
		{"a dateline under the line", kepuHead + kepuHeadA + kepuLead + kepuPhoto + kepuHeadB + "本报讯　" + kepuBody + "（作者单位：江州市第一人民医院）\n",
			kepuHeadB, "headline", "paragraph"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := mustRead(t, tt.page)
			line := 0
			for i, n := 0, 1; i < len(tt.page); i++ {
				if tt.page[i] == '\n' {
					n++
				} else if (i == 0 || tt.page[i-1] == '\n') && len(tt.page[i:]) >= len(tt.line)-2 && tt.page[i:i+len(tt.line)-2] == tt.line[:len(tt.line)-2] {
					line = n
				}
			}
			if got := nodeAt(d, line); got != tt.want {
				t.Errorf("line %d %q read as %q, want %q\n%s", line, tt.line, got, tt.want, outline(d, true))
			}
			if got := nodeAt(d, 5); got != tt.names {
				t.Errorf("names line read as %q, want %q\n%s", got, tt.names, outline(d, true))
			}
			roundTrip(t, d)
			checkNothingLost(t, []byte(tt.page), d)
		})
	}
}

// TestReadersColumnWord: 读者 run on to a word that opens with no
// surname (问诊, 点题, 咨询) is a readers' column's rubric, the kicker over
// its title, not the role and a reader's name; a name run on to the role
// or set apart from it stays the reader's.
func TestReadersColumnWord(t *testing.T) {
	for _, tt := range []struct {
		line          string
		rubric, named bool // a rubric; a credit naming a reader
	}{
		{"读者问诊", true, false}, {"读者点题", true, false}, {"读者咨询", true, false}, {"读者问答", true, false}, {"讀者諮詢", true, false}, {"读者来电", true, false},
		// A reader's name, run on or set apart; longer words.
		{"读者王磊", false, true}, {"读者来勇", false, true}, {"读者欧阳", false, true}, {"读者　周桂兰", false, true},
		{"读者问诊室开放", false, false}, {"问诊", false, false},
		// Readers' run-on signatures, 老X, 小X, and surnames no list
		// holds (review 29a): names, no column's word.
		{"读者老张", false, true}, {"读者小林", false, true}, {"读者阿强", false, true}, {"读者洪涛", false, true}, {"讀者蔣明", false, true}, {"讀者龍飛", false, true},
	} {
		if got := readersRubric(tt.line); got != tt.rubric {
			t.Errorf("readersRubric(%s) = %v, want %v", tt.line, got, tt.rubric)
		}
		if _, ok := parseCredit(tt.line, true); ok != tt.named {
			t.Errorf("parseCredit(%s) ok = %v, want %v", tt.line, ok, tt.named)
		}
	}
	const qa = "\n糖尿病患者脚发凉，先查查血管\n\n问：我今年62岁，患糖尿病10年，最近脚趾发凉，是天冷的原因吗？\n\n答：这种情况要警惕糖尿病下肢血管病变，建议尽早到医院检查。\n"
	for _, tt := range []struct{ line, want string }{
		{"读者问诊", "kicker"},
		{"读者点题", "kicker"},
		{"读者来信", "kicker"},
	} {
		p := kepuHead + kepuBody + "（作者单位：江州市第一人民医院）\n\n" + tt.line + qa
		d := mustRead(t, p)
		if got := kindOfText(d, tt.line); got != tt.want {
			t.Errorf("%s: %s, want %s\n%s", tt.line, got, tt.want, outline(d, true))
		}
		roundTrip(t, d)
		checkNothingLost(t, []byte(p), d)
	}
	// A letter signed under its text with the role run on to the name
	// (review 29a's reader-laozhang, reader-hong, reader-tw): the
	// letter's byline, not the next letter's kicker.
	for _, tt := range []struct{ page, sig string }{
		{"读者来信\n\n楼道杂物该清一清了\n\n　　我们小区不少楼道里堆满了旧家具和纸箱，一旦起火后果不堪设想。希望物业和社区尽快组织清理。\n读者老张\n\n菜市场门口的积水\n\n　　城东菜市场门口下雨就积水，买菜的老人只能踮着脚走。希望有关部门疏通下水道。\n读者小林\n", "读者老张"},
		{"读者来信\n\n楼道杂物该清一清了\n\n　　我们小区不少楼道里堆满了旧家具和纸箱，一旦起火后果不堪设想。希望物业和社区尽快组织清理。\n读者老张\n\n菜市场门口的积水\n\n　　城东菜市场门口下雨就积水，买菜的老人只能踮着脚走。希望有关部门疏通下水道。\n读者小林\n", "读者小林"},
		{"读者来信\n\n小区门口的路灯该修了\n\n　　我家住在江州市南湖区幸福里小区，小区门口的三盏路灯已经坏了一个多月。每到晚上，老人和孩子出门都得摸黑走路，很不安全。希望有关部门尽快派人修好。\n读者洪涛\n\n公交站台能否加个顶棚\n\n　　河西大道上的江州二中公交站没有顶棚，下雨天等车的学生只能淋雨。建议有关部门加装顶棚。\n读者王磊\n", "读者洪涛"},
		{"讀者投書\n\n機車停車格不足　民眾苦\n\n　　住在新北市板橋區的我，每天騎機車上班，捷運站旁的停車格總是一位難求，只好停在巷口，還常被開單。希望市府正視這個問題。\n讀者蔣明\n", "讀者蔣明"},
	} {
		d := mustRead(t, tt.page)
		if got := kindOfText(d, tt.sig); got != "byline" {
			t.Errorf("%s: %s, want byline\n%s", tt.sig, got, outline(d, true))
		}
		roundTrip(t, d)
		checkNothingLost(t, []byte(tt.page), d)
	}
}

// TestSidebarBoxAfterAuthorNote: a box's label in lenticular brackets
// alone over numbered items right under the note on the authors closing
// the piece above is the box's headline, an article of its own; under a
// paragraph, under a reporter's credit, over plain text or run in before
// its item's text, the label stays a head.
func TestSidebarBoxAfterAuthorNote(t *testing.T) {
	const note = "（作者分别系江州市第一人民医院内分泌科主任医师、主治医师）\n\n"
	const items = "①注意保暖。手、脚、颈部和腹部要重点防护。\n②适当运动。快走、八段锦等运动可促进血液循环。\n"
	for _, tt := range []struct {
		name, page, want string
	}{
		{"after the authors' note", kepuHead + kepuBody + note + "【健康提醒】\n" + items, "headline"},
		{"after a unit note", kepuHead + kepuBody + "（作者单位：江州市第一人民医院）\n\n【健康提醒】\n" + items, "headline"},
		{"numbered 1.", kepuHead + kepuBody + note + "【健康提醒】\n1.注意保暖。手、脚、颈部和腹部要重点防护。\n2.适当运动。快走可促进血液循环。\n", "headline"},
		// Look-alikes: a head.
		{"after a paragraph", kepuHead + kepuBody + "【健康提醒】\n" + items, "heading"},
		{"after a reporter's credit", kepuHead + kepuBody + "（记者　王　磊）\n\n【健康提醒】\n" + items, "heading"},
		{"over plain text", kepuHead + kepuBody + note + "【健康提醒】\n冬季注意保暖，适当运动，出现症状及时就诊。\n", "heading"},
		{"run in", kepuHead + kepuBody + note + "【健康提醒】①注意保暖。手、脚、颈部和腹部要重点防护。\n②适当运动。快走可促进血液循环。\n", "heading"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := mustRead(t, tt.page)
			if got := kindOfText(d, "【健康提醒】"); got != tt.want {
				t.Errorf("【健康提醒】 read as %q, want %q\n%s", got, tt.want, outline(d, true))
			}
			roundTrip(t, d)
			checkNothingLost(t, []byte(tt.page), d)
		})
	}
}

// TestPagePictureCredit: the page's credit for its pictures alone on a
// line, 本版图片除署名外均来自网络, is the desk's credit, noise, as
// （本版图表：X） is; a line going on past the source, or naming no
// source, stays text.
func TestPagePictureCredit(t *testing.T) {
	for _, tt := range []struct {
		line string
		want string
	}{
		{"本版图片除署名外均来自网络", noiseDesk},
		{"本版图片来源于网络", noiseDesk},
		{"本版部分图片来自网络。", noiseDesk},
		{"（本版图片均由受访者提供）", noiseDesk},
		{"本版照片均为资料图片", noiseDesk},
		{"本版圖片除署名外均來自網絡", noiseDesk},
		{"本版配图由本报记者王磊摄", noiseDesk},
		// Look-alikes.
		{"本版图片新闻", ""},
		{"本版图片由受访者提供，记录了他三十年的行医生涯。", ""},
		{"图片来自网络", ""},
		{"本版文字除署名外均来自网络", ""},
	} {
		if got := noiseKind(tt.line); got != tt.want {
			t.Errorf("noiseKind(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
	p := kepuHead + kepuBody + "（作者单位：江州市第一人民医院）\n\n本版图片除署名外均来自网络\n\n本版责编：周　洁　　美编：王　芳　　校对：李　明\n"
	d := mustRead(t, p)
	if got := kindOfText(d, "本版图片除署名外均来自网络"); got != "noise" {
		t.Errorf("picture credit read as %q, want noise\n%s", got, outline(d, true))
	}
	roundTrip(t, d)
	checkNothingLost(t, []byte(p), d)
}
