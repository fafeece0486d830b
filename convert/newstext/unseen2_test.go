package newstext

import (
	"strings"
	"testing"
)

// TestAttributedSubheadline: a subheadline that speaks for its source
// (當局：…) under a short headline is a second title line, not the rest of
// a wrapped headline (sample mo-aomen); attributedTitle accepts only a
// short source before one colon and nothing that ends a sentence.
func TestAttributedSubheadline(t *testing.T) {
	para := "【本報消息】運輸工務司司長羅立文昨日在立法會回應議員質詢時表示，輕軌東線工程整體進度約七成，隧道段已全線貫通。\n"
	wantKinds(t, "輕軌東線明年下半年試運行\n當局：車站周邊交通配套同步檢討\n\n"+para,
		"headline 輕軌東線明年下半年試運行", "subheadline 當局：車站周邊交通配套同步檢討", "dateline 【本報消息】")
	tests := []struct {
		in string
		ok bool
	}{
		{"當局：車站周邊交通配套同步檢討", true},
		{"专家：警惕“隐形”风险", true},
		{"外交部發言人：堅決反對", true},
		{"：無來源", false},
		{"當局：", false},
		{"他說：這是第一步。", false},          // a sentence
		{"當局：車站周邊，", false},           // a clause goes on
		{"甲：乙：丙", false},              // two colons
		{"一個很長很長很長很長的來源名稱：內容", false}, // no source is that long
	}
	for _, tt := range tests {
		if got := attributedTitle(tt.in); got != tt.ok {
			t.Errorf("attributedTitle(%q) = %v, want %v", tt.in, got, tt.ok)
		}
	}
}

// TestClosingDatelineKept: a bracketed dateline alone after the body
// text, with nothing after it but the next headline or the end, closes
// its article (mainland features: （本报郑州12月3日电）) instead of opening
// a brief with no headline (sample cn-jjrb2). One with text after it
// still opens a brief.
func TestClosingDatelineKept(t *testing.T) {
	body := "家门口的“就业驿站”\n\n早上8点，河南省许昌市建安区的“就业驿站”刚开门，就有十几名求职者在等候。\n\n"
	wantKinds(t, body+"（本报郑州12月3日电）\n",
		"headline 家门口的“就业驿站”", "paragraph 早上8点，河南省许昌市建安区的“就业驿站”刚开门，就有十几名求职者在等候。", "dateline （本报郑州12月3日电）")
	d := mustRead(t, body+"（本报郑州12月3日电）\n\n冬季用电高峰来临\n\n本报讯　今冬全市最高用电负荷预计将突破一千二百万千瓦。\n")
	if n := len(d.Articles); n != 2 {
		t.Errorf("closing dateline then a new article: %d articles, want 2", n)
	}
	d = mustRead(t, body+"新华社北京12月3日电　国务院常务会议今天召开，部署冬季能源保供工作。\n")
	if n := len(d.Articles); n != 2 {
		t.Errorf("dateline leading text after the body: %d articles, want 2 (a brief)", n)
	}
}

// TestKoreanHyphenSubheadline: Korean papers' sites mark a subheadline by
// a single hyphen and a space; the mark is dropped as —— is. A lone
// hyphen before anything else is not a subheadline mark.
func TestKoreanHyphenSubheadline(t *testing.T) {
	wantKinds(t, "수도권 광역급행철도 B노선 착공…2030년 개통 목표\n- 인천 송도~남양주 마석 82.8㎞, 하루 27만명 이용 전망\n\n수도권 광역급행철도(GTX) B노선이 3일 착공식을 갖고 본격적인 공사에 들어갔다.\n",
		"headline 수도권 광역급행철도 B노선 착공…2030년 개통 목표", "subheadline 인천 송도~남양주 마석 82.8㎞, 하루 27만명 이용 전망")
	for in, ok := range map[string]bool{"- 인천 송도": true, "- item": false, "-5도": false, "-인천": false} {
		if _, got := dashPrefix(in); got != ok {
			t.Errorf("dashPrefix(%q) ok = %v, want %v", in, got, ok)
		}
	}
}

// TestKoreanPhotoSource: a Korean caption ending in its photo's source in
// brackets, [사진 국토교통부] or [국토교통부 제공], after one short sentence.
func TestKoreanPhotoSource(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{"GTX B노선 착공식이 3일 인천 송도에서 열리고 있다. [사진 국토교통부]", true},
		{"신형 전동차 내부 모습. [국토교통부 제공]", true},
		{"정부는 3일 공사를 시작했다. 국토부는 2030년 개통을 목표로 한다고 밝혔다. 주민들은 환영했다. 그러나 우려도 있다. [사진 국토교통부]", false},
		{"정부는 3일 공사를 시작했다고 밝혔다. [사진은 없음 이라는 설명이 매우 길게 붙은 경우]", false},
	}
	for _, tt := range tests {
		if got := isCaption(tt.in); got != tt.ok {
			t.Errorf("isCaption(%q) = %v, want %v", tt.in, got, tt.ok)
		}
	}
}

