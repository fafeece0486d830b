package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// kindsOf lists the first article's children as "kind text" lines.
func kindsOf(d *doc.Document) []string {
	var out []string
	if len(d.Articles) == 0 {
		return nil
	}
	for _, n := range d.Articles[0].Children {
		out = append(out, string(n.Kind)+" "+n.Text)
	}
	return out
}

// wantKinds checks that the first article of page starts with want.
func wantKinds(t *testing.T, page string, want ...string) {
	t.Helper()
	d := mustRead(t, page)
	got := kindsOf(d)
	if len(got) < len(want) || strings.Join(got[:len(want)], "\n") != strings.Join(want, "\n") {
		t.Errorf("page:\n%s\n got:\n%s\nwant:\n%s", page, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	roundTrip(t, d)
}

// TestUnseenTitleLinesUnwrapped: on a page too short to measure (its
// paragraphs one line each), a title line well short of the page's
// widest line was ended on purpose: the title line under it is a second
// title line, not the rest of a wrapped headline (blind pages
// hk-takungpao, tw-ltn-bianyi). On a page of a few words nothing is
// that much shorter, and two lines of a block stay one.
func TestUnseenTitleLinesUnwrapped(t *testing.T) {
	para := "【大公報訊】政府昨日宣布，北部都會區首幅大學用地將於下月招標，地盤面積約12公頃，可提供約1.5萬個學位。\n"
	tests := []struct {
		name, page string
		want       []string
	}{
		{"hk", "北部都會區首批大學用地招標\n預計2027年動工　提供1.5萬個學位\n\n" + para,
			[]string{"headline 北部都會區首批大學用地招標", "subheadline 預計2027年動工　提供1.5萬個學位", "dateline 【大公報訊】"}},
		{"tw", "南韓國會通過低生育對策法\n育兒假延長至1年半\n\n〔編譯陳佳琪／綜合報導〕南韓國會昨天通過「低生育對策基本法」修正案，夫妻雙方可各請育兒假1年半。\n",
			[]string{"headline 南韓國會通過低生育對策法", "subheadline 育兒假延長至1年半", "dateline 〔編譯陳佳琪／綜合報導〕"}},
		{"zh-Hans", "冬季用电高峰来临\n电网公司提前部署保供\n\n本报讯　记者从市供电公司获悉，今冬全市最高用电负荷预计将突破一千二百万千瓦，同比增长百分之六。\n",
			[]string{"kicker 冬季用电高峰来临", "headline 电网公司提前部署保供", "dateline 本报讯"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantKinds(t, tt.page, tt.want...) })
	}
	b := &builder{widest: 100}
	if !b.shortOfWidest(srcLine{text: "北部都會區首批大學用地招標"}) {
		t.Error("a 26-column line on a page 100 wide is short of it")
	}
	b.widest = 6
	if b.shortOfWidest(srcLine{text: "甲一"}) {
		t.Error("a 4-column line on a page 6 wide is not much short of it")
	}
	b.measure = 200
	if b.shortOfWidest(srcLine{text: "甲一"}) {
		t.Error("shortOfWidest applies only to pages with no measure")
	}
}

// TestUnseenRunInCredit: the reporter's credit Hong Kong and Taiwan
// papers run in after the dateline, ending in 報道：/報導／, is a byline
// (blind page hk-takungpao); a sentence about a report is not.
func TestUnseenRunInCredit(t *testing.T) {
	tests := []struct {
		in, text, roles, names string
		ok                     bool
	}{
		{"記者 陳嘉欣報道：政府昨日宣布", "記者 陳嘉欣報道：", "記者", "陳嘉欣", true},
		{"記者黃偉明報道：港鐵公司", "記者黃偉明報道：", "記者", "黃偉明", true},
		{"記者 林怡君、陳俊宏報導／台北市", "記者 林怡君、陳俊宏報導／", "記者", "林怡君,陳俊宏", true},
		{"本报记者 王磊 实习生 李想报道：", "本报记者 王磊 实习生 李想报道：", "记者,实习生", "王磊,李想", true},
		{"記者昨日報道：政府", "", "", "", false},
		{"據記者報道：政府", "", "", "", false},
		{"陳嘉欣報道：政府", "", "", "", false}, // no role: could be anything
		{"記者 陳嘉欣報道，政府", "", "", "", false},
	}
	for _, tt := range tests {
		end, c, ok := reportedLeadCredit(tt.in)
		if ok != tt.ok {
			t.Errorf("reportedLeadCredit(%q) ok = %v, want %v", tt.in, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		got := []string{tt.in[:end], strings.Join(c.roles, ","), strings.Join(c.names, ",")}
		if want := []string{tt.text, tt.roles, tt.names}; strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("reportedLeadCredit(%q) = %q, want %q", tt.in, got, want)
		}
	}
	wantKinds(t, "港聞\n\n北部都會區首批大學用地招標\n\n【大公報訊】記者 陳嘉欣報道：政府昨日宣布，北部都會區首幅大學用地將於下月招標。\n",
		"kicker 港聞", "headline 北部都會區首批大學用地招標", "dateline 【大公報訊】", "byline 記者 陳嘉欣報道：", "paragraph 政府昨日宣布，北部都會區首幅大學用地將於下月招標。")
	// Alone on its line, it is a byline too (as the writer puts it).
	if c, ok := parseBylineLine("記者 陳嘉欣報道："); !ok || strings.Join(c.names, ",") != "陳嘉欣" {
		t.Errorf("parseBylineLine(記者 陳嘉欣報道：) = %+v, %v", c, ok)
	}
}

// TestUnseenWeakMeasure: with fewer than eight wrapped lines the measure
// is the widest of them, and a page wrapped at sentence ends has none: a
// sentence ending a few characters short of it does not end the paragraph
// (blind page ja-kyodo-caption); one clearly short does.
func TestUnseenWeakMeasure(t *testing.T) {
	wantKinds(t, "米、対中半導体規制を強化\n\n"+
		"【ワシントン共同】米商務省は２日、中国向けの先端半導体製造装置の輸出規制を強化すると発表した。\n"+
		"規制対象の企業を新たに１４０社追加し、日本やオランダなど同盟国にも同様の措置を取るよう求める。\n\n"+
		"【北京時事】中国外務省の報道官は３日の記者会見で、米国の新たな輸出規制について「断固反対する」と述べ、\n"+
		"対抗措置を取る可能性を示唆した。\n",
		"headline 米、対中半導体規制を強化", "dateline 【ワシントン共同】",
		"paragraph 米商務省は２日、中国向けの先端半導体製造装置の輸出規制を強化すると発表した。規制対象の企業を新たに１４０社追加し、日本やオランダなど同盟国にも同様の措置を取るよう求める。")
	wantKinds(t, "米、対中半導体規制を強化\n\n"+
		"【ワシントン共同】米商務省は２日、中国向けの先端半導体製造装置の輸出規制を強化すると発表した。\n"+
		"規制は即日発効する。\n"+
		"規制対象の企業を新たに１４０社追加し、日本やオランダなど同盟国にも同様の措置を取るよう求める。\n\n"+
		"【北京時事】中国外務省の報道官は３日の記者会見で、米国の新たな輸出規制について「断固反対する」と述べ、\n"+
		"対抗措置を取る可能性を示唆した。\n",
		"headline 米、対中半導体規制を強化", "dateline 【ワシントン共同】",
		"paragraph 米商務省は２日、中国向けの先端半導体製造装置の輸出規制を強化すると発表した。規制は即日発効する。",
		"paragraph 規制対象の企業を新たに１４０社追加し、日本やオランダなど同盟国にも同様の措置を取るよう求める。")
}

// TestUnseenListItems: a line opening with a list number after a
// finished sentence starts the next item, whatever the measure says
// (numbered-1dot under a measure taken from few lines).
func TestUnseenListItems(t *testing.T) {
	for s, want := range map[string]bool{
		"（2）课间休息时间延长": true, "(2)课间": true, "②课间": true, "2、课间": true, "二、课间": true,
		"2．课间": true, "2.课间": true, "1.5万人次": false, "（二〇二四）": false, "（2）": false,
		"2024年": false, "课间": false, "（注）课间": false,
	} {
		if got := listItemStart(s); got != want {
			t.Errorf("listItemStart(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestUnseenTitlePairs: which of two title lines is the kicker. In
// Taiwan and Hong Kong papers a headline-length line over a shorter one
// is headline and subheadline (tw-ltn-bianyi); among title lines of four
// characters at most a three-character headline is no label, and the
// Chinese default (kicker over headline) holds (ocr-vertical-narrow).
func TestUnseenTitlePairs(t *testing.T) {
	wantKinds(t, "南韓國會通過低生育對策法\n\n育兒假延長至1年半\n\n〔編譯陳佳琪／綜合報導〕南韓國會昨天通過修正案。\n",
		"headline 南韓國會通過低生育對策法", "subheadline 育兒假延長至1年半")
	wantKinds(t, "南韩国会通过低生育对策法\n\n育儿假延长至1年半\n\n本报讯　南韩国会昨天通过修正案。\n",
		"kicker 南韩国会通过低生育对策法", "headline 育儿假延长至1年半")
	wantKinds(t, "古村冬日\n\n晒秋忙\n\n本报讯　初冬时节，篁岭古村的晒架上摆满了辣椒。\n",
		"kicker 古村冬日", "headline 晒秋忙")
	wantKinds(t, "篁岭古村迎来晒秋旅游旺季\n\n晒秋忙\n\n本报讯　初冬时节，篁岭古村的晒架上摆满了辣椒。\n",
		"headline 篁岭古村迎来晒秋旅游旺季", "subheadline 晒秋忙")
}

// TestUnseenPaperReportDateline: a Hong Kong paper's own report in
// brackets, 【星島日報報道】, is a dateline naming the paper (big5-hk-singtao).
func TestUnseenPaperReportDateline(t *testing.T) {
	tests := []struct{ in, org string }{
		{"【星島日報報道】運輸署", "星島日報"},
		{"（東方日報報道）警方", "東方日報"},
		{"【本報報道】運輸署", ""},
	}
	for _, tt := range tests {
		d, _, ok := parseDatelineLang(tt.in, "zh-Hant")
		if !ok || d.org != tt.org {
			t.Errorf("parseDatelineLang(%q) = %+v, %v; want org %q", tt.in, d, ok, tt.org)
		}
	}
	for _, s := range []string{"【記者報道】運輸署", "【綜合報道】", "【特別報道】運輸署"} {
		if d, _, ok := parseDatelineLang(s, "zh-Hant"); ok {
			t.Errorf("parseDatelineLang(%q) = %+v: not a dateline", s, d)
		}
	}
}

// TestUnseenPlaceNameTrailer: the Japanese correspondent's trailer
// （米子＝山本花子） is a byline with the name; the place stays in its text,
// as only datelines carry one (ja-yomiuri).
func TestUnseenPlaceNameTrailer(t *testing.T) {
	s := "規模を拡大して経営基盤を固める狙いがある。（米子＝山本花子）"
	k, c, ok := trailingCredit(s)
	if !ok || s[k:] != "（米子＝山本花子）" || strings.Join(c.names, ",") != "山本花子" {
		t.Errorf("trailingCredit(%q) = %d %+v %v", s, k, c, ok)
	}
	if c, ok := parseBylineLine("（ワシントン＝園田耕司）"); !ok || strings.Join(c.names, ",") != "園田耕司" {
		t.Errorf("parseBylineLine（ワシントン＝園田耕司）= %+v %v", c, ok)
	}
	for _, s := range []string{"（写真＝ロイター）", "（３日、北京で）", "（北京＝共同）"} {
		if c, ok := parseBylineLine(s); ok && len(c.names) > 0 {
			t.Errorf("parseBylineLine(%q) = %+v: no name", s, c)
		}
	}
}

// TestUnseenMarkedHeadsThenHeadline: an article that marks its heads
// (◆) marks them all, so an unmarked title line after its body is the next
// article's headline, not a head of it (ja-yomiuri). With no marked head
// before it, a short line between paragraphs stays a head.
func TestUnseenMarkedHeadsThenHeadline(t *testing.T) {
	page := "日中外相　北京で会談\n\n【北京＝田中一郎】外相は３日、北京で会談した。\n\n" +
		"◆経済対話　来春再開で一致\n　両氏は経済対話を来春再開することで合意した。\n\n" +
		"地銀２行が経営統合へ\n　山陰中央銀行と因幡銀行は３日、経営統合すると発表した。\n"
	d := mustRead(t, page)
	if len(d.Articles) != 2 || d.Articles[1].Children[0].Kind != doc.KindHeadline {
		t.Errorf("want a second article headed 地銀２行が経営統合へ, got:\n%s", outline(d, false))
	}
	roundTrip(t, d)
	page = "日中外相　北京で会談\n\n【北京＝田中一郎】外相は３日、北京で会談した。\n\n" +
		"経済対話で一致\n　両氏は経済対話を来春再開することで合意した。\n"
	d = mustRead(t, page)
	if len(d.Articles) != 1 {
		t.Errorf("want one article with a head, got:\n%s", outline(d, false))
	}
}

// TestUnseenSeriesLabel: a series label in angle or square brackets, with
// or without its instalment's number, is the kicker over the headline in
// every language (ko-hani: 〈저출생 해법을 찾아서〉③).
func TestUnseenSeriesLabel(t *testing.T) {
	for s, want := range map[string]bool{
		"〈저출생 해법을 찾아서〉③": true, "〈저출생 해법을 찾아서〉": true, "[기획]3": true, "＜連載・老いの風景＞（２）": true,
		"〈3〉": true, "[연합뉴스 자료사진]": false, "[서울=뉴시스]박지민 기자 =": false, "《人民日报》": false,
		"〈저출생〉 해법을 찾아서": false, "스웨덴 아빠들": false,
	} {
		if got := isSeriesLabel(s); got != want {
			t.Errorf("isSeriesLabel(%q) = %v, want %v", s, got, want)
		}
	}
	wantKinds(t, "〈저출생 해법을 찾아서〉③\n스웨덴 아빠들은 왜 육아휴직을 쓰나\n\n스웨덴 부모는 아이 한 명당 480일의 유급 육아휴직을 받는다.\n",
		"kicker 〈저출생 해법을 찾아서〉③", "headline 스웨덴 아빠들은 왜 육아휴직을 쓰나")
}

// TestUnseenKoreanForms: 한겨레's conventions (ko-hani): a photo caption
// credited "place/name 기자" after its sentence, ▲ heads in Hangul (not
// captions), the trailer "place/name 기자 e-mail", a sentence ending in a
// full stop (no title line), and an e-mail trailer ending its article.
func TestUnseenKoreanForms(t *testing.T) {
	tests := []struct {
		in   string
		kind unitKind
	}{
		{"지난 11월 28일 스톡홀름의 한 공원에서 아빠들이 아이들과 시간을 보내고 있다. 스톡홀름/김지은 기자", uCaption},
		{"3일 오전 서울 중구의 한 어린이집에서 아이들이 놀고 있다. 김혜윤 기자", uCaption},
		{"▲아빠 몫 90일", uText},
		{"▲기업도 달라졌다", uText},
		{"▲3일 서울 종로구에서 시민들이 걷고 있다.", uCaption},
		{"▲新建成的图书馆外景", uCaption},
		// Three sentences before the name: a paragraph.
		{"정부가 발표했다. 기업도 환영했다. 시민 반응은 엇갈렸다. 김지은 기자", uText},
		{"스톡홀름/김지은 기자 jieun@hani.co.kr", uByline},
	}
	for _, tt := range tests {
		if k, _, _ := classifyText(tt.in); k != tt.kind {
			t.Errorf("classifyText(%q) = %s, want %s", tt.in, kindName(k), kindName(tt.kind))
		}
	}
	if headMarker("▲아빠 몫 90일") != "▲" {
		t.Error("▲ opens a Korean head")
	}
	if isKickerText("대출 규제가 이어지면서 매수 문의가 줄었다는 분석이다.") || !isKickerText("서울 아파트값 3주 연속 하락") {
		t.Error("a Korean line ending in a full stop is a sentence; one without is title-like")
	}
	d := mustRead(t, "서울 아파트값 3주 연속 하락\n\n서울 아파트값이 3주 연속 내렸다.\n\n이정민 기자 jmlee@hani.co.kr\n\n"+
		"부산 해운대 빛축제 개막\n\n부산 해운대해수욕장에서 3일 빛축제가 개막했다.\n")
	if len(d.Articles) != 2 {
		t.Errorf("an e-mail trailer ends its article; got:\n%s", outline(d, false))
	}
}

// TestUnseenSlashCredits: Taiwanese photo credits after a slash make a
// caption (tw-udn), and a bracketed edition line 【date paper】 is a source
// line (noise).
func TestUnseenSlashCredits(t *testing.T) {
	for s, want := range map[string]bool{
		"都發局長昨天說明老舊公寓加裝電梯補助方案。記者林怡君／攝影": true,
		"中山區一棟老舊公寓加裝電梯後的外觀。圖／北市都發局提供":   true,
		"圖／北市都發局提供":  true,
		"攝影／林怡君":     true,
		"記者林怡君／台北報導": false,
		"市府表示，補助採先到先得。申請書可至網站下載／列印": false,
	} {
		if got := endsInSlashCredit(s); got != want {
			t.Errorf("endsInSlashCredit(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"【2024/12/03 聯合報】": true, "【2024-12-03／聯合報／A8版／北市】": true,
		"【2024/12/03 颱風來襲】": false, "【12/03 聯合報】": false,
	} {
		if got := isSourceLine(s); got != want {
			t.Errorf("isSourceLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestUnseenTaggedTitle: a headline opening with a bracketed tag of the
// kind of story ([단독], 【独家】) is still a title line; a bracketed
// dateline, credit or number is not one (ko-chosun); the tag alone is
// one too, the kicker over the title (blind round 75).
func TestUnseenTaggedTitle(t *testing.T) {
	for s, want := range map[string]bool{
		"[단독] 美 상무부, 한국산 세탁기 반덤핑 관세 철회 검토": true,
		"【独家】新能源车企加速出海":                    true,
		"[속보]":             true, // alone: a title group's kicker (koreanStoryTagAlone, blind round 75)
		"[속보":              false,
		"【本報訊】天文台預測":       false,
		"（一）强化能源供应保障":      false,
		"[서울=뉴시스]박지민 기자 =": false,
	} {
		if got := isKickerText(s); got != want {
			t.Errorf("isKickerText(%q) = %v, want %v", s, got, want)
		}
	}
	wantKinds(t, "[단독] 美 상무부, 한국산 세탁기 반덤핑 관세 철회 검토\n“공급망 협력 고려”…업계 “수출 숨통”\n\n"+
		"미국 상무부가 한국산 가정용 세탁기에 부과해 온 반덤핑 관세를 철회하는 방안을 검토하고 있는 것으로 2일(현지 시각) 확인됐다.\n",
		"headline [단독] 美 상무부, 한국산 세탁기 반덤핑 관세 철회 검토", "subheadline “공급망 협력 고려”…업계 “수출 숨통”")
}

// TestUnseenKoreanAgencyCaption: 조선일보's caption credit after a slash
// names an agency, a supplier or an archive (ko-chosun).
func TestUnseenKoreanAgencyCaption(t *testing.T) {
	tests := []struct {
		in   string
		kind unitKind
	}{
		{"지난 2일 미국 워싱턴 DC의 상무부 청사 모습. /AFP 연합뉴스", uCaption},
		{"삼성전자가 공개한 신형 세탁기. /삼성전자 제공", uCaption},
		{"서울 시내 아파트 단지 전경. /조선DB", uCaption},
		{"가격은 1/2 수준이다. 자세한 내용은 홈페이지 참조 /연합뉴스 보도 인용", uText},
	}
	for _, tt := range tests {
		if k, _, _ := classifyText(tt.in); k != tt.kind {
			t.Errorf("classifyText(%q) = %s, want %s", tt.in, kindName(k), kindName(tt.kind))
		}
	}
}

// TestUnseenPaddedNameByline: a byline marker before a padded name alone
// (□ 王　芳, closing a 记者手记 sidebar) is a byline with that name; a
// marker before a short head stays a head (gb18030-jjrb).
func TestUnseenPaddedNameByline(t *testing.T) {
	if c, ok := parseBylineLine("□ 王　芳"); !ok || strings.Join(c.names, ",") != "王芳" {
		t.Errorf("parseBylineLine(□ 王　芳) = %+v %v", c, ok)
	}
	for _, s := range []string{"●相关链接", "■ 带着乡亲一起干", "● 资料　图片", "■王芳"} {
		if c, ok := parseBylineLine(s); ok {
			t.Errorf("parseBylineLine(%q) = %+v: not a byline", s, c)
		}
	}
}

// TestUnseenOpinionPages: the column label 社説 over an editorial's title
// is its kicker, and a second unlabelled editorial's headline, phrases
// parted by U+3000, starts an article rather than a head (ja-shasetsu); a
// Korean byline after body text ends its article, so the [사설] under it
// is a headline, not glued to its paragraph (ko-column).
func TestUnseenOpinionPages(t *testing.T) {
	page := "社説\n少子化対策　財源の議論を避けるな\n\n" +
		"　政府は３日、少子化対策の拡充策をまとめた。方向性は妥当だろう。\n" +
		"　問題は年３兆円を超える財源である。負担の全体像は示していない。\n\n" +
		"冬の電力需給　節電頼みから脱却を\n\n" +
		"　この冬も電力需給は厳しい見通しだ。送電網の増強を急ぐべきだ。\n"
	wantKinds(t, page, "kicker 社説", "headline 少子化対策　財源の議論を避けるな")
	if d := mustRead(t, page); len(d.Articles) != 2 || d.Articles[1].Children[0].Kind != doc.KindHeadline {
		t.Errorf("the second editorial starts an article:\n%s", outline(d, false))
	}
	page = "[김철수 칼럼] 480일 육아휴직이 말해주는 것\n\n스웨덴에서 만난 한 아빠는 육아휴직을 “당연한 권리”라고 했다.\n\n" +
		"제도는 이미 상당 부분 갖춰졌다. 문제는 일터의 문화다.\n\n김철수 논설위원\n\n" +
		"[사설] 수도권 전세 사기 피해, 구제 속도 높여야\n\n수도권 전세 사기 피해자가 1만명을 넘어섰다.\n"
	d := mustRead(t, page)
	if len(d.Articles) != 2 || d.Articles[1].Children[0].Text != "[사설] 수도권 전세 사기 피해, 구제 속도 높여야" {
		t.Errorf("the byline ends the column; the editorial is an article of its own:\n%s", outline(d, false))
	}
	roundTrip(t, d)
}

// TestUnseenWebExport: a web article's conventions (web-thepaper): the
// time stamp before 来源：, an organisation ending in 新闻 before 记者, a
// supplier credit run on after the full stop, and the editing trailer
// (the article's editor and photo editor, a proofreader alone), where a
// page's desk line (its art editor, 本版编辑) stays furniture.
func TestUnseenWebExport(t *testing.T) {
	if !isSourceLine("2024-12-03 10:25　来源：澎湃新闻") || isSourceLine("2024-12-03 10:25　记者：澎湃新闻") {
		t.Error("a time stamp before 来源： makes a source line")
	}
	if c, ok := parseBylineLine("澎湃新闻记者　陈　晨"); !ok || c.org != "澎湃新闻" || strings.Join(c.names, ",") != "陈晨" {
		t.Errorf("parseBylineLine(澎湃新闻记者　陈　晨) = %+v %v, want org 澎湃新闻 names 陈晨", c, ok)
	}
	tests := []struct {
		in   string
		kind unitKind
	}{
		{"吴海峰在大棚里查看香菇长势。受访者供图", uCaption},
		{"责任编辑：王军　图片编辑：李倩", uByline},
		{"校对：张亮", uByline},
		{"责任编辑：何静 美术编辑：李娜", uNoise},
		{"本版编辑：刘洋　美编：张力", uNoise},
		{"他说，这批香菇都是受访者供图里的品种", uText},
	}
	for _, tt := range tests {
		if k, _, _ := classifyText(tt.in); k != tt.kind {
			t.Errorf("classifyText(%q) = %s, want %s", tt.in, kindName(k), kindName(tt.kind))
		}
	}
}

// TestUnseenRepostAndPortal: a repost's 原标题： line is a note, and the
// line above it the headline it now runs under (cn-repost); a Japanese
// portal's 配信 and 最終更新 stamps are source lines (ja-web).
func TestUnseenRepostAndPortal(t *testing.T) {
	if !isNote("原标题：多地出台措施稳定冬季“菜篮子”价格") || isNote("原来如此") {
		t.Error("原标题： opens a note; 原 alone does not")
	}
	wantKinds(t, "多地出台措施稳定农产品价格\n原标题：多地出台措施稳定冬季“菜篮子”价格\n\n　　入冬以来，多地蔬菜价格出现季节性上涨。\n",
		"headline 多地出台措施稳定农产品价格", "note 原标题：多地出台措施稳定冬季“菜篮子”价格")
	for s, want := range map[string]bool{
		"12/3(火) 10:25配信": true, "最終更新:12/3(火) 11:00": true, "12/3(火)配信": true,
		"12/3(火) 10:25": false, "3日(火)配信": false, "ライブ配信": false,
	} {
		if got := isSourceLine(s); got != want {
			t.Errorf("isSourceLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestUnseenClosingHeadAfterNumbered: a short closing head (下步工作安排) after
// numbered heads stays a head of the same article: only a line of a
// headline's length is taken for the next article's headline.
func TestUnseenClosingHeadAfterNumbered(t *testing.T) {
	page := "全市推进老旧小区改造\n\n本报讯　今年以来，全市加快推进老旧小区改造。\n\n" +
		"一、加装电梯\n\n全年加装电梯120部。\n\n二、改造管网\n\n全年改造燃气管网80公里。\n\n下步工作安排\n\n改造工作将持续推进。\n"
	d := mustRead(t, page)
	if len(d.Articles) != 1 {
		t.Errorf("one article with three heads, got:\n%s", outline(d, false))
	}
}
