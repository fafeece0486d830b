package newstext

// A Taiwanese news site (ETtoday, 東森) sets links to its other stories
// inside the body, between paragraphs and with no header over them, each
// a title opening with the pointer ►: ►捷運加開深夜班次　北市府：週五先試辦.
// They are the site's, not the story's: noise of kind "related link", as
// the links under a 延伸閱讀 header are (markLinkLists), never a head over
// the paragraph under them nor a paragraph the next one continues across a
// supposed column break.

// markInlineArrowLinks makes related links of the ► title lines
// (inlineArrowLink) of a Chinese page copied from a site, that stand right
// under a paragraph's finished sentence or another such link. Only on a
// site's copy (a time stamp, the site's furniture or a link list on the
// page): a printed page may set ► before its heads.
func (b *builder) markInlineArrowLinks() {
	if b.lang == "ja" || b.lang == "ko" {
		return
	}
	us := b.units
	web := -1 // unknown until a link is found
	for i := 1; i < len(us); i++ {
		if us[i].kind != uText || !inlineArrowLink(us[i].text) {
			continue
		}
		prev := &us[i-1]
		if !(prev.kind == uText && endsSentence(prev.text) || prev.kind == uNoise && prev.noise == noiseLink) {
			continue
		}
		if web < 0 {
			web = 0
			if siteCopy(us) {
				web = 1
			}
		}
		if web == 0 {
			return
		}
		us[i].kind, us[i].noise, us[i].summed = uNoise, noiseLink, false
	}
}

// inlineArrowLink reports a line that may be a site's inline link: the
// pointer ►, then a short title line, no sentence in it.
func inlineArrowLink(s string) bool {
	r, w := firstRune(s)
	return r == '►' && trimSpace(s[w:]) != "" && linkLine(s) && !endsSentence(s)
}

// siteCopy reports a page copied from a news site: one with a time stamp,
// the site's furniture (a breadcrumb, buttons) or a link list among its
// units.
func siteCopy(us []unit) bool {
	return hasNoise(us, noiseStamp, noiseChrome, noiseLink)
}
