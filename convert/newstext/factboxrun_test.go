package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestFactBoxRuns: a fact box's rows of labels the reader does not list,
// three or more of a row's shape one under another with no blank line
// (成立：1992年 / 總部：瑞典斯德哥爾摩 / 會員國：9國 / 秘書長：…, blind
// page tw-udn-guoji-jiaodian), are rows, paragraphs of the story above,
// never headlines splitting it; two such lines, or three parted by blank
// lines, stay as they were read (a title speaking for its source over
// its subtitle, or the text).
func TestFactBoxRuns(t *testing.T) {
	const story = "波羅的海峰會　擬建共同防空網\n\n編譯陳韻如／綜合外電報導\n\n環波羅的海合作組織九國領袖6日在瑞典首都斯德哥爾摩舉行年度峰會，同意在兩年內建立共同防空預警網。\n\n"
	const next = "\n\n英央行意外降息1碼\n編譯林宜萱／綜合外電報導\n\n英國央行6日宣布調降基準利率1碼至3.5％，幅度出乎市場預料。\n"
	for _, tt := range []struct {
		name string
		rows []string
	}{
		{"udn box", []string{"成立：1992年", "總部：瑞典斯德哥爾摩", "會員國：9國", "秘書長：愛沙尼亞籍的塔姆薩魯"}},
		{"three rows", []string{"總部：瑞典斯德哥爾摩", "會員國：九國", "秘書長：塔姆薩魯"}},
		{"simplified", []string{"成立：1992年", "总部：瑞典斯德哥尔摩", "成员国：9国", "秘书长：爱沙尼亚籍的塔姆萨鲁"}},
	} {
		d := mustRead(t, story+"環波羅的海合作組織小檔案\n"+strings.Join(tt.rows, "\n")+next)
		if len(d.Articles) != 2 {
			t.Errorf("%s: %d articles, want 2\n%s", tt.name, len(d.Articles), outline(d, false))
		}
		for _, r := range tt.rows {
			if n := nodeWithText(d, r); n == nil || n.Kind != doc.KindParagraph {
				t.Errorf("%s: %s: got %s, want a paragraph of its own\n%s", tt.name, r, creditFields(n), outline(d, false))
			}
		}
		if n := nodeWithText(d, "英央行意外降息1碼"); n == nil || n.Kind != doc.KindHeadline {
			t.Errorf("%s: the next story's headline lost\n%s", tt.name, outline(d, false))
		}
		roundTrip(t, d)
	}
	// Look-alikes: a title speaking for its source over its subtitle
	// (two lines), and speech ending its sentences, are no box.
	d := mustRead(t, "衛福部：流感疫苗明起開打\n疾管署：長者優先施打\n\n衛福部昨天宣布，流感疫苗明天起開打，65歲以上長者優先。\n")
	if n := nodeWithText(d, "衛福部：流感疫苗明起開打"); n == nil || n.Kind != doc.KindHeadline {
		t.Errorf("source-speaking title: got %s, want the headline\n%s", creditFields(n), outline(d, false))
	}
	for _, s := range []string{"總部：瑞典斯德哥爾摩", "秘書長：愛沙尼亞籍的塔姆薩魯"} {
		if !labelValueRow(s) {
			t.Errorf("labelValueRow(%s) = false", s)
		}
	}
	for _, s := range []string{"主持人：請談談您的看法。", "問：為何降息？", "林佳穎：我們會再努力。"} {
		if labelValueRow(s) {
			t.Errorf("labelValueRow(%s) = true, want a sentence", s)
		}
	}
}
