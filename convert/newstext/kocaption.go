package newstext

import "strings"

// Two Korean caption credits that need no bracket around all of them:
// the supplier after the description, 한겨레 and others' "… 기자회견을
// 하고 있다. 전남시민연대 제공", and 뉴스1's date stamp and agency after it,
// "… 회의를 하고 있다.(부산시 제공) 2024.12.3/뉴스1" (the supplier in
// brackets, or none). The description is one or two sentences; a
// paragraph runs longer, and none ends in a credit.

// isKoreanSuppliedCaption reports a caption ending in an unbracketed
// supplier credit: a sentence, then X 제공 (X one to three words).
func isKoreanSuppliedCaption(s string) bool {
	src, ok := strings.CutSuffix(s, " 제공")
	if !ok {
		return false
	}
	k := lastIndexNear(src, ". ", 20)
	if k <= 0 || !isKoreanSource(src[k+2:]) {
		return false
	}
	return koreanCaptionText(s[:k+1])
}

// isKoreanAgencyCaption reports a caption closed by the wire that took
// the photo, after its description and a space with no slash: "… 아파트
// 신축 공사 현장. 연합뉴스", "… 걷고 있다. AP 연합뉴스" (세계일보 and
// other sites). The description is one or two sentences ending in 있다 or
// a noun (koreanCaptionText): a paragraph runs longer, and its sentence
// ends in another verb (말했다, 밝혔다).
func isKoreanAgencyCaption(s string) bool {
	k := lastIndexNear(s, ". ", 16)
	if k <= 0 {
		return false
	}
	credit := s[k+2:]
	if !isKoreanSource(credit) || !isKoreanAgencyCredit(credit) || strings.HasSuffix(credit, "제공") {
		return false // (X 제공: isKoreanSuppliedCaption)
	}
	text := s[:k+1]
	return koreanCaptionText(text) && (strings.HasSuffix(text, "있다.") || !strings.HasSuffix(text, "다."))
}

// isKoreanPaperCaption reports a caption closed by the paper or site
// whose own photographer took the photo, its name bare after the
// description and a space as a wire's is (isKoreanAgencyCaption): "…
// 출근하고 있다. 세계일보", "… 화재 현장 모습. 부산일보". The name is a
// paper's (koreanPaperTag: a Hangul word of three to eight syllables
// ending 일보, 신문, 경제 …), and the description one or two sentences
// ending in 있다 or a noun (koreanCaptionText, koreanDescribes). A
// paragraph runs longer and ends in another verb (밝혔다), and none ends
// in a sentence that is a paper's name alone; with a particle after it
// (세계일보는 …) the name opens the next sentence. A broadcaster closes
// its photo's caption so too, … 있다. KBS, … 있다. 연합뉴스TV
// (koreanBroadcaster's names, whole), and a paper by its short name, …
// 있다. 한경 (koreanShortOutlet's): koreanCaptionOutlet.
func isKoreanPaperCaption(s string) bool {
	if !koreanPaperLast(lastRune(s)) {
		return false
	}
	k := lastIndexNear(s, ". ", 10)
	if k <= 0 || !koreanCaptionOutlet(s[k+2:]) {
		return false
	}
	text := s[:k+1]
	return koreanCaptionText(text) && koreanDescribes(text)
}

// koreanCaptionOutlet reports the name a Korean photo's caption may be
// closed by, bare: a paper's or site's (koreanPaperTag), a broadcaster's
// (KBS, JTBC, 채널A, TV조선, 연합뉴스TV: koreanBroadcaster) or a paper's
// short name (한경, 매경, 서경: koreanShortOutlet). Each is the whole
// word: with a particle (KBS는) it is the next sentence's subject.
func koreanCaptionOutlet(w string) bool {
	return koreanPaperTag(w) || koreanBroadcaster(w) || koreanShortOutlet(w)
}

// koreanPaperLast reports the last rune of a name koreanCaptionOutlet
// knows (a paper's, koreanPaperEnds and koreanDailyEnd; a broadcaster's,
// KBS, JTBC, YTN, 채널A, TV조선, 연합뉴스TV, SBS Biz; a short name's, 한경,
// 머투): the gate's cheap test for isKoreanPaperCaption. (A switch, not a
// rune set: the package's initialisation stays cheap, TestInitCheap.)
func koreanPaperLast(r rune) bool {
	switch r {
	case '보', '문', '스', '제', '즈', '드', '이', '리', '송', '1', '레', '신', '컴', '일',
		'S', 'C', 'N', 'A', 'V', 'z', '선', '경', '투':
		return true
	}
	return false
}

