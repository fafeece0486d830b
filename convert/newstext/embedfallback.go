package newstext

import "strings"

// A web story that embeds a social-media post carries the embed's fixed
// fallback text, which a copy of the page keeps where the post stood:
// Instagram's View this post on Instagram over A post shared by 林語晴
// (@yuching.lin) (在 Instagram 查看這則貼文 / 林語晴（@yuching.lin）分享的
// 貼文 in Chinese, 在 Instagram 查看这篇帖子 / … 分享的帖子 in Simplified,
// この投稿をInstagramで見る / …がシェアした投稿 in Japanese, Instagram에서
// 이 게시물 보기 / …님의 공유 게시물 in Korean), X's — NAME (@handle) December 6, 2026 under the quoted
// tweet, Facebook's Posted by NAME on Thursday, December 3, 2026, and
// Threads' Post by @handle and View on Threads. It is the platform's
// wording, not the story's: web furniture (noise), which neither ends
// the article nor heads the text under it. A sentence about a post (A
// post shared by the minister drew 3,000 replies; 林語晴分享的貼文引發
// 熱議。) holds no handle in brackets, or more after it, and stays text.

// embedFallbackLines are the embeds' fixed lines, each alone on its line.
var embedFallbackLines = []string{
	"View this post on Instagram", "在 Instagram 查看這則貼文", "在Instagram查看這則貼文", "この投稿をInstagramで見る",
	"在 Instagram 查看这篇帖子", "在Instagram查看这篇帖子", "Instagram에서 이 게시물 보기",
	"View on Threads",
}

// embedFallbackMax bounds the runes of an embed's credit line (a name,
// a handle of 30 and a date with its weekday).
const embedFallbackMax = 120

// embedFallbackEnds reports the first or last runes an embed's fallback
// line has (see embedFallback), the gate's cue.
func embedFallbackEnds(first, last rune) bool {
	switch first {
	case 'V', 'A', 'P', 'I', '—', '―', '在', 'こ':
		return true
	}
	return last == '文' || last == '稿' || last == '子' || last == '물'
}

// embedFallback reports a line of an embedded post's fallback text (see
// embedFallbackLines): one of the fixed lines, or the post's credit,
// which names its account by a handle in brackets, (@yuching.lin).
func embedFallback(s string) bool {
	if !atMost(s, embedFallbackMax) {
		return false
	}
	first, w := firstRune(s)
	switch first {
	case 'V', 'I', '在', 'こ':
		for _, l := range embedFallbackLines {
			if s == l {
				return true
			}
		}
		return false
	case 'A':
		// Instagram: A post shared by NAME (@handle), in older embeds
		// with the time after it (… on Sep 3, 2018 at 3:55pm PDT), and
		// before 2016 A photo (video) posted by ….
		for _, p := range [...]string{"A post shared by ", "A photo posted by ", "A video posted by "} {
			if rest, ok := strings.CutPrefix(s, p); ok {
				_, after, ok := cutHandle(rest)
				return ok && (after == "" || strings.HasPrefix(after, " on ") && embedDate(strings.TrimPrefix(after, " on ")))
			}
		}
		return false
	case 'P':
		if rest, ok := strings.CutPrefix(s, "Post by @"); ok {
			return handleLen(rest) == len(rest) && rest != "" // Threads
		}
		if rest, ok := strings.CutPrefix(s, "Posted by "); ok {
			// Facebook: Posted by NAME on Thursday, December 3, 2026.
			k := strings.LastIndex(rest, " on ")
			return k > 0 && embedDate(rest[k+len(" on "):])
		}
		return false
	case '—', '―':
		// X: — NAME (@handle) December 6, 2026, its date in the embed's
		// language (2026年12月6日).
		_, after, ok := cutHandle(trimSpace(s[w:]))
		return ok && embedDate(trimSpace(after))
	}
	// Instagram's credit in Chinese, Japanese and Korean:
	// NAME（@handle）分享的貼文 (Simplified: NAME (@handle) 分享的帖子),
	// NAME(@handle)がシェアした投稿, NAME(@handle)님의 공유 게시물.
	for _, suf := range [...]string{"分享的貼文", "分享的帖子", "がシェアした投稿", "님의 공유 게시물"} {
		if rest, ok := strings.CutSuffix(s, suf); ok {
			_, after, ok := cutHandle(rest)
			return ok && trimSpace(after) == ""
		}
	}
	return false
}

// cutHandle cuts s at an account's handle in brackets, NAME (@handle) or
// NAME（@handle）: the name before it (not empty) and the text after it.
func cutHandle(s string) (name, after string, ok bool) {
	k, open := strings.Index(s, "(@"), len("(@")
	if k2 := strings.Index(s, "（@"); k2 >= 0 && (k < 0 || k2 < k) {
		k, open = k2, len("（@")
	}
	if k < 0 {
		return "", "", false
	}
	name = trimSpace(s[:k])
	rest := s[k+open:]
	n := handleLen(rest)
	if name == "" || n == 0 {
		return "", "", false
	}
	rest = rest[n:]
	for _, c := range [...]string{")", "）"} {
		if a, ok := strings.CutPrefix(rest, c); ok {
			return name, a, true
		}
	}
	return "", "", false
}

// handleLen is the length of the account handle s opens with: letters,
// digits, _ and . (Instagram's), at most 30.
func handleLen(s string) int {
	i := 0
	for ; i < len(s) && i < 30; i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.') {
			break
		}
	}
	return i
}

// englishMonths are the months as an embed names them, in full and short.
var englishMonths = [...]string{
	"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
}

