package newstext

import (
	"strings"
	"testing"
)

// TestBoxLineNoJoin: a box score's line (the battery line) under a 試合経過
// row that ends with no full stop opens its own paragraph across the
// blank line, never the row's rest; a sentence cut mid-clause across a
// blank line still joins.
func TestBoxLineNoJoin(t *testing.T) {
	row := "浪速は延長十一回、２死二塁から森下が中前に"
	for _, tt := range []struct {
		c    string
		want bool
	}{
		{"（北）上原、佐々木、松田―小池　（浪）西川、大野、岩崎―中山", false},
		{"（巨）菅野、中川―大城", false},
		// Look-alikes: prose after the line.
		{"を放ち、試合を決めた。", true},
		{"延長戦を制した。", true},
	} {
		if got := mayContinue(row, tt.c); got != tt.want {
			t.Errorf("mayContinue(%q, %q) = %v, want %v", row, tt.c, got, tt.want)
		}
	}
	page := "浪速がサヨナラ勝ち\n\n　浪速は延長十一回、森下の適時打で北都を破った。\n\n▽４回　浪速は森下の二塁打で同点\n▽１１回　浪速は２死二塁から森下が中前にサヨナラ打\n\n（北）上原、佐々木、松田―小池　（浪）西川、大野、岩崎―中山\n"
	got := leafLines(t, page)
	if !strings.Contains(got, "paragraph ▽１１回　浪速は２死二塁から森下が中前にサヨナラ打\nparagraph （北）上原、佐々木、松田―小池　（浪）西川、大野、岩崎―中山") {
		t.Errorf("the battery line glued to the row:\n%s", got)
	}
	cut := "浪速がサヨナラ勝ち\n\n　浪速は延長十一回、森下の適時打で北都を破った。\n\n　森下は「最後は気持ちで打った」と話し、２死二塁から\n\n中前にサヨナラ打を放った場面を振り返った。\n"
	if got := leafLines(t, cut); !strings.Contains(got, "paragraph 森下は「最後は気持ちで打った」と話し、２死二塁から中前にサヨナラ打を放った場面を振り返った。") {
		t.Errorf("a sentence cut across the blank line not joined:\n%s", got)
	}
}

// TestBulletedDeskLine: a Hong Kong page's foot with a bullet before
// each desk role, ■責任編輯：X　■美術編輯：Y (大公報), is the page's desk
// line, noise, as it is without the bullets; the editor alone, or with
// the photo editor, and a bulleted line of other words read as before.
func TestBulletedDeskLine(t *testing.T) {
	for in, want := range map[string]string{
		"■責任編輯：周嘉敏　■美術編輯：梁志恒": noiseDesk,
		"■責任編輯：周　敏　■版面設計：黃嘉欣": noiseDesk,
		"●责任编辑：周敏　●美编：黄嘉欣":    noiseDesk,
		// Look-alikes.
		"■責任編輯：周嘉敏":           "",
		"■責任編輯：周嘉敏　■圖片編輯：梁志恒": "",
		"■市民踴躍參加　■場面熱鬧":       "",
	} {
		if got := noiseKind(in); got != want {
			t.Errorf("noiseKind(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCrewLabel: a feature's crew line, its part's word, a colon and a
// credit of its own (采写：南都记者 陈思颖 通讯员 海宣), is a byline, the
// part first among its roles; the part with a bare name, with no name,
// or with a sentence is none.
func TestCrewLabel(t *testing.T) {
	for in, want := range map[string]string{
		"采写：南都记者 陈思颖 通讯员 海宣": "南都|采写,记者,通讯员|陈思颖,海宣",
		"统筹：南都记者 何文涛":        "南都|统筹,记者|何文涛",
		"統籌：記者 何文濤":          "|統籌,記者|何文濤",
		"策划:本报记者 王　芳":        "本报|策划,记者|王芳",
		// Look-alikes.
		"统筹：何文涛":          "",
		"文字：罗　敏":          "",
		"采写：南都记者":         "",
		"统筹：南都记者何文涛表示同意。": "",
		"采写南都记者 陈思颖":      "",
	} {
		c, ok := crewLabel(in)
		got := ""
		if ok {
			got = c.org + "|" + strings.Join(c.roles, ",") + "|" + strings.Join(c.names, ",")
		}
		if got != want {
			t.Errorf("crewLabel(%q) = %q, want %q", in, got, want)
		}
	}
	page := "街坊食堂开到家门口\n\n南都讯 记者陈思颖 通讯员海宣 海珠区新开5家街坊食堂。\n\n长者用餐更方便了。\n\n采写：南都记者 陈思颖 通讯员 海宣\n统筹：南都记者 何文涛\n\n编辑：林晓\n"
	got := leafLines(t, page)
	for _, want := range []string{"byline 采写：南都记者 陈思颖 通讯员 海宣\nbyline 统筹：南都记者 何文涛\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in:\n%s", want, got)
		}
	}
	if strings.Contains(got, "headline 采写") {
		t.Errorf("the crew line taken as a headline:\n%s", got)
	}
}

// TestBoxLabelAfterCaptionInMarkedSection: a box's label in lenticular
// brackets alone (【数读】) after a caption inside a dated story whose
// parts are marked heads (■ 价格：…) is a head over the box's rows, as it
// is where no marked head stands above; with no dateline above, or an
// unmarked title (another story's) between, it reads as before.
func TestBoxLabelAfterCaptionInMarkedSection(t *testing.T) {
	body := "■ 价格：按年龄享阶梯补贴\n\n补贴后，一份标准套餐最低只需8元。\n\n街坊食堂推出的套餐。图/海珠区民政局\n\n【数读】\n\n41家　全区街坊食堂总数\n3200人次　日均服务长者\n8元　补贴后最低套餐价\n\n■ 服务：行动不便可送餐上门\n\n长者可通过电话预约。\n"
	for lead, want := range map[string]string{
		"标题在此\n\n本报讯　今天天气很好，大家出门散步。\n\n": "heading 【数读】",
		// Look-alikes: no dateline, and another story's title above.
		"标题在此\n\n今天天气很好，大家出门散步。\n\n":                 "paragraph 【数读】",
		"标题在此\n\n本报讯　今天天气很好，大家出门散步。\n\n另一条新闻的标题\n\n": "paragraph 【数读】",
	} {
		page := lead + body
		if strings.Contains(lead, "另一条") {
			page = lead + strings.SplitN(body, "\n\n", 2)[1]
		}
		if got := leafLines(t, page); !strings.Contains(got, want) {
			t.Errorf("no %q in:\n%s", want, got)
		}
	}
}
