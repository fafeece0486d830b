package newstext

import (
	"strings"
	"testing"
)

// wideRowStory is a story of indents and no blank lines wrapped at 15
// characters, over which the pages below set a box.
const wideRowStory = "人気バンド「ルート９」活動休止へ\nボーカル喉の手術で\n" +
	"　４人組ロックバンド「ルート９」\nが６日、活動を休止すると発表し\nた。\n"

// TestTitleOverWideInfoRow: a title line (a programme's bracketed title,
// as wide as the column) over an information box's row set clearly
// wider than the measure, 放送　１２月１２日（土）　午後７時〜８時５４分,
// is not wrapped into it: no typesetter wraps a line at the column and
// runs its rest past it (blind page ja-supo-geino-15, misread 3, where
// the title and the row became one paragraph). 放送 and 再放送 are a
// programme box's labels, so its rows are a paragraph each. A row no
// wider than the measure, and a paragraph's line over a wide row, are
// left as they were.
func TestTitleOverWideInfoRow(t *testing.T) {
	for _, c := range []struct{ box, want string }{
		{"番組ＰＲ\n「星野あかり　京の台所をゆく」\n放送　１２月１２日（土）　午後７時〜８時５４分\n再放送　１２月１９日（土）　午後２時〜３時５４分\n",
			"京の台所をゆく」\n  paragraph 放送　１２月１２日（土）　午後７時〜８時５４分\n  paragraph 再放送　１２月１９日（土）　午後２時〜３時５４分"},
		{"番組ＰＲ\n「星野あかり　京の台所をゆく」\n放送　１２月１２日（土）　午後７時〜８時５４分\n出演　星野あかり、沢村源之助\n",
			"京の台所をゆく」\n  paragraph 放送　１２月１２日（土）　午後７時〜８時５４分\n  paragraph 出演　星野あかり、沢村源之助"},
		{"催し\n「冬の星空観察会　天体望遠鏡で」\n日時　１２月１３日（土）午後７時〜９時まで\n場所　諏訪湖畔公園\n",
			"「冬の星空観察会　天体望遠鏡で」\n  paragraph 日時　１２月１３日（土）午後７時〜９時まで\n  paragraph 場所　諏訪湖畔公園"},
		// 放送 and 再放送 rows one under another: a paragraph each.
		{"番組ＰＲ\n「星野あかり　京の台所をゆく」\n放送　１２月１２日（土）午後７時\n再放送　１２月１９日（土）午後２時\n",
			"paragraph 再放送　１２月１９日（土）午後２時"},
	} {
		d := mustRead(t, wideRowStory+c.box)
		got := strings.Join(treeOf(d), "\n")
		wantIn(t, got, c.want)
	}
	for _, c := range []struct{ box, want string }{
		// a row no wider than the measure, one row alone under the
		// title: left to the other rules (two such rows under it are
		// no wrap either since round 94: TestHeadOverInfoRows)
		{"番組ＰＲ\n「星野あかり　京の台所をゆく」\n放送　１２月１２日（土）午後７時\n",
			"paragraph 「星野あかり　京の台所をゆく」放送　１２月１２日（土）午後７時"},
		// a paragraph's line, no title, over the wide row
		{"　同局は番組「星野あかりと京を\n放送　１２月１２日（土）　午後７時〜８時５４分\n",
			"paragraph 同局は番組「星野あかりと京を放送　１２月１２日（土）　午後７時〜８時５４分"},
		// a label no box lists
		{"番組ＰＲ\n「星野あかり　京の台所をゆく」\n配信　１２月１２日（土）　午後７時〜８時５４分\n",
			"paragraph 「星野あかり　京の台所をゆく」配信　１２月１２日（土）　午後７時〜８時５４分"},
	} {
		d := mustRead(t, wideRowStory+c.box)
		got := strings.Join(treeOf(d), "\n")
		wantIn(t, got, c.want)
	}
	for _, s := range []string{"放送　１２月１２日（土）　午後７時〜８時５４分", "再放送　１２月１９日（土）", "出演　星野あかり、沢村源之助"} {
		if !jaFieldRow(s) {
			t.Errorf("%q: no information row", s)
		}
	}
	for _, s := range []string{"放送は１２月１２日午後７時から。", "放送　終了しました。", "放送局　東都テレビ", "再放送を望む声"} {
		if jaFieldRow(s) {
			t.Errorf("%q: read as an information row", s)
		}
	}
}
