package newstext

import (
	"strings"
	"unicode/utf8"
)

// Sign-offs (落款). A notice, a statement, an open letter or an appeal
// (通知, 声明, 公开信, 倡议书; お知らせ; 성명) ends with its issuer on a
// line of its own, or two or three issuers, and the date under them:
//
//	联系人：王明　电话：023-12345678
//	市工业和信息化局
//	2024年12月3日
//
// Japanese letters and notices often put the date first (令和6年12月3日 /
// 山田市長　山田太郎). Read one by one, the date is an edition date (page
// furniture) and the issuer a short paragraph; together, after the body
// text and with no body text after them, they are the article's
// signature: the issuer becomes a byline and the date its closing
// dateline, both set flush right.

// maxSigners is the most issuer lines a sign-off holds (joint notices).
const maxSigners = 3

// markSignOffs finds the sign-offs among the labelled units and makes
// their issuers bylines and their dates closing datelines.
func (b *builder) markSignOffs(sc *scorer, labels []label) {
	us := sc.us
	for i := range us {
		if !signDateUnit(&us[i], labels[i]) {
			continue
		}
		// Issuers above the date (the Chinese order) or, when none,
		// under it (the Japanese order: the date then stands right
		// under the body text).
		first, last := i, i
		for first > 0 && i-first < maxSigners && signerUnit(&us[first-1], labels[first-1]) {
			first--
		}
		if first == i {
			for last+1 < len(us) && last-i < maxSigners && signerUnit(&us[last+1], labels[last+1]) {
				last++
			}
		}
		if first == last || !textEndsAfter(sc, labels, last) {
			continue
		}
		if first == 0 || !bodyText(&us[first-1], labels[first-1]) {
			continue // a sign-off closes a text; over none it is a letterhead
		}
		for j := first; j <= last; j++ {
			u := &us[j]
			labels[j] = lBody
			if j == i {
				u.kind, u.noise, u.closing, u.signDate, u.lead = uText, "", true, true, leadNone
				continue
			}
			u.kind, u.cr = uByline, creditRef(signerCredit(u.text))
			b.warnParts(u.line, "line above or under the closing date taken as the issuer's signature: ", u.text)
		}
	}
	b.markUndatedIssuers(sc, labels)
}

// markUndatedIssuers finds an issuer that signs a text with no date under
// it: a correction or an apology closed by 本报编辑部, a statement by 市
// 消防救援支队. Only a body that issues notices qualifies (issuerEnd, an
// organisation's name of at most 16 runes), as the last unit of its
// text, right under body text that ends a sentence: a short line there
// that names no body is a last paragraph or a head. (Page furniture
// between the two is passed over: a folio set under the text's last
// line, …委员会 / 0 / 。 / 报编辑部, is written after the paragraph it
// split, once the two halves are joined.) Under a box's last row, a
// form's label and its value (投稿邮箱：… / 截稿日期：…), the issuer signs
// as under a sentence (boxRowEnds). A line a dateline
// leads (本报讯新格局) opens a brief: it names the paper, not an issuer;
// and a line set with the 2em paragraph indent is the text's, as the
// normalized text writes every paragraph (高地新格局 over a jump).
func (b *builder) markUndatedIssuers(sc *scorer, labels []label) {
	us := sc.us
	for i := 1; i < len(us); i++ {
		u := &us[i]
		// (The cheap tests first: this asks of every unit of the page.)
		if len(u.text) > 16*utf8.UTFMax || u.kind != uText || !issuerEnd(u.text) {
			continue
		}
		p := sc.prevContent(i)
		if p < 0 || !bodyText(&us[p], labels[p]) || u.para || !signerUnit(u, labels[i]) || sc.fs[i].dateline || !endsSentence(us[p].text) && !boxRowEnds(sc, p) {
			continue
		}
		t := strings.Join(strings.FieldsFunc(u.text, isSpace), "")
		if !issuerEnd(t) || hasAnySuffix(t, commonWordEnds) || !isOrg(t) || !atMost(t, 16) || utf8.RuneCountInString(t) < 4 || !textEndsAfter(sc, labels, i) {
			continue
		}
		// The text above must hold a paragraph once split: one that is
		// a dateline and a credit (記者 林怡君／台北報導記者 林怡君／台北報導；)
		// is written as those, and no issuer signs under them.
		if !b.anyParagraph(sc, []int{p}) {
			continue
		}
		labels[i] = lBody
		u.kind, u.cr = uByline, creditRef(signerCredit(u.text))
		b.warnParts(u.line, "organisation's name under the last paragraph taken as the issuer's signature: ", u.text)
	}
}

// boxRowEnds reports an information box's row at unit p (截稿日期：
// 2027年1月31日, formrows.go): complete as a sentence is, so the issuer
// of a notice whose text ends with its rows (征稿启事) signs under it.
func boxRowEnds(sc *scorer, p int) bool {
	return sc.fs[p].row && infoRow(sc.us[p].text)
}

// signDateUnit reports a unit that is a date alone: an edition date the
// furniture rules kept as noise, or body text they did not claim (a
// Korean date, a date in Chinese numerals).
func signDateUnit(u *unit, l label) bool {
	if len(u.text) > 64 {
		return false // (a date alone is at most 16 runes and its spaces: most units stop here)
	}
	switch {
	case u.kind == uNoise && u.noise == noiseDate:
	case u.kind == uText && guessable(l) && !u.verbatim:
	default:
		return false
	}
	return isSignDate(u.text)
}

// signerUnit reports a unit that may be an issuer's line: a short line
// of body text with no sentence in it (signOff), no date and no
// dateline.
func signerUnit(u *unit, l label) bool {
	return u.kind == uText && guessable(l) && !u.verbatim && !u.brk && signOff(u.text) && !isSignDate(u.text) && !hasAnyRune(u.text, "：:")
}

