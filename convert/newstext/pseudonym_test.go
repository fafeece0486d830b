package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestPseudonymNoteForm: the note that a story's people are named by
// pseudonyms, bracketed or not, with a reason clause before it; a sentence
// that mentions a pseudonym, or says more, is text.
func TestPseudonymNoteForm(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"（文中人物均为化名）", true},
		{"（文中人名均为化名）", true},
		{"（文中人物均为化名。）", true},
		{"（文中涉案人员均为化名）", true},
		{"（应受访者要求，文中人物为化名）", true},
		{"（应当事人要求，文中人物均为化名）", true},
		{"（為保護當事人私隱，文中人物均為化名）", true},
		{"文中人物均为化名", true},
		{"（文中当事人系化名）", true},
		{"（人物均为化名）", true},
		{"[文中人物均为化名]", true},
		{"（本文人物均作化名处理）", false}, // 作 is no copula the rule knows: left as before
		{"他在网上一直使用化名。", false},
		{"（文中提到的化名）", false},
		{"文中人物均为化名，但事件真实。", false},
		{"记者了解到，文中人物均为化名", false},
		{"（应受访者要求，为保护隐私，文中人物为化名）", false},
		{"（文中人物均为化名）王某说。", false},
		{"文中人物均为化名登记的账户", false},
		{"（据新华社）", false},
	} {
		if got := pseudonymNote(tt.s); got != tt.want {
			t.Errorf("pseudonymNote(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestPseudonymNoteClosesStory: set short on its own line under a story
// (flush, indented, before a blank line, unbracketed), the note closes that
// story and is never joined to the next story's headline, nor its headline
// (blind page cn-wanbao-jingfa-22).
func TestPseudonymNoteClosesStory(t *testing.T) {
	const top = "男子冒充快递客服诈骗老人\n本报记者　周　航\n" +
		"　　按照对方指引，王阿姨下载了一款会议软件并\n开启屏幕共享，随后银行卡内的2.6万元被分三\n次转走。发现被骗后，王阿姨立即报警。\n"
	const next = "酒后挪车两米　司机被查\n　　本报讯（记者　周　航）12月5日晚，交警\n城南大队民警在新华路开展夜查时，发现一辆小轿\n车在路边短距离挪动，驾驶人陈某身上有明显酒味。\n"
	for _, note := range []string{
		"（文中人物均为化名）\n",
		"　　（文中人物均为化名）\n",
		"（文中人物均为化名）\n\n",
		"文中人物均为化名\n\n",
		"（应受访者要求，文中人物为化名）\n",
		"（文中涉案人员均为化名）\n",
	} {
		d := mustRead(t, top+note+next)
		if len(d.Articles) != 2 {
			t.Fatalf("%q: %d articles, want 2", note, len(d.Articles))
		}
		want := strings.Trim(note, "　\n")
		var last *doc.Node
		for _, n := range d.Articles[0].Children {
			last = n
		}
		if last == nil || last.Kind != doc.KindNote || last.Text != want {
			t.Errorf("%q: story 1 ends with %+v, want note %q", note, last, want)
		}
		if h := d.Articles[1].Children[0]; h.Kind != doc.KindHeadline || h.Text != "酒后挪车两米　司机被查" {
			t.Errorf("%q: story 2 opens with %v %q", note, h.Kind, h.Text)
		}
		roundTrip(t, d)
	}
	// A look-alike sentence in the text stays in its paragraph.
	d := mustRead(t, top+"　　据警方介绍，嫌疑人在网上一直使用化名。\n"+next)
	for _, n := range d.Articles[0].Children {
		if n.Kind == doc.KindNote {
			t.Errorf("look-alike read as a note: %q", n.Text)
		}
	}
	roundTrip(t, d)
}
