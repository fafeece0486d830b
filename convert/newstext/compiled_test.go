package newstext

import (
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestCompiledWireCredit: a brief compiled from several wires closes with
// （综合X、Y）; 综合 is the wording, the list the byline's org, alone or run
// on after a finished sentence. Look-alikes stay as they were.
func TestCompiledWireCredit(t *testing.T) {
	for _, c := range []struct{ inner, org string }{
		{"综合新华社、央视新闻", "新华社、央视新闻"},
		{"综合新华社", "新华社"},
		{"綜合中央社、路透社", "中央社、路透社"},
		{"综合《人民日报》、新华社", "人民日报、新华社"},
		{"综合新华社电", "新华社"},
		// look-alikes: prose, the compiling word alone, a Singapore dateline
		{"综合考虑", ""},
		{"综合报道", ""},
		{"综合", ""},
		{"联合早报综合讯", ""},
		{"新华社、央视新闻", ""},
		// an office named with 综合 (review 25): 综合 is the name's
		{"综合行政执法局", ""},
		{"综合执法局", ""},
		{"综合管理部", ""},
		{"综合新闻", ""},
		{"综合执法局、交警大队", ""},
	} {
		org, ok := compiledSource(c.inner)
		if ok != (c.org != "") || org != c.org {
			t.Errorf("compiledSource(%q) = %q %v, want %q", c.inner, org, ok, c.org)
		}
	}
	for _, s := range []string{"中国队将对阵日本队。（综合新华社、央视新闻）", "中国队将对阵日本队。\n（综合新华社、央视新闻）"} {
		d := mustRead(t, "国乒男队晋级四强\n\n　　"+s+"\n")
		found := false
		for _, a := range d.Articles {
			for _, n := range a.Children {
				if n.Kind == doc.KindByline && n.Org == "新华社、央视新闻" {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("%q: %v, want a byline of org 新华社、央视新闻", s, allKinds(d))
		}
		roundTrip(t, d)
	}
	// an office's trailer (review 25, cn-zonghe): a byline of the office,
	// 综合 and all, run on or alone on its line
	for _, s := range []string{"相关部门将建立夜市常态化管理机制。（综合行政执法局）", "相关部门将建立夜市常态化管理机制。\n（综合行政执法局）"} {
		d := mustRead(t, "江州开展冬季夜市环境整治\n\n"+s+"\n")
		found := false
		for _, a := range d.Articles {
			for _, n := range a.Children {
				if n.Kind == doc.KindByline {
					found = n.Org == "综合行政执法局"
				}
			}
		}
		if !found {
			t.Errorf("%q: %v, want a byline of org 综合行政执法局", s, allKinds(d))
		}
		roundTrip(t, d)
	}
	if k, _, ok := trailingCredit("他说。（综合报道）"); ok {
		t.Errorf("trailingCredit(（综合报道）) = %d, want none", k)
	}
}
