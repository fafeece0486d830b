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
