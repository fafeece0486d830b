package doc

import (
	"crypto/sha256"
	"encoding/binary"
	"regexp"
	"strconv"
	"time"
)

// FixedDate is the date writers give a document when the caller gave
// none (no --date, no SOURCE_DATE_EPOCH): the date the page states of
// itself (StatedDate), else a moment in 2000–2019 picked by a hash of the
// source name and the text, so that the output is reproducible, never in
// the future, and the same in every format.
func (d *Document) FixedDate() time.Time {
	if t, ok := d.StatedDate(); ok {
		return t
	}
	h := sha256.New()
	h.Write([]byte(d.Source.Name))
	d.WalkDocument(func(n *Node) bool {
		h.Write([]byte(n.Kind))
		h.Write([]byte(n.Text))
		return true
	})
	v := binary.BigEndian.Uint64(h.Sum(nil)) % (20 * 365 * 86400)
	return time.Unix(946684800+int64(v), 0).UTC()
}

// statedDateRE matches a full date as pages print it: 2024年9月3日,
// 2024년 9월 3일, 2024-09-03, 2024/9/3, 2024.09.03.
var statedDateRE = regexp.MustCompile(`((?:19|20)\d\d)\s*(?:年|년|[-/.])\s*(\d{1,2})\s*(?:月|월|[-/.])\s*(\d{1,2})`)

// StatedDate returns the date the page states of itself, at midnight UTC:
// the first full date (with its year) in a folio or other noise line, else
// in a dateline, else in a kicker. Writers use it, through FixedDate, so
// that a book's dcterms:modified or a PDF's CreationDate is never years
// before the page it holds.
func (d *Document) StatedDate() (time.Time, bool) {
	for _, kind := range []Kind{KindNoise, KindDateline, KindKicker} {
		var found time.Time
		d.Inspect(func(n *Node) WalkStatus {
			if n.Kind != kind {
				return WalkContinue
			}
			for _, s := range []string{n.Date, n.Text} {
				if t, ok := parseStatedDate(s); ok {
					found = t
					return WalkStop
				}
			}
			return WalkSkipChildren
		})
		if !found.IsZero() {
			return found, true
		}
	}
	return time.Time{}, false
}

// parseStatedDate finds the first valid full date in s.
func parseStatedDate(s string) (time.Time, bool) {
	for _, m := range statedDateRE.FindAllStringSubmatch(s, -1) {
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
