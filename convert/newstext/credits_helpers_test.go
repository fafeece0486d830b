package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// creditText formats a credit for table tests: "org=X roles=A,B names=C,D".
func creditText(c credit) string {
	return "org=" + c.org + " roles=" + strings.Join(c.roles, ",") + " names=" + strings.Join(c.names, ",")
}

// wantBylineLines checks parseBylineLine on each input against its
// expected creditText.
func wantBylineLines(t *testing.T, cases map[string]string) {
	t.Helper()
	for in, want := range cases {
		c, ok := parseBylineLine(in)
		if got := creditText(c); !ok || got != want {
			t.Errorf("parseBylineLine(%q) = %s %v, want %s", in, got, ok, want)
		}
	}
}

// headlines joins the headlines of d's articles with " / ".
func headlines(d *doc.Document) string {
	var heads []string
	for _, a := range d.Articles {
		heads = append(heads, a.Headline())
	}
	return strings.Join(heads, " / ")
}
