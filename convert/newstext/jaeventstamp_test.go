package newstext

import (
	"slices"
	"strings"
	"testing"
)

// TestJaEventLabelStamp: a date and time in a web stamp's form right
// under an event box's label (日時 over 2026年12月20日 土曜 午後2:00) is
// the box's text, not the site's stamp: never dropped as noise, and the
// label dates no article (review 25b, ja-event-date). The stamp under a
// headline stays noise (TestBlind56Ja*).
func TestJaEventLabelStamp(t *testing.T) {
	lead := "市民会館でクリスマスコンサート\n\n長野市民会館は、市内の中高生による吹奏楽のクリスマスコンサートを開く。入場無料で、事前の申し込みは不要。\n\n"
	for _, c := range []struct{ label, stamp string }{
		{"日時", "2026年12月20日 土曜 午後2:00"},
		{"日時", "2026年12月20日 午前10:30"},
		{"開催日時", "2026年12月20日(土) 14:00"},
	} {
		page := lead + c.label + "\n" + c.stamp + "\n会場\n長野市民会館大ホール\n\n問い合わせは同館（026・123・4567）へ。\n"
		d := mustRead(t, page)
		k := allKinds(d)
		if slices.Contains(k, "noise "+c.stamp) || slices.Contains(k, "headline "+c.label) || len(d.Articles) != 1 {
			t.Errorf("%s / %s: got %q, want the box's text in the one article", c.label, c.stamp, k)
		}
		if !strings.Contains(strings.Join(k, "\n"), c.label) {
			t.Errorf("%s: label lost: %q", c.label, k)
		}
		roundTrip(t, d)
	}
	// The stamp under a headline stays the site's.
	d := mustRead(t, "市民会館でクリスマスコンサート\n2026年12月6日 土曜 午後6:42\n長野市民会館は、市内の中高生による吹奏楽のクリスマスコンサートを開く。\n")
	if k := allKinds(d); !slices.Contains(k, "noise 2026年12月6日 土曜 午後6:42") {
		t.Errorf("stamp under a headline: got %q, want noise", k)
	}
}
