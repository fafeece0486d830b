package newstext

import "testing"

// TestKoreanSlashRelayedCaption: a Korean caption closed by a foreign
// agency's photo credit as 뉴시스 sets it, the agency and the wire parted
// by a slash, … 걸어가고 있다. [AP/뉴시스] (blind page
// ko-gukje-web-hanbit), is a caption, as … 있다. [AP=연합뉴스] is: it was
// read as a paragraph. A Hangul agency, round brackets, the other wires,
// a noun's end, and the credit alone on the line under the sentence are
// captions. A place before the slash, a word that is no agency, a paper
// after it, a paragraph's verb before the credit, three sentences, and
// the = form (unchanged) keep their reading.
func TestKoreanSlashRelayedCaption(t *testing.T) {
	const top = "美 중부 기록적 폭설에 항공편 2100편 결항\n\n" +
		"[서울=뉴시스] 김하린 기자 = 미국 중부 지역에 기록적인 폭설이 쏟아지면서 항공편 2100여 편이 결항됐다.\n\n" +
		"캔자스시티 국제공항은 활주로 제설 작업을 위해 한때 운영을 전면 중단했다.\n\n"
	const bottom = "\n\n기상청은 8일까지 눈이 더 내릴 수 있다며 외출을 자제해 달라고 당부했다.\n\nkimharin@newsis.com\n"
	const sent = "6일(현지시간) 미국 미주리주 캔자스시티에서 시민들이 눈 덮인 도로를 걸어가고 있다."
	for _, tt := range []struct {
		name, line, text, want string
	}{
		{"AP", sent + " [AP/뉴시스]", "", "caption"},
		{"Reuters", sent + " [로이터/뉴시스]", "", "caption"},
		{"Xinhua", sent + " [신화/뉴시스]", "", "caption"},
		{"AFP, round", sent + " (AFP/뉴시스)", "", "caption"},
		{"Yonhap", sent + " [EPA/연합뉴스]", "", "caption"},
		{"News1", sent + " [AP/뉴스1]", "", "caption"},
		{"noun's end", "6일(현지시간) 눈에 덮인 미국 캔자스시티 도심 모습. [AP/뉴시스]", "", "caption"},
		{"credit alone", sent + "\n[AP/뉴시스]", sent + " [AP/뉴시스]", "caption"},
		// Look-alikes.
		{"place", sent + " [서울/뉴시스]", "", "paragraph"},
		{"no agency", sent + " [사진/뉴시스]", "", "paragraph"},
		{"a paper", sent + " [AP/한빛일보]", "", "paragraph"},
		{"paragraph's verb", "미주리주 고속도로순찰대는 이틀간 사고 400여 건이 접수됐다고 밝혔다. [AP/뉴시스]", "", "paragraph"},
		{"three sentences", "도로 곳곳에서 사고가 잇따랐다. 3명이 숨졌다. 시민들이 걸어가고 있다. [AP/뉴시스]", "", "paragraph"},
		{"two slashes", sent + " [AP/뉴시스/연합뉴스]", "", "paragraph"},
		{"agency and a word", sent + " [AP 사진/뉴시스]", "", "paragraph"},
		{"equals (unchanged)", sent + " [AP=뉴시스]", "", "caption"},
	} {
		text := tt.text
		if text == "" {
			text = tt.line
		}
		d := mustRead(t, top+tt.line+bottom)
		if got := kindOfText(d, text); got != tt.want {
			t.Errorf("%s: %q read as %q, want %q\n%s", tt.name, text, got, tt.want, outline(d, false))
		}
		roundTrip(t, d)
	}
	for s, want := range map[string]bool{
		"AP/뉴시스": true, "로이터/뉴시스": true, "워싱턴 AP/뉴시스": true, "조선중앙통신/연합뉴스": true, "AFP/뉴스1": true,
		"서울/뉴시스": false, "사진/뉴시스": false, "AP/한빛일보": false, "AP/": false, "/뉴시스": false, "AP/뉴시스/연합뉴스": false,
	} {
		if got := koreanSlashRelayed(s); got != want {
			t.Errorf("koreanSlashRelayed(%q) = %v, want %v", s, got, want)
		}
	}
}
