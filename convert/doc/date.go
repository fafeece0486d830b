package doc

import (
	"regexp"
	"strconv"
	"sync"
	"time"
)

// DefaultEpoch is the Unix time (2026-12-01 00:00 UTC) paiban dates a page
// by when neither the caller (--date, SOURCE_DATE_EPOCH) nor the page gives
// a year: a fixed moment, so that output stays reproducible, and a recent
// one (it is advanced with each release), so that such a page is not dated
// years before it. A page that states its month and day without a year
// takes the latest such day not after it, narrowed by a stated weekday
// (FixedDate).
const DefaultEpoch = 1796083200

// FixedDate is the date writers give a document when the caller gave none
// (no --date, no SOURCE_DATE_EPOCH), the same in every format:
//   - the full date the page states of itself (StatedDate);
//   - else, for a month and day without a year (8月29日, 8月29日 星期一,
//     8月29日（月）, 8월 29일 (월)), the latest such day not after
//     DefaultEpoch, on the stated weekday if there is one (a weekday fixes
//     the year within its 28-year cycle: 8月29日 星期一 is 2022);
//   - else DefaultEpoch itself.
//
// So a page that states no year is never dated years before it, as a date
// picked from a fixed range of past years would be, and the same input
// always gives the same date.
func (d *Document) FixedDate() time.Time {
	return d.fixedDate(time.Unix(DefaultEpoch, 0).UTC())
}

// fixedDate is FixedDate with ref for DefaultEpoch.
func (d *Document) fixedDate(ref time.Time) time.Time {
	if t, ok := d.StatedDate(); ok {
		return t
	}
	if md, ok := d.statedDay(); ok {
		if t, ok := md.latest(ref); ok {
			return t
		}
	}
	return ref
}

// statedDateRE matches a full date as pages print it: 2024年9月3日,
// 2024년 9월 3일, 2024-09-03, 2024/9/3, 2024.09.03.
var statedDateRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`((?:19|20)\d\d)\s*(?:年|년|[-/.])\s*(\d{1,2})\s*(?:月|월|[-/.])\s*(\d{1,2})`)
})

// StatedDate returns the date the page states of itself, at midnight UTC:
// the first full date (with its year) in a folio or other noise line, else
// in a dateline, else in a kicker. Writers use it, through FixedDate, so
// that a book's dcterms:modified or a PDF's CreationDate is never years
// before the page it holds.
func (d *Document) StatedDate() (time.Time, bool) {
	var found time.Time
	d.findDate(func(s string) bool {
		t, ok := parseStatedDate(s)
		found = t
		return ok
	})
	return found, !found.IsZero()
}

// findDate calls match with the date and the text of each folio or other
// noise line, then each dateline, then each kicker, until it reports a
// match.
func (d *Document) findDate(match func(string) bool) {
	for _, kind := range []Kind{KindNoise, KindDateline, KindKicker} {
		done := false
		d.Inspect(func(n *Node) WalkStatus {
			if n.Kind != kind {
				return WalkContinue
			}
			for _, s := range []string{n.Date, n.Text} {
				if s != "" && match(s) {
					done = true
					return WalkStop
				}
			}
			return WalkSkipChildren
		})
		if done {
			return
		}
	}
}

// parseStatedDate finds the first valid full date in s.
func parseStatedDate(s string) (time.Time, bool) {
	for _, m := range statedDateRE().FindAllStringSubmatch(s, -1) {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		day, _ := strconv.Atoi(m[3])
		t := time.Date(y, time.Month(mo), day, 0, 0, 0, 0, time.UTC)
		if mo >= 1 && mo <= 12 && day >= 1 && t.Day() == day {
			return t, true
		}
	}
	return time.Time{}, false
}
