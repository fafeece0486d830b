package newstext

import (
	"strings"
	"testing"
)

// TestBlind57WebPointer: a Japanese print story's pointer to its web
// edition, ▶減便対象の系統一覧は電子版に, is the story's furniture (noise),
// and the brief's title line after it is the next article's headline,
// not a head, nor glued to its paragraph (blind page ja-yukan-shakai).
// A sentence or headline on an edition stays as it was.
func TestBlind57WebPointer(t *testing.T) {
	for s, want := range map[string]bool{
		"▶減便対象の系統一覧は電子版に":  true,
		"▶詳しくは電子版で":        true,
		"詳報は電子版に":          true,
		"▶動画はデジタル版で公開":     true,
		"全文は電子版に掲載。":       true,
		"新聞各社、電子版に注力":      false, // a headline
		"同社は電子版で配信している。":   false,
		"▶減便対象の系統一覧":       false, // a head
		"▶電子版に":            false, // nothing pointed at
		"詳しい時刻表は市のホームページで": false,
	} {
		if got := jaWebPointer(s); got != want {
			t.Errorf("jaWebPointer(%s) = %v, want %v", s, got, want)
		}
	}
	const story = "路線バス　運転手不足で減便へ\n\n" +
		"仙台市交通局は５日、来年４月から市内１２系統を減便すると発表した。\n\n" +
		"（佐藤一郎、木下美帆）\n\n"
	const brief = "倉庫火災、けが人なし\n\n５日午前６時ごろ、名取市下増田の物流倉庫から出火、全焼した。けが人はなかった。\n"
	for _, ptr := range []string{"▶減便対象の系統一覧は電子版に", "▶詳しくは電子版で"} {
		wantAllKinds(t, story+ptr+"\n\n"+brief,
			"article", "headline 路線バス　運転手不足で減便へ",
			"paragraph 仙台市交通局は５日、来年４月から市内１２系統を減便すると発表した。",
			"byline （佐藤一郎、木下美帆）", "noise "+ptr,
			"article", "headline 倉庫火災、けが人なし",
			"paragraph ５日午前６時ごろ、名取市下増田の物流倉庫から出火、全焼した。けが人はなかった。")
	}
}

// TestBlind57Disclosure: a listed company's disclosure announcement on a
// securities page, its exchange header (noise), the issuer's name (kicker)
// over 关于…的公告 (headline), opens an article of its own under the story
// above, with or without a risk notice between (blind page
// cn-zhengquan-gonggao). A news headline ending in 公告 with no issuer's
// name over it, and a sentence naming a code, stay as they were.
func TestBlind57Disclosure(t *testing.T) {
	for s, want := range map[string]bool{
		"证券代码：603517　证券简称：南岭药业　公告编号：2026-058":  true,
		"股票代码:600832 股票简称:江州重工 公告编号:临2026-041": true,
		"证券代码：603517　证券简称：南岭药业":                true,
		"债券代码：155123　债券简称：20南岭01":              true,
		"证券代码为603517的公司今日发布公告。":                false,
		"证券代码：603517":        false, // no other field
		"股票代码、证券简称和公告编号均有变化": false,
	} {
		if got := disclosureHeader(s); got != want {
			t.Errorf("disclosureHeader(%s) = %v, want %v", s, got, want)
		}
	}
	const story = "江州重工拟定增募资不超18亿元\n\n" +
		"12月5日晚间，江州重工披露定增预案，公司拟募集资金不超过18亿元。\n\n" +
		"截至12月5日收盘，江州重工报14.32元/股，涨2.87%。\n\n"
	const notice = "证券代码：603517　证券简称：南岭药业　公告编号：2026-058\n\n" +
		"南岭药业股份有限公司\n关于控股股东部分股份解除质押的公告\n\n" +
		"本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。\n\n" +
		"特此公告。\n\n南岭药业股份有限公司董事会\n2026年12月6日\n"
	for _, risk := range []string{"", "风险提示：本版内容仅供参考，不构成投资建议。股市有风险，入市需谨慎。\n\n"} {
		d := mustRead(t, story+risk+notice)
		got := allKinds(d)
		want := []string{"article", "noise 证券代码：603517　证券简称：南岭药业　公告编号：2026-058",
			"kicker 南岭药业股份有限公司", "headline 关于控股股东部分股份解除质押的公告",
			"paragraph 本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。",
			"paragraph 特此公告。", "byline 南岭药业股份有限公司董事会", "dateline 2026年12月6日"}
		if len(got) < len(want) || strings.Join(got[len(got)-len(want):], "\n") != strings.Join(want, "\n") {
			t.Errorf("risk %q: got\n%s", risk, strings.Join(got, "\n"))
		}
		roundTrip(t, d)
	}
	// A news headline ending in 公告, no issuer over it: headline and text.
	wantAllKinds(t, "多家公司发布股东减持公告\n\n12月5日晚间，多家上市公司发布股东减持计划。\n",
		"article", "headline 多家公司发布股东减持公告", "paragraph 12月5日晚间，多家上市公司发布股东减持计划。")
}

