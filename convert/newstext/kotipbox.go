package newstext

import "strings"

// A Korean broadcaster's web copy closes with its tip box: a slogan line
// opened by a mark, ※ '당신의 제보가 뉴스가 됩니다' (YTN; SBS's '당신의
// 제보가 뉴스로 만들어집니다'), then one line for each way to reach the
// newsroom, its channel named in square brackets, [카카오톡] YTN 검색해 채널
// 추가, [전화] 02-398-8585, [메일] social@ytn.co.kr. The box is the site's
// furniture, as KBS's ▣ 제보 하기 / ◇ 전화 : … is (koreanCallLine), and
// each line a unit of its own, never one paragraph joined.

// koreanTipContact reports a tip box's line for one channel: the channel
// in square brackets (카카오톡, 전화, 메일, 문자, 팩스, 홈페이지), then the way to reach it, an address (isEmail), a
// phone number (digits and hyphens), a web address or, for a messenger,
// a short instruction.
func koreanTipContact(s string) bool {
	inner, end, ok := leadingBracket(s)
	if !ok || !atMost(s, 40) {
		return false
	}
	ch, rest := trimSpace(inner), trimSpace(s[end:])
	if rest == "" {
		return false
	}
	switch ch {
	case "메일", "이메일":
		return isEmail(rest)
	case "전화", "문자", "팩스":
		return phoneNumber(rest)
	case "카카오톡", "카톡":
		return !strings.ContainsAny(rest, ".?!") // YTN 검색해 채널 추가, not a speaker's sentence
	case "홈페이지", "누리집":
		return webAddress(rest)
	}
	return false
}

// phoneNumber reports a Korean phone number as a tip box sets it:
// 02-398-8585, 1588-0000, #5000 (digits parted by hyphens).
func phoneNumber(s string) bool {
	s = strings.TrimPrefix(s, "#")
	digits := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '-' && i > 0 && i < len(s)-1:
		default:
			return false
		}
	}
	return digits >= 4 && digits <= 12
}

// Other broadcasters set the same box with a mark before each channel and
// no brackets: MBC's ▷ 전화 02-784-4000 / ▷ 이메일 mbcjebo@mbc.co.kr /
// ▷ 카카오톡 @mbc제보 under 'MBC 뉴스는 24시간 여러분의 제보를 기다립니다.',
// SBS's ▷ 카카오톡 : 'SBS 제보' 검색 / ▷ 뉴스 홈페이지 : https://…, Channel A's
// ▶ 이메일 : x@ichannela.com, sometimes all on one line (▷ 전화 … ▷ 이메일 …).
// The mark proves nothing (a story lists its points under ▷ and ▶ too:
// ▷ 전화 상담 확대), so what makes the line a channel is the way to reach
// it after the channel's name: a phone number for a phone, an address for
// mail, a web address for a site, a handle (@mbc제보) or a name to search
// ('SBS 제보' 검색) for a messenger or an app.

// koreanTipChannels name the channels a Korean newsroom's tip box lists,
// each with the kind of contact koreanTipReach asks after it.
var koreanTipChannels = []string{"전화", "문자", "팩스", "메일", "이메일", "e메일", "E메일", "카카오톡", "카톡", "홈페이지", "누리집", "사이트", "웹사이트", "앱"}

// koreanTipMark reports the marks a tip box sets before each channel.
func koreanTipMark(r rune) bool {
	switch r {
	case '▷', '▶', '◇', '◆', '☞', '※', '▣', '■', '□', '●', '○':
		return true
	}
	return false
}

// koreanTipChannelLine reports a tip box's line of marked channels (s
// opens with its mark): one channel after its mark (▷ 전화 02-784-4000), or
// several on one line, each after its mark. Every marked part must name a
// channel and its contact (koreanTipChannel) or be the box's call
// (☞ 제보하기 ▷ 카카오톡 : …).
func koreanTipChannelLine(s string) bool {
	if !atMost(s, 160) {
		return false
	}
	parts := 0
	for s != "" {
		_, w := firstRune(s) // the mark
		s = s[w:]
		i := strings.IndexFunc(s, koreanTipMark)
		if i < 0 {
			i = len(s)
		}
		seg := trimSpace(s[:i])
		if !koreanTipChannel(seg) && !(strings.Contains(seg, "제보") && atMost(seg, 12) && !strings.ContainsAny(seg, ".?!")) {
			return false
		}
		parts++
		s = s[i:]
	}
	return parts > 0
}

// koreanTipChannel reports one channel of a tip box after its mark: the
// channel's name (koreanTipChannels; one word may qualify it, 뉴스
// 홈페이지, 제보 전화), a colon or a space, then its contact.
func koreanTipChannel(seg string) bool {
	if !atMost(seg, 60) {
		return false
	}
	for try := 0; try < 2; try++ {
		for _, ch := range koreanTipChannels {
			rest, ok := strings.CutPrefix(seg, ch)
			if !ok || rest == "" {
				continue
			}
			if r, _ := firstRune(rest); r != ':' && r != '：' && !isSpace(r) {
				continue // 전화상담, 앱테크: another word
			}
			rest = trimSpace(strings.TrimLeft(trimSpace(rest), ":："))
			if rest != "" && koreanTipReach(ch, rest) {
				return true
			}
		}
		// One word before the channel's name: 뉴스 홈페이지, 제보 전화.
		k := strings.IndexByte(seg, ' ')
		if k <= 0 || !atMost(seg[:k], 6) {
			return false
		}
		seg = trimSpace(seg[k+1:])
	}
	return false
}

