package newstext

import (
	"slices"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestJaMemberLabel: a Japanese site sets its label of a story kept for
// members alone under the headline with no brackets (有料記事): the
// site's furniture, noise, as the bracketed tag is. A head's word that
// says neither 会員 nor 記事 is not one.
func TestJaMemberLabel(t *testing.T) {
	for in, want := range map[string]string{
		"有料記事":     noiseChrome,
		"会員限定記事":   noiseChrome,
		"有料会員限定":   noiseChrome,
		"［有料会員限定］": noiseChrome, // (the bracketed tag, as before)
		"プレミアム":    "",
		"有料道路":     "",
		"有料記事の読み方": "",
	} {
		if got := noiseKind(in); got != want {
			t.Errorf("noiseKind(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestJaPaywallCount: the count of a story's hidden text closing the
// site's sentence on its line (この記事は有料記事です。残り８４０文字),
// in either width of digits, is the paywall's line, as it is alone; a
// remainder in the story's own words is not.
func TestJaPaywallCount(t *testing.T) {
	for in, want := range map[string]bool{
		"この記事は有料記事です。残り８４０文字": true,
		"この記事は有料記事です。":        true,
		"会員登録で読めます。残り312文字":   true,
		"残り８４０文字":             true,
		"残り少ない文字":             false,
		"決勝まで残り３試合となった。":      false,
		"原稿用紙の残り400文字":        false, // (no sentence of the site's before it)
	} {
		if got := jaPaywall(in); got != want {
			t.Errorf("jaPaywall(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestStaffTitleLine: a Japanese site's byline under its headline, the
// writer's staff title and name parted by a middle dot or a space
// (論説委員・森本浩二), is a byline whose role is the title; a desk, a
// long phrase or a title with no separator is not.
func TestStaffTitleLine(t *testing.T) {
	for _, c := range []struct {
		in, role, name string
		ok             bool
	}{
		{"論説委員・森本浩二", "論説委員", "森本浩二", true},
		{"編集委員　岡田　恵", "編集委員", "岡田恵", true},
		{"特派員・ワシントン支局", "", "", false},
		{"編集委員・社会部", "", "", false},
		{"編集委員会の報告", "", "", false},
		{"解説委員・森本浩二、岡田恵", "", "", false},
		{"記者　梁志強攝", "", "", false}, // (a Hong Kong photo credit: parseCredit's and the caption's)
	} {
		cr, ok := staffTitleLine(c.in)
		if ok != c.ok || ok && (!slices.Equal(cr.roles, []string{c.role}) || !slices.Equal(cr.names, []string{c.name})) {
			t.Errorf("staffTitleLine(%q) = %+v, %v; want role %q name %q, %v", c.in, cr, ok, c.role, c.name, c.ok)
		}
	}
}

// TestJaSiteFront: a story copied from a Japanese paper's site: the
// members' label under the headline is noise, the staff title and name
// under it the byline, and both lines where the copy stops, the site's
// sentence with the count of the hidden text after it too, are noise.
func TestJaSiteFront(t *testing.T) {
	page := "北海道で初雪　平年より１０日早く\n\n有料記事\n\n論説委員・森本浩二\n\n2026年10月14日 6:00\n\n" +
		"　札幌管区気象台は１３日、旭川市で初雪を観測したと発表した。平年より１０日早い。\n\n" +
		"　同気象台によると、上空に強い寒気が流れ込んだ影響で、道北の峠では路面が白くなった。\n\n" +
		"この記事は有料記事です。残り８４０文字\n\n" +
		"有料会員になると、会員限定の有料記事もお読みいただけます。\n"
	d := mustRead(t, page)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got,
		"headline 北海道で初雪　平年より１０日早く\nnoise 有料記事\nbyline 論説委員・森本浩二\nnoise 2026年10月14日 6:00",
		"noise この記事は有料記事です。残り８４０文字\nnoise 有料会員になると、")
	doc.Walk(d.Articles[0], func(n *doc.Node) bool {
		if n.Kind == doc.KindByline && (!slices.Equal(n.Roles, []string{"論説委員"}) || !slices.Equal(n.Names, []string{"森本浩二"})) {
			t.Errorf("byline %q: roles %q names %q, want 論説委員 森本浩二", n.Text, n.Roles, n.Names)
		}
		return true
	})
}
