package newstext

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// label is what the article grammar assigns to a unit. Units whose kind
// the first pass settled (a byline, a caption, noise …) can only be
// lBody, which keeps that kind; body text can be any label.
type label uint8

const (
	lBody     label = iota // the unit keeps its first-pass kind: paragraph, byline, caption …
	lKicker                // 引题 above a headline
	lHeadline              // 主题: starts an article
	lSubhead               // 副题 under a headline
	lHeading               // 小标题: opens a section
	nLabels
)

func (l label) String() string {
	return [...]string{"body", "kicker", "headline", "subheadline", "heading"}[l]
}

// impossible scores a label a unit cannot take.
const impossible = -1 << 20

// unmarkedPenalty is what promoting an unmarked line costs on a page that
// marks that kind of line: enough that no context outweighs it.
const unmarkedPenalty = 1000

// scorer scores the labels of the units of a page.
type scorer struct {
	us    []unit
	fs    []feats
	marks pageMarks
	lang  string
	// textBefore[i] reports body text or a title before unit i.
	textBefore []bool
	// lines are the page's source lines (the builder's), which tell
	// whether a unit's first line was indented (indented).
	lines []srcLine
	// verse are the lines of a poem's stanzas (markVerse's b.verse,
	// sorted), pieceTitles the units that are a 副刊 piece's title over
	// its marked author (markMarkedAuthors): piecetitle.go, poemend.go.
	verse, pieceTitles []int
	// why collects the reasons of one scoring when explaining; nil
	// otherwise, so that the hot path formats nothing.
	why *[]string
}

func (sc *scorer) note(format string, args ...any) {
	if sc.why != nil {
		*sc.why = append(*sc.why, fmt.Sprintf(format, args...))
	}
}

// add adds v to *s with a reason.
func (sc *scorer) add(s *int, v int, reason string) {
	*s += v
	if sc.why != nil {
		sign := "+"
		if v < 0 {
			sign = ""
		}
		*sc.why = append(*sc.why, reason+" "+sign+strconv.Itoa(v))
	}
}

// addParts is add with the reason in parts, joined only when explaining:
// scoring builds no string otherwise.
func (sc *scorer) addParts(s *int, v int, parts ...string) {
	if sc.why == nil {
		*s += v
		return
	}
	sc.add(s, v, strings.Join(parts, ""))
}

// fixedLabel returns the only label a unit can take, if its first pass
// settled it.
func fixedLabel(u *unit) (label, bool) {
	switch u.kind {
	case uHeadline:
		return lHeadline, true
	case uHeading:
		return lHeading, true
	case uSubhead:
		return lSubhead, true
	case uText:
		return 0, false
	}
	return lBody, true
}

// prevContent returns the index of the nearest unit before i that is not
// noise, or -1.
func (sc *scorer) prevContent(i int) int {
	for j := i - 1; j >= 0; j-- {
		if sc.us[j].kind != uNoise || sc.fs[j].endMark {
			return j
		}
	}
	return -1
}

// nextContent returns the index of the nearest unit after i that is not
// noise, or len(us).
func (sc *scorer) nextContent(i int) int {
	for j := i + 1; j < len(sc.us); j++ {
		if sc.us[j].kind != uNoise {
			return j
		}
	}
	return len(sc.us)
}

// beforeTitles returns the nearest unit before i (skipping noise and up
// to three title-like lines, which would be kickers) that cannot be a
// title line, or -1. A marked box's last row (●談判周期：每年一次) is no
// kicker: the walk stops there (markedboxrows.go).
func (sc *scorer) beforeTitles(i int) int {
	j := sc.prevContent(i)
	for n := 0; n < 3 && j >= 0 && sc.us[j].kind == uText && sc.fs[j].title && !sc.markedBoxEnd(j); n++ {
		j = sc.prevContent(j)
	}
	return j
}

// afterTitles returns the first unit after i (skipping noise) that
// cannot be a title line: what a header block starting at i leads into.
func (sc *scorer) afterTitles(i int) int {
	j := sc.nextContent(i)
	for n := 0; n < 3 && j < len(sc.us) && sc.us[j].kind == uText && sc.fs[j].title && !sc.fs[j].row && sc.fs[j].headMark == ""; n++ {
		j = sc.nextContent(j)
	}
	// A photo or a media prompt may stand between a headline and its
	// text, and so may an editor's note (【编者的话】) on the story, and a
	// table's legend on the table under its title (jalegend.go).
	for n := 0; n < 2 && j < len(sc.us) && (sc.us[j].kind == uCaption || sc.us[j].kind == uNote && (isEditorsNote(sc.us[j].text) || tableLegend(sc.us[j].text))); n++ {
		j = sc.nextContent(j)
	}
	return j
}

// leadsBody reports a unit that opens an article's text: a dateline, a
// byline or a dash subheadline.
func (sc *scorer) leadsBody(j int) bool {
	if j >= len(sc.us) {
		return false
	}
	switch sc.us[j].kind {
	case uByline, uSubhead:
		return true
	case uText:
		return sc.fs[j].dateline
	}
	return false
}

// closesArticle reports a unit after which a new article is likely: a
// byline, an end mark, a jump line, a reprint's note under the text.
func (sc *scorer) closesArticle(j int) bool {
	switch sc.us[j].kind {
	case uByline:
		// A bracketed byline is a trailer. A marked one (■) after a short
		// lead (two paragraphs) is as often the lead's byline, with
		// section heads to follow.
		if r, _ := firstRune(sc.us[j].text); closeFor(r) != 0 {
			return true
		}
		// A reporter's e-mail address is the article's last line (Korean
		// and Singaporean papers): nothing of it follows.
		if strings.IndexByte(sc.us[j].text, '@') >= 0 {
			return true
		}
		// A bare note on the author, 作者是…讲师, is a trailer as its
		// bracketed form is (authornote.go).
		if closingNote(&sc.us[j]) {
			return true
		}
		// Korean papers put the byline at the top or the end, never
		// between a lead and its sections: after body text it ends.
		if sc.lang == "ko" && sc.parasBefore(j, 1) >= 1 {
			return true
		}
		// A Japanese reader's line under the letter's text signs it at
		// its foot: the next letter's title follows (jareader.go).
		// So does one under a work set in short lines, a haiku, a poem,
		// that counts no paragraph: the title line under it, over text,
		// is the next piece's (jachildsig.go).
		if sc.lang == "ja" && (sc.parasBefore(j, 1) >= 1 || sc.titleOverTextAfter(j)) {
			if _, ok := jaReaderSignature(sc.us[j].text); ok {
				return true
			}
		}
		// So does a Hong Kong reader's signature, 沙田　陳志強 (zhreader.go).
		if (sc.lang == "zh-Hant" || sc.lang == "zh-Hans") && sc.parasBefore(j, 1) >= 1 {
			if _, ok := zhReaderSignature(sc.us[j].text); ok {
				return true
			}
		}
		return sc.parasBefore(j, 3) >= 3
	case uJump:
		return true
	case uNote:
		// A reprint's note on where the story first ran, under its text
		// (（本文摘自《今周刊》…）), is the story's last word, as a trailer is.
		return storyEndNote(sc.us[j].text) && sc.parasBefore(j, 1) >= 1
	case uNoise:
		return sc.fs[j].endMark
	case uText:
		return sc.fs[j].closed || sc.reporterCloses(j)
	}
	return false
}

