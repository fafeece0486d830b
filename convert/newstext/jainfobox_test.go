package newstext

import (
	"strings"
	"testing"
)

// TestJaInfoBox: a box's short label over its title wholly in 「」 or
// 『』 over two or more information rows, after a finished story, is an
// article of its own, the label its kicker, the title its headline, each
// row a paragraph (blind page ja-supo-geino-15, misread 3: 番組ＰＲ had
// been a section head of the story above, the title a paragraph). A
// label over a bracketed title with one row or none (a kicker and
// headline over a story's text, as before), over an unbracketed title,
// a label too long for a box's, and a standing box's name (催し, its own
// headline) are left as they were.
func TestJaInfoBox(t *testing.T) {
	for _, c := range []struct{ box, label, title, row string }{
		{"番組ＰＲ\n「星野あかり　京の台所をゆく」\n放送　１２月１２日（土）　午後７時〜８時５４分\n再放送　１２月１９日（土）　午後２時〜３時５４分\n出演　星野あかり、沢村源之助\n",
			"番組ＰＲ", "「星野あかり　京の台所をゆく」", "放送　１２月１２日（土）　午後７時〜８時５４分"},
		{"番組ＰＲ\n『星野あかり　京の台所をゆく』\n放送　１２月１２日（土）　午後７時〜８時５４分\n出演　星野あかり、沢村源之助\n",
			"番組ＰＲ", "『星野あかり　京の台所をゆく』", "放送　１２月１２日（土）　午後７時〜８時５４分"},
		{"イベント\n「冬の星空観察会」\n日時　１２月１３日午後７時\n場所　諏訪湖畔公園\n",
			"イベント", "「冬の星空観察会」", "日時　１２月１３日午後７時"},
	} {
		d := mustRead(t, wideRowStory+c.box)
		got := strings.Join(treeOf(d), "\n")
		wantIn(t, got, "article\n  kicker "+c.label+"\n  headline "+c.title+"\n  paragraph "+c.row)
		if len(d.Articles) != 2 {
			t.Errorf("%s: %d articles, want 2:\n%s", c.label, len(d.Articles), got)
		}
	}
	for _, c := range []struct{ box, want string }{
		// one row only: a story's kicker and headline, as before
		{"番組ＰＲ\n「星野あかり　京の台所をゆく」\n放送　１２月１２日（土）　午後７時〜８時５４分\n　京都の老舗料亭を訪ね、女将の心\n得を学ぶ。\n", "kicker 番組ＰＲ\n  headline 「星野あかり　京の台所をゆく」\n"},
		// no row: a paragraph under the bracketed title, as before
		{"番組ＰＲ\n「星野あかり　京の台所をゆく」\n　京都の老舗料亭を訪ね、女将の心\n得を学ぶ。\n", "kicker 番組ＰＲ\n  headline 「星野あかり　京の台所をゆく」\n  paragraph 京都の老舗料亭"},
	} {
		d := mustRead(t, wideRowStory+c.box)
		got := strings.Join(treeOf(d), "\n")
		wantIn(t, got, c.want)
	}
	for _, c := range []struct{ box, not string }{
		// an unbracketed title
		{"イベント\n冬の星空観察会\n日時　１２月１３日午後７時\n場所　諏訪湖畔公園\n", "kicker イベント"},
		// a standing box's name: its own headline, no kicker
		{"催し\n「冬の星空観察会」\n日時　１２月１３日午後７時\n場所　諏訪湖畔公園\n", "kicker 催し"},
		// a label too long for a box's
		{"今週のおすすめ番組\n「星野あかり　京の台所をゆく」\n放送　１２月１２日（土）　午後７時〜８時５４分\n出演　星野あかり、沢村源之助\n", "kicker 今週のおすすめ番組"},
	} {
		d := mustRead(t, wideRowStory+c.box)
		got := strings.Join(treeOf(d), "\n")
		if strings.Contains(got, c.not) {
			t.Errorf("%q read:\n%s", c.not, got)
		}
	}
}
