package newstext

import (
	"strings"
	"testing"
)

// TestRankedTimeRows: a race's results box, each finisher's rank
// (circled, ①, or counted, １位), name and time in Han units
// (２時間４分１１秒, 1時間9分22秒, ４分０５秒２３, 9.98秒), is a table's row,
// a paragraph each, under its ◇ head, and the next story's headline under
// the last row is no row's wrap (blind page ja-ekiden-kekka). A time with
// no rank (a headline's 鈴木が日本新　２時間４分５６秒), a rank glued to
// prose (１位の佐久長聖…), a clock's hour (午後１時), a time with words
// after it (２時間４分で優勝) and a span in Chinese hours under a circled
// number (①睡眠　7小时, a numbered subhead) are none of it.
func TestRankedTimeRows(t *testing.T) {
	for s, want := range map[string]int{
		"①青木工業　２時間５分３秒":       2,
		"⑫北川商　２時間１１分５９秒":      2,
		"１位　青木工業　２時間５分３秒":     3,
		"10位　北川商　2時間11分59秒":   3,
		"②西原一中　４分０５秒２３":       2,
		"③田村健太　１０秒１２　大会新":     3,
		"❶山口由美　9.98秒":         2,
		"①青木工業　２時間５分３秒　大会新":   3,
		"鈴木が日本新　２時間４分５６秒":     0,
		"青木工業　２時間５分３秒":        0,
		"１位の青木工業　２時間５分３秒":     0,
		"①開会式　午後１時":           0,
		"①青木工業　２時間５分で優勝":      0,
		"①青木工業　２時間５分３秒で優勝した。": 0,
		"①大会の概要":              0,
		// A numbered subhead with a span in Chinese hours, no result.
		"①睡眠　7小时":        0,
		"②运动　1小时":        0,
		"③屏幕　2小時":        0,
		"①杨正林　2小时14分36秒": 2,
	} {
		if got := tableRow(s); got != want {
			t.Errorf("tableRow(%q) = %d, want %d", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"２時間４分１１秒": true, "1時間9分22秒": true, "４分０５秒": true, "１０秒２３": true, "9.98秒": true, "２時間": true,
		"２時間４": false, "４分２時間": false, "２時間４分で": false, "午後１時": false, "秒": false, "１時２０分": false,
	} {
		if got := hanDuration(s); got != want {
			t.Errorf("hanDuration(%q) = %v, want %v", s, got, want)
		}
	}
	// An invented page at a 13-character measure with no blank lines:
	// a story, two ◇ heads over ranked rows, the next story.
	story := "　県中学駅伝は８日、上田市\nで行われ、男子は青木工業が\n２時間５分３秒で初優勝した。\n"
	next := "上田城で紅葉まつり\n　【上田】上田城跡公園で８\n日、紅葉まつりが始まった。\n"
	for _, c := range []struct{ rows [4]string }{
		{[4]string{"①青木工業　２時間５分３秒", "②北川商　２時間６分４０秒", "①西原一中　１時間１０分２秒", "②東山中　１時間１１分９秒"}},
		{[4]string{"１位　青木工業　２時間５分３秒", "２位　北川商　２時間６分４０秒", "１位　西原一中　１時間１０分２秒", "２位　東山中　１時間１１分９秒"}},
		{[4]string{"①青木工業　2時間5分3秒", "②北川商　2時間6分40秒", "①西原一中　1時間10分2秒", "②東山中　1時間11分9秒"}},
		{[4]string{"①青木工業　２時間５分３秒　大会新", "②北川商　２時間６分４０秒", "①西原一中　１時間１０分２秒", "②東山中　１時間１１分９秒　大会新"}},
	} {
		r := c.rows
		page := "青木工業が初優勝\n" + story + "◇男子\n" + r[0] + "\n" + r[1] + "\n◇女子\n" + r[2] + "\n" + r[3] + "\n" + next
		d := mustRead(t, page)
		got := strings.Join(flatKinds(d), "\n")
		want := strings.Join([]string{
			"article", "  headline 青木工業が初優勝",
			"  paragraph 県中学駅伝は８日、上田市で行われ、男子は青木工業が２時間５分３秒で初優勝した。",
			"  section ", "    heading ◇男子", "    paragraph " + r[0], "    paragraph " + r[1],
			"  section ", "    heading ◇女子", "    paragraph " + r[2], "    paragraph " + r[3],
			"article", "  headline 上田城で紅葉まつり", "  dateline 【上田】", "  paragraph 上田城跡公園で８日、紅葉まつりが始まった。",
		}, "\n")
		if got != want {
			t.Errorf("page:\n%s\n got:\n%s\nwant:\n%s", page, got, want)
		}
		roundTrip(t, d)
	}
}
