package newstext

import (
	"slices"
	"testing"
)

// TestKoEditorsNote: a Korean editor's note, its label 편집자주 opening the
// line in brackets or bare before a colon, or closing the note's last
// sentence in brackets (blind page b58-ko-web-jibang-beoseu: it had been
// a paragraph), is a note, as 【编者按】 is; the words in a sentence stay
// text.
func TestKoEditorsNote(t *testing.T) {
	for s, want := range map[string]bool{
		"[편집자주] 충북 도내 농어촌 버스 노선이 해마다 줄고 있다.": true,
		"[편집자 주] 본보는 3회에 걸쳐 현실과 대안을 짚어본다.":   true,
		"<편집자 주> 본보는 3회에 걸쳐 현실과 대안을 짚어본다.":   true,
		"〈편집자주〉 본보는 현실을 짚어본다.":               true,
		"【편집자주】본보는 현실을 짚어본다.":                true,
		"편집자주: 본보는 현실을 짚어본다.":                true,
		"편집자 주 : 본보는 현실을 짚어본다.":              true,
		"[편집자주]": true,
		"본보는 3회에 걸쳐 현실과 대안을 짚어본다. <편집자 주>": true,
		"본보는 3회에 걸쳐 현실과 대안을 짚어본다.<편집자주>":   true,
		"본보는 3회에 걸쳐 현실과 대안을 짚어본다. (편집자 주)": true,
		"편집자 주도의 개편이 이어졌다.":                false,
		"편집자주의 한계를 지적했다.":                  false,
		"[편집자주의] 새 연재":                     false,
		"그는 \"편집자 주석을 달았다\"고 말했다.":         false,
		"본보는 현실을 짚어본다 <편집자 주>":             false,
		"<편집자 주>는 연재의 취지를 밝힌다":             false,
		"[기획] 사라지는 시골 버스정류장 ①":             false,
	} {
		if got := isNote(s); got != want {
			t.Errorf("isNote(%q) = %v, want %v", s, got, want)
		}
		if sm := summaryFor(s, nil); want && gate(s, sm)&gNote == 0 {
			t.Errorf("%q: gate keeps it from isNote", s)
		}
	}
	const page = "[기획] 사라지는 시골 버스정류장 ①\n\n이서윤 기자 lsy@jwilbo.example.kr\n\n" +
		"[편집자주] 충북 도내 농어촌 버스 노선이 해마다 줄고 있다. 본보는 3회에 걸쳐 시골 버스정류장의 현실과 대안을 짚어본다.\n\n" +
		"지난 4일 오전 7시 보은군 회인면의 한 버스정류장. 81세 김순례 할머니가 버스를 기다리고 있었다.\n\n" +
		"이 정류장에 서는 군내버스는 하루 두 번뿐이다.\n"
	d := mustRead(t, page)
	k := allKinds(d)
	if !slices.Contains(k, "note [편집자주] 충북 도내 농어촌 버스 노선이 해마다 줄고 있다. 본보는 3회에 걸쳐 시골 버스정류장의 현실과 대안을 짚어본다.") {
		t.Errorf("no note in %v", k)
	}
	roundTrip(t, d)
}
