package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestPagedRunningHeadSplit: a vertical page's running head with no date,
// the page's name (夕刊　国際, 国際) and its number (３) on two lines in
// either order, or on one line (夕刊　国際　３, ３　夕刊　国際), read by OCR
// between the halves of a sentence a page break cut, is page furniture
// when the dated head opening the page holds every word and the number
// (in brackets there: （３）), and the halves join (blind page
// ja-yukan-ocr-kokusai-12). A name the head does not hold, a number it
// does not, a page with no dated head, and a head's word with no number
// beside it stay as they were.
func TestPagedRunningHeadSplit(t *testing.T) {
	const (
		head = "北信日報　２０２６年（令和８年）１２月７日（月曜日）　（３）　夕刊　国際\n"
		top  = "対中半導体規制を緩和\n米、同盟国と調整へ\n【ワシントン共同】米商務\n省は５日、中国向けの半導\n体製造装置の輸出規制を一\n部緩和すると発表した。\n　商務省高官は記者会見で\n「同盟国の企業が不利益を受け\n"
		tail = "\nないようにしたい」と強調\nした。\n　中国外務省の報道官は６\n日、反発した。\n"
	)
	for _, tt := range []struct {
		head, run string
		noise     bool // every line of run is noise, the halves joined
	}{
		{head, "夕刊　国際\n３", true},
		{head, "３\n夕刊　国際", true},
		{head, "国際\n３", true},
		{head, "３\n国際", true},
		{head, "夕刊　国際　３", true},
		{head, "３　夕刊　国際", true},
		{head, "国際　（３）", true},
		// The head holds another number or no such name, or there is
		// no dated head: the name line is no running head.
		{head, "国際\n４", false},
		{head, "社会\n３", false},
		{strings.Replace(head, "（３）", "（５）", 1), "夕刊　国際\n３", false},
		{"", "夕刊　国際\n３", false},
		{"", "夕刊　国際　３", false},
	} {
		d := mustRead(t, tt.head+top+tt.run+tail)
		name := strings.Split(tt.run, "\n")
		if len(name) > 1 && isPageNumber(name[0]) {
			name[0], name[1] = name[1], name[0]
		}
		if got := kindOfText(d, name[0]) == "noise"; got != tt.noise {
			t.Errorf("%q under %q: %q noise %v, want %v\n%s", tt.run, tt.head, name[0], got, tt.noise, outline(d, false))
		}
		if tt.noise {
			joined := false
			d.WalkDocument(func(n *doc.Node) bool {
				joined = joined || n.Kind == doc.KindParagraph && strings.Contains(n.Text, "不利益を受けないように")
				return !joined
			})
			if !joined {
				t.Errorf("%q: the halves are not joined\n%s", tt.run, outline(d, false))
			}
		}
		roundTrip(t, d)
	}
	// A head's word alone between two paragraphs, no number beside it,
	// stays text: the page's name is also a word a story may set alone.
	d := mustRead(t, head+top+"ないようにしたい」と強調した。\n国際\n　中国外務省の報道官は６\n日、反発した。\n")
	if k := kindOfText(d, "国際"); k == "noise" {
		t.Errorf("国際 with no number beside it: %s\n%s", k, outline(d, false))
	}
	roundTrip(t, d)
}
