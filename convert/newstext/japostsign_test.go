package newstext

import (
	"strings"
	"testing"
)

// TestJaPostSignature: a Japanese national paper's column signed with the
// writer's post and name in round brackets under its last paragraph,
// （経済部長　高橋和也） (blind page ja-blind61-zenkoku-keizai: it had been
// a paragraph), is the column's byline, the post its role: a desk's head
// (経済部長, 大阪支局長, 社会部次長), an editorial writer's or editor's post
// (論説委員長, 論説主幹, 編集局長) or a staff title (論説委員, 編集委員),
// parted from the name by a space or a middle dot. Look-alikes kept: a
// desk and a name (（社会部　佐藤花子）, org 社会部) read as before; a post
// that heads no paper's desk (会長, 市長, 部長 alone), a name that is no
// name, or a quoted remark in brackets are no signature.
func TestJaPostSignature(t *testing.T) {
	for in, want := range map[string]string{
		"経済部長　高橋和也":  "org= roles=経済部長 names=高橋和也",
		"経済部長　高橋　和也": "org= roles=経済部長 names=高橋和也",
		"大阪支局長・森田健":  "org= roles=大阪支局長 names=森田健",
		"社会部次長　中村真一": "org= roles=社会部次長 names=中村真一",
		"論説委員長　佐々木宏": "org= roles=論説委員長 names=佐々木宏",
		"論説主幹　山口恵":   "org= roles=論説主幹 names=山口恵",
		"論説委員　村上健一":  "org= roles=論説委員 names=村上健一",
		"編集委員・村上健一":  "org= roles=編集委員 names=村上健一",
		"編集局長　小川洋子":  "org= roles=編集局長 names=小川洋子",
		"社会部　佐藤花子":   "org=社会部 roles= names=佐藤花子",
		"東京報道部・比嘉大輔": "org=東京報道部 roles= names=比嘉大輔",
	} {
		c, ok := nameOnlyCredit(in)
		if got := creditText(c); !ok || got != want {
			t.Errorf("nameOnlyCredit(%q) = %s %v, want %s", in, got, ok, want)
		}
	}
	for _, in := range []string{"会長　山田太郎", "市長　山田太郎", "部長　山田太郎", "経済部長　よろしく頼む", "経済部長　好調な決算を受けて", "記者会見　山田太郎", "経済部長"} {
		if c, ok := jaPostCredit(in); ok {
			t.Errorf("jaPostCredit(%q) = %s, want none", in, creditText(c))
		}
	}
	column := "けいざい羅針盤\n円安の「恩恵」はどこへ\n\n" +
		"　円相場が１ドル＝１５０円台で定着して半年がたつ。輸出企業の決算は軒並み好調だ。\n" +
		"　為替に頼った利益はいずれ剥落する。経営者の覚悟が問われている。\n"
	for _, sig := range []string{"（経済部長　高橋和也）", "（論説委員　山口恵）", "（大阪支局長・森田健）"} {
		d := mustRead(t, column+sig+"\n")
		got := strings.Join(treeOf(d), "\n")
		wantIn(t, got, "paragraph 為替に頼った利益はいずれ剥落する。経営者の覚悟が問われている。\n  byline "+sig)
		roundTrip(t, d)
	}
	// A remark in brackets under the text stays text.
	d := mustRead(t, column+"（会長　山田太郎）\n")
	if got := strings.Join(treeOf(d), "\n"); strings.Contains(got, "byline") {
		t.Errorf("（会長　山田太郎） read as a byline:\n%s", got)
	}
}

// TestJaTradeSignature: a contributor signs a Japanese paper's piece with
// the trade where a staff writer sets the post, （料理研究家・森下千春）
// under a recipe (blind round 77, item 1c: the trade was read as a second
// name): the trade is the role (a newspaper reader's reading; the README
// named staff posts only), the name the name, parted by a middle dot or a
// space. Look-alikes kept: two reporters, （木村花子・宮本健）, names; a
// desk and a name, （編集部・山田花子）, org; a head of no desk, （会長
// 山田太郎）, none; a place and a name, （東京・山田太郎）, as before.
func TestJaTradeSignature(t *testing.T) {
	for in, want := range map[string]string{
		"料理研究家・森下千春":       "org= roles=料理研究家 names=森下千春",
		"社会保険労務士　宮坂直樹":     "org= roles=社会保険労務士 names=宮坂直樹",
		"管理栄養士・山田花子":       "org= roles=管理栄養士 names=山田花子",
		"フードコーディネーター・山田花子": "org= roles=フードコーディネーター names=山田花子",
		"弁護士・佐藤一郎":         "org= roles=弁護士 names=佐藤一郎",
		"木村花子・宮本健":         "org= roles= names=木村花子,宮本健",
		"編集部・山田花子":         "org=編集部 roles= names=山田花子",
		"大阪支局長・森田健":        "org= roles=大阪支局長 names=森田健",
	} {
		c, ok := nameOnlyCredit(in)
		if got := creditText(c); !ok || got != want {
			t.Errorf("nameOnlyCredit(%q) = %s %v, want %s", in, got, ok, want)
		}
	}
	for _, in := range []string{"会長　山田太郎", "料理研究家・よろしく", "料理研究家", "研究家の森下千春さん", "編集部・山田花子"} {
		if c, ok := jaPostCredit(in); ok {
			t.Errorf("jaPostCredit(%q) = %s, want none", in, creditText(c))
		}
	}
	page := "きょうの一品\n白菜と豚肉の重ね蒸し　しょうがで体ぽかぽか\n" +
		"①白菜は長さを半分に切り、豚肉\nと交互に重ねる。\n" +
		"②しょうがの千切りをのせ、酒を\n回しかける。\n" +
		"（料理研究家・森下千春）\n"
	d := mustRead(t, page)
	got := strings.Join(treeOf(d), "\n")
	wantIn(t, got, "byline （料理研究家・森下千春）")
	roundTrip(t, d)
	if n := nodeWithText(d, "（料理研究家・森下千春）"); n == nil || strings.Join(n.Roles, ",") != "料理研究家" || strings.Join(n.Names, ",") != "森下千春" {
		t.Errorf("signature read as %+v", n)
	}
}
