package newstext

import (
	"strings"
	"testing"
)

// TestJaRowBracketWrap: a Japanese information box's last row wrapped
// inside its phone number's bracket, the row a character past the page's
// 15-character measure (問い合わせ　上田年金事務所（０２ / ６８・２３・５１
// ２３）), is one row over the story's trailer: the wrap had been cut off
// as a headline signed by the trailer (blind page ja-kurashi-recipe-77,
// item 3a). Look-alikes kept: a row whose bracket closes on its line, the
// trailer under it; a row left open over the next row; a line under the
// row that closes no bracket.
func TestJaRowBracketWrap(t *testing.T) {
	for _, c := range []struct {
		row, next string
		want      bool
	}{
		{"問い合わせ　上田年金事務所（０２", "６８・２３・５１２３）", true},
		{"問い合わせ　諏訪観光協会（０２", "６６・５２・２１１１）", true},
		{"申し込み　市民課（電話０２６８・", "２３・１１１１）", true},
		{"問い合わせ　上田年金事務所（０２６８・２３・５１２３）", "（小林彩）", false},
		{"問い合わせ　上田年金事務所（０２", "会場　上田市役所）", false},
		{"問い合わせ　上田年金事務所（０２", "（小林彩）", false},
		{"問い合わせ　上田年金事務所（０２", "　同事務所は１０日まで予約を受け付ける。", false},
		{"問い合わせは上田年金事務所（０２", "６８・２３・５１２３）まで。", false}, // (no row: a sentence)
	} {
		if got := jaRowBracketWrap([]srcLine{{text: c.row}}, c.next); got != c.want {
			t.Errorf("jaRowBracketWrap(%s, %s) = %v, want %v", c.row, c.next, got, c.want)
		}
	}
	const story = "年金相談会　１３日に上田で\n予約制、１０日まで受け付け\n" +
		"　日本年金機構上田年金事務所は\n１３日、上田市役所で出張年金相\n談会を開く。予約は１０日までに\n電話で受け付ける。\n" +
		"日時　１３日午前１０時～午後３時\n会場　上田市役所南庁舎\n"
	for _, c := range [][2]string{
		{"問い合わせ　上田年金事務所（０２\n６８・２３・５１２３）\n", "問い合わせ　上田年金事務所（０２６８・２３・５１２３）"},
		{"問い合わせ　上田年金事務所年金相談室（０\n２６８・２３・５１２３）\n", "問い合わせ　上田年金事務所年金相談室（０２６８・２３・５１２３）"},
		{"問い合わせ　上田年金事務所（０２６８・２３・５１２３）\n", "問い合わせ　上田年金事務所（０２６８・２３・５１２３）"},
	} {
		d := mustRead(t, story+c[0]+"（小林彩）\n")
		got := strings.Join(pageLeafKinds(d), "\n") + "\n"
		wantIn(t, got, "paragraph 会場　上田市役所南庁舎\nparagraph "+c[1]+"\nbyline （小林彩）\n")
		if len(d.Articles) != 1 {
			t.Errorf("%d articles, want 1:\n%s", len(d.Articles), got)
		}
		roundTrip(t, d)
	}
}
