package newstext

import (
	"strings"
	"unicode/utf8"
)

// A mainland paper's front page (头版) opens with its masthead (报头):
// the paper's name alone (江州日报), the line naming whose organ it is
// (中共江州市委机关报), the registration line with its CN number and
// postal code (国内统一连续出版物号　CN36-0012　邮发代号43-15), and the
// dated edition line (2026年12月6日　星期日　…　第15873期, an edition date:
// furniture.go), in any order. All of it is the page's furniture, noise:
// read as title lines, the name, the organ line and the CN line became a
// kicker, headline and subheadline over the page's first story. Only the
// page's first lines count, and the paper's name only beside an organ or
// registration line: a paper's name alone over a headline is its kicker,
// and an organ line alone could be a headline's words.

// noiseMasthead names a line of a paper's masthead kept as noise.
const noiseMasthead = "masthead"

// maxMastheadLines bounds the lines a masthead sets over the page.
const maxMastheadLines = 6

// markZhMasthead makes noise of a Chinese paper's masthead opening the
// page: a run of one-line units from the page's top, each the paper's
// name (zhPaperName), its Latin name (latinMastName), an organ line
// (zhOrganLine), a registration line (zhRegistrationLine) or noise
// already (the edition date), when the run holds an organ or
// registration line.
func (b *builder) markZhMasthead() {
	if !strings.HasPrefix(b.lang, "zh") {
		return
	}
	us := b.units
	k, strong := 0, false
run:
	for ; k < len(us) && k < maxMastheadLines; k++ {
		u := &us[k]
		if u.kind == uNoise {
			continue // (the edition date line among them)
		}
		if u.kind != uText || u.para || u.verbatim || u.line != u.lastLine {
			break
		}
		switch {
		case zhOrganLine(u.text) || zhRegistrationLine(u.text):
			strong = true
		case zhPaperName(u.text) || latinMastName(u.text):
		default:
			break run
		}
	}
	if !strong {
		return
	}
	for i := 0; i < k; i++ {
		if u := &us[i]; u.kind == uText {
			u.kind, u.noise, u.summed = uNoise, noiseMasthead, false
		}
	}
}

// zhPaperEnds end a Chinese paper's name (日报, 晚报, 都市报 end in 报).
var zhPaperEnds = []string{"报", "報"}

// zhPaperName reports a paper's name as its masthead sets it alone:
// three to twelve Han runes, no space or punctuation, ending in 报 or 報
// (江州日报, 江南都市报, 星島日報); an organ's line (…机关报) is
// zhOrganLine's, and no other phrase ending in 机关报 names a paper.
func zhPaperName(s string) bool {
	n := 0
	for _, r := range s {
		if !isHan(r) {
			return false
		}
		n++
	}
	return n >= 3 && n <= 12 && hasAnySuffix(s, zhPaperEnds) && !strings.HasSuffix(s, "机关报") && !strings.HasSuffix(s, "機關報")
}

// latinMastName reports the Latin name a masthead sets under the paper's
// (JIANGZHOU DAILY, JIANGZHOU RIBAO): two to five words of capital
// letters, nothing else.
func latinMastName(s string) bool {
	if len(s) > 40 {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			if w[i] < 'A' || w[i] > 'Z' {
				return false
			}
		}
	}
	return true
}

// zhOrganEnds end the line naming whose organ a paper is: a Party
// committee's (中共江州市委机关报, 中国共产党江州市委员会机关报).
var zhOrganEnds = []string{"委机关报", "委員會機關報", "委员会机关报", "委機關報"}

// zhOrganLine reports a masthead's organ line: at most twenty Han runes,
// no space or punctuation, ending in a committee's 机关报 (zhOrganEnds).
// (A headline about an organ paper is not set so: 机关报 ends no
// committee's name there, 办好新时代机关报.)
func zhOrganLine(s string) bool {
	if !atMost(s, 60) || !hasAnySuffix(s, zhOrganEnds) {
		return false
	}
	n := 0
	for _, r := range s {
		if !isHan(r) {
			return false
		}
		n++
	}
	return n <= 20
}

