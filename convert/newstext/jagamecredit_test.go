package newstext

import (
	"strings"
	"testing"
)

// TestJaKindReporterSignature: a 観戦記 signed with the writer's post and
// name in round brackets, （観戦記者・北川遥） (blind round 78, item A: read
// as a dateline whose place was the whole bracket), is the column's byline,
// the post its role, as （論説委員・山口恵） is; so are other posts naming
// the kind of writing or the beat before 記者, with ・ or a space. Look-
// alikes: a paper's, an agency's or a desk's reporter, 記者 alone, a post
// over no name.
func TestJaKindReporterSignature(t *testing.T) {
	for in, want := range map[string]string{
		"観戦記者・北川遥":  "org= roles=観戦記者 names=北川遥",
		"観戦記者　北川遥":  "org= roles=観戦記者 names=北川遥",
		"写真記者・山田太郎": "org= roles=写真記者 names=山田太郎",
		"科学記者　佐藤花子": "org= roles=科学記者 names=佐藤花子",
		"論説委員・山口恵":  "org= roles=論説委員 names=山口恵",
	} {
		c, ok := parseBylineLine("（" + in + "）")
		if got := creditText(c); !ok || got != want {
			t.Errorf("parseBylineLine(（%s）) = %s %v, want %s", in, got, ok, want)
		}
	}
	for _, in := range []string{"中央社記者・王小明", "共同記者・山田太郎", "運動部記者・山田太郎", "記者・山田太郎", "観戦記者・よろしく", "記者会見・山田太郎", "観戦記者"} {
		if c, ok := jaPostCredit(in); ok {
			t.Errorf("jaPostCredit(%q) = %s, want none", in, creditText(c))
		}
	}
	page := "第７６期王将戦挑戦者決定リーグ\n攻め合い、一手の差\n\n" +
		"先手の森岡が▲２四歩と突き捨てたところから本譜に入る。\n\n" +
		"「▲３四飛を見落としていました」と、終局後の戸田は淡々と振り返った。\n\n" +
		"（観戦記者・北川遥）\n\n詰将棋\n\n作・山村湊\n\n持ち駒は金と銀。５手詰め。\n"
	d := mustRead(t, page)
	roundTrip(t, d)
	got := strings.Join(treeOf(d), "\n")
	wantIn(t, got, "  byline （観戦記者・北川遥）\narticle\n  headline 詰将棋\n  byline 作・山村湊\n  paragraph 持ち駒は金と銀。５手詰め。")
	if n := nodeWithText(d, "（観戦記者・北川遥）"); n == nil || strings.Join(n.Roles, ",") != "観戦記者" || strings.Join(n.Names, ",") != "北川遥" {
		t.Errorf("signature read as %+v", n)
	}
}

