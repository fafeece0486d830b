package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// deepKinds lists every node of d, sections' children too, as "kind text".
func deepKinds(d *doc.Document) []string {
	var out []string
	var walk func(ns []*doc.Node)
	walk = func(ns []*doc.Node) {
		for _, n := range ns {
			out = append(out, string(n.Kind)+" "+n.Text)
			walk(n.Children)
		}
	}
	for _, a := range d.Articles {
		out = append(out, "article")
		walk(a.Children)
	}
	return out
}

// TestBoxScoreLines: a Japanese box score's line score rows, battery
// lines and record lines are rows (boxRow), its ◇/◆ game label a label;
// look-alikes are not.
func TestBoxScoreLines(t *testing.T) {
	for s, want := range map[string]bool{
		"上田西　０２０００００１０　３":             true,
		"松本一　０００１０００３×　４":             true,
		"茅野東　０１０　０００　２００　０　３":         true,
		"岡谷南　０００　２００　１０１　１x　４":        true,
		"（上）小林、中村―山口　（松）田中―佐藤":        true,
		"【港】佐々木・上田―森":                 true,
		"茅野東　宮坂、藤森―小口　岡谷南　林―守屋":       true,
		"▽三塁打　佐藤（松）▽二塁打　小林（上）、田中２（松）": true,
		"▽本塁打＝守屋（岡）":                  true,
		"▽盗塁小口（茅）":                    true,
		"首相―野党党首":                     false, // a title over a dash
		"日米首脳　岸田―バイデン":                false, // one team named
		"（上）":                         false,
		"（上）巨大地震に備える":                 false,
		"松本一は上田西に３―４と逆転勝ち。":           false,
		"▽本塁打王に輝いた佐藤選手が引退。":           false,
		"▽松江市（１日）総務課長":                false,
		"上田西　３":                       false,
		"２０２６年　７月　２０日":                false,
	} {
		if got := boxLine(s); got != want {
			t.Errorf("boxLine(%s) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"◇４回戦（松本市野球場）":   true,
		"◆準々決勝（諏訪湖）":     true,
		"▽決勝（甲子園）":       true,
		"▽第５戦（京阪ドーム、２日）": true,
		"◇決勝戦を前に":        false,
		"◇県大会の見どころ":      false,
	} {
		if got := gameLabel(s); got != want {
			t.Errorf("gameLabel(%s) = %v, want %v", s, got, want)
		}
	}
	if _, _, ok := parseDatelineLang("（上）小林、中村―山口　（松）田中―佐藤", "ja"); ok {
		t.Error("battery line read as a dateline")
	}
	const page = "２０２６年（令和８年）７月２２日　水曜日　（１７）　運動\n岡谷南、延長制し４強\n継投実り接戦を物にする\n" +
		"　第１０８回全国高校野球選手\n権長野大会第１０日は２１日、\n諏訪湖スタジアムなど２球場で\n準々決勝２試合があり、岡谷南\nと茅野東が勝ち上がった。\n" +
		"◆準々決勝（諏訪湖）\n茅野東　０１０　０００　２００　０　３\n岡谷南　０００　２００　１０１　１x　４\n" +
		"（茅）宮坂、藤森―小口　（岡）林―守屋\n▽本塁打＝守屋（岡）▽二塁打＝宮坂（茅）、林２（岡）▽盗塁＝小口（茅）\n" +
		"　岡谷南は延長十回、先頭の守\n屋が左翼席へ運び、試合を決め\nた。林は完投で１４０球を投げ\n抜いた。\n（宮原悠）\n"
	d := mustRead(t, page)
	got := strings.Join(deepKinds(d), "\n")
	for _, want := range []string{
		"paragraph 第１０８回全国高校野球選手権長野大会第１０日は２１日、諏訪湖スタジアムなど２球場で準々決勝２試合があり、岡谷南と茅野東が勝ち上がった。",
		"heading ◆準々決勝（諏訪湖）",
		"paragraph 茅野東　０１０　０００　２００　０　３",
		"paragraph （茅）宮坂、藤森―小口　（岡）林―守屋",
		"paragraph ▽本塁打＝守屋（岡）▽二塁打＝宮坂（茅）、林２（岡）▽盗塁＝小口（茅）",
		"paragraph 岡谷南は延長十回、先頭の守屋が左翼席へ運び、試合を決めた。林は完投で１４０球を投げ抜いた。",
	} {
		if !strings.Contains(got, want+"\n") {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if strings.Count(got, "article") != 1 {
		t.Errorf("want one article:\n%s", got)
	}
	roundTrip(t, d)
}
