package newstext

import (
	"strings"
	"testing"
)

// TestDocNumberIsNoSpeaker: a case's or a document's number on a line of
// its own, 案号：（2026）苏0211刑初318号, 文号：国发〔2026〕12号, 编号：
// ZJ-2026-0318, is a form's row closing the story above, never a title
// that speaks for someone (天文台：…) heading the next story over its
// real headline (blind page cn-fazhibao-anhao: the 案号 had been a new
// article's headline, the title under it its subheadline). A title whose
// value holds one number in words (今年第18号, 3号线) stays a title.
func TestDocNumberIsNoSpeaker(t *testing.T) {
	for in, want := range map[string]bool{
		"（2026）苏0211刑初318号":    true,
		"(2026)京0105民初字第1234号": true,
		"（2025）最高法民终56号":       true,
		"国发〔2026〕12号":          true,
		"京政办发〔2026〕3号":         true,
		"ZJ-2026-0318":         true,
		"H20260001":            true,
		"国药准字H20260001":        true,
		"京ICP备12345678号":       true,
		"国产C919":               false,
		"长征5号":                 false,
		"华为P70":                false,
		"今年第18号":               false,
		"第18号台风":               false,
		"3号线今起试运行":             false,
		"5号":                   false,
		"18号":                  false,
		"2026年1号文件":            false,
		"iPhone17":             false, // a product's name
		"5G":                   false,
		"国发12号":                false, // one run of digits, no year
		"（2026）苏0211刑初318号 判决": false,
	} {
		if got := docNumber(in); got != want {
			t.Errorf("docNumber(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]bool{
		"案号：（2026）苏0211刑初318号": false,
		"文号：国发〔2026〕12号":       false,
		"编号：ZJ-2026-0318":      false,
		"批准文号：国药准字H20260001":   false,
		"气象台：今年第18号台风生成":       true,
		"地铁：3号线今起试运行":          true,
		"专家：警惕“隐形”风险":          true,
		"法院：（2026）年内审结全部积案":    true,
		"市民：2026年想多陪陪家人":       true,
		"检察院：追回欠薪126万元":        true,
		"天文台：今晚改發八號風球":         true,
		"公安：ZJ-2026专项行动取得成效":   true,
		"律师：H2O不是化学式那么简单":      true,
		"交警：国发〔2026〕12号文件落地了":  true,
	} {
		if got := attributedTitle(in); got != want {
			t.Errorf("attributedTitle(%q) = %v, want %v", in, got, want)
		}
	}
	story := "法院判决一起盗窃案\n\n　　本报讯（记者　沈　洁）12月5日，江州市滨湖区人民法院公开宣判一起盗窃案，被告人张某被判处有期徒刑二年六个月。\n\n" +
		"　　宣判后，被告人表示服判，不上诉。\n\n"
	next := "\n\n检察机关督促追回欠薪126万元\n\n　　本报讯　通讯员　周　敏　近日，江州市城东区人民检察院帮助37名农民工追回被拖欠的工资。\n"
	for _, row := range []string{"案号：（2026）苏0211刑初318号", "文号：苏检发〔2026〕12号", "编号：ZJ-2026-0318", "案号：(2026)苏0211刑初318号"} {
		d := mustRead(t, story+row+next)
		got := strings.Join(treeOf(d), "\n")
		if k := kindOfText(d, row); k != "paragraph" {
			t.Errorf("%s: %s, want a paragraph:\n%s", row, k, got)
		}
		if h := headlines(d); h != "法院判决一起盗窃案 / 检察机关督促追回欠薪126万元" {
			t.Errorf("%s: headlines %q:\n%s", row, h, got)
		}
		roundTrip(t, d)
	}
	// A source's claim over a second title line still opens the next
	// story as its headline.
	d := mustRead(t, story+"检察院：追回欠薪126万元"+next)
	if h := headlines(d); h != "法院判决一起盗窃案 / 检察院：追回欠薪126万元" {
		t.Errorf("a speaking headline lost: %q:\n%s", h, strings.Join(treeOf(d), "\n"))
	}
	roundTrip(t, d)
}
