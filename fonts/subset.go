package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
)

// Subset returns a TrueType file holding only the glyphs for runes (plus
// .notdef and the components of composite glyphs), renumbered, with a
// format-4 cmap for just those runes. Runes the face lacks are left out.
// The metrics are those of f, so text set with f measures the same in the
// subset. Used for EPUB's --embed-font.
func Subset(f *Face, runes []rune) ([]byte, error) {
	data, _, err := subset(f, runes, nil, nil)
	return data, err
}

// SubsetGlyphs is Subset, and also tells which glyph of the subset draws
// each rune: glyphs[i] for runes[i], 0 (.notdef) for a rune the face lacks.
// A PDF embedding the subset as a CID font maps its codes to those glyphs
// (CIDToGIDMap).
func SubsetGlyphs(f *Face, runes []rune) (data []byte, glyphs []uint16, err error) {
	glyphs = make([]uint16, len(runes))
	data, _, err = subset(f, runes, nil, glyphs)
	return data, glyphs, err
}

// subset is Subset, and with subst (SubsetVertical) the vertical tables.
// When glyphs is not nil (as long as runes), it receives each rune's glyph
// in the subset.
func subset(f *Face, runes []rune, subst map[rune]rune, glyphs []uint16) ([]byte, int, error) {
	if f == nil {
		return nil, 0, errors.New("fonts: subset of a nil face")
	}
	t, _, err := readTables(f.data, 0)
	if err != nil {
		return nil, 0, fmt.Errorf("fonts: subset %s: %w", f.name, err)
	}
	gl, err := newGlyphs(t)
	if err != nil {
		return nil, 0, fmt.Errorf("fonts: subset %s: %w", f.name, err)
	}

	rs := append([]rune(nil), runes...)
	if subst != nil {
		for _, r := range runes {
			if alt, ok := subst[r]; ok && f.Has(r) && f.cmap.lookup(alt) != 0 {
				rs = append(rs, alt) // the form joins the subset, mapped as itself
			}
		}
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	type mapping struct {
		r   rune
		old uint16
	}
	var maps []mapping
	newID := map[uint16]uint16{0: 0}
	order := []uint16{0}
	add := func(g uint16) {
		if _, ok := newID[g]; !ok {
			newID[g] = uint16(len(order))
			order = append(order, g)
		}
	}
	for i, r := range rs {
		if i > 0 && r == rs[i-1] {
			continue
		}
		if g := f.cmap.lookup(r); g != 0 {
			maps = append(maps, mapping{r, g})
			add(g)
		}
	}
	// Components of composites, breadth first; order grows while we walk it.
	for i := 0; i < len(order); i++ {
		comps, err := gl.components(order[i])
		if err != nil {
			return nil, 0, fmt.Errorf("fonts: subset %s: %w", f.name, err)
		}
		for _, c := range comps {
			if int(c) >= f.nGlyph {
				return nil, 0, fmt.Errorf("fonts: subset %s: glyph %d has component %d out of range", f.name, order[i], c)
			}
			add(c)
		}
	}
	if len(order) > 0xFFFF {
		return nil, 0, fmt.Errorf("fonts: subset %s: too many glyphs", f.name)
	}

	be := binary.BigEndian
	// Each table at its final size at once: grown by appending, the glyf
	// table was copied and cleared several times over (a third of what a
	// one-page PDF allocated).
	size := 0
	for _, old := range order {
		g, err := gl.glyph(old)
		if err != nil {
			return nil, 0, fmt.Errorf("fonts: subset %s: %w", f.name, err)
		}
		size += (len(g) + 3) &^ 3
	}
	glyf := make([]byte, 0, size)
	loca := make([]byte, 0, 4*(len(order)+1))
	hmtx := make([]byte, 0, 4*len(order))
	var vmtx []byte
	if subst != nil {
		vmtx = make([]byte, 0, 4*len(order))
	}
	top := int(math.Round(f.ascent * f.upem)) // vertical origin: the em box's top
	for _, old := range order {
		loca = be.AppendUint32(loca, uint32(len(glyf)))
		g, err := gl.glyph(old)
		if err != nil {
			return nil, 0, fmt.Errorf("fonts: subset %s: %w", f.name, err)
		}
		start := len(glyf)
		glyf = append(glyf, g...)
		if err := remapComponents(glyf[start:], newID); err != nil {
			return nil, 0, fmt.Errorf("fonts: subset %s: glyph %d: %w", f.name, old, err)
		}
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
		hmtx = be.AppendUint16(hmtx, f.advanceOf(old))
		hmtx = be.AppendUint16(hmtx, f.lsbOf(old))
		if subst != nil {
			// Every glyph an em down, its top side bearing measured
			// from the em box's top (the ideographic vertical origin).
			tsb := 0
			if len(g) >= 10 {
				tsb = top - int(int16(be.Uint16(g[8:])))
			}
			vmtx = be.AppendUint16(vmtx, uint16(f.upem))
			vmtx = be.AppendUint16(vmtx, uint16(int16(tsb)))
		}
	}
	loca = be.AppendUint32(loca, uint32(len(glyf)))

	keep := map[string]bool{"head": true, "hhea": true, "maxp": true, "OS/2": true, "name": true,
		"cvt ": true, "fpgm": true, "prep": true, "gasp": true}
	out := cloneTables(t, func(tag string) bool { return keep[tag] })
	n := uint16(len(order))
	be.PutUint16(out["head"][50:], 1) // long loca
	be.PutUint16(out["hhea"][34:], n)
	be.PutUint16(out["maxp"][4:], n)
	if os2 := out["OS/2"]; len(os2) >= 68 && len(maps) > 0 {
		be.PutUint16(os2[64:], uint16(maps[0].r))
		be.PutUint16(os2[66:], uint16(maps[len(maps)-1].r))
	}
	post := make([]byte, 32)
	copy(post, t["post"])
	be.PutUint32(post, 0x00030000) // no glyph names
	out["post"] = post
	out["glyf"], out["loca"], out["hmtx"] = glyf, loca, hmtx
	cm := make([]cmapEntry, len(maps))
	for i, m := range maps {
		cm[i] = cmapEntry{uint16(m.r), newID[m.old]}
	}
	for i, r := range runes {
		if glyphs == nil {
			break
		}
		if g := f.cmap.lookup(r); g != 0 {
			glyphs[i] = newID[g]
		}
	}
	out["cmap"] = buildCmap4(cm)
	n2 := 0
	if subst != nil {
		var pairs [][2]uint16
		for _, m := range maps {
			alt, ok := subst[m.r]
			if !ok {
				continue
			}
			g, a := m.old, f.cmap.lookup(alt)
			ng, ok1 := newID[g]
			na, ok2 := newID[a]
			if g != 0 && a != 0 && ok1 && ok2 && ng != na {
				pairs = append(pairs, [2]uint16{ng, na})
			}
		}
		sort.Slice(pairs, func(i, j int) bool { return pairs[i][0] < pairs[j][0] })
		pairs = slices.CompactFunc(pairs, func(a, b [2]uint16) bool { return a[0] == b[0] })
		n2 = len(pairs)
		out["vhea"] = buildVhea(f, n)
		out["vmtx"] = vmtx
		if n2 > 0 {
			out["GSUB"] = buildVertGSUB(pairs)
		}
	}
	return buildSFNT(out), n2, nil
}

// lsbOf is glyph g's left side bearing from hmtx.
func (f *Face) lsbOf(g uint16) uint16 {
	i := int(g)
	if i < f.nHMet {
		return u16(f.hmtx, 4*i+2)
	}
	p := 4*f.nHMet + 2*(i-f.nHMet)
	if p+2 > len(f.hmtx) {
		return 0
	}
	return u16(f.hmtx, p)
}

type cmapEntry struct{ r, g uint16 }

// buildCmap4 writes a cmap table with one (3,1) format-4 subtable. Runs of
// consecutive runes with consecutive glyphs become idDelta segments; the
// rest use glyphIdArray.
func buildCmap4(es []cmapEntry) []byte {
	type seg struct {
		start, end uint16
		gids       []uint16 // nil: idDelta segment
	}
	var segs []seg
	for i := 0; i < len(es); {
		j := i + 1
		for j < len(es) && es[j].r == es[j-1].r+1 && es[j].g == es[j-1].g+1 {
			j++
		}
		segs = append(segs, seg{start: es[i].r, end: es[j-1].r})
		i = j
	}
	// Merge neighbouring short runs into array segments: fewer segments, smaller table.
	var merged []seg
	for _, s := range segs {
		if k := len(merged) - 1; k >= 0 && s.start == merged[k].end+1 && (merged[k].gids != nil || merged[k].end-merged[k].start < 4) && s.end-s.start < 4 {
			m := &merged[k]
			if m.gids == nil {
				m.gids = gidsOf(es, m.start, m.end)
			}
			m.gids = append(m.gids, gidsOf(es, s.start, s.end)...)
			m.end = s.end
			continue
		}
		merged = append(merged, s)
	}
	segs = append(merged, seg{start: 0xFFFF, end: 0xFFFF})
	n := len(segs)
	pow, sel := 1, 0
	for pow*2 <= n {
		pow *= 2
		sel++
	}
	be := binary.BigEndian
	var ends, starts, deltas, ros, arr []byte
	for i, s := range segs {
		ends = be.AppendUint16(ends, s.end)
		starts = be.AppendUint16(starts, s.start)
		switch {
		case s.start == 0xFFFF:
			deltas = be.AppendUint16(deltas, 1)
			ros = be.AppendUint16(ros, 0)
		case s.gids == nil:
			deltas = be.AppendUint16(deltas, gidsOf(es, s.start, s.start)[0]-s.start)
			ros = be.AppendUint16(ros, 0)
		default:
			deltas = be.AppendUint16(deltas, 0)
			// Offset from this idRangeOffset entry to its glyphs in glyphIdArray.
			ros = be.AppendUint16(ros, uint16(2*(n-i)+len(arr)))
			for _, g := range s.gids {
				arr = be.AppendUint16(arr, g)
			}
		}
	}
	sub := be.AppendUint16(nil, 4)
	length := 16 + 8*n + len(arr)
	sub = be.AppendUint16(sub, uint16(length)) // wraps past 64 KiB: readers use the table end
	sub = be.AppendUint16(sub, 0)
	sub = be.AppendUint16(sub, uint16(2*n))
	sub = be.AppendUint16(sub, uint16(2*pow))
	sub = be.AppendUint16(sub, uint16(sel))
	sub = be.AppendUint16(sub, uint16(2*n-2*pow))
	sub = append(sub, ends...)
	sub = be.AppendUint16(sub, 0)
	sub = append(sub, starts...)
	sub = append(sub, deltas...)
	sub = append(sub, ros...)
	sub = append(sub, arr...)
	head := []byte{0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12}
	return append(head, sub...)
}

// gidsOf returns the glyphs of runes lo..hi, which are all in es (sorted).
func gidsOf(es []cmapEntry, lo, hi uint16) []uint16 {
	i := sort.Search(len(es), func(i int) bool { return es[i].r >= lo })
	var out []uint16
	for ; i < len(es) && es[i].r <= hi; i++ {
		out = append(out, es[i].g)
	}
	return out
}