// parasBefore counts the body paragraphs before unit j back to the
// previous title-like line, up to max.
func (sc *scorer) parasBefore(j, max int) int {
	n := 0
	for k := j - 1; k >= 0 && n < max; k-- {
		u := &sc.us[k]
		if u.kind == uHeadline || u.kind == uHeading || u.kind == uText && sc.fs[k].title {
			break
		}
		if u.kind == uText {
			n++
		}
	}
	return n
}

// score returns the score of unit i taking label l (impossible when it
// cannot). Scores are small integers; body text scores 0 as paragraph.
func (sc *scorer) score(i int, l label) int {
	u, f := &sc.us[i], &sc.fs[i]
	if fl, ok := fixedLabel(u); ok {
		if l != fl {
			return impossible
		}
		if sc.why != nil && u.kind != uText {
			sc.note("%s", firstPassReason(u, sc.markedLine(u)))
		}
		return 0
	}
	if l == lBody {
		return 0
	}
	if f.row {
		return impossible
	}
	// A Korean form's row (▲일시: 12월 18일 / 장소: 소극장) is body
	// text, a paragraph, whatever its bullet (kofieldrow.go).
	if sc.lang == "ko" && sc.fieldRowUnit(i) {
		return impossible
	}
	switch l {
	case lHeading:
		return sc.headingScore(i, f)
	case lKicker:
		if !f.title || f.noKicker {
			return impossible
		}
	case lHeadline, lSubhead:
		if !f.title || f.headMark != "" {
			return impossible
		}
	}
	s := 0
	if (l == lHeadline || l == lKicker) && sc.inWireCopy(i) {
		sc.add(&s, -6, "inside a wire copy, before its end mark (完): a head of the copy")
	}
	switch l {
	case lHeadline:
		if sc.marks.headline {
			sc.add(&s, -unmarkedPenalty, `page marks headlines with "# ", this line is unmarked`)
		}
		sc.addParts(&s, -4, "title-like line (", strconv.Itoa(f.runes), " chars, no sentence punctuation)")
		p := sc.beforeTitles(i)
		j0 := sc.afterTitles(i)
		box := f.runes <= 12 && (standingBox(u.text) || sc.lang == "ko" && koUnlistedBox(sc.us, i) || sc.zhWeatherBox(i) || sc.jaMarketBox(i) || sc.zhBookNoticeBox(i) || sc.briefLabelOverEntries(i)) || quotedNotice(u.text)
		n := headlineRunes(u.text, f.runes) // (a story-kind tag, [사설], is no part of it)
		if sc.lang == "ko" {
			n -= strings.Count(u.text, " ") // (Korean parts its words by spaces, which Chinese and Japanese titles lack)
		}
		switch {
		case n > koHeadlineLimit(sc.lang):
			sc.add(&s, -3, "long for a headline")
		case f.runes <= 3 && !sc.shortTitleGroup(i) && !sc.soleTitle(i, p) && !box && !sc.digestLabelOverLeadIns(i, j0):
			sc.add(&s, -2, "very short")
		}
		if box && sc.noticeLabelOverTitle(i) {
			sc.add(&s, -1, "a notice's name over the notice's own longer title: its label, the kicker (noticelabel.go)")
		} else if box {
			sc.add(&s, 6, "the name of a paper's standing box (おくやみ, 人事, 부고): an article of its own")
		}
		if sc.jaInfoBoxTitleUnder(i) {
			sc.add(&s, 6, "a bracketed title under a box's label, over information rows: the box's headline (jainfobox.go)")
		}
		if sc.disclosureTitleAt(i) {
			sc.add(&s, 8, "a listed company's announcement (…的公告) under its issuer's name: a document of its own (disclosure.go)")
		} else if sc.disclosureIssuerAt(i) {
			sc.add(&s, -4, "a company's name over its announcement's title: the kicker (disclosure.go)")
		}
		switch {
		case p < 0 || !sc.textBefore[p+1]:
			sc.add(&s, 3, "opens the page")
		case sc.closesArticle(p):
			sc.addParts(&s, 3, "after the end of an article (", kindName(sc.us[p].kind), ")")
		case box && sc.lang == "ko" && boxEntriesAbove(sc.us, p):
			sc.add(&s, 3, "after the entries of another standing box (게시판 / ▲… / 화촉): the box ends where the next one's name stands (koboxentries.go)")
		case sc.us[p].kind == uCaption && sc.captionInDatedStory(p, j0) && !sc.sourceLeadAt(j0):
			sc.add(&s, -1, "after a caption inside a story that opened with a dateline, over text with none: a head of that story")
		case sc.us[p].kind == uCaption && sc.sourceLeadAt(j0):
			sc.add(&s, 3, "after a caption, over text that opens by naming its source and date (据…12月3日报道，): a new story's lead")
		case sc.us[p].kind == uCaption && sc.captionInSiteStory(p, j0):
			sc.add(&s, -1, "after a caption inside the one story a site's page holds, over text with no dateline: a head of that story")
		case sc.us[p].kind == uCaption && sc.captionInSignedStory(p, j0) && sc.headingTakes(i):
			sc.add(&s, -1, "after a caption inside an undated piece with a head above it, over text running to the piece's one closing note: a head of that piece (storyhead.go)")
		case sc.linksAbove(i):
			sc.add(&s, 3, "after a list of links to other stories, the end of its story")
		case sc.fs[p].item && sc.leadsBody(j0):
			sc.add(&s, 5, "after the titles of a related-reading list (【延伸阅读】), over a dateline: the next story's headline")
		case sc.us[p].kind == uCaption:
			sc.add(&s, 1, "after a caption, which often ends an article")
		case sc.paperTagAbove(i):
			sc.add(&s, 6, "a paper's tag ([동아일보]) alone above it opens its story")
		case sc.lang == "ko" && sc.us[p].kind == uText && sc.fs[p].ended && !sc.fs[p].title && koreanOpinionRubric(u.text):
			sc.add(&s, 3, "an opinion piece's rubric ([사설], [횡설수설/X]) opens its title after a finished paragraph: the next piece (korubric.go)")
		case sc.us[p].kind == uText && !sc.fs[p].ended && !sc.fs[p].title && !closedByTail(sc.us[p].text):
			// (…規劃。（據中央社電）: a sentence and a trailer the reader
			// left in the paragraph is finished, finishedText.)
			sc.add(&s, -5, "the paragraph before it is unfinished")
		}
		if n >= 10 && n <= 30 {
			sc.add(&s, 1, "a headline's length")
		}
		if f.label {
			sc.add(&s, -3, "a series or column label, not a headline")
			if sc.koLabelUnderJump(i) {
				sc.add(&s, 3, "a label alone under a Korean jump line ((관련기사 5면)), over body text: the title of the next story (kojumptitle.go)")
			}
		}
		if f.label && bracketedPostTitle(sc.us, i, sc.lang) {
			sc.add(&s, 6, "a label in 【】 alone opening a page with no title, over its text, no other 【…】 lead-in on the page: the post's title (【警情通报】)")
		}
		if f.label && sc.labelOverMarkedHeads(i) {
			sc.add(&s, 4, "a label alone (〈催し〉) over head-marked sections (◇…), no headline under it to be its kicker: the listing's own headline (markedsections.go)")
		}
		if sc.briefCornerName(i) {
			sc.add(&s, 4, "a column's name alone after the story above signed off, over bulleted briefs (國際拾零 over ◎…): the column's headline, the briefs its sections (briefcorner.go)")
		}
		if sc.rubricOverNext(i) {
			sc.add(&s, -2, "a rubric's length over a title line three times as long: that line's label, not a headline")
		}
		if n := sc.nextContent(i); n < len(sc.us) && sc.us[n].kind == uText && sc.fs[n].title && sc.jaColumnNameOver(i, n) {
			sc.add(&s, -2, "a column's name over its title, the column signed under its text: the kicker, not a headline (jacolumnname.go)")
		}
		if sc.stampUnder(i) && !sc.titleAbove(i) {
			sc.add(&s, 4, "a web time stamp under it dates an article")
		}
		if sc.summaryAbove(i) {
			sc.add(&s, -6, "a point of the summary box (기사내용 요약) over the story: a subheadline")
		}
		if sc.stackedUnder(i, p) && !sc.underAttributed(i) {
			sc.add(&s, 2, "the second of two unmarked title lines after a finished paragraph, over body text: a new article's title group, not two heads")
		}
		if sc.stackedOver(i) {
			sc.add(&s, 1, "the first of two unmarked title lines after a finished paragraph, over body text: a new article's title group, opened by its headline")
		}
		if sc.attributedOver(i) {
			sc.add(&s, 1, "speaks for someone (天文台：…), no kicker, over a second title line: the new article's headline (attributedhead.go)")
		}
		if sc.koreanCommaHeadline(i) {
			sc.add(&s, 3, "a Korean headline's two clauses parted by a comma, alone after a finished paragraph")
		}
		if sc.interviewHead(i) {
			sc.add(&s, -4, "between an interview's answer and its next question (답: … / 문: …): the interview goes on under it, no story opens with its question (qalabel.go)")
		}
		if sc.lang == "ja" && f.spaced && (!f.innerPunct || jaHeadlineCommas(u.text)) && jaPhraseSpaced(u.text) {
			sc.add(&s, 1, "phrases parted by U+3000: a Japanese headline's shape")
		}
		if sc.wireStoryUnder(i) {
			sc.add(&s, 3, "its text closes with a news agency's credit ((共同)) under the paper's own story: the agency's story, under its headline")
		}
		if sc.lang == "ja" && f.runes >= 10 && sc.briefAbove(i) {
			sc.add(&s, 2, "after a brief of one finished paragraph under its title line: the next brief's headline")
		}
		if f.runes >= 10 && sc.koreanBriefAbove(i) {
			sc.add(&s, 2, "alone between blank lines after a brief of one finished paragraph under its title line: the next story's headline (kobrief.go)")
		}
		if f.runes < 10 && sc.briefColumnAbove(i) {
			sc.add(&s, 6, "set where the briefs above set their headlines (a title line over one indented paragraph each, one of them dated or credited): the next brief's headline, however short")
		}
		if sc.briefBoxItem(i) {
			sc.add(&s, 4, "an item of a brief box under its label (新聞速遞, 뉴스 브리핑), a title line over one paragraph like the items above it: a story of its own")
		}
		if sc.pieceTitleOverAuthor(i) && sc.textBefore[i] {
			sc.add(&s, 3, "right over a 副刊 piece's marked author (◆ 叶晓岚): the piece's headline, never a section's head (piecetitle.go)")
		}
		if sc.titleAfterPoem(i) {
			sc.add(&s, 3, "under the last stanza of a poem that is all its piece's text, over prose: a poem has no sections, the next piece's title (poemend.go)")
		}
		if m := sc.markedHeadBefore(i); m != "" && (f.runes >= 8 || sc.shortTitleAfterTable(i)) && sc.fs[sc.prevContent(i)].ended {
			sc.addParts(&s, 2, "the article before it marks its heads with ", m, ": an unmarked title line after its body starts the next")
		}
		j := sc.afterTitles(i)
		switch {
		case sc.photoItem(i):
			sc.add(&s, 6, "only a photo's caption under it before the next title: a photo story (图片新闻) of its own")
		case sc.teaserItem(i):
			sc.add(&s, 6, "only its page pointer under it before the next title: a teaser's item (今日导读), an article of its own (teaseritem.go)")
		case sc.leadsBody(j):
			sc.addParts(&s, 6, "the text under it opens with a ", leadName(sc, j))
		case j >= len(sc.us):
			sc.add(&s, -6, "nothing follows")
		case sc.us[j].kind == uText && (!sc.fs[j].title || sc.fs[j].row):
			sc.add(&s, 3, "body text follows")
		case sc.us[j].kind == uHeading:
			sc.add(&s, 2, "its sections follow")
		case sc.markedSectionAt(j):
			sc.addParts(&s, 2, "its sections follow, headed ", sc.fs[j].headMark, " (まちの話題 over ◇岡谷市◇, markedsections.go)")
		case sc.us[j].kind == uNote && isOriginalTitle(sc.us[j].text):
			sc.add(&s, 6, "the headline it first ran under follows (原标题：)")
		case sc.us[j].kind == uNote && reprintNote(sc.us[j].text):
			sc.add(&s, 3, "a reprint's note on where the story first ran follows (本文摘自…), as its text would")
		}
	case lKicker:
		if sc.marks.headline {
			// takeKickers decides kickers above marked headlines; the
			// grammar only has to agree with it.
			return 0
		}
		sc.add(&s, -1, "title-like line")
		if f.cue != "" {
			sc.addParts(&s, 3, "ends in the cue word ", f.cue)
		}
		if f.label {
			sc.add(&s, 4, "a series or column label")
		}
		if sc.disclosureIssuerAt(i) {
			sc.add(&s, 6, "a company's name over its announcement's title (…的公告): the issuer, its kicker (disclosure.go)")
		}
		if !f.label && sc.briefBoxLabelOver(i) {
			sc.add(&s, 4, "the label of a brief box (简讯, 뉴스 브리핑) over its first item's headline")
		}
		if sc.jaInfoBoxLabel(i) {
			sc.add(&s, 4, "a box's label over its bracketed title and information rows (番組ＰＲ / 「…」 / 放送　…): the kicker (jainfobox.go)")
		}
		if p := sc.prevContent(i); p >= 0 && sc.us[p].kind == uText && sc.fs[p].title && !sc.markedBoxEnd(p) {
			sc.add(&s, -2, "a second kicker line is rare")
		}
		if sc.stackedOver(i) {
			sc.add(&s, 1, "the first of two unmarked title lines after a finished paragraph, over body text: a new article's title group, opened by its kicker")
		}
		if n := sc.nextContent(i); n < len(sc.us) && sc.us[n].kind == uText && sc.fs[n].title {
			if photoRubric(u.text) && sc.photoItem(n) {
				sc.add(&s, 2, "a photo story's rubric (图片新闻) over its title: its kicker (photorubric.go)")
			}
			switch {
			case muchLonger(&sc.fs[n], f):
				sc.add(&s, 2, "the line under it is much longer and unpunctuated: the headline under its kicker")
			case sc.rubricOver(i, n):
				sc.add(&s, 2, "a rubric's length over a title line three times as long: the label over its headline")
			case sc.latinRubricOver(i, n):
				sc.add(&s, 2, "a rubric in Latin capitals over a title in the page's script (INTERVIEW): the kicker (latinrubric.go)")
			case sc.jaColumnNameOver(i, n):
				sc.add(&s, 2, "a column's name over its title, the column signed under its text: the kicker (jacolumnname.go)")
			case sc.lang == "ja" && sc.shoulderLine(i, n):
				sc.add(&s, 2, "the first of three Japanese title lines, no longer than the next: the shoulder (肩) over the main headline and its side line")
			case sc.lang == "ja" || sc.lang == "ko":
				sc.addParts(&s, -2, "kickers are rare in ", sc.lang, ": the first line is the headline")
			case strings.HasPrefix(sc.lang, "zh") && sc.threeDecks(i, n):
				sc.add(&s, 2, "the first of three title lines: the kicker (引題) over the main title (主題) and its subtitle (副題)")
			case sc.lang == "zh-Hant" && hantMainTitle(f, &sc.fs[n], u.text, sc.us[n].text):
				sc.add(&s, -2, "Taiwan and Hong Kong papers set a main title of a headline's length over a no wider or two-phrase subtitle (主標, 副標)")
			case sc.fs[n].dash:
				sc.add(&s, -2, "a dash subheadline follows")
			case sc.attributedDeck(i, n):
				sc.add(&s, -2, "a longer news line over a title speaking for its source (州议员：…): the headline over its subheadline (attributedhead.go)")
			case subheadShape(&sc.fs[n], f):
				sc.add(&s, -1, "the longer, punctuated line under it reads as a subheadline")
			default:
				sc.add(&s, 1, "Chinese default: of two title lines the first is the kicker")
			}
		}
	case lSubhead:
		if sc.marks.headline {
			sc.add(&s, -unmarkedPenalty, `page marks headlines with "# ", and subheadlines with "——"`)
		}
		sc.add(&s, -1, "title-like line")
		if sc.disclosureTitleAt(i) {
			sc.add(&s, -6, "a listed company's announcement title under its issuer's name is the headline (disclosure.go)")
		}
		switch p := sc.prevContent(i); {
		case f.dash:
			sc.add(&s, 8, "opens with a dash ——")
		case sc.summaryAbove(i):
			sc.add(&s, 4, "a point of the summary box (기사내용 요약) under the headline")
		case p >= 0 && sc.us[p].kind == uText && sc.fs[p].title && sc.attributedDeck(p, i):
			sc.add(&s, 2, "speaks for its source under a longer news line: its subheadline (attributedhead.go)")
		case sc.underAttributed(i):
			sc.add(&s, 2, "under a title that speaks for someone (天文台：…) after a finished paragraph, over body text: its subheadline (attributedhead.go)")
		case p >= 0 && muchLonger(f, &sc.fs[p]):
			sc.add(&s, 1, "much longer than the line above")
		case sc.lang == "ja" || sc.lang == "ko":
			sc.addParts(&s, 2, "second title line (", sc.lang, ")")
		case sc.lang == "zh-Hant" && p >= 0 && sc.us[p].kind == uText && sc.fs[p].title && hantMainTitle(&sc.fs[p], f, sc.us[p].text, u.text) && !sc.threeDecks(p, i):
			sc.add(&s, 2, "under a main title of a headline's length, no wider or in two phrases: its subtitle (主標, 副標)")
		case p >= 0 && subheadShape(f, &sc.fs[p]):
			sc.add(&s, 3, "longer than the line above, with inner punctuation")
		case attributedTitle(sc.us[i].text):
			sc.add(&s, 2, "speaks for someone (天文台：…), as subheadlines do")
		case p >= 0 && f.runes > sc.fs[p].runes:
			sc.add(&s, 1, "longer than the line above")
		}
	}
	return s
}

