package newstext

import (
	"slices"
	"testing"
)

// TestJapaneseChildSignature: a children's paper signs a reader's work
// with the child's name and, in brackets, the age and the school with
// its year, 大野ひなた（９歳・松本市立岡田小３年） (blind page
// ja-kodomo): the school and year tell who the writer is, so the line is
// the work's byline, a name and its school alone too. A year with no
// school, a name with its age alone, an honorific, a prize list's row
// and a sentence stay as they were.
func TestJapaneseChildSignature(t *testing.T) {
	for _, c := range []struct {
		field string
		want  bool
	}{
		{"松本市立岡田小３年", true}, {"岡田小３年", true}, {"小３", true}, {"小学３年生", true},
		{"岡田小学校６年", true}, {"桃井中２年", true}, {"高２", true}, {"城南高校1年", true},
		{"ひまわり保育園年長", true}, {"年中", true},
		{"３年", false}, {"小７", false}, {"岡田小", false}, {"中３年ぶり", false}, {"２０２６年", false},
		{"年中無休", false}, {"ひまわり年長", false},
	} {
		if got := jaSchoolYear(c.field); got != c.want {
			t.Errorf("jaSchoolYear(%q) = %v, want %v", c.field, got, c.want)
		}
	}
	for _, c := range []struct {
		line, name string // name "": no signature
	}{
		{"大野ひなた（９歳・松本市立岡田小３年）", "大野ひなた"},
		{"高橋そうた（１１歳・前橋市立桃井小５年）", "高橋そうた"},
		{"大野ひなた（岡田小３年）", "大野ひなた"},
		{"大野ひなた（長野県・小３）", "大野ひなた"},
		{"岡田小３年　大野ひなた", "大野ひなた"},
		{"山田はると（ひまわり保育園年長・５歳）", "山田はると"},
		{"大野ひなた（９歳）", ""},
		{"大野ひなた（３年）", ""},
		{"大野ひなたさん（岡田小３年）", ""},
		{"金賞　大野ひなた（岡田小３年）", ""},
		{"▽金賞　大野ひなた（岡田小３年）", ""},
		{"大野ひなた（岡田小３年）が受賞した。", ""},
		{"大野ひなた（岡田小３年・桃井中２年）", ""},
	} {
		cr, ok := jaReaderSignature(c.line)
		if ok != (c.name != "") || ok && !slices.Equal(cr.names, []string{c.name}) {
			t.Errorf("jaReaderSignature(%q) = %v %v, want names [%s]", c.line, cr.names, ok, c.name)
		}
	}
	works := "みんなの作品\nはじめての雪かき　家族の役に立てたよ\n大野ひなた（９歳・松本市立岡田小３年）\n\n" +
		"　朝起きたら、窓（まど）の外がまっ白\nでした。お父さんといっしょに、家の前\nの雪かきをしました。\n\n" +
		"俳句\nこがらしや　ランドセルおし　帰り道\n高橋そうた（１１歳・前橋市立桃井小５年）\n\n" +
		"クイズにちょうせん\nＱ　火星のまわりを回る衛星は、いくつあるかな？\n①１個　②２個　③３個\n\n答え　②　フォボスとダイモスの二つです。\n"
	tests := []struct {
		name, page, want string
	}{
		{"under the title and under a haiku", works, `article
  kicker みんなの作品
  headline はじめての雪かき　家族の役に立てたよ
  byline  大野ひなた : 大野ひなた（９歳・松本市立岡田小３年）
  paragraph 朝起きたら、窓（まど）の外がまっ白でした。お父さんといっしょに、家の前の雪かきをしました。
  section
    heading 俳句
    paragraph こがらしや　ランドセルおし　帰り道
    byline  高橋そうた : 高橋そうた（１１歳・前橋市立桃井小５年）
article
  headline クイズにちょうせん
  paragraph Ｑ　火星のまわりを回る衛星は、いくつあるかな？
  paragraph ①１個　②２個　③３個
  paragraph 答え　②　フォボスとダイモスの二つです。`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tw34WantTree(t, tt.page, tt.want) })
	}
}

