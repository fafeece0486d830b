package pdf

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/paiban/paiban/convert/jsonfmt"
	"github.com/paiban/paiban/internal/testtool"
)

// TestVerticalNewspaperReadingOrder runs the shared vertical checker,
// ../shared/tools/check_vertical.py, on vertical newspaper pages and holds
// the share of the text pdftotext gives back in order, phrase by phrase,
// at or above a floor per page. The floors are above what the pages gave
// before the invisible separators were drawn turned (vSeparator) and set
// under a lone block's head (placeStrip), and before a page of one strip
// was read from that separator (readingStart), a section heading's
// bridge centred in its slot (bridgeLine), lines poppler would not join
// bridged (joinBridge), each block's tiers linked to its head (headLinks)
// and the page given a foot (readingStart), a hyphen's span taking in
// the glyph after it (sideways), each strip of a page of several given
// its mark (stripGate) and a line in small type starting lower than the
// line before its lead (leadLine), so the test fails if any goes;
// pages that pass the checker outright must keep passing. Skipped with
// -short, and when python3, pdftotext or mutool are missing unless
// PAIBAN_REQUIRE_TOOLS=1; the checker itself is not ours and is skipped when
// absent.
func TestVerticalNewspaperReadingOrder(t *testing.T) {
	if testing.Short() {
		t.Skip("external checker (-short)")
	}
	script := filepath.Join(testtool.RepoRoot(), "..", "shared", "tools", "check_vertical.py")
	if _, err := os.Stat(script); err != nil {
		t.Skipf("shared checker not present: %v", err)
	}
	py := testtool.Need(t, "python3")
	testtool.Need(t, "pdftotext")
	testtool.Need(t, "mutool")
	cases := []struct {
		sample, paper string
		floor         float64 // fidelity; 1 means check_vertical.py passes
		before        float64 // what the page gave before, for the record
	}{
		{"ja-kobe-jazz", "A4", 1, 0.862},
		{"ja-kobe-jazz", "A3", 1, 1},
		{"ko-paper", "A3", 1, 1},
		{"ko-newsis", "Tabloid", 1, 1},
		{"ja-world", "A4", 1, 0.895},         // 0.957 before readingStart
		{"ja-world", "Broadsheet", 1, 0.526}, // 0.933 before readingStart
		{"ko-busan", "Tabloid", 1, 0.253},    // 0.670 before readingStart
		{"ko-paper", "Broadsheet", 1, 0.376}, // 0.779 before readingStart
		{"ko-yonhap", "A3", 1, 0.439},        // 0.919 (a hyphen's span overlapping the next glyph's)
		{"ja-column-ocr", "Broadsheet", 0.84, 0.622},
		// Read first tier last (readingStart), a section heading's tier
		// split in two (bridgeLine's offset):
		{"ko-busan", "A3", 1, 0.747},
		{"ko-chosun", "A3", 1, 0.663},
		{"ja-sankei", "A3", 1, 0.911},
		{"ko-column", "A4", 1, 0.711},
		{"peoplesdaily-source", "A3", 1, 0.868},
		// A tier's notes in small type, each line a block of its own,
		// read from the left (joinBridge):
		{"ko-newsis", "A3", 1, 0.741},
		{"renmin-jump", "A4", 1, 0.880},
		{"benbao-xiaoxi", "A3", 1, 0.949},
		// A byline at a tier's foot after a short last line, no height
		// in common with it, read before it (joinBridge):
		{"numbered-1dot", "A3", 1, 0.960},
		{"my-selangor", "A4", 1, 0.956},
		{"ko-hankook", "A4", 1, 0.887},
		// A short head centred below the first tier's foot, read after
		// the first tier (headLinks):
		{"ko-khan", "A3", 1, 0.598}, // 0.778 after joinBridge
		{"my-sinchew", "A3", 1, 0.924},
		{"ocr-vertical", "A3", 1, 0.919},
		{"digest-runin", "A4", 1, 0.932},
		// A tier of two blocks side by side entered from the right one
		// (readingStart's foot):
		{"tw-udn", "A4", 1, 0.942},
		{"hk-01-web", "A4", 1, 0.946},
		// A hyphen between two syllables (전재-재배포), its span an em long
		// over the next glyph's, split the line and was dropped (sideways):
		{"ko-yonhap-sokbo", "A4", 1, 0.792},
		{"ko-yonhap-photos", "A3", 1, 0.769},
		// A page of several strips, each strip's first tier read after
		// the rest of the strip (stripGate):
		{"ja-shakaimen", "A3", 1, 0.893},
		{"ja-kyodo-wire", "A3", 1, 0.892},
		{"cn-bqb-briefs", "A4", 1, 0.902},
		{"ltn-difang", "A4", 1, 0.933},
		{"ja-chiho-kofu-teisei", "Broadsheet", 1, 0.799},
		// A time stamp in small type beside a tier's last lines, starting
		// lower than the line before, read before it (leadLine):
		{"ja-yomiuri-shasetsu", "A4", 1, 0.918},
		{"ja-sankei-shucho-web", "A3", 1, 0.944},
		{"tw-ocr-kongge-zhubei", "A3", 1, 0.958},
		{"cn-repost", "A4", 1, 0.887},
	}
	fid := regexp.MustCompile(`fidelity=([0-9.]+)`)
	dir := t.TempDir()
	for _, c := range cases {
		t.Run(c.sample+"/"+c.paper, func(t *testing.T) {
			d := readText(t, filepath.Join(testtool.RepoRoot(), "samples", c.sample+".txt"))
			var tree, out bytes.Buffer
			if err := jsonfmt.NewWriter().Write(context.Background(), &tree, d); err != nil {
				t.Fatal(err)
			}
			w := New(WithPaper(c.paper), WithLayout(LayoutNewspaper), WithVertical(true))
			if err := w.Write(context.Background(), &out, d); err != nil {
				t.Fatal(err)
			}
			base := filepath.Join(dir, c.sample+"."+c.paper)
			if err := os.WriteFile(base+".json", tree.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(base+".pdf", out.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(py, script, base+".pdf", base+".json")
			cmd.Dir = filepath.Dir(script) // it imports cjkcheck from beside it
			res, err := cmd.CombinedOutput()
			m := fid.FindSubmatch(res)
			if m == nil {
				t.Fatalf("check_vertical.py: %v: %s", err, res)
			}
			got, _ := strconv.ParseFloat(string(m[1]), 64)
			switch {
			case c.floor >= 1 && err != nil:
				t.Errorf("check_vertical.py fails (it passed): %v: %s", err, res)
			case got < c.floor:
				t.Errorf("pdftotext gives back %.3f of the text in order, want >= %.2f (was %.3f before): %s", got, c.floor, c.before, res)
			default:
				t.Logf("fidelity %.3f (floor %.2f, was %.3f)", got, c.floor, c.before)
			}
		})
	}
}