// TestBlind57RiskNotice: a securities paper's 风险提示 that the page's
// content is no investment advice is a disclaimer (noise); a company's
// risk quoted under the same label stays text (blind page
// cn-zhengquan-gonggao).
func TestBlind57RiskNotice(t *testing.T) {
	for s, want := range map[string]bool{
		"风险提示：本版内容仅供参考，不构成投资建议。股市有风险，入市需谨慎。": true,
		"风险提示：股市有风险，投资需谨慎。":                  true,
		"風險提示：本文僅供參考，不構成投資建議。":               true,
		"风险提示：公司股票存在被实施退市风险警示的风险。":           false,
		"风险提示：项目建设期较长，短期难以贡献业绩。":             false,
	} {
		if got := isDisclaimer(s); got != want {
			t.Errorf("isDisclaimer(%s) = %v, want %v", s, got, want)
		}
	}
}

// TestBlind57TVCredit: a Taiwanese TV news site's credit under the
// headline, the outlet, a slash, the reporters' names and the place after
// a space, 民視新聞／陳怡安、周家豪 台北報導, is the story's dateline (org,
// names, place), not a subheadline (blind page tw-ftv-web). With no
// outlet's name before the slash, or no names, it is none.
func TestBlind57TVCredit(t *testing.T) {
	tests := []struct{ line, org, names, place string }{
		{"民視新聞／陳怡安、周家豪 台北報導", "民視新聞", "陳怡安,周家豪", "台北"},
		{"華視新聞／林佳穎 高雄報導", "華視新聞", "林佳穎", "高雄"},
		{"三立新聞網／張志豪　台中報導", "三立新聞網", "張志豪", "台中"},
		{"民視新聞/陳怡安 周家豪 新竹報導", "民視新聞", "陳怡安,周家豪", "新竹"},
	}
	for _, tt := range tests {
		d, rest, ok := parseDateline(tt.line)
		if !ok || rest != "" || d.org != tt.org || strings.Join(d.names, ",") != tt.names || d.place != tt.place {
			t.Errorf("parseDateline(%s) = %+v, %q, %v", tt.line, d, rest, ok)
		}
	}
	for _, no := range []string{
		"民視新聞／綜合報導",        // a desk, no names
		"北市社會局／陳怡安 台北報導",   // no outlet
		"民視新聞／寒流來襲 全台急凍報導", // no names
		"他說，民視新聞／三立 報導",    // a sentence
	} {
		if d, rest, ok := outletNamesDateline(no); ok {
			t.Errorf("outletNamesDateline(%s) = %+v, %q", no, d, rest)
		}
	}
	const credit = "民視新聞／陳怡安、周家豪 台北報導"
	wantAllKinds(t, "寒流夜低溫探8度　北市開設6處避寒中心\n\n"+credit+"\n\n今年入冬最強寒流來襲，台北市社會局宣布開設6處避寒中心。\n",
		"article", "headline 寒流夜低溫探8度　北市開設6處避寒中心", "dateline "+credit,
		"paragraph 今年入冬最強寒流來襲，台北市社會局宣布開設6處避寒中心。")
}

// TestBlind57LinePromo: a TV site's call to add it on LINE with its
// promise after a space in place of a comma, 👉加入民視新聞LINE好友　第一手消息不漏接,
// is the site's furniture as TVBS's is (blind page tw-ftv-web); a report
// on an account going on after a space stays text.
func TestBlind57LinePromo(t *testing.T) {
	for s, want := range map[string]bool{
		"👉加入民視新聞LINE好友　第一手消息不漏接":    true,
		"★快點加入三立新聞網LINE官方帳號 給你最新消息": true,
		"民進黨宣布加入LINE官方帳號　掌握最新民意":    false,
		"加入LINE好友　抽獎活動開跑":           false, // no promise of news
	} {
		if got := followCall(s); got != want {
			t.Errorf("followCall(%s) = %v, want %v", s, got, want)
		}
	}
}

// TestBlind57KoreanGraphicSource: a Korean print page's graphic source
// alone on its line, 자료: 한국석유화학협회, under a photo's caption (the
// graphic no text) is a caption, as (자료=통계청) is; under a table's rows
// it stays the table's note (blind page ko-gyeongje-print).
func TestBlind57KoreanGraphicSource(t *testing.T) {
	const story = "울산 석유화학단지 구조조정 본격화\n\n" +
		"울산 석유화학단지의 구조조정이 본격화한다. 두 회사는 설비 통합을 결정했다.\n\n"
	wantAllKinds(t, story+"울산 남구 석유화학단지 전경. 서울경제 자료사진\n\n자료: 한국석유화학협회\n\n정부는 정책금융을 지원할 방침이다.\n",
		"article", "headline 울산 석유화학단지 구조조정 본격화",
		"paragraph 울산 석유화학단지의 구조조정이 본격화한다. 두 회사는 설비 통합을 결정했다.",
		"caption 울산 남구 석유화학단지 전경. 서울경제 자료사진", "caption 자료: 한국석유화학협회",
		"paragraph 정부는 정책금융을 지원할 방침이다.")
	wantAllKinds(t, story+"자료=통계청\n\n정부는 정책금융을 지원할 방침이다.\n",
		"article", "headline 울산 석유화학단지 구조조정 본격화",
		"paragraph 울산 석유화학단지의 구조조정이 본격화한다. 두 회사는 설비 통합을 결정했다.",
		"caption 자료=통계청", "paragraph 정부는 정책금융을 지원할 방침이다.")
	// Under a table's rows: the note (kotable.go), as before.
	wantKinds(t, "제조업 69 68 72\n비제조업 73 71 70\n\n자료: 한국은행 대구경북본부",
		"paragraph 제조업 69 68 72", "paragraph 비제조업 73 71 70", "note 자료: 한국은행 대구경북본부")
}
