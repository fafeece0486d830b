package newstext

import (
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestBriefBoxLabelBriefing: a Hong Kong paper names its briefs column a
// briefing, 港聞簡報, 社會簡報, 本地簡報, as it does 港聞簡訊 (blind page
// hk-ganwen-16): the label is the first brief's kicker and every item a
// story of its own, not the label a headline over items read as its
// subheadline and sections. A longer line ending in 簡報, a briefing
// session's 簡報會, and a story's heads under no such label stay as they
// were.
func TestBriefBoxLabelBriefing(t *testing.T) {
	for in, want := range map[string]bool{
		"港聞簡報":    true,
		"社會簡報":    true,
		"本地簡報":    true,
		"簡報":      true,
		"港闻简报":    true,
		"［港聞簡報］":  true,
		"港聞簡訊":    true,
		"施政報告簡報會": false,
		"行政長官向立法會提交年度工作簡報": false,
		"【港聞簡報】": false, // lenticular: a run-in head's
	} {
		if got := briefBoxLabel(in); got != want {
			t.Errorf("briefBoxLabel(%q) = %v, want %v", in, got, want)
		}
	}
	const above = "深水埗劏房火警　兩人送院\n\n深水埗福華街一幢唐樓昨晨發生火警，\n一個劏房單位起火，濃煙湧入走廊，\n約一百名住客疏散。\n\n" +
		"消防處提醒市民，切勿在同一拖板上\n同時使用多件大功率電器，亦應定期\n檢查電線是否老化。\n\n"
	const items = "天文台：周三最低14度\n\n天文台預測，一股東北季候風周三抵\n達華南沿岸，本港氣溫明顯下降，市\n區最低約14度，新界再低兩三度，\n天氣乾燥。\n\n" +
		"荃灣線周日改動班次\n\n港鐵宣布，為配合路軌更換工程，荃\n灣線本周日凌晨首兩班列車將延遲約\n十分鐘開出，其他路綫服務不受影響。\n"
	for _, label := range []string{"港聞簡報", "社會簡報", "本地簡報", "港聞簡訊"} {
		d := mustRead(t, above+label+"\n\n"+items)
		if len(d.Articles) != 3 {
			t.Fatalf("%s: %d articles, want 3", label, len(d.Articles))
		}
		first := d.Articles[1].Children
		if len(first) < 2 || first[0].Kind != doc.KindKicker || first[0].Text != label || first[1].Kind != doc.KindHeadline || first[1].Text != "天文台：周三最低14度" {
			t.Errorf("%s: first brief opens %+v", label, first[:min(2, len(first))])
		}
		if h := d.Articles[2].Children[0]; h.Kind != doc.KindHeadline || h.Text != "荃灣線周日改動班次" {
			t.Errorf("%s: second brief opens with %v %q", label, h.Kind, h.Text)
		}
		roundTrip(t, d)
	}
	// With no label the titles are not briefs of a box: unchanged by the
	// rule (the items stay together under the story above's reading).
	d := mustRead(t, above+"施政報告簡報會今舉行\n\n"+items)
	for _, a := range d.Articles {
		if c := a.Children; len(c) > 0 && c[0].Kind == doc.KindKicker && c[0].Text == "施政報告簡報會今舉行" {
			t.Errorf("a headline ending in 簡報會 read as a box label")
		}
	}
	roundTrip(t, d)
}
