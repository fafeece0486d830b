package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestKoreanBylineLabel: a Korean site's label before the byline
// (기자명 한지수 기자, 작성자 한지수 기자) is no name; a name alone stays one.
func TestKoreanBylineLabel(t *testing.T) {
	for in, want := range map[string]string{
		"기자명 한지수 기자":  "한지수",
		"기자명: 한지수 기자": "한지수",
		"작성자 한지수 기자":  "한지수",
		"한지수 기자":      "한지수",
	} {
		c, ok := parseCredit(in, false)
		if got := strings.Join(c.names, "|"); !ok || got != want {
			t.Errorf("parseCredit(%q) names %q (ok %v), want %q", in, got, ok, want)
		}
	}
	d := mustRead(t, "코스피 상승 마감\n\n기자명 한지수 기자\n\n코스피가 외국인 매수에 힘입어 상승했다.\n")
	var names []string
	doc.Walk(d.Articles[0], func(n *doc.Node) bool {
		if n.Kind == doc.KindByline {
			names = append(names, n.Names...)
		}
		return true
	})
	if strings.Join(names, "|") != "한지수" {
		t.Errorf("byline names %q, want 한지수", names)
	}
	roundTrip(t, d)
}
