package newstext

import "testing"

// TestJaWebSectionWordAlone: a site's section word opening the copied
// page with no masthead over it (くらし, おくやみ, 長野県内), over the
// headline dated by its stamp, is the section, noise, as under the
// site's name; a one-word headline over its dated subheadline (初冠雪),
// and a section word over an undated title, are no section.
func TestJaWebSectionWordAlone(t *testing.T) {
	const rest = "\n県内の小学校でインフルエンザ集団感染　３校で学級閉鎖\n2026年12月6日 18時42分\n　県教育委員会は６日、県内の小学校３校でインフルエンザの集団感染が確認されたと発表した。\n"
	for _, tt := range []struct {
		page, line string
		noise      bool
	}{
		{"くらし" + rest, "くらし", true},
		{"おくやみ" + rest, "おくやみ", true},
		{"長野県内" + rest, "長野県内", true},
		{"社会" + rest, "社会", true},
		// look-alikes
		{"初冠雪\n蔵王連峰、平年より５日遅く\n2026年12月6日 10:21\n　山形地方気象台は６日、蔵王連峰で初冠雪を観測したと発表した。\n", "初冠雪", false},
		{"くらし\n県内の小学校でインフルエンザ集団感染　３校で学級閉鎖\n\n　県教育委員会は６日、県内の小学校３校でインフルエンザの集団感染が確認されたと発表した。\n", "くらし", false},
	} {
		d := mustRead(t, tt.page)
		if got := kindOfText(d, tt.line) == "noise"; got != tt.noise {
			t.Errorf("%s: noise %v, want %v: %v", tt.line, got, tt.noise, allKinds(d))
		}
		roundTrip(t, d)
	}
}
