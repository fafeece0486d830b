package newstext

import (
	"strings"
	"testing"
)

// TestBlind84BareReportDateline: a Hong Kong story opened by its report
// word alone in brackets, 【專訊】, the paper's name left off as 【本報訊】
// leaves it, has that dateline (no org), not a run-in section heading
// (blind page hk-yule-shouyingli-piaofang); a bracket naming a kind of
// piece (【專訪】, 【專題】) and the word unbracketed are no dateline.
func TestBlind84BareReportDateline(t *testing.T) {
	for _, tt := range []struct {
		lead string
		want bool // a dateline
	}{
		{"【專訊】", true},
		{"【专讯】", true},
		{"【 專訊 】", true},
		{"【本報專訊】", true},
		{"【本報訊】", true},
		{"【專訪】", false},
		{"【專題】", false},
		{"【專欄】", false},
		{"【快報】", false},
		{"專訊", false},
	} {
		d, _, ok := parseDatelineLang(tt.lead+"電影《夜航》前晚在尖沙咀舉行首映禮。", "zh-Hant")
		if ok != tt.want || ok && d.org != "" {
			t.Errorf("parseDatelineLang(%q…) = %+v, %v; want a dateline %v, no org", tt.lead, d, ok, tt.want)
		}
	}
	page := "張子朗袁詠晴首映禮同框\n否認拍拖　自爆曾結伴行山\n\n【專訊】電影《夜航》前晚在尖沙咀舉行首映禮，男女主角一同亮相。\n\n近日有雜誌指兩人拍拖，袁詠晴就表示自己專心工作。\n"
	d := mustRead(t, page)
	if got := kindOfText(d, "【專訊】"); got != "dateline" {
		t.Errorf("【專訊】 read as %q, want dateline", got)
	}
}

// TestBlind84BracketReportedCredit: a Hong Kong story's first paragraph
// opened by the reporter's credit in round brackets, the report verb
// inside them, （記者區嘉敏報道）, has it split off as the story's byline
// (roles and names), as the run-in 記者 X 報道： is (blind page
// hk-yule-shouyingli-piaofang). A bracket with no name, an agency's or a
// photo's credit, a sentence's words, or an aside with no report verb is
// none, and stays in the paragraph.
func TestBlind84BracketReportedCredit(t *testing.T) {
	for _, tt := range []struct {
		lead  string
		names string // "" when no credit
	}{
		{"（記者區嘉敏報道）", "區嘉敏"},
		{"（記者 區嘉敏 報道）", "區嘉敏"},
		{"(記者區嘉敏報道)", "區嘉敏"},
		{"（記者區嘉敏、黃文軒報道）", "區嘉敏,黃文軒"},
		{"（實習記者梁思敏報導）", "梁思敏"},
		{"（本報記者報道）", ""},
		{"（新華社報道）", ""},
		{"（記者昨日報道）", ""},
		{"（記者區嘉敏攝）", ""},
		{"（記者區嘉敏）", ""}, // a bracketed name with no report verb: other rules'
		{"（據報道）", ""},
		{"（詳見A2報道）", ""},
	} {
		end, c, ok := runInCredit(tt.lead + "歌手林芷澄明年二月在紅館舉行演唱會。")
		got := ""
		if ok {
			got = strings.Join(c.names, ",")
			if tt.lead[:end] != tt.lead {
				t.Errorf("runInCredit(%q…) ends at %d", tt.lead, end)
			}
		}
		if got != tt.names {
			t.Errorf("runInCredit(%q…) names %q, want %q", tt.lead, got, tt.names)
		}
	}
	page := "張子朗袁詠晴首映禮同框\n\n【專訊】電影《夜航》前晚在尖沙咀舉行首映禮。\n\n圖：張子朗在首映禮上。（記者梁家輝攝）\n\n林芷澄紅館個唱加開兩場\n\n（記者區嘉敏報道）歌手林芷澄明年二月在紅館舉行的演唱會，門票全部售罄。\n\n林芷澄昨日在記者會上多次向歌迷道謝。\n"
	d := mustRead(t, page)
	if got := kindOfText(d, "（記者區嘉敏報道）"); got != "byline" {
		t.Errorf("（記者區嘉敏報道） read as %q, want byline", got)
	}
	aside := "林芷澄紅館個唱加開兩場\n\n（圖為去年演唱會）歌手林芷澄明年二月在紅館舉行的演唱會，門票全部售罄。\n"
	if got := kindOfText(mustRead(t, aside), "（圖為去年演唱會）"); got != "" {
		t.Errorf("an aside opening the text read as %q, want it kept in the paragraph", got)
	}
}

