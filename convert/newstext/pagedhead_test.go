package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestPagedRunningHead: OCR's running head with no date, the page's number
// and name (Ａ７　　社会新闻, 社会新闻　A7), read between the halves of a
// sentence a page break cut, is page furniture when the dated head opening
// the page holds both words, and the halves join (blind page
// cn-wanbao-rexian-ocr). A number and name the head does not hold, or a
// page with no dated head, are one too since the line stands where a
// sentence is cut (cutPageHead, TestCutPageHead), and the halves join.
func TestPagedRunningHead(t *testing.T) {
	const (
		top  = "楼道灯坏了半月\n　　本报讯　昨天下午，家住河西区\n友谊路的刘阿姨拨打本报新闻热线，\n称楼道里的声控灯坏了半个多月，老\n"
		tail = "\n人夜里上下楼只能摸黑。记者随即赶\n到现场。\n"
	)
	for _, tt := range []struct {
		head, run string
		want      bool // the run head is noise
	}{
		{"津城晚报　社会新闻　２０２６年１２月６日　Ａ７\n", "Ａ７　　社会新闻", true},
		{"津城晚报　社会新闻　２０２６年１２月６日　Ａ７\n", "社会新闻　Ａ７", true},
		{"津城晚报　2026年12月6日　星期日　A7　社会新闻\n", "A7　社会新闻", true},
		{"2026年12月6日　星期日　第7版　社会新闻\n", "第7版　社会新闻", true},
		// The head names another page, or there is no dated head: the
		// line cuts the sentence (cutPageHead).
		{"津城晚报　社会新闻　２０２６年１２月６日　Ａ７\n", "Ａ８　　社会新闻", true},
		{"津城晚报　社会新闻　２０２６年１２月６日　Ａ７\n", "Ａ７　　体育新闻", true},
		{"", "Ａ７　　社会新闻", true},
	} {
		d := mustRead(t, tt.head+top+tt.run+tail)
		got := kindOfText(d, tt.run) == "noise"
		if got != tt.want {
			t.Errorf("%q under %q: noise %v, want %v\n%s", tt.run, tt.head, got, tt.want, outline(d, false))
		}
		if tt.want && nodeWithText(d, "本报讯") == nil {
			t.Errorf("%q: no dateline\n%s", tt.run, outline(d, false))
		}
		if tt.want {
			joined := false
			d.WalkDocument(func(n *doc.Node) bool {
				joined = joined || n.Kind == doc.KindParagraph && strings.Contains(n.Text, "老人夜里")
				return !joined
			})
			if !joined {
				t.Errorf("%q: the halves are not joined\n%s", tt.run, outline(d, false))
			}
		}
		roundTrip(t, d)
	}
}

// TestCutPageHead: OCR's running head with no date that no page head
// names, a page's code and name (A3　　證券, 證券　A3, Ａ７　社会新闻,
// 第7版　综合, GA07　广州·民生), read between the halves of a sentence a page
// break cut (the line above leaving a clause open or running to the
// measure, the line under going on unindented), is page furniture and the
// halves join (blind page tw-edn-ocr, whose head names the page's number
// but not its name). A bare number, a longer phrase, a line after a
// finished sentence, a line over an indented one and a contents box's
// entries stay text.
func TestCutPageHead(t *testing.T) {
	const (
		top = "上市公司營收　同期新高\n記者 林宛臻／台北報導\n　　台灣證券交易所昨（5）日公布上月\n上市公司營收，合計新台幣4兆1,23\n5億元，月增3.2％，年增11.6％，\n"
		// (the line above the head runs to the measure, its clause open)
		full = "上市公司營收　同期新高\n記者 林宛臻／台北報導\n　　台灣證券交易所昨（5）日公布上月\n上市公司營收，合計新台幣4兆1,23\n5億元，月增3.2％，年增11.6％與\n"
		tail = "\n創歷年同期新高，其中電子零組件業貢獻\n最大。\n　　證交所表示，上月營收年增的公司共\n有587家，占比約六成；年減的公司則\n以塑化與鋼鐵業居多，主因國際報價持續\n疲弱。\n"
	)
	for _, tt := range []struct {
		head, body, run string
		noise, joined   bool // the run head is noise; the halves are joined
	}{
		{"A3　經濟日報　2026年12月6日　星期六\n", top, "A3　　證券", true, true},
		{"", top, "A3　　證券", true, true},
		{"", top, "證券　A3", true, true},
		{"", top, "Ａ７　社会新闻", true, true},
		{"", top, "第7版　综合", true, true},
		{"", top, "GA07　广州·民生", true, true},
		{"", full, "A3　　證券", true, true},
		// Between two paragraphs (the sentence ended at the page's
		// foot) it is the running head too, and nothing is joined.
		{"", strings.Replace(top, "11.6％，", "11.6％。", 1), "A3　　證券", true, false},
		// Not a page's code and name: wrapped text, left in the paragraph.
		{"", top, "3　證券", false, false},
		{"", top, "A3　證券市場今日大漲", false, false},
	} {
		d := mustRead(t, tt.head+tt.body+tt.run+tail)
		if got := kindOfText(d, tt.run) == "noise"; got != tt.noise {
			t.Errorf("%q: noise %v, want %v\n%s", tt.run, got, tt.noise, outline(d, false))
		}
		joined := false
		d.WalkDocument(func(n *doc.Node) bool {
			joined = joined || n.Kind == doc.KindParagraph && (strings.Contains(n.Text, "％，創歷年") || strings.Contains(n.Text, "％與創歷年"))
			return !joined
		})
		if joined != tt.joined {
			t.Errorf("%q: halves joined %v, want %v\n%s", tt.run, joined, tt.joined, outline(d, false))
		}
		roundTrip(t, d)
	}
	// Alone between two paragraphs on a page parted by blank lines: the
	// running head a page break set there.
	d := mustRead(t, "上市公司營收　同期新高\n\n台灣證券交易所昨日公布上月上市公司營收，創歷年同期新高。\n\nA3　證券\n\n證交所表示，年減的公司則以塑化與鋼鐵業居多。\n")
	if k := kindOfText(d, "A3　證券"); k != "noise" {
		t.Errorf("A3　證券 between paragraphs: %s\n%s", k, outline(d, false))
	}
	roundTrip(t, d)
	// Over an indented line (a paragraph's start), and a contents box's
	// entries one under another: no sentence is cut there.
	for _, page := range []string{
		top + "A3　　證券\n　　創歷年同期新高，其中電子零組件業貢獻\n最大。\n",
		"今日導讀\nA2　要聞\nA3　證券\nA5　國際\n" + top + "創歷年同期新高。\n",
	} {
		d := mustRead(t, page)
		d.WalkDocument(func(n *doc.Node) bool {
			if n.Kind == doc.KindNoise && n.Text != "" && pageCodeHead(n.Text) {
				t.Errorf("%q is noise\n%s", n.Text, outline(d, false))
			}
			return true
		})
		roundTrip(t, d)
	}
}
