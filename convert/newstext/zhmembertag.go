package newstext

import "strings"

// A Chinese news site marks a story kept for its subscribers with a tag
// over the headline, as it marks a Japanese one ([有料会員限定],
// jaweb.go): 联合早报 sets 订户专享, 星洲日报 会员专享, 端傳媒 會員專享,
// others 付费内容 or [VIP专享]. The tag is the site's, noise, not the
// story's kicker: it says who may read the story, not what it is about.

// zhMemberWho are who may read a tagged story; zhMemberOnly say it is
// theirs alone.
var (
	zhMemberWho  = []string{"订户", "訂戶", "会员", "會員", "订阅", "訂閱", "付费会员", "付費會員", "订阅会员", "訂閱會員", "付费", "付費", "VIP"}
	zhMemberOnly = []string{"专享", "專享", "专属", "專屬", "独享", "獨享", "限定"}
)

// zhPaidTags are the tags that say the story is paid for, not whose it
// is: 付费内容, 付費閱讀.
var zhPaidTags = []string{"付费内容", "付費內容", "付费阅读", "付費閱讀", "付费文章", "付費文章"}

// zhMemberTag reports a Chinese site's tag of a story kept for its
// subscribers alone on its line, bare or in square or lenticular
// brackets: 订户专享, 會員專屬, 【会员专享】, [VIP专享], 付费内容. Only
// the whole tag: 会员专享优惠 or 付费阅读成趋势 is a title, 专享 or
// 会员 alone a word.
func zhMemberTag(s string) bool {
	if len(s) < 9 || len(s) > 40 {
		return false
	}
	r, _ := firstRune(s)
	if !strings.ContainsRune("订訂会會付V[［【", r) {
		return false
	}
	if r == '[' || r == '［' || r == '【' {
		inner, end, ok := leadingBracket(s)
		if !ok || end != len(s) {
			return false
		}
		s = inner
	}
	for _, t := range zhPaidTags {
		if s == t {
			return true
		}
	}
	for _, w := range zhMemberWho {
		if rest, ok := strings.CutPrefix(s, w); ok {
			for _, o := range zhMemberOnly {
				if rest == o {
					return true
				}
			}
		}
	}
	return false
}

// zhMemberTagLast reports the runes a bare zhMemberTag ends with (享 属
// 屬 定 容 讀 读 章), which the gate asks of a short line.
func zhMemberTagLast(r rune) bool {
	switch r {
	case '享', '属', '屬', '定', '容', '读', '讀', '章':
		return true
	}
	return false
}

// keepZhMemberCrossheads gives back to the text a subscriber tag that
// stands between two paragraphs of body text: there 付费内容 or 会员专享
// is a crosshead over a part of a story about paid content, not the
// site's tag, which stands over the headline, at the page's top or
// beside the site's furniture.
func (b *builder) keepZhMemberCrossheads() {
	us := b.units
	for i := 1; i+1 < len(us); i++ {
		u := &us[i]
		if u.kind != uNoise || u.noise != noiseChrome || !zhMemberTag(u.text) {
			continue
		}
		if bodyParagraph(&us[i-1]) && bodyParagraph(&us[i+1]) {
			u.kind, u.noise, u.summed = uText, "", false
		}
	}
}

// bodyParagraph reports a unit of body text: text that ends a sentence.
func bodyParagraph(u *unit) bool {
	return u.kind == uText && endsSentence(u.text)
}