// TestExclaimedTitle: a headline may ask or exclaim (sample
// cn-question); quoted speech, a sentence and a long line may not be
// title lines for that.
func TestExclaimedTitle(t *testing.T) {
	wantKinds(t, "年轻人为何爱上“县城咖啡”？\n\n本报讯（记者 周晓梅）走进湖南省攸县的老街，一家由粮站仓库改造的咖啡馆里坐满了年轻人。\n",
		"headline 年轻人为何爱上“县城咖啡”？", "dateline 本报讯")
	tests := []struct {
		in string
		ok bool
	}{
		{"年轻人为何爱上“县城咖啡”？", true},
		{"好消息！我市新增3条公交线路", true},
		{"降价了，你会买吗？", true},
		{"전기차 보조금 끝나나?", true},
		{"我市新增3条公交线路", false},   // no ！？: isKickerText's business
		{"“你还好吗？”", false},      // quoted speech
		{"他问：这是真的吗？", false},    // a colon: speech
		{"这是第一步。下一步呢？", false},  // a sentence before it
		{"真的吗？真的吗？真的吗？", false}, // three stops
		{"全省县城新开咖啡馆超过六百家消费者中九零后零零后占七成以上为什么？", false}, // too long
	}
	for _, tt := range tests {
		if got := exclaimedTitle(tt.in); got != tt.ok {
			t.Errorf("exclaimedTitle(%q) = %v, want %v", tt.in, got, tt.ok)
		}
	}
}

// TestInterviewerCredit: a Japanese interview's trailer names who asked
// (聞き手) or wrote it up (構成), alone or after the last sentence
// (sample ja-interview).
func TestInterviewerCredit(t *testing.T) {
	tests := []struct {
		in, org, roles, names string
		ok                    bool
	}{
		{"聞き手・佐藤美咲", "", "聞き手", "佐藤美咲", true},
		{"聞き手＝佐藤美咲", "", "聞き手", "佐藤美咲", true},
		{"聞き手は編集委員・山田太郎", "編集委員", "聞き手", "山田太郎", true},
		{"構成・山田太郎、鈴木花子", "", "構成", "山田太郎,鈴木花子", true},
		{"聞き手", "", "", "", false},
		{"聞き手・今回の取材で最も印象に残ったことについて", "", "", "", false},
		{"佐藤美咲", "", "", "", false},
	}
	for _, tt := range tests {
		c, ok := interviewerCredit(tt.in)
		if ok != tt.ok || ok && (c.org != tt.org || strings.Join(c.roles, ",") != tt.roles || strings.Join(c.names, ",") != tt.names) {
			t.Errorf("interviewerCredit(%q) = %+v, %v; want org %q roles %q names %q, %v", tt.in, c, ok, tt.org, tt.roles, tt.names, tt.ok)
		}
	}
	d := mustRead(t, "地方の足　どう守る\n\n　路線ごとの赤字補塡だけでなく、人材育成への支援をお願いしたい。（聞き手・佐藤美咲）\n")
	if got := kindsOf(d); len(got) < 3 || got[len(got)-1] != "byline （聞き手・佐藤美咲）" {
		t.Errorf("trailer after the last sentence: %q", got)
	}
}

// TestTableRows: rows of a table set as text are separate paragraphs and
// never join the text after them (sample cn-sports); a headline with a
// figure inside a phrase is no row.
func TestTableRows(t *testing.T) {
	wantKinds(t, "CBA常规赛第12轮战罢\n\n本报讯　本轮部分比赛结果：\n广东 102:98 辽宁\n北京 88:91 浙江\n\n本轮结束后，辽宁队继续领跑积分榜。\n",
		"headline CBA常规赛第12轮战罢", "dateline 本报讯", "paragraph 本轮部分比赛结果：",
		"paragraph 广东 102:98 辽宁", "paragraph 北京 88:91 浙江", "paragraph 本轮结束后，辽宁队继续领跑积分榜。")
	tests := []struct {
		in     string
		fields int
	}{
		{"广东 102:98 辽宁", 3},
		{"北京　晴　-3℃～6℃", 3},
		{"19:00　新闻联播", 2},
		{"上证指数　3245.67　+0.52%", 3},
		{"预计2027年动工　提供1.5万个学位", 0}, // figures inside phrases: a headline
		{"CBA常规赛第12轮战罢　广东主场力克辽宁", 0},
		{"本轮部分比赛结果：", 0},
		{"广东 102:98 辽宁，北京 88:91 浙江", 0}, // a clause
		{"서울 3도 맑음", 0},                 // Korean parts every word
		{"北京 晴", 0},                     // no figure
		{"1 2 3 4 5 6 7", 0},            // too many fields
	}
	for _, tt := range tests {
		if got := tableRow(tt.in); got != tt.fields {
			t.Errorf("tableRow(%q) = %d, want %d", tt.in, got, tt.fields)
		}
	}
}

