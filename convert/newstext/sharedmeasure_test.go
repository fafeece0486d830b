package newstext

import "testing"

// TestSharedMeasure: the measure is the width most full lines share; a
// few lines much wider (furniture set in its own width) do not move
// it, but a ragged page, or one with many wide lines, keeps its third
// widest line.
func TestSharedMeasure(t *testing.T) {
	rep := func(w, n int) []int {
		var out []int
		for range n {
			out = append(out, w)
		}
		return out
	}
	cat := func(xs ...[]int) []int {
		var out []int
		for _, x := range xs {
			out = append(out, x...)
		}
		return out
	}
	for _, c := range []struct {
		name string
		ws   []int
		m    int
		ok   bool
	}{
		{"three wide lines over a 14-character column", cat([]int{60, 56, 38, 30, 30}, rep(28, 12), rep(26, 4)), 28, true},
		{"no line wider than the shared width", cat([]int{30, 30}, rep(28, 12)), 0, false},
		{"a ragged page", []int{60, 59, 58, 57, 56, 55, 54, 53, 52, 51, 50, 49}, 0, false},
		{"many wide lines", cat(rep(40, 5), rep(28, 10)), 0, false},
		{"too few lines share a width", cat([]int{60, 56, 38}, rep(28, 5)), 0, false},
	} {
		m, ok := sharedMeasure(c.ws)
		if m != c.m || ok != c.ok {
			t.Errorf("%s: sharedMeasure = %d, %v, want %d, %v", c.name, m, ok, c.m, c.ok)
		}
	}
	// Rows are set aside when enough text lines remain.
	cs := cat([]int{60, 38, 56, 36}, rep(28, 8))
	rows := make([]bool, len(cs))
	rows[1], rows[2], rows[3] = true, true, true
	if m, _, ok := measureBesideFurniture(cs, cs, rows, nil); !ok || m != 28 {
		t.Errorf("rows set aside: measure %d, %v, want 28", m, ok)
	}
	// A page of wide unrecognised lines among few text lines keeps its measure.
	cs = cat(rep(40, 6), rep(28, 5))
	if _, _, ok := measureBesideFurniture(cs, cs, make([]bool, len(cs)), nil); ok {
		t.Error("many wide lines moved the measure")
	}
	// A body wrapped at 14 characters under a folio, a title line and a
	// record line wider than the column reads whole (not one title line a
	// full line).
	const page = "２０２６年（令和８年）７月２０日　月曜日　（１５）　スポーツ\n松本一、九回逆転で８強\n２死から３連打　上田西振り切る\n" +
		"　第１０８回全国高校野球選手\n権長野大会第８日は１９日、松\n本市野球場など３球場で４回戦\n４試合があり、ベスト８が出そ\nろった。\n" +
		"　松本一は上田西に３―４と逆\n転勝ち。昨夏の準優勝校・佐久\n中央は延長十回タイブレークの\n末に敗れた。\n" +
		"【スコアと主な記録は別の面に掲載しています】\n【県大会の日程と組み合わせは地域面に】\n" +
		"　佐藤は「仲間がつないでくれ\nた。打った瞬間は頭が真っ白だ\nった」と笑顔を見せた。\n"
	d := mustRead(t, page)
	for _, k := range deepKinds(d) {
		if len(k) > 10 && k[:10] == "subheading" || len(k) > 11 && k[:11] == "subheadline" && k != "subheadline ２死から３連打　上田西振り切る" {
			t.Errorf("body line read as a title line: %s", k)
		}
	}
	roundTrip(t, d)
}
