package newstext

import "strings"

// A Japanese site words its share buttons as a phrase: the service, the
// particle and what the button does, X（旧ツイッター）でシェア,
// Facebookでシェア, LINEで送る, はてなブックマークに追加, メールで送る,
// Threadsでポスト, 𝕏でポストする. Copied with the story they stand alone
// one a line under the stamp (or several on one line), where they look
// like a short title: the first became the headline of a second article
// that took the whole story, the others its subheadlines. They are the
// site's chrome, noise. The service is a Latin name (X, LINE, Ｘ,
// Facebook), perhaps with its former name in brackets after it, or one
// of the few services sites name in kana (ツイッター, はてブ, メール);
// the action is one of jaShareActions, ending the line. A phrase with
// another noun before the particle (みんなでシェア, 家族で共有,
// ドローンで送る) or more words after the action (Xでシェアされた動画,
// LINEで送る年賀状) is text.
//
// Two or more buttons on a line are chrome wherever they stand
// (noiseKindSum). One alone is worded as a how-to's head may be (ＬＩＮＥで
// 送る over how to send a New Year card by LINE): it is chrome only by
// its neighbours (markJaShareButtons), in a run of such lines, right
// under the story's time stamp, beside a line of the site's buttons, or
// last on the page (nothing but noise under it: there is no text for it
// to head); between paragraphs it is left to the title rules.

// jaShareServices are the services a site names in kana on its share
// buttons.
var jaShareServices = []string{"はてなブックマーク", "はてブ", "はてな", "ツイッター", "フェイスブック", "ライン", "インスタグラム", "スレッズ", "ポケット", "ミクシィ", "メール"}

// jaShareActions are a share button's particle and verb, longest first
// where one holds another.
var jaShareActions = []string{
	"でシェアする", "でシェア", "にシェア", "で送る", "に送る", "で送信", "で共有する", "で共有",
	"でポストする", "でポスト", "にポスト", "でツイートする", "でツイート", "でつぶやく", "に投稿する", "に投稿", "で投稿",
	"に追加する", "に追加", "に保存する", "に保存", "でブックマーク", "にブックマーク",
}

// jaCopyButtons are the button that copies the story's link, naming no
// service: beside share buttons (on their line or in their run, under the
// stamp) it is one of them; alone between a print story's paragraphs
// (URLをコピー as a how-to's step) it is left to the text.
var jaCopyButtons = []string{"URLをコピー", "ＵＲＬをコピー", "リンクをコピー", "URLコピー", "リンクコピー"}

// jaShareEnd reports a line ending as a share button may: in a rune of
// jaShareLast, or in コピー (jaCopyButtons; the gate lets such a line
// through by its ピ, a chrome key).
func jaShareEnd(s string) bool {
	last := lastRune(s)
	return jaShareLast(last) || last == 'ー' && strings.HasSuffix(s, "コピー")
}

// jaShareLast reports the runes a share button's label ends with (the
// gate and noiseKindSum ask it first).
func jaShareLast(r rune) bool {
	switch r {
	case 'ア', 'る', '信', '有', 'ト', 'く', '稿', '加', '存', 'ク':
		return true
	}
	return false
}

// jaShareButton reports one or more of a Japanese site's share buttons
// worded as phrases (see above), parted by spaces or bars.
func jaShareButton(s string) bool { return jaShareButtons(s) > 0 }

// jaShareButtons counts the share buttons worded as phrases that make up
// s, parted by spaces or bars: 0 if anything else is on the line.
func jaShareButtons(s string) int {
	if !atMost(s, 48) {
		return 0
	}
	n := 0
	for s != "" {
		if c := copyButtonPrefix(s); c > 0 {
			n++ // URLをコピー (jaCopyButtons)
			s = strings.TrimLeft(s[c:], " 　|｜")
			continue
		}
		rest, ok := cutShareService(s)
		if !ok {
			return 0
		}
		action := ""
		for _, a := range jaShareActions {
			if strings.HasPrefix(rest, a) {
				action = a
				break
			}
		}
		if action == "" {
			return 0
		}
		n++
		s = strings.TrimLeft(rest[len(action):], " 　|｜")
	}
	return n
}

// copyButtonPrefix returns the length of the copy button (jaCopyButtons)
// s opens with, followed by its end or a space or bar, or 0.
func copyButtonPrefix(s string) int {
	if r, _ := firstRune(s); r != 'U' && r != 'Ｕ' && r != 'リ' {
		return 0
	}
	for _, c := range jaCopyButtons {
		if strings.HasPrefix(s, c) {
			if r, _ := firstRune(s[len(c):]); s[len(c):] == "" || strings.ContainsRune(" 　|｜", r) {
				return len(c)
			}
		}
	}
	return 0
}

// markJaShareButtons makes noise of a share button worded as a phrase
// alone on its line (see above) in a run of two or more such lines, right
// under the story's time stamp, or right beside a line of the site's
// buttons (chrome noise that webChrome or jaShareButtons reads), or
// with nothing but noise under it to the page's end.
func (b *builder) markJaShareButtons() {
	us := b.units
	one := func(i int) bool {
		u := &us[i]
		return u.kind == uText && !u.para && !u.verbatim && u.line == u.lastLine && jaShareEnd(u.text) && jaShareButtons(u.text) == 1
	}
	buttons := func(i int) bool {
		u := &us[i]
		return u.kind == uNoise && u.noise == noiseChrome && (jaShareButton(u.text) || webChrome(u.text))
	}
	for i := 0; i < len(us); {
		if !one(i) {
			i++
			continue
		}
		j := i + 1
		for j < len(us) && one(j) {
			j++
		}
		if j-i >= 2 || i > 0 && (us[i-1].kind == uNoise && us[i-1].noise == noiseStamp || buttons(i-1)) || j < len(us) && buttons(j) || onlyNoiseFrom(us, j) {
			for k := i; k < j; k++ {
				us[k].kind, us[k].noise, us[k].summed = uNoise, noiseChrome, false
			}
		}
		i = j
	}
}

// onlyNoiseFrom reports that no unit from i to the page's end is
// anything but noise: a share button there closes the page, with no
// text under it to head.
func onlyNoiseFrom(us []unit, i int) bool {
	for ; i < len(us); i++ {
		if us[i].kind != uNoise {
			return false
		}
	}
	return true
}

// cutShareService cuts a share button's service off s's front: a Latin
// name (ASCII or full-width letters and digits, 𝕏, with a ! or . inside)
// or one of jaShareServices, and the bracket after it, which names the
// service's former name (（旧ツイッター）, (旧Twitter), （Twitter）).
func cutShareService(s string) (string, bool) {
	i := 0
	for i < len(s) {
		r, w := runeAt(s, i)
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r >= 'ａ' && r <= 'ｚ' || r >= 'Ａ' && r <= 'Ｚ' || r == '𝕏' || i > 0 && (r == '!' || r == '.')) {
			break
		}
		i += w
	}
	if i == 0 {
		for _, name := range jaShareServices {
			if strings.HasPrefix(s, name) {
				i = len(name)
				break
			}
		}
	}
	if i == 0 || !atMost(s[:i], 16) {
		return "", false
	}
	rest := s[i:]
	if t := strings.TrimLeft(rest, " "); strings.HasPrefix(t, "(") || strings.HasPrefix(t, "（") {
		in, end, ok := leadingBracket(t)
		if !ok || in == "" || !atMost(in, 12) || hasAnyRune(in, "。、，,") {
			return "", false
		}
		rest = t[end:]
	}
	return strings.TrimLeft(rest, " "), true
}
