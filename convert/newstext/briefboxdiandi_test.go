package newstext

import (
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestBriefBoxLabelDiandi: a Hong Kong entertainment page's gossip column
// 娛圈點滴 (體壇點滴) is a box of briefs, its ● items under it an article
// of their own after the story above closed with its caption (blind round
// 84, hk-yule-shouyingli-piaofang), not a section of that story. A line
// ending in 點滴 that is a sentence's or a longer title's is no label.
func TestBriefBoxLabelDiandi(t *testing.T) {
	for in, want := range map[string]bool{
		"娛圈點滴":        true,
		"體壇點滴":        true,
		"娱圈点滴":        true,
		"［娛圈點滴］":      true,
		"病人在急症室等候打點滴": false,
		"點滴在心頭":       false,
	} {
		if got := briefBoxLabel(in); got != want {
			t.Errorf("briefBoxLabel(%q) = %v, want %v", in, got, want)
		}
	}
	page := "林芷澄紅館個唱加開兩場\n\n（記者區嘉敏報道）歌手林芷澄明年\n二月在紅館舉行的「澄光」演唱會，\n昨日公開發售門票後，四場門票在三\n小時內全部售罄，主辦單位隨即宣布\n加開兩場。\n\n" +
		"▲林芷澄昨日出席記者會，宣布加場喜訊。（主辦單位提供）\n\n" +
		"娛圈點滴\n\n" +
		"●樂隊「暖流」下月舉行出道十周年\n音樂會，成員阿杰日前練歌時扭傷腰\n骨，經紀人表示已無大礙，排練如常\n進行。\n\n" +
		"●資深演員何麗芬昨日六十歲生日，\n一眾徒弟在片場為她送上蛋糕，她笑\n言最大心願是「身體健康，繼續開工」。\n"
	d := mustRead(t, page)
	if len(d.Articles) != 2 {
		t.Fatalf("%d articles, want 2 (the story, the column)", len(d.Articles))
	}
	if h := d.Articles[1].Children[0]; h.Kind != doc.KindHeadline || h.Text != "娛圈點滴" {
		t.Errorf("second article opens with %v %q, want the headline 娛圈點滴", h.Kind, h.Text)
	}
	roundTrip(t, d)
}

// TestBracketReportedCreditAlone: a Hong Kong reporter's credit with its
// report verb, alone on its line under the headline, is the byline, as it
// is run in before the text (the writer sets it so: the tree must read
// back); a sentence's bracket with the verb, or an agency's, is not.
func TestBracketReportedCreditAlone(t *testing.T) {
	for _, c := range []struct {
		line   string
		byline bool
	}{
		{"（記者區嘉敏報道）", true},
		{"（記者 陳嘉欣 報道）", true},
		{"（記者昨日報道）", false},
		{"（新華社報道）", false},
	} {
		d := mustRead(t, "林芷澄紅館個唱加開兩場\n\n"+c.line+"\n\n歌手林芷澄明年二月在紅館舉行的「澄光」演唱會，昨日公開發售門票後，四場門票在三小時內全部售罄。\n")
		got := false
		for _, n := range d.Articles[0].Children {
			if n.Kind == doc.KindByline && n.Text == c.line {
				got = true
			}
		}
		if got != c.byline {
			t.Errorf("%s: byline %v, want %v", c.line, got, c.byline)
		}
	}
}