// koreanTipReach reports the contact a tip box gives for channel ch: a
// phone number for a phone, text message or fax, an address for mail, a
// web address for a site, and for a messenger or an app a handle
// (@mbc제보) or a name in quotes to search or add ('SBS 제보' 검색).
func koreanTipReach(ch, rest string) bool {
	switch ch {
	case "전화", "문자", "팩스":
		return phoneNumber(rest)
	case "메일", "이메일", "e메일", "E메일":
		return isEmail(rest)
	case "홈페이지", "누리집", "사이트", "웹사이트":
		return webAddress(rest)
	}
	// 카카오톡, 카톡, 앱
	if strings.ContainsAny(rest, ".?!") && !webAddress(rest) {
		return false // a sentence, not an instruction
	}
	if r, _ := firstRune(rest); r == '@' {
		return !strings.ContainsAny(rest, " \t") && len(rest) > 1
	}
	if webAddress(rest) {
		return true
	}
	if !atMost(rest, 30) {
		return false
	}
	r, _ := firstRune(rest)
	quoted := r == '\'' || r == '"' || r == '‘' || r == '“'
	return quoted && hasAnySuffix(rest, koreanTipSearchEnds) || quoted && endsQuote(rest)
}

// koreanTipSearchEnds end a messenger's instruction after the name in
// quotes: 'SBS 제보' 검색, 'KBS제보' 검색, 채널 추가.
var koreanTipSearchEnds = []string{"검색", "추가", "친구 추가", "채널 추가"}

// endsQuote reports a quoted name alone: 'MBC제보'.
func endsQuote(s string) bool {
	r, _ := decodeLast(s)
	return r == '\'' || r == '"' || r == '’' || r == '”'
}

// webAddress reports a web address as a box gives it: http://…, https://…,
// www.…, or a bare domain with a path (news.sbs.co.kr/tip): ASCII with a
// dot and no space.
func webAddress(s string) bool {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.") {
		return !strings.ContainsAny(s, " \t")
	}
	k := strings.IndexByte(s, '.')
	if k <= 0 || k == len(s)-1 || strings.ContainsAny(s, " \t@") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-._/~?=&%:#", c) >= 0) {
			return false
		}
	}
	return true
}

// CBS노컷뉴스 sets its box with no mark before the channels, under its
// call: ※CBS노컷뉴스는 여러분의 제보로 함께 세상을 바꿉니다. 각종 … 알려주세요.
// / 이메일 : jebo@cbs.co.kr / 카카오톡 : @노컷뉴스 / 사이트 : https://….
// The call opens with a mark and asks the reader (여러분, 당신) for tips
// (제보): the box's opening, furniture wherever it stands
// (koreanTipSlogan), as YTN's ※ '당신의 제보가 뉴스가 됩니다' is. A channel
// with no mark proves nothing alone (a story may close with 이메일 :
// x@y.kr for its readers' questions), so it is the box's only under the
// box's opening or under another of its channels (markKoreanTipChannels),
// each line a unit of its own.

// koreanTipSlogan reports a tip box's opening call: a mark (koreanCallFirst,
// or newsis's ◎), then at most 160 runes asking the reader, 여러분 or 당신,
// for tips, 제보. A story's note on its source (※이 기사는 독자 제보를
// 바탕으로 작성됐습니다.) asks no reader and stays text.
func koreanTipSlogan(s string) bool {
	r, _ := firstRune(s)
	if !koreanCallFirst(r) && r != '◎' || !atMost(s, 160) || !strings.Contains(s, "제보") {
		return false
	}
	return strings.Contains(s, "여러분") || strings.Contains(s, "당신")
}

// koreanTipUnmarked reports a tip box's channel with no mark (이메일 :
// jebo@cbs.co.kr, 카카오톡 : @노컷뉴스, 사이트 : https://…): the channel's
// name, a colon or a space, and its contact (koreanTipChannel), opening
// with no mark or bracket.
func koreanTipUnmarked(s string) bool {
	r, _ := firstRune(s)
	return (r >= 0xAC00 && r <= 0xD7A3 || r == 'e' || r == 'E') && koreanTipChannel(s)
}

// markKoreanTipChannels makes noise of a Korean page's tip channels with no
// mark (koreanTipUnmarked), one a unit, right under the tip box's call
// (koreanTipSlogan, or another of the box's calls and channels,
// koreanCallLine, already noise) or under a channel so made noise.
func (b *builder) markKoreanTipChannels() {
	if b.lang != "ko" {
		return
	}
	us := b.units
	for i := 1; i < len(us); i++ {
		u, p := &us[i], &us[i-1]
		if u.kind != uText || u.para || u.verbatim || u.line != u.lastLine || !koreanTipUnmarked(u.text) {
			continue
		}
		if p.kind != uNoise || !koreanCallLine(p.text) && !isKoreanTipBoxLine(p.text) {
			continue
		}
		u.kind, u.noise, u.summed = uNoise, noiseChrome, false
	}
}

// isKoreanTipBoxLine reports a line of a tip box that is noise: its call
// under any noise kind (MBC's unmarked 'MBC 뉴스는 24시간 여러분의 제보를
// 기다립니다.' is a copyright line's), or an unmarked channel.
func isKoreanTipBoxLine(s string) bool {
	if koreanTipUnmarked(s) {
		return true
	}
	return atMost(s, 160) && strings.Contains(s, "제보") && (strings.Contains(s, "여러분") || strings.Contains(s, "당신"))
}
