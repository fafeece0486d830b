package pdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestCIDToGIDZlib inflates what cidToGIDZlib writes with compress/zlib
// (which checks the Adler-32 too) and wants the map back: two bytes per
// code, the glyph, zeros elsewhere; for no codes, one, codes side by side
// and at both ends, glyphs with zero bytes in them, and a random map of
// the size a one-page document has.
func TestCIDToGIDZlib(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	type pairs struct {
		runes []rune
		gids  []uint16
	}
	cases := map[string]pairs{
		"none":  {},
		"one":   {[]rune{'中'}, []uint16{7}},
		"ends":  {[]rune{0, 1, 2, 0xFFFE, 0xFFFF}, []uint16{1, 256, 0x100, 0xFF00, 65535}},
		"zeros": {[]rune{10, 11, 12}, []uint16{0, 0, 3}},
	}
	var p pairs
	for _, r := range rng.Perm(0x10000)[:700] {
		p.runes = append(p.runes, rune(r))
	}
	slices.Sort(p.runes)
	for range p.runes {
		p.gids = append(p.gids, uint16(rng.IntN(2000)))
	}
	cases["random"] = p
	var run pairs // gaps of every length up to 600 bytes
	for g := range 300 {
		run.runes = append(run.runes, rune(len(run.runes)*2+g+1))
		run.gids = append(run.gids, uint16(g%3+1)<<uint(8*(g%2)))
	}
	for i := range run.runes {
		run.runes[i] = rune(int(run.runes[i]) + i*i/4)
	}
	cases["gaps"] = run
	for name, c := range cases {
		want := make([]byte, 2<<16)
		for i, r := range c.runes {
			want[2*r], want[2*r+1] = byte(c.gids[i]>>8), byte(c.gids[i])
		}
		z := cidToGIDZlib(nil, c.runes, c.gids)
		zr, err := zlib.NewReader(bytes.NewReader(z))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, err := io.ReadAll(zr)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: the map inflated (%d bytes) differs from the map", name, len(got))
		}
		if len(z) > 8<<10 {
			t.Errorf("%s: %d bytes compressed; want a few KB", name, len(z))
		}
	}
}

// BenchmarkCIDToGIDZlib writes the map of 600 codes.
func BenchmarkCIDToGIDZlib(b *testing.B) {
	var runes []rune
	var gids []uint16
	for i := range 600 {
		runes = append(runes, rune(0x4E00+i*31))
		gids = append(gids, uint16(i+1))
	}
	var z []byte
	cpu := cpuTime()
	for b.Loop() {
		z = cidToGIDZlib(z[:0], runes, gids)
	}
	reportCPU(b, cpu)
}
