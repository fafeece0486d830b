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
// page with no dated head, leave the line where it was.
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
		// The head names another page, or there is no dated head.
		{"津城晚报　社会新闻　２０２６年１２月６日　Ａ７\n", "Ａ８　　社会新闻", false},
		{"津城晚报　社会新闻　２０２６年１２月６日　Ａ７\n", "Ａ７　　体育新闻", false},
		{"", "Ａ７　　社会新闻", false},
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