// headingScore scores a section head.
// photoItem reports a title line i over a caption and nothing else up
// to the next title line or the page's end: a photo story (图片新闻,
// 写真ニュース) of a briefs page, an article of its own.
func (sc *scorer) photoItem(i int) bool {
	c := sc.nextContent(i)
	if c >= len(sc.us) || sc.us[c].kind != uCaption {
		return false
	}
	n := sc.nextContent(c)
	return n >= len(sc.us) || sc.us[n].kind == uHeadline || sc.us[n].kind == uText && sc.fs[n].title && !sc.fs[n].row && sc.fs[n].headMark == ""
}

// captionInDatedStory reports a caption p set inside a story whose text
// opened with a dateline (南都讯 …), where the text at j, under the title
// line after the caption, opens with none: on such a Chinese page every
// story opens with its dateline, so that title line is a head of the
// story above (小标题), not the headline of a new one. A head marked as
// the story's are (■ 价格：按年龄享阶梯补贴) is crossed: it parts the
// story, it opens none.
func (sc *scorer) captionInDatedStory(p, j int) bool {
	if !strings.HasPrefix(sc.lang, "zh") || sc.leadsBody(j) {
		return false // (Japanese papers end a story with its photo: 写真は…撮影 / next headline)
	}
	crossed := false
	for k, n := p-1, 0; k >= 0 && n < 12; k, n = k-1, n+1 {
		switch u := &sc.us[k]; {
		case u.kind == uText && sc.fs[k].dateline:
			return true
		case u.kind == uText && sc.fs[k].title && !crossed && sc.headOverUndated(k) && (sc.closedOnce(j) || sc.nextStoryDated(j)):
			crossed = true // a head of the same story above (storyhead.go)
		case u.kind == uText && sc.fs[k].headMark != "" && sc.fs[k].title && !sc.fs[k].dateline:
			// (■ 价格：…, a marked head of the story)
		case u.kind == uHeadline, u.kind == uText && sc.fs[k].title, sc.closesArticle(k):
			return false
		}
	}
	return false
}

