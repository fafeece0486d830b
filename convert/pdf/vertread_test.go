package pdf

import (
	"cmp"
	"math"
	"path/filepath"
	"slices"
	"testing"

	"github.com/paiban/paiban/internal/testtool"
)

// span is where a vertical line runs down the page: from the top of its
// first glyph's cell to the foot of its last.
func span(l placedLine) (top, foot float64) {
	gs := l.Line.Glyphs
	if len(gs) == 0 {
		return l.Y, l.Y
	}
	return l.Y + gs[0].X, l.Y + gs[len(gs)-1].X + gs[len(gs)-1].Advance
}

// TestVerticalReadingStart checks the geometry that makes poppler read a
// vertical newspaper page of one strip heads first, then tier by tier
// from the top (vertread.go): an invisible anchor left of all text and
// above the box poppler gives every line of it (an em above its first
// cell), the separator under the heads running from beside the anchor
// down past the foot of every tier, right of every tier's lines, and a
// foot mark left of all text and below it, beside the separator's foot.
// Without the anchor poppler's search started from the first tier's
// leftmost block and read the first tier last (ko-busan, ko-chosun);
// without the foot it entered a tier of two blocks side by side from the
// right one and read the left one first (tw-udn, ko-yonhap-photos).
func TestVerticalReadingStart(t *testing.T) {
	for _, sample := range []string{"ko-busan", "ko-chosun", "ja-shasetsu", "tw-udn"} {
		for _, paper := range []string{"A3", "A4"} {
			t.Run(sample+"/"+paper, func(t *testing.T) {
				d := readText(t, filepath.Join(testtool.RepoRoot(), "samples", sample+".txt"))
				pages, _, cfg := verticalBuild(t, d, WithPaper(paper), WithLayout(LayoutNewspaper))
				p := pages[0]
				text := func(l placedLine) bool { return !l.Separator && !l.Artifact && len(l.Line.Glyphs) > 0 }
				tierRight := math.Inf(-1) // the right edge of the tiers' first columns
				for _, l := range p.Lines {
					if text(l) && l.Size == cfg.bodySize {
						tierRight = max(tierRight, l.X+l.Size)
					}
				}
				// The tiers' lines, as poppler boxes them (the heads, right of
				// the separator, are made after it and may reach higher).
				textTop, textFoot, textLeft := math.Inf(1), math.Inf(-1), math.Inf(1)
				for _, l := range p.Lines {
					if !text(l) || l.X > tierRight {
						continue
					}
					top, foot := span(l)
					textTop = min(textTop, top-l.Size)
					textFoot = max(textFoot, foot)
					textLeft = min(textLeft, l.X-l.Size)
				}
				var anchor, sep *placedLine
				for i := range p.Lines {
					l := &p.Lines[i]
					if !l.Separator {
						continue
					}
					if _, foot := span(*l); l.X < textLeft && foot < textTop {
						anchor = l
					}
				}
				if anchor == nil {
					t.Fatalf("no anchor left of the text (x < %.1f) and above its boxes (y < %.1f)", textLeft, textTop)
				}
				_, anchorFoot := span(*anchor)
				for i := range p.Lines {
					l := &p.Lines[i]
					if top, foot := span(*l); l.Separator && l != anchor && top <= anchorFoot && foot >= textFoot && l.X > tierRight {
						sep = l
					}
				}
				if sep == nil {
					t.Fatalf("no separator right of the tiers (x > %.1f) from the anchor's foot (y %.1f) down past the text (y %.1f)", tierRight, anchorFoot, textFoot)
				}
				// The foot: left of all text and below it, the separator
				// reaching down beside it.
				_, sepFoot := span(*sep)
				foot := false
				for _, l := range p.Lines {
					if top, f := span(l); l.Separator && l.X < textLeft && top > textFoot && top <= sepFoot && f <= sepFoot+0.01 {
						foot = true
					}
				}
				if !foot {
					t.Errorf("no foot mark left of the text (x < %.1f), below it (y > %.1f) and beside the separator's foot (y %.1f)", textLeft, textFoot, sepFoot)
				}
			})
		}
	}
}

