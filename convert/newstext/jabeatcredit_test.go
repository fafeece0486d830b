package newstext

import (
	"slices"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestJaBeatCredit: a Japanese sports paper's beat reporter's trailer,
// （担当・佐藤健太）, gives the role 担当 (or the beat's, 巨人担当) and the
// name, as （聞き手・佐藤美咲） gives 聞き手 (blind round 75, item D).
// Look-alikes: a notice's contact, other trailers.
func TestJaBeatCredit(t *testing.T) {
	for _, tc := range []struct {
		in          string
		ok          bool
		org         string
		roles, name []string
	}{
		{"担当・佐藤健太", true, "", []string{"担当"}, []string{"佐藤健太"}},
		{"担当＝佐藤健太", true, "", []string{"担当"}, []string{"佐藤健太"}},
		{"担当　佐藤　健太", true, "", []string{"担当"}, []string{"佐藤健太"}},
		{"巨人担当・佐藤健太", true, "", []string{"巨人担当"}, []string{"佐藤健太"}},
		{"ＤｅＮＡ担当＝木村花子", true, "", []string{"ＤｅＮＡ担当"}, []string{"木村花子"}},
		{"担当・佐藤健太、木村花子", true, "", []string{"担当"}, []string{"佐藤健太", "木村花子"}},
		{"担当は運動部・佐藤健太", true, "運動部", []string{"担当"}, []string{"佐藤健太"}},
		{"担当記者・佐藤健太", true, "", []string{"担当記者"}, []string{"佐藤健太"}},
		{"担当・総務課", false, "", nil, nil},    // a notice's contact
		{"担当・窓口は市役所", false, "", nil, nil}, // a phrase
		{"担当者・山田太郎", false, "", nil, nil},  // no role word of ours
		{"担当", false, "", nil, nil},          // no name
		{"名古屋・山田一郎", false, "", nil, nil},    // a bureau's (jabureausign.go)
		{"市の担当は福祉課・佐藤", false, "", nil, nil}, // a sentence's
	} {
		c, ok := jaBeatCredit(tc.in)
		if ok != tc.ok || ok && (c.org != tc.org || !slices.Equal(c.roles, tc.roles) || !slices.Equal(c.names, tc.name)) {
			t.Errorf("jaBeatCredit(%s) = %+v %v, want %v %q %q %q", tc.in, c, ok, tc.ok, tc.org, tc.roles, tc.name)
		}
	}
	// On its line and run on after the story's last sentence; the
	// interviewer's and the bureau's trailers stay as they were.
	for s, want := range map[string]string{
		"（担当・佐藤健太）":    "担当 佐藤健太",
		"（巨人担当＝佐藤健太）":  "巨人担当 佐藤健太",
		"（聞き手・佐藤美咲）":   "聞き手 佐藤美咲",
		"（名古屋・山田一郎）":   " 山田一郎",
		"（社会部　佐藤花子）":   " 佐藤花子",
		"（担当・大阪・佐藤健太）": "担当 佐藤健太",
	} {
		c, ok := parseBylineLine(s)
		if got := strings.Join(c.roles, "/") + " " + strings.Join(c.names, "/"); !ok || got != want {
			t.Errorf("parseBylineLine(%s) = %q %v, want %q", s, got, ok, want)
		}
	}
	if _, c, ok := trailingCredit("岡本は今季２５号を放った。（担当・佐藤健太）"); !ok || !slices.Equal(c.roles, []string{"担当"}) {
		t.Errorf("run-on trailer: %+v %v", c, ok)
	}

	const page = "巨人が逆転勝ち\n\n巨人は５日、阪神に３－２で逆転勝ちした。岡本が８回に２ランを放った。\n\n（担当・佐藤健太）\n"
	d := mustRead(t, page, WithLang("ja"))
	var by *doc.Node
	for _, a := range d.Articles {
		for _, n := range a.Children {
			if n.Kind == doc.KindByline {
				by = n
			}
		}
	}
	if by == nil || !slices.Equal(by.Roles, []string{"担当"}) || !slices.Equal(by.Names, []string{"佐藤健太"}) {
		t.Errorf("byline %+v, want roles 担当 names 佐藤健太:\n%s", by, strings.Join(deepKinds(d), "\n"))
	}
}

// TestJaBeatContactRunOn: a 担当 trailer run on at a paragraph's end
// above more of the story, naming a bare surname, is a notice's person to
// contact and stays in its paragraph (review 31a finding 3 on ef8fa9f):
// （担当・佐藤）, （担当＝生涯学習課・佐藤）, （担当・佐藤、鈴木）. Look-alikes
// read as ef8fa9f reads them: the same trailer closing the story, and a
// full name above more text, are bylines.
func TestJaBeatContactRunOn(t *testing.T) {
	for s, want := range map[string]bool{
		"（担当・佐藤）":        true,
		"（担当＝生涯学習課・佐藤）":  true,
		"（担当・佐藤、鈴木）":     true,
		"（担当・佐藤健太）":      false,
		"（巨人担当＝佐藤健太）":    false,
		"（担当・佐藤健太、木村花子）": false,
		"（経済部・佐藤）":       false,
		"（担当・総務課）":       false,
	} {
		if got := runOnBeatContact(s); got != want {
			t.Errorf("runOnBeatContact(%s) = %v, want %v", s, got, want)
		}
	}
	const head = "市民講座の参加者募集\n家計簿の付け方学ぶ\n\n　市は「はじめての家計簿」講座の参加者を募集している。申し込みは１０日までに市生涯学習課へ。"
	const more = "\n\n　講師は市内のファイナンシャルプランナーが務める。\n"
	for _, tr := range []string{"（担当・佐藤）", "（担当＝生涯学習課・佐藤）", "（担当・佐藤、鈴木）"} {
		got := strings.Join(treeOf(mustRead(t, head+tr+more)), "\n")
		wantIn(t, got, "課へ。"+tr+"\n  paragraph 講師は")
		if strings.Contains(got, "byline") {
			t.Errorf("%s above more text taken as a byline:\n%s", tr, got)
		}
	}
	// Closing the story, or a full name: the byline ef8fa9f reads.
	for _, page := range []string{head + "（担当・佐藤）\n", head + "（担当・佐藤健太）" + more} {
		d := mustRead(t, page)
		found := false
		for _, a := range d.Articles {
			for _, n := range a.Children {
				if n.Kind == doc.KindByline && slices.Equal(n.Roles, []string{"担当"}) {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("no 担当 byline:\n%s", strings.Join(deepKinds(d), "\n"))
		}
	}
}
