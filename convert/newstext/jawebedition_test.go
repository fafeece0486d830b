package newstext

import (
	"slices"
	"testing"
)

// TestJaPaperWebEditionName: a paper's web edition's name, the paper's
// name and a word for the web glued after it (信州日報デジタル,
// 琉球新報デジタル, 河北新報オンライン, 中日新聞Web, 神戸新聞NEXT), is a
// site's name as the paper's own is (blind page ja-web-fuho:
// 信州日報デジタル over the headline and stamp was read as a kicker, or
// as the headline with the real one its subheadline); the web word glued
// to no paper's name, or a paper's name with more words, is none.
func TestJaPaperWebEditionName(t *testing.T) {
	for in, want := range map[string]bool{
		"信州日報デジタル":    true,
		"琉球新報デジタル":    true,
		"信濃毎日新聞デジタル":  true,
		"河北新報オンライン":   true,
		"沖縄タイムスデジタル":  true,
		"福島民報デジタル":    true,
		"中日新聞Web":     true,
		"神戸新聞NEXT":    true,
		"西日本新聞me":     true,
		"信州日報ONLINE":  true,
		"信州日報電子版":     true,
		"日本経済新聞":      true, // (jaSiteEnds, as before)
		"AIデジタル":      false,
		"新聞デジタル化":     false,
		"日報デジタル":      false,
		"新聞NEXT":      false,
		"信州日報デジタル化へ":  false,
		"信州日報X":       false,
		"信州日報デジタル版開始": false,
		"信州日報　デジタル":   false,
		"デジタル庁":       false,
	} {
		if got := jaSiteName(in); got != want {
			t.Errorf("jaSiteName(%q) = %v, want %v", in, got, want)
		}
	}
	const story = "元松本市長の田島一郎さん死去　８４歳\n2026/12/6 17:45\n" +
		"元松本市長の田島一郎さんが５日、肺炎のため松本市内の病院で死去した。８４歳。\n\n" +
		"在任中は市民会館の建設を進めた。\n"
	for _, name := range []string{"信州日報デジタル", "琉球新報デジタル", "河北新報オンライン", "中日新聞Web"} {
		wantAllKinds(t, name+"\n"+story, "article", "noise "+name, "headline 元松本市長の田島一郎さん死去　８４歳", "noise 2026/12/6 17:45",
			"paragraph 元松本市長の田島一郎さんが５日、肺炎のため松本市内の病院で死去した。８４歳。", "paragraph 在任中は市民会館の建設を進めた。")
	}
}

// TestJaWebSectionUnderMasthead: between a Japanese site's name and a
// headline dated by its stamp, a word alone on its line is the section
// the story ran in, whatever the site calls it (おくやみ, 長野県内,
// くらし), noise, as a common section's name is (blind page ja-web-fuho:
// おくやみ was read as a standing box's headline, the real headline its
// subheadline). With no stamp under the title, or a phrase in the
// section's place, the lines are left to the title rules.
func TestJaWebSectionUnderMasthead(t *testing.T) {
	for in, want := range map[string]bool{
		"おくやみ":         true,
		"長野県内":         true,
		"くらし":          true,
		"地域ニュース":       true,
		"スポーツ":         true,
		"独自　県が新制度":     false,
		"【速報】":         false,
		"２０２６衆院選":      false,
		"県が新制度を導入へ。":   false,
		"長野県内のニュースまとめ": false,
		// A one-word headline over its dated subheadline (review:
		// 初冠雪 over 蔵王連峰、平年より５日遅く read as the section).
		"初冠雪":  false,
		"大谷翔平": false,
		// A city's name in kana before its scope (review: さいたま市内
		// read as a headline, the site's name over it too).
		"さいたま市内":  true,
		"つくば市内":   true,
		"南アルプス市内": true,
		"南さつま市内":  true,
		"つがる市内":   true,
		"北信地域":    true,
		// A verb's or adjective's form before the scope is a feature
		// series' title, no place (review 25, ja-chiiki2).
		"支え合う地域": false,
		"つながる地域": false,
		"変わる地域":  false,
		"住みよい地域": false,
	} {
		if got := jaWebSectionWord(in); got != want {
			t.Errorf("jaWebSectionWord(%q) = %v, want %v", in, got, want)
		}
	}
	const title = "元松本市長の田島一郎さん死去　８４歳"
	const body = "元松本市長の田島一郎さんが５日、肺炎のため松本市内の病院で死去した。８４歳。\n\n在任中は市民会館の建設を進めた。\n"
	for _, sec := range []string{"おくやみ", "長野県内", "くらし"} {
		wantAllKinds(t, "信州日報デジタル\n"+sec+"\n"+title+"\n2026/12/6 17:45\n"+body,
			"article", "noise 信州日報デジタル", "noise "+sec, "headline "+title, "noise 2026/12/6 17:45",
			"paragraph 元松本市長の田島一郎さんが５日、肺炎のため松本市内の病院で死去した。８４歳。", "paragraph 在任中は市民会館の建設を進めた。")
	}
	// With no stamp under the title, the word is no section.
	d := mustRead(t, "信州日報デジタル\nおくやみ\n"+title+"\n"+body)
	if slices.Contains(allKinds(d), "noise おくやみ") {
		t.Errorf("section word over an undated title read as chrome: %v", allKinds(d))
	}
	roundTrip(t, d)
	// A one-word headline over its dated subheadline is no section: the
	// page reads as before the rule (河北新報 the headline, the word and
	// the line under it subheadlines).
	d = mustRead(t, "河北新報\n初冠雪\n蔵王連峰、平年より５日遅く\n2026年12月6日 10:21\n　山形地方気象台は６日、蔵王連峰で初冠雪を観測したと発表した。平年より５日遅く、昨年より３日遅い。\n")
	if k := kindOfText(d, "初冠雪"); k == "noise" {
		t.Errorf("one-word headline read as a section: %v", allKinds(d))
	}
	roundTrip(t, d)
	// A feature series' title in the section's place, a verb's form
	// before 地域, is no section: its text stays (review 25, ja-chiiki2).
	d = mustRead(t, "信州日報デジタル\n支え合う地域\n高齢者の見守り、住民ボランティアが担う\n2026/12/06 22:40\n\n"+body)
	if k := kindOfText(d, "支え合う地域"); k == "noise" || k == "" {
		t.Errorf("series title read as a section: %v", allKinds(d))
	}
	roundTrip(t, d)
	// A phrase in the section's place is no section.
	d = mustRead(t, "信州日報デジタル\n独自　県が新制度\n"+title+"\n2026/12/6 17:45\n"+body)
	if slices.Contains(allKinds(d), "noise 独自　県が新制度") {
		t.Errorf("phrase read as a section: %v", allKinds(d))
	}
	roundTrip(t, d)
}