// zhRegistrationLabels open the fields of a masthead's registration
// line: the serial number (国内统一连续出版物号 CN36-0012, ISSN), the
// postal code (邮发代号43-15).
var zhRegistrationLabels = []string{
	"国内统一连续出版物号", "國內統一連續出版物號", "国际标准连续出版物号", "國際標準連續出版物號",
	"邮发代号", "郵發代號", "统一刊号", "統一刊號", "刊号", "刊號",
	"代号", "代號", // (人民日报's 代号1-1; after 邮发代号, which it ends)
}

// registrationDashes reads a registration line's numbers as their ASCII
// form: the dashes a typesetter puts for the hyphen (CN36—0025, 43－79,
// 43–79) and a space after CN (CN 36-0025). (Replaced in turn, not by a
// package-level strings.Replacer, which would allocate while the package
// initialises: TestInitCheap.)
func registrationDashes(s string) string {
	for _, d := range [...]string{"—", "－", "–"} {
		s = strings.ReplaceAll(s, d, "-")
	}
	s = strings.ReplaceAll(s, "CN ", "CN")
	return strings.ReplaceAll(s, "CN　", "CN")
}

// zhRegistrationLine reports a masthead's registration line: fields
// parted by spaces, each a label of zhRegistrationLabels (its number
// after it, with or without a colon) or a serial number (CN36-0012,
// ISSN 1002-3456). One field at least names a label or a CN number; a
// sentence (订阅请认准邮发代号43-15。) is none.
func zhRegistrationLine(s string) bool {
	if !atMost(s, 80) || hasAnyRune(s, "。！？；，!?;,") {
		return false // (a colon may part a label from its number)
	}
	if strings.ContainsAny(s, "—－–") || strings.Contains(s, "CN") {
		s = registrationDashes(s)
	}
	fields := strings.FieldsFunc(s, isSpace) // (not at a slash: CN36-0012/G)
	if len(fields) == 0 {
		return false
	}
	for i := 0; i < len(fields); i++ {
		f := fields[i]
		switch {
		case cnSerial(f):
		case f == "ISSN" && i+1 < len(fields) && issnNumber(fields[i+1]):
			i++
		case strings.HasPrefix(f, "ISSN") && issnNumber(strings.TrimLeft(f[4:], ":：")):
		default:
			label := false
			for _, l := range zhRegistrationLabels {
				if rest, ok := strings.CutPrefix(f, l); ok {
					rest = strings.TrimLeft(rest, ":：")
					if rest == "" && i+1 < len(fields) && registrationNumber(fields[i+1]) {
						i++
						rest = fields[i]
					}
					label = rest == "" || registrationNumber(rest)
					if l == "代号" || l == "代號" {
						// Bare, the label names a postal code with its
						// hyphen (代号1-1), not any code name (代号2035).
						label = strings.Contains(rest, "-") && registrationNumber(rest)
					}
					break
				}
			}
			if !label {
				return false
			}
		}
	}
	return true
}

// cnSerial reports a Chinese serial number: CN, two digits, a hyphen and
// four digits, and a classification after a slash (CN36-0012/G).
func cnSerial(f string) bool {
	f, _, _ = strings.Cut(f, "/")
	rest, ok := strings.CutPrefix(f, "CN")
	if !ok {
		return false
	}
	a, c, ok := strings.Cut(rest, "-")
	return ok && len(a) == 2 && len(c) == 4 && allDigits(a) && allDigits(c)
}

// issnNumber reports an ISSN: four digits, a hyphen, three digits and a
// digit or X.
func issnNumber(f string) bool {
	a, c, ok := strings.Cut(f, "-")
	return ok && len(a) == 4 && len(c) == 4 && allDigits(a) && allDigits(c[:3]) && (c[3] == 'X' || c[3] >= '0' && c[3] <= '9')
}

// registrationNumber reports a registration label's number: a CN number,
// or ASCII digits, letters and hyphens with a digit (43-15, 1-1).
func registrationNumber(f string) bool {
	if cnSerial(f) {
		return true
	}
	digit := false
	for i := 0; i < len(f); i++ {
		switch c := f[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'A' && c <= 'Z' || c == '-':
		default:
			return false
		}
	}
	return digit && utf8.RuneCountInString(f) <= 16
}
