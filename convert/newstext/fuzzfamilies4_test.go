package newstext

import (
	"slices"
	"testing"
)

// TestAuthorNoteRunOn: a note on the author run on to the last paragraph,
// …负担。（作者系授）, is the byline it is on its own line, with no name
// (a FuzzRead round trip read 作者系授 as a name only where it was run on).
func TestAuthorNoteRunOn(t *testing.T) {
	for _, s := range []string{"增加基层负担。（作者系授）", "增加基层负担。（作者系某大学教授）"} {
		k, c, ok := trailingCredit(s)
		if !ok || len(c.names) > 0 || s[k:] != s[len("增加基层负担。"):] {
			t.Errorf("trailingCredit(%q) = %d %+v %v, want the note, no name", s, k, c, ok)
		}
		roundTrip(t, mustRead(t, s))
	}
}

// TestReprintSourceRunOn: a reprinted item's source run on to its text
// is never a byline with the org 据华社 that the same bracket on its own
// line (org 华社) would not give (a FuzzRead round trip): a wire's credit,
// 。（据华社）, is split off with the org its own line gives, and a
// paper's, （据《经济日报》） on a digest of quotes, stays in the text.
func TestReprintSourceRunOn(t *testing.T) {
	for s, org := range map[string]string{"。（据华社）": "华社", "他说。（据新华社）": "新华社", "农村消费升级。（据《经济日报》）": ""} {
		k, c, ok := trailingCredit(s)
		if ok != (org != "") || c.org != org {
			t.Errorf("trailingCredit(%q) = %d %+v %v, want org %q", s, k, c, ok, org)
		}
		if own, _ := parseBylineLine(s[k:]); ok && own.org != c.org {
			t.Errorf("trailingCredit(%q) org %q, its own line's %q", s, c.org, own.org)
		}
		roundTrip(t, mustRead(t, s))
	}
}

// TestParagraphUnderLinkHeader: a link list's header run in after a
// dateline (网讯相关文章) is noise once the dateline is split off, while
// the title line under it (典) stayed a paragraph; the normalized writer
// sets the header on a line of its own, so it escapes the paragraph under
// it, and an escaped line is no link (a FuzzRead round trip read 典 back
// as a related link).
func TestParagraphUnderLinkHeader(t *testing.T) {
	d := mustRead(t, "网0间0小0晢网讯相关文章\n 典")
	if k := allKinds(d); !slices.Contains(k, "paragraph 典") {
		t.Errorf("%v, want 典 a paragraph", k)
	}
	roundTrip(t, d)
	if k := allKinds(mustRead(t, "相关文章\n\n\u3000\u3000\\典\n")); !slices.Contains(k, "paragraph 典") {
		t.Errorf("an escaped line under a link header: %v, want a paragraph", k)
	}
	if k := allKinds(mustRead(t, "相关文章\n\n\u3000\u3000典\n")); !slices.Contains(k, "noise 典") {
		t.Errorf("a title line under a link header: %v, want a link", k)
	}
}
