package fonts

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
)

func mustBody(t testing.TB) *Face {
	t.Helper()
	f, err := Body()
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func mustHeading(t testing.TB) *Face {
	t.Helper()
	f, err := Heading()
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestEmbeddedNamesAndMetrics(t *testing.T) {
	for _, c := range []struct {
		face *Face
		name string
	}{
		{mustBody(t), "NotoSerifCJKsc-Regular"},
		{mustHeading(t), "NotoSansCJKsc-Bold"},
	} {
		f := c.face
		if f.Name() != c.name {
			t.Errorf("Name() = %q, want %q", f.Name(), c.name)
		}
		// The ideographic em box: ascent + descent = 1 em.
		if a, d := f.Ascent(), f.Descent(); a < 0.8 || a > 0.95 || d < 0.05 || d > 0.2 || math.Abs(a+d-1) > 0.01 {
			t.Errorf("%s: ascent %.3f descent %.3f, want the em box (≈0.88/0.12)", f.Name(), a, d)
		}
		for _, r := range "一永。，、：「」（）《》〓あア\u3000ＡＢ１！" {
			if got := f.Advance(r); got != 1 {
				t.Errorf("%s: Advance(%q) = %v, want 1 (fullwidth)", f.Name(), r, got)
			}
		}
		for _, r := range "aiW 1." {
			if got := f.Advance(r); got <= 0.1 || got >= 1.2 {
				t.Errorf("%s: Advance(%q) = %v, want a proportional Latin width", f.Name(), r, got)
			}
		}
		if got := f.Advance('가'); got < 0.85 || got > 1 {
			t.Errorf("%s: Advance('가') = %v, want about 1 em", f.Name(), got)
		}
		if f.Advance('i') >= f.Advance('W') {
			t.Errorf("%s: i (%v) not narrower than W (%v)", f.Name(), f.Advance('i'), f.Advance('W'))
		}
		for _, r := range []rune{0x0E01, 0x20000, -1, 0x110000, 0xFFFF} {
			if f.Has(r) {
				t.Errorf("%s: Has(%U) = true, want false", f.Name(), r)
			}
		}
	}
}

// TestBodyAdvancesMatchSource checks hmtx reading against advances that
// fontTools reports for the source face (NotoSerifCJK-Regular.ttc#2).
func TestBodyAdvancesMatchSource(t *testing.T) {
	f := mustBody(t)
	for r, units := range map[rune]float64{'W': 1053, 'i': 332, 'a': 557, '가': 966, '永': 1000} {
		if got := f.Advance(r); got != units/1000 {
			t.Errorf("Advance(%q) = %v, want %v", r, got, units/1000)
		}
	}
}

func TestBodyIsParsedOnce(t *testing.T) {
	a, b := mustBody(t), mustBody(t)
	if a != b {
		t.Error("Body() returned two different faces")
	}
}

// makeTTC wraps standalone fonts into a TrueType collection.
func makeTTC(faces ...[]byte) []byte {
	be := binary.BigEndian
	out := []byte("ttcf")
	out = be.AppendUint32(out, 0x00010000)
	out = be.AppendUint32(out, uint32(len(faces)))
	base := 12 + 4*len(faces)
	offs := make([]int, len(faces))
	for i, f := range faces {
		offs[i] = base
		out = be.AppendUint32(out, uint32(base))
		base += (len(f) + 3) &^ 3
	}
	for i, f := range faces {
		start := len(out)
		out = append(out, f...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
		n := int(be.Uint16(f[4:]))
		for j := 0; j < n; j++ { // table offsets become file offsets
			p := start + 12 + 16*j + 8
			be.PutUint32(out[p:], be.Uint32(out[p:])+uint32(offs[i]))
		}
	}
	return out
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func subsetOf(t *testing.T, f *Face, s string) []byte {
	t.Helper()
	b, err := Subset(f, []rune(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	body, heading := mustBody(t), mustHeading(t)
	ttf := writeFile(t, dir, "a.ttf", subsetOf(t, body, "永和"))
	ttc := writeFile(t, dir, "b.ttc", makeTTC(subsetOf(t, body, "九"), subsetOf(t, heading, "年")))

	f, err := Load(ttf)
	if err != nil {
		t.Fatal(err)
	}
	if !f.Has('永') || f.Has('九') || f.Name() != body.Name() {
		t.Errorf("a.ttf: name %q, Has(永)=%v Has(九)=%v", f.Name(), f.Has('永'), f.Has('九'))
	}
	if g, _ := Load(ttf); g != f {
		t.Error("Load is not cached per spec")
	}
	for _, c := range []struct {
		spec, name string
		has        rune
	}{
		{ttc, body.Name(), '九'},
		{ttc + "#0", body.Name(), '九'},
		{ttc + "#1", heading.Name(), '年'},
	} {
		f, err := Load(c.spec)
		if err != nil {
			t.Errorf("%s: %v", c.spec, err)
			continue
		}
		if f.Name() != c.name || !f.Has(c.has) || f.Advance(c.has) != 1 {
			t.Errorf("%s: name %q, Has(%c)=%v", c.spec, f.Name(), c.has, f.Has(c.has))
		}
		// The extracted face is a standalone font fpdf can embed.
		if string(f.Data()[:4]) == "ttcf" {
			t.Errorf("%s: Data() is the collection, not the face", c.spec)
		}
		pdfWith(t, f.Data(), string(c.has))
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	body := mustBody(t)
	sub := subsetOf(t, body, "永")
	restricted := append([]byte(nil), sub...)
	tb, _, _ := readTables(restricted, 0)
	binary.BigEndian.PutUint16(tb["OS/2"][8:], 2) // fsType: restricted licence
	otto := append([]byte("OTTO"), make([]byte, 8)...)
	noGlyf := buildSFNT(cloneTables(tb, func(tag string) bool { return tag != "glyf" }))
	files := map[string][]byte{
		"junk.ttf": []byte("this is not a font, just some text"), "short.ttf": sub[:40],
		"cff.otf": otto, "restricted.ttf": restricted, "noglyf.ttf": noGlyf, "one.ttf": sub,
		"two.ttc": makeTTC(sub, sub),
	}
	for name, b := range files {
		writeFile(t, dir, name, b)
	}
	p := func(n string) string { return filepath.Join(dir, n) }
	tests := []struct {
		spec    string
		is      error
		contain string
	}{
		{p("missing.ttf"), fs.ErrNotExist, ""},
		{p("junk.ttf"), ErrNotFont, ""},
		{p("short.ttf"), ErrNotFont, ""},
		{p("cff.otf"), ErrCFF, ""},
		{p("restricted.ttf"), ErrRestricted, ""},
		{p("noglyf.ttf"), ErrNotFont, `"glyf"`},
		{p("one.ttf") + "#1", nil, "single-face"},
		{p("two.ttc") + "#2", nil, "2 faces"},
		{p("two.ttc") + "#x", nil, "must be a number"},
		{p("two.ttc") + "#-1", nil, "negative"},
	}
	if _, err := os.Stat("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"); err == nil {
		tests = append(tests, struct {
			spec    string
			is      error
			contain string
		}{"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc#2", ErrCFF, ""})
	}
	for _, tc := range tests {
		_, err := Load(tc.spec)
		if err == nil {
			t.Errorf("Load(%s): no error", tc.spec)
			continue
		}
		if tc.is != nil && !errors.Is(err, tc.is) {
			t.Errorf("Load(%s) = %v, want %v", tc.spec, err, tc.is)
		}
		if !strings.Contains(err.Error(), tc.contain) {
			t.Errorf("Load(%s) = %v, want it to mention %q", tc.spec, err, tc.contain)
		}
	}
}

func TestSubsetRoundTrip(t *testing.T) {
	for _, f := range []*Face{mustBody(t), mustHeading(t)} {
		text := "排版：永和九年，歲在癸丑。「あア」한글〓ABC xyz 123"
		runes := append([]rune(text), 0x0E01, 0x20000) // absent and astral: left out
		b, err := Subset(f, runes)
		if err != nil {
			t.Fatal(err)
		}
		again, _ := Subset(f, runes)
		if !bytes.Equal(b, again) {
			t.Errorf("%s: Subset is not deterministic", f.Name())
		}
		if len(b) > 64<<10 {
			t.Errorf("%s: subset of %d runes is %d bytes", f.Name(), len(runes), len(b))
		}
		s, err := parseData(b, 0, "subset")
		if err != nil {
			t.Fatalf("%s: reparse: %v", f.Name(), err)
		}
		if s.Name() != f.Name() || s.Ascent() != f.Ascent() || s.Descent() != f.Descent() {
			t.Errorf("subset: name %q asc %v desc %v, want %q %v %v", s.Name(), s.Ascent(), s.Descent(), f.Name(), f.Ascent(), f.Descent())
		}
		distinct := map[rune]bool{}
		for _, r := range text {
			distinct[r] = true
			if !s.Has(r) || s.Advance(r) != f.Advance(r) {
				t.Errorf("%s subset: %q: has=%v advance %v, want %v", f.Name(), r, s.Has(r), s.Advance(r), f.Advance(r))
			}
		}
		for _, r := range "鬱龍日\u0E01" {
			if s.Has(r) {
				t.Errorf("%s subset: has %q, which was not asked for", f.Name(), r)
			}
		}
		if s.nGlyph != len(distinct)+1 {
			t.Errorf("%s subset: %d glyphs, want %d (+ .notdef)", f.Name(), s.nGlyph, len(distinct)+1)
		}
		pdfWith(t, b, text)
	}
}

// TestSubsetComposites uses a system font with composite glyphs (DejaVu's
// accented letters); the embedded faces have none.
func TestSubsetComposites(t *testing.T) {
	const path = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
	f, err := Load(path)
	if err != nil {
		t.Skipf("no composite-glyph font here: %v", err)
	}
	b, err := Subset(f, []rune("éÅǕ"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := parseData(b, 0, "subset")
	if err != nil {
		t.Fatal(err)
	}
	tb, _, _ := readTables(b, 0)
	gl, err := newGlyphs(tb)
	if err != nil {
		t.Fatal(err)
	}
	composites := 0
	for g := 0; g < s.nGlyph; g++ {
		comps, err := gl.components(uint16(g))
		if err != nil {
			t.Fatal(err)
		}
		if len(comps) > 0 {
			composites++
		}
		for _, c := range comps {
			if int(c) >= s.nGlyph || c == 0 {
				t.Errorf("glyph %d: component %d not renumbered into the subset (%d glyphs)", g, c, s.nGlyph)
			}
		}
	}
	if composites == 0 || s.nGlyph <= 4 {
		t.Fatalf("subset has %d glyphs, %d composite: components were not carried over", s.nGlyph, composites)
	}
	for _, r := range "éÅǕ" {
		if !s.Has(r) || s.Advance(r) != f.Advance(r) {
			t.Errorf("%q: has=%v advance %v want %v", r, s.Has(r), s.Advance(r), f.Advance(r))
		}
	}
	pdfWith(t, b, "éÅǕ")
}

func TestSubsetNil(t *testing.T) {
	if _, err := Subset(nil, []rune("a")); err == nil {
		t.Error("Subset(nil) did not fail")
	}
}

func TestSetFaceFor(t *testing.T) {
	body, heading := mustBody(t), mustHeading(t)
	onlyYong, err := parseData(subsetOf(t, body, "永"), 0, "yong")
	if err != nil {
		t.Fatal(err)
	}
	s := &Set{Faces: []*Face{onlyYong, nil, heading}}
	tests := []struct {
		r    rune
		want *Face
	}{{'永', onlyYong}, {'和', heading}, {0x0E01, nil}, {0x20000, nil}}
	for _, tc := range tests {
		got, ok := s.FaceFor(tc.r)
		if got != tc.want || ok != (tc.want != nil) {
			t.Errorf("FaceFor(%q) = %v, %v; want %v", tc.r, got, ok, tc.want)
		}
	}
	var empty *Set
	if _, ok := empty.FaceFor('a'); ok {
		t.Error("nil Set covers a rune")
	}
}

func TestConcurrentUse(t *testing.T) {
	dir := t.TempDir()
	ttf := writeFile(t, dir, "c.ttf", subsetOf(t, mustBody(t), "天地"))
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b, err := Body()
			if err != nil {
				errs <- err
				return
			}
			h, err := Heading()
			if err != nil {
				errs <- err
				return
			}
			l, err := Load(ttf)
			if err != nil {
				errs <- err
				return
			}
			for _, r := range "天地玄黄宇宙洪荒" {
				_ = b.Advance(r) + h.Advance(r) + l.Advance(r)
			}
			if _, err := Subset(b, []rune("日月盈昃")); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// BenchmarkBodyFirstUse measures what Body's first call costs a process:
// parsing the embedded face (sync.OnceValues caches it afterwards).
func BenchmarkBodyFirstUse(b *testing.B) {
	for b.Loop() {
		f, err := parseFace(bodyTTF, "body")
		if err != nil {
			b.Fatal(err)
		}
		_ = f.Advance('永')
	}
}

// BenchmarkAdvance measures one metrics lookup on the 20,000-glyph body face.
func BenchmarkAdvance(b *testing.B) {
	f := mustBody(b)
	rs := []rune("排版：永和九年，歲在癸丑。あア한글ABC")
	for b.Loop() {
		for _, r := range rs {
			_ = f.Advance(r)
		}
	}
}

// TestLoadRefusesWhatIsNotAFontFile: a file over MaxFileSize is refused by
// its size before it is read, and a device or named pipe at once.
func TestLoadRefusesWhatIsNotAFontFile(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.ttf")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(MaxFileSize + 1) // sparse: reading it would take its size in memory
	f.Close()
	if _, err := Load(big); err == nil || !strings.Contains(err.Error(), "larger than the 256 MiB") {
		t.Errorf("oversize font: %v", err)
	}
	fifo := filepath.Join(dir, "pipe.ttf")
	if err := syscall.Mkfifo(fifo, 0o644); err == nil {
		if _, err := Load(fifo); err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("named pipe: %v", err)
		}
	}
	if _, err := Load("/dev/zero"); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("/dev/zero: %v", err)
	}
}
