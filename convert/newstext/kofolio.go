package newstext

import "strings"

// A Korean paper prints its folio across the top of each page: the
// edition's date, the weekday, the page's section and its number, padded
// apart with spaces, 2026년 12월 3일 목요일　　사회　　11 (or the number first on
// a left-hand page, 11　　사회　　2026년 12월 3일 목요일). It is the page's
// furniture, as 2024年9月3日 星期二 第3版 is, never a title of the story under
// it. Some papers set the section first (사회　2026년 12월 3일 목요일　11),
// or name the page with a letter (A11). Only a line opening with a digit
// or a capital, or with a Hangul syllable and ending in the page's digit,
// or holding the page's number with 면 (9면), is looked at (noiseKindSum's
// gate lets those short lines through), and the first token that is none
// of a folio's ends the search.

// koreanFolio reports such a folio: a date of year, month and day in
// Hangul (2026년 12월 3일, spaced or solid), and a page number (11, 11면,
// A11) or a weekday (목요일, (목)), with at most two other short words
// (the section's name: 사회, 오피니언) and nothing else.
func koreanFolio(s string) bool {
	if s == "" || len(s) > 120 || !koreanFolioEnds(s) {
		return false
	}
	stage := 0 // of the date: 0 none, 1 year, 2 month, 3 day
	page, weekday, other := false, false, 0
	for rest := s; rest != ""; {
		var t string
		t, rest = nextFolioToken(rest)
		if t == "" {
			continue
		}
		switch {
		case t[0] >= '0' && t[0] <= '9' && stage < 3 && koreanDateParts(t, &stage):
		case !page && (isPageNumber(t) || isPageLabel(t) || koreanPageNumber(t)):
			page = true
		case !weekday && stage == 3 && koreanWeekday(t):
			weekday = true
		case other < 2 && koreanSectionWord(t):
			other++
		default:
			return false
		}
	}
	return stage == 3 && (page || weekday)
}

// koreanSectionWord reports a folio's section word: a short Hangul word
// (사회, 오피니언) not ending as a predicate does (다), or two or three
// such words joined by a middle dot, as a page that holds two of the
// paper's standing sections names itself (인사·부고, 정치ㆍ국제): one word
// of the folio, as the sections share the page.
func koreanSectionWord(t string) bool {
	if isHangulWord(t) {
		return atMost(t, 8) && !strings.HasSuffix(t, "다")
	}
	if latinSectionAbbrev(t) {
		return true // IT (kofoliolatin.go)
	}
	if !atMost(t, 20) {
		return false
	}
	parts := 0
	for t != "" {
		i, w := koreanSectionDot(t)
		part := t[:i]
		if !latinSectionAbbrev(part) && (!isHangulWord(part) || !atMost(part, 6) || strings.HasSuffix(part, "다")) {
			return false
		}
		parts++
		t = t[i:]
		if w > 0 {
			if t = t[w:]; t == "" {
				return false // a dot ends no section's name
			}
		}
	}
	return parts >= 2 && parts <= 3
}

// koreanSectionDot finds the first middle dot of t (·, Korean ㆍ, ・, ‧ or
// •): its byte index and width, or len(t) and 0 when t has none.
func koreanSectionDot(t string) (int, int) {
	for i, r := range t {
		switch r {
		case '·', 'ㆍ', '・', '‧', '•':
			return i, len(string(r))
		}
	}
	return len(t), 0
}

// nextFolioToken splits s at its first space (a folio pads its parts with
// U+3000 or runs of spaces): the token before it and the rest after.
func nextFolioToken(s string) (string, string) {
	for i := 0; i < len(s); {
		r, w := firstRune(s[i:])
		if isSpace(r) || r == '|' || r == '｜' {
			return s[:i], s[i+w:]
		}
		i += w
	}
	return s, ""
}

