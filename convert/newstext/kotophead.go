package newstext

// A Korean wire's web copy (연합뉴스) sets the reporter's byline and the
// time stamp under the headline, then the story's subheadlines (and its
// photo), and only then the story, which opens with its dateline:
// (서울=연합뉴스) 김민수 기자 = …. Everything above the dateline is the
// title group: the byline and the stamp stand in it, not after it, and
// the title lines under them are subheadlines, not paragraphs (nor the
// text of an article the dateline would then start anew). The grammar
// passes over them (titleGroupNoise).

// titleGroupCredit reports unit i, a byline or a time stamp, standing in
// such a title group: a title line above it (bylines and noise between),
// and under it (bylines and noise between) title lines, and captions,
// down to a text opening with a dateline.
func (sc *scorer) titleGroupCredit(i int) bool {
	u := &sc.us[i]
	if u.kind != uByline && !(u.kind == uNoise && u.noise == noiseStamp) {
		return false
	}
	p := i - 1
	for p >= 0 && (sc.us[p].kind == uNoise || sc.us[p].kind == uByline) {
		p--
	}
	if p < 0 || !(sc.us[p].kind == uText && sc.fs[p].title || sc.us[p].kind == uHeadline || sc.us[p].kind == uSubhead) {
		return false
	}
	j := i + 1
	for j < len(sc.us) && (sc.us[j].kind == uNoise || sc.us[j].kind == uByline) {
		j++
	}
	titles := 0
	for ; j < len(sc.us) && titles <= 3; j++ {
		switch v := &sc.us[j]; {
		case v.kind == uText && sc.fs[j].dateline:
			return titles > 0
		case v.kind == uText && sc.fs[j].title && !sc.fs[j].row && sc.fs[j].headMark == "", v.kind == uSubhead:
			titles++
		case v.kind == uCaption || v.kind == uNoise:
		default:
			return false
		}
	}
	return false
}

// creditUnderTitle reports the last units a Korean wire's byline and time
// stamp under a headline or subheadline (as titleGroupCredit reads
// them): a dash line under them is a subheadline, as it would be right
// under the title, which is how the writer sets the subheadlines that
// titleGroupCredit lets stand under them.
func (b *builder) creditUnderTitle() bool {
	if b.lang != "ko" {
		return false
	}
	n := len(b.units)
	credit := false
	for j := n - 1; j >= 0; j-- {
		switch u := &b.units[j]; {
		case u.kind == uByline || u.kind == uNoise && u.noise == noiseStamp:
			credit = true
		case u.kind == uHeadline || u.kind == uSubhead:
			return credit
		default:
			return false
		}
	}
	return false
}