// koreanWireClosed reports a Korean caption closed by its wire or its
// supplier after its sentence and a space, "… 출근하고 있다. 뉴시스", "…
// 현장. 연합뉴스", "… 있다. 전남시민연대 제공" (isKoreanAgencyCaption,
// isKoreanSuppliedCaption): the caption is whole, and the line under it
// is something else. The builder asks it only on a page whose long lines
// are paragraphs each (koreanSentenceLines), a portal's copy set one unit
// a line with no blank lines (Daum, Naver): there a line that ends a
// sentence ends its paragraph, but the caption, whose last word is the
// wire's name, was run into the lead paragraph under it (blind page
// ko-daum-web). On a page wrapped to a measure a line short of it is
// ended already (endsShortAt), and a full line ending in 있다. 연합뉴스
// may be a paragraph's, its next sentence opening with the wire's name.
func koreanWireClosed(s string) bool {
	if !koreanAgencyLast(lastRune(s)) {
		return false
	}
	return isKoreanAgencyCaption(s) || isKoreanSuppliedCaption(s)
}

// isKoreanStampCaption reports a caption ending in a wire's date stamp
// and its name after a slash, 2024.12.3/뉴스1, or the date and the photo
// desk's address, 2024.12.03. photo@newsis.com (or after a slash,
// 2026.12.05 / sunday@osen.co.kr), with the supplier's
// credit in brackets before it or none: (부산시 제공) 2024.12.3/뉴스1.
func isKoreanStampCaption(s string) bool {
	k := lastIndexNear(s, " ", 24)
	if k <= 0 {
		return false
	}
	// (뉴시스 opens the caption with its dateline and photographer:
	// koreanWireCaptionHead.)
	head := koreanWireCaptionHead(trimSpace(s[:k]))
	if tail := s[k+1:]; strings.IndexByte(tail, '@') > 0 {
		// 뉴시스: the date, then the photo desk's address, 2024.12.03.
		// photo@newsis.com; OSEN parts the two by a slash, 2026.12.05 /
		// sunday@osen.co.kr (2026.12.05/sunday@…, 2026.12.05 /sunday@…).
		// With no date, the slash and address alone close a caption that
		// opens with its photographer's bracketed credit: [OSEN=잠실, X
		// 기자] … 있다. /sunday@osen.co.kr (koplacedcredit.go).
		slash := strings.HasPrefix(tail, "/") || strings.HasSuffix(head, "/")
		tail = strings.TrimPrefix(tail, "/")
		if d, addr, ok := strings.Cut(tail, "/"); ok && isNumericDate(d) {
			head, tail, slash = head+" "+d, addr, false
		}
		head = trimSpace(strings.TrimSuffix(head, "/"))
		if !isEmail(tail) {
			return false
		}
		j := strings.LastIndexByte(head, ' ')
		switch {
		case j > 0 && isNumericDate(strings.TrimSuffix(head[j+1:], ".")):
			head = trimSpace(head[:j])
		case slash:
			end, _, ok := koreanRunInCredit(head)
			if !ok {
				return false
			}
			head = trimSpace(head[end:])
		default:
			return false
		}
	} else if day, agency, ok := strings.Cut(tail, "/"); !ok || !isNumericDate(day) || !isKoreanAgencyCredit(agency) || strings.HasSuffix(agency, "제공") {
		return false
	}
	if start, inner, ok := trailingBracket(head); ok {
		in := trimSpace(inner)
		if !(strings.HasSuffix(in, " 제공") || strings.HasPrefix(in, "사진=") || strings.HasPrefix(in, "사진 =")) || !atMost(in, 24) {
			return false
		}
		head = trimSpace(head[:start])
	}
	return koreanCaptionText(head)
}

// koreanCaptionText reports a caption's description: Korean, ending a
// sentence, of at most two sentences and 120 runes.
func koreanCaptionText(s string) bool {
	return koreanCaptionTextUpTo(s, 120)
}

// koreanCaptionTextUpTo is koreanCaptionText with its length bound n.
func koreanCaptionTextUpTo(s string, n int) bool {
	s = trimSpace(s)
	if !strings.HasSuffix(s, ".") || !atMost(s, n) || strings.Count(s, ". ") > 1 {
		return false
	}
	r, _ := decodeLast(strings.TrimRight(s[:len(s)-1], "\"'”’"))
	return isHangul(r)
}

