package newstext

import "strings"

// A Korean paper's own site runs on one of a few news CMSs (ndsoft's,
// which most regional papers use, and the wires' own, 뉴스1, 뉴시스), and
// each sets its tool buttons under the stamp, one a line when copied:
// 바로가기, 복사하기, 본문 글씨 키우기, 본문 글씨 줄이기, the share
// widget's 페이스북(으)로 기사보내기, URL복사(으)로 기사보내기, 다른 공유
// 찾기, 기사스크랩하기, and other sites' 기사 글씨 크게 / 작게, URL 복사,
// 기사 주소 복사. Their words are composed the same way on every such
// site: what the button acts on (본문, 기사), the letters (글씨, 글자,
// 폰트), what it does to them (키우기, 줄이기, 크게, 작게); or what is
// copied (URL, 주소, 링크) and 복사(하기); or a share target before the
// template's (으)로 and 기사보내기. Read as text, 복사하기 and 본문 글씨
// 줄이기 became section heads that took in the whole story under them
// (blind page ko-jiyeok-web-cms). They are the site's furniture wherever
// they stand (koPortalButtonRow reads them among a portal's buttons).

// koSizeTargets, koSizeNouns and koSizeActions compose a text size
// button: [target] noun action, 본문 글씨 키우기, 글자 크게. Longer forms
// first (cutLongest takes the first that fits). A bare 확대 or 축소 is
// left out: 글자 크기 확대 may be a title's words (kotextsize.go).
var (
	koSizeTargets = []string{"기사 본문", "본문", "기사"}
	koSizeNouns   = []string{"글씨 크기", "글자 크기", "폰트 크기", "글씨크기", "글자크기", "폰트크기", "글씨", "글자", "폰트", "글꼴"}
	koSizeActions = []string{"키우기", "줄이기", "크게 보기", "작게 보기", "크게보기", "작게보기", "크게", "작게", "확대하기", "축소하기"}
)

// koCopyTargets are what a copy button copies: 기사 주소 복사, URL 복사.
var koCopyTargets = []string{"기사 주소", "기사 URL", "기사 링크", "단축 URL", "단축URL", "URL", "주소", "링크", "기사", "본문"}

// koSendButtons are the share widget's buttons without a target, and the
// CMS's other buttons in its wording (ndsoft's 다른 공유 찾기,
// 기사스크랩하기).
var koSendButtons = []string{
	"SNS 기사보내기", "기사보내기", "기사 보내기", "이메일 보내기", "이메일보내기", "메일 보내기", "메일보내기",
	"다른 공유 찾기", "기사스크랩하기", "기사 스크랩하기", "기사공유하기", "기사 공유하기", "기사인쇄", "기사 인쇄", "기사 인쇄하기", "프린트하기",
}

// cutKoCMSButton cuts one Korean CMS button (see above) off the front of
// s and returns what follows it; ok is false when s opens with none. The
// caller checks that a space, a bar or the line's end follows.
func cutKoCMSButton(s string) (after string, ok bool) {
	if rest, ok := cutLongest(s, koSendButtons); ok {
		return rest, true
	}
	// A share target before the template's (으)로: 페이스북(으)로
	// 기사보내기 (no prose writes the particle so). Asked first: the
	// target may be a copy button's words, URL복사(으)로 기사보내기.
	if i := strings.Index(s, "(으)로"); i > 0 && atMost(s[:i], 10) && !hasAnyRune(s[:i], " \t　") {
		t := trimLeftSpace(s[i+len("(으)로"):])
		for _, w := range []string{"기사보내기", "기사 보내기", "보내기"} {
			if rest, ok := strings.CutPrefix(t, w); ok {
				return rest, true
			}
		}
	}
	// [target] noun action: 본문 글씨 키우기, 글자크게.
	t := s
	if rest, ok := cutLongest(t, koSizeTargets); ok {
		t = trimLeftSpace(rest)
	}
	if rest, ok := cutLongest(t, koSizeNouns); ok {
		if rest, ok := cutLongest(trimLeftSpace(rest), koSizeActions); ok {
			return rest, true
		}
	}
	// [target] 복사하기, target 복사: URL 복사, 기사 주소 복사, 복사하기.
	t, target := s, false
	if rest, ok := cutLongest(t, koCopyTargets); ok {
		t, target = trimLeftSpace(rest), true
	}
	if rest, ok := strings.CutPrefix(t, "복사하기"); ok {
		return rest, true
	}
	if rest, ok := strings.CutPrefix(t, "복사"); ok && target {
		return rest, true
	}
	return s, false
}

// cutLongest cuts the longest of ws that opens s.
func cutLongest(s string, ws []string) (rest string, ok bool) {
	best := -1
	for i, w := range ws {
		if strings.HasPrefix(s, w) && (best < 0 || len(w) > len(ws[best])) {
			best = i
		}
	}
	if best < 0 {
		return s, false
	}
	return s[len(ws[best]):], true
}

// trimLeftSpace cuts the spaces that open s.
func trimLeftSpace(s string) string {
	for s != "" {
		r, w := firstRune(s)
		if !isSpace(r) {
			break
		}
		s = s[w:]
	}
	return s
}
