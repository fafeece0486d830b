package pdf

import (
	"strconv"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/internal/testtool"
)

// TestEmojiDrawn sets web copy's emoji with the default faces, across and
// down the page: each is drawn from the embedded emoji face's outlines,
// without a warning or a 〓, and read back as written — the emoji
// presentation selector of ❤️ and ⚠️ and the joiners of 👨‍👩‍👧 included,
// which draw nothing. In a line across the page 👉 has ink in its cell,
// one em wide like the ideographs beside it.
func TestEmojiDrawn(t *testing.T) {
	pdftotext := testtool.Need(t, "pdftotext")
	pdftoppm := testtool.Need(t, "pdftoppm")
	paras := []string{
		"寒流來襲👉氣象署預估今晚探8度✅。",
		"注意保暖🔥，⚠️外出請加衣☀。家人👨‍👩‍👧一起取暖👍🏽，按讚👍。",
		"社會局提醒📌民眾撥打1999市民熱線。",
	}
	a := &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindHeadline, Text: "寒流❤️來襲", Line: 1},
	}}
	for i, p := range paras {
		a.Children = append(a.Children, &doc.Node{Kind: doc.KindParagraph, Text: p, Line: 3 + i})
	}
	d := &doc.Document{Articles: []*doc.Node{a}}
	for _, vertical := range []bool{false, true} {
		name := map[bool]string{false: "horizontal", true: "vertical"}[vertical]
		t.Run(name, func(t *testing.T) {
			out, w := writePDF(t, d, date, WithVertical(vertical))
			if ws := w.Warnings(); len(ws) != 0 {
				t.Errorf("warnings %v; want none", ws)
			}
			path := savePDF(t, "emoji-"+name+".pdf", out)
			body := squash(extract(t, pdftotext, path))
			if strings.ContainsRune(body, geta) {
				t.Errorf("extracted %q: a 〓 in it", body)
			}
			for _, want := range append([]string{"寒流❤️來襲"}, paras...) {
				if !strings.Contains(body, want) {
					t.Errorf("extracted %q; want %q in it", body, want)
				}
			}
			if vertical {
				return
			}
			var box [4]float64
			for _, m := range wordBoxRE.FindAllStringSubmatch(extract(t, pdftotext, path, "-bbox"), -1) {
				if strings.HasPrefix(m[5], "寒流來襲👉氣") {
					for i := range box {
						box[i], _ = strconv.ParseFloat(m[i+1], 64)
					}
					break
				}
			}
			if box[2] == 0 {
				t.Fatal("no word starting 寒流來襲👉氣 in the page")
			}
			em := box[3] - box[1] // a line of body text is about an em high
			n := inkPixels(t, pdftoppm, path, box[0]+4.2*em, box[1]+0.2*em, 0.6*em, 0.6*em)
			if n < 40 {
				t.Errorf("%d dark pixels in the middle of 👉's cell; want its ink there", n)
			}
		})
	}
}

// TestEmojiMeasure: layout measures an emoji drawn from the emoji face
// one em, like the ideographs, and the selectors and joiner it keeps in a
// sequence nothing (they were an em each: ❤️ took two).
func TestEmojiMeasure(t *testing.T) {
	cfg, err := New().config()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := prepare(cfg, &doc.Document{Lang: "zh-Hant"}, nil)
	for _, set := range b.sets {
		m := measurer{set: set, size: 10}
		for r, want := range map[rune]float64{'❤': 10, '✅': 10, '👉': 10, '\uFE0F': 0, '\uFE0E': 0, '\u200D': 0} {
			if got := m.Advance(r); got != want {
				t.Errorf("Advance(%U) = %v at 10 pt, want %v", r, got, want)
			}
		}
	}
}
