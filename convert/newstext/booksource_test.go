package newstext

import "testing"

// TestBookSourceNote: a 书摘's source line, the bare verb and the book
// then its particulars after commas, （摘自《青石镇百年》，江东人民出版社
// 2026年10月版）, is a note closing the excerpt (blind page
// cn-dushu-shuping), as 摘自《X》第3期 and （本文摘自《X》，…） are; it was a
// paragraph. A sentence that cites a book and goes on, or a bracket whose
// words after the book are no particulars, stays text.
func TestBookSourceNote(t *testing.T) {
	for s, want := range map[string]bool{
		"（摘自《青石镇百年》，江东人民出版社2026年10月版）":      true,
		"（摘自《青石镇百年》，林远舟著，江东人民出版社2026年10月版）": true,
		"（摘自《青石镇百年》，有删节）":                   true,
		"（选自《乡土中国》，北京出版社2005年出版）":           true,
		"（摘自《论语今读》，中华书局）":                   true,
		"（节选自《人间草木》，原题《葡萄月令》）":              true,
		"（摘自《求是》，2026年第3期）":                 true,
		"（摘自《台灣百年》，遠流出版公司2026年10月版）":        true,
		"（摘自《乡土中国》，人民出版社出版，标题为编者所加）":        true,
		"（摘自《乡土中国》）":                        true, // (as before)
		// The common forms (review 31b finding 3): a translated author,
		// a spaced credit, a Taiwan imprint, the year alone.
		"（摘自《海上来信》，[英]约翰·史密斯著，林远舟译，江东人民出版社2026年版）": true,
		"（摘自《青石鎮百年》，時報出版）":                         true,
		"（摘自《青石镇百年》，江东人民出版社，2026年）":                true,
		"（摘自《青石镇百年》，林远舟 著，江东人民出版社2026年10月版）":       true,
		"（摘自《海上来信》，（美）约翰·史密斯著，2026年10月）":           true,
		"（摘自《青石镇百年》，今年出版）":                         false,
		"（摘自《青石镇百年》，由他出版）":                         false,
		"（摘自《青石镇百年》，[英国的]读者说）":                     false,
		"（摘自《青石镇百年》，2026年他回到小镇）":                   false,
		"摘自《论语》，意思是君子坦荡荡。":                         false,
		"（摘自《青石镇百年》，作者在书中写道）":                      false,
		"（摘自《青石镇百年》，他回忆说）":                         false,
		"（摘自《青石镇百年》，江东人民出版社2026年10月版。有删节）":         false, // two sentences
		"摘自他的日记，他写道，这是最难的一年。":                      false,
		"摘自《青石镇百年》，这本书写了一个小镇的百年，作者走访了一百多位老人。":      false,
	} {
		if got := isNote(s); got != want {
			t.Errorf("isNote(%q) = %v, want %v", s, got, want)
		}
	}
	d := mustRead(t, "书摘\n\n父亲和他撑了三十年的那条老渡船\n\n父亲撑船的那些年，青石河还没有桥。天不亮，他就把船从柳树下解开。\n\n"+
		"1987年大桥通车那天，父亲一个人在渡口坐了很久。\n\n（摘自《青石镇百年》，江东人民出版社2026年10月版）\n")
	if k := kindOfText(d, "（摘自《青石镇百年》，江东人民出版社2026年10月版）"); k != "note" {
		t.Errorf("source line: %s, want note\n%s", k, outline(d, false))
	}
	roundTrip(t, d)
}
