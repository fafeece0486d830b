package newstext

import (
	"strings"
	"testing"
)

// TestDecimalPointCutAtLineEnd: a page wrapped by character count cuts a
// number at its decimal point (同比增长5. / 1%。, blind page
// cn-ocr-jingji); the point is the number's, not a full stop, and the
// paragraph goes on, even where the line looks short (an OCR line with
// stray spaces takes the page for one wrapped by width). Variants: a
// mainland page with ASCII digits, a Japanese page with full-width digits
// and point (１５．/６％), a Japanese page with ASCII digits. Look-alikes
// that must not change: an English line ending a sentence in a number over
// a line opening with one, a line ending in a list's number alone (1.)
// over text, a next line that is a numbered item (2.加强…), and an
// indented next line (a new paragraph).
func TestDecimalPointCutAtLineEnd(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  []string
	}{
		{"zh-Hans 16, ASCII digits, OCR spaces", []string{
			"　　分行业看，汽车制造业、电气机",
			"械和器材 制造业增加值 分别增长15.",
			"6%和11.4%，成为拉动工业增",
			"长的主要力量。社会消费品零售总额",
			"完成1286.5亿元，同比增长5.",
			"1%。",
			"　　市统计局有关负责人表示，下一",
			"步将密切跟踪重点行业运行情况，为",
			"全年目标任务完成提供支撑。",
		}, []string{
			"分行业看，汽车制造业、电气机械和器材制造业增加值分别增长15.6%和11.4%，成为拉动工业增长的主要力量。社会消费品零售总额完成1286.5亿元，同比增长5.1%。",
			"市统计局有关负责人表示，下一步将密切跟踪重点行业运行情况，为全年目标任务完成提供支撑。",
		}},
		{"ja 15, full-width point", []string{
			"　県によると、今年の観光客数は延",
			"べ１２８万人で、前年比３．",
			"５％増えた。県は来年も誘客に力を",
			"入れる方針で、新たな周遊ルートを",
			"設けるほか、外国人向けの案内も充",
			"実させるという。",
		}, []string{
			"県によると、今年の観光客数は延べ１２８万人で、前年比３．５％増えた。県は来年も誘客に力を入れる方針で、新たな周遊ルートを設けるほか、外国人向けの案内も充実させるという。",
		}},
		{"ja 15, ASCII digits", []string{
			"　県によると、今年の観光客数は延",
			"べ128万人で、前年比3.",
			"5%増えた。県は来年も誘客に力を",
			"入れる方針で、新たな周遊ルートを",
			"設けるほか、外国人向けの案内も充",
			"実させるという。",
		}, []string{
			"県によると、今年の観光客数は延べ128万人で、前年比3.5%増えた。県は来年も誘客に力を入れる方針で、新たな周遊ルートを設けるほか、外国人向けの案内も充実させるという。",
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := "市民生活\n\n" + strings.Join(c.lines, "\n") + "\n"
			if got := paragraphsOf(t, page); strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("page:\n%s\n got:\n%s\nwant:\n%s", page, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
	// Look-alikes, as line pairs: the point ends nothing decimalCut knows.
	for _, c := range []struct {
		name    string
		a, next srcLine
	}{
		{"English sentence ending in a number", srcLine{text: "Sales rose by 5."}, srcLine{text: "12 stores closed."}},
		{"a list's number alone", srcLine{text: "1."}, srcLine{text: "2026年起实施"}},
		{"a numbered item under it", srcLine{text: "主要措施有以下3."}, srcLine{text: "2.加强管理"}},
		{"an indented line under it", srcLine{text: "同比增长5."}, srcLine{text: "12月4日，滨江经济开发区", indent: true, para: true}},
		{"a full stop", srcLine{text: "同比增长5%。"}, srcLine{text: "12月4日，滨江经济开发区"}},
		{"text, not a digit, under it", srcLine{text: "同比增长5."}, srcLine{text: "据介绍"}},
	} {
		if decimalCut(c.a, c.next) {
			t.Errorf("%s: decimalCut(%q, %q) = true", c.name, c.a.text, c.next.text)
		}
	}
	if !decimalCut(srcLine{text: "同比增长5."}, srcLine{text: "1%。"}) {
		t.Error("decimalCut(同比增长5., 1%。) = false")
	}
}