// isKoreanSource reports a supplier's name in a credit: one to three
// words of Hangul, Latin letters or digits, no punctuation.
func isKoreanSource(s string) bool {
	if s == "" || !atMost(s, 16) {
		return false
	}
	words := 1
	for _, r := range s {
		switch {
		case r == ' ':
			words++
		case isHangul(r), r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return words <= 3 && !strings.Contains(s, "  ") && s[0] != ' ' && s[len(s)-1] != ' '
}

// isKoreanReporterCaption reports a caption ending in its photographer's
// credit in square brackets, as a Korean print page sets it under the
// photo: "… 컨테이너가 쌓여 있다. [김현우 기자]", or as a web copy sets it
// with the outlet before the name, the place the photo was taken before
// an equals sign or not: "… 축하를 받고 있다. [대전=스포츠한빛 김정우
// 기자]", [이데일리 X 기자], [세종=이데일리 X 기자] (koreanOutletToken). The
// description is one or two sentences (koreanCaptionText) ending in 있다
// or a noun when the outlet is named (koreanDescribes: the outlet's run-in
// credit closing a paragraph, … 밝혔다. [이데일리 X 기자], is its byline): a
// paragraph runs longer, and its closing byline stands on a line of its
// own.
func isKoreanReporterCaption(s string) bool {
	ok, _ := koreanReporterCaption(s)
	return ok
}

// koreanReporterCaption is isKoreanReporterCaption, also reporting
// whether the bracket names the outlet before the name, which
// keepKoreanClosingCredits asks of a caption with no text under it.
func koreanReporterCaption(s string) (ok, outlet bool) {
	inner, ok := strings.CutSuffix(s, " 기자]")
	if !ok {
		return false, false
	}
	k := lastIndexNear(inner, " [", 24)
	if k <= 0 {
		return false, false
	}
	name := inner[k+len(" ["):]
	if org, who, ok := strings.Cut(name, " "); ok {
		// [대전=스포츠한빛 김정우 기자]: the outlet, then one name.
		o, rest, ok := koreanOutletToken(org, who)
		return ok && o != "" && rest == "" && koreanCaptionText(s[:k]) && koreanDescribes(s[:k]), true
	}
	n := 0
	for _, r := range name {
		if !isHangul(r) {
			return false, false
		}
		n++
	}
	return n >= 2 && n <= 4 && koreanCaptionText(s[:k]), false
}

// keepKoreanClosingCredits gives back to the text a caption closed by
// the outlet's bracketed credit (… 기대하고 있다. [대전=이데일리 X 기자])
// that has no paragraph of body text right under it: a photo's caption
// stands inside the story, whose text goes on under the photo, while the
// same words closing the story are its last paragraph, whose sentence
// may well end in 있다, and its reporter's byline.
func (b *builder) keepKoreanClosingCredits() {
	us := b.units
	for i := range us {
		u := &us[i]
		if u.kind != uCaption || !strings.HasSuffix(u.text, " 기자]") {
			continue
		}
		if ok, outlet := koreanReporterCaption(u.text); !ok || !outlet {
			continue
		}
		j := i + 1
		for j < len(us) && us[j].kind == uCaption {
			j++ // (a caption over another photo's)
		}
		if j == len(us) || !bodyParagraph(&us[j]) {
			u.kind, u.summed = uText, false
		}
	}
}

// koreanMediaLabels name what a Korean print page's graphic or photo is,
// in angle brackets opening its title line (<그래픽> 품목별 수출 증감률),
// or a site's, in square ones opening its caption ([사진] 지난 26일 …).
var koreanMediaLabels = []string{"<그래픽>", "<사진>", "<표>", "<도표>", "<인포그래픽>", "<일러스트>", "〈그래픽〉", "〈사진〉", "〈표〉", "[사진]", "[그래픽]"}

// isKoreanMediaTitle reports a graphic's or photo's title line opening
// with its label in angle brackets (koreanMediaLabels), with its text
// after it: "<그래픽> 3월 주요 품목별 수출 증감률 (자료=관세청)". It is a
// caption, never the text of the paragraph it stands beside.
func isKoreanMediaTitle(s string) bool {
	if !atMost(s, 120) {
		return false
	}
	for _, p := range koreanMediaLabels {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return hasHangul(rest)
		}
	}
	return false
}

// isKoreanArchiveCaption reports a caption closed by the paper's photo
// archive after its description, with no bracket: "… 원룸 밀집 지역.
// 경향신문 자료사진" (경향신문 and other sites), or "… 모습. 자료사진" with
// no name. The bracketed forms ([연합뉴스 자료사진]) are isForeignCaption's.
// The description is one or two sentences (koreanCaptionText); a
// paragraph runs longer and no sentence of it ends in an archive credit.
func isKoreanArchiveCaption(s string) bool {
	src, ok := strings.CutSuffix(s, "자료사진")
	if !ok {
		return false
	}
	k := lastIndexNear(src, ". ", 20)
	if k <= 0 {
		return false
	}
	if org := src[k+2:]; org != "" {
		org, ok = strings.CutSuffix(org, " ")
		if !ok || !isKoreanSource(org) {
			return false
		}
	}
	return koreanCaptionText(s[:k+1])
}

// koreanMediaWords name what a Korean credit in round brackets credits
// before its equals sign, (사진=뉴시스DB), (그래픽=이데일리), (자료=관세청):
// the graphic, photo or data, never the place a wire's (서울=연합뉴스)
// names there.
var koreanMediaWords = []string{"사진", "그래픽", "일러스트", "인포그래픽", "영상", "자료", "출처"}

// koreanTableLabel reports a word that labels a table's or chart's
// figures before an equals sign, (단위=억원), (기준=2026년 11월): no place
// a wire files from.
func koreanTableLabel(w string) bool {
	switch trimSpace(w) {
	case "단위", "기준", "주", "참고", "문의", "비고":
		return true
	}
	return false
}

// koreanMediaCredit reports the inside of such a credit: a media word,
// then the equals sign (spaced or not) and who made or supplied it.
func koreanMediaCredit(in string) bool {
	k := strings.IndexByte(in, '=')
	if k <= 0 || trimSpace(in[k+1:]) == "" {
		return false
	}
	w := trimSpace(in[:k])
	for _, m := range koreanMediaWords {
		if w == m {
			return true
		}
	}
	return false
}