// soleTitle reports a short title line that opens the page (p, the unit
// before its title group, stands before any text) with body text right
// under it: a column's name (潮騒抄) or a document's (倡议书), the page's
// only title. Furniture above it counts as nothing: a dated folio opens
// most printed pages (２０２６年（令和８年）１２月８日　火曜日 / 湖光抄).
func (sc *scorer) soleTitle(i, p int) bool {
	if sc.prevContent(i) != p || p >= 0 && sc.textBefore[p+1] || i+1 >= len(sc.us) {
		return false
	}
	n := &sc.us[i+1]
	return n.kind == uText && !sc.fs[i+1].title
}

// standingBoxes name the standing boxes of a local paper's page, each an
// article of its own under its name: deaths, appointments, the weather.
var standingBoxes = []string{
	"おくやみ", "お悔やみ", "訃報", "人事", "人事異動", "天気", "きょうの催し", "催し", "おわびと訂正", "訂正とおわび", "訂正",
	"讣告", "訃告", "人事任免", "任免", "天气预报", "天氣預報",
	"부고", "부음", "인사", "날씨", "오늘의날씨", // (the space is not read: 오늘의 날씨)
	"동정", "인물동정", // 동정: who did what, ▲ an entry (koboxentries.go)
	// A Korean local page's other boxes of ▲ entries: the day's fires and
	// accidents (사건·사고, 사건 사고: the dot and space are not read),
	// notices of events (게시판, 알림) and weddings (화촉, or plainly 결혼).
	"사건사고", "게시판", "알림", "화촉", "결혼",
	// A culture page's box of new books, ◇ an entry (koboxentries.go):
	// 신간, 새로 나온 책.
	"신간", "새로나온책",
	// A Korean sports page's box of the day's games, each a row of the
	// matchup, the ground and time and the starting pitchers: 오늘의 경기
	// (or 오늘의 선발, naming the pitchers).
	"오늘의경기", "오늘의선발",
	// A Japanese 読書面's boxes under the reviews: the week's best-seller
	// ranking (its rows, rankbracket.go) and the run-in notes on new books.
	"ベストセラー", "新刊紹介", "新刊案内", "今週の新刊",
}

