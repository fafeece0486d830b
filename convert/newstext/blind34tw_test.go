package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// tw34Tree lists every node of d, containers as "article" and "section"
// (indented by depth), leaves as "kind text", a byline with its roles
// and names.
func tw34Tree(d *doc.Document) string {
	var out []string
	var walk func(n *doc.Node, depth int)
	walk = func(n *doc.Node, depth int) {
		pad := strings.Repeat("  ", depth)
		switch {
		case n.Kind.IsContainer():
			out = append(out, pad+string(n.Kind))
		case n.Kind == doc.KindByline:
			out = append(out, pad+"byline "+strings.Join(n.Roles, ",")+" "+strings.Join(n.Names, ",")+" "+n.Org+": "+n.Text)
		default:
			out = append(out, pad+string(n.Kind)+" "+n.Text)
		}
		for _, c := range n.Children {
			walk(c, depth+1)
		}
	}
	for _, a := range d.Articles {
		walk(a, 0)
	}
	return strings.Join(out, "\n")
}

// tw34WantTree reads page and checks its tree (tw34Tree) and that the
// normalized writer's text reads back to the same tree.
func tw34WantTree(t *testing.T, page, want string) {
	t.Helper()
	d := mustRead(t, page)
	if got := tw34Tree(d); got != want {
		t.Errorf("page:\n%s\n got:\n%s\nwant:\n%s", page, got, want)
	}
	roundTrip(t, d)
}