// englishWeekdays are the weekdays Facebook's embed dates its post with.
var englishWeekdays = [...]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// embedDate reports the date an embed's credit closes with, and nothing
// else: December 6, 2026 or 6 December 2026, after a weekday and a comma
// or not (Thursday, December 3, 2026), a time after " at " (Instagram's
// at 3:55pm PDT), or 2026年12月6日 (2026년 12월 6일).
func embedDate(s string) bool {
	s = trimSpace(s)
	if k := strings.Index(s, " at "); k > 0 {
		s = s[:k] // (the time after it is the embed's too)
	}
	for _, d := range englishWeekdays {
		if rest, ok := strings.CutPrefix(s, d); ok && strings.HasPrefix(rest, ", ") {
			s = rest[len(", "):]
			break
		}
	}
	if s == "" {
		return false
	}
	if s[0] >= '0' && s[0] <= '9' {
		if hanDate(s) {
			return true
		}
		n := digitsLen(s) // 6 December 2026
		if n == 0 || n > 2 || n >= len(s) || s[n] != ' ' {
			return false
		}
		m, ok := cutMonth(s[n+1:])
		return ok && strings.HasPrefix(m, " ") && yearOnly(m[1:])
	}
	m, ok := cutMonth(s) // December 6, 2026
	if !ok || !strings.HasPrefix(m, " ") {
		return false
	}
	m = m[1:]
	n := digitsLen(m)
	if n == 0 || n > 2 || !strings.HasPrefix(m[n:], ", ") {
		return false
	}
	return yearOnly(m[n+2:])
}

// cutMonth cuts an English month's name (englishMonths) off the front of
// s, with the dot of a short one (Dec.).
func cutMonth(s string) (string, bool) {
	for _, m := range englishMonths {
		if rest, ok := strings.CutPrefix(s, m); ok && (rest == "" || rest[0] == ' ' || rest[0] == '.') {
			return strings.TrimPrefix(rest, "."), true
		}
	}
	return "", false
}

// digitsLen is the number of ASCII digits s opens with.
func digitsLen(s string) int {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// yearOnly reports four digits and nothing else.
func yearOnly(s string) bool { return len(s) == 4 && digitsLen(s) == 4 }

// hanDate reports 2026年12月6日 (or 2026년 12월 6일) and nothing else.
func hanDate(s string) bool {
	for _, u := range [...][3]string{{"年", "月", "日"}, {"년", "월", "일"}} {
		t := s
		ok := true
		for i, unit := range u {
			n := digitsLen(t)
			if n == 0 || i == 0 && n != 4 || i > 0 && n > 2 {
				ok = false
				break
			}
			rest, found := strings.CutPrefix(t[n:], unit)
			if !found {
				ok = false
				break
			}
			t = trimSpace(rest)
		}
		if ok && t == "" {
			return true
		}
	}
	return false
}

// markBlogBylines makes a byline of a Posted by NAME on DATE line set
// right under the page's headline: there it is a blog's byline
// (WordPress's Posted by 陈伟明 on December 3, 2026), the author's credit
// (NAME), not an embedded Facebook post's fallback, which stands among
// the story's paragraphs. The headline is marked (# …), or a title line
// with nothing but furniture above it, at the page's top or under an
// article break. Facebook's own form over a story's dateline or byline
// stays the embed's (fbEmbedOverStory). (As text, the line would be read
// as a title's or glued to the paragraph under it.)
func (b *builder) markBlogBylines() {
	us := b.units
	for i := 1; i < len(us); i++ {
		u := &us[i]
		if u.kind != uNoise || u.noise != noiseChrome || !strings.HasPrefix(u.text, "Posted by ") || !pageTitle(us, i-1) {
			continue
		}
		rest := u.text[len("Posted by "):]
		k := strings.LastIndex(rest, " on ") // (embedFallback found the " on " before the date)
		if b.fbEmbedOverStory(us, i, rest[k+len(" on "):]) {
			continue
		}
		name := trimSpace(rest[:k])
		u.kind, u.noise, u.summed, u.cr = uByline, "", false, creditRef(credit{names: []string{name}})
		b.warnParts(u.line, "blog's Posted by line under the headline taken as the byline: ", u.text)
	}
}

// fbEmbedOverStory reports a Posted by line us[i] in Facebook's own form,
// its date after the weekday (on Thursday, December 3, 2026), over text
// that opens as a story does, with a dateline or a byline ((乔治市3日讯）…):
// the story is a wire's or the desk's, and the line is the embedded
// post's fallback (its page, Penang State Government), no author. A
// blog's Posted by line dates with no weekday, and over a dateline too it
// stays the blog's byline (markBlogBylines).
func (b *builder) fbEmbedOverStory(us []unit, i int, date string) bool {
	if i+1 >= len(us) || !weekdayDate(date) {
		return false
	}
	switch n := &us[i+1]; n.kind {
	case uByline:
		return true
	case uText:
		return b.datelineOpens(n.text)
	}
	return false
}

// weekdayDate reports a date opening with its English weekday and a
// comma (Thursday, December 3, 2026), as Facebook's embed dates a post.
func weekdayDate(s string) bool {
	for _, d := range englishWeekdays {
		if strings.HasPrefix(s, d) && strings.HasPrefix(s[len(d):], ", ") {
			return true
		}
	}
	return false
}

// pageTitle reports unit h as a headline heading the page or an article
// break: marked, or a title line (no sentence end) with only noise above
// it up to the page's top or the break.
func pageTitle(us []unit, h int) bool {
	u := &us[h]
	if u.kind == uHeadline {
		return true
	}
	if u.kind != uText || u.para || endsSentence(u.text) {
		return false
	}
	for j := h; j >= 0; j-- {
		if us[j].brk {
			return true
		}
		if j < h && us[j].kind != uNoise {
			return false
		}
	}
	return true
}
