package newstext

import (
	"strings"
	"testing"
)

// TestBlind89DayWireCaption: a Japanese wire photo's caption whose tail
// gives the day alone and then the agency after a second ＝, the place in
// its words, 北京市内で開かれた就職説明会に集まった大学生ら＝６日＝AP
// (blind page ja-kokusai-hantai-15), is a caption of the story above, as
// …＝７日、ワシントン＝ロイター is: it was read as the next story's
// headline, that headline as its subheadline. A full stop before ＝, a
// place or a word that is no agency after the second ＝, no kana in the
// description, no day, or nothing before ＝ keep their reading.
func TestBlind89DayWireCaption(t *testing.T) {
	const story = "中国、若者の失業対策強化\n地方に起業支援基金\n" +
		"　【北京＝高村美穂】中国国務院\nは７日、若年層の失業率の高止ま\nりを受け、地方で起業する大学卒\n業生に最大５０万元を低利で融資\nする基金を創設すると発表した。\n" +
		"　中国の１６～２４歳の失業率は\n１０月時点で１６％台と高い水準\nが続いている。\n"
	const next = "\n北朝鮮、短距離弾道ミサイル発射\n" +
		"　【ソウル共同】韓国軍合同参謀\n本部によると、北朝鮮は８日朝、\n日本海に向けて短距離弾道ミサイ\nル１発を発射した。\n"
	for _, tt := range []struct {
		name, caption, text, want string
	}{
		{"AP", "北京市内で開かれた就職説明会に\n集まった大学生ら＝６日＝AP\n", "北京市内で開かれた就職説明会に集まった大学生ら＝６日＝AP", "caption"},
		{"full-width AP", "北京市内で開かれた就職説明会に\n集まった大学生ら＝６日＝ＡＰ\n", "北京市内で開かれた就職説明会に集まった大学生ら＝６日＝ＡＰ", "caption"},
		{"Reuters", "北京市内で開かれた就職説明会に\n集まった大学生ら＝６日＝ロイター\n", "北京市内で開かれた就職説明会に集まった大学生ら＝６日＝ロイター", "caption"},
		{"time of day", "北京市内で開かれた就職説明会に\n集まった大学生ら＝６日午後＝ＡＦＰ\n", "北京市内で開かれた就職説明会に集まった大学生ら＝６日午後＝ＡＦＰ", "caption"},
		{"Kyodo, one line", "就職説明会に集まった大学生ら＝６日＝共同\n", "就職説明会に集まった大学生ら＝６日＝共同", "caption"},
		{"next headline", "北京市内で開かれた就職説明会に\n集まった大学生ら＝６日＝AP\n", "北朝鮮、短距離弾道ミサイル発射", "headline"},
		// Look-alikes.
		{"place before the agency (unchanged)", "北京市内で開かれた就職説明会に\n集まった大学生ら＝６日、北京＝AP\n", "北京市内で開かれた就職説明会に集まった大学生ら＝６日、北京＝AP", "caption"},
		{"bracketed credit (unchanged)", "北京市内で開かれた就職説明会に\n集まった大学生ら＝６日（ＡＰ＝共同）\n", "北京市内で開かれた就職説明会に集まった大学生ら＝６日（ＡＰ＝共同）", "caption"},
	} {
		d := mustRead(t, story+tt.caption+next)
		if got := kindOfText(d, tt.text); got != tt.want {
			t.Errorf("%s: %q read as %q, want %q\n%s", tt.name, tt.text, got, tt.want, outline(d, false))
		}
		roundTrip(t, d)
	}
	for s, want := range map[string]bool{
		"北京市内で開かれた就職説明会に集まった大学生ら＝６日＝AP": true,
		"会見する首相＝６日夜＝ロイター":               true,
		"記者会見する大統領＝２０２６年１２月６日＝ＥＰＡ":      true,
		"就職説明会に集まった大学生ら＝６日＝共同":          true,
		"説明会が開かれた。大学生ら＝６日＝AP":           false, // a sentence
		"就職説明会に集まった大学生ら＝６日＝市民会館":        false, // a place, no agency
		"就職説明会に集まった大学生ら＝６日＝AP通信調べ":      false, // more than the agency
		"米株続落＝６日＝ロイター":                  false, // no kana: a market report's head
		"就職説明会に集まった大学生ら＝６月＝AP":          false, // no day
		"就職説明会に集まった大学生ら＝６日＝":            false, // nothing after ＝
		"＝６日＝AP": false, // nothing before ＝
		"ＷＨＯ＝世界保健機関＝６日": false, // an abbreviation's ＝
	} {
		if got := isJapaneseWireCaption(s); got != want {
			t.Errorf("isJapaneseWireCaption(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestBlind89LongCorrespondentName: a Japanese correspondent's dateline
// whose reporter has a three-character surname, 【ベルリン＝小野寺由紀】
// (blind page ja-kokusai-hantai-15), is a dateline as 【北京＝高村美穂】 is:
// it was read as a run-in lead-in, and the box of ■ briefs it stood in
// fell apart into heads of the first brief. Five and six characters,
// kanji and kana, ＝ or =, open a brief or a story. A body's or a title's
// name after ＝ (a paper, a fund, a staff title), a role after the name,
// two names, or seven characters stay no reporter's.
func TestBlind89LongCorrespondentName(t *testing.T) {
	brief := func(title, dateline, text string) string {
		return title + "\n　" + dateline + text + "\n"
	}
	box := func(dateline string) string {
		return "国際短信\n" +
			brief("■インドネシアで火山噴火", "【ジャカルタ共同】", "インドネシア東部の火山が７日噴火し、当局は周辺住民に避難を指示した。") +
			brief("■独で大規模デモ", dateline, "ドイツの首都ベルリンで７日、年金改革に反対する約５万人のデモがあった。") +
			brief("■豪、ＳＮＳ年齢規制を拡大", "【シドニー時事】", "オーストラリア政府は７日、１６歳未満のＳＮＳ利用禁止の対象を広げると発表した。")
	}
	const story = "北朝鮮、短距離弾道ミサイル発射\n　【ソウル共同】北朝鮮は８日朝、日本海に向けて短距離弾道ミサイル１発を発射した。\n\n"
	for _, tt := range []struct {
		name, page, text, want string
	}{
		{"box, five", story + box("【ベルリン＝小野寺由紀】"), "■独で大規模デモ", "headline"},
		{"box, five, dateline", story + box("【ベルリン＝小野寺由紀】"), "【ベルリン＝小野寺由紀】", "dateline"},
		{"box, third item", story + box("【ベルリン＝小野寺由紀】"), "■豪、ＳＮＳ年齢規制を拡大", "headline"},
		{"box, 長谷川", story + box("【ベルリン＝長谷川健一】"), "【ベルリン＝長谷川健一】", "dateline"},
		{"box, six with kana", story + box("【ベルリン＝佐々木まり子】"), "【ベルリン＝佐々木まり子】", "dateline"},
		{"story, half-width equals", "独で大規模デモ\n　【ベルリン=五十嵐大輔】ドイツの首都ベルリンで７日、大規模なデモがあった。\n", "【ベルリン=五十嵐大輔】", "dateline"},
		// Look-alikes.
		{"four (unchanged)", story + box("【ベルリン＝小野由紀】"), "【ベルリン＝小野由紀】", "dateline"},
	} {
		d := mustRead(t, tt.page)
		if got := kindOfText(d, tt.text); got != tt.want {
			t.Errorf("%s: %q read as %q, want %q\n%s", tt.name, tt.text, got, tt.want, outline(d, false))
		}
		roundTrip(t, d)
	}
	for _, s := range []string{"【東京＝日本経済新聞】", "【北京＝国際交流基金】", "【ベルリン＝欧州特派員】", "【ベルリン＝小野寺由紀記者】", "【ベルリン＝小野寺由紀、森川亮介】", "【ベルリン＝小野寺由紀子美】", "【ロンドン＝時事通信社】", "【ワシントン＝米国連邦政府】"} {
		if dl, _, ok := parseDatelineLang(s+"本文です。", "ja"); ok && len(dl.names) > 0 {
			t.Errorf("parseDatelineLang(%q): a reporter's dateline, names %q", s, dl.names)
		}
	}
}

// TestBlind89KoreanPoolCaption: a Korean caption closed by the pool
// credit a shared photo carries, … 발언하고 있다. [공동취재] (blind page
// ko-jeongchi-yesan-gukhoe), is a caption, as … 있다. [연합뉴스] is: it
// was read as a paragraph. Round brackets, the pool's other names
// (사진공동취재단, 국회사진기자단) and a noun's end are captions (after
// 사진= it was one already); a paragraph's verb before the credit, three sentences,
// a credit that is no pool's (a word about the story, 취재, 단독취재), or
// Latin letters in the corps' name stay paragraphs.
func TestBlind89KoreanPoolCaption(t *testing.T) {
	const top = "국민의힘 \"특검법, 본회의 상정 땐 필리버스터\"\n\n" +
		"[서울=뉴시스]최서연 기자 = 국민의힘은 8일 더불어민주당이 추진하는 특검법이 본회의에 상정되면 무제한 토론으로 맞서겠다고 밝혔다.\n\n" +
		"윤재석 원내대표는 이날 국회에서 열린 원내대책회의에서 \"협치를 깨는 일\"이라고 말했다.\n\n"
	const bottom = "\n\n민주당은 오는 10일 본회의에서 특검법을 처리한다는 방침이다.\n\nsychoi@newsis.com\n"
	const sent = "국민의힘 윤재석 원내대표가 8일 국회에서 열린 원내대책회의에서 발언하고 있다."
	for _, tt := range []struct {
		name, line, want string
	}{
		{"square", sent + " [공동취재]", "caption"},
		{"round", sent + " (공동취재)", "caption"},
		{"취재단", sent + " [사진공동취재단]", "caption"},
		{"국회사진기자단", sent + " [국회사진기자단]", "caption"},
		{"사진= (unchanged)", sent + " [사진=국회사진기자단]", "caption"},
		{"noun end", "8일 국회에서 열린 국민의힘 원내대책회의 모습. [공동취재]", "caption"},
		// Look-alikes.
		{"paragraph's verb", "윤 원내대표는 원내대책회의에서 이같이 밝혔다. [공동취재]", "paragraph"},
		{"three sentences", "윤 원내대표가 발언했다. 회의는 1시간 동안 이어졌다. 의원들이 듣고 있다. [공동취재]", "paragraph"},
		{"no pool's", sent + " [취재]", "paragraph"},
		{"scoop", sent + " [단독취재]", "paragraph"},
		{"not a corps", sent + " [국회기자단]", "paragraph"},
		{"Latin corps", sent + " [KBS사진기자단]", "paragraph"},
		{"wire (unchanged)", sent + " [연합뉴스]", "caption"},
	} {
		d := mustRead(t, top+tt.line+bottom)
		if got := kindOfText(d, tt.line); got != tt.want {
			t.Errorf("%s: %q read as %q, want %q\n%s", tt.name, tt.line, got, tt.want, outline(d, false))
		}
		roundTrip(t, d)
	}
}

// TestBlind89BoxClosingCredit: a box of briefs whose last item is
// followed by the credit of whoever wrote the items, 정가 단신 / ◇… / … /
// 이하늘 기자 haneul@… (blind page ko-jeongchi-yesan-gukhoe), reads its last
// item as the others, an article of its own with the credit as its
// byline: it became a section of the item above. With the page's end or
// the next story's headline under the credit, ■ bullets, a bare credit,
// unmarked titles; a credit over more text, an item of two paragraphs,
// a credit with no box's label above, or another bullet keep their
// reading.
func TestBlind89BoxClosingCredit(t *testing.T) {
	const story = "국민의힘 \"특검법, 본회의 상정 땐 필리버스터\"\n\n" +
		"국민의힘은 8일 특검법이 본회의에 상정되면 무제한 토론으로 맞서겠다고 밝혔다.\n\nsychoi@newsis.com\n\n"
	item := func(mark, title, text string) string { return mark + title + "\n\n" + text + "\n\n" }
	box := func(label, m1, m2, m3, credit, after string) string {
		return story + label +
			item(m1, "우원석 의장, 여야 원내대표 회동 제안", "우원석 국회의장은 8일 여야 원내대표에게 9일 회동을 제안했다.") +
			item(m2, "국회 정보위, 국정원 예산 비공개 의결", "국회 정보위원회는 7일 전체회의를 열고 안건을 의결했다.") +
			item(m3, "민주당 청년위원장에 한수아 의원", "더불어민주당은 8일 초선 한수아 의원을 청년위원장으로 임명했다.") +
			credit + after
	}
	const label, credit = "정가 단신\n\n", "이하늘 기자 haneul@hanbitilbo.co.kr\n"
	const next = "\n여야, 내년 예산안 처리\n\n여야가 7일 국회 본회의에서 예산안을 처리했다.\n"
	const last = "◇민주당 청년위원장에 한수아 의원"
	for _, tt := range []struct {
		name, page, text, want string
	}{
		{"page's end", box(label, "◇", "◇", "◇", credit, ""), last, "headline"},
		{"credit's article", box(label, "◇", "◇", "◇", credit, ""), "이하늘 기자 haneul@hanbitilbo.co.kr", "byline"},
		{"next story", box(label, "◇", "◇", "◇", credit, next), last, "headline"},
		{"squares", box(label, "■", "■", "■", credit, ""), "■민주당 청년위원장에 한수아 의원", "headline"},
		{"bare credit", box(label, "◇", "◇", "◇", "이하늘 기자\n", ""), last, "headline"},
		// Look-alikes.
		{"no credit (unchanged)", box(label, "◇", "◇", "◇", "", ""), last, "headline"},
		{"credit over text", box(label, "◇", "◇", "◇", credit, "\n민주당은 이날 청년 정책 공약도 발표했다.\n"), last, "heading"},
		{"two paragraphs", box(label, "◇", "◇", "◇", "민주당은 이날 청년 정책 공약도 발표했다.\n\n"+credit, ""), last, "heading"},
		{"no label", box("", "◇", "◇", "◇", credit, ""), last, "heading"},
		{"another bullet", box(label, "◇", "◇", "■", credit, ""), "■민주당 청년위원장에 한수아 의원", "heading"},
	} {
		d := mustRead(t, tt.page)
		if got := kindOfText(d, tt.text); got != tt.want {
			t.Errorf("%s: %q read as %q, want %q\n%s", tt.name, tt.text, got, tt.want, outline(d, false))
		}
		roundTrip(t, d)
	}
	// The credit is the last item's byline, in its article.
	d := mustRead(t, box(label, "◇", "◇", "◇", credit, ""))
	if got := outline(d, false); !strings.Contains(got, "article\n  headline "+last+"\n  paragraph 더불어민주당은 8일 초… 임명했다.\n  byline 이하늘 기자") {
		t.Errorf("the credit is not the last item's byline:\n%s", got)
	}
}
