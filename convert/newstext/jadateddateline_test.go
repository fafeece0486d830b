package newstext

import (
	"strings"
	"testing"
)

// TestJaDatedDateline: a Japanese dateline from abroad carries the local
// day after the place and Japan's day in round brackets (blind page
// ja-sports-shi-gp): the day is the date, the rest is read as the undated
// bracket is. A day with no place, a sumo day, a label or a time word
// with a day stay what they were.
func TestJaDatedDateline(t *testing.T) {
	for _, c := range []struct{ in, place, names, org, date string }{
		{"ロサンゼルス５日（日本時間６日）＝佐藤健一", "ロサンゼルス", "佐藤健一", "", "５日"},
		{"ロサンゼルス５日＝佐藤健一", "ロサンゼルス", "佐藤健一", "", "５日"},
		{"ロサンゼルス５日", "ロサンゼルス", "", "", "５日"},
		{"ロサンゼルス５日（日本時間６日）", "ロサンゼルス", "", "", "５日"},
		{"リオデジャネイロ１２日（日本時間１３日午前）＝山田太郎", "リオデジャネイロ", "山田太郎", "", "１２日"},
		{"ワシントン五日（日本時間六日）＝田中健", "ワシントン", "田中健", "", "五日"},
		{"ロンドン５日＝共同", "ロンドン", "", "共同", "５日"},
		{"ニューヨーク５日共同", "ニューヨーク", "", "共同", "５日"},
		{"パリ１２月５日＝山田太郎", "パリ", "山田太郎", "", "１２月５日"},
		{"北京5日＝佐藤健一", "北京", "佐藤健一", "", "5日"},
		{"ロンドン＝共同", "ロンドン", "", "共同", ""},
	} {
		d, ok := bracketDateline(c.in, "ja")
		if !ok || d.place != c.place || strings.Join(d.names, ",") != c.names || d.org != c.org || d.date != c.date {
			t.Errorf("bracketDateline(%q) = %+v, %v; want place %s names %s org %s date %s", c.in, d, ok, c.place, c.names, c.org, c.date)
		}
	}
	for _, in := range []string{
		"５日",      // a day, no place
		"九州場所５日目", // a sumo day
		"解説５日",    // a label
		"今月５日",    // a time word
		"３連休初日",   // no numeral before 日
		"ロサンゼルス５日（現地時間）＝佐藤健一", // no Japan time in the brackets
		"ロサンゼルス５日に会見",         // prose after the day
		"選抜高校野球第７日",           // an event's day (review 26)
		"世界陸上第３日",
		"国体第４日",
		"ワールドカップ第５日",
		"箱根駅伝２日",
		"世界陸上３日",
	} {
		if d, ok := bracketDateline(in, "ja"); ok {
			t.Errorf("bracketDateline(%q) = %+v, want none", in, d)
		}
	}
	if d, ok := bracketDateline("北京5日", "zh"); ok && d.date != "" {
		t.Errorf("a Chinese bracket is not read by the Japanese rule: %+v", d)
	}
	wantKinds(t, "村田　ドジャース入り\n\n【ロサンゼルス５日（日本時間６日）＝佐藤健一】米大リーグのドジャースは５日、村田翔外野手と契約したと発表した。\n",
		"headline 村田　ドジャース入り", "dateline 【ロサンゼルス５日（日本時間６日）＝佐藤健一】", "paragraph 米大リーグのドジャースは５日、村田翔外野手と契約したと発表した。")
	wantKinds(t, "早瀬　逆転で初Ｖ\n\n【ワシントン五日】米政府は五日、新たな制裁を発表した。\n",
		"headline 早瀬　逆転で初Ｖ", "dateline 【ワシントン五日】", "paragraph 米政府は五日、新たな制裁を発表した。")
}
