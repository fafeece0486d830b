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
