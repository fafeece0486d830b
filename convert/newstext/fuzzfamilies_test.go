package newstext

import (
	"slices"
	"testing"
)

// TestDatelineAloneNoAuthor: 本报讯 alone on its line under the titles, in
// a story that closes with a note on its author, is the story's dateline,
// not the author's name set apart (signedName): 本 opens some surnames,
// and 本报讯 has a name's length (a FuzzRead round trip read it back as a
// byline).
func TestDatelineAloneNoAuthor(t *testing.T) {
	for _, page := range []string{
		"尽\n本报讯（作者单位院）\n",
		"# 城东新建三所学校\n\n本报讯\n\n城东区今年新建三所小学，明年秋季招生。\n\n（作者单位：城东区教育局）\n",
	} {
		d := mustRead(t, page)
		for _, k := range allKinds(d) {
			if k == "byline 本报讯" {
				t.Errorf("%q: 本报讯 read as a byline: %v", page, allKinds(d))
			}
		}
		roundTrip(t, d)
	}
}

// TestJaStampNameAtTop: a Japanese reporter's name over the site's stamp
// is read alike run into the stamp (佐藤遥2026年12月5日 17時30分) or alone
// over it, also at the top of a copy that starts under the titles (the
// normalized writer sets the glued form as the second); on a page of
// another language the glued form is no name (as the name alone is not).
func TestJaStampNameAtTop(t *testing.T) {
	const body = "\n\n県は５日、新しい観光計画を発表した。来年度から実施する。\n"
	for _, page := range []string{
		"佐藤遥2026年12月5日 17時30分" + body,
		"佐藤遥\n\n2026年12月5日 17時30分" + body,
	} {
		d := mustRead(t, page)
		k := allKinds(d)
		if !slices.Contains(k, "byline 佐藤遥") || !slices.Contains(k, "noise 2026年12月5日 17時30分") {
			t.Errorf("%q: got %v, want the name as byline and the stamp as noise", page, k)
		}
		roundTrip(t, d)
	}
	d := mustRead(t, "佐藤遥0000年0月0日0時0分")
	if k := allKinds(d); slices.Contains(k, "byline 佐藤遥") {
		t.Errorf("no Japanese text: got %v, want no byline", k)
	}
	roundTrip(t, d)
}
