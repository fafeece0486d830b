package newstext

import (
	"slices"
	"strings"
)

// A Korean broadcaster's report copied from its site (or a portal's copy
// of it) opens with the broadcaster's name alone (SBS) and a link to the
// original (기사원문), and closes with the reporter's sign-off on air,
// SBS 박세원입니다., the camera and editing crew in brackets, (영상취재 :
// 김민철, 영상편집 : 이승희), and the site's calls to subscribe and send
// tips (▶ 네이버에서 SBS 뉴스를 구독하세요!, * 제보하기: …). The name and
// the calls are the site's furniture; the sign-off and the crew are
// bylines.

// koreanBroadcasters are the names Korean broadcasters sign off with.
var koreanBroadcasters = []string{"SBS", "KBS", "MBC", "JTBC", "YTN", "MBN", "OBS", "TV조선", "채널A", "연합뉴스TV", "SBS Biz", "KBS뉴스", "MBC뉴스", "SBS뉴스", "KBS 뉴스", "MBC 뉴스", "SBS 뉴스", "YTN 뉴스"}

// koreanBroadcaster reports a Korean broadcaster's name alone.
func koreanBroadcaster(s string) bool {
	return len(s) <= 16 && slices.Contains(koreanBroadcasters, s)
}

// broadcastSignOff parses a reporter's sign-off on air: the broadcaster,
// 뉴스 perhaps, and the reporter's name with 입니다 (SBS 박세원입니다.,
// KBS 뉴스 홍길동입니다.). The broadcaster is the org.
func broadcastSignOff(s string) (credit, bool) {
	if !atMost(s, 24) {
		return credit{}, false
	}
	s = strings.TrimRight(s, ".")
	head, ok := strings.CutSuffix(s, "입니다")
	if !ok {
		return credit{}, false
	}
	k := strings.LastIndexByte(head, ' ')
	if k <= 0 {
		return credit{}, false
	}
	org, name := trimSpace(head[:k]), head[k+1:]
	org = trimSpace(strings.TrimSuffix(org, "뉴스"))
	if !koreanBroadcaster(org) || name == "뉴스" || !isHangulWord(name) || !atMost(name, 4) || len(name) < 2*3 {
		return credit{}, false
	}
	return credit{org: org, names: []string{name}}, true
}

// crewRoleEnds end the roles a Korean broadcast report credits its crew
// with (영상취재, 영상편집, 그래픽, VJ).
var crewRoleEnds = []string{"취재", "편집", "촬영", "촬영기자", "그래픽", "디자인", "구성", "자막뉴스", "VJ"}

// crewCredit parses the inside of a Korean broadcast report's crew
// credit: roles and names with colons, parted by commas, 영상취재 :
// 김민철, 영상편집 : 이승희 (촬영기자 : 박준호), or by slashes, as KBS
// sets it on a line of its own with no brackets, 촬영기자:이호/영상편집:최정연.
func crewCredit(inner string) (credit, bool) {
	var c credit
	sep := ","
	if !strings.Contains(inner, ",") {
		sep = "/"
	}
	spaced := 0 // parts with no colon (crewSpacedPart)
	for part := range strings.SplitSeq(inner, sep) {
		role, name, ok := strings.Cut(part, ":")
		if !ok {
			if role, name, ok = crewSpacedPart(part); !ok {
				return credit{}, false
			}
			spaced++
		}
		role, name = trimSpace(role), trimSpace(name)
		if !hasAnySuffix(role, crewRoleEnds) || !atMost(role, 8) || !isHangulWord(name) || !atMost(name, 4) || len(name) < 2*3 {
			return credit{}, false
		}
		c.roles = append(c.roles, role)
		c.names = append(c.names, name)
	}
	// (A role and a name parted by a space alone say less than a colon:
	// alone, [취재 후기] would be one. Two of them, or a role of the
	// video desk's, 영상취재 정민호, say a crew.)
	if spaced > 0 && len(c.names) < 2 && !strings.HasPrefix(c.roles[0], "영상") {
		return credit{}, false
	}
	return c, len(c.names) > 0
}

