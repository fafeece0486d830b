package newstext

import (
	"strings"
	"testing"
)

// TestJaPoetryColumn: a Japanese poetry column (俳壇, 柳壇) under its name
// and its selector's line, 小野寺千秋　選, prints the readers' poems one a
// line, each the poem, U+3000, the town in brackets and the name: the
// selector's line is the column's byline, role 選, and each entry a
// paragraph, never a subheadline (blind round 85). A reader's line of a
// letters column, a headline with an agency's bracket, an entry holding
// a sentence's comma and lines that only end in 選 read as before.
func TestJaPoetryColumn(t *testing.T) {
	const story = "　修一は濡れた外套を脱ごうともせず、土間に立ったまま帳場の奥を見回した。\n（つづく）\n\n"
	for _, tt := range []struct{ page, want string }{
		{story + "俳　壇\n小野寺千秋　選\n\n冬耕の鍬の音のみ谷の村　（佐久市）荻原照子\n初時雨駅舎の灯りともりけり　（上田市）宮坂和子\n干し柿の影の揺れたる障子かな　（飯山市）竹内昭\n",
			"headline 俳　壇\nbyline 小野寺千秋　選\nparagraph 冬耕の鍬の音のみ谷の村　（佐久市）荻原照子\nparagraph 初時雨駅舎の灯りともりけり　（上田市）宮坂和子\nparagraph 干し柿の影の揺れたる障子かな　（飯山市）竹内昭\n"},
		{story + "柳　壇\n山本一郎 選\n定年の朝も目覚まし鳴りやまず　（千曲市）中沢信吾\n値上げ表見ずに買い物籠重し　（長野市）小林ゆき\n",
			"headline 柳　壇\nbyline 山本一郎 選\nparagraph 定年の朝も目覚まし鳴りやまず　（千曲市）中沢信吾\nparagraph 値上げ表見ずに買い物籠重し　（長野市）小林ゆき\n"},
	} {
		d := mustRead(t, tt.page)
		got := strings.Join(pageLeafKinds(d), "\n") + "\n"
		if !strings.Contains(got, tt.want) {
			t.Errorf("got\n%s\nwant in it\n%s", got, tt.want)
		}
		for _, a := range d.Articles {
			for _, n := range a.Children {
				if n.Kind == "byline" && (strings.Join(n.Roles, ",") != "選" || len(n.Names) != 1) {
					t.Errorf("byline %q: roles %v names %v, want 選 and one name", n.Text, n.Roles, n.Names)
				}
			}
		}
	}
	for s, want := range map[string]bool{
		"冬耕の鍬の音のみ谷の村　（佐久市）荻原照子":     true,
		"湯けむりの向かうに暮るる冬の嶺　（山ノ内町）関口咲": true,
		"会社員　小林聡子　４４　（甲府市）":         false, // a reader's line
		"長野で記録的大雪　（共同）":             false, // an agency, no town
		"冬耕の鍬の音、谷の村　（佐久市）荻原照子":      false, // a comma: prose
		"市長選　（長野市）":                 false, // too short, no name
		"冬耕の鍬の音のみ谷の村　（佐久市）":         false, // no name
	} {
		if got := jaPoemEntry(s); got != want {
			t.Errorf("jaPoemEntry(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"小野寺千秋　選":  true,
		"北原みどり 選":  true,
		"衆院選":      false,
		"長野市長選":    false,
		"小野寺千秋選":   false,
		"小野寺千秋　選者": false,
		"今年の漢字は　選": false,
	} {
		if _, got := jaSelectorCredit(s); got != want {
			t.Errorf("jaSelectorCredit(%q) = %v, want %v", s, got, want)
		}
	}
}
