package newstext

import (
	"strings"
	"testing"
)

// jaQABody is the body of a Japanese Q&A wrapped at 16, under its
// column's title.
const jaQABody = "Ｑ　中学１年の息子がサッカー部に\n入っています。来年度から部活動が\n地域のクラブに移ると聞きました。\n会費などの負担は増えるのでしょう\nか。（堺市、女性・４４歳）\n" +
	"Ａ　国は２０２６年度から３年間を\n「改革実行期間」とし、休日の部活\n動を中心に地域クラブへの移行を進\nめています。\n"

// TestJaQuestionUnderOpenTitle: a Japanese Q&A column's title ending in
// an open particle (費用は誰が) over the question's Ｑ line is a title of
// its own, the question and the answer a paragraph each; a title line
// over a line opening with ＱＲ (no question) is still one headline
// wrapped at its particle.
func TestJaQuestionUnderOpenTitle(t *testing.T) {
	got := leafLines(t, "教育Ｑ＆Ａ\n部活動の地域移行　費用は誰が\n"+jaQABody)
	for _, want := range []string{"headline 部活動の地域移行　費用は誰が", "paragraph Ｑ　中学１年の", "paragraph Ａ　国は"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in:\n%s", want, got)
		}
	}
	got = leafLines(t, "県内のキャッシュレス化が\nＱＲコード決済　商店街に広がる\n　松本市の中心商店街で、スマートフォ\nンを使ったＱＲコード決済を導入する店\nが増えている。\n")
	if !strings.Contains(got, "headline 県内のキャッシュレス化がＱＲコード決済　商店街に広がる") {
		t.Errorf("wrapped headline not joined:\n%s", got)
	}
}

// TestJaCountedTitleEnd: a Japanese headline as wide as the measure whose
// last phrase closes on a figure and its counter (出願まで１カ月) is a line
// of its own over its subheadline; a line under it opening with a
// hiragana particle (に迫る…) is its rest, and a line with no phrase gap is
// asked no more.
func TestJaCountedTitleEnd(t *testing.T) {
	for s, want := range map[string]bool{
		"国公立大２次試験　出願まで１カ月": true,
		"県内の倒産　３年ぶり１００件":   true,
		"冬のボーナス　平均３５万円":    true,
		"出願まで１カ月":          false,
		"国公立大２次試験　出願へ準備":   false,
		"国公立大２次試験　１カ月後に出願": false,
	} {
		if got := jaCountedTitleEnd(s); got != want {
			t.Errorf("jaCountedTitleEnd(%q) = %v, want %v", s, got, want)
		}
	}
	body := "【大阪】来年１月の大学入学共通テ\nストまで１カ月余りとなり、近畿の\n高校では国公立大の出願先を巡る個\n別面談が本格化している。\n"
	got := leafLines(t, "国公立大２次試験　出願まで１カ月\n共通テスト後の「出願戦略」が鍵\n"+body)
	if !strings.Contains(got, "headline 国公立大２次試験　出願まで１カ月\nsubheadline 共通テスト後の「出願戦略」が鍵") {
		t.Errorf("headline and subheadline not apart:\n%s", got)
	}
	got = leafLines(t, "国公立大２次試験　出願まで１カ月\nに迫る受験生の不安\n"+body)
	if !strings.Contains(got, "headline 国公立大２次試験　出願まで１カ月に迫る受験生の不安") {
		t.Errorf("wrapped headline not joined:\n%s", got)
	}
}

// TestWideLineOverTitle: a line well wider than the page's measure (a
// table's note set whole) is not wrapped at it, so the short title line
// under it is the next column's label; a lead's last line under lines
// wrapped wider than the body goes on with its sentence, and a Korean
// page, which wraps between words, is not asked.
func TestWideLineOverTitle(t *testing.T) {
	page := "国公立大２次試験　出願まで１カ月\n【大阪】来年１月の大学入学共通テ\nストまで１カ月余りとなり、近畿の\n高校では国公立大の出願先を巡る個\n別面談が本格化している。（田村美咲）\n" +
		"大阪大　２月２５日　２８４５\n京都大　２月２５日　２６２０\n※後期日程は３月１２日以降。各大学の募集要項で確認を\n教育Ｑ＆Ａ\n部活動の地域移行　費用は誰が\n" + jaQABody
	got := leafLines(t, page)
	if strings.Contains(got, "確認を教育") || !strings.Contains(got, "教育Ｑ＆Ａ") {
		t.Errorf("the note swallowed the label:\n%s", got)
	}
	if headlines(mustRead(t, page)) != "国公立大２次試験　出願まで１カ月 / 部活動の地域移行　費用は誰が" {
		t.Errorf("articles %q:\n%s", headlines(mustRead(t, page)), got)
	}
	// Look-alike: a lead wrapped at 24 over a body wrapped at 16.
	lead := "国公立大２次試験　出願まで１カ月\n来年１月の大学入学共通テストまで１カ月余りとなり、近畿\nの高校では国公立大の出願先を巡る個別面談が本格化してい\nる。\n" +
		"　大阪府立北浜高校では７日、３年\n生約２８０人と保護者を対象にした\n説明会が開かれた。進路指導部長の\n西村孝之教諭が説明した。\n"
	if got := leafLines(t, lead); !strings.Contains(got, "本格化している。") {
		t.Errorf("the lead's last line split off:\n%s", got)
	}
}

