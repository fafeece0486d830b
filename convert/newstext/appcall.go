package newstext

import (
	"strings"
	"unicode/utf8"
)

// A mainland site's page ends with calls to open or install its app and
// what the app gives (打开界面新闻APP，查看原文 / 打开APP，查看更多评论,
// 下载澎湃新闻客户端，阅读全文): the site's furniture, as its buttons are
// (webchrome.go), though the comma between the call and what it offers
// makes such a line look like a clause of prose to webChrome. Often the
// site's name stands alone among them (界面新闻), its logo's text. A call
// opens with its verb and names the app (the site's name before APP or
// 客户端 optional) to end its first clause; what follows is one or two
// short clauses and no sentence. Prose that opens so (打开APP后，用户可以
// 在首页看到…。) goes on after the app word or ends a sentence.

// appCallVerbs open a call to a site's app.
var appCallVerbs = []string{
	"打开", "打開", "下载", "下載", "安装", "安裝", "点击下载", "點擊下載", "点击打开", "點擊打開",
	"立即下载", "立即下載", "立即打开", "立即打開", "前往", "进入", "進入",
}

// appCallWords end a call's first clause: the app it calls readers to.
var appCallWords = []string{"APP", "App", "app", "客户端", "客戶端"}

// appCallFirst reports the first runes of appCallVerbs: no other line is
// read as a call.
func appCallFirst(r rune) bool {
	switch r {
	case '打', '下', '安', '点', '點', '立', '前', '进', '進':
		return true
	}
	return false
}

// appCall reports a line calling readers to a site's app (see above).
func appCall(s string) bool {
	_, ok := appCallBrand(s)
	return ok
}

// appCallBrand returns the site's name a call to its app holds between its
// verb and the app (界面新闻 in 打开界面新闻APP，查看原文; "" in 打开APP，
// …), and whether s is such a call.
func appCallBrand(s string) (string, bool) {
	if !atMost(s, 40) || strings.Contains(s, "。") {
		return "", false
	}
	verb := ""
	for _, v := range appCallVerbs {
		if strings.HasPrefix(s, v) && len(v) > len(verb) {
			verb = v
		}
	}
	if verb == "" {
		return "", false
	}
	after := s[len(verb):]
	at, app := -1, ""
	for _, w := range appCallWords {
		if k := strings.Index(after, w); k >= 0 && (at < 0 || k < at) {
			at, app = k, w
		}
	}
	if at < 0 {
		at, app = newsAppCall(after)
		if at < 0 {
			return "", false
		}
	}
	brand, rest := trimSpace(after[:at]), after[at+len(app):]
	if brand != "" && !(atMost(brand, 10) && isOrg(brand)) {
		return "", false
	}
	// The first clause ends with the app: a comma or a space after it, or
	// the line's end.
	if rest != "" {
		r, w := firstRune(rest)
		if !(r == '，' || r == ',' || isSpace(r)) {
			return "", false
		}
		rest = trimSpace(rest[w:])
	}
	// What the app gives: at most two short clauses.
	for n := 0; rest != ""; n++ {
		var c string
		c, rest = cutClause(rest)
		c = strings.TrimRight(c, "！!…>›》 ")
		if n == 2 || utf8.RuneCountInString(c) > 12 {
			return "", false
		}
	}
	return brand, true
}

// cutClause splits s at its first comma or space: the clause before it
// and the text after it.
func cutClause(s string) (clause, rest string) {
	for i, r := range s {
		if r == '，' || r == ',' || isSpace(r) {
			_, w := firstRune(s[i:])
			return s[:i], trimSpace(s[i+w:])
		}
	}
	return s, ""
}

// markSiteBrand makes noise of the site's name alone on its line beside
// the site's furniture at a page's foot (界面新闻 between 打开界面新闻APP，
// 查看原文 and 打开APP，查看更多评论): the text of its logo, which a call
// to its app names. A name the page's furniture does not name stays text.
func (b *builder) markSiteBrand() {
	us := b.units
	for i := range us {
		u := &us[i]
		if u.kind != uText || u.line != u.lastLine || !atMost(u.text, 10) || !isOrg(u.text) {
			continue
		}
		if brandBeside(us, i-1, u.text) || brandBeside(us, i+1, u.text) {
			u.kind, u.noise, u.summed = uNoise, noiseChrome, false
		}
	}
}

// brandBeside reports unit j a call to the site's app that names brand.
func brandBeside(us []unit, j int, brand string) bool {
	if j < 0 || j >= len(us) || us[j].kind != uNoise || us[j].noise != noiseChrome {
		return false
	}
	b, ok := appCallBrand(us[j].text)
	return ok && b == brand
}

// A call may name the app by the site's name alone, with no APP after it
// (网易: 打开网易新闻 查看精彩图片, where the story's photo stood): the
// name of a news app ends in 新闻 or 新聞 (网易新闻, 腾讯新闻, 澎湃新闻),
// and the call then says what the app shows (查看, 阅读, 观看 …), which a
// line of prose opening 打开…新闻 (打开新闻联播，…) does not.

// newsAppGives open what a call naming a news app by its name gives.
var newsAppGives = []string{"查看", "阅读", "閱讀", "观看", "觀看", "浏览", "瀏覽", "看更多", "看精彩", "看全文", "看原文", "看视频", "看影片"}

// newsAppCall finds in after, the call's text after its verb, a news app
// named by its name alone and what it gives (see above): where the name's
// 新闻 or 新聞 stands and that word, as appCallBrand reads an app word;
// -1 if there is none.
func newsAppCall(after string) (int, string) {
	name, gives := cutClause(after)
	if gives == "" || !atMost(name, 10) {
		return -1, ""
	}
	word := ""
	for _, w := range []string{"新闻", "新聞"} {
		if strings.HasSuffix(name, w) && len(name) > len(w) {
			word = w
		}
	}
	if word == "" {
		return -1, ""
	}
	for _, g := range newsAppGives {
		if strings.HasPrefix(gives, g) {
			return len(name) - len(word), word
		}
	}
	return -1, ""
}