// TestVerticalBridgeCentred checks that the invisible bridge over a section
// heading's empty slot on a vertical page stands where poppler puts its
// baseline on the slot's axis, midway between the line before and the
// heading: poppler joins two lines into a block only while their
// baselines are within 1.5 sizes of each other, and the lines on either
// side are two pitches (2 × 1.48 sizes) apart, so the bridge joins both
// only within 0.15pt of the middle. A quarter em off, it split the tier
// into two blocks side by side, which poppler reads left one first (a
// section heading and what follows it before the end of the paragraph
// above it: ko-busan, ja-sankei). The bridge is drawn turned, so poppler
// takes its baseline 0.38 of its size left of its line's axis.
func TestVerticalBridgeCentred(t *testing.T) {
	for _, c := range []struct{ sample, paper string }{{"ko-busan", "A3"}, {"ja-sankei", "A3"}, {"ja-kobe-jazz", "A4"}} {
		t.Run(c.sample+"/"+c.paper, func(t *testing.T) {
			d := readText(t, filepath.Join(testtool.RepoRoot(), "samples", c.sample+".txt"))
			pages, b, cfg := verticalBuild(t, d, WithPaper(c.paper), WithLayout(LayoutNewspaper))
			bridges := 0
			for _, p := range pages {
				for _, br := range p.Lines {
					top, foot := span(br)
					if !br.Separator || foot-top > 2*cfg.bodySize*12 || br.Line.Glyphs[0].Text != "一" {
						continue // not a bridge: a separator down the page, or the hyphens of a join, a head's link, the anchor
					}
					base := br.X - 0.38*br.Size
					// The bridge ends at its tier's foot; the lines beside it
					// are the tier's nearest either side.
					right, left := math.Inf(1), math.Inf(-1)
					for _, l := range p.Lines {
						if lt, lf := span(l); l.Separator || lf <= foot-b.colW || lt >= foot {
							continue
						}
						if l.X > base {
							right = min(right, l.X)
						} else {
							left = max(left, l.X)
						}
					}
					if math.IsInf(right, 0) || math.IsInf(left, 0) {
						continue // the anchor, or a bridge with no line beside it
					}
					bridges++
					if mid := (left + right) / 2; math.Abs(base-mid) > 0.1 {
						t.Errorf("bridge's baseline at x %.2f, %.2f off the middle of its slot (lines at %.2f and %.2f)", base, base-mid, right, left)
					}
				}
			}
			if bridges == 0 {
				t.Error("no bridge found")
			}
		})
	}
}

