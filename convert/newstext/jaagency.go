package newstext

import (
	"slices"
	"strings"
)

// A Japanese regional paper's site carrying a wire story names the
// agency that wrote it on a line of its own under the story's time stamp
// (共同通信): the story's byline, not a headline of an article of its
// own. The site ends the story with a box on its author, この記事を書いた人
// over the agency's name and 記者: the site's furniture, noise, not a
// new article headed by the agency's name.

// jaAgencyNames are the full names of the Japanese wire agencies that
// sign a regional site's copy of their stories.
var jaAgencyNames = []string{"共同通信", "共同通信社", "時事通信", "時事通信社"}

// jaAuthorBoxHeads head a Japanese site's box on a story's author.
var jaAuthorBoxHeads = []string{"この記事を書いた人", "この記事の筆者", "この記事の執筆者", "記事を書いた人", "執筆者"}

// maxAuthorBoxLines bounds the lines under an author box's head: the
// writer's name or agency, a role, a line on them.
const maxAuthorBoxLines = 3

// markJaAgencyCredits makes a byline of a Japanese wire agency's name
// alone right under a time stamp, and noise of an author box's head and
// the short lines set under it with no blank line.
func (b *builder) markJaAgencyCredits() {
	if b.lang != "ja" {
		return
	}
	us := b.units
	for i := 1; i < len(us); i++ {
		u := &us[i]
		if u.kind == uText && slices.Contains(jaAgencyNames, u.text) && us[i-1].kind == uNoise && us[i-1].noise == noiseStamp {
			u.kind, u.cr, u.summed = uByline, creditRef(credit{org: u.text}), false
			continue
		}
		if (u.kind != uText && u.kind != uNoise) || !slices.Contains(jaAuthorBoxHeads, strings.TrimRight(u.text, ":：")) {
			continue
		}
		u.kind, u.noise, u.cr, u.summed = uNoise, noiseChrome, nil, false
		for k := i + 1; k < len(us) && k <= i+maxAuthorBoxLines; k++ {
			n := &us[k]
			if n.line != us[k-1].lastLine+1 || n.kind != uText && n.kind != uByline || n.line != n.lastLine || !atMost(n.text, 16) || hasClauseEnd(n.text) {
				break
			}
			n.kind, n.noise, n.cr, n.summed = uNoise, noiseChrome, nil, false
			i = k
		}
	}
}