// TestJapaneseDatelineReading: a children's paper prints a reading after
// each place name, in the dateline too, 【種子島（たねがしま）】 (blind page
// ja-kodomo): the bracket is the dateline, its place the name without
// the reading. A bracket with anything else in parentheses, an agency or
// a prefecture, a label with its reading and a reading with no kanji
// before it are no such dateline.
func TestJapaneseDatelineReading(t *testing.T) {
	for _, c := range []struct {
		line, place string // place "": no dateline
	}{
		{"【種子島（たねがしま）】日本宇宙探査", "種子島"},
		{"【長野（ながの）】長野市の「信濃（し", "長野"},
		{"【北京（ペキン）】中国の首都で", "北京"},
		{"【南種子（みなみたね）町】町の", "南種子町"},
		{"【那覇（なは）＝共同】県は", "那覇"},
		{"【解説（かいせつ）】日本の", ""},
		{"【種子島（鹿児島県）】日本の", ""},
		{"【東京（ロイター）】日本の", ""},
		{"【たねがしま（たねがしま）】日本の", ""},
		{"【きょうのことば（ことば）】", ""},
	} {
		d, _, ok := parseDatelineLang(c.line, "ja")
		if ok != (c.place != "") || ok && d.place != c.place {
			t.Errorf("parseDatelineLang(%q) = %q %v, want place %q", c.line, d.place, ok, c.place)
		}
	}
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Ｑ　火星のまわりを回る衛星は、いくつあるかな？", true}, {"Ｑ１．衛星はいくつ？", true}, {"Q: なぜ上がるの？", true},
		{"ＱＲコード決済　広がる", false}, {"Q&A　電気代なぜ上がる", false}, {"Ｑ　", false},
	} {
		if got := jaQuestionLine(c.line); got != c.want {
			t.Errorf("jaQuestionLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
	tw34WantTree(t, "ペンギンの赤ちゃん　元気に育つ\n\n【長野（ながの）】長野市の「信濃（し\nなの）水族館（すいぞくかん）」で１０\n月に生まれた赤ちゃんが育っています。\n", `article
  headline ペンギンの赤ちゃん　元気に育つ
  dateline 【長野（ながの）】
  paragraph 長野市の「信濃（しなの）水族館（すいぞくかん）」で１０月に生まれた赤ちゃんが育っています。`)
	tw34WantTree(t, "ペンギンの赤ちゃん　元気に育つ\n\n【解説（かいせつ）】長野市の水族館で\n赤ちゃんが育っています。\n", `article
  headline ペンギンの赤ちゃん　元気に育つ
  section
    heading 【解説（かいせつ）】
    paragraph 長野市の水族館で赤ちゃんが育っています。`)
}

// TestJapaneseReadingHead: on a children's paper every bracketed head
// carries a reading too, 【新語（しんご）】, 【大谷翔平（おおたにしょうへい）】,
// 【宇宙（うちゅう）】 (review page ja-kodomo-bracket): once the reading is
// stripped only a real place makes the bracket a dateline (a prefecture
// or large city, a katakana place, a name ending in 町, 島, 県…); any
// other word stays the head it was. Common words ending in a place's
// letter (都市, 地区) are no place.
func TestJapaneseReadingHead(t *testing.T) {
	for _, c := range []struct {
		line, place string // place "": no dateline
	}{
		{"【新語（しんご）】", ""},
		{"【大谷翔平（おおたにしょうへい）】", ""},
		{"【宇宙（うちゅう）】", ""},
		{"【都市（とし）】", ""},
		{"【地区（ちく）】", ""},
		{"【流行語（りゅうこうご）大賞（たいしょう）】", ""},
		// Real places keep their dateline.
		{"【種子島（たねがしま）】", "種子島"},
		{"【長野（ながの）】", "長野"},
		{"【北京（ペキン）】", "北京"},
		{"【南種子（みなみたね）町】", "南種子町"},
		{"【宮古島（みやこじま）】", "宮古島"},
		{"【那覇（なは）＝共同】", "那覇"},
		{"【ソウル＝山田（やまだ）太郎】", "ソウル"},
	} {
		d, _, ok := parseDatelineLang(c.line, "ja")
		if ok != (c.place != "") || ok && d.place != c.place {
			t.Errorf("parseDatelineLang(%q) = %q %v, want place %q", c.line, d.place, ok, c.place)
		}
	}
	tw34WantTree(t, "きょうのニュース\n\n【新語（しんご）】\n　今年（ことし）の流行語（りゅうこうご）大賞（たいしょう）が１日に発表（はっぴょう）されました。\n\n【宇宙（うちゅう）】\n　日本（にっぽん）の探査機（たんさき）が、小惑星（しょうわくせい）に着陸（ちゃくりく）しました。\n", `article
  headline きょうのニュース
  section
    heading 【新語（しんご）】
    paragraph 今年（ことし）の流行語（りゅうこうご）大賞（たいしょう）が１日に発表（はっぴょう）されました。
  section
    heading 【宇宙（うちゅう）】
    paragraph 日本（にっぽん）の探査機（たんさき）が、小惑星（しょうわくせい）に着陸（ちゃくりく）しました。`)
}

// TestJapaneseQuarterHeadline: a business headline opening with a
// quarter, Q1 to Q4 and a space (Q3 世界スマホ出荷台数、アップルが初の首位,
// review page ja-q3-headline), is a headline, not a quiz's question; a
// question mark at its end still makes it a question, and a Q with a
// number past 4 or with a full stop after it stays a question's mark.
func TestJapaneseQuarterHeadline(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Q3 世界スマホ出荷台数、アップルが初の首位", false},
		{"Ｑ３　世界スマホ出荷台数、アップルが初の首位", false},
		{"Q1 国内ＰＣ出荷、３期ぶり増加", false},
		{"Q4 決算　トヨタが最高益", false},
		// Questions stay questions.
		{"Q3 衛星はいくつあるかな？", true},
		{"Ｑ１　日本一高い山は？", true},
		{"Ｑ１．日本一高い山は", true},
		{"Ｑ５　日本一長い川は", true},
		{"Ｑ　火星のまわりを回る衛星は、いくつあるかな", true},
		{"Q3決算、増収増益", false},
		// A quiz's numbered question with no question mark
		// (review page ja-kodomo-quiz-q1).
		{"Ｑ１　今週、打ち上げに成功した探査機の名前は", true},
		{"Ｑ２　フンボルトペンギンの赤ちゃんが生まれた水族館がある県は", true},
		{"Ｑ１　今週、打ち上げに成功した探査機の名前は①はやぶさＭ　②かぐやＳ", true},
		{"Ｑ３　日本一高い山はどこ", true},
		{"Q2 国内ＥＶ販売、初の減少", false},
	} {
		if got := jaQuestionLine(c.line); got != c.want {
			t.Errorf("jaQuestionLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
	tw34WantTree(t, "Q3 世界スマホ出荷台数、アップルが初の首位\n中国勢は伸び悩み\n\n　調査会社の米IDCは６日、２０２６年第３四半期（７～９月）の世界のスマートフォン出荷台数を発表した。アップルの出荷台数は前年同期比１２％増の６２００万台で、四半期として初めて首位に立った。\n", `article
  headline Q3 世界スマホ出荷台数、アップルが初の首位
  subheadline 中国勢は伸び悩み
  paragraph 調査会社の米IDCは６日、２０２６年第３四半期（７～９月）の世界のスマートフォン出荷台数を発表した。アップルの出荷台数は前年同期比１２％増の６２００万台で、四半期として初めて首位に立った。`)
}

// TestJapaneseRunOnTown: a children's paper dates a story from any town
// by its short name with its reading, 【小樽（おたる）】, 【石垣（いしがき）】
// (review page ja-kodomo-town): a dateline when the lede run on after it
// names the town in full (小樽市, 石垣島). Section heads with readings
// (【新語（しんご）】, 【宇宙（うちゅう）】, review page ja-kodomo-bracket),
// a town the lede does not name, labels and longer words stay heads.
func TestJapaneseRunOnTown(t *testing.T) {
	for _, c := range []struct {
		line, place string // place "": no dateline
	}{
		{"【小樽（おたる）】北海道（ほっかいどう）の小樽市で５日、", "小樽"},
		{"【石垣（いしがき）】沖縄県（おきなわけん）の石垣島で、", "石垣"},
		{"【尾道（おのみち）】広島県の尾道（おのみち）市で、", "尾道"},
		{"【富良野（ふらの）】北海道富良野市で、", "富良野"},
		// Heads and look-alikes stay as they were.
		{"【新語（しんご）】今年（ことし）の流行語（りゅうこうご）大賞が", ""},
		{"【宇宙（うちゅう）】日本（にっぽん）の探査機（たんさき）が、宇宙で", ""},
		{"【小樽（おたる）】", ""},
		{"【小樽（おたる）】冬のおまつりの準備が始まりました。", ""},
		{"【解説（かいせつ）】解説市で", ""},
		{"【大谷翔平（おおたにしょうへい）】大谷翔平市", ""},
		{"小樽（おたる）北海道の小樽市で", ""},
	} {
		d, _, ok := parseDatelineLang(c.line, "ja")
		if ok != (c.place != "") || ok && d.place != c.place {
			t.Errorf("parseDatelineLang(%q) = %q %v, want place %q", c.line, d.place, ok, c.place)
		}
	}
	tw34WantTree(t, "流氷（りゅうひょう）の季節（きせつ）へ準備\n\n【小樽（おたる）】北海道（ほっかいどう）の\n小樽市で５日、冬のおまつりの準備（じゅ\nんび）が始まりました。\n\nサンゴを守る子どもたち\n\n【石垣（いしがき）】沖縄県（おきなわけ\nん）の石垣島で、小学生がサンゴのたねを\n海に植える活動（かつどう）をしました。\n", `article
  headline 流氷（りゅうひょう）の季節（きせつ）へ準備
  dateline 【小樽（おたる）】
  paragraph 北海道（ほっかいどう）の小樽市で５日、冬のおまつりの準備（じゅんび）が始まりました。
article
  headline サンゴを守る子どもたち
  dateline 【石垣（いしがき）】
  paragraph 沖縄県（おきなわけん）の石垣島で、小学生がサンゴのたねを海に植える活動（かつどう）をしました。`)
}
