package newstext

// A Japanese broadcaster network's site names the affiliated station
// that filed the story on a line of its own beside the story's time
// stamp, under the headline: 【独自】… / 2026年12月6日 土曜 午後6:42 /
// テレビ新広島 (FNN), as a portal names its provider by its stamp. The
// line is the site's furniture (the story's own credit closes it,
// （テレビ新広島）): noise, neither the headline of a story of its own
// nor a subheadline (blind page ja-b56-fnn-web: it opened an article).
// Only a station's or paper's name (jaBroadcasterName: テレビ新広島,
// 信越放送, ＳＢＣ信越放送, ＮＨＫ), bare and alone, right over or under a
// stamp that stands under a title line, is read so; a reporter's name
// there is the byline (markJaStampNames), and any other short line is
// left to the title rules.

// markJaStampStations makes noise of a station's name alone right under
// or over a web time stamp under a title line, on a Japanese page.
func (b *builder) markJaStampStations() {
	if b.lang != "ja" {
		return
	}
	us := b.units
	for i := range us {
		if us[i].kind != uNoise || us[i].noise != noiseStamp {
			continue
		}
		for _, j := range [2]int{i + 1, i - 1} {
			if j < 0 || j >= len(us) {
				continue
			}
			u := &us[j]
			if u.kind != uText || u.para || u.verbatim || u.line != u.lastLine || !atMost(u.text, 16) || !jaBroadcasterName(u.text) {
				continue
			}
			if top := min(i, j); !underTitles(us, top) {
				continue
			}
			u.kind, u.noise, u.summed = uNoise, noiseChrome, false
		}
	}
}
