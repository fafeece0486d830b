package newstext

// A Korean wire's web copy (뉴시스) sets a summary box between the
// headline (with its time stamp) and the story: the box's label, 기사내용
// 요약, on a line of its own, then the summary's points, a short line each.
// The label is the site's furniture (noise); the points are the story's
// subheadlines, as the lines right under its headline would be. The
// label and the stamp above it stand in the title group, not after it:
// the grammar passes over them (titleGroupNoise), so the lines under the
// label may still be subheadlines.

// noiseSummary names the summary box's label (see koreanSummaryLabel).
const noiseSummary = "summary label"

// koreanSummaryLabel reports the summary box's label: 기사내용 요약 (also
// spaced or shortened, 기사 내용 요약, 기사요약). gate lets a short line
// opening with 기 through to noiseKindSum.
func koreanSummaryLabel(s string) bool {
	switch s {
	case "기사내용 요약", "기사 내용 요약", "기사내용요약", "기사요약", "기사 요약":
		return true
	}
	return false
}

// titleGroupNoise reports a noise unit that the grammar passes over as if
// it were not there: the summary box's label, and a time stamp right
// above it (noise aside), both inside a story's title group; and a
// wire's byline and stamp inside one (titleGroupCredit).
func (sc *scorer) titleGroupNoise(i int) bool {
	u := &sc.us[i]
	if sc.lang != "ko" || u.kind != uNoise && u.kind != uByline {
		return false
	}
	if sc.titleGroupCredit(i) {
		return true // a wire's byline and stamp under its headline (kotophead.go)
	}
	switch u.noise {
	case noiseSummary:
		return true
	case noiseStamp:
		for j := i + 1; j < len(sc.us) && sc.us[j].kind == uNoise; j++ {
			if sc.us[j].noise == noiseSummary {
				return true
			}
		}
	}
	return false
}

// summaryAbove reports a title line under the summary box's label, with
// only other such lines between: a point of the summary, a subheadline.
func (sc *scorer) summaryAbove(i int) bool {
	if sc.lang != "ko" {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= 4; j-- {
		u := &sc.us[j]
		switch {
		case u.kind == uNoise:
			return u.noise == noiseSummary
		case u.kind != uText || !sc.fs[j].title:
			return false
		}
	}
	return false
}

// summaryPoint reports line i of the block a point of a summary box: a
// title line under the box's label, with only other points between (the
// label in the block above, or on a line of this one). Each point is a
// line of its own, never wrapped into the next.
func (b *builder) summaryPoint(i int) bool {
	bl := &b.block
	if b.lang != "ko" || !bl.titleLine(i) {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= 4; j-- {
		if koreanSummaryLabel(bl.ls[j].text) {
			return true
		}
		if !bl.titleLine(j) {
			return false
		}
	}
	if n := len(b.units); n > 0 && i < 4 {
		u := &b.units[n-1]
		return u.kind == uNoise && u.noise == noiseSummary
	}
	return false
}

// summaryUnderTitle reports the last unit a summary box's label under a
// headline or subheadline (noise between): a dash line under it is a
// subheadline as it would be right under the title, which is how the
// writer sets the box's points (——농산물 가격 급등에 …).
func (b *builder) summaryUnderTitle() bool {
	n := len(b.units)
	if n < 2 || b.units[n-1].kind != uNoise || b.units[n-1].noise != noiseSummary {
		return false
	}
	for j := n - 2; j >= 0; j-- {
		switch b.units[j].kind {
		case uNoise:
			continue
		case uHeadline, uSubhead:
			return true
		}
		return false
	}
	return false
}