// TestBlind34SiteNameCrumb: a breadcrumb whose first crumb is the site's
// name beside its domain or Latin brand (香港經濟日報 hket.com > 即時新聞 >
// 港聞, blind page hk-hket-web) is the site's furniture, not the headline
// over the story's own. A first crumb as long but with no Latin word, or
// a long crumb further along the trail, is no site's name.
func TestBlind34SiteNameCrumb(t *testing.T) {
	for _, crumb := range []string{
		"香港經濟日報 hket.com > 即時新聞 > 港聞",
		"香港經濟日報 hket.com ＞ 港聞",
		"ETtoday 新聞雲 › 政治 › 國會",
		"聯合新聞網 udn.com > 要聞 > 社會",
		"The News Lens 關鍵評論網 > 財經",
	} {
		tw34WantTree(t, crumb+"\n\n港鐵東涌綫延線明年中通車　新增兩站料每日載客3萬\n\n發布時間：2026/12/05 17:30\n\n"+
			"港鐵公司今日宣布，東涌綫延線工程已完成主要土木及鋪軌工程，預計明年年中通車。\n\n"+
			"港鐵工程總監表示，延線現正進行系統測試。\n",
			"article\n  noise "+crumb+"\n  headline 港鐵東涌綫延線明年中通車　新增兩站料每日載客3萬\n  noise 發布時間：2026/12/05 17:30\n"+
				"  paragraph 港鐵公司今日宣布，東涌綫延線工程已完成主要土木及鋪軌工程，預計明年年中通車。\n"+
				"  paragraph 港鐵工程總監表示，延線現正進行系統測試。")
	}
	for s, want := range map[string]bool{
		"香港經濟日報 hket.com > 即時新聞 > 港聞": true, "ETtoday 新聞雲 > 政治": true,
		"美國對中國晶片出口 管制升級 > 市場預期":              false, // no Latin word: a title's phrases
		"即時新聞 > 香港經濟日報 hket.com":             false, // a long crumb only first
		"Apple 新品發表會 今晨登場 iPhone 17 系列 > 預期": false, // a sentence's words, not a name
		"香港經濟日報 hket.com，即時新聞 > 港聞":          false,
	} {
		if got := breadcrumb(s); got != want {
			t.Errorf("breadcrumb(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestBlind34LatinShareButtons: a row of share buttons naming its
// platforms in Latin letters after its label, 分享至：Facebook　WhatsApp
// 複製連結 (blind page hk-hket-web), or in a Japanese or Korean label's
// wording, is web furniture: before, it was the headline of a new
// article over the credit under it, cutting the story in two. A line
// that names a platform in a sentence or a headline stays text.
func TestBlind34LatinShareButtons(t *testing.T) {
	for _, row := range []string{
		"分享至：Facebook　WhatsApp　複製連結",
		"分享至：Facebook　WhatsApp　Telegram",
		"分享：Facebook WhatsApp",
		"分享到：Facebook　WhatsApp　Email",
		"分享:Facebook LINE Threads",
		"Facebook　WhatsApp　Telegram",
	} {
		tw34WantTree(t, "港鐵東涌綫延線明年中通車　新增兩站料每日載客3萬\n\n發布時間：2026/12/05 17:30\n\n"+row+"\n\n撰文：陳嘉欣\n\n"+
			"港鐵公司今日宣布，東涌綫延線工程已完成主要土木及鋪軌工程，預計明年年中通車。\n\n"+
			"港鐵工程總監表示，延線現正進行系統測試。\n",
			"article\n  headline 港鐵東涌綫延線明年中通車　新增兩站料每日載客3萬\n  noise 發布時間：2026/12/05 17:30\n  noise "+row+"\n"+
				"  byline 撰文 陳嘉欣 : 撰文：陳嘉欣\n"+
				"  paragraph 港鐵公司今日宣布，東涌綫延線工程已完成主要土木及鋪軌工程，預計明年年中通車。\n"+
				"  paragraph 港鐵工程總監表示，延線現正進行系統測試。")
	}
	for s, want := range map[string]bool{
		"分享至：Facebook　WhatsApp　複製連結": true, "シェアする　Facebook　はてなブックマーク": true, "공유하기 페이스북 카카오스토리 밴드": true,
		"WhatsApp 用戶突破30億":         false,
		"Telegram創辦人在法國被捕":         false,
		"分享至：Facebook　王小明的故事":      false,
		"Facebook　WhatsApp　用戶資料外洩": false,
	} {
		if got := tw34NoiseKind(s) == noiseChrome; got != want {
			t.Errorf("%q web furniture: %v, want %v", s, got, want)
		}
	}
}

// tw34NoiseKind is the noise kind classifyText gives s, or "".
func tw34NoiseKind(s string) string {
	k, _, n := classifyText(s)
	if k != uNoise {
		return ""
	}
	return n
}

// TestBlind34SlashedPhotographerCredit: a credit that parts each role
// from its name by a slash, 文／林芷妤　攝影／陳柏宇, 撰文／X　攝影／Y
// (blind page tw-bt-web), is a byline with both roles, as 文／X　圖／Y
// was: before, it was a subheadline, or with the stamp above it the
// headline of a new article. The photographer's credit alone stays a
// photo's caption, and a place the report was filed from is no name.
func TestBlind34SlashedPhotographerCredit(t *testing.T) {
	for credit, want := range map[string]string{
		"文／林芷妤　攝影／陳柏宇":        "文,攝影 林芷妤,陳柏宇",
		"文/林芷妤　攝影/陳柏宇":        "文,攝影 林芷妤,陳柏宇",
		"撰文／林芷妤　攝影／陳柏宇":       "撰文,攝影 林芷妤,陳柏宇",
		"撰文／林芷妤":              "撰文 林芷妤",
		"撰稿/林芷妤　摄影/陈柏宇":       "撰稿,摄影 林芷妤,陈柏宇",
		"文／林芷妤　攝影／陳柏宇　編輯／王小明": "文,攝影,編輯 林芷妤,陳柏宇,王小明",
	} {
		for _, stampFirst := range []bool{false, true} {
			top := credit + "\n2026-12-05 15:20"
			if stampFirst {
				top = "2026-12-05 15:20\n" + credit
			}
			d := mustRead(t, "半導體設備廠擴產潮　中南部工業地價一年漲兩成\n\n"+top+"\n\n"+
				"台積電與多家設備供應商近兩年在中南部擴廠，帶動周邊工業用地交易升溫。\n\n"+
				"業者也提醒，工業地價格上漲後，中小型製造業者的擴廠成本同步墊高。\n")
			got := tw34Tree(d)
			wantIn(t, got, "byline "+want+" : "+credit, "headline 半導體設備廠擴產潮　中南部工業地價一年漲兩成")
			if len(d.Articles) != 1 {
				t.Errorf("%d articles:\n%s", len(d.Articles), got)
			}
			roundTrip(t, d)
		}
	}
	for s, want := range map[string]unitKind{
		"攝影／陳柏宇":        uCaption, // the credit under a photo
		"摄影/陈柏宇":        uCaption,
		"文／林芷妤　攝影／台北報導": uText,
		"記者林芷妤／台北報導":    uText, // a dateline (reporterDateline), no credit
	} {
		if got := kindOf(s); got != want {
			t.Errorf("kindOf(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestBlind34ReprintNote: a note on where a reprinted text first ran,
// （本文摘自《今周刊》第1512期，原文標題：〈…〉）, 本文經授權轉載自《今周刊》,
// （本文轉載自今周刊）, 原文刊于…, closing the story (blind page tw-bt-web),
// is a note that stays with it, as a repost's 原标题：… is; before, it was
// a paragraph, or a byline whose org was the verb phrase. A sentence
// about the article, or one that goes on after the note, stays text.
func TestBlind34ReprintNote(t *testing.T) {
	for _, note := range []string{
		"（本文摘自《今周刊》第1512期，原文標題：〈設備廠搶地　南台灣工業地價飆〉）",
		"（本文摘自《今周刊》第1512期）",
		"本文經授權轉載自《今周刊》",
		"（本文轉載自今周刊）",
		"本文经授权转载自微信公众号“读懂财经”。",
		"本文經《天下雜誌》授權轉載",
		"（原文刊于《求是》2026年第3期）",
		"（本文原载于《学习时报》）",
		"摘自《今周刊》第1512期",
	} {
		tw34WantTree(t, "半導體設備廠擴產潮　中南部工業地價一年漲兩成\n\n2026-12-05 15:20\n\n"+
			"台積電與多家設備供應商近兩年在中南部擴廠，帶動周邊工業用地交易升溫。\n\n"+
			"業者也提醒，工業地價格上漲後，中小型製造業者的擴廠成本同步墊高。\n\n"+note+"\n",
			"article\n  headline 半導體設備廠擴產潮　中南部工業地價一年漲兩成\n  noise 2026-12-05 15:20\n"+
				"  paragraph 台積電與多家設備供應商近兩年在中南部擴廠，帶動周邊工業用地交易升溫。\n"+
				"  paragraph 業者也提醒，工業地價格上漲後，中小型製造業者的擴廠成本同步墊高。\n  note "+note)
	}
	// Under the headline, the note leaves it the headline; under the
	// text, it closes the story: the title line under it opens the next.
	tw34WantTree(t, "半導體設備廠擴產潮　中南部工業地價一年漲兩成\n\n本文經授權轉載自《今周刊》\n\n"+
		"台積電與多家設備供應商近兩年在中南部擴廠，帶動周邊工業用地交易升溫。\n\n"+
		"業者也提醒，工業地價格上漲後，中小型製造業者的擴廠成本同步墊高。\n",
		"article\n  headline 半導體設備廠擴產潮　中南部工業地價一年漲兩成\n  note 本文經授權轉載自《今周刊》\n"+
			"  paragraph 台積電與多家設備供應商近兩年在中南部擴廠，帶動周邊工業用地交易升溫。\n"+
			"  paragraph 業者也提醒，工業地價格上漲後，中小型製造業者的擴廠成本同步墊高。")
	tw34WantTree(t, "半導體設備廠擴產潮　中南部工業地價一年漲兩成\n\n"+
		"台積電與多家設備供應商近兩年在中南部擴廠，帶動周邊工業用地交易升溫。\n\n"+
		"業者也提醒，工業地價格上漲後，中小型製造業者的擴廠成本同步墊高。\n\n（本文摘自《今周刊》第1512期）\n\n"+
		"央行理監事會今登場\n\n央行今天召開理監事會，市場預期利率維持不變。\n\n多數經濟學家認為，央行可能再度調整選擇性信用管制。\n",
		"article\n  headline 半導體設備廠擴產潮　中南部工業地價一年漲兩成\n"+
			"  paragraph 台積電與多家設備供應商近兩年在中南部擴廠，帶動周邊工業用地交易升溫。\n"+
			"  paragraph 業者也提醒，工業地價格上漲後，中小型製造業者的擴廠成本同步墊高。\n  note （本文摘自《今周刊》第1512期）\n"+
			"article\n  headline 央行理監事會今登場\n  paragraph 央行今天召開理監事會，市場預期利率維持不變。\n"+
			"  paragraph 多數經濟學家認為，央行可能再度調整選擇性信用管制。")
	// Nor is the note, bracketed after a paragraph's sentence, a credit
	// whose org is its verb phrase.
	if _, c, ok := trailingCredit("業者也提醒，擴廠成本同步墊高。（本文轉載自今周刊）"); ok {
		t.Errorf("trailing reprint note taken as a credit: %+v", c)
	}
	for s, want := range map[string]bool{
		"本文刊登後，引發讀者熱烈討論。":      false, // about the article, no source
		"本文轉載自今周刊。作者認為房價仍將上漲。": false, // the text goes on
		"摘自他的日記，他寫道，這是最難的一年。":  false,
		"原载客量下降三成":             false,
		"本文作者為台大經濟系教授":         false,
		"（本文系国家社会科学基金项目阶段性成果）": true, // (fundingNote, as before)
	} {
		if got := isNote(s); got != want {
			t.Errorf("isNote(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestBlind34HeadAfterCaptionOnSiteCopy: on a page copied from a site (a
// time stamp, its furniture), a title line right after a caption inside
// the story, over a paragraph that opens with no dateline or credit, is
// a head of that story (blind page tw-bt-web): a site's page holds one
// story. Before, it started a new article taking the rest of the story.
// On a printed page (no site's furniture), after a credit that closed the
// story, or over a paragraph led by a dateline, it still opens the next.
func TestBlind34HeadAfterCaptionOnSiteCopy(t *testing.T) {
	const story = "半導體設備廠擴產潮　中南部工業地價一年漲兩成\n\n"
	const body = "台積電與多家設備供應商近兩年在中南部擴廠，帶動周邊工業用地交易升溫。\n\n" +
		"台南科學園區周邊工業用地近一年成交熱絡。（圖／今周刊資料照）\n\n地主惜售　仲介：詢問量翻倍\n\n"
	const under = "一位在台南經營工業地仲介近二十年的業者指出，詢問量比去年翻倍。\n"
	for _, top := range []string{"2026-12-05 15:20\n\n", "首頁 > 財經 > 產業\n\n", "分享至：Facebook　LINE\n\n"} {
		page := story + top + body + under
		if strings.HasPrefix(top, "首頁") {
			page = top + story + body + under
		}
		got := tw34Tree(mustRead(t, page))
		wantIn(t, got, "  section\n    heading 地主惜售　仲介：詢問量翻倍\n    paragraph 一位在台南")
		if strings.Count(got, "article") != 1 {
			t.Errorf("page:\n%s\ngot:\n%s", page, got)
		}
		roundTrip(t, mustRead(t, page))
	}
	for name, page := range map[string]string{
		"print page":     story + body + under,
		"closing credit": story + "2026-12-05 15:20\n\n" + strings.Replace(body, "帶動周邊工業用地交易升溫。\n\n", "帶動周邊工業用地交易升溫。\n\n業者表示，價格仍將上漲。\n\n地政機關也證實此一趨勢。（記者林芷妤）\n\n", 1) + under,
		"dated under":    story + "2026-12-05 15:20\n\n" + body + "【本報訊】" + under,
	} {
		d := mustRead(t, page)
		if got := tw34Tree(d); !strings.Contains(got, "article\n  headline 地主惜售　仲介：詢問量翻倍") {
			t.Errorf("%s:\n%s", name, got)
		}
		roundTrip(t, d)
	}
}
