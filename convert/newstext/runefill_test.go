package newstext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// paragraphsOf lists the texts of every article's paragraphs.
func paragraphsOf(t *testing.T, page string) []string {
	t.Helper()
	d := mustRead(t, page)
	var out []string
	for _, a := range d.Articles {
		for _, n := range a.Children {
			if n.Kind == "paragraph" {
				out = append(out, n.Text)
			}
		}
	}
	roundTrip(t, d)
	return out
}

// TestFullByCharacterCountWithNarrowDigits: on a page wrapped by
// character count, a full line holds the page's count of characters
// whatever their width, so a line with half-width digits or Latin
// letters that ends a sentence at the count (載客3,600人次，較現時多12%。)
// was wrapped, not ended on purpose: the sentence under it goes on the
// paragraph (blind page hk-gangwen-gengzheng: 特此更正。 stood alone).
// Variants: Hong Kong 18 characters with the 2em indent and blank lines,
// mainland 17 and 20 with decimals, percentages and Latin words (with a
// space), Japanese 15 with one U+3000 indent. Look-alikes that must not
// change: a page wrapped by display width (its lines with digits hold
// more characters than the count), a line with digits short of the count,
// and Korean, which wraps words by width.
func TestFullByCharacterCountWithNarrowDigits(t *testing.T) {
	// Pages wrapped by character count: each paragraph set from indent,
	// count characters a line, paragraphs parted by sep.
	for _, c := range []struct {
		name   string
		count  int    // characters in a full line, the indent counted
		indent string // the paragraph indent
		sep    string // between paragraphs
		paras  []string
	}{
		{"zh-Hant 18, blank lines", 18, "　　", "\n\n", []string{
			"港鐵公司昨日宣布，東涌綫延線工程將於明年第三季完工，屆時每小時可增加載客3,600人次，較現時多12%。港鐵稱工程進度理想。",
			"運輸署表示，新巴士路線將於下月初開辦，途經東涌、欣澳及荔景，以紓緩現有路線的擠迫情況。署方會因應乘客需求檢討班次，並在繁忙時間加密服務，又會在站頭設置實時到站資訊顯示屏，方便乘客安排行程。",
		}},
		{"zh-Hans 17, decimals and a Latin abbreviation", 17, "　　", "\n\n", []string{
			"国家统计局今日公布，11月份全国居民消费价格同比上涨0.8%，环比降0.2%，核心CPI上涨1%。食品价格保持稳定。",
			"分类别看，八大类价格四涨四降，其中教育文化娱乐类价格涨幅最大，交通通信类价格降幅最大，衣着类价格基本持平，居住类价格小幅回落。统计局有关负责人表示，受季节因素影响，部分商品价格有所波动，但总体保持平稳运行。",
		}},
		{"zh-Hans 20, Latin words with a space", 20, "　　", "\n\n", []string{
			"该公司表示，用户可通过官方网站或手机应用程序查询账单，新版App将于下月1日上线，可支持iOS及Android系统。详情可致电客服热线查询。",
			"该公司同时提醒市民，切勿点击来历不明的短信链接，以免个人资料外泄，如发现可疑情况，应立即向警方举报，并保留相关证据以便调查。警方近期接获多宗同类举报，涉及金额较大，呼吁市民提高警惕，切勿轻信陌生来电。",
		}},
		{"ja 15, one U+3000 indent, no blank lines", 15, "　", "\n", []string{
			"市によると、今年の来場者は延べ1,250人に上り、過去最多で前年の1,180人を超えた。市は来年も開く方針だ。",
			"会場では地元の農産物を使った料理が振る舞われ、家族連れでにぎわった。実行委員会の担当者は「天候にも恵まれ、多くの人に楽しんでもらえた」と話した。",
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var ls []string
			for _, p := range c.paras {
				ls = append(ls, strings.Join(wrapRunes(c.indent+p, c.count), "\n"))
			}
			if !fullAtCount(strings.Split(ls[0], "\n"), c.count) {
				t.Fatalf("fixture: no full line with narrow characters ends a sentence at %d characters", c.count)
			}
			page := "市民生活\n\n" + strings.Join(ls, c.sep) + "\n"
			if got := paragraphsOf(t, page); strings.Join(got, "\n") != strings.Join(c.paras, "\n") {
				t.Errorf("page:\n%s\n got:\n%s\nwant:\n%s", page, strings.Join(got, "\n"), strings.Join(c.paras, "\n"))
			}
		})
	}
	// Look-alikes that must not change, as lines.
	for _, c := range []struct {
		name  string
		lines []string // the page under its title
		want  []string // its paragraphs (nil: the first four lines, and the rest)
	}{
		// Not full: a page wrapped by display width, whose lines with
		// digits hold more characters than its lines of ideographs
		// (费价格同比上涨0.8%，城市上涨0.9%，农), ends its paragraph on
		// a line as many characters long but narrower.
		{"width-wrapped, no blank lines", []string{
			"国家统计局今日公布，11月份全国居民消",
			"费价格同比上涨0.8%，城市上涨0.9%，农",
			"村上涨0.5%，八大类价格四涨四降，全国",
			"环比降0.2%，核心CPI上涨1%。",
			"食品价格保持稳定，猪肉价格同比下降3.",
			"1%，鲜菜价格同比上涨5.6%，鲜果价格基",
			"本持平，粮食价格上涨0.3%。",
		}, []string{
			"国家统计局今日公布，11月份全国居民消费价格同比上涨0.8%，城市上涨0.9%，农村上涨0.5%，八大类价格四涨四降，全国环比降0.2%，核心CPI上涨1%。",
			"食品价格保持稳定，猪肉价格同比下降3.1%，鲜菜价格同比上涨5.6%，鲜果价格基本持平，粮食价格上涨0.3%。",
		}},
		// Not full: a line with digits short of the count.
		{"zh-Hant 18, short of the count", []string{
			"　　運輸署表示，新巴士路線將於下月初",
			"開辦，途經東涌、欣澳及荔景，以紓緩現",
			"有路線的擠迫情況。",
			"",
			"　　港鐵公司昨日宣布，東涌綫延線工程",
			"將於明年第三季完工，屆時每小時可增加",
			"載客3,600人次。",
			"港鐵稱工程進度理想。",
		}, []string{
			"運輸署表示，新巴士路線將於下月初開辦，途經東涌、欣澳及荔景，以紓緩現有路線的擠迫情況。",
			"港鐵公司昨日宣布，東涌綫延線工程將於明年第三季完工，屆時每小時可增加載客3,600人次。",
			"港鐵稱工程進度理想。",
		}},
		// Not full: a line of more characters than the count, mostly
		// narrow, was not wrapped by count.
		{"zh-Hant 18, a web address past the count", []string{
			"　　運輸署表示，新巴士路線將於下月初",
			"開辦，途經東涌、欣澳及荔景，以紓緩現",
			"有路線的擠迫情況。",
			"",
			"　　港鐵公司昨日宣布，東涌綫延線工程",
			"將於明年第三季完工，屆時每小時可增加",
			"載客約三千六百人次，較現時多一成二，",
			"乘客可瀏覽網站查閱詳細的工程資料，網",
			"址為www.info.gov.hk/td。",
			"港鐵稱工程進度理想。",
		}, []string{
			"運輸署表示，新巴士路線將於下月初開辦，途經東涌、欣澳及荔景，以紓緩現有路線的擠迫情況。",
			"港鐵公司昨日宣布，東涌綫延線工程將於明年第三季完工，屆時每小時可增加載客約三千六百人次，較現時多一成二，乘客可瀏覽網站查閱詳細的工程資料，網址為www.info.gov.hk/td。",
			"港鐵稱工程進度理想。",
		}},
		// Not asked: Korean wraps whole words by width, its spaces narrow.
		{"ko, word wraps", []string{
			"한빛시는 올해 축제에 관람객 12만 명이 다녀가",
			"작년보다 20% 늘었다고 밝혔다. 시는 내년에도",
			"축제 기간을 늘리고 셔틀버스 5개 노선을 새로",
			"운영한다. 1,200명 중 90% 만족.",
			"시는 설문 결과를 내년 축제 준비에 반영하기로",
			"했다고 덧붙였다. 축제는 내년 10월에 열린다.",
		}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			title := "市民生活"
			if strings.HasPrefix(c.name, "ko") {
				title = "한빛시 축제 관람객 12만 명"
			}
			page := title + "\n\n" + strings.Join(c.lines, "\n") + "\n"
			got := paragraphsOf(t, page)
			want := c.want
			if want == nil {
				want = []string{strings.Join(c.lines[:4], " "), strings.Join(c.lines[4:], " ")}
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("page:\n%s\n got:\n%s\nwant:\n%s", page, strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// fullAtCount reports a fixture with a wrapped line that holds narrow
// characters and count characters (its indent counted) and ends a
// sentence: the line the rule is about.
func fullAtCount(lines []string, count int) bool {
	for i, l := range lines {
		if i+1 < len(lines) && lines[i+1] != "" && strings.HasSuffix(l, "。") && columns(l) < 2*utf8.RuneCountInString(l) && utf8.RuneCountInString(l) == count {
			return true
		}
	}
	return false
}

// wrapRunes cuts s into lines of n characters, as a page wrapped by
// character count sets it.
func wrapRunes(s string, n int) []string {
	var out []string
	r := []rune(s)
	for len(r) > n {
		out = append(out, string(r[:n]))
		r = r[n:]
	}
	return append(out, string(r))
}

// TestLineWiderThanMeasureIsNoWidthWrap: a line wider in columns than the
// page's measure was not wrapped at it (the folio across an OCR page's
// top, 滨江日报　2026年12月6日　星期六　第５版　经济), so its many
// characters say nothing of how the page wraps: under it, a full line with
// digits ending a sentence at the count is still full (blind page
// cn-ocr-jingji). Variants: a mainland folio with full-width and ASCII
// digits, a Taiwanese one with a Latin page letter, a Japanese one with
// the era year. Look-alike that must not change: a page wrapped by width
// under the same folio keeps its split.
func TestLineWiderThanMeasureIsNoWidthWrap(t *testing.T) {
	zh := []string{
		"　　分行业看，汽车制造业、电气机",
		"械和器材制造业增加值分别增长较快，",
		"成为拉动工业增长的主要力量，化工",
		"和建材行业增速则有所回落。",
		"　　市统计局12月5日发布数据，",
		"今年1月至11月，全市规上工业增",
		"加值增长7.2%，社会消费品零售",
		"额1286.5亿元，增长5.1%。",
		"全市共有规上企业1286家。",
		"　　市统计局有关负责人表示，下一",
		"步将密切跟踪重点行业运行情况，为",
		"全年目标任务完成提供支撑。",
	}
	zhWant := []string{
		"分行业看，汽车制造业、电气机械和器材制造业增加值分别增长较快，成为拉动工业增长的主要力量，化工和建材行业增速则有所回落。",
		"市统计局12月5日发布数据，今年1月至11月，全市规上工业增加值增长7.2%，社会消费品零售额1286.5亿元，增长5.1%。全市共有规上企业1286家。",
		"市统计局有关负责人表示，下一步将密切跟踪重点行业运行情况，为全年目标任务完成提供支撑。",
	}
	for _, c := range []struct {
		name  string
		folio string
		lines []string
		want  []string
	}{
		{"zh-Hans folio", "滨江日报　2026年12月6日　星期六　第５版　经济", zh, zhWant},
		{"zh-Hans folio, ASCII page", "滨江日报 2026年12月6日 星期六 第5版 经济", zh, zhWant},
		{"zh-Hant folio, Latin page letter", "宜蘭日報　2026年12月6日　星期六　A5版　地方新聞", zh, zhWant},
		{"ja folio, era year", "2026年（令和8年）12月6日　土曜日　第14版　地域", zh, zhWant},
		// Not changed: a page wrapped by width under the folio.
		{"width-wrapped page under a folio", "滨江日报　2026年12月6日　星期六　第５版　经济", []string{
			"国家统计局今日公布，11月份全国居民消",
			"费价格同比上涨0.8%，城市上涨0.9%，农",
			"村上涨0.5%，八大类价格四涨四降，全国",
			"环比降0.2%，核心CPI上涨1%。",
			"食品价格保持稳定，猪肉价格同比下降3.",
			"1%，鲜菜价格同比上涨5.6%，鲜果价格基",
			"本持平，粮食价格上涨0.3%。",
		}, []string{
			"国家统计局今日公布，11月份全国居民消费价格同比上涨0.8%，城市上涨0.9%，农村上涨0.5%，八大类价格四涨四降，全国环比降0.2%，核心CPI上涨1%。",
			"食品价格保持稳定，猪肉价格同比下降3.1%，鲜菜价格同比上涨5.6%，鲜果价格基本持平，粮食价格上涨0.3%。",
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := c.folio + "\n" + strings.Join(c.lines, "\n") + "\n"
			if got := paragraphsOf(t, page); strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("page:\n%s\n got:\n%s\nwant:\n%s", page, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}
