package newstext

import (
	"strings"
	"testing"
)

// TestBulletHeadOverRows: a short head under its bullet (◇女子, ◆決勝),
// well short of a narrow measure, opens its unit after rows the reader
// does not tell as rows (a name and a time with no rank): it was glued
// into them as their wrap. An item of a bulleted list that runs to the
// measure, or a head with a sentence's or clause's mark, is none.
func TestBulletHeadOverRows(t *testing.T) {
	for s, want := range map[string]bool{
		"◇女子": true, "◆決勝": true, "■女子１０キロ": true, "◇開票結果（選管最終）": true,
		"◇": false, "◇参加費は無料です。": false, "◇日時、場所": false, "◇　青木工業": false,
		"◇参加者は市内在住の中学生以上": false, "・女子": false, "女子": false,
	} {
		if got := bulletHead(s); got != want {
			t.Errorf("bulletHead(%q) = %v, want %v", s, got, want)
		}
	}
	page := "青木工業が初優勝\n　県中学駅伝は８日、上田市\nで行われ、男子は青木工業が\n２時間５分３秒で初優勝した。\n" +
		"◇男子\n青木工業　２時間５分３秒\n北川商　　２時間６分４０秒\n◇女子\n西原一中　１時間１０分２秒\n東山中　１時間１１分９秒\n"
	d := mustRead(t, page)
	got := strings.Join(flatKinds(d), "\n")
	for _, w := range []string{"    heading ◇男子", "    heading ◇女子"} {
		if !strings.Contains(got+"\n", "\n"+w+"\n") {
			t.Errorf("no %q in:\n%s", w, got)
		}
	}
	roundTrip(t, d)
}
