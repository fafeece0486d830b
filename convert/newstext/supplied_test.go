package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestSuppliedByCredit: a closing bracket naming the organisation that
// supplied the text, （…法院供稿）, is the story's credit with that org;
// a person's 供稿 or a photo's 提供 is not.
func TestSuppliedByCredit(t *testing.T) {
	for in, want := range map[string]string{
		"江州市滨湖区人民法院供稿": "江州市滨湖区人民法院",
		"市公安局供稿":       "市公安局",
		"滨湖区人民检察院 供稿":  "滨湖区人民检察院",
		"王明供稿":         "",
		"市气象台提供":       "",
		"供稿":           "",
	} {
		org, ok := suppliedBy(in)
		if org != want || ok != (want != "") {
			t.Errorf("suppliedBy(%q) = %q, %v; want %q", in, org, ok, want)
		}
	}
	page := "以案说法\n# 借名买房起纠纷　法院判决还房款\n\n　　市民张某借用亲戚名义购房，后双方因房屋归属发生纠纷。法院审理认为，借名买房协议合法有效。\n\n（江州市滨湖区人民法院供稿）\n"
	d := mustRead(t, page)
	var got []string
	doc.Walk(d.Articles[0], func(n *doc.Node) bool {
		if n.Kind == doc.KindByline {
			got = append(got, n.Org)
		}
		return true
	})
	if strings.Join(got, "|") != "江州市滨湖区人民法院" {
		t.Errorf("bylines' orgs %q, want the court", got)
	}
	roundTrip(t, d)
}
