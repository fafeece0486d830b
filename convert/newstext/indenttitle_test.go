package newstext

import "testing"

// TestIndentedTitleOverDateline: OCR of a page with no blank lines sets a
// centred title with the paragraphs' 2em indent; one or two short
// unpunctuated indented lines right over an indented line a dateline
// opens are the story's title, not paragraphs of a headless story (blind
// page cn-wanbao-rexian-ocr). An indented line ending a sentence, one
// with a blank line between it and the dateline, a credit line, a line
// continuing a paragraph above, or one over plain text under a finished
// paragraph stays the text's.
func TestIndentedTitleOverDateline(t *testing.T) {
	const folio = "津城晚报　社会新闻　２０２６年１２月６日　Ａ７\n"
	const dl = "　　本报讯　昨天下午，家住河西区\n友谊路的刘阿姨拨打本报新闻热线，\n称楼道里的声控灯坏了半个多月。\n"
	for _, tt := range []struct {
		name, page, line string
		want             string
	}{
		{"title pair", folio + "　　楼道灯坏了半月\n　　一通热线修好了\n" + dl, "一通热线修好了", "headline"},
		{"title pair's first", folio + "　　楼道灯坏了半月\n　　一通热线修好了\n" + dl, "楼道灯坏了半月", "kicker"},
		{"one title", folio + "　　楼道灯坏了半月\n" + dl, "楼道灯坏了半月", "headline"},
		{"page's first line", "　　楼道灯坏了半月\n" + dl, "楼道灯坏了半月", "headline"},
		{"wire dateline", folio + "　　多地出台措施稳就业\n　　新华社北京12月5日电　人社部5日发布通知。\n", "多地出台措施稳就业", "headline"},
		{"after a finished paragraph", folio + "　　楼道灯坏了半月\n" + dl + "　　物业当晚换了灯泡\n" + dl, "物业当晚换了灯泡", "headline"},
		// Negatives: stay paragraphs.
		{"blank line between", folio + "\n　　楼道灯坏了半月\n\n" + dl, "楼道灯坏了半月", "paragraph"},
		{"sentence", folio + "　　楼道灯坏了半月。\n" + dl, "楼道灯坏了半月。", "paragraph"},
		// (Under the folio over a wrapped paragraph's first line, with no
		// dateline, it is the headline too: indenttitle_story_test.go.)
		{"no dateline under it, under a finished paragraph", folio + "　　楼道灯坏了半月\n" + dl + "　　物业当晚换了灯泡\n　　昨天下午，家住河西区友谊路的刘阿姨\n拨打了热线。\n", "物业当晚换了灯泡", "paragraph"},
	} {
		d := mustRead(t, tt.page)
		if got := kindOfText(d, tt.line); got != tt.want {
			t.Errorf("%s: %q is %q, want %q\n%s", tt.name, tt.line, got, tt.want, outline(d, false))
		}
		roundTrip(t, d)
	}
}