// guessable reports a label of unmarked text that a sign-off outweighs:
// body text, or the section heading the grammar makes of a short line
// after a finished paragraph (市发展和改革委员会), which over a date at the
// end of the text is an issuer.
func guessable(l label) bool {
	return l == lBody || l == lHeading
}

// bodyText reports a unit of body text.
func bodyText(u *unit, l label) bool {
	return u.kind == uText && l == lBody
}

// textEndsAfter reports that no body text follows unit i before the next
// article: a headline, a kicker, an article break or the end of the page.
func textEndsAfter(sc *scorer, labels []label, i int) bool {
	for j := i + 1; j < len(sc.us); j++ {
		v := &sc.us[j]
		switch {
		case v.brk || v.kind == uHeadline || labels[j] == lHeadline || labels[j] == lKicker:
			return true
		case v.kind == uText || v.kind == uHeading || v.kind == uNote:
			return false
		}
	}
	return true
}

// isSignDate reports a date written alone, as a sign-off dates its text:
// 2024年12月3日, 二〇二四年十二月三日, 令和6年12月3日, 2024년 12월 3일.
func isSignDate(s string) bool {
	// (A date opens with its number or era; most text is told by its
	// first rune.)
	if r, _ := firstRune(s); !isDigitOrNumeral(r) && r != '令' && r != '平' && !isSpace(r) {
		return false
	}
	s = trimSpace(s)
	if !atMost(s, 16) {
		return false
	}
	if strings.HasPrefix(s, "令和") || strings.HasPrefix(s, "平成") {
		s = s[len("令和"):]
		if r, w := firstRune(s); r == '元' {
			s = "1" + s[w:]
		}
	}
	rest, ok := numberUnit(s, "年", "년")
	if !ok {
		return false
	}
	if rest, ok = numberUnit(rest, "月", "월"); !ok {
		return false
	}
	rest, ok = numberUnit(rest, "日", "일")
	return ok && rest == ""
}

// numberUnit strips a number and then one of the unit words (年 or 년),
// with any spaces around them, from the front of s.
func numberUnit(s, unitWord, koWord string) (string, bool) {
	s = trimSpace(s)
	n := 0
	for n < len(s) {
		r, w := utf8.DecodeRuneInString(s[n:])
		if !isDigitOrNumeral(r) {
			break
		}
		n += w
	}
	if n == 0 {
		return s, false
	}
	rest := trimSpace(s[n:])
	switch {
	case strings.HasPrefix(rest, unitWord):
		return rest[len(unitWord):], true
	case strings.HasPrefix(rest, koWord):
		return rest[len(koWord):], true
	}
	return s, false
}

// signerCredit reads an issuer's line: an organisation (市工业和信息化局,
// 大和商事株式会社), a person's name, or an office and the name holding it
// (山田市長　山田太郎, 总经理 李明).
func signerCredit(s string) credit {
	toks := strings.FieldsFunc(s, isSpace)
	if len(toks) > 1 && (isName(toks[len(toks)-1]) || isJapaneseName(toks[len(toks)-1])) {
		return credit{org: strings.Join(toks[:len(toks)-1], " "), names: toks[len(toks)-1:]}
	}
	t := strings.Join(toks, "")
	if isName(t) && !issuerEnd(t) {
		return credit{names: []string{t}}
	}
	return credit{org: t}
}

// commonWordEnds are words that end as an issuing body's name does
// (issuerEnd) but name no body: 新格局 is a phrase, not a 局, 全社会 no
// 社, 稳步前行 no 行. A short line ending in one under a story's last
// paragraph is a title of what follows or a line of text, never its
// signature. Only words no body's name ends in are listed: a bureau of
// innovation ends in 新局 (深圳市科技创新局), a coach station in 车站,
// a park in 乐园 (香港迪士尼樂園), a ride-hailing firm in 出行, and
// 俱乐部, 学会, 当局, 集团, 银行 stay issuers.
var commonWordEnds = []string{
	"格局", "布局", "结局", "大局", "全局", "时局", "变局", "开局", "困局", "僵局", "棋局", "骗局", "残局", "饭局", "佈局", "結局", "變局",
	"全部", "内部", "內部", "外部", "局部", "干部", "幹部", "头部", "頭部", "底部", "顶部", "頂部",
	"机会", "機會", "社会", "社會", "聚会", "聚會", "约会", "約會", "宴会", "宴會", "舞会", "舞會", "体会", "體會", "误会", "誤會", "领会", "領會",
	"场所", "場所", "住所", "厕所",
	"好处", "好處", "到处", "到處", "益处", "益處", "长处", "長處", "难处", "難處", "深处", "深處", "远处", "遠處", "此处", "此處", "各处", "各處", "何处", "何處",
	"举办", "舉辦", "主办", "主辦", "承办", "承辦", "协办", "協辦", "怎么办", "怎麼辦",
	"官司", "谜团", "謎團", "疑团", "疑團",
	"排队", "排隊", "站队", "站隊",
	"进行", "進行", "举行", "舉行", "执行", "執行", "运行", "運行", "流行", "可行", "前行", "步行", "实行", "實行", "施行", "推行", "履行", "盛行", "践行", "踐行", "远行", "遠行",
	"部署", "签署", "簽署", "妥协", "妥協",
}

// issuerEnd reports a name ending as a body that issues notices does:
// 局, 委员会, 政府, 公司, 协会 … (a person's name of 2–4 Han may end in
// none of them: 市政府 is no one's name).
func issuerEnd(s string) bool {
	r, _ := decodeLast(s)
	return strings.ContainsRune("局部委会會府院所厅廳处處办辦司社团團组組队隊校园園馆館行署室站厂廠盟联聯协協", r)
}