// standingBox reports a line that is a standing box's name, or a
// notice's (更　正, 遗失启事, 讣　告) or a document's (倡议书): each starts
// an article of its own, however short. Spaces padding the name out
// (更　正) are not read.
func standingBox(s string) bool {
	if !atMost(s, 12) {
		return false
	}
	if r, _ := decodeLast(s); r == ']' || r == '］' {
		if in, end, ok := leadingBracket(s); ok && end == len(s) {
			s = in // [동정], [인사]: a Korean box's name in square brackets
		}
	}
	if r, _ := decodeLast(trimSpace(s)); !boxNameLast(r) {
		return false // (most title lines: no name ends so)
	}
	t := unspaced(s)
	if hasAnyRune(t, boxNameDots) {
		t = strings.Map(dropBoxNameDot, t) // 사건·사고, 사건ㆍ사고 → 사건사고
	}
	if slices.Contains(standingBoxes, t) || slices.Contains(noticeNames, t) {
		return true
	}
	// 遗失启事, 寻人启事, 招聘启事, 严正声明, 拍卖公告 …
	return atMost(t, 8) && (hasAnySuffix(t, noticeEnds) || qualifiedNotice(t)) || hasAnySuffix(t, documentEnds) && documentTitle(t)
}

// quotedNotice reports a notice's title that names what it is about in
// quotation marks or title brackets, “我家的年夜饭”征文启事,
// 《城市记忆》征稿启事: a notice's word (noticeEnds) after the quoted name,
// at most six characters of Han after it, at most 24 characters in all.
// Its quoted name makes it longer than standingBox's names; like them it
// titles an article of its own, never a section of the story above it
// (a 副刊's essay, a poem).
func quotedNotice(s string) bool {
	if !atMost(s, 24) || !hasAnySuffix(s, noticeEnds) {
		return false
	}
	r, w := firstRune(s)
	c := quoteCloseFor(r)
	if c == 0 || r == '"' {
		return false
	}
	k := strings.IndexRune(s[w:], c)
	if k <= 0 {
		return false
	}
	rest := s[w+k+utf8.RuneLen(c):]
	return atMost(rest, 6) && isHanWord(rest)
}

// qualifiedNoticeEnds end the title of a service notice only after the
// word saying what it is about: a utility's or a works' notice, 停水通知,
// 停电通知, 停气通知, 封路通知, a call for entries, 作品征集令. Alone the
// word is a button's or a sentence's (Japanese sites set 通知 alone among
// their buttons), so it takes two characters before it.
var qualifiedNoticeEnds = []string{"通知", "征集令", "徵集令"}

// qualifiedNotice reports a service notice's title (qualifiedNoticeEnds)
// of at most eight characters: what it is about, then its word.
func qualifiedNotice(t string) bool {
	for _, e := range qualifiedNoticeEnds {
		if head, ok := strings.CutSuffix(t, e); ok && !atMost(head, 1) && isHanWord(head) {
			return true
		}
	}
	return false
}

// boxNameDots are the middle dots a box's name may join its words with
// (사건·사고; Korean sets it as ·, ㆍ or ・): standingBox reads the name
// without them.
const boxNameDots = "·ㆍ・‧･"

// dropBoxNameDot is a strings.Map function that drops boxNameDots.
func dropBoxNameDot(r rune) rune {
	if strings.ContainsRune(boxNameDots, r) {
		return -1
	}
	return r
}

