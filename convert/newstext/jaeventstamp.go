package newstext

import "slices"

// An event box in Japanese copy sets its labels on lines of their own,
// each over its value: 日時 over 2026年12月20日 土曜 午後2:00, 会場 over
// the hall. The date and time under 日時 has a web stamp's form (a date,
// the weekday's word, a twelve-hour clock: jaclock12.go), but a site's
// stamp stands under its headline, never under a label: read as a stamp
// it was dropped as noise and the label taken for the headline it dated.
// A stamp's text right under such a label is text wherever it stands
// (builder.fwStampOK), as a bare full-width one off a headline is.

// jaEventLabels are an event box's labels for its date and time.
var jaEventLabels = []string{"日時", "日程", "期日", "開催日", "開催日時", "開演", "期間", "とき"}

// eventLabelStampsAt returns the texts of the lines with a web stamp's
// form right under an event box's date label (jaEventLabels) with no
// blank line between. Most pages have no such label and cost one
// comparison of short lines.
func eventLabelStampsAt(lines []srcLine) []string {
	var out []string
	for i := 1; i < len(lines); i++ {
		p := lines[i-1].text
		if len(p) > len("開催日時") || !slices.Contains(jaEventLabels, p) {
			continue
		}
		if s := lines[i].text; isWebStamp(s) && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