// TestLatinOrgDateline: a bracketed dateline whose organisation is partly
// in Latin letters (sample hk-oncc).
func TestLatinOrgDateline(t *testing.T) {
	tests := []struct {
		in, org string
		ok      bool
	}{
		{"on.cc東網專訊", "on.cc東網", true},
		{"HK01訊", "HK01", true},
		{"明報專訊", "", false},           // all Han: parseDatelineCore's
		{"on.cc東網", "", false},        // no 訊
		{"see the news 訊", "", false}, // spaces: prose
	}
	for _, tt := range tests {
		d, ok := latinOrgDateline(tt.in)
		if ok != tt.ok || d.org != tt.org {
			t.Errorf("latinOrgDateline(%q) = %q, %v; want %q, %v", tt.in, d.org, ok, tt.org, tt.ok)
		}
	}
}

// TestBulletList: lines opening with the same bullet one under another
// are a list's items, not heads, and a column-break join never glues them
// together or to the line above (sample tw-factbox); a bulleted head with
// text under it stays a head.
func TestBulletList(t *testing.T) {
	page := "北市老舊公寓加裝電梯\n\n【記者林佩君／台北報導】台北市都市發展局昨天宣布，明年起提高補助上限。\n\n補助重點\n●補助上限：400萬元\n●申請資格：屋齡20年以上\n●受理期間：明年1月起\n"
	wantKinds(t, page, "headline 北市老舊公寓加裝電梯", "dateline 【記者林佩君／台北報導】",
		"paragraph 台北市都市發展局昨天宣布，明年起提高補助上限。", "paragraph 補助重點",
		"paragraph ●補助上限：400萬元", "paragraph ●申請資格：屋齡20年以上", "paragraph ●受理期間：明年1月起")
	wantKinds(t, "北市老舊公寓加裝電梯\n\n台北市都市發展局昨天宣布，明年起提高補助上限。\n\n●周邊店家延長營業\n\n商圈店家表示，客流明顯增加。\n",
		"headline 北市老舊公寓加裝電梯", "paragraph 台北市都市發展局昨天宣布，明年起提高補助上限。", "section ")
	for in, ok := range map[string]bool{"●補助上限": true, "◆乙": true, "2. 申請資格": true, "（二）培訓": true, "增長了": false, "2.5%的增幅": false} {
		if got := opensItem(in); got != ok {
			t.Errorf("opensItem(%q) = %v, want %v", in, got, ok)
		}
	}
}

// TestSignOffNotJoined: a short unpunctuated line under a paragraph that
// does not end a sentence (a notice's signature under its contact line)
// is a line of its own, not the rest of the paragraph across a column
// break (sample cn-notice); a continuation opening with 和/的 … still joins.
// (Under the notice's last row, a form's label and value, the body's
// name is its issuer's byline, as under a sentence: signoff.go.)
func TestSignOffNotJoined(t *testing.T) {
	d := mustRead(t, "关于开展认定工作的通知\n\n联系人：王明　电话：023-12345678\n\n市工业和信息化局\n")
	if got := kindsOf(d); len(got) != 3 || got[2] != "byline 市工业和信息化局" {
		t.Errorf("signature joined to the contact line: %q", got)
	}
	for in, ok := range map[string]bool{"市工业和信息化局": true, "和社区居民一起完成。": false, "的有关规定": false} {
		if got := signOff(in); got != ok {
			t.Errorf("signOff(%q) = %v, want %v", in, got, ok)
		}
	}
}

// TestListDotItems: Japanese list items opening with ・ are body text,
// never title lines, and complete: the headline under them is not the
// rest of an unfinished paragraph.
func TestListDotItems(t *testing.T) {
	d := mustRead(t, "きょうの動き\n\n・首相、経済対策の補正予算案について閣議決定\n・日銀短観、大企業製造業の景況感を公表\n")
	for _, k := range kindsOf(d) {
		if strings.HasPrefix(k, "headline ・") || strings.HasPrefix(k, "subheadline ・") {
			t.Errorf("list item taken for a title: %q", k)
		}
	}
	if !listDot("・首相") || listDot("首相・閣僚") {
		t.Error("listDot: an item opens with ・; a ・ inside is a separator")
	}
	if !opensItem("・東京地裁") {
		t.Error("opensItem: ・ opens an item")
	}
}