// boxNameLast reports the runes that end one of standingBoxes,
// noticeNames, noticeEnds or qualifiedNoticeEnds (TestShortcutKeys): a
// line ending in another is no standing box's or notice's name.
func boxNameLast(r rune) bool {
	switch r {
	case 'み', '報', '事', '動', '気', 'し', '告', '免', '报', '고', '음', '사', '씨', '正', '误', '誤', '歉', '闻', '聞', '明', 'び', '다', '도', '문', '정', '판', '림', '촉', '혼', '知', '令', '간', '책', '기', '발', '书', '書', '信', 'ー', '介', '内', '刊':
		return true
	}
	return false
}

// noticeNames are the titles of a paper's notices, and noticeEnds the
// words that end the title of one. Korean papers title a correction
// 바로잡습니다 ("we correct"), a notice to readers 알려드립니다, an
// apology 사과드립니다, and a correction or reply the law orders printed
// 정정보도문, 반론보도문, 정정·반론보도문.
var (
	noticeNames = []string{"更正", "勘误", "勘誤", "致歉", "讣告", "訃告", "讣闻", "訃聞", "声明", "聲明", "公告", "通告", "启事", "啟事",
		"바로잡습니다", "알려드립니다", "사과드립니다", "정정", "정정보도", "반론보도", "사과문"}
	noticeEnds = []string{"启事", "啟事", "声明", "聲明", "公告", "通告", "讣告", "訃告", "보도문"}
	// documentEnds end the title of a document the paper prints whole,
	// an appeal or an open letter (倡议书, 防火倡议书, 致全县居民的公开信),
	// with its salutation and its issuers' sign-off: never a section of
	// the story above it. Its title names whom it is to, so it may run
	// to twelve characters.
	documentEnds = []string{"倡议书", "倡議書", "公开信", "公開信", "告知书", "告知書", "慰问信", "慰問信"}
)

func (sc *scorer) headingScore(i int, f *feats) int {
	s, u := 0, &sc.us[i]
	if sc.marks.heading {
		sc.add(&s, -unmarkedPenalty, `page marks section heads with "## ", this line is unmarked`)
	}
	if f.title && sc.inWireCopy(i) {
		sc.add(&s, 3, "inside a wire copy, before its end mark (完): a head of the copy")
	}
	switch {
	case f.headMark != "":
		sc.addParts(&s, 4, "opens with the head marker ", f.headMark)
	case f.title && f.runes <= 24:
		if sc.marks.headline {
			sc.add(&s, -unmarkedPenalty, `page uses "# " markers; an unnumbered head would be marked`)
		}
		sc.add(&s, -3, "short title-like line")
		if (strings.Contains(u.text, "，") || strings.Contains(u.text, ",")) && !sc.commaHeadInSignedStory(i, f) {
			sc.add(&s, -2, "a comma: more like the start of a broken paragraph")
		}
		if recipeHead(u.text) {
			sc.add(&s, 3, "a recipe's part (材料, 作り方): a head of the recipe (recipehead.go)")
		}
		if f.runes <= 10 && !f.innerPunct {
			sc.add(&s, 2, "a head's length")
		} else if f.runes <= 16 && attributedTitle(u.text) {
			sc.add(&s, 2, "a head that speaks for someone (家长：…)")
		}
		if f.runes <= 4 && paddedName(u.text) && !slices.Contains(paddedHeads, unspaced(u.text)) {
			sc.add(&s, -3, "a padded name (李　斌): an author's line, not a head")
		}
		if f.runes <= 12 && (standingBox(u.text) || sc.lang == "ko" && koUnlistedBox(sc.us, i) || sc.zhWeatherBox(i) || sc.jaMarketBox(i) || sc.zhBookNoticeBox(i)) || quotedNotice(u.text) {
			sc.add(&s, -3, "the name of a paper's standing box or notice: an article, not a section")
		}
		if sc.lang == "ko" && koreanOpinionRubric(u.text) {
			sc.add(&s, -3, "an opinion piece's rubric ([사설], [횡설수설/X]) titles a piece of its own, not a section (korubric.go)")
		}
		if sc.koUnderJump(i) {
			sc.add(&s, -3, "right under a Korean jump line ((관련기사 5면)), which closes its story: the title under it opens the next (kojumptitle.go)")
		}
		if f.runes < 10 && sc.briefColumnAbove(i) {
			sc.add(&s, -3, "set where the briefs above set their headlines: the next brief's title, not a section")
		}
		if sc.lang == "ja" && f.spaced && jaPhraseSpaced(u.text) {
			sc.add(&s, -2, "a phrase break (U+3000) makes a Japanese headline, not a head")
		}
		if m := sc.markedHeadBefore(i); m != "" && f.runes >= 8 {
			sc.addParts(&s, -4, "the article's heads open with ", m, ": an unmarked line of a headline's length is none of them")
		} else if m != "" && sc.shortTitleAfterTable(i) {
			sc.addParts(&s, -4, "the article's heads open with ", m, ": an unmarked line between its table and the text under it is none of them (markedtable.go)")
		}
	default:
		return impossible
	}
	if sc.stampUnder(i) {
		sc.add(&s, -4, "a web time stamp under it dates an article, not a section")
	}
	p := sc.prevContent(i)
	switch {
	case p < 0 || !sc.textBefore[i]:
		sc.add(&s, -3, "no text before it to be a section of")
	case sc.trailerAbove(p):
		sc.add(&s, -2, "after a bracketed credit closing the text above ((共同)): the article ended")
	case sc.us[p].kind == uByline && sc.closesArticle(p):
		// A byline that ends its article (the reporter's e-mail, a
		// trailer, a Korean byline under the text) leaves nothing of it
		// to follow: a title line under it opens the next article.
		sc.add(&s, -2, "after a byline that closes its article (an e-mail, a trailer): the next article's title, not a section")
	case sc.us[p].kind == uByline || sc.fs[p].closed:
		sc.add(&s, 3, "after a byline")
	case sc.us[p].kind == uText && !sc.fs[p].ended && !sc.fs[p].title && sc.fs[p].headMark == "" && !sc.siblingHeadAfterEntries(i, f.headMark):
		sc.add(&s, -5, "the paragraph before it is unfinished")
	case sc.fs[p].ended:
		sc.add(&s, 2, "after a finished paragraph")
	case sc.siblingHeadAfterEntries(i, f.headMark):
		sc.addParts(&s, 1, "after the entries (▲…) under a head marked ", f.headMark, " too: the next head of the box (siblinghead.go)")
	case sc.us[p].kind == uCaption && sc.sourceLeadAt(sc.nextContent(i)):
		sc.add(&s, -2, "after a caption, over text that opens by naming its source and date (据…12月3日报道，): a new story, not a section")
	case sc.us[p].kind == uCaption && sc.captionInDatedStory(p, sc.nextContent(i)):
		sc.add(&s, 2, "after a caption inside a story that opened with a dateline")
	case sc.us[p].kind == uCaption && sc.captionInSiteStory(p, sc.nextContent(i)):
		sc.add(&s, 2, "after a caption inside the one story a site's page holds, over text with no dateline")
	case sc.us[p].kind == uCaption && sc.captionInSignedStory(p, sc.nextContent(i)):
		sc.add(&s, 2, "after a caption inside an undated piece with a head above it, its text running to the piece's one closing note")
	}
	n := sc.nextContent(i)
	switch {
	case n >= len(sc.us):
		sc.add(&s, -4, "nothing follows")
	case sc.us[n].kind == uText && !sc.fs[n].title && !sc.fs[n].dateline:
		sc.add(&s, 2, "body text follows")
	case f.headMark == "" && sc.bulletListUnder(n):
		sc.add(&s, 2, "a list follows, its items one a line opening with the same bullet: the list's head (listhead.go)")
	case sc.us[n].kind == uText && sc.fs[n].headMark != "" && f.headMark == "":
		sc.add(&s, -2, "a numbered head follows")
	}
	if sc.photoItem(i) {
		sc.add(&s, -3, "only a photo's caption under it before the next title: no section")
	}
	if sc.teaserItem(i) {
		sc.add(&s, -3, "only its page pointer under it before the next title: a teaser's item, no section (teaseritem.go)")
	}
	if f.headMark == "" && sc.interviewHead(i) {
		sc.add(&s, 3, "between an interview's answer and its next question (답: … / 문: …): a head of the interview (qalabel.go)")
	}
	if f.title && sc.pieceTitleOverAuthor(i) {
		sc.add(&s, -3, "right over a 副刊 piece's marked author: the piece's title, a section's head carries no author (piecetitle.go)")
	}
	if f.title && sc.titleAfterPoem(i) {
		sc.add(&s, -3, "under the last stanza of a poem that is all its piece's text, over prose: a poem has no sections (poemend.go)")
	}
	if f.headMark == "" && n < len(sc.us) && sc.stackedTitle(n) {
		sc.add(&s, -2, "another unmarked title line right under it: a title group (黑白集 / 會議室裡的電扇), not a head over an empty section")
	}
	// The lower of the two stacked lines is no head either, under a
	// one-line paragraph: it is the group's headline or subheadline
	// (屯門茶餐廳昨午火警 / 無人受傷, whose upper line a kicker's word
	// does not favour, had stayed a paragraph over a head with only
	// stackedOver's word for the upper line).
	if f.headMark == "" && p >= 0 && sc.stackedUnder(i, sc.prevContent(p)) {
		sc.add(&s, -2, "the lower of two unmarked title lines after a finished paragraph, over body text: a new article's title group, not a head under a line of its own")
	}
	if f.headMark == "" && sc.briefBoxLabelOver(i) {
		sc.add(&s, -4, "the label of a brief box (简讯, 뉴스 브리핑) over its items: no section")
	}
	if f.headMark == "" && sc.briefBoxItem(i) {
		sc.add(&s, -4, "an item of a brief box under its label (新聞速遞, 뉴스 브리핑): a story, not a section")
	}
	if n < len(sc.us) && sc.fs[n].row && gameLabel(u.text) {
		sc.add(&s, 4, "a game's label (▽第５戦) over its box score's rows")
	}
	// Lines opening with the same bullet one under another, with no text
	// between, are the items of a list (a fact box: ●補助上限：400萬元 /
	// ●申請資格：…), not heads with nothing under them.
	if bulletMark(f.headMark) && (n < len(sc.us) && sc.fs[n].headMark == f.headMark || p >= 0 && p == i-1 && sc.fs[p].headMark == f.headMark) {
		sc.addParts(&s, -6, "a list item: the line next to it opens with ", f.headMark, " too")
	}
	return s
}

