package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// Japanese conventions found by a ninth round of blind pages (a story
// copied from a news site's page), each tested on original text of its
// own.

// TestJaSiteStoryHead: a story copied from a Japanese news site opens
// with the section it ran in (two fields parted by ・), its headline, the
// time stamp with the time of its update and the tag of a story for
// members, and the site's buttons; the section, the stamp and the
// buttons are the site's noise, the headline stays the headline; the
// dateline writes the reporter's equals sign half-width; the photo's
// caption closes with the day and the place in brackets and no credit,
// and stays a caption between the paragraphs.
func TestJaSiteStoryHead(t *testing.T) {
	page := "電機・精密\n\n" +
		"精密機器大手、英国に研究拠点　２０２７年稼働へ\n\n" +
		"2026年5月12日 6:00 (2026年5月12日 11:40更新) [有料会員限定]\n\n" +
		"保存\n\n" +
		"シェア\n\n" +
		"【ロンドン=田中一郎】精密機器大手の東和精機は11日、英ケンブリッジに研究拠点を新設すると発表した。\n\n" +
		"記者会見で新拠点の計画を説明する東和精機の社長（11日、ロンドン）\n\n" +
		"新拠点では医療用センサーを開発し、欧州の大学と共同研究を進める。\n"
	d := mustRead(t, page)
	roundTrip(t, d)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got,
		"noise 電機・精密\nheadline 精密機器大手、英国に研究拠点　２０２７年稼働へ\nnoise 2026年5月12日 6:00 (2026年5月12日 11:40更新) [有料会員限定]\nnoise 保存\nnoise シェア\ndateline 【ロンドン=田中一郎】",
		"caption 記者会見で新拠点の計画を説明する東和精機の社長（11日、ロンドン）\nparagraph 新拠点では")
	if strings.Contains(got, "subheadline") || strings.Contains(got, "heading") {
		t.Errorf("a subheadline or head in:\n%s", got)
	}
	for _, a := range d.Articles {
		doc.Walk(a, func(n *doc.Node) bool {
			if n.Kind == doc.KindDateline && (n.Place != "ロンドン" || strings.Join(n.Names, ",") != "田中一郎") {
				t.Errorf("dateline place %q names %v; want ロンドン, 田中一郎", n.Place, n.Names)
			}
			return true
		})
	}
}

// TestJaSiteHeadForms: the forms TestJaSiteStoryHead reads, one by one,
// and what they are not.
func TestJaSiteHeadForms(t *testing.T) {
	for s, want := range map[string]bool{
		"自動車・機械":    true,
		"IT・通信":     true,
		"金融・保険・証券":  true,
		"自動車":       false, // (no dot: jaSections names the single ones)
		"日本の・未来":    false,
		"地域・くらしの話題": false,
		"・機械":       false,
	} {
		if got := jaSectionLabel(s); got != want {
			t.Errorf("jaSectionLabel(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"2026年5月12日 6:00 (2026年5月12日 11:40更新) [有料会員限定]": true,
		"2026年5月12日 6:00 (2026年5月12日 11:40更新) [会員限定記事]": true,
		"2026年5月12日 6:00 (2026年5月12日 11:40更新)":          true,
		"2026年5月12日 6:00 (2026年5月12日 11:40更新) [写真]":     false,
		"2026年5月12日 6:00 [有料会員限定]":                      false,
	} {
		if got := updatedStamp(s); got != want {
			t.Errorf("updatedStamp(%q) = %v, want %v", s, got, want)
		}
	}
	for _, c := range []struct{ desc, in string }{
		{"記者会見する社長", "11日、ロンドン"},
		{"開店を待つ客たち", "１２月３日朝、名古屋市中区で"},
		{"式典であいさつする知事", "３日午後、県庁"},
	} {
		if !datedPlaceCaption(c.desc, c.in) || !isCaption(c.desc+"（"+c.in+"）") {
			t.Errorf("%s（%s）: not a caption", c.desc, c.in)
		}
	}
	for _, c := range []struct{ desc, in string }{
		{"社長は計画を説明した。新工場は来年稼働する", "11日、ロンドン"}, // a paragraph's sentences
		{"東和精機社長", "11日、ロンドン"},                // no kana: a title or a name
		{"記者会見する社長", "ロンドン、11日"},
		{"記者会見する社長", "11日"},
		{"記者会見する社長", "写真、ロンドン"},
	} {
		if datedPlaceCaption(c.desc, c.in) {
			t.Errorf("%s（%s）: read as a caption", c.desc, c.in)
		}
	}
	// A lone short button word with no row of buttons beside it stays
	// text (保存 may be a head's word).
	d := mustRead(t, "市の文書館\n\n保存\n\n文書館は古い記録を保存している。\n")
	if got := strings.Join(pageLeafKinds(d), "\n"); strings.Contains(got, "noise 保存") {
		t.Errorf("a lone 保存 with no buttons beside it read as noise:\n%s", got)
	}
	// The reporter after a half-width equals sign; an agency after it
	// stays the org.
	for in, want := range map[string][2]string{
		"ロンドン=田中一郎": {"ロンドン", "田中一郎"},
		"北京=共同":     {"北京", ""},
	} {
		dl, ok := bracketDateline(in, "ja")
		if !ok || dl.place != want[0] || strings.Join(dl.names, ",") != want[1] {
			t.Errorf("bracketDateline(%q) = %+v, %v; want place %s names %s", in, dl, ok, want[0], want[1])
		}
	}
}