// crewSpacedPart splits a part of a crew credit with no colon, as JTBC
// sets it in square brackets at the story's foot, [영상취재 정민호 /
// 영상편집 이지은 / 영상디자인 한서연]: the role, one word, and the name
// after one space, nothing more.
func crewSpacedPart(part string) (role, name string, ok bool) {
	role, name, ok = strings.Cut(trimSpace(part), " ")
	if !ok || strings.IndexByte(name, ' ') >= 0 {
		return "", "", false
	}
	return role, name, true
}

// koreanCallCues are what a Korean site's calls to subscribe, send a tip
// or click say.
var koreanCallCues = []string{"구독하세요", "구독해주세요", "제보하기", "제보 하기", "제보 [클릭", "제보[클릭", "[클릭!]", "채널 추가", "원문보기",
	"전화 :", "전화:", "이메일 :", "이메일:", "당신의 제보가"}

// koreanCallFirst reports the marks a Korean site's calls open with.
func koreanCallFirst(r rune) bool {
	return r == '▶' || r == '*' || r == '☞' || r == '▷' || r == '※' || r == '▣' || r == '◇'
}

// koreanCallLine reports a line that is a Korean site's call (its
// first rune asked first): splitBlock keeps each call a unit of its own,
// as the lines of KBS's tip box are, one under another with no blank
// line (▣ 제보 하기 / ◇ 카카오톡 : 'KBS제보' 검색, 채널 추가 / ◇ 전화 : …).
func koreanCallLine(s string) bool {
	r, _ := firstRune(s)
	if r == '[' || r == '［' {
		return koreanTipContact(s) // [전화] 02-398-8585 (kotipbox.go)
	}
	if koreanTipMark(r) && koreanTipChannelLine(s) {
		return true // ▷ 전화 02-784-4000, ▷ 카카오톡 @mbc제보 (kotipbox.go)
	}
	if koreanTipSlogan(s) {
		return true // ※CBS노컷뉴스는 여러분의 제보로 함께 세상을 바꿉니다. … (kotipbox.go)
	}
	return koreanCallFirst(r) && koreanCall(s)
}

// koreanCall reports a Korean site's call to subscribe or send a tip
// under a story: ▶ 네이버에서 SBS 뉴스를 구독하세요!, * 제보하기: …, and
// KBS's ▣ KBS 기사 원문보기 : http…, ▣ 제보 하기, ◇ 전화 : 02-781-1234
// (a tip line's phone or address after its mark, not a head's ◇).
func koreanCall(s string) bool {
	if !atMost(s, 80) {
		return false
	}
	for _, c := range koreanCallCues {
		if strings.Contains(s, c) {
			return true
		}
	}
	return false
}

// koreanProgramNames name Korean broadcasters' news programs that a
// report's web copy names under its time stamps (뉴스광장, 뉴스데스크).
var koreanProgramNames = []string{"뉴스광장", "뉴스데스크", "뉴스투데이", "뉴스룸", "뉴스라인", "뉴스타임", "아침뉴스타임", "뉴스센터", "뉴스특보"}

// koreanProgram reports the news program a Korean broadcast report ran
// in, alone on its line under the report's time stamps on its web copy:
// 뉴스 9, 뉴스9, 8뉴스, KBS 뉴스 9, 뉴스광장. It is the site's furniture
// (noise), not a headline of an article of its own.
func koreanProgram(s string) bool {
	// Every program's name holds 뉴스, and so does every form below: a
	// line without it is spared the search for each broadcaster.
	if !atMost(s, 16) || !strings.Contains(s, "뉴스") {
		return false
	}
	for _, b := range koreanBroadcasters {
		// (Tested in place: b+" " built a string per broadcaster for
		// every short line asked.)
		if len(s) > len(b) && s[len(b)] == ' ' && strings.HasPrefix(s, b) {
			s = s[len(b)+1:]
			break
		}
	}
	if slices.Contains(koreanProgramNames, s) {
		return true
	}
	if rest, ok := strings.CutPrefix(s, "뉴스"); ok {
		rest = strings.TrimPrefix(rest, " ")
		return rest != "" && len(rest) <= 4 && allDigits(rest) // 뉴스 9, 뉴스12
	}
	if head, ok := strings.CutSuffix(s, "뉴스"); ok {
		head = strings.TrimSuffix(head, " ")
		return head != "" && len(head) <= 4 && allDigits(head) // 8뉴스
	}
	return false
}