// stackedTitle reports unit n, under a title-like line, as a second
// unmarked title line over body text: the two lines together are the
// title group of a new article (a column label over its headline), as a
// section's head stands alone over its text.
func (sc *scorer) stackedTitle(n int) bool {
	f := &sc.fs[n]
	if sc.us[n].kind != uText || !f.title || f.row || f.headMark != "" || f.dash {
		return false
	}
	j := sc.nextContent(n)
	return j < len(sc.us) && sc.us[j].kind == uText && !sc.fs[j].title
}

// stackedUnder reports title line i as the lower of exactly two unmarked
// title lines between a finished paragraph p and body text: the group
// stackedTitle tells from its upper line.
func (sc *scorer) stackedUnder(i, p int) bool {
	k := sc.prevContent(i)
	if p < 0 || k < 0 || sc.prevContent(k) != p || !sc.finishedText(p) {
		return false
	}
	fk := &sc.fs[k]
	return sc.us[k].kind == uText && fk.title && !fk.row && fk.headMark == "" && sc.stackedTitle(i)
}

// finishedText reports unit p as text the story above has finished, so
// that title lines under it may open the next story: a finished
// paragraph, one closed by a bracketed trailer the reader left in it
// (…沒有鬆綁規劃。（據中央社電）, closedByTail), or a box's or table's last
// row (加權指數　25,318點　漲142點, ●談判周期：每年一次) or the note under it
// (（注）…), which is never the next story's headline: the title lines
// under it read as after a paragraph.
func (sc *scorer) finishedText(p int) bool {
	f := &sc.fs[p]
	if sc.us[p].kind == uNote && (tableNote(sc.us[p].text) || pollMethodNote(sc.us[p].text)) {
		return true // a table's note under its rows, （注）…, 調査方法　… (tablenote.go), as its last row
	}
	if sc.us[p].kind != uText {
		return false
	}
	if f.title && !f.row {
		return sc.markedBoxEnd(p) // (markedboxrows.go)
	}
	return f.ended || closedByTail(sc.us[p].text)
}

// stackedOver reports title line i as the upper of exactly two unmarked
// title lines between a finished paragraph and body text, the lower
// right under it (no furniture between: a signature over its date, which
// is noise, is no title group): the group stackedUnder tells from its
// lower line, which opens a new article whichever of its lines is the
// headline. Without a word for the upper line, a kicker or headline over
// the lower one tied with a one-line paragraph over a head (屯門茶餐廳火警
// / 一條喉救熄無人傷 under a finished story on a page that marks
// paragraphs by indent alone).
func (sc *scorer) stackedOver(i int) bool {
	n := i + 1
	return n < len(sc.us) && sc.us[n].kind == uText && sc.stackedUnder(n, sc.prevContent(i))
}