// TestBlind84TableSource: a Chinese table's source line under its last
// row, 資料來源：香港影業協會, is the table's note, as 数据来源：… is (blind
// page hk-yule-shouyingli-piaofang); under a ● list, under the text or
// with no source named it stays the source line (noise).
func TestBlind84TableSource(t *testing.T) {
	const rows = "周末本港票房（單位：港元）\n\n排名　片名　上映日數　周末票房\n1　夜航　4　486萬\n2　深海追兇　11　312萬\n\n"
	const list = "小貼士\n\n●外出時注意保暖，尤其頭部、頸部及手腳。\n\n●按時服藥，定期量度血壓。\n\n"
	const text = "電影《夜航》前晚舉行首映禮，男女主角一同亮相。\n\n"
	for _, tt := range []struct {
		above, line, want string
	}{
		{rows, "資料來源：香港影業協會", "note"},
		{rows, "资料来源：国家电影局", "note"},
		{rows, "來源：香港影業協會", "note"},
		{rows, "來源: 香港影業協會", "note"},
		{rows, "数据来源：国家电影局", "note"},
		{list, "資料來源：衞生署衞生防護中心", "noise"},
		{text, "資料來源：香港影業協會", "noise"},
		{text, "來源：香港影業協會", "noise"},
		{list, "來源：衞生署", "noise"},
	} {
		page := "娛樂新聞\n\n" + tt.above + tt.line + "\n"
		if got := kindOfText(mustRead(t, page), tt.line); got != tt.want {
			t.Errorf("%q under %q read as %q, want %q", tt.line, tt.above[:12], got, tt.want)
		}
	}
}

// TestBlind84ReaderAgeThenTown: a Japanese letters page's writer's line
// with the age in brackets after the name and the town after a space,
// 山口和子（６７）　さいたま市, 大学生　森田俊介（１９）　新潟市 (blind page
// ja-zenkoku-shasetsu-kikou-koe), is a reader's line as 小林聡子（４４）＝甲府市
// is. A bracket run on to more words, a second name, a word that is no
// town or occupation after it, or the name and age alone are none.
func TestBlind84ReaderAgeThenTown(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want string // the name, "" for none
	}{
		{"山口和子（６７）　さいたま市", "山口和子"},
		{"大学生　森田俊介（１９）　新潟市", "森田俊介"},
		{"無職　大川ふみ（８２）　福岡県", "大川ふみ"},
		{"山口和子（６７） さいたま市", "山口和子"},
		{"山口和子(67)　さいたま市", "山口和子"},
		{"小林聡子（４４）＝甲府市", "小林聡子"}, // unchanged
		{"会社員　小林聡子（甲府市　４４）", "小林聡子"},
		{"山口和子（６７）", ""},
		{"山口和子（６７）さん　さいたま市", ""},
		{"山口和子（６７）　田中一郎（５５）", ""},
		{"山口和子（６７）　会見で", ""},
		{"高木誠一（６５）　無新　甲府市", ""},
		{"山口和子（６７）　さいたま市の主婦が", ""},
		{"（６７）　さいたま市", ""},
	} {
		c, ok := jaReaderSignature(tt.s)
		got := ""
		if ok {
			got = strings.Join(c.names, ",")
		}
		if got != tt.want {
			t.Errorf("jaReaderSignature(%q) names %q, want %q", tt.s, got, tt.want)
		}
	}
	page := "声\n孫の「ありがとう」に教わった\n　小学２年の孫が、店員さんに「ありがとう」と言った。\n　翌日から、私も声に出してお礼を言うようにしている。\n山口和子（６７）　さいたま市\n\n雪国の通学路　住民の力で守ろう\n　私の実家のある地域では、冬になると歩道が雪で埋まる。\n大学生　森田俊介（１９）　新潟市\n"
	d := mustRead(t, page)
	for _, s := range []string{"山口和子（６７）　さいたま市", "大学生　森田俊介（１９）　新潟市"} {
		if got := kindOfText(d, s); got != "byline" {
			t.Errorf("%s read as %q, want byline", s, got)
		}
	}
	if got := kindOfText(d, "雪国の通学路　住民の力で守ろう"); got != "headline" {
		t.Errorf("the second letter's title read as %q, want headline", got)
	}
}

