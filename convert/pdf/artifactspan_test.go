package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/internal/testdoc"
)

// TestRepeatedHeadlineHidden: a continued article's repeated headline is
// page furniture, hidden from extraction whole, also where it holds a
// squeezed mark (‘과목 선택’부터): the mark's span of its own inside the
// empty ActualText gave the mark and the words after it back to pdftotext
// (blind round 86's ko-gyoyuk-ipsi-sangdam on B5, a line read as
// starting with ’). No glyph drawn inside the hidden span may sit in a
// span with text of its own.
func TestRepeatedHeadlineHidden(t *testing.T) {
	var b strings.Builder
	b.WriteString("[김하윤의 입시 포커스]\n겨울방학, 고1은 ‘과목 선택’부터 점검하라\n\n")
	for i := 0; i < 40; i++ {
		b.WriteString("고교학점제가 전면 시행되면서 고1 겨울방학의 의미가 달라졌다. 2학년부터 듣게 될 선택과목이 대학 전공 적합성을 보여주는 가장 중요한 근거가 되기 때문이다.\n\n")
	}
	path := filepath.Join(t.TempDir(), "page.txt")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	d := testdoc.Read(t, path)
	for _, paper := range []string{"B5", "A5"} {
		out, _ := writePDF(t, d, date, WithPaper(paper), WithLayout(LayoutNewspaper))
		hidden := 0
		for _, dr := range contentDraws(t, out) {
			if !dr.hidden {
				continue
			}
			if strings.ContainsAny(dr.text, "‘’겨과") {
				hidden++
			}
			if dr.spanned {
				t.Errorf("%s: %q drawn in a span of its own inside the hidden headline", paper, dr.text)
			}
		}
		if hidden == 0 {
			t.Errorf("%s: no repeated headline drawn hidden: the case tests nothing", paper)
		}
	}
}