// bulletMark reports a head marker that is a bullet (● ◆ ■ …), not a
// number: bullets one under another make a list.
func bulletMark(m string) bool {
	r, w := utf8.DecodeRuneInString(m)
	return m != "" && w == len(m) && !(r >= '0' && r <= '9') && !isHan(r)
}

// markedLine reports a unit whose source line opens with a heading
// marker ("# ", "## ", full-width ＃ too).
func (sc *scorer) markedLine(u *unit) bool {
	if u.line < 1 || u.line > len(sc.lines) {
		return false
	}
	lvl, _ := headingLevel(trimSpace(sc.lines[u.line-1].text))
	return lvl > 0
}

// firstPassReason says why a unit's kind was settled before labelling;
// marked says its line carries a heading marker (a headline or head
// settled by a pass before the grammar has none).
func firstPassReason(u *unit, marked bool) string {
	switch u.kind {
	case uHeadline:
		if marked {
			return `marker "# "`
		}
		return "a box's, rubric's or result's title, settled before the grammar (standing box, sport rubric, game result after a trailer …)"
	case uHeading:
		if u.runIn {
			return "run-in lead-in 【…】"
		}
		if marked {
			return `marker "## "`
		}
		return "a head settled before the grammar"
	case uSubhead:
		return `dash "——" under a headline`
	case uNoise:
		return u.noise
	case uNote:
		return "editor's note cue"
	case uJump:
		return "jump line form"
	case uByline:
		return "credit form (role or marker and names)"
	case uCaption:
		return "caption form"
	}
	return ""
}

// leadName names what a unit leading an article's text is.
func leadName(sc *scorer, j int) string {
	switch sc.us[j].kind {
	case uByline:
		return "byline"
	case uSubhead:
		return "dash subheadline"
	}
	if sc.us[j].lead == leadNone {
		return "run-in credit" // (runInCredit: feats.dateline with no dateline to split off)
	}
	return "dateline"
}

func kindName(k unitKind) string {
	switch k {
	case uText:
		return "paragraph"
	case uHeadline:
		return "headline"
	case uHeading:
		return "heading"
	case uSubhead:
		return "subheadline"
	case uNote:
		return "note"
	case uJump:
		return "jump"
	case uNoise:
		return "noise"
	case uByline:
		return "byline"
	case uCaption:
		return "caption"
	}
	return "?"
}

// markedHeadBefore returns the head marker (◆ ■ 一、 …) of the nearest
// section head candidate before unit i in the same article, if no
// unmarked title-like line stands between: an article that marks its
// heads marks them all, so an unmarked short line after its body starts
// something else (the next article's headline, ja-yomiuri). The rows of
// a table under a marked head (◇Ｊ１最終節 over 神戸　２―１　広島) are
// its body, not title lines.
func (sc *scorer) markedHeadBefore(i int) string {
	for j := i - 1; j >= 0 && j >= i-64; j-- {
		u, f := &sc.us[j], &sc.fs[j]
		switch {
		case u.kind == uHeadline || u.kind == uSubhead:
			return ""
		case u.kind == uHeading:
			return ""
		case f.headMark != "":
			return f.headMark
		case f.row:
			continue
		case u.kind == uText && f.title:
			return ""
		}
	}
	return ""
}

// shortTitleGroup reports a title line whose neighbouring title lines
// are all as short as a column's narrow title lines (four characters at
// most): among them a headline of three characters is not out of place
// (古村冬日 / 晒秋忙), as it is under a longer line, where so short a line
// is a label.
func (sc *scorer) shortTitleGroup(i int) bool {
	short := false
	for _, j := range [2]int{sc.prevContent(i), sc.nextContent(i)} {
		if j >= 0 && j < len(sc.us) && sc.us[j].kind == uText && sc.fs[j].title {
			if sc.fs[j].runes > 4 {
				return false
			}
			short = true
		}
	}
	return short
}

// subheadShape reports a second title line shaped as a subheadline:
// longer than the line above and punctuated inside, or parted by an
// ideographic space, as a paper parts a subtitle's two phrases
// (明年起手机付费　取消固本); split by other spaces only (OCR's, as often
// as a phrase break), half as long again.
func subheadShape(f, above *feats) bool {
	return (f.innerPunct || f.ideoSpaced) && f.runes > above.runes || f.spaced && 2*f.runes >= 3*above.runes
}

// hantMainTitle reports a Traditional Chinese title line (top) over
// another (under) that reads as main title over subtitle (主標 over 副標,
// as Taiwan and Hong Kong papers set them) rather than kicker over
// headline: a top line of a headline's length, ten characters or more,
// over a line no wider or parted in two phrases; or a top line of eight
// or nine characters, the shortest a Hong Kong paper's 主題 runs
// (冒認銀行職員騙長者), over a line clearly narrower. A kicker (引題) is
// a short topic over the longer headline it introduces; one wider than
// the line under it is OCR's narrow column of six or so (百年糕餅老店 /
// 第四代接棒), which stays kicker + headline. Widths are by columns
// (首批院校最快2030年遷入 has more runes than 北都大學城擬分三期發展,
// but its digits are narrow).
func hantMainTitle(top, under *feats, topText, underText string) bool {
	tw, uw := columns(topText), columns(underText)
	return top.runes >= 10 && (uw <= tw || under.spaced) || top.runes >= 8 && uw+2 <= tw // (+2: a full-width character)
}

// muchLonger reports a title line at least twice as long as the one
// above it and without inner punctuation: a headline under its kicker.
func muchLonger(f, above *feats) bool {
	return !f.innerPunct && !f.spaced && f.runes >= 2*above.runes
}

// threeDecks reports title line i, with no title line above it, over
// title line n and one more title line under n, then no title line: a
// three-deck Chinese head, kicker (引題), main title (主題) and subtitle
// (副題), whose subtitle speaks for someone or opens with its dash.
func (sc *scorer) threeDecks(i, n int) bool {
	if p := sc.prevContent(i); p >= 0 && sc.us[p].kind == uText && sc.fs[p].title {
		return false
	}
	m := sc.nextContent(n)
	if m >= len(sc.us) || sc.us[m].kind != uText || !sc.fs[m].title || !(sc.fs[m].dash || attributedTitle(sc.us[m].text)) {
		return false
	}
	k := sc.nextContent(m)
	return k >= len(sc.us) || !(sc.us[k].kind == uText && sc.fs[k].title)
}
