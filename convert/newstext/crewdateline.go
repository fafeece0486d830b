package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A Taiwanese television newsroom's web copy credits its reporter and its
// camera crew on one line and ends it with the place the report was filed
// from: 記者 林佳穎 / 攝影 張志豪 台北報導 (TVBS), 記者林佳穎／攝影張志豪／台北報導,
// 記者 林佳穎 攝影 張志豪 台北報導. It is the paper form 記者X／台北報導 (a
// dateline, reporterDateline) with a second role and its name, the
// place after a slash or a space: a dateline with both roles, both names
// and the place, not a byline that loses the place, nor (unspaced) a
// title line.

// crewRoles are the roles a TV credit names after its reporter: the
// camera operator (the longer words first).
var crewRoles = []string{"攝影記者", "摄影记者", "攝影", "摄影", "攝像", "摄像", "剪輯", "剪辑"}

// crewDateline reads s, opening with a reporter's role (reporterRoles),
// as a television credit: one or more role groups, each a role and its
// names (parted by spaces, 、 or a slash, half- or full-width), then the
// place with 報導 after a slash or a space. Without a camera role or its
// name, only the spaced place is this form's (記者 林佳穎 台北報導):
// the slashed one is filedDateline's. What follows 報導 is returned as
// the rest, as filedDateline does.
func crewDateline(s string) (dateline, string, bool) {
	// 報導 stands within 40 runes: only those bytes are searched (a
	// paragraph opening with 記者 is not searched to its end).
	lead := s[:min(len(s), 42*utf8.UTFMax)]
	end, suf := -1, ""
	for _, w := range []string{"報導", "报道", "報道"} {
		if j := strings.Index(lead, w); j > 0 && (end < 0 || j < end) {
			end, suf = j, w
		}
	}
	if end < 0 || !atMost(s[:end], 40) {
		return dateline{}, "", false
	}
	head := strings.TrimRight(s[:end], " 　")
	// The place: the field after the last slash or space before 報導.
	cut := strings.LastIndexFunc(head, func(r rune) bool { return isSpace(r) || isSlash(r) })
	if cut < 0 {
		return dateline{}, "", false
	}
	_, w := firstRune(head[cut:])
	place := head[cut+w:]
	if !atMost(place, 6) || !isOrg(place) || startsWithRole(place) {
		return dateline{}, "", false
	}
	slashed := isSlash(lastRune(head[:cut+w]))
	d := dateline{text: s[:end+len(suf)], place: filedPlace(place)}
	if noFiledPlace(d.place) {
		d.place = "" // 綜合報導: compiled, from no one place
	}
	role := ""
	named := false // the current role has a name
	for _, f := range strings.FieldsFunc(head[:cut], func(r rune) bool { return isSpace(r) || isSlash(r) || r == '、' }) {
		if r := roleOpening(f); r != "" {
			if role != "" && !named {
				return dateline{}, "", false // a role with no name
			}
			role, named = r, false
			d.roles = append(d.roles, r)
			if f = f[len(r):]; f == "" {
				continue
			}
		}
		if role == "" || !isName(f) {
			return dateline{}, "", false
		}
		d.names = append(d.names, f)
		named = true
	}
	if !named || len(d.roles) == 0 || !slices.Contains(reporterRoles, d.roles[0]) {
		return dateline{}, "", false
	}
	if len(d.roles) == 1 && slashed {
		return dateline{}, "", false // 記者X／台北報導: filedDateline's
	}
	return d, trimSpace(s[end+len(suf):]), true
}

// roleOpening returns the reporter's or crew role field f opens with
// (reporterRoles, crewRoles), or "".
func roleOpening(f string) string {
	for _, list := range [][]string{reporterRoles, crewRoles} {
		for _, r := range list {
			if strings.HasPrefix(f, r) {
				return r
			}
		}
	}
	return ""
}

// startsWithRole reports a field opening with a role: a name's field,
// never a place.
func startsWithRole(f string) bool { return roleOpening(f) != "" }
