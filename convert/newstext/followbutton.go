package newstext

import "slices"

// A platform that carries accounts (今日头条, 百家号, 腾讯新闻's 企鹅号,
// 网易号, 搜狐号, 一点号) sets a follow button by the account's name and
// the post's stamp: 关注, +关注, 已关注 (when the reader follows it
// already), 关注TA (follow him or her); a platform that calls it a
// subscription sets 订阅, +订阅, 已订阅 (网易号, 澎湃号, 大风号). Copied out
// with the story, it stands alone on its line, between the stamp and the
// lead or between the account and the stamp.
// It is the site's furniture: read as a title line, it made a headline
// (or a section head) of its own over the story's text. With its plus
// or its 已 it is a button wherever it stands; bare, 关注 and 订阅 are
// words a column or a section may be named with (关注, 今日关注, 订阅),
// and 关注TA a call a text may print, so bare it is a button only right
// over or under the story's time stamp (markFollowButtons), as a
// platform sets it.

// followButtons are the follow button's forms that no head takes: with
// a plus before it, or saying the reader follows already (or may stop).
var followButtons = []string{
	"+关注", "＋关注", "+ 关注", "＋ 关注", "+關注", "＋關注", "+ 關注", "＋ 關注",
	"已关注", "已關注", "取消关注", "取消關注",
	"+订阅", "＋订阅", "+ 订阅", "＋ 订阅", "+訂閱", "＋訂閱", "+ 訂閱", "＋ 訂閱",
	"已订阅", "已訂閱", "取消订阅", "取消訂閱",
}

// bareFollowButtons are the follow button's bare forms (see above).
var bareFollowButtons = []string{"关注", "關注", "订阅", "訂閱", "关注TA", "關注TA", "关注ta", "關注ta", "关注Ta", "關注Ta"}

// followButton reports a follow button that is one wherever it stands
// (followButtons), alone on its line.
func followButton(s string) bool {
	return len(s) <= len("取消關注") && slices.Contains(followButtons, s)
}

// markFollowButtons makes noise of a bare follow button (关注) alone on
// its line right over or under a time stamp (see above).
func (b *builder) markFollowButtons() {
	us := b.units
	for i := range us {
		u := &us[i]
		if u.kind != uText || u.para || u.verbatim || u.line != u.lastLine || !slices.Contains(bareFollowButtons, u.text) {
			continue
		}
		if i > 0 && isStampNoise(&us[i-1]) || i+1 < len(us) && isStampNoise(&us[i+1]) {
			u.kind, u.noise, u.summed = uNoise, noiseChrome, false
		}
	}
}

// isStampNoise reports a unit that is a web time stamp kept as noise.
func isStampNoise(u *unit) bool {
	return u.kind == uNoise && u.noise == noiseStamp
}

// isFollowNoise reports a unit that is a follow button kept as noise
// (followButton, markFollowButtons).
func isFollowNoise(u *unit) bool {
	return u.kind == uNoise && u.noise == noiseChrome && (followButton(u.text) || slices.Contains(bareFollowButtons, u.text))
}
