package fonts

import (
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestVerticalAlternates checks the private-use vertical alternates of the
// embedded faces against mkfonts.py's list and their shapes: ー and ～
// turned down the line (taller than wide), small kana moved up and right.
func TestVerticalAlternates(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("gen", "mkfonts.py"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?s)VERT_ALT = \((.*?)\)`).FindSubmatch(src)
	if m == nil {
		t.Fatal("no VERT_ALT in mkfonts.py")
	}
	py := strings.Join(regexp.MustCompile(`"([^"]*)"`).FindAllString(string(m[1]), -1), "")
	if py = strings.ReplaceAll(py, `"`, ""); py != verticalAlternates {
		t.Errorf("mkfonts.py VERT_ALT %q differs from verticalAlternates %q", py, verticalAlternates)
	}
	for _, f := range []*Face{mustBody(t), mustHeading(t)} {
		bounds := func(r rune, alt bool) (lo, hi Point) {
			p, ok := f.Outline(r)
			if alt {
				p, ok = f.AlternateOutline(r)
			}
			if !ok {
				t.Fatalf("%s: no outline for %q", f.Name(), r)
			}
			lo, hi, _ = p.Bounds()
			return lo, hi
		}
		for _, r := range verticalAlternates {
			_, ok := f.VerticalAlternate(r)
			if !ok {
				if r != 'ｰ' {
					t.Errorf("%s: no vertical alternate for %q", f.Name(), r)
				}
				continue
			}
			lo, hi := bounds(r, true)
			blo, bhi := bounds(r, false)
			switch {
			case r == 'ー' || r == '～' || r == '〜':
				if hi.Y-lo.Y <= hi.X-lo.X || bhi.Y-blo.Y >= bhi.X-blo.X {
					t.Errorf("%s: %q's alternate is not turned", f.Name(), r)
				}
			case strings.ContainsRune("ぁっゃァッョㇰ", r):
				if lo.X <= blo.X || lo.Y <= blo.Y {
					t.Errorf("%s: %q's alternate is not moved up and right", f.Name(), r)
				}
			}
		}
		if _, ok := f.VerticalAlternate('漢'); ok {
			t.Errorf("%s: a vertical alternate for 漢", f.Name())
		}
	}
	// A user font has none, whatever its private-use area holds.
	u, err := Load(writeTemp(t, mustBody(t).Data()))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := u.VerticalAlternate('ー'); ok {
		t.Error("a loaded font reports a vertical alternate")
	}
}