// TestJaParticleJointName: a phrase joined by a particle, 解答は来週,
// 答えは次号, is no Japanese name (blind round 78, item B: （解答は来週）
// was a byline naming 解答は来週); names with a given name in kana keep
// their reading, 佐藤はる香, 山田くに子, 鈴木とも子, 山田はな.
func TestJaParticleJointName(t *testing.T) {
	for in, want := range map[string]bool{
		"解答は来週": false, "答えは次号": false, "解答と解説": false, "正解を次号": false,
		"佐藤はる香": true, "山田くに子": true, "鈴木とも子": true, "山田はな": true, "佐々木真一": true, "山田太郎": true, "木村もも": true,
	} {
		if got := isJapaneseName(in); got != want {
			t.Errorf("isJapaneseName(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"（山田はな）":  "org= roles= names=山田はな",
		"（佐藤はる香）": "org= roles= names=佐藤はる香",
	} {
		c, ok := parseBylineLine(in)
		if got := creditText(c); !ok || got != want {
			t.Errorf("parseBylineLine(%s) = %s %v, want %s", in, got, ok, want)
		}
	}
	for _, in := range []string{"（解答は来週）", "（答えは次号）"} {
		if c, ok := parseBylineLine(in); ok {
			t.Errorf("parseBylineLine(%s) = %s, want none", in, creditText(c))
		}
	}
}

// TestJaBracketAside: a remark to the reader in round brackets on a line
// of its own, （解答は来週） under a 詰将棋 problem (blind round 78, item B),
// is the piece's paragraph, never a head of the box's part under it.
// Look-alikes: a bracketed word, a name, a signature, a series' part.
func TestJaBracketAside(t *testing.T) {
	for in, want := range map[string]bool{
		"（解答は来週）": true, "（答えは次号で）": true, "（詳細は後日）": true, "（続きを来週）": true,
		"（上）": false, "（敬称略）": false, "（山田太郎）": false, "（観戦記者・北川遥）": false, "（解答）": false,
		"解答は来週": false, "（答えは）": false, "（解答は来週）の問題": false,
	} {
		if got := jaBracketAside(in); got != want {
			t.Errorf("jaBracketAside(%q) = %v, want %v", in, got, want)
		}
	}
	page := "詰将棋\n\n作・山村湊\n\n持ち駒は金と銀。玉方は５一の玉と４一の金のみ。５手詰め。\n\n" +
		"（解答は来週）\n\n【先週の解答】\n\n▲２二銀　△同玉　▲３二金まで３手詰め。\n"
	d := mustRead(t, page)
	roundTrip(t, d)
	got := strings.Join(treeOf(d), "\n")
	wantIn(t, got, "  paragraph 持ち駒は金と銀。玉方は５一の玉と４一の金のみ。５手詰め。\n  paragraph （解答は来週）\n  section\n    heading 【先週の解答】")
}

// TestJaGameCredit: a 囲碁・将棋欄's credit line, 解説・宮下和則九段 under
// the players (blind round 78, item C: read as a section's head), 作・山村湊
// under 詰将棋, is a byline, the word the role and the rank kept in the
// line only. Look-alikes: 解説 over no rank (a head, 解説・分析), 作 over a
// word of two runes (作・演出), a stage's credit (作・演出　野田秀明: review
// 31c, read as names 演出野田秀明), a staff title opening with 解説 (解説委員).
func TestJaGameCredit(t *testing.T) {
	for in, want := range map[string]string{
		"解説・宮下和則九段":     "org= roles=解説 names=宮下和則",
		"解説　宮下和則九段":     "org= roles=解説 names=宮下和則",
		"解説＝宮下　和則八段":    "org= roles=解説 names=宮下和則",
		"解説・藤井聡太竜王":     "org= roles=解説 names=藤井聡太",
		"解説・山田花子女流二段":   "org= roles=解説 names=山田花子",
		"作・山村湊":         "org= roles=作 names=山村湊",
		"作・山村湊五段":       "org= roles=作 names=山村湊",
		"出題・石田芳夫九段":     "org= roles=出題 names=石田芳夫",
		"観戦記・北川遥":       "org= roles=観戦記 names=北川遥",
		"解説委員・村上健一":     "org= roles=解説委員 names=村上健一",
		"評・片山涼子（文芸評論家）": "org= roles=評 names=片山涼子",
	} {
		c, ok := parseBylineLine(in)
		if got := creditText(c); !ok || got != want {
			t.Errorf("parseBylineLine(%q) = %s %v, want %s", in, got, ok, want)
		}
	}
	for _, in := range []string{"解説・宮下和則", "解説・分析", "解説・用語集", "解説・Ｑ＆Ａ", "作・演出", "作・構成", "作・詞・曲", "作・演出　野田秀明", "作・演出・野田秀明", "作・脚本　山田太一", "作・構成　山本一郎", "作品・山田太郎", "作・料理研究家", "解説は宮下和則九段", "出題・解答は来週"} {
		if c, ok := jaGameCredit(in); ok {
			t.Errorf("jaGameCredit(%q) = %s, want none", in, creditText(c))
		}
	}
}

// TestJaShogiPlayerLine: a 将棋 player's line under the 観戦記's title,
// ▲八段　森岡　隆司 / △七段　戸田　啓介 (blind round 78, item D: read as
// photo captions), the side's mark, the rank and the name, or the name
// with the rank after it, is no caption: a paragraph. Look-alikes: a ▲
// caption naming a place or a thing stays a caption, a record line a row.
func TestJaShogiPlayerLine(t *testing.T) {
	for in, want := range map[string]bool{
		"▲八段　森岡　隆司": true, "△七段　戸田　啓介": true, "▲森岡隆司八段": true, "△藤井聡太竜王": true, "☗竜王　藤井聡太": true, "△女流二段　山田花子": true, "▲佐々木勇気八段": true,
		"▲九段下の交差点": false, "▲昇段を決めた森岡八段": false, "▲会見する山田社長": false, "▲２四歩　△５四歩": false, "▲八段": false, "八段　森岡　隆司": false,
	} {
		if got := jaShogiPlayerLine(in); got != want {
			t.Errorf("jaShogiPlayerLine(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]bool{"▲八段　森岡　隆司": false, "▲森岡隆司八段": false, "▲九段下の交差点": true, "▲会見する山田社長": true} {
		if got := isCaption(in); got != want {
			t.Errorf("isCaption(%q) = %v, want %v", in, got, want)
		}
	}
	for _, players := range []string{"▲八段　森岡　隆司\n△七段　戸田　啓介", "▲森岡隆司八段\n△戸田啓介七段"} {
		page := "第７６期王将戦挑戦者決定リーグ\n攻め合い、一手の差\n\n" + players + "\n\n解説・宮下和則九段\n\n" +
			"先手の森岡が▲２四歩と突き捨てたところから本譜に入る。\n\n▲２四歩　△５四歩　▲２三歩成　△同　金\n"
		d := mustRead(t, page)
		roundTrip(t, d)
		got := strings.Join(treeOf(d), "\n")
		p := strings.Split(players, "\n")
		wantIn(t, got, "  subheadline 攻め合い、一手の差\n  paragraph "+p[0]+"\n  paragraph "+p[1]+"\n  byline 解説・宮下和則九段\n  paragraph 先手の森岡が")
	}
}

// TestJaDiagramCaption: a 将棋 diagram's caption, 第１図は△４四銀まで
// between the record and the text on the position (blind round 78, item
// E: read as a section's head), is a caption, as is 参考図は…まで and the
// move in brackets, 第１図（△４四銀まで）. Look-alikes: a sentence on the
// diagram, a line with no move's mark, a 譜's number.
func TestJaDiagramCaption(t *testing.T) {
	for in, want := range map[string]bool{
		"第１図は△４四銀まで": true, "第２図は▲３三角成まで": true, "参考図は▲同歩まで": true, "第１図（△４四銀まで）": true, "投了図は▲５一角まで": true, "図は▲７六歩まで": true, "第十図は☗２四歩まで": true,
		"第１図は△４四銀までの局面。": false, "第１図の△４四銀が戸田らしい粘りの一手。": false, "図は県庁まで": false, "第１図は４四銀まで": false, "第３譜": false, "第１図は△４四銀、▲同歩まで": false, "地図は▲印まで": false,
	} {
		if got := jaDiagramCaption(in); got != want {
			t.Errorf("jaDiagramCaption(%q) = %v, want %v", in, got, want)
		}
		if got := isCaption(in); got != want {
			t.Errorf("isCaption(%q) = %v, want %v", in, got, want)
		}
	}
	page := "第７６期王将戦挑戦者決定リーグ\n攻め合い、一手の差\n\n" +
		"先手の森岡が▲２四歩と突き捨てたところから本譜に入る。\n\n▲３五歩　△５五歩　▲３四歩　△４四銀\n\n" +
		"第１図は△４四銀まで\n\n第１図の△４四銀が戸田らしい粘りの一手。\n\nしかし森岡は迷わなかった。\n"
	d := mustRead(t, page)
	roundTrip(t, d)
	got := strings.Join(treeOf(d), "\n")
	wantIn(t, got, "  caption 第１図は△４四銀まで\n  paragraph 第１図の△４四銀が戸田らしい粘りの一手。\n  paragraph しかし森岡は迷わなかった。")
}
