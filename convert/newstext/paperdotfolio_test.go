package newstext

import (
	"strings"
	"testing"
)

// TestPaperDotSectionFolio: a folio joining the paper's name to its page's
// or edition's by a middle dot (江城日报·城市民生, 人民日报·海外版,
// 聯合報·桃園; ·, ・, ‧ or •) is a folio as it is with a space there, at
// the page's top over the first story's titles and OCR'd between a
// paragraph's halves, which are joined again (blind page cn-ocr-shequ,
// where it was the headline or glued into the text). A title or a name
// with a dot, and a dotted paper's name without the folio's date or page,
// stay what they were.
func TestPaperDotSectionFolio(t *testing.T) {
	for _, tt := range []struct {
		line string
		want string // noiseKind
	}{
		{"江城日报·城市民生　2026年12月7日　星期一　第5版", noiseFolio},
		{"人民日报·海外版　2026年12月7日　星期一　第3版", noiseFolio},
		{"聯合報·桃園　2026年12月7日　星期一　B2", noiseFolio},
		{"江城日報·城市民生　2026年12月7日　星期一　第５版", noiseFolio},
		{"江城日报・城市民生　2026年12月7日　第5版", noiseFolio},
		{"江城日报•城市民生 2026年12月7日 星期一 第5版", noiseFolio},
		{"江城日报‧城市民生　2026年12月7日　第5版", noiseFolio},
		{"2026年12月7日　星期一　第5版　江城日报·城市民生", noiseFolio},
		{"江城晚报·城市民生　2026年12月7日　星期一", noiseDate},
		// Look-alikes.
		{"“一带一路”·十年　2026年12月7日", ""},
		{"阿卜杜拉·艾买提江　2026年12月7日", ""},
		{"江城日报·城市民生", ""},
		{"江城日报·城市民生　记者走访十家农贸市场", ""},
		{"江城日报·十年间我们走过的路　2026年12月7日", ""},
		{"江城日报·城市民生周刊2026　第5版", ""},
	} {
		if got := noiseKind(tt.line); got != tt.want {
			t.Errorf("noiseKind(%q) = %q, want %q", tt.line, got, tt.want)
		}
		if tt.want != noiseFolio {
			continue
		}
		// At the page's top, over the first story's kicker and headline.
		top := tt.line + "\n历时四个月改造\n城南农贸市场明起恢复营业\n" +
			"　　本报讯（记者　李娜）历时四个月提升改造，城南农贸市场将\n于12月8日起恢复营业。\n"
		d := mustRead(t, top)
		if got := kindsOf(d); len(d.Articles) != 1 || len(got) < 3 || got[0] != "noise "+tt.line || got[2] != "headline 城南农贸市场明起恢复营业" {
			t.Errorf("%s at the top: got %s", tt.line, strings.Join(got, " | "))
		}
		roundTrip(t, d)
		// OCR'd between the halves of a paragraph of a 19-character page.
		mid := "历时四个月改造\n城南农贸市场明起恢复营业\n" +
			"　　本报讯（记者　李娜）历时四个月提升\n改造，城南农贸市场将于12月8日起恢复\n营业。\n" +
			"　　据介绍，改造后的市场共设摊位126\n个，分为蔬菜、肉类、水产、熟食等七个区\n域。市场还新增了农残快检室，每天对上市\n" +
			tt.line + "\n蔬菜进行抽检，检测结果在入口处电子屏实\n时公示。\n"
		d = mustRead(t, mid)
		want := "paragraph 据介绍，改造后的市场共设摊位126个，分为蔬菜、肉类、水产、熟食等七个区域。市场还新增了农残快检室，每天对上市蔬菜进行抽检，检测结果在入口处电子屏实时公示。"
		if got := kindsOf(d); len(d.Articles) != 1 || !strings.Contains(strings.Join(got, "\n"), want+"\nnoise "+tt.line) {
			t.Errorf("%s mid-paragraph: got %s", tt.line, strings.Join(got, " | "))
		}
		roundTrip(t, d)
	}
}
