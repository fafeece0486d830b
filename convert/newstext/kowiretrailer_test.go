package newstext

import "testing"

// TestKoreanWireTrailer: a regional paper's reprint of a wire story closes
// with the wire's credit alone, /연합뉴스, (연합뉴스), /뉴시스, /뉴스1,
// /연합뉴스 제공, or run on after the last sentence, … 지배했다. /연합뉴스:
// the story's byline, org the wire (blind page ko-jibang-seupocheu). A
// name with no slash or bracket, a foreign agency's photo credit, a place
// before the wire (a dateline), and a caption that describes its picture
// (… 있다. /연합뉴스) keep their reading.
func TestKoreanWireTrailer(t *testing.T) {
	const story = "청주 KB, 삼성생명 꺾고 3연승\n\n청주 KB스타즈가 용인 삼성생명을 꺾고 3연승을 달렸다.\n\n박지수는 22점 14리바운드로 골밑을 지배했다."
	for _, tc := range []struct {
		tail string
		want []string // the last units, kind and org
	}{
		{"\n\n/연합뉴스\n", []string{"paragraph ", "byline 연합뉴스"}},
		{"\n\n(연합뉴스)\n", []string{"paragraph ", "byline 연합뉴스"}},
		{"\n\n/뉴시스\n", []string{"paragraph ", "byline 뉴시스"}},
		{"\n\n/뉴스1\n", []string{"paragraph ", "byline 뉴스1"}},
		{"\n\n/연합뉴스 제공\n", []string{"paragraph ", "byline 연합뉴스"}},
		{" /연합뉴스\n", []string{"paragraph ", "byline 연합뉴스"}},
		// Look-alikes that keep their reading.
		{"\n\n연합뉴스\n", []string{"paragraph ", "paragraph "}},
		{"\n\n/연합뉴스TV\n", []string{"paragraph ", "paragraph "}},
		{"\n\n/서울신문\n", []string{"paragraph ", "paragraph "}},
	} {
		d := mustRead(t, story+tc.tail)
		a := d.Articles[len(d.Articles)-1]
		var got []string
		for _, n := range a.Children[max(len(a.Children)-2, 0):] {
			got = append(got, string(n.Kind)+" "+n.Org)
		}
		if len(got) != 2 || got[0] != tc.want[0] || got[1] != tc.want[1] {
			t.Errorf("tail %q: got %q, want %q", tc.tail, got, tc.want)
		}
		roundTrip(t, d)
	}
	// A photo's caption closed by the wire stays a caption.
	for _, s := range []string{
		"김민재가 6일 청주종합경기장에서 결승골을 넣은 뒤 환호하고 있다. /연합뉴스",
		"6일 서울 여의도 국회 본회의장 모습. /연합뉴스",
		"김민재가 결승골을 넣고 있다. /AFP 연합뉴스",
	} {
		if k, _, _ := classifyText(s); k != uCaption {
			t.Errorf("%q: kind %v, want a caption", s, k)
		}
		if _, _, ok := koreanClosingWire(s); ok {
			t.Errorf("koreanClosingWire(%q) split a caption's credit", s)
		}
	}
	for in, want := range map[string]string{
		"/연합뉴스": "연합뉴스", "(연합뉴스)": "연합뉴스", "（뉴시스）": "뉴시스", "/뉴스1 제공": "뉴스1",
		"(서울=연합뉴스)": "", "/AFP 연합뉴스": "", "연합뉴스": "", "/연합뉴스에 따르면": "", "/삼성전자 제공": "",
	} {
		if got, _ := koreanWireTrailer(in); got != want {
			t.Errorf("koreanWireTrailer(%q) = %q, want %q", in, got, want)
		}
	}
}