// TestZhPhraseTitlePair: two Chinese title lines each parted into phrases
// by a U+3000, over the text, are a headline and its subheadline however
// full the first; a headline of one phrase gap wrapped at the measure
// stays one headline.
func TestZhPhraseTitlePair(t *testing.T) {
	page := "AI伺服器需求強　宏芯11月營收創高\n年增逾三成　法人看好明年首季淡季不淡\n\n【記者林郁婷／台北報導】晶片設計廠宏芯科\n技昨（7）日公布11月合併營收達186.4億元，\n月增8.2%，年增31.5%，連續三個月改寫歷\n史新高。累計前11月營收1,742億元，年增\n26.9%。\n\n　　宏芯表示，雲端服務業者持續擴大AI伺服\n器布建，高速傳輸晶片出貨暢旺，加上新一代\n網通晶片進入量產，帶動營收走高。\n\n　　元富投顧分析師陳柏翰指出：「宏芯在高速\n介面的市占率已超過四成，明年第1季雖是傳\n統淡季，但訂單能見度已看到第2季。」他預\n估宏芯明年營收年增幅可望維持兩成以上。\n\n　　不過，也有法人持保留看法。凱基投顧研究\n員黃詩涵認為，「客戶拉貨集中在少數雲端大\n廠，一旦資本支出放緩，營收波動恐加大。」\n\n表：11月營收前五大IC設計廠（單位：億元）\n宏芯科技　186.4　年增31.5%\n聯昇半導體　142.7　年增12.8%\n晶宇光電　98.5　年減4.2%\n瑞達微電子　76.1　年增9.6%\n凌峰科技　54.3　年增22.0%\n"
	got := leafLines(t, page)
	if !strings.Contains(got, "headline AI伺服器需求強　宏芯11月營收創高\nsubheadline 年增逾三成　法人看好明年首季淡季不淡") {
		t.Errorf("decks not apart:\n%s", got)
	}
	// Look-alike: the second line with no phrase gap reads as the
	// headline's rest, as before.
	got = leafLines(t, strings.Replace(page, "年增逾三成　法人", "年增逾三成法人", 1))
	if !strings.Contains(got, "headline AI伺服器需求強　宏芯11月營收創高年增逾三成法人看好明年首季淡季不淡") {
		t.Errorf("wrapped headline not joined:\n%s", got)
	}
	for s, want := range map[string]bool{"年增逾三成　法人看好": true, "年　增逾三成": false, "年增逾三成　": false, "年增逾三成": false} {
		if got := innerPhraseGap(s); got != want {
			t.Errorf("innerPhraseGap(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestBriefBoxTriangles: under a box of briefs' label (產業短波), ▲ lines
// each a finished sentence naming no photo are the box's briefs, the
// label its headline; ▲ lines under a label that names no box, a single
// ▲ line, and a ▲ line naming a photo stay captions.
func TestBriefBoxTriangles(t *testing.T) {
	story := "封測廠擴產　竹科寶山新廠動土\n\n　　封測大廠昇陽精密昨（7）日在竹科寶山園區舉行新廠動土典禮，預計2028年量產。\n\n"
	items := "▲晶宇光電昨（7）日公告，董事會通過斥資12億元購置廠房。\n\n▲瑞達微電子宣布與日本車廠合作開發電池管理晶片，預計明年送樣。\n"
	tests := []struct{ name, page, want, not string }{
		{"產業短波 over ▲ briefs", story + "產業短波\n\n" + items, "headline 產業短波\nparagraph ▲晶宇光電", "caption ▲"},
		{"兩岸短波 over ▲ briefs", story + "兩岸短波\n\n" + items, "headline 兩岸短波\nparagraph ▲晶宇光電", "caption ▲"},
		// Look-alikes.
		{"under a label that names no box", story + "產業動態觀察\n\n" + items, "caption ▲晶宇光電", ""},
		{"one ▲ line", story + "產業短波\n\n▲晶宇光電昨（7）日公告，董事會通過斥資12億元購置廠房。\n", "caption ▲晶宇光電", ""},
		{"a ▲ photo caption", story + "產業短波\n\n▲昇陽精密新廠動土典禮現場。圖／昇陽提供\n\n▲瑞達微電子宣布與日本車廠合作開發電池管理晶片，預計明年送樣。\n", "caption ▲昇陽精密", ""},
	}
	for _, tt := range tests {
		got := leafLines(t, tt.page)
		if !strings.Contains(got, tt.want) || tt.not != "" && strings.Contains(got, tt.not) {
			t.Errorf("%s: want %q (not %q) in:\n%s", tt.name, tt.want, tt.not, got)
		}
	}
}

// TestReadingListThenStory: after the titles under 【延伸阅读】, a title
// with a credit line and text under it is the next story's headline, a
// short label over it its kicker; titles over a trailer with no text
// under it stay the list's.
func TestReadingListThenStory(t *testing.T) {
	head := "我国固态电池中试线在合肥投产\n\n科技日报北京12月7日电（记者 孟思远）记者7日从中国科学院获悉，固态电池中试线日前在合肥投产。\n\n【延伸阅读】\n\n固态电池为何被称为“下一代电池”\n\n多家企业加快布局半固态电池量产\n\n"
	got := leafLines(t, head+"科普\n\n流感疫苗为何要年年打\n\n本报记者 韩雪晴 通讯员 方一鸣\n\n　　进入12月，多地流感样病例比例上升。记者就此采访了有关专家。\n")
	if !strings.Contains(got, "kicker 科普\nheadline 流感疫苗为何要年年打\nbyline 本报记者 韩雪晴 通讯员 方一鸣") {
		t.Errorf("the story under the list not its own:\n%s", got)
	}
	got = leafLines(t, head+"流感疫苗为何要年年打\n\n【编辑:韩雪晴】\n")
	if !strings.Contains(got, "paragraph 流感疫苗为何要年年打") {
		t.Errorf("the list's last title taken from it:\n%s", got)
	}
}