// TestVerticalJoinBridges checks that the lines of a tier's column stand
// as one block to poppler on a vertical newspaper page where poppler would
// not join them by itself (joinBridge): between each two lines of one size
// side by side in a tier whose baselines stand more than 1.5 sizes apart
// (small type on the body's grid: related links, a copyright line) or which
// have no length in common down the tier (a byline at the tier's foot after
// a paragraph's short last line), an invisible bridge at their size whose
// baseline is within 1.5 sizes of both lines' axes (poppler's line spacing)
// and which runs down past both lines' ends, its ActualText a hyphen
// (dropped with its line break). Without them each line was a block of its
// own, and poppler read a tier's notes from the left, last line first
// (ko-newsis, renmin-jump), and a byline before the text it signs
// (numbered-1dot, my-selangor).
func TestVerticalJoinBridges(t *testing.T) {
	for _, c := range []struct{ sample, paper string }{
		{"ko-newsis", "A3"}, {"ko-newsis", "A4"}, {"renmin-jump", "A3"}, {"renmin-jump", "A4"}, {"ko-khan", "A3"},
		{"numbered-1dot", "A3"}, {"my-selangor", "A3"}, {"my-selangor", "A4"}, {"cn-sports", "A4"},
	} {
		t.Run(c.sample+"/"+c.paper, func(t *testing.T) {
			d := readText(t, filepath.Join(testtool.RepoRoot(), "samples", c.sample+".txt"))
			pages, b, _ := verticalBuild(t, d, WithPaper(c.paper), WithLayout(LayoutNewspaper))
			// tier is the tier (builder column) a line's top stands in.
			tier := func(l placedLine) int {
				top, _ := span(l)
				for k, x := range b.xs {
					if top >= x-0.01 && top < x+b.colW {
						return k
					}
				}
				return -1
			}
			text := func(l placedLine) bool { return !l.Separator && !l.Artifact && len(l.Line.Glyphs) > 0 }
			// inked is where a line's glyphs are drawn down the tier: a
			// bracket opening it is set at its inked half (Offset).
			inked := func(l placedLine) (top, foot float64) {
				gs := l.Line.Glyphs
				g := gs[len(gs)-1]
				return l.Y + gs[0].X + gs[0].Offset, l.Y + g.X + g.Offset + g.Advance
			}
			pairs := 0
			for _, p := range pages {
				for _, r := range p.Lines {
					if !text(r) || tier(r) < 0 {
						continue
					}
					rt, rf := span(r)
					for _, l := range p.Lines {
						if !text(l) || l.Size != r.Size || tier(l) != tier(r) || math.Abs(r.X-l.X-b.pitch) > 0.01 {
							continue // not the next line of r's size in its tier
						}
						lt, lf := span(l)
						it, iF := inked(l)
						rit, riF := inked(r)
						if b.pitch <= 1.5*r.Size && it < riF && rit < iF {
							continue // poppler joins them by itself
						}
						pairs++
						ok := false
						for _, br := range p.Lines {
							bt, bf := span(br)
							base := br.X - 0.38*br.Size
							if br.Separator && br.Actual == "-" && math.Abs(br.Size-r.Size) < 0.05*r.Size &&
								math.Abs(base-r.X) < 1.5*r.Size && math.Abs(base-l.X) < 1.5*r.Size &&
								bt <= min(rt, lt)+0.01 && bf >= max(rf, lf)-0.01 {
								ok = true
							}
						}
						if !ok {
							t.Errorf("line at x %.1f (%q…) and the line left of it (x %.1f, %q…) not bridged", r.X, r.Line.Glyphs[0].Text, l.X, l.Line.Glyphs[0].Text)
						}
					}
				}
			}
			if pairs == 0 {
				t.Error("no two lines side by side that poppler would not join")
			}
		})
	}
}

