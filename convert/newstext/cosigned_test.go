package newstext

import "testing"

// TestCoSignedNamesUnderTitles: the co-authors' names alone under a
// commentary's titles, parted as a credit of names alone parts them, are
// its byline when the piece closes with a note on its authors (blind
// round 59, cn-dangbao-lilun-zhushi); two words that are no names, or
// names in a piece with no closing note, keep their reading.
func TestCoSignedNamesUnderTitles(t *testing.T) {
	const body = "　　县域是城乡融合发展的关键纽带，也是推进共同富裕的重要单元。近年来，县域经济的带动作用明显增强。\n\n" +
		"一、深刻把握县域推进共同富裕的重要意义\n\n" +
		"　　县城一头连着城市，一头连着乡村，是就地城镇化的重要载体。做强县域，就是要让资源要素在城乡之间顺畅流动。\n\n"
	const note = "（作者单位：江州大学马克思主义学院）\n"
	page := func(names, closing string) string {
		return "以县域为重要切入点扎实推进共同富裕\n\n——推动城乡区域协调发展的实践路径\n\n" + names + "\n\n" + body + closing
	}
	tests := []struct {
		name, names, closing, want string
	}{
		{"ideographic space", "王建华　周敏", note, "byline 王建华,周敏"},
		{"enumeration comma", "王建华、周敏", note, "byline 王建华,周敏"},
		{"ascii space", "王建华 周敏", note, "byline 王建华,周敏"},
		{"padded second name", "王建华　周　敏", note, "byline 王建华,周敏"},
		{"two two-character names", "王芳　李强", note, "byline 王芳,李强"},
		{"three names", "王建华　周敏　李强", note, "byline 王建华,周敏,李强"},
		{"note on the authors", "王建华　周敏", "（作者为江州大学马克思主义学院教授）\n", "byline 王建华,周敏"},
		{"one name, as before", "王建华", note, "byline 王建华"},
		// Look-alikes: places and words are no names; names with no
		// note closing the piece stay a head.
		{"places", "杭州　丽水", note, "heading"},
		{"words", "春风　细雨", note, "heading"},
		{"no closing note", "王建华　周敏", "", "heading"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := page(tt.names, tt.closing)
			d := mustRead(t, p)
			if got := nodeAt(d, 5); got != tt.want {
				t.Errorf("line 5 %q read as %q, want %q\n%s", tt.names, got, tt.want, outline(d, true))
			}
			roundTrip(t, d)
			checkNothingLost(t, []byte(p), d)
		})
	}
	// Under a lone headline, the names read by the grammar as the
	// headline under a kicker: the line above is the headline.
	lone := []struct {
		name, names, want1, want3 string
	}{
		{"lone headline, ideographic space", "王建华　周敏", "headline", "byline 王建华,周敏"},
		{"lone headline, enumeration comma", "王建华、周敏", "headline", "byline 王建华,周敏"},
		{"lone headline, one name", "王建华", "headline", "byline 王建华"},
		{"lone headline, places", "杭州　丽水", "kicker", "headline"},
	}
	for _, tt := range lone {
		t.Run(tt.name, func(t *testing.T) {
			p := "以县域为重要切入点扎实推进共同富裕\n\n" + tt.names + "\n\n" + body + note
			d := mustRead(t, p)
			if got1, got3 := nodeAt(d, 1), nodeAt(d, 3); got1 != tt.want1 || got3 != tt.want3 {
				t.Errorf("lines 1, 3 read as %q, %q, want %q, %q\n%s", got1, got3, tt.want1, tt.want3, outline(d, true))
			}
			roundTrip(t, d)
			checkNothingLost(t, []byte(p), d)
		})
	}
	// Names the piece's own text mentions are its subjects, its title
	// under the column's line, not its authors (review 26,
	// zh-names-headline).
	p := "大家风范\n\n钱学森　蒋英\n\n　　1947年，钱学森回国探亲期间与蒋英结为伉俪。两人相伴六十余载，被传为佳话。\n\n　　蒋英曾说，钱学森的科学思维得益于艺术的滋养。\n\n　　（作者为江州大学文学院教授）\n"
	d := mustRead(t, p)
	if got1, got3 := nodeAt(d, 1), nodeAt(d, 3); got1 != "headline" || got3 != "subheadline" {
		t.Errorf("lines 1, 3 read as %q, %q, want headline, subheadline\n%s", got1, got3, outline(d, true))
	}
	roundTrip(t, d)
	checkNothingLost(t, []byte(p), d)
}