// writeTemp writes data to a temporary .ttf file and returns its path.
func writeTemp(t *testing.T, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "f.ttf")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestSubsetVertical reads back a vertical subset: its substitutions (、→︑
// and ー to its alternate, for the runes used only), vhea and vmtx (every
// glyph an em down, from the em box's top), and the plain subset without.
func TestSubsetVertical(t *testing.T) {
	f := mustBody(t)
	alt, _ := f.VerticalAlternate('ー')
	subst := map[rune]rune{'、': '︑', '。': '︒', 'ー': alt, '「': '﹁'}
	data, n, err := SubsetVertical(f, []rune("永、ラーメン。"), subst)
	if err != nil {
		t.Fatal(err)
	}
	if n != 3 {
		t.Errorf("%d substitutions, want 3 (「 is not used)", n)
	}
	s, err := parseFace(data, "subset")
	if err != nil {
		t.Fatal(err)
	}
	tabs, _, err := readTables(data, 0)
	if err != nil {
		t.Fatal(err)
	}
	be := binary.BigEndian
	gsub := tabs["GSUB"]
	if len(gsub) < 10 {
		t.Fatal("no GSUB")
	}
	// Follow the lookup to its substitutions.
	ll := int(be.Uint16(gsub[8:]))
	lk := ll + int(be.Uint16(gsub[ll+2:]))
	st := lk + int(be.Uint16(gsub[lk+6:]))
	if be.Uint16(gsub[lk:]) != 1 || be.Uint16(gsub[st:]) != 2 {
		t.Fatal("not a single substitution, format 2")
	}
	cov := st + int(be.Uint16(gsub[st+2:]))
	got := map[uint16]uint16{}
	for i := range int(be.Uint16(gsub[st+4:])) {
		got[be.Uint16(gsub[cov+4+2*i:])] = be.Uint16(gsub[st+6+2*i:])
	}
	for r, a := range map[rune]rune{'、': '︑', '。': '︒', 'ー': alt} {
		if g := got[s.cmap.lookup(r)]; g == 0 || g != s.cmap.lookup(a) {
			t.Errorf("%q → glyph %d, want %q's %d", r, g, a, s.cmap.lookup(a))
		}
	}
	if strings.Count(string(gsub), "vert") != 1 || strings.Count(string(gsub), "vrt2") != 1 {
		t.Error("features vert and vrt2 not both there")
	}
	vhea, vmtx := tabs["vhea"], tabs["vmtx"]
	if len(vhea) != 36 || int(be.Uint16(vhea[34:])) != s.nGlyph || len(vmtx) != 4*s.nGlyph {
		t.Fatalf("vhea %d bytes, vmtx %d bytes for %d glyphs", len(vhea), len(vmtx), s.nGlyph)
	}
	g := s.cmap.lookup('永')
	o := s.outlines()
	gl, _ := o.g.glyph(g)
	yMax := int16(be.Uint16(gl[8:]))
	if adv, tsb := be.Uint16(vmtx[4*g:]), int16(be.Uint16(vmtx[4*g+2:])); adv != 1000 || int(tsb)+int(yMax) != 880 {
		t.Errorf("永: advance %d, top side bearing %d + yMax %d; want 1000 and 880", adv, tsb, yMax)
	}
	plain, err := Subset(f, []rune("永、"))
	if err != nil {
		t.Fatal(err)
	}
	pt, _, _ := readTables(plain, 0)
	if pt["GSUB"] != nil || pt["vmtx"] != nil {
		t.Error("a horizontal subset has vertical tables")
	}
	// fontTools, when installed, reads the tables too.
	py := "/usr/bin/python3"
	if _, err := os.Stat(py); err == nil {
		path := writeTemp(t, data)
		cmd := exec.Command(py, "-c", `import sys
from fontTools.ttLib import TTFont
f = TTFont(sys.argv[1])
g = f["GSUB"].table
st = g.LookupList.Lookup[0].SubTable[0]
cm = f.getBestCmap()
assert st.mapping[cm[0x3001]] == cm[0xFE11], st.mapping
assert [r.FeatureTag for r in g.FeatureList.FeatureRecord] == ["vert", "vrt2"]
assert f["vmtx"][cm[0x6C38]][0] == 1000
print("ok")`, path)
		out, err := cmd.CombinedOutput()
		if err != nil && !strings.Contains(string(out), "No module named") {
			t.Errorf("fontTools: %v\n%s", err, out)
		}
	}
}

// TestVerticalAlternatesNotText checks that text never reaches the
// alternates: a user-defined character that decodes to U+E000 is not
// covered by the embedded faces (it gets a fallback or a warning), and the
// list fits the range Has keeps out.
func TestVerticalAlternatesNotText(t *testing.T) {
	if n := len([]rune(verticalAlternates)); vertAltBase+n-1 != vertAltLast {
		t.Errorf("%d alternates, range U+%04X–U+%04X", n, vertAltBase, vertAltLast)
	}
	for _, f := range []*Face{mustBody(t), mustHeading(t)} {
		for r := rune(vertAltBase); r <= vertAltLast; r++ {
			if f.Has(r) || f.HasOutline(r) {
				t.Errorf("%s: Has or HasOutline(U+%04X)", f.Name(), r)
			}
		}
	}
}