// TestBlind84WriterProfile: a Japanese contributed piece closing with
// the writer's profile in brackets, opened by the name's reading in
// hiragana, （おおもり・はるみ　１９７１年生まれ。専門は交通経済学）, has it as
// its byline (no attributes), and the 声 corner under it opens a new
// article with its kicker (blind page ja-zenkoku-shasetsu-kikou-koe). A
// bracketed reading alone, a bracket opened by other words, one with more
// text under it, or one run into the paragraph are none.
func TestBlind84WriterProfile(t *testing.T) {
	for s, want := range map[string]bool{
		"（おおもり・はるみ　１９７１年生まれ。専門は交通経済学）": true,
		"（やまだ・たろう 北東大学教授）":             true,
		"（さとう・けん　元外交官）":                true,
		"（おおもり・はるみ）":                   false,
		"（おおもり　１９７１年生まれ）":              false,
		"（オオモリ・ハルミ　１９７１年生まれ）":          false,
		"（大森・晴美　１９７１年生まれ）":             false,
		"（ロイター・共同　写真は資料）":              false,
		"おおもり・はるみ　１９７１年生まれ":            false,
		"（おおもり・はるみ　１９７１年生まれ）と話した":      false,
	} {
		if got := jaProfile(s); got != want {
			t.Errorf("jaProfile(%q) = %v, want %v", s, got, want)
		}
	}
	const piece = "寄稿\n地方鉄道　「まちの足」に戻すには\n　利用者の減少が続く地方鉄道で、協議が各地で始まっている。\n　国は財政支援の条件を明確にしてほしい。\n"
	const profile = "（おおもり・はるみ　１９７１年生まれ。専門は交通経済学）"
	d := mustRead(t, piece+profile+"\n\n声\n孫の「ありがとう」に教わった\n　小学２年の孫が、店員さんに「ありがとう」と言った。\n")
	if got := kindOfText(d, profile); got != "byline" {
		t.Errorf("the profile read as %q, want byline", got)
	}
	if got := kindOfText(d, "声"); got != "kicker" {
		t.Errorf("声 read as %q, want kicker", got)
	}
	more := mustRead(t, piece+profile+"\n　駅前に診療所や図書館を集めれば、人の流れは変わる。\n")
	if got := kindOfText(more, profile); got == "byline" {
		t.Errorf("a profile with more of the piece under it read as a byline")
	}
}

// TestBlind84ContributorLine: a Japanese contributed piece's writer's
// line under its title, the organisation and post run together then the
// name, 寄稿 / 地方鉄道　「まちの足」に戻すには / 北東大学教授　大森晴美, is
// its byline (org, role, name) (blind page ja-zenkoku-shasetsu-kikou-koe).
// With no opinion rubric over the title (a news story's, an interview's
// label), with a title line under it, or a subtitle with no post, the
// line stays a title line.
func TestBlind84ContributorLine(t *testing.T) {
	for _, tt := range []struct {
		s, want string // want: org|role|name, "" for none
	}{
		{"北東大学教授　大森晴美", "北東大学|教授|大森晴美"},
		{"北東大学准教授　大森晴美", "北東大学|准教授|大森晴美"},
		{"弁護士　山田太郎", "|弁護士|山田太郎"},
		{"日本総合研究所主任研究員　佐藤健", "日本総合研究所|主任研究員|佐藤健"},
		{"北東大学教授　大森　晴美", "北東大学|教授|大森晴美"},
		{"上下分離で再生を", ""},
		{"北東大学教授", ""},
		{"地方鉄道　「まちの足」に戻すには", ""},
		{"北東大学　大森晴美", ""},
		{"経済部長　高橋和也", ""}, // a staff post: the column signature's (japostsign.go)
		{"大森晴美　北東大学教授", ""},
	} {
		c, ok := jaWriterLine(tt.s)
		got := ""
		if ok {
			got = c.org + "|" + strings.Join(c.roles, ",") + "|" + strings.Join(c.names, ",")
		}
		if got != tt.want {
			t.Errorf("jaWriterLine(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
	const line = "北東大学教授　大森晴美"
	const text = "　利用者の減少が続く地方鉄道で、協議が各地で始まっている。\n　国は財政支援の条件を明確にしてほしい。\n"
	for _, tt := range []struct {
		page, want string
	}{
		{"寄稿\n地方鉄道　「まちの足」に戻すには\n" + line + "\n" + text, "byline"},
		{"私の視点\n地方鉄道　「まちの足」に戻すには\n" + line + "\n" + text, "byline"},
		{"論点\n地方鉄道の再生\n" + line + "\n" + text, "byline"},
		{"インタビュー\n地方鉄道　「まちの足」に戻すには\n" + line + "\n" + text, "subheadline"},
		{"地方鉄道　「まちの足」に戻すには\n" + line + "\n" + text, "subheadline"},
		{"寄稿\n地方鉄道　「まちの足」に戻すには\n" + line + "\n上下分離で再生を\n" + text, ""},
	} {
		got := kindOfText(mustRead(t, tt.page), line)
		if tt.want == "" && got == "byline" || tt.want != "" && got != tt.want {
			t.Errorf("%q read as %q, want %q", tt.page[:18], got, tt.want)
		}
	}
}