// TestVerticalHeadLinks checks the link from each block's tiers to its
// head on a vertical newspaper page of one strip (headLinks): an invisible
// line right of the separator under the heads (further than poppler joins
// the two: 1.5 of their size) and left of the block's head lines, that
// overlaps, down the page, the block's first tier and every line of its
// head, and no other block's head. Without it a short head centred below
// the first tier's foot was read after the first tier (ko-khan,
// my-sinchew, ocr-vertical, big5-lantern).
func TestVerticalHeadLinks(t *testing.T) {
	for _, c := range []struct{ sample, paper string }{
		{"ko-khan", "A3"}, {"my-sinchew", "A3"}, {"ocr-vertical", "A3"}, {"big5-lantern", "A3"},
		{"digest-runin", "A4"}, {"benbao-xiaoxi", "A4"},
	} {
		t.Run(c.sample+"/"+c.paper, func(t *testing.T) {
			d := readText(t, filepath.Join(testtool.RepoRoot(), "samples", c.sample+".txt"))
			pages, b, cfg := verticalBuild(t, d, WithPaper(c.paper), WithLayout(LayoutNewspaper))
			p := pages[0]
			overlaps := func(a, l placedLine) bool {
				at, af := span(a)
				lt, lf := span(l)
				return at < lf && lt < af
			}
			// The separator under the heads: the longest.
			var under placedLine
			for _, l := range p.Lines {
				if t0, f0 := span(l); l.Separator && f0-t0 > func() float64 { a, b := span(under); return b - a }() {
					under = l
				}
			}
			for _, blk := range p.Blocks {
				// The block's head lines stand right of the separator, over
				// its tiers (builder x is the page's y); its first tier's
				// lines left of it.
				var heads, first []placedLine
				for _, l := range p.Lines {
					if l.Separator || l.Artifact || len(l.Line.Glyphs) == 0 {
						continue
					}
					top, _ := span(l)
					if top < blk.X-cfg.bodySize || top >= blk.X+blk.W {
						continue
					}
					switch {
					case l.X > under.X:
						heads = append(heads, l)
					case top < blk.X+b.colW:
						first = append(first, l)
					}
				}
				if len(heads) == 0 || len(first) == 0 {
					continue
				}
				ok := false
				for _, s := range p.Lines {
					if !s.Separator || s.X <= under.X+1.5*s.Size {
						continue
					}
					good := true
					for _, h := range heads {
						good = good && s.X < h.X && overlaps(s, h)
					}
					for _, o := range p.Blocks {
						if o != blk && o.X >= blk.X+blk.W-0.01 {
							_, f := span(s)
							good = good && f <= o.X+0.01
						}
					}
					if good && overlaps(s, first[0]) {
						ok = true
					}
				}
				if !ok {
					t.Errorf("block at y %.1f: no link right of the separator (x %.1f), left of its %d head lines and over them and its first tier", blk.X, under.X, len(heads))
				}
			}
		})
	}
}

// TestVerticalStripGates checks the geometry that makes poppler read a
// vertical newspaper page of several strips strip by strip from the right,
// each heads first, then tier by tier from the top (vertread.go): the
// separator between two strips and the one under each strip's heads run
// from above every line's box down past the foot of every tier; right of
// each separator between strips, and left of every line of the strip
// right of it, a mark above every line's box, lower than that separator's
// top (so poppler makes the separator first) and beside the top of the
// separator under that strip's heads. Without them poppler entered each
// strip from its first tier and read that tier after the rest of the strip
// (ja-shakaimen, ja-kyodo-wire, cn-bqb-briefs).
func TestVerticalStripGates(t *testing.T) {
	for _, c := range []struct{ sample, paper string }{
		{"ja-shakaimen", "A3"}, {"ja-kyodo-wire", "A3"}, {"ja-kyodo-wire", "A4"}, {"cn-bqb-briefs", "A3"},
	} {
		t.Run(c.sample+"/"+c.paper, func(t *testing.T) {
			d := readText(t, filepath.Join(testtool.RepoRoot(), "samples", c.sample+".txt"))
			pages, _, _ := verticalBuild(t, d, WithPaper(c.paper), WithLayout(LayoutNewspaper))
			p := pages[0]
			textTop, textFoot := math.Inf(1), math.Inf(-1)
			var text []placedLine
			for _, l := range p.Lines {
				if l.Separator || l.Artifact || len(l.Line.Glyphs) == 0 {
					continue
				}
				top, foot := span(l)
				textTop, textFoot = min(textTop, top-l.Size), max(textFoot, foot)
				text = append(text, l)
			}
			// The separators through the whole text, right to left: under
			// the first strip's heads, between the first and the second
			// strip, under the second's heads, and so on.
			var seps []placedLine
			for _, l := range p.Lines {
				if top, foot := span(l); l.Separator && top < textTop && foot > textFoot {
					seps = append(seps, l)
				}
			}
			slices.SortFunc(seps, func(a, b placedLine) int { return cmp.Compare(b.X, a.X) })
			if len(seps) < 3 || len(seps)%2 == 0 {
				t.Fatalf("%d separators through the text, want those of two strips or more", len(seps))
			}
			for i := 1; i < len(seps); i += 2 {
				gate, under := seps[i], seps[i-1]
				gateTop, _ := span(gate)
				underTop, _ := span(under)
				left := math.Inf(1) // the strip's leftmost line
				for _, l := range text {
					if l.X > gate.X && l.X < under.X {
						left = min(left, l.X)
					}
				}
				found := false
				for _, m := range p.Lines {
					top, foot := span(m)
					if m.Separator && m.X > gate.X+1.5*m.Size && m.X < left && foot < textTop && top > gateTop && foot >= underTop {
						found = true
					}
				}
				if !found {
					t.Errorf("strip %d: no mark right of the separator at x %.1f (further than 1.5 of its size) and left of the strip's lines (x %.1f), above the text (y %.1f), below that separator's top (y %.1f) and beside the top of the one under the heads (y %.1f)",
						i/2+1, gate.X, left, textTop, gateTop, underTop)
				}
			}
		})
	}
}