// koreanDateParts reads t as the next parts of a Hangul date (2026년,
// 12월, 3일, or 2026년12월3일 solid, a weekday in brackets after it,
// 3일(목)), advancing *stage past each; it reports false, leaving *stage
// as it was, when t is not that.
func koreanDateParts(t string, stage *int) bool {
	st := *stage
	for t != "" {
		n := 0
		for n < len(t) && t[n] >= '0' && t[n] <= '9' {
			n++
		}
		if n == 0 || n > 4 {
			if st == 3 && koreanWeekday(t) {
				break // 3일(목)
			}
			return false
		}
		var unit string
		switch st {
		case 0:
			unit = "년"
		case 1:
			unit = "월"
		case 2:
			unit = "일"
		default:
			return false
		}
		if !strings.HasPrefix(t[n:], unit) || st == 0 && n != 4 || st > 0 && n > 2 {
			return false
		}
		t = t[n+len(unit):]
		st++
	}
	*stage = st
	return true
}

// koreanWeekday reports a weekday: 목요일, or 목 in brackets, (목), （목）.
func koreanWeekday(t string) bool {
	if in := unbracket(t); in != "" {
		t = in
	} else if d, ok := strings.CutSuffix(t, "요일"); ok {
		t = d
	} else {
		return false
	}
	return len(t) == 3 && strings.Contains("월화수목금토일", t)
}

// koreanPageNumber reports a page number with 면 (page): 11면, A11면,
// and with the ordinal 제 before it, 제14면, as some papers set it.
func koreanPageNumber(t string) bool {
	n, ok := strings.CutSuffix(t, "면")
	n = strings.TrimPrefix(n, "제")
	return ok && n != "" && (isPageNumber(n) || isPageLabel(n))
}

// koreanFolioEnds reports s opening as a Korean folio does: with a digit
// (the date or the page), a capital (the page, A11), or a Hangul syllable
// (the section) when the page's number ends it, or the paper's name, or
// when a page number with 면 stands among its words.
func koreanFolioEnds(s string) bool {
	switch c := s[0]; {
	case c >= '0' && c <= '9', c >= 'A' && c <= 'Z':
		return true
	case c >= 0xEA && c <= 0xED: // (U+AC00–D7A3, Hangul syllables, open so)
		last := s[len(s)-1]
		return last >= '0' && last <= '9' || strings.HasSuffix(s, "면") || paperNameFirst(s) || holdsKoreanPage(s)
	}
	return false
}

// holdsKoreanPage reports a line with a page number before 면 (9면, A9면)
// as one of its words. A paper whose name ends in none of the endings
// koreanPaperTag knows (경남신보, 중부매일) prints it first and the page's
// section last, 경남신보 2026년 12월 7일 월요일 9면 경제, or the section and
// page first and its name last (경제 9면 2026년 12월 7일 월요일 경남신보): the
// page word is what marks such a line as a folio, and koreanFolio still
// asks the rest to be the date, the weekday and two short words.
func holdsKoreanPage(s string) bool {
	if !strings.Contains(s, "면") {
		return false
	}
	for rest := s; rest != ""; {
		var t string
		t, rest = nextFolioToken(rest)
		if t != "" && koreanPageNumber(t) {
			return true
		}
	}
	return false
}

// paperNameFirst reports a line whose first word is a Korean paper's
// name: a folio that opens with it may end with its section's name
// (동아일보 2026년 3월 5일 목요일 A12면 사회).
func paperNameFirst(s string) bool {
	t, _ := nextFolioToken(s)
	return koreanPaperTag(t)
}

// A weekly or monthly magazine's folio gives the issue where a daily's
// gives the weekday: 42　시사한빛　제1587호　2026.12.15, the page, the
// magazine, the issue's number and its date in figures (numericfolio.go).
// The issue alone with a date is no folio (법률 제19876호 2024.01.09, a
// law's number in a list of them): the page's number must stand beside
// it, and a bare page with no paper's name makes the line a folio only at
// the page's or a block's edge (bareFoliosAt).

// koreanIssueNumber reports a periodical's issue number: 제 and one to
// five digits and 호 (제1587호), or the digits and 호 alone (1587호).
func koreanIssueNumber(t string) bool {
	t = strings.TrimPrefix(t, "제")
	n, ok := strings.CutSuffix(t, "호")
	return ok && n != "" && len(n) <= 5 && allDigits(n)
}