// TestVerticalLeads checks the lead of a line in small type that starts
// lower than the line in larger type before it in its tier (leadLine): an
// invisible line at its size, its baseline within 1.5 sizes of the line's
// axis and right of it, short of the line before, that starts above the
// box poppler gives the line before (an em above its first cell) and ends
// inside the box of the line's first glyph, less than half its size in.
// Without it poppler made the line before into a block first and read the
// line (a time stamp beside the text's last lines) before it, cutting the
// sentence running on from the tier before (ja-yomiuri-shasetsu,
// ja-sankei-shucho-web, tw-ocr-kongge-zhubei).
func TestVerticalLeads(t *testing.T) {
	for _, c := range []struct{ sample, paper string }{
		{"ja-yomiuri-shasetsu", "A4"}, {"ja-sankei-shucho-web", "A3"}, {"tw-ocr-kongge-zhubei", "A3"},
	} {
		t.Run(c.sample+"/"+c.paper, func(t *testing.T) {
			d := readText(t, filepath.Join(testtool.RepoRoot(), "samples", c.sample+".txt"))
			pages, _, cfg := verticalBuild(t, d, WithPaper(c.paper), WithLayout(LayoutNewspaper))
			p := pages[0]
			var text []placedLine
			for _, l := range p.Lines {
				if !l.Separator && !l.Artifact && len(l.Line.Glyphs) > 0 {
					text = append(text, l)
				}
			}
			checked := 0
			for _, l := range text {
				if l.Size >= cfg.bodySize {
					continue
				}
				lTop, lFoot := span(l)
				// The line before: the nearest right of it in its tier, in
				// larger type.
				var prev *placedLine
				for i, o := range text {
					oTop, _ := span(o)
					if o.X > l.X && o.X-l.X < 1.6*cfg.bodySize && oTop < lFoot && oTop > lTop-3*cfg.bodySize && (prev == nil || o.X < prev.X) {
						prev = &text[i]
					}
				}
				if prev == nil || prev.Size <= l.Size {
					continue
				}
				prevTop, _ := span(*prev)
				if lTop-l.Size <= prevTop-prev.Size {
					continue // it starts as high: poppler makes it first
				}
				checked++
				found := false
				for _, s := range p.Lines {
					top, foot := span(s)
					base := s.X - 0.38*s.Size // turned, 0.38 of its size left of the axis it stands for
					if s.Separator && s.Size == l.Size && base > l.X && base-l.X <= 1.5*l.Size && s.X < prev.X &&
						top < prevTop-prev.Size && foot > lTop-l.Size && foot < lTop-0.5*l.Size {
						found = true
					}
				}
				if !found {
					t.Errorf("line at x %.1f, y %.1f (%.1fpt) after one starting at y %.1f: no lead", l.X, lTop, l.Size, prevTop)
				}
			}
			if checked == 0 {
				t.Fatal("no line in small type starting lower than the line before it")
			}
		})
	}
}
